// The fake taskkill.exe (windows-facts §3.5 "last resort"): `taskkill /PID n [/PID m ...] [/T] [/F]` ends fake IIS
// processes only: a worker of the fake (its record is marked exited, its process killed if alive) or a fake
// iisexpress. A pid the fake does not know is "not found", even if some other process has it: the fake never ends
// a process of the machine running the tests. Switches: `/` or `-`, any case. Output as Windows prints it: SUCCESS
// lines on stdout, ERROR lines on stderr; exit 0, 128 when a process was not found, 1 for a syntax error.
import { logCommand, takeCommandFault } from './common.mjs'
import { isProcessAlive, resolveStateDir, updateState } from './iis-state.mjs'

const USAGE = 'Type "TASKKILL /?" for usage.'

/** @param {number} pid */
function kill(pid) {
  if (!isProcessAlive(pid)) return
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // gone meanwhile
  }
}

/**
 * @param {string[]} argv
 * @returns {{ pids: number[], force: boolean, tree: boolean } | { error: string }}
 */
export function parseTaskkillArgs(argv) {
  /** @type {number[]} */
  const pids = []
  let force = false
  let tree = false
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i])
    const name = /^[/-]/.test(arg) ? arg.slice(1).toUpperCase() : undefined
    if (name === 'F') force = true
    else if (name === 'T') tree = true
    else if (name === 'PID') {
      const value = argv[++i]
      if (value === undefined) return { error: `ERROR: Invalid syntax. Value expected for '/PID'.\n${USAGE}` }
      if (!/^\d+$/.test(value)) return { error: `ERROR: Invalid query\n` }
      pids.push(Number(value))
    } else return { error: `ERROR: Invalid argument/option - '${arg}'.\n${USAGE}` }
  }
  if (pids.length === 0)
    return { error: `ERROR: Invalid syntax. Neither /FI nor /PID nor /IM were specified.\n${USAGE}` }
  return { pids, force, tree }
}

/** @param {string[]} argv @returns {{ stdout: string, stderr: string, exitCode: number }} */
export function taskkill(argv) {
  const stateDir = resolveStateDir()
  return updateState(stateDir, (state, now) => {
    const text = ['taskkill', ...argv].join(' ')
    logCommand(state, text)
    const fault = takeCommandFault(state, [text])
    if (fault) {
      const output = fault.output ?? `ERROR: ${fault.message ?? 'Access is denied.'}`
      return { stdout: '', stderr: `${output}\n`, exitCode: fault.exitCode ?? 1 }
    }
    const parsed = parseTaskkillArgs(argv)
    if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}\n`, exitCode: 1 }
    const out = []
    const err = []
    let exitCode = 0
    for (const pid of parsed.pids) {
      const worker = state.workers.find((w) => w.pid === pid)
      const express = state.expressProcesses.find((e) => e.pid === pid)
      if (!worker && !express) {
        err.push(`ERROR: The process "${pid}" not found.`)
        exitCode = 128
        continue
      }
      if (!parsed.force) {
        // w3wp and iisexpress have no window to close (U: the exit code of this case).
        err.push(
          `ERROR: The process with PID ${pid} could not be terminated.\nReason: This process can only be terminated forcefully (with /F option).`
        )
        exitCode = exitCode || 1
        continue
      }
      if (worker) {
        worker.exitAt = now
        if (!worker.virtual) kill(pid)
      } else {
        state.expressProcesses = state.expressProcesses.filter((e) => e.pid !== pid)
        kill(pid)
      }
      out.push(`SUCCESS: The process with PID ${pid} has been terminated.`)
    }
    return {
      stdout: out.length > 0 ? `${out.join('\n')}\n` : '',
      stderr: err.length > 0 ? `${err.join('\n')}\n` : '',
      exitCode
    }
  })
}
