// Restarts IIS the way the Hosting Bundle docs say (windows-facts §1.4): `net stop was /y` (WAS and everything that
// depends on it, W3SVC included), then `net start w3svc` (which starts WAS again). Worker processes then see the new
// PATH and module. This restarts every site on the server.
// net.exe texts are localized but the `NET HELPMSG <n>` and `System error <n>` numbers are not: decide from those,
// then from the English success lines, then from the exit code (0 success, 2 failure).

import { ToolError } from '../../core/errors.js'
import type { CommandResult, CommandRunner, Reporter } from '../../core/ports.js'

/** NET HELPMSG 3521: "The ... service is not started." */
export const NET_NOT_STARTED = 3521
/** NET HELPMSG 2182: "The requested service has already been started." */
export const NET_ALREADY_STARTED = 2182

/**
 * `System error 5 has occurred.` and its translations (docs/windows-locale.md, net.exe): German `Systemfehler 5
 * aufgetreten.`, French `L'erreur système 5 s'est produite.`, Chinese `发生系统错误 5。`; the number is the Win32 code.
 */
// Non-ASCII letters as \u escapes (scripts/ascii-bundle.mjs): è, and 系统错误 (Chinese, "system error").
const SYSTEM_ERROR = /(?:System error|Systemfehler|erreur syst[e\u00e8]me|\u7cfb\u7edf\u9519\u8bef)\s*(\d+)/i

export interface NetOutcome {
  ok: boolean
  /** What happened, for the log. */
  state: 'stopped' | 'started' | 'was-not-running' | 'was-running' | 'failed'
  helpmsg?: number
  systemError?: number
}

/** Reads `net stop|start <service>` output. */
export function parseNetOutput(result: CommandResult, verb: 'stop' | 'start'): NetOutcome {
  const text = `${result.stdout}\n${result.stderr}`
  const helpmsg = Number(/NET HELPMSG (\d+)/i.exec(text)?.[1]) || undefined
  const systemError = Number(SYSTEM_ERROR.exec(text)?.[1]) || undefined
  if (verb === 'stop' && helpmsg === NET_NOT_STARTED) return { ok: true, state: 'was-not-running', helpmsg }
  if (verb === 'start' && helpmsg === NET_ALREADY_STARTED) return { ok: true, state: 'was-running', helpmsg }
  if (helpmsg !== undefined || systemError !== undefined)
    return { ok: false, state: 'failed', helpmsg, systemError }
  const done = verb === 'stop' ? /was stopped successfully/i : /was started successfully/i
  if (done.test(text) || result.exitCode === 0)
    return { ok: true, state: verb === 'stop' ? 'stopped' : 'started' }
  return { ok: false, state: 'failed' }
}

function netFix(outcome: NetOutcome): string {
  if (outcome.systemError === 5) return 'Restarting IIS needs administrator rights: run the runner elevated.'
  return 'Check the World Wide Web Publishing Service and the Windows Process Activation Service (services.msc) and the System event log, then restart them by hand.'
}

export interface RestartIisOptions {
  signal?: AbortSignal
  /** Per net command; stopping WAS waits for every worker process. */
  timeoutMs?: number
}

/** `net stop was /y` then `net start w3svc`; throws a ToolError (net, exit code, fix) when either fails. */
export async function restartIis(
  runner: CommandRunner,
  net: string,
  reporter: Reporter,
  options: RestartIisOptions = {}
): Promise<void> {
  const steps: Array<{ args: string[]; verb: 'stop' | 'start' }> = [
    { args: ['stop', 'was', '/y'], verb: 'stop' },
    { args: ['start', 'w3svc'], verb: 'start' }
  ]
  for (const step of steps) {
    const result = await runner.run(net, step.args, {
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? 300_000
    })
    const outcome = parseNetOutput(result, step.verb)
    const line = `net ${step.args.join(' ')}`
    if (!outcome.ok) {
      const output = `${result.stdout}\n${result.stderr}`.trim().replace(/\s*\n\s*/g, ' ')
      throw new ToolError(
        'net',
        result.exitCode,
        `${line} failed (exit ${result.exitCode}): ${output}`,
        netFix(outcome)
      )
    }
    if (outcome.state === 'was-not-running') reporter.info(`${line}: WAS was not running.`)
    if (outcome.state === 'was-running') reporter.info(`${line}: W3SVC was already running.`)
  }
}
