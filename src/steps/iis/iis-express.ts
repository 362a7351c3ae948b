// `target: iis-express`: a smoke test of the published app under IIS Express (seed "IIS Express Overview": no
// service, no admin rights; the user launches and ends sites). Launch, wait until it answers, run the health check,
// end it (tree kill when it does not stop on `Q`), unless asked to keep it running.
//
// Launch mode: `/path:<folder> /port:<n>` by default. IIS Express then copies its own template applicationhost.config,
// in which the ASP.NET Core Module is registered when the Hosting Bundle (or Visual Studio) installed ANCM for IIS
// Express, and the published web.config adds the aspNetCore handler. Generating a complete applicationhost.config
// ourselves would mean copying a version-specific template of hundreds of lines; instead, users with their own
// config pass it (`/config:<file> /site:<name>`).

import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {
  CancelledError,
  TimeoutError,
  ToolError,
  ToolNotFoundError,
  errorMessage
} from '../../core/errors.js'
import { formatCommandLine } from '../../core/command-line.js'
import type { Clock, HttpClient, LaunchedProcess, ProcessLauncher, Reporter } from '../../core/ports.js'
import { pollDelay } from './app-pool.js'

/** How to start IIS Express. */
export type IisExpressSite =
  | { physicalPath: string; port: number }
  | { configFile: string; site: string; /** The URL the site answers on (from its binding). */ url: string }

/** `/path:<dir> /port:<n> /systray:false`, or `/config:<file> /site:<name> /systray:false`. */
export function buildIisExpressArgs(site: IisExpressSite): string[] {
  if ('configFile' in site) return [`/config:${site.configFile}`, `/site:${site.site}`, '/systray:false']
  return [`/path:${site.physicalPath}`, `/port:${site.port}`, '/systray:false']
}

/** The URL to probe: `/path` mode binds localhost. */
export function iisExpressUrl(site: IisExpressSite): string {
  return 'configFile' in site ? site.url : `http://localhost:${site.port}/`
}

export interface IisExpressStatus {
  running: boolean
  /** `Successfully registered URL "http://localhost:8080/" ...` */
  urls: string[]
  /** The reason after `Unable to start iisexpress.` or a `Failed to register URL` line. */
  error?: string
}

/** Reads IIS Express's console output: "IIS Express is running.", registered URLs, start-up failures. */
export function parseIisExpressOutput(text: string): IisExpressStatus {
  const urls = [...text.matchAll(/Successfully registered URL "([^"]+)"/g)].map((m) => m[1] ?? '')
  const failed = /Failed to register URL "[^"]*"[^\r\n]*/.exec(text)?.[0]
  const unable = /Unable to start iisexpress\.\s*([\s\S]*?)(?:\r?\n\s*\r?\n|For more information|$)/.exec(
    text
  )
  const error = failed ?? (unable ? unable[1]?.trim() || 'Unable to start iisexpress.' : undefined)
  return { running: /IIS Express is running\./.test(text), urls, ...(error ? { error } : {}) }
}

/** A free TCP port on loopback (listen on 0, read it, close). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface IisExpressSmokeTestOptions {
  launcher: ProcessLauncher
  /** iisexpress.exe as found by ToolResolver ('iisexpress'). */
  iisExpressPath: string
  http: HttpClient
  reporter: Reporter
  clock: Clock
  /** The published app folder (`/path:` mode). */
  physicalPath?: string
  /** Port for `/path:` mode; default: a free one. */
  port?: number
  /** Your own applicationhost.config instead (`/config:` mode), with the site and the URL it answers on. */
  config?: { file: string; site: string; url: string }
  /** Longest wait for the first HTTP answer, ms. Default 60000. */
  startTimeoutMs?: number
  /** Runs once IIS Express answers, with its base URL; throw to fail the smoke test. */
  healthCheck?: (baseUrl: string, signal?: AbortSignal) => Promise<void>
  /** Leave it running after a successful smoke test (yours to end; output goes to a log file). */
  keepRunning?: boolean
  /** How long `Q` gets before the tree is killed, ms. Default 5000. */
  stopGraceMs?: number
  signal?: AbortSignal
}

export interface IisExpressSmokeTestResult {
  url: string
  pid: number | undefined
  /** Still running (keepRunning). */
  kept: boolean
  /** With keepRunning: where its output goes. */
  logFile?: string
  /** Its console output (up to the end of the test). */
  output: string
}

/** Ends IIS Express: `Q` on stdin (its own way to stop), then the whole tree if it has not exited in time. */
async function endIisExpress(
  child: LaunchedProcess,
  clock: Clock,
  graceMs: number
): Promise<'stopped' | 'killed'> {
  child.write('Q\n')
  // The grace timer is cancelled once it exits, so it never holds the run open.
  const grace = new AbortController()
  const result = await Promise.race([
    child.exited.then(() => 'stopped' as const),
    clock.sleep(graceMs, grace.signal).then(
      () => 'timeout' as const,
      () => 'stopped' as const
    )
  ])
  grace.abort()
  if (result === 'stopped') return 'stopped'
  await child.killTree()
  return 'killed'
}

/**
 * Launches the published app under IIS Express, waits until it answers HTTP, runs the health check, and ends
 * IIS Express (no orphan: tree kill when `Q` is not enough, and on timeout, failure or cancellation) unless
 * `keepRunning` and all went well.
 */
export async function runIisExpressSmokeTest(
  options: IisExpressSmokeTestOptions
): Promise<IisExpressSmokeTestResult> {
  const { launcher, reporter, clock } = options
  let site: IisExpressSite
  if (options.config)
    site = { configFile: options.config.file, site: options.config.site, url: options.config.url }
  else if (options.physicalPath)
    site = { physicalPath: options.physicalPath, port: options.port ?? (await findFreePort()) }
  else throw new Error('runIisExpressSmokeTest: give physicalPath or config')
  const args = buildIisExpressArgs(site)
  const url = iisExpressUrl(site)
  const logFile = options.keepRunning
    ? path.join(os.tmpdir(), `iis-deploy-iisexpress-${process.pid}-${Date.now()}.log`)
    : undefined
  reporter.info(formatCommandLine('iisexpress', args))
  const child = launcher.launch(options.iisExpressPath, args, logFile ? { keepAlive: { logFile } } : {})

  let exitCode: number | null | undefined
  void child.exited.then((code) => {
    exitCode = code
  })
  let keep = false
  try {
    await waitUntilAnswering(options, child, url, () => exitCode)
    reporter.info(`IIS Express answers on ${url}.`)
    await options.healthCheck?.(url, options.signal)
    keep = options.keepRunning ?? false
    if (keep)
      reporter.notice(`IIS Express keeps running on ${url} (pid ${child.pid ?? '?'}; output in ${logFile}).`)
    return { url, pid: child.pid, kept: keep, logFile, output: child.output() }
  } finally {
    if (!keep) {
      const how = await endIisExpress(child, clock, options.stopGraceMs ?? 5000)
      reporter.info(
        how === 'stopped'
          ? 'IIS Express stopped.'
          : 'IIS Express did not stop on Q: its process tree was ended.'
      )
    }
  }
}

async function waitUntilAnswering(
  options: IisExpressSmokeTestOptions,
  child: LaunchedProcess,
  url: string,
  exitCode: () => number | null | undefined
): Promise<void> {
  const { clock, http } = options
  const timeoutMs = options.startTimeoutMs ?? 60_000
  const start = clock.now()
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted) throw new CancelledError('Cancelled while waiting for IIS Express.')
    const spawnError = child.spawnError()
    if (spawnError)
      throw (spawnError as NodeJS.ErrnoException).code === 'ENOENT'
        ? new ToolNotFoundError(
            'iisexpress',
            `Could not start IIS Express (${options.iisExpressPath}): the file was not found. Install IIS Express 10, or set \`iisexpress-path\`.`
          )
        : spawnError
    const status = parseIisExpressOutput(child.output())
    if (status.error !== undefined || exitCode() !== undefined) {
      throw new ToolError(
        'iisexpress',
        exitCode() ?? undefined,
        `IIS Express did not start${status.error ? `: ${status.error}` : ` (exit code ${String(exitCode())})`}.\n${lastLines(child.output())}`,
        /0x80070020|being used by another process/.test(child.output())
          ? 'The port is in use: choose another one, or end the process that holds it.'
          : 'Run iisexpress.exe with /trace:error by hand to see why; check that the ASP.NET Core Module is installed for IIS Express (Hosting Bundle).'
      )
    }
    // Stop waiting for this answer when IIS Express exits meanwhile (something else may hold the port).
    const answerWait = new AbortController()
    void child.exited.then(() => answerWait.abort())
    const signals = options.signal ? [options.signal, answerWait.signal] : [answerWait.signal]
    try {
      await http.get(url, { timeoutMs: 5000, signal: AbortSignal.any(signals) })
      return // Any HTTP answer: the server is up; the health check judges the answer.
    } catch (error) {
      if (options.signal?.aborted) throw new CancelledError('Cancelled while waiting for IIS Express.')
      if (answerWait.signal.aborted) continue // it exited: the next round reports why
      const waited = clock.now() - start
      if (waited >= timeoutMs)
        throw new TimeoutError(
          `IIS Express did not answer on ${url} within ${Math.round(timeoutMs / 1000)} s (${errorMessage(error)}).\n${lastLines(child.output())}`
        )
      await clock.sleep(
        Math.min(pollDelay(attempt, { initialMs: 100, maxMs: 1000 }), timeoutMs - waited),
        options.signal
      )
    }
  }
}

function lastLines(text: string): string {
  const lines = text.trim().split(/\r?\n/).slice(-10)
  return lines.length > 0 && lines[0] !== '' ? `Its output:\n${lines.join('\n')}` : 'It printed nothing.'
}
