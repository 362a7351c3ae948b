// Serializes deploys on one machine (peers §3 item 10, §4 idea 11): two jobs that stop the same pool or write the same
// folder at once corrupt each other. Two scopes: `server` for the server-wide steps (IIS features, Hosting Bundle,
// IIS restart) and one per site/application for the rest. The lock is a directory in the machine-wide state folder
// (mkdir is atomic on every file system we run on; never under TEMP, which differs per account) holding owner.json:
// pid, the process's start time, host, heartbeat.
//
// A live holder on this machine is never judged stale: its pid runs and (where the OS tells) with the same start
// time, so a pid reused by another process does not count. A paused holder (SIGSTOP, a debugger, a long
// synchronous copy) keeps its lock however old its heartbeat. The heartbeat only judges a holder on another host
// (a state folder on a share). A holder that finds its lock taken stops before its next mutation (assertHeld).

import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CancelledError, TimeoutError } from '../../core/errors.js'
import type { Clock, Reporter } from '../../core/ports.js'
import { defaultStateDir, STATE_LAYOUT } from '../../core/state-dir.js'
import { normalizeApplicationPath } from './appcmd.js'

/** What owner.json holds. */
export interface LockOwner {
  /** Random id of one acquisition: tells our lock from a successor's. */
  token: string
  pid: number
  host: string
  /** ms since the epoch. */
  startedAt: number
  heartbeatAt: number
  /** Who holds it, for the waiting message (`GitHub run 123`). */
  description?: string
  target: string
  /** The holder process's start time as the OS reports it (`linux:<ticks since boot>`); undefined where unknown. */
  processStart?: string
}

export interface DeployLockOptions {
  /** `server` for the server-wide steps; otherwise the site (with `application`). */
  scope?: 'server' | 'site'
  site?: string
  /** Application path; default `/`. */
  application?: string
  /**
   * Folder of the lock directories (`<state-dir>/locks`). All deploys of one machine must use the same; default:
   * the `locks` folder of the default state folder.
   */
  directory?: string
  /** Give up waiting after this many ms. Default 600000 (10 min). */
  timeoutMs?: number
  /** How often to look again while waiting. Default 1000. */
  pollMs?: number
  /** How often the holder refreshes its heartbeat. Default 5000. */
  heartbeatMs?: number
  /** A holder whose heartbeat is older than this is taken for crashed. Default 60000; keep it well above heartbeatMs. */
  staleMs?: number
  /** How often to repeat "still waiting". Default 30000. */
  reportEveryMs?: number
  /** Shown to whoever waits for us: `GitHub run 123 attempt 1`. */
  description?: string
  reporter: Reporter
  /** Timestamps and waits. Staleness of a crashed breaker is judged against file times: use a real clock there. */
  clock: Clock
  signal?: AbortSignal
  /** Injectable for tests; default: signal 0 to the pid. */
  isProcessAlive?: (pid: number) => boolean
  /** Injectable for tests; default: readProcessStart (Linux /proc; undefined elsewhere). */
  processStartOf?: (pid: number) => string | undefined
  /** Injectable for tests; default os.hostname(). */
  hostname?: string
}

/** A held lock. `release()` is idempotent and never throws. */
export interface DeployLock {
  readonly path: string
  readonly owner: LockOwner
  /** How long we waited for it. */
  readonly waitedMs: number
  /** Throws LockLostError when another run took the lock over: call before every mutation. */
  assertHeld(): void
  release(): Promise<void>
}

/** Another run took our lock over: stop before changing anything more. */
export class LockLostError extends Error {
  override name = 'LockLostError'
}

export const SERVER_LOCK_NAME = 'server.lock'

const OWNER_FILE = 'owner.json'

/**
 * The lock directory's name for a site+application: readable, case-insensitive like IIS names, and unique (a hash
 * of the exact identity, since sanitizing could make two names equal).
 */
export function deployLockName(site: string, application?: string): string {
  const identity =
    `${site}${normalizeApplicationPath(application) === '/' ? '' : normalizeApplicationPath(application)}`.toLowerCase()
  const slug = identity
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  const hash = crypto.createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 10)
  return `${slug || 'site'}-${hash}.lock`
}

/** The lock directory's name for a scope. */
export function lockNameFor(options: Pick<DeployLockOptions, 'scope' | 'site' | 'application'>): string {
  if (options.scope === 'server' || options.site === undefined) return SERVER_LOCK_NAME
  return deployLockName(options.site, options.application)
}

/**
 * A process's start time as the OS reports it, to tell a live holder from a process that reuses its pid. Linux:
 * field 22 of /proc/<pid>/stat (clock ticks since boot; the name in field 2 may hold spaces and parentheses, so
 * count from the last `)`). Elsewhere undefined: the pid alone decides.
 */
export function readProcessStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // After the name, the state is field 3: starttime (field 22) is at index 22 - 3.
    const ticks = fields[19]
    return ticks && /^\d+$/.test(ticks) ? `linux:${ticks}` : undefined
  } catch {
    return undefined
  }
}

/** Reads owner.json text; undefined when it is missing, partial or not ours. */
export function parseLockOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>
    if (
      typeof value.token !== 'string' ||
      typeof value.pid !== 'number' ||
      typeof value.host !== 'string' ||
      typeof value.startedAt !== 'number' ||
      typeof value.heartbeatAt !== 'number'
    )
      return undefined
    return value as LockOwner
  } catch {
    return undefined
  }
}

export interface HolderVerdict {
  stale: boolean
  reason?: string
}

/**
 * Is the holder gone? On this host only its process decides: dead, or its pid now belongs to a process started at
 * another time. A live holder is never stale, however old its heartbeat. On another host, the heartbeat decides.
 */
export function judgeLockHolder(
  owner: LockOwner,
  now: number,
  context: {
    hostname: string
    staleMs: number
    isProcessAlive: (pid: number) => boolean
    processStartOf?: (pid: number) => string | undefined
  }
): HolderVerdict {
  if (owner.host.toLowerCase() === context.hostname.toLowerCase()) {
    if (!context.isProcessAlive(owner.pid))
      return { stale: true, reason: `its process ${owner.pid} is no longer running` }
    const startNow = owner.processStart !== undefined ? context.processStartOf?.(owner.pid) : undefined
    if (startNow !== undefined && startNow !== owner.processStart)
      return {
        stale: true,
        reason: `its process ${owner.pid} ended (the pid now belongs to another process)`
      }
    return { stale: false }
  }
  const silentMs = now - owner.heartbeatAt
  if (silentMs > context.staleMs)
    return { stale: true, reason: `its heartbeat stopped ${Math.round(silentMs / 1000)} s ago` }
  return { stale: false }
}

/** Describes a holder for humans: `pid 123 on host BUILD01 (GitHub run 7), since 12:00:01 (45 s)`. */
export function describeHolder(owner: LockOwner, now: number): string {
  const since = new Date(owner.startedAt).toISOString()
  const seconds = Math.max(0, Math.round((now - owner.startedAt) / 1000))
  const who = owner.description ? ` (${owner.description})` : ''
  return `pid ${owner.pid} on host ${owner.host}${who}, since ${since} (${seconds} s)`
}

function defaultIsProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    return parseLockOwner(fs.readFileSync(path.join(lockPath, OWNER_FILE), 'utf8'))
  } catch {
    return undefined
  }
}

function writeOwner(lockPath: string, owner: LockOwner): void {
  // Write then rename, so a reader never sees half a file.
  const temp = path.join(lockPath, `${OWNER_FILE}.${owner.token}.tmp`)
  fs.writeFileSync(temp, JSON.stringify(owner))
  fs.renameSync(temp, path.join(lockPath, OWNER_FILE))
}

function ageOf(file: string, now: number): number | undefined {
  try {
    return now - fs.statSync(file).mtimeMs
  } catch {
    return undefined
  }
}

/**
 * Breaks a stale lock without racing another waiter that breaks it too: under a short-lived `.breaking` directory,
 * re-read the owner and remove the lock only if it is still the stale one we judged.
 */
function breakStaleLock(
  lockPath: string,
  staleToken: string | undefined,
  staleMs: number,
  now: number
): void {
  const breaker = `${lockPath}.breaking`
  try {
    fs.mkdirSync(breaker)
  } catch {
    // Someone else is breaking it; a breaker that crashed mid-way is itself stale after staleMs.
    const age = ageOf(breaker, now)
    if (age !== undefined && age > staleMs) fs.rmSync(breaker, { recursive: true, force: true })
    return
  }
  try {
    const current = readOwner(lockPath)
    if (current?.token === staleToken) fs.rmSync(lockPath, { recursive: true, force: true })
  } finally {
    fs.rmSync(breaker, { recursive: true, force: true })
  }
}

// Locks still held when the process exits (process.exit, an uncaught error): removed synchronously.
const heldAtExit = new Map<string, string>()
let exitHookInstalled = false
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const [lockPath, token] of heldAtExit) {
      if (readOwner(lockPath)?.token === token) fs.rmSync(lockPath, { recursive: true, force: true })
    }
  })
}

/**
 * Waits for and takes the deploy lock of `site`+`application`. Says who holds it while waiting; breaks a holder
 * that crashed; fails with a TimeoutError naming the holder after `timeoutMs`. Release it in a `finally`, or use
 * `withDeployLock`.
 */
export async function acquireDeployLock(options: DeployLockOptions): Promise<DeployLock> {
  const clock = options.clock
  const timeoutMs = options.timeoutMs ?? 600_000
  const pollMs = options.pollMs ?? 1000
  const heartbeatMs = options.heartbeatMs ?? 5000
  const staleMs = options.staleMs ?? 60_000
  const reportEveryMs = options.reportEveryMs ?? 30_000
  const hostname = options.hostname ?? os.hostname()
  const isProcessAlive = options.isProcessAlive ?? defaultIsProcessAlive
  const processStartOf = options.processStartOf ?? readProcessStart
  const server = options.scope === 'server' || options.site === undefined
  const target = server
    ? 'this server (IIS features, Hosting Bundle, IIS restart)'
    : `${options.site as string}${normalizeApplicationPath(options.application)}`
  const root =
    options.directory ??
    path.join(
      defaultStateDir({ env: process.env, platform: process.platform, uid: process.getuid?.() }),
      STATE_LAYOUT.locks
    )
  const lockPath = path.join(root, lockNameFor(options))
  fs.mkdirSync(root, { recursive: true })

  const start = clock.now()
  let lastReport: number | undefined
  for (;;) {
    if (options.signal?.aborted)
      throw new CancelledError(`Cancelled while waiting for the deploy lock of ${target}.`)
    const now = clock.now()
    try {
      fs.mkdirSync(lockPath)
      const owner: LockOwner = {
        token: crypto.randomUUID(),
        pid: process.pid,
        host: hostname,
        startedAt: now,
        heartbeatAt: now,
        description: options.description,
        target,
        processStart: processStartOf(process.pid)
      }
      try {
        writeOwner(lockPath, owner)
      } catch (error) {
        fs.rmSync(lockPath, { recursive: true, force: true })
        throw error
      }
      const waitedMs = now - start
      if (lastReport !== undefined)
        options.reporter.info(`Got the deploy lock of ${target} after ${Math.round(waitedMs / 1000)} s.`)
      else options.reporter.debug(`Deploy lock of ${target}: ${lockPath}`)
      return holdLock(lockPath, owner, waitedMs, { clock, heartbeatMs, reporter: options.reporter, target })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }

    const owner = readOwner(lockPath)
    if (owner) {
      const verdict = judgeLockHolder(owner, now, { hostname, staleMs, isProcessAlive, processStartOf })
      if (verdict.stale) {
        options.reporter.warning(
          `Breaking the deploy lock of ${target} held by ${describeHolder(owner, now)}: ${verdict.reason}.`
        )
        breakStaleLock(lockPath, owner.token, staleMs, now)
        continue
      }
    } else {
      // No owner file yet (the holder is between mkdir and writing it), or a crash left an empty directory.
      const age = ageOf(lockPath, now)
      if (age !== undefined && age > staleMs) {
        options.reporter.warning(
          `Breaking the deploy lock of ${target}: ${lockPath} has no owner since ${Math.round(age / 1000)} s.`
        )
        breakStaleLock(lockPath, undefined, staleMs, now)
        continue
      }
    }

    const holder = owner ? describeHolder(owner, now) : 'a deploy that is starting'
    const waited = now - start
    if (waited >= timeoutMs) {
      throw new TimeoutError(
        `Another deploy of ${target} still holds the deploy lock after ${Math.round(waited / 1000)} s: ${holder}.\n` +
          `Fix: wait for it to finish, or raise the lock timeout. If you are sure no deploy is running, delete ${lockPath}.`
      )
    }
    if (lastReport === undefined || now - lastReport >= reportEveryMs) {
      options.reporter.info(`Waiting for another deploy of ${target} to finish: ${holder}. Lock: ${lockPath}`)
      lastReport = now
    }
    await clock.sleep(Math.min(pollMs, Math.max(1, timeoutMs - waited)), options.signal)
  }
}

function holdLock(
  lockPath: string,
  owner: LockOwner,
  waitedMs: number,
  context: { clock: Clock; heartbeatMs: number; reporter: Reporter; target: string }
): DeployLock {
  let released = false
  let lost = false
  heldAtExit.set(lockPath, owner.token)
  installExitHook()
  const timer = setInterval(() => {
    if (released || lost) return
    if (readOwner(lockPath)?.token !== owner.token) {
      lost = true
      context.reporter.warning(
        `The deploy lock of ${context.target} was taken over by another run (it judged this one crashed): another deploy may now run at the same time.`
      )
      return
    }
    try {
      writeOwner(lockPath, { ...owner, heartbeatAt: context.clock.now() })
    } catch {
      // A missed heartbeat is harmless unless it repeats until staleMs.
    }
  }, context.heartbeatMs)
  timer.unref()

  return {
    path: lockPath,
    owner,
    waitedMs,
    assertHeld: () => {
      if (released) throw new LockLostError(`The deploy lock of ${context.target} was already released.`)
      const holder = readOwner(lockPath)
      if (!lost && holder?.token === owner.token) return
      lost = true
      throw new LockLostError(
        `This run lost the deploy lock of ${context.target}${holder ? ` to ${describeHolder(holder, context.clock.now())}` : ''}: it stopped before changing anything more. Another deploy may be running: check the server, then deploy again.`
      )
    },
    release: async () => {
      if (released) return
      released = true
      clearInterval(timer)
      heldAtExit.delete(lockPath)
      try {
        if (readOwner(lockPath)?.token === owner.token) fs.rmSync(lockPath, { recursive: true, force: true })
      } catch (error) {
        context.reporter.warning(
          `Could not remove the deploy lock ${lockPath}: ${(error as Error).message}. The next deploy breaks it once its heartbeat is stale.`
        )
      }
    }
  }
}

/** Runs `fn` while holding the deploy lock; releases it in every outcome (success, failure, cancellation). */
export async function withDeployLock<T>(
  options: DeployLockOptions,
  fn: (lock: DeployLock) => Promise<T>
): Promise<T> {
  const lock = await acquireDeployLock(options)
  try {
    return await fn(lock)
  } finally {
    await lock.release()
  }
}
