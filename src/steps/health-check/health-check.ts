// Health check: GET a URL until it answers with an expected status (and text), backing off, or until the timeout.
// Also the availability probe that measures the offline window (the time the app answered 503 or nothing).

import { CancelledError, errorMessage } from '../../core/errors.js'
import type { Clock, HttpClient, HttpResponse, Reporter } from '../../core/ports.js'

export interface HealthCheckPorts {
  http: HttpClient
  clock: Clock
  reporter: Reporter
}

export interface HealthCheckOptions {
  url: string
  /** Accepted status codes (default [200]). */
  expectedStatus?: readonly number[]
  /** Text the body must contain. */
  contains?: string
  /** Host header, for a site bound to a host name that is probed on another address. */
  host?: string
  allowUntrusted?: boolean
  /** How long to keep trying, in ms. */
  timeoutMs: number
  /** First wait between attempts (ms); doubles up to `maxDelayMs`. */
  initialDelayMs?: number
  maxDelayMs?: number
  /** Timeout of one request (ms), never past the overall deadline. */
  requestTimeoutMs?: number
  signal?: AbortSignal
}

export interface HealthCheckResult {
  healthy: boolean
  url: string
  /** Last HTTP status, or undefined when the server never answered. */
  status?: number
  /** The start of the last body, whitespace collapsed (masked). */
  bodyExcerpt: string
  /** Why the last attempt did not count (connection error, wrong status, text missing). */
  reason: string
  attempts: number
  elapsedMs: number
}

/** The health check did not pass within its timeout; carries the last answer. */
export class HealthCheckError extends Error {
  override name = 'HealthCheckError'
  constructor(readonly result: HealthCheckResult) {
    super(describeHealthFailure(result))
  }
}

const EXCERPT_LENGTH = 300

/** The start of a body, as one line: enough to recognise an ANCM error page or app_offline.htm. */
export function excerptOf(body: string, length = EXCERPT_LENGTH): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > length ? `${text.slice(0, length)}…` : text
}

/** Known answers of a broken ASP.NET Core app under IIS, with what to do about them. */
const HINTS: Array<[RegExp, string]> = [
  [
    /500\.30|failed to start/i,
    'the app failed to start: check the ANCM stdout log and the Application event log.'
  ],
  [
    /500\.31|framework.*not found|Failed to locate ASP\.NET Core framework/i,
    'the ASP.NET Core runtime the app needs is missing: install it (hosting-bundle: auto).'
  ],
  [/500\.19/, 'IIS cannot read web.config: is the ASP.NET Core Module installed (hosting-bundle)?'],
  [
    /502\.5|500\.37/,
    'the app process did not start or start in time: check processPath/arguments and the stdout log.'
  ],
  [/app_offline|offline for maintenance/i, 'app_offline.htm is still in the app folder.']
]

export function healthHint(status: number | undefined, body: string): string | undefined {
  for (const [pattern, hint] of HINTS)
    if (pattern.test(body) || pattern.test(String(status ?? ''))) return hint
  if (status === 503)
    return 'the app pool is stopped, or the app is offline (app_offline.htm) or still starting.'
  if (status === undefined) return 'nothing answered: is the site started and bound to this address and port?'
  return undefined
}

export function describeHealthFailure(result: HealthCheckResult): string {
  const last =
    result.status === undefined
      ? `the last attempt failed: ${result.reason}`
      : `the last answer was HTTP ${result.status} (${result.reason})${result.bodyExcerpt ? `: "${result.bodyExcerpt}"` : ''}`
  const hint = healthHint(result.status, result.bodyExcerpt)
  return `Health check of ${result.url} did not pass within ${Math.round(result.elapsedMs / 1000)} s (${result.attempts} attempts); ${last}.${hint ? ` Likely cause: ${hint}` : ''}`
}

/** Why a response does not count as healthy, or undefined when it does. */
export function judgeResponse(
  response: Pick<HttpResponse, 'status' | 'body'>,
  expectedStatus: readonly number[],
  contains?: string
): string | undefined {
  if (!expectedStatus.includes(response.status)) return `expected ${expectedStatus.join(' or ')}`
  if (contains !== undefined && !response.body.includes(contains))
    return `the body does not contain "${contains}"`
  return undefined
}

function requestHeaders(host?: string): Record<string, string> {
  return host ? { host, 'cache-control': 'no-cache' } : { 'cache-control': 'no-cache' }
}

/**
 * GETs `options.url` until it answers with an expected status (and text), backing off between attempts. Returns
 * the result when healthy; throws HealthCheckError with the last status and body excerpt after the timeout.
 */
export async function checkHealth(
  ports: HealthCheckPorts,
  options: HealthCheckOptions
): Promise<HealthCheckResult> {
  const { http, clock, reporter } = ports
  const expected = options.expectedStatus ?? [200]
  const started = clock.now()
  const deadline = started + options.timeoutMs
  let delay = options.initialDelayMs ?? 250
  const maxDelay = options.maxDelayMs ?? 5000
  let attempts = 0
  let last: HealthCheckResult = {
    healthy: false,
    url: options.url,
    bodyExcerpt: '',
    reason: 'not tried',
    attempts: 0,
    elapsedMs: 0
  }
  for (;;) {
    if (options.signal?.aborted) throw new CancelledError('The health check was cancelled.')
    attempts++
    // The last try comes at the deadline: give it a fair second instead of a 1 ms timeout that can only fail and
    // would hide the real answer (a 404, a 500) of the attempts before it.
    const remaining = Math.max(MIN_REQUEST_TIMEOUT_MS, deadline - clock.now())
    try {
      const response = await http.get(options.url, {
        headers: requestHeaders(options.host),
        allowUntrusted: options.allowUntrusted,
        timeoutMs: Math.min(options.requestTimeoutMs ?? 10_000, remaining),
        signal: options.signal
      })
      const reason = judgeResponse(response, expected, options.contains)
      last = {
        healthy: reason === undefined,
        url: options.url,
        status: response.status,
        bodyExcerpt: reporter.mask(excerptOf(response.body)),
        reason: reason ?? 'ok',
        attempts,
        elapsedMs: clock.now() - started
      }
      reporter.debug(
        `Health check attempt ${attempts}: HTTP ${response.status}${reason ? ` (${reason})` : ''}`
      )
      if (last.healthy) return last
    } catch (error) {
      if (error instanceof CancelledError || options.signal?.aborted)
        throw new CancelledError('The health check was cancelled.')
      last = {
        ...last,
        status: undefined,
        bodyExcerpt: '',
        reason: reporter.mask(errorMessage(error)),
        attempts,
        elapsedMs: clock.now() - started
      }
      reporter.debug(`Health check attempt ${attempts}: ${last.reason}`)
    }
    const now = clock.now()
    if (now >= deadline) break
    await clock.sleep(Math.min(delay, deadline - now), options.signal)
    delay = Math.min(delay * 2, maxDelay)
  }
  last = { ...last, attempts, elapsedMs: clock.now() - started }
  throw new HealthCheckError(last)
}

/** The shortest time one health-check request is given, even at the deadline. */
const MIN_REQUEST_TIMEOUT_MS = 1000

export interface AvailabilityProbeOptions {
  url: string
  host?: string
  allowUntrusted?: boolean
  /** Time between probes (ms). */
  intervalMs?: number
  requestTimeoutMs?: number
}

export interface AvailabilityReport {
  /** Total time (ms) the app answered 503 or nothing, from the samples. */
  offlineMs: number
  samples: number
  /** Samples that answered 503 or failed. */
  offlineSamples: number
}

export interface AvailabilityProbe {
  /** Stops probing and reports the measured offline window. */
  stop(): Promise<AvailabilityReport>
}

/**
 * Probes `url` in the background and adds up the time it answered 503 or not at all: each sample counts for the
 * time since the previous one. The offline window of contract §2 (`offline-ms`).
 */
export function startAvailabilityProbe(
  ports: HealthCheckPorts,
  options: AvailabilityProbeOptions
): AvailabilityProbe {
  const { http, clock } = ports
  const interval = options.intervalMs ?? 200
  const controller = new AbortController()
  let offlineMs = 0
  let samples = 0
  let offlineSamples = 0
  let previous = clock.now()
  let wasOffline = false
  const loop = (async () => {
    while (!controller.signal.aborted) {
      let offline: boolean
      try {
        const response = await http.get(options.url, {
          headers: requestHeaders(options.host),
          allowUntrusted: options.allowUntrusted,
          timeoutMs: options.requestTimeoutMs ?? 2000,
          signal: controller.signal
        })
        offline = response.status === 503
      } catch {
        if (controller.signal.aborted) break
        offline = true
      }
      const now = clock.now()
      // Between two offline samples the app was offline; across a change, count half the gap (unbiased estimate).
      if (offline && wasOffline) offlineMs += now - previous
      else if (offline !== wasOffline) offlineMs += (now - previous) / 2
      samples++
      if (offline) offlineSamples++
      wasOffline = offline
      previous = now
      try {
        await clock.sleep(interval, controller.signal)
      } catch {
        break
      }
    }
  })()
  return {
    async stop() {
      controller.abort()
      await loop
      if (wasOffline) offlineMs += clock.now() - previous
      return { offlineMs: Math.round(offlineMs), samples, offlineSamples }
    }
  }
}
