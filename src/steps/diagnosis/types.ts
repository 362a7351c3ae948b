// What a failed deploy's diagnosis works with (the evidence) and what it concludes (one cause, one fix).

/** Who wrote the answer the health check got (diagnosis §1.2). */
export type Responder = 'ancm' | 'iis' | 'http.sys' | 'app' | 'none'

/** The answer to the health URL, read for its numbers and its shape. */
export interface ErrorPage {
  /** HTTP status; undefined when nothing answered. */
  status?: number
  /** `500.30`: the page's own `HTTP Error NNN.N` numbers (IIS never sends the sub-status in the status line). */
  code?: string
  /** The `HTTP Error …` line as the page has it (titles differ between module versions: never matched on). */
  line?: string
  responder: Responder
  /** IIS detailed page: `Error Code 0x8007000d`. */
  hresult?: string
  /** IIS detailed page: `Config Error …`. */
  configError?: string
  /** The start of the body, tags removed (masked). */
  excerpt: string
  /** Why nothing answered (connection refused, timeout). */
  transportError?: string
}

/** One event from `wevtutil qe … /f:xml`: the raw data, never a rendered (localised) message. */
export interface WindowsEvent {
  log: string
  provider: string
  eventId: number
  level?: number
  /** ISO UTC time (`System/TimeCreated/@SystemTime`). */
  time: string
  recordId?: number
  /** The unnamed `<Data>` strings in order (ANCM: message, `Process Id: N.`, module version). */
  data: string[]
  /** The named `<Data Name="…">` values (WAS: AppPoolID, ProcessID). */
  named: Record<string, string>
}

/** An active check's finding: something wrong that needs no error page to see. */
export interface CheckFinding {
  check: 'runtime' | 'bitness' | 'shared-pool' | 'single-file' | 'startup-time-limit'
  /** The finding as a sentence. */
  message: string
  /** Facts for the rules (versions, names, numbers). */
  facts: Record<string, string>
}

/** Everything collected after the failure, before the rollback. */
export interface Evidence {
  page?: ErrorPage
  events: WindowsEvent[]
  /** The newest ANCM stdout log's last lines, when stdout logging is on. */
  stdoutLog?: { file: string; lines: string[] }
  /** HTTP.sys error log lines (503s that never reached IIS), by field name. */
  httpErr: Array<Record<string, string>>
  checks: CheckFinding[]
  /** What could not be read, and why (not elevated, log absent, wevtutil exit code). */
  unreadable: string[]
  /** The pool the app runs in. */
  appPool?: string
  /** Which URLs were asked and what answered (the health URL, the loopback probe), one line each. */
  probes: string[]
}

/** The explanation: one cause, one fix, the evidence quoted. */
export interface Diagnosis {
  /** The rule that matched (`500.30-exception`), for tests and tooling. */
  rule: string
  /** `500.30`, `503`, or undefined when nothing answered. */
  code?: string
  responder?: Responder
  cause: string
  fix: string
  /** Quoted evidence, masked: the page line, the module's event text, the app's exception, log lines. */
  evidence: string[]
  /** Active checks that found something. */
  checks: string[]
  /** Evidence that could not be read, and why. */
  unreadable: string[]
  /** Which URLs were asked and which answer is the evidence (the loopback probe's, when it was made). */
  probes: string[]
}
