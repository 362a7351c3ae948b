import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CancelledError } from '../../../src/core/errors.js'
import type { Clock, HttpClient, HttpRequestOptions, HttpResponse } from '../../../src/core/ports.js'
import { NodeHttpClient } from '../../../src/runtime/http-client.js'
import {
  checkHealth,
  excerptOf,
  HealthCheckError,
  healthHint,
  judgeResponse,
  startAvailabilityProbe
} from '../../../src/steps/health-check/health-check.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

/** A clock whose sleeps pass at once and move time forward: waits are exact and instant. */
class FakeClock implements Clock {
  time = 1_000_000
  sleeps: number[] = []
  now(): number {
    return this.time
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new CancelledError()
    this.sleeps.push(ms)
    this.time += ms
    // A macrotask, so background loops driven by this clock let the test run too.
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** Answers from a script of responses (the last repeats); an Error entry is thrown. */
class ScriptedHttp implements HttpClient {
  readonly requests: Array<{ url: string; options?: HttpRequestOptions }> = []
  constructor(private readonly script: Array<Partial<HttpResponse> | Error>) {}
  async get(url: string, options?: HttpRequestOptions): Promise<HttpResponse> {
    this.requests.push({ url, options })
    const next = this.script.length > 1 ? this.script.shift() : this.script[0]
    if (next instanceof Error) throw next
    return { status: next?.status ?? 200, headers: {}, body: next?.body ?? '' }
  }
}

describe('judgeResponse', () => {
  it.each<[string, number, string, number[], string | undefined, string | undefined]>([
    ['expected status', 200, 'ok', [200], undefined, undefined],
    ['one of several', 204, '', [200, 204], undefined, undefined],
    ['wrong status', 500, 'x', [200], undefined, 'expected 200'],
    ['text present', 200, 'Healthy!', [200], 'Healthy', undefined],
    ['text missing', 200, 'Degraded', [200], 'Healthy', 'the body does not contain "Healthy"']
  ])('%s', (_name, status, body, expected, contains, reason) => {
    expect(judgeResponse({ status, body }, expected, contains)).toBe(reason)
  })
})

describe('excerptOf / healthHint', () => {
  it('turns an HTML error page into one short line', () => {
    const page =
      '<html><head><style>b{}</style></head><body>\n<h1>HTTP Error 500.30</h1>\n<p>ASP.NET Core app failed to start</p></body></html>'
    expect(excerptOf(page)).toBe('HTTP Error 500.30 ASP.NET Core app failed to start')
    expect(excerptOf('x'.repeat(400))).toHaveLength(301)
  })

  it.each<[number | undefined, string, RegExp | undefined]>([
    [500, 'HTTP Error 500.30 - ASP.NET Core app failed to start', /failed to start/],
    [
      500,
      'HTTP Error 500.31 - Failed to load ASP.NET Core runtime. framework not found',
      /runtime the app needs/
    ],
    [503, 'Site is offline for maintenance', /app_offline\.htm/],
    [503, '', /pool is stopped/],
    [undefined, 'connect ECONNREFUSED', /nothing answered/],
    [404, 'Not Found', undefined]
  ])('hint for %s %s (windows-facts §6: app_offline answers 503)', (status, body, hint) => {
    const found = healthHint(status, body)
    if (hint) expect(found).toMatch(hint)
    else expect(found).toBeUndefined()
  })
})

describe('checkHealth', () => {
  it('retries until the expected answer, backing off, with the Host header and TLS trust', async () => {
    // Arrange
    const httpFake = new ScriptedHttp([
      new Error('connect ECONNREFUSED'),
      { status: 503 },
      { status: 200, body: 'Healthy' }
    ])
    const clock = new FakeClock()
    const reporter = new MemoryReporter()
    // Act
    const result = await checkHealth(
      { http: httpFake, clock, reporter },
      {
        url: 'https://localhost/health',
        host: 'shop.example.com',
        allowUntrusted: true,
        contains: 'Healthy',
        timeoutMs: 60_000,
        initialDelayMs: 100
      }
    )
    // Assert
    expect(result).toMatchObject({ healthy: true, status: 200, attempts: 3, bodyExcerpt: 'Healthy' })
    expect(clock.sleeps).toEqual([100, 200])
    expect(httpFake.requests[0]?.options).toMatchObject({
      headers: { host: 'shop.example.com' },
      allowUntrusted: true
    })
  })

  it('fails after the timeout with the last status and body excerpt', async () => {
    const httpFake = new ScriptedHttp([
      { status: 500, body: '<h1>HTTP Error 500.30 - ASP.NET Core app failed to start</h1>' }
    ])
    const clock = new FakeClock()
    const error = await checkHealth(
      { http: httpFake, clock, reporter: new MemoryReporter() },
      { url: 'http://localhost/', timeoutMs: 10_000, initialDelayMs: 1000, maxDelayMs: 4000 }
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HealthCheckError)
    const failure = error as HealthCheckError
    expect(failure.result).toMatchObject({ healthy: false, status: 500, attempts: 5 })
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 3000])
    expect(failure.message).toMatch(
      /did not pass within 10 s \(5 attempts\); the last answer was HTTP 500 \(expected 200\): "HTTP Error 500\.30/
    )
    expect(failure.message).toMatch(/Likely cause: the app failed to start/)
  })

  it('says nothing answered when every attempt fails to connect', async () => {
    const error = (await checkHealth(
      {
        http: new ScriptedHttp([new Error('connect ECONNREFUSED 127.0.0.1:1')]),
        clock: new FakeClock(),
        reporter: new MemoryReporter()
      },
      { url: 'http://127.0.0.1:1/', timeoutMs: 1000 }
    ).catch((e: unknown) => e)) as HealthCheckError
    expect(error.result.status).toBeUndefined()
    expect(error.message).toMatch(/the last attempt failed: connect ECONNREFUSED.*nothing answered/)
  })

  it('masks secrets in the body excerpt', async () => {
    const reporter = new MemoryReporter()
    reporter.registerSecret('hunter2')
    const error = (await checkHealth(
      {
        http: new ScriptedHttp([{ status: 500, body: 'password=hunter2' }]),
        clock: new FakeClock(),
        reporter
      },
      { url: 'http://x/', timeoutMs: 100 }
    ).catch((e: unknown) => e)) as HealthCheckError
    expect(error.message).toContain('password=***')
    expect(error.message).not.toContain('hunter2')
  })

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      checkHealth(
        { http: new ScriptedHttp([{ status: 500 }]), clock: new FakeClock(), reporter: new MemoryReporter() },
        { url: 'http://x/', timeoutMs: 1000, signal: controller.signal }
      )
    ).rejects.toBeInstanceOf(CancelledError)
  })

  describe('against a real server on loopback', () => {
    let server: http.Server | undefined
    afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

    it('sends the Host header the site is bound to', async () => {
      // Arrange: answers 200 only for the bound host name, as an IIS site with a host binding does.
      server = http.createServer((req, res) => {
        res.statusCode = req.headers.host === 'shop.example.com' ? 200 : 404
        res.end(req.headers.host)
      })
      await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
      const port = (server.address() as AddressInfo).port
      const ports = { http: new NodeHttpClient(), clock: new FakeClock(), reporter: new MemoryReporter() }
      // Act / Assert
      await expect(
        checkHealth(ports, { url: `http://127.0.0.1:${port}/`, host: 'shop.example.com', timeoutMs: 1000 })
      ).resolves.toMatchObject({ healthy: true, bodyExcerpt: 'shop.example.com' })
      await expect(checkHealth(ports, { url: `http://127.0.0.1:${port}/`, timeoutMs: 100 })).rejects.toThrow(
        /HTTP 404/
      )
    })
  })
})

describe('startAvailabilityProbe', () => {
  it('adds up the time the app answered 503 or nothing', async () => {
    // Arrange: up, up, 503, refused, 503, up: offline from between samples 2 and 3 to between 5 and 6.
    const clock = new FakeClock()
    const httpFake = new ScriptedHttp([
      { status: 200 },
      { status: 200 },
      { status: 503 },
      new Error('ECONNREFUSED'),
      { status: 503 },
      { status: 200 }
    ])
    let calls = 0
    const http6: HttpClient = {
      get: async (url, options) => {
        calls++
        return httpFake.get(url, options)
      }
    }
    // Act
    const probe = startAvailabilityProbe(
      { http: http6, clock, reporter: new MemoryReporter() },
      { url: 'http://x/', intervalMs: 100 }
    )
    while (calls < 8) await new Promise((resolve) => setImmediate(resolve))
    const report = await probe.stop()
    // Assert: half of each edge gap (50 + 50) plus two full offline gaps (200) = 300 ms.
    expect(report.offlineMs).toBe(300)
    expect(report.offlineSamples).toBe(3)
  })
})
