// app_offline.htm (windows-facts §6; peers §3 items 1 and 2, §4 ideas 1 and 2). Writing the file makes ANCM answer
// 503 with its content and shut the app down; there is no signal that the files are free, so we poll a probe
// (the pool's worker processes that were running have exited, or the app's binaries can be opened for write).
// The file must go away again in every outcome: `takeAppOffline` removes it itself if anything fails before it
// returns, and returns a handle whose `bringOnline()` the pipeline calls in a `finally`.

import fs from 'node:fs'
import path from 'node:path'
import { CancelledError, TimeoutError, ToolError, errorMessage } from '../../core/errors.js'
import type { Clock, Reporter } from '../../core/ports.js'
import { pollDelay, STEADY_POLL_MS, type PollPolicy } from './app-pool.js'
import type { Appcmd } from './appcmd.js'

export const APP_OFFLINE_FILE = 'app_offline.htm'

/** Marks the built-in page, so a leftover can be attributed to an earlier iis-deploy run. */
export const APP_OFFLINE_MARKER = '<!-- written by iis-deploy -->'

/** Every app_offline.htm in the folder, any casing (ANCM's lookup is case-insensitive, §6). */
export function findAppOfflineFiles(physicalPath: string): string[] {
  try {
    return fs
      .readdirSync(physicalPath)
      .filter((name) => name.toLowerCase() === APP_OFFLINE_FILE)
      .map((name) => path.join(physicalPath, name))
  } catch {
    return []
  }
}

/**
 * The built-in page: says what is happening, refreshes itself, and is padded past 512 bytes (old browsers replaced
 * shorter error bodies with their own page, §6).
 */
export function builtInAppOfflinePage(): string {
  const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="15">
<title>Updating – back in a moment</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; min-height: 100vh;
  display: flex; align-items: center; justify-content: center; background: #f6f7f9; color: #1f2328; }
main { max-width: 32rem; padding: 2rem; text-align: center; }
h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 .75rem; }
p { line-height: 1.5; margin: 0; color: #59636e; }
</style>
</head>
<body>
<main>
<h1>We are updating this site</h1>
<p>It will be back in a moment. This page reloads itself every 15 seconds.</p>
</main>
</body>
</html>
${APP_OFFLINE_MARKER}
`
  return page
}

/** An app_offline.htm found before we wrote ours. */
export interface LeftoverAppOffline {
  path: string
  /** Last write time, ms since the epoch. */
  modifiedAt: number
  /** It is iis-deploy's built-in page: an earlier run failed before it could remove it. */
  writtenByIisDeploy: boolean
}

/** Finds an app_offline.htm left in the folder (by an earlier failed run, or by hand). */
export function detectLeftoverAppOffline(physicalPath: string): LeftoverAppOffline | undefined {
  for (const file of findAppOfflineFiles(physicalPath)) {
    try {
      const stat = fs.statSync(file)
      const head = fs.readFileSync(file, 'utf8').slice(-200)
      return { path: file, modifiedAt: stat.mtimeMs, writtenByIisDeploy: head.includes(APP_OFFLINE_MARKER) }
    } catch {
      // Vanished meanwhile.
    }
  }
  return undefined
}

function reportLeftover(leftover: LeftoverAppOffline, reporter: Reporter, action: string): void {
  const since = new Date(leftover.modifiedAt).toISOString()
  const origin = leftover.writtenByIisDeploy
    ? 'an earlier iis-deploy run failed before it could remove it'
    : 'it was not written by iis-deploy (by hand, or by another tool)'
  reporter.warning(
    `${leftover.path} was already there (written ${since}): the app has been answering 503 with it since then; ${origin}. ${action}`,
    { file: leftover.path, title: 'app_offline.htm left behind' }
  )
}

/** How we know the app let go of its files. `check` returns undefined when released, else what still holds on. */
export interface ReleaseProbe {
  description: string
  /** Called before app_offline.htm is written (to note which worker processes run now). */
  prepare?(): Promise<void>
  check(): Promise<string | undefined>
}

/**
 * In-process hosting: ANCM recycles the worker, so the files are free once every worker process the pool had
 * when app_offline.htm appeared has exited (§6). A new worker that starts meanwhile only serves the page.
 */
export function workersExitedProbe(appcmd: Appcmd, pool: string): ReleaseProbe {
  let before: number[] | undefined
  return {
    description: `the worker processes of app pool '${pool}' exit`,
    prepare: async () => {
      before = await appcmd.listWorkerProcesses(pool)
    },
    check: async () => {
      const now = await appcmd.listWorkerProcesses(pool)
      const left = now.filter((pid) => before === undefined || before.includes(pid))
      return left.length > 0 ? `worker PIDs ${left.join(', ')} still running` : undefined
    }
  }
}

/** Opens a file for writing without changing it: undefined when that works or it is gone, else the error code. */
function openForWrite(file: string): string | undefined {
  let fd: number | undefined
  try {
    fd = fs.openSync(file, 'r+')
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? undefined : (code ?? errorMessage(error))
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/**
 * Why a file still counts as held, or undefined. A read-only file (the attribute survives robocopy /COPY:DAT) can
 * never be opened for writing, locked or not: its attribute is lifted for the probe and put back, which needs only
 * FILE_WRITE_ATTRIBUTES and works on a loaded DLL (docs/windows-locale.md). If it cannot be lifted, the file is
 * taken as released: the copy itself then reports a real lock (robocopy error 32, retried).
 */
function lockedReason(file: string): string | undefined {
  const code = openForWrite(file)
  if (code === undefined) return undefined
  if (code === 'EPERM' || code === 'EACCES') {
    let mode: number | undefined
    try {
      mode = fs.statSync(file).mode
    } catch {
      return undefined
    }
    if ((mode & 0o200) === 0) {
      try {
        fs.chmodSync(file, mode | 0o200)
      } catch {
        return undefined
      }
      try {
        const again = openForWrite(file)
        return again === undefined ? undefined : `${path.basename(file)} is locked (${again}, read-only file)`
      } finally {
        fs.chmodSync(file, mode)
      }
    }
  }
  return `${path.basename(file)} is locked (${code})`
}

/**
 * Out-of-process hosting (the w3wp stays, the app's dotnet.exe/app.exe exits) or any app: the files are free once
 * each of them can be opened for write. `files` are absolute paths (the app's .dll/.exe).
 */
export function filesWritableProbe(files: readonly string[] | (() => readonly string[])): ReleaseProbe {
  const list = (): readonly string[] => (typeof files === 'function' ? files() : files)
  return {
    description: "the app's binaries can be opened for writing",
    check: async () => {
      const held = list()
        .map(lockedReason)
        .filter((reason): reason is string => reason !== undefined)
      return held.length > 0 ? held.slice(0, 5).join('; ') : undefined
    }
  }
}

/** The .dll and .exe files at the top of the app folder: what the app process maps and Windows locks. */
export function appBinaries(physicalPath: string): string[] {
  try {
    return fs
      .readdirSync(physicalPath)
      .filter((name) => /\.(dll|exe)$/i.test(name))
      .map((name) => path.join(physicalPath, name))
  } catch {
    return []
  }
}

/** Released when every probe is. */
export function allOf(...probes: ReleaseProbe[]): ReleaseProbe {
  return {
    description: probes.map((p) => p.description).join(' and '),
    prepare: async () => {
      for (const probe of probes) await probe.prepare?.()
    },
    check: async () => {
      for (const probe of probes) {
        const reason = await probe.check()
        if (reason !== undefined) return reason
      }
      return undefined
    }
  }
}

export interface TakeAppOfflineOptions {
  /** The application's physical folder (where web.config is). */
  physicalPath: string
  /** Your page (`app-offline-file` content); default: the built-in page. */
  content?: string
  reporter: Reporter
  clock: Clock
  /** How to tell the app let go of its files; without one we do not wait. */
  probe?: ReleaseProbe
  /** Longest wait for the probe, ms. Size it to ANCM's shutdownTimeLimit (10 s) or the pool's (90 s). Default 120000. */
  timeoutMs?: number
  poll?: PollPolicy
  /** On timeout: 'fail' (default; the file is removed again) or 'continue' with a warning. */
  onTimeout?: 'fail' | 'continue'
  signal?: AbortSignal
}

/** The app is offline until `bringOnline()`. */
export interface AppOfflineHandle {
  readonly path: string
  /** What was there before we wrote ours; it is replaced now and removed by bringOnline. */
  readonly leftover: LeftoverAppOffline | undefined
  /** The probe was satisfied (false: no probe, or timed out with onTimeout 'continue'). */
  readonly released: boolean
  readonly online: boolean
  /** Removes every app_offline.htm (any casing) and checks it is gone. Idempotent. Returns the offline time. */
  bringOnline(): Promise<{ offlineMs: number }>
}

export interface RemoveAppOfflineOptions {
  physicalPath: string
  reporter: Reporter
  clock: Clock
  /** Attempts to delete a file that is briefly in use (antivirus, ANCM reading it). Default 5. */
  attempts?: number
}

/**
 * Removes every app_offline.htm of the folder and verifies that none is left. Throws a ToolError saying the site
 * stays offline when it cannot.
 */
export async function removeAppOffline(options: RemoveAppOfflineOptions): Promise<string[]> {
  const attempts = options.attempts ?? 5
  const removed: string[] = []
  for (let attempt = 0; ; attempt++) {
    const files = findAppOfflineFiles(options.physicalPath)
    if (files.length === 0) return removed
    let lastError: unknown
    for (const file of files) {
      try {
        fs.rmSync(file, { force: true })
        removed.push(file)
      } catch (error) {
        lastError = error
      }
    }
    if (findAppOfflineFiles(options.physicalPath).length === 0) return removed
    if (attempt + 1 >= attempts) {
      const file =
        findAppOfflineFiles(options.physicalPath)[0] ?? path.join(options.physicalPath, APP_OFFLINE_FILE)
      throw new ToolError(
        APP_OFFLINE_FILE,
        undefined,
        `Could not remove ${file}${lastError ? ` (${errorMessage(lastError)})` : ''}: the app keeps answering 503.`,
        `Delete ${file} by hand; check that the deploy account may delete files in ${options.physicalPath}.`
      )
    }
    await options.clock.sleep(pollDelay(attempt, { initialMs: 100, maxMs: 1000 }))
  }
}

/**
 * Writes app_offline.htm (your page or the built-in one) and waits for the app to let go of its files. A leftover
 * app_offline.htm is reported loudly and taken over (removed by `bringOnline`). If anything fails before this
 * returns (timeout, cancellation), the file is removed again before the error propagates.
 */
export async function takeAppOffline(options: TakeAppOfflineOptions): Promise<AppOfflineHandle> {
  const { physicalPath, reporter, clock } = options
  if (!fs.existsSync(physicalPath))
    throw new ToolError(
      APP_OFFLINE_FILE,
      undefined,
      `Cannot take the app offline: its folder ${physicalPath} does not exist.`,
      'Check `physical-path`, or create the application first (`create: true`).'
    )
  const leftover = detectLeftoverAppOffline(physicalPath)
  if (leftover) reportLeftover(leftover, reporter, 'This deploy replaces it and removes it when it ends.')

  await options.probe?.prepare?.()
  // Replace a leftover under another casing: one file, ours.
  for (const file of findAppOfflineFiles(physicalPath)) fs.rmSync(file, { force: true })
  const file = path.join(physicalPath, APP_OFFLINE_FILE)
  fs.writeFileSync(file, options.content ?? builtInAppOfflinePage())
  const since = clock.now()
  reporter.info(`Wrote ${file}: the app answers 503 with it until the deploy ends.`)

  let online = false
  const bringOnline = async (): Promise<{ offlineMs: number }> => {
    if (!online) {
      await removeAppOffline({ physicalPath, reporter, clock })
      online = true
      reporter.info(`Removed ${file}: the app is back online.`)
    }
    return { offlineMs: clock.now() - since }
  }

  let released = false
  try {
    if (options.probe) released = await waitForRelease(options, options.probe)
  } catch (error) {
    try {
      await bringOnline()
    } catch (removeError) {
      reporter.error(errorMessage(removeError))
    }
    throw error
  }
  return {
    path: file,
    leftover,
    released,
    get online() {
      return online
    },
    bringOnline
  }
}

/**
 * Waits until `probe` says the app let go of its files (true), or the timeout passes (false with onTimeout
 * 'continue', else TimeoutError). Also for a caller that wrote app_offline.htm and stopped the pool at once.
 */
export async function waitForRelease(
  options: Pick<TakeAppOfflineOptions, 'clock' | 'reporter' | 'timeoutMs' | 'poll' | 'onTimeout' | 'signal'>,
  probe: ReleaseProbe
): Promise<boolean> {
  const { clock, reporter } = options
  const timeoutMs = options.timeoutMs ?? 120_000
  const start = clock.now()
  let lastReport = start
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted)
      throw new CancelledError('Cancelled while waiting for the app to go offline.')
    const reason = await probe.check()
    const now = clock.now()
    if (reason === undefined) {
      reporter.info(
        `The app let go of its files after ${Math.round((now - start) / 1000)} s (${probe.description}).`
      )
      return true
    }
    if (now - start >= timeoutMs) {
      const message = `The app did not let go of its files within ${Math.round(timeoutMs / 1000)} s after app_offline.htm appeared: ${reason}.`
      const fix =
        'Open connections (WebSockets, long requests) delay the shutdown: raise `stop-timeout`, lower ANCM shutdownTimeLimit, or use `take-offline: both` to stop the pool as well.'
      if (options.onTimeout === 'continue') {
        reporter.warning(`${message} Continuing; copying may meet locked files. ${fix}`)
        return false
      }
      throw new TimeoutError(`${message}\nFix: ${fix}`)
    }
    if (now - lastReport >= 10_000) {
      reporter.info(`Waiting until ${probe.description} (${Math.round((now - start) / 1000)} s): ${reason}.`)
      lastReport = now
    }
    // A steady short poll unless told otherwise: a backoff notices a release late, and that lag is downtime.
    const delay = options.poll ? pollDelay(attempt, options.poll) : STEADY_POLL_MS
    await clock.sleep(Math.min(delay, timeoutMs - (now - start)), options.signal)
  }
}

/** What to do with app_offline.htm when the work fails. */
export type StayOffline = 'never' | 'on-failure' | 'always'

/**
 * Runs `fn` with the app offline and brings it back online in every outcome (success, failure, cancellation),
 * unless `stayOffline` says otherwise. An error from `fn` wins over an error from removing the file.
 */
export async function withAppOffline<T>(
  options: TakeAppOfflineOptions & { stayOffline?: StayOffline },
  fn: (handle: AppOfflineHandle) => Promise<T>
): Promise<T> {
  const handle = await takeAppOffline(options)
  let failed = false
  try {
    return await fn(handle)
  } catch (error) {
    failed = true
    throw error
  } finally {
    const stay = options.stayOffline === 'always' || (options.stayOffline === 'on-failure' && failed)
    if (stay) {
      options.reporter.warning(
        `${handle.path} stays in place as requested: the app answers 503 until you remove it.`
      )
    } else if (failed) {
      try {
        await handle.bringOnline()
      } catch (removeError) {
        options.reporter.error(errorMessage(removeError))
      }
    } else {
      await handle.bringOnline()
    }
  }
}

/**
 * For deploys that do not take the app offline: a leftover app_offline.htm would keep the site down after a
 * "successful" deploy (peers §3 item 2). Reports it and removes it. Returns the removed files.
 */
export async function removeLeftoverAppOffline(options: RemoveAppOfflineOptions): Promise<string[]> {
  const leftover = detectLeftoverAppOffline(options.physicalPath)
  if (!leftover) return []
  reportLeftover(leftover, options.reporter, 'Removing it now.')
  return removeAppOffline(options)
}
