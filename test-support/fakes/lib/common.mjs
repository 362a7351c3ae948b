// Helpers shared by the fake Windows tools: output, exit codes, fault injection, detached helper processes.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isProcessAlive, poolRoots, resolveStateDir, updateState } from './iis-state.mjs'
import { writeEncoded } from './locale.mjs'

const ORPHAN_LIFETIME_S = 15 * 60

export const LIB_DIR = path.dirname(fileURLToPath(import.meta.url))

/** Low 16 bits of an HRESULT given as 8 hex digits: what appcmd.exe returns as its exit code (windows-facts §3.4). */
/** @param {string} hresult */
export function exitCodeOfHresult(hresult) {
  return parseInt(hresult, 16) & 0xffff
}

/**
 * The appcmd error line: `ERROR ( hresult:XXXXXXXX, message:... )` or `ERROR ( message:... )` (windows-facts §3.4).
 * @param {string} message @param {string} [hresult]
 */
export function appcmdErrorLine(message, hresult) {
  return hresult
    ? `ERROR ( hresult:${hresult.toLowerCase()}, message:${message} )`
    : `ERROR ( message:${message} )`
}

/** A tool failure carrying its console text and exit code. */
export class ToolFailure extends Error {
  /** @param {string} output @param {number} exitCode */
  constructor(output, exitCode) {
    super(output)
    this.output = output
    this.exitCode = exitCode
  }
}

/** @param {string} message @param {string} hresult */
export function appcmdFailure(message, hresult) {
  return new ToolFailure(appcmdErrorLine(message, hresult), exitCodeOfHresult(hresult))
}

/** Message-only appcmd error with an explicit exit code (e.g. "Cannot find ..." → 1168). */
/** @param {string} message @param {number} exitCode */
export function appcmdMessageFailure(message, exitCode) {
  return new ToolFailure(appcmdErrorLine(message), exitCode)
}

/**
 * Takes the first command fault whose `match` prefixes the command text (case-insensitive), counting `times` down.
 * @param {import('./iis-state.mjs').State} state
 * @param {string[]} texts the command as the fault may name it (e.g. `stop apppool P`, `appcmd stop apppool P`)
 * @returns {import('./iis-state.mjs').Fault | undefined}
 */
export function takeCommandFault(state, texts) {
  const lowered = texts.map((t) => t.toLowerCase())
  const index = state.faults.findIndex(
    (f) =>
      (f.kind ?? 'command') === 'command' &&
      typeof f.match === 'string' &&
      lowered.some((t) => t.startsWith(/** @type {string} */ (f.match).toLowerCase()))
  )
  if (index < 0) return undefined
  return consumeFault(state, index)
}

/**
 * Takes a behaviour fault of the given kind (optionally scoped to a pool), counting `times` down.
 * @param {import('./iis-state.mjs').State} state
 * @param {import('./iis-state.mjs').FaultKind} kind
 * @param {string} [pool]
 * @param {{ consume?: boolean }} [options] consume: false only peeks
 */
export function takeFault(state, kind, pool, options = {}) {
  const index = state.faults.findIndex(
    (f) =>
      f.kind === kind &&
      (f.pool === undefined || pool === undefined || f.pool.toLowerCase() === pool.toLowerCase())
  )
  if (index < 0) return undefined
  return options.consume === false ? state.faults[index] : consumeFault(state, index)
}

/** @param {import('./iis-state.mjs').State} state @param {number} index */
function consumeFault(state, index) {
  const fault = /** @type {import('./iis-state.mjs').Fault} */ (state.faults[index])
  if (typeof fault.times === 'number') {
    fault.times -= 1
    if (fault.times <= 0) state.faults.splice(index, 1)
  }
  return fault
}

/** Appends to the command log kept in the state (tests assert on what ran). */
/** @param {import('./iis-state.mjs').State} state @param {string} line */
export function logCommand(state, line) {
  state.log.push(line)
  if (state.log.length > 2000) state.log.splice(0, state.log.length - 2000)
}

/**
 * The environment of a helper process: the state directory and the owner whose death ends it.
 * @param {string} [stateDir] @param {number | string} [ownerPid] defaults to the caller's FAKE_IIS_OWNER_PID
 * @returns {NodeJS.ProcessEnv}
 */
export function helperEnv(stateDir, ownerPid) {
  const owner = ownerPid ?? process.env.FAKE_IIS_OWNER_PID
  return {
    ...process.env,
    FAKE_IIS_STATE: resolveStateDir(stateDir),
    ...(owner !== undefined ? { FAKE_IIS_OWNER_PID: String(owner) } : {})
  }
}

/**
 * Starts a helper (worker, listener) detached from the calling tool, the way WAS starts w3wp.exe: the tool returns
 * at once and the helper outlives it.
 * @param {string} script file name under lib/
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {number} pid
 */
export function spawnDetached(script, args, env) {
  const child = spawn(process.execPath, [path.join(LIB_DIR, script), ...args], {
    detached: true,
    stdio: 'ignore',
    env
  })
  child.unref()
  if (child.pid === undefined) throw new Error(`fake IIS: could not start ${script}`)
  return child.pid
}

/**
 * Starts a worker process for the pool (what WAS does) and records it; the caller holds the state lock.
 * @param {import('./iis-state.mjs').State} state @param {string} pool @param {number} now
 * @param {NodeJS.ProcessEnv} [env] defaults to helperEnv()
 * @returns {import('./iis-state.mjs').Worker}
 */
export function startWorker(state, pool, now, env = helperEnv()) {
  const pid = spawnDetached('w3wp.mjs', [pool], env)
  const worker = { pid, pool, startedAt: now, exitAt: null, roots: poolRoots(state, pool) }
  state.workers.push(worker)
  return worker
}

/**
 * True while the helper should keep running: the state directory exists and the owner (the test process that
 * created the fake, FAKE_IIS_OWNER_PID) is alive. A test that dies without dispose() leaves no servers behind.
 * @param {string} stateDir
 */
export function ownerStillThere(stateDir) {
  if (!fs.existsSync(stateDir)) return false
  const owner = Number(process.env.FAKE_IIS_OWNER_PID)
  // Without an owner (a fake driven by hand) a helper still ends after a while rather than never.
  return owner > 0 ? isProcessAlive(owner) : process.uptime() < ORPHAN_LIFETIME_S
}

/**
 * Makes sure the HTTP.sys stand-in runs when some started site has an http binding (it serves every site of this
 * fake on its ports). Idempotent; safe under concurrency (decided under the state lock).
 * @param {string} [stateDir] @param {number} [ownerPid]
 */
export function ensureListener(stateDir, ownerPid) {
  const dir = resolveStateDir(stateDir)
  updateState(dir, (state) => {
    const wanted = state.sites.some(
      (s) => s.state === 'Started' && s.bindings.some((b) => b.protocol === 'http')
    )
    if (!wanted) return
    if (state.listener && isProcessAlive(state.listener.pid)) return
    state.listener = { pid: spawnDetached('http-sys.mjs', [], helperEnv(dir, ownerPid)), ports: [] }
  })
}

/**
 * Writes the tool's output in the tool's code page under FAKE_IIS_LOCALE (lib/locale.mjs; XML documents in the
 * UTF-8 they declare) and sets its exit code (the process ends by itself, so pipes are fully flushed).
 * @param {string} text @param {number} exitCode @param {'stdout' | 'stderr'} [stream]
 * @param {'oem' | 'ansi' | 'utf8'} [codePage]
 */
export function finish(text, exitCode, stream = 'stdout', codePage = 'oem') {
  if (text)
    writeEncoded(
      stream === 'stdout' ? process.stdout : process.stderr,
      text.endsWith('\n') ? text : text + '\n',
      text.startsWith('<?xml') ? 'utf8' : codePage
    )
  process.exitCode = exitCode
}

/**
 * Runs a tool's main function: ToolFailure becomes its text + exit code; anything else is a fake defect (exit 99).
 * @param {() => Promise<{ output: string, exitCode: number }> | { output: string, exitCode: number }} main
 * @param {'oem' | 'ansi' | 'utf8'} [codePage] the code page the tool writes to a pipe (OEM unless told)
 */
export async function runTool(main, codePage = 'oem') {
  try {
    const { output, exitCode } = await main()
    finish(output, exitCode, 'stdout', codePage)
  } catch (e) {
    if (e instanceof ToolFailure) finish(e.output, e.exitCode, 'stdout', codePage)
    else finish(`fake tool defect: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, 99, 'stderr')
  }
}

/** @param {number} ms */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
