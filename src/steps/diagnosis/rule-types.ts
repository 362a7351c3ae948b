// The shape every diagnosis rule has: evidence in, one explanation (cause, fix, quotes) or nothing out.

import type { CheckFinding, Evidence } from './types.js'

export interface Explanation {
  cause: string
  fix: string
  /** Quoted evidence beyond the page line (events, exception, log lines). */
  quotes: string[]
}

export interface Rule {
  id: string
  explain(e: Evidence): Explanation | undefined
}

/** The page's `NNN.N` numbers. */
export const code = (e: Evidence): string | undefined => e.page?.code

/** The active check of this kind that found something. */
export const check = (e: Evidence, kind: CheckFinding['check']): CheckFinding | undefined =>
  e.checks.find((c) => c.check === kind)
