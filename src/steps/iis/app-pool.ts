// App pool and site lifecycle (windows-facts §3.4, §3.5; peers §3 item 4, §4 idea 1). Stop means "the pool is
// Stopped and none of its worker processes is left", because file locks last as long as the w3wp does. Start means
// "Started, and still Started after a short settle window", because rapid-fail protection stops a pool whose
// workers crash (OctopusDeploy/Issues#4049: a pool that fails to start, and a green deploy).

import { InputError, TimeoutError, ToolError } from '../../core/errors.js'
import type { CommandRunner } from '../../core/ports.js'
import {
  APPCMD_CODES,
  buildAppPoolVerbArgs,
  buildSiteVerbArgs,
  type Appcmd,
  type ObjectState
} from './appcmd.js'
import { TOOL_OUTPUT_ENCODINGS } from '../../core/output-encoding.js'

/** How often to look: fast at first, then backing off (§3.5 suggests 0.5–1 s steady state). */
export interface PollPolicy {
  /** First delay in ms. Default 100. */
  initialMs?: number
  /** Longest delay in ms. Default 1000. */
  maxMs?: number
}

/** The delay before poll number `attempt` (0-based): initialMs doubled each time, capped at maxMs. */
export function pollDelay(attempt: number, policy: PollPolicy = {}): number {
  const initial = policy.initialMs ?? 100
  const max = policy.maxMs ?? 1000
  return Math.min(max, initial * 2 ** Math.min(attempt, 30))
}

/** What a stop or start did, so the pipeline can put things back as they were on failure. */
export interface LifecycleResult {
  /** The pool or site. */
  name: string
  /** State before we touched it. */
  previousState: ObjectState
  /** It was Started or Starting before: restore it on failure. */
  wasRunning: boolean
  /** We issued a stop/start (false: it was already in the target state). */
  changed: boolean
  /** Worker processes ended after the stop timeout (opt-in). */
  killedWorkers: number[]
}

export interface AppPoolOptions {
  appcmd: Appcmd
  pool: string
  /** Overall wait in ms (`stop-timeout`). Default 120000. */
  timeoutMs?: number
  poll?: PollPolicy
}

export interface StopAppPoolOptions extends AppPoolOptions {
  /**
   * Opt-in: when the timeout passes with worker processes left, end them (`taskkill /PID n /F`, §3.5 "last
   * resort") and wait briefly for them to go. Off by default: killing drops in-flight requests.
   */
  killWorkersOnTimeout?: boolean
  /** Needed with killWorkersOnTimeout: the runner and taskkill.exe (ToolResolver 'taskkill'). */
  taskkill?: { runner: CommandRunner; path: string }
  /** How long to wait for killed workers to disappear, in ms. Default 10000. */
  killGraceMs?: number
  /**
   * The state the caller read moments ago (readTarget). When it says Started or Starting, the stop is sent without
   * reading the state again (one appcmd process less while the site is offline); a 1062 answer still tells us the
   * pool was already stopped. Any other state is read again first.
   */
  knownState?: ObjectState
}

export interface StartAppPoolOptions extends AppPoolOptions {
  /**
   * After Started, keep watching this long (ms): a pool that falls back to Stopped (rapid-fail protection) is a
   * failed start. Default 3000. Pools start workers on the first request (startMode OnDemand), so the health
   * check remains the main detector; this catches AlwaysRunning pools and immediate failures.
   */
  settleMs?: number
  /**
   * Runs once IIS took the start (the start command succeeded, or the pool was Started already), before waiting
   * for Started and the settle window. The pipeline removes app_offline.htm here: while it exists ANCM never starts
   * the app, so the window could not see a crashing app, and every look at the pool state before removing it is
   * downtime (issue 15).
   */
  onStarted?: () => Promise<void>
  /**
   * `Stopped`: the caller stopped the pool itself and waited for Stopped (the offline step), so the start is sent
   * without reading the state first. A pool that is still Stopping (1061) falls back to reading and waiting.
   */
  knownState?: ObjectState
}

/** The pool did not stop (or its workers did not exit) in time. Lists the worker PIDs. */
export class AppPoolStopTimeoutError extends TimeoutError {
  override name = 'AppPoolStopTimeoutError'
  constructor(
    readonly pool: string,
    readonly state: ObjectState | undefined,
    readonly workerPids: number[],
    message: string
  ) {
    super(message)
  }
}

/** The pool did not reach Started, or fell back to Stopped right after starting. */
export class AppPoolStartError extends ToolError {
  override name = 'AppPoolStartError'
  constructor(
    readonly pool: string,
    readonly state: ObjectState | undefined,
    message: string,
    fix: string
  ) {
    super('appcmd', undefined, message, fix)
  }
}

const RAPID_FAIL_CAUSES =
  'Likely causes: the ASP.NET Core Module is missing or IIS was not restarted after installing the Hosting Bundle ' +
  '(500.19 / 503; install it with `hosting-bundle`), the app fails at startup (500.30 In-Process Start Failure, ' +
  '502.5 Process Failure), or the pool identity cannot read the app folder (`grant-access`). See the Application ' +
  "event log (sources 'IIS AspNetCore Module V2' and 'WAS') and the stdout log (`stdoutLogEnabled` in web.config)."

function isRunning(state: ObjectState): boolean {
  return state === 'Started' || state === 'Starting'
}

async function requireState(appcmd: Appcmd, pool: string): Promise<ObjectState> {
  const state = await appcmd.getAppPoolState(pool)
  if (state === undefined)
    throw new InputError(
      'app-pool',
      `App pool '${pool}' does not exist on this server (see \`appcmd list apppools\`): check \`app-pool\`, or set \`create: true\`.`
    )
  return state
}

interface Observation {
  state: ObjectState | undefined
  workers: number[]
}

async function observe(appcmd: Appcmd, pool: string): Promise<Observation> {
  // Two independent appcmd calls: run at once, so one look costs one process start, not two.
  const [state, workers] = await Promise.all([appcmd.getAppPoolState(pool), appcmd.listWorkerProcesses(pool)])
  return { state, workers }
}

function describe(observation: Observation): string {
  const workers =
    observation.workers.length > 0 ? `worker PIDs ${observation.workers.join(', ')}` : 'no workers'
  return `state ${observation.state ?? 'missing'}, ${workers}`
}

/**
 * Without a policy, a pool is watched with a steady short poll: a backoff (100 → 1000 ms) noticed a pool that
 * stopped after 800 ms only at 1.5 s, and that lag is downtime (issue 15). After 10 s (draining requests) a
 * slower pace spares the server the appcmd process starts.
 */
export const STEADY_POLL_MS = 50
const SLOW_POLL_AFTER_MS = 10_000
const SLOW_POLL_MS = 500

function nextPollDelay(attempt: number, waitedMs: number, poll: PollPolicy | undefined): number {
  if (poll) return pollDelay(attempt, poll)
  return waitedMs < SLOW_POLL_AFTER_MS ? STEADY_POLL_MS : SLOW_POLL_MS
}

/** Polls `check` until it is done or the deadline passes; returns the last observation. */
async function pollUntil(
  appcmd: Appcmd,
  timeoutMs: number,
  poll: PollPolicy | undefined,
  check: () => Promise<{ done: boolean; observation: Observation }>,
  progress: (observation: Observation, waitedMs: number) => void
): Promise<{ done: boolean; observation: Observation }> {
  const start = appcmd.clock.now()
  let lastReport = start
  for (let attempt = 0; ; attempt++) {
    const result = await check()
    const now = appcmd.clock.now()
    if (result.done || now - start >= timeoutMs) return result
    if (now - lastReport >= 10_000) {
      progress(result.observation, now - start)
      lastReport = now
    }
    await appcmd.clock.sleep(
      Math.min(nextPollDelay(attempt, now - start, poll), timeoutMs - (now - start)),
      appcmd.signal
    )
  }
}

async function killWorkers(
  options: StopAppPoolOptions,
  pids: number[]
): Promise<{ killed: number[]; failed: string[] }> {
  const { appcmd, taskkill } = options
  const killed: number[] = []
  const failed: string[] = []
  if (!taskkill) return { killed, failed: pids.map((pid) => `${pid}: taskkill was not provided`) }
  for (const pid of pids) {
    const args = ['/PID', String(pid), '/F']
    appcmd.reporter.info(`taskkill ${args.join(' ')}`)
    const result = await taskkill.runner.run(taskkill.path, args, {
      silent: true,
      signal: appcmd.signal,
      outputEncoding: TOOL_OUTPUT_ENCODINGS['taskkill']
    })
    const text = `${result.stdout}\n${result.stderr}`
    // 0: terminated; 128: "not found" (it exited meanwhile) – both leave the pid gone. The exit code decides; the
    // English text is a fallback for a wrapper that loses it (taskkill's text is translated, docs/windows-locale.md).
    if (result.exitCode === 0 || result.exitCode === 128 || /not found/i.test(text)) killed.push(pid)
    else failed.push(`${pid}: ${text.trim().replace(/\s+/g, ' ') || `exit code ${result.exitCode}`}`)
  }
  return { killed, failed }
}

/**
 * Stops an app pool and waits until it is Stopped and none of its worker processes is left (§3.5).
 * Already Stopped is not a change (a lingering worker is still waited for); 1062 from a race is benign (§3.4).
 */
export async function stopAppPool(options: StopAppPoolOptions): Promise<LifecycleResult> {
  const { appcmd, pool } = options
  const timeoutMs = options.timeoutMs ?? 120_000
  const known = options.knownState
  let previousState = known !== undefined && isRunning(known) ? known : await requireState(appcmd, pool)
  let changed = false
  if (previousState === 'Started' || previousState === 'Starting' || previousState === 'Unknown') {
    const stop = await appcmd.run(buildAppPoolVerbArgs('stop', pool), { accept: [APPCMD_CODES.notStarted] })
    changed = true
    // Stopped since it was read: not ours to start again afterwards.
    if (stop.failure && known !== undefined) {
      previousState = 'Stopped'
      changed = false
    }
  }
  const stopped = (o: Observation): boolean => o.state === 'Stopped' && o.workers.length === 0
  const check = async (): Promise<{ done: boolean; observation: Observation }> => {
    const observation = await observe(appcmd, pool)
    return { done: stopped(observation), observation }
  }
  let result = await pollUntil(appcmd, timeoutMs, options.poll, check, (o, waited) =>
    appcmd.reporter.info(
      `Waiting for app pool '${pool}' to stop (${Math.round(waited / 1000)} s): ${describe(o)}.`
    )
  )
  const killedWorkers: number[] = []
  if (!result.done && options.killWorkersOnTimeout && result.observation.workers.length > 0) {
    const pids = result.observation.workers
    appcmd.reporter.warning(
      `App pool '${pool}' did not stop within ${Math.round(timeoutMs / 1000)} s (${describe(result.observation)}): ending its worker processes as requested. In-flight requests are dropped.`
    )
    const { killed, failed } = await killWorkers(options, pids)
    killedWorkers.push(...killed)
    if (failed.length > 0) appcmd.reporter.warning(`Could not end worker processes: ${failed.join('; ')}`)
    result = await pollUntil(appcmd, options.killGraceMs ?? 10_000, options.poll, check, () => {})
  }
  if (!result.done) {
    const { state, workers } = result.observation
    const pids = workers.length > 0 ? ` Worker processes still running: ${workers.join(', ')}.` : ''
    const fix =
      workers.length > 0
        ? `Fix: raise \`stop-timeout\` (long requests and WebSockets delay shutdown; the pool's processModel.shutdownTimeLimit is 90 s by default), end the workers yourself (\`taskkill /PID ${workers[0]} /F\`), or opt in to ending them automatically after the timeout (\`kill-workers: true\`).`
        : `Fix: check WAS and the System event log for why the pool hangs in '${state ?? 'unknown'}', then raise \`stop-timeout\` or restart WAS (\`net stop was /y\`, \`net start w3svc\`).`
    throw new AppPoolStopTimeoutError(
      pool,
      state,
      workers,
      `App pool '${pool}' did not stop within ${Math.round(timeoutMs / 1000)} s: ${describe(result.observation)}.${pids}\n${fix}`
    )
  }
  appcmd.reporter.info(
    changed
      ? `App pool '${pool}' stopped; no worker process left.`
      : `App pool '${pool}' was already stopped.`
  )
  return { name: pool, previousState, wasRunning: isRunning(previousState), changed, killedWorkers }
}

/**
 * Starts an app pool (idempotent), waits until Started, then watches `settleMs`: falling back to Stopped
 * (rapid-fail protection) is a failure naming the likely causes. 1056 from a race is benign (§3.4).
 */
export async function startAppPool(options: StartAppPoolOptions): Promise<LifecycleResult> {
  const { appcmd, pool } = options
  if (options.knownState === 'Stopped') {
    // The offline step stopped it and saw it Stopped: start at once (each appcmd call is downtime here).
    const start = await appcmd.run(buildAppPoolVerbArgs('start', pool), {
      accept: [APPCMD_CODES.alreadyStarted, APPCMD_CODES.cannotAcceptControl]
    })
    if (start.failure?.code !== APPCMD_CODES.cannotAcceptControl) {
      const alreadyStarted = start.failure !== undefined
      return confirmStart(options, {
        name: pool,
        previousState: alreadyStarted ? 'Started' : 'Stopped',
        wasRunning: alreadyStarted,
        changed: !alreadyStarted,
        killedWorkers: []
      })
    }
  }
  const timeoutMs = options.timeoutMs ?? 120_000
  const previousState = await requireState(appcmd, pool)
  const result: LifecycleResult = {
    name: pool,
    previousState,
    wasRunning: isRunning(previousState),
    changed: false,
    killedWorkers: []
  }
  if (previousState === 'Started') {
    appcmd.reporter.info(`App pool '${pool}' is already started.`)
    await options.onStarted?.()
    return result
  }
  if (previousState === 'Stopping') {
    // A start while Stopping fails: let the stop finish first.
    await pollUntil(
      appcmd,
      timeoutMs,
      options.poll,
      async () => {
        const observation = await stateOnly(appcmd, pool)
        return { done: observation.state !== 'Stopping', observation }
      },
      (o, waited) =>
        appcmd.reporter.info(
          `Waiting for app pool '${pool}' to finish stopping before starting it (${Math.round(waited / 1000)} s): ${describe(o)}.`
        )
    )
  }
  if (previousState !== 'Starting') {
    await appcmd.run(buildAppPoolVerbArgs('start', pool), { accept: [APPCMD_CODES.alreadyStarted] })
    result.changed = true
  }
  return confirmStart(options, result)
}

async function stateOnly(appcmd: Appcmd, pool: string): Promise<Observation> {
  return { state: await appcmd.getAppPoolState(pool), workers: [] }
}

/** After the start was sent: onStarted, then Started (not Stopped) and still Started after the settle window. */
async function confirmStart(options: StartAppPoolOptions, result: LifecycleResult): Promise<LifecycleResult> {
  const { appcmd, pool } = options
  const timeoutMs = options.timeoutMs ?? 120_000
  await options.onStarted?.()
  const started = await pollUntil(
    appcmd,
    timeoutMs,
    options.poll,
    async () => {
      const observation = await stateOnly(appcmd, pool)
      return { done: observation.state === 'Started' || observation.state === 'Stopped', observation }
    },
    (o, waited) =>
      appcmd.reporter.info(
        `Waiting for app pool '${pool}' to start (${Math.round(waited / 1000)} s): ${describe(o)}.`
      )
  )
  const state = started.observation.state
  if (state !== 'Started') {
    const message =
      state === 'Stopped'
        ? `App pool '${pool}' stopped again right after it was started: IIS rapid-fail protection stops a pool whose worker processes keep crashing.`
        : `App pool '${pool}' did not start: it is '${state ?? 'missing'}' after ${Math.round(timeoutMs / 1000)} s.`
    throw new AppPoolStartError(pool, state, message, RAPID_FAIL_CAUSES)
  }
  const settleMs = options.settleMs ?? 3000
  if (settleMs > 0) {
    const settled = await pollUntil(
      appcmd,
      settleMs,
      options.poll,
      async () => {
        const observation = await stateOnly(appcmd, pool)
        return { done: observation.state !== 'Started' && observation.state !== 'Starting', observation }
      },
      () => {}
    )
    if (settled.done) {
      throw new AppPoolStartError(
        pool,
        settled.observation.state,
        `App pool '${pool}' started, then stopped again within ${Math.round(settleMs / 1000)} s (now '${settled.observation.state ?? 'missing'}'): IIS rapid-fail protection stops a pool whose worker processes keep crashing.`,
        RAPID_FAIL_CAUSES
      )
    }
  }
  appcmd.reporter.info(`App pool '${pool}' started.`)
  return result
}

/** Puts a pool back the way `stopAppPool` found it: starts it again if it was running before. */
export async function restoreAppPool(options: StartAppPoolOptions, before: LifecycleResult): Promise<void> {
  if (!before.wasRunning) return
  await startAppPool(options)
}

export interface SiteOptions {
  appcmd: Appcmd
  site: string
  /** Default 30000. */
  timeoutMs?: number
  poll?: PollPolicy
}

async function changeSite(options: SiteOptions, verb: 'start' | 'stop'): Promise<LifecycleResult> {
  const { appcmd, site } = options
  const target: ObjectState = verb === 'start' ? 'Started' : 'Stopped'
  const previousState = await appcmd.getSiteState(site)
  if (previousState === undefined)
    throw new InputError(
      'site',
      `Site '${site}' does not exist on this server (see \`appcmd list sites\`): check \`site\`, or set \`create: true\`.`
    )
  const result: LifecycleResult = {
    name: site,
    previousState,
    wasRunning: isRunning(previousState),
    changed: false,
    killedWorkers: []
  }
  if (previousState === target) return result
  await appcmd.run(buildSiteVerbArgs(verb, site), {
    accept: [verb === 'start' ? APPCMD_CODES.alreadyStarted : APPCMD_CODES.notStarted]
  })
  result.changed = true
  const timeoutMs = options.timeoutMs ?? 30_000
  const waited = await pollUntil(
    appcmd,
    timeoutMs,
    options.poll,
    async () => {
      const state = await appcmd.getSiteState(site)
      return { done: state === target, observation: { state, workers: [] } }
    },
    (o, ms) =>
      appcmd.reporter.info(
        `Waiting for site '${site}' to ${verb} (${Math.round(ms / 1000)} s): state ${o.state ?? 'missing'}.`
      )
  )
  if (!waited.done)
    throw new ToolError(
      'appcmd',
      undefined,
      `Site '${site}' did not ${verb}: it is '${waited.observation.state ?? 'missing'}' after ${Math.round(timeoutMs / 1000)} s.`,
      'Check that WAS and W3SVC are running (`net start w3svc`) and that no other site holds the same binding.'
    )
  return result
}

/** Stops a site (idempotent): HTTP.sys stops accepting its bindings. */
export function stopSite(options: SiteOptions): Promise<LifecycleResult> {
  return changeSite(options, 'stop')
}

/** Starts a site (idempotent) and waits until Started. */
export function startSite(options: SiteOptions): Promise<LifecycleResult> {
  return changeSite(options, 'start')
}
