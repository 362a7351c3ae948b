// Evidence → the diagnosis a user reads: the rule table's cause and fix, the page line and the quotes, the
// active checks' findings and what could not be read. Everything passes through `mask` (the app may print a
// secret it was given, and the module copies its output into the event log).

import { oneLine } from './evidence-text.js'
import { explain } from './rules.js'
import type { Diagnosis, Evidence, Responder } from './types.js'

export function diagnose(evidence: Evidence, mask: (text: string) => string): Diagnosis {
  const found = explain(evidence)
  const page = evidence.page
  const quotes = [
    ...(page?.line
      ? [
          `the page: "${page.line}"${page.responder !== 'app' ? ` (from ${responderName(page.responder)})` : ''}`
        ]
      : []),
    ...found.quotes,
    // The stdout log's last lines, unless a rule quoted from it already.
    ...(evidence.stdoutLog && !found.quotes.some((q) => q.includes(evidence.stdoutLog?.file ?? ''))
      ? [
          `the stdout log ${evidence.stdoutLog.file}: "${oneLine(evidence.stdoutLog.lines.slice(-5).join(' | '))}"`
        ]
      : [])
  ]
  return {
    rule: found.rule,
    ...(page?.code ? { code: page.code } : page?.status !== undefined ? { code: String(page.status) } : {}),
    ...(page ? { responder: page.responder } : {}),
    cause: mask(found.cause),
    fix: mask(found.fix),
    evidence: [...new Set(quotes)].map(mask),
    checks: evidence.checks.map((c) => mask(c.message)),
    unreadable: evidence.unreadable.map(mask),
    probes: evidence.probes.map(mask)
  }
}

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
