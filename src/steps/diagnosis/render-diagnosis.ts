// A diagnosis as the user reads it, in the job summary or the log. Apart from diagnose.ts and its rule table: the
// summary renders a diagnosis on every failed run, the rules load only with the diagnose step (a chunk of its own).

import type { Diagnosis, Responder } from './types.js'

export function responderName(responder: Responder): string {
  switch (responder) {
    case 'ancm':
      return 'the ASP.NET Core Module'
    case 'iis':
      return 'IIS'
    case 'http.sys':
      return 'HTTP.sys'
    case 'app':
      return 'the app'
    case 'none':
      return 'nothing'
  }
}

/** The "Why it failed" block as markdown lines (summary) or plain lines (log). */
export function renderDiagnosis(d: Diagnosis, style: 'markdown' | 'text'): string[] {
  const md = style === 'markdown'
  // Quoted app output must not become markup in the summary.
  const safe = (text: string): string =>
    md ? text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|') : text
  const lines: string[] = md ? ['### Why it failed', ''] : ['Why it failed:']
  // Markdown: a blank line after each paragraph and list, or the next line joins the one before.
  const end = (): void => {
    if (md) lines.push('')
  }
  lines.push(md ? `**Cause:** ${safe(d.cause)}` : `  Cause: ${d.cause}`)
  end()
  lines.push(md ? `**Fix:** ${safe(d.fix)}` : `  Fix: ${d.fix}`)
  end()
  const list = (title: string, items: string[]): void => {
    if (items.length === 0) return
    lines.push(md ? `${title}:` : `  ${title}:`)
    end()
    for (const item of items) lines.push(md ? `- ${safe(item)}` : `    - ${item}`)
    end()
  }
  list('Evidence', d.evidence)
  list('Checks that found a problem', d.checks)
  list('Could not read', d.unreadable)
  list('Asked', d.probes)
  return lines
}
