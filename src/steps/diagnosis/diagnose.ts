// Evidence → the diagnosis a user reads: the rule table's cause and fix, the page line and the quotes, the
// active checks' findings and what could not be read. Everything passes through `mask` (the app may print a
// secret it was given, and the module copies its output into the event log).

import { oneLine } from './evidence-text.js'
import { responderName } from './render-diagnosis.js'
import { explain } from './rules.js'
import type { Diagnosis, Evidence } from './types.js'

export { renderDiagnosis, responderName } from './render-diagnosis.js'

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
