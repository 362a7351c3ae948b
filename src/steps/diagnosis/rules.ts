// The rule table: evidence → one cause and one fix (diagnosis §2, docs/diagnosis.md). Rules are tried in order; the
// first that matches explains the failure: the start failures that weigh several kinds of evidence, then the pages
// that need only their numbers (one table row each), then who answered and how.

import { ANSWER_RULES } from './answer-rules.js'
import { PAGE_RULES } from './page-rules.js'
import type { Explanation, Rule } from './rule-types.js'
import { START_RULES } from './start-rules.js'
import type { Evidence } from './types.js'

export { CONFIG_ERRORS } from './config-errors.js'
export type { Explanation, Rule } from './rule-types.js'

export const RULES: readonly Rule[] = [...START_RULES, ...PAGE_RULES, ...ANSWER_RULES]

/** The first rule that explains the evidence, or a plain statement of what was seen. */
export function explain(e: Evidence): Explanation & { rule: string } {
  for (const rule of RULES) {
    const found = rule.explain(e)
    if (found) return { rule: rule.id, ...found }
  }
  return {
    rule: 'unexplained',
    cause: e.page?.code
      ? `HTTP ${e.page.code}: no known cause matched the evidence`
      : 'no known cause matched the evidence',
    fix: 'read the evidence below and the Application event log on the server',
    quotes: []
  }
}
