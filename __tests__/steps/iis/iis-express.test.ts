import { describe, expect, it } from 'vitest'
import {
  buildIisExpressArgs,
  findFreePort,
  iisExpressUrl,
  parseIisExpressOutput,
  runIisExpressSmokeTest
} from '../../../src/steps/iis/iis-express.js'
import { ToolError, TimeoutError } from '../../../src/core/errors.js'
import type { HttpClient, LaunchedProcess, ProcessLauncher } from '../../../src/core/ports.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'
import { instantClock } from './helpers.js'

const RUNNING = [
  "Copied template config file 'C:\\Program Files\\IIS Express\\AppServer\\applicationhost.config' to 'C:\\Temp\\iisexpress\\applicationhost.config'",
  "Updated configuration file 'C:\\Temp\\iisexpress\\applicationhost.config' with given cmd line info.",
  'Starting IIS Express ...',
  'Successfully registered URL "http://localhost:8080/" for site "Development Web Site" application "/"',
  'Registration completed',
  'IIS Express is running.',
  "Enter 'Q' to stop IIS Express"
].join('\r\n')

const PORT_IN_USE = [
  'Starting IIS Express ...',
  'Failed to register URL "http://localhost:8080/" for site "Development Web Site" application "/". Error description: The process cannot access the file because it is being used by another process. (0x80070020)',
  'Registration completed',
  'Unable to start iisexpress.',
  '',
  'The process cannot access the file because it is being used by another process.'
].join('\r\n')

describe('IIS Express command line and output (seed "IIS Express Overview")', () => {
  it.each([
    [
      { physicalPath: 'C:\\pub lish', port: 8080 },
      ['/path:C:\\pub lish', '/port:8080', '/systray:false'],
      'http://localhost:8080/'
    ],
    [
      { configFile: 'C:\\cfg\\applicationhost.config', site: 'My Site', url: 'http://localhost:5000/' },
      ['/config:C:\\cfg\\applicationhost.config', '/site:My Site', '/systray:false'],
      'http://localhost:5000/'
    ]
  ])('%j', (site, args, url) => {
    expect(buildIisExpressArgs(site)).toEqual(args)
    expect(iisExpressUrl(site)).toBe(url)
  })

  it.each([
    [RUNNING, { running: true, urls: ['http://localhost:8080/'] }],
    [
      PORT_IN_USE,
      { running: false, urls: [], error: expect.stringMatching(/^Failed to register URL .*0x80070020\)$/) }
    ],
    [
      'Unable to start iisexpress.\r\n\r\nCannot create a file when that file already exists.\r\n',
      { running: false, urls: [], error: 'Cannot create a file when that file already exists.' }
    ],
    ['Starting IIS Express ...', { running: false, urls: [] }]
  ])('parseIisExpressOutput %#', (text, status) => {
    expect(parseIisExpressOutput(text)).toEqual(status)
  })

  it('finds a free port', async () => {
    const port = await findFreePort()
    expect(port).toBeGreaterThan(0)
    expect(port).toBeLessThan(65536)
  })
})

/** A launched process scripted by the test. */
class ScriptedProcess implements LaunchedProcess {
  pid = 4321
  text = ''
  writes: string[] = []
  killed = false
  private resolveExit: (code: number | null) => void = () => {}
  exited = new Promise<number | null>((resolve) => (this.resolveExit = resolve))
  constructor(private readonly stopsOnQ: boolean) {}
  output = () => this.text
  spawnError = () => undefined
  write(text: string) {
    this.writes.push(text)
    if (this.stopsOnQ && text.startsWith('Q')) this.exit(0)
  }
  async killTree() {
    this.killed = true
    this.exit(null)
    await this.exited
  }
  exit(code: number | null) {
    this.resolveExit(code)
  }
}

function setup(
  options: { stopsOnQ?: boolean; output?: string; answersAfter?: number; exitEarly?: number } = {}
) {
  const child = new ScriptedProcess(options.stopsOnQ ?? true)
  child.text = options.output ?? RUNNING
  if (options.exitEarly !== undefined) child.exit(options.exitEarly)
  const launches: string[][] = []
  const launcher: ProcessLauncher = {
    launch: (_tool, args) => {
      launches.push([...args])
      return child
    }
  }
  let gets = 0
  const http: HttpClient = {
    get: async () => {
      if (++gets <= (options.answersAfter ?? 0)) throw new Error('connect ECONNREFUSED')
      return { status: 200, headers: {}, body: 'Healthy' }
    }
  }
  const reporter = new MemoryReporter()
  const base = {
    launcher,
    iisExpressPath: 'iisexpress',
    http,
    reporter,
    clock: instantClock(),
    physicalPath: 'C:\\pub',
    port: 8080
  }
  return { child, launches, base, reporter, gets: () => gets }
}

describe('runIisExpressSmokeTest', () => {
  it('launches, waits until it answers, runs the health check, and ends it with Q', async () => {
    const { child, launches, base, gets } = setup({ answersAfter: 2 })
    const checked: string[] = []
    const result = await runIisExpressSmokeTest({
      ...base,
      healthCheck: async (url) => void checked.push(url)
    })
    expect(launches).toEqual([['/path:C:\\pub', '/port:8080', '/systray:false']])
    expect(gets()).toBe(3)
    expect(checked).toEqual(['http://localhost:8080/'])
    expect(result).toMatchObject({ url: 'http://localhost:8080/', pid: 4321, kept: false })
    expect(child.writes).toEqual(['Q\n'])
    expect(child.killed).toBe(false)
  })

  it('kills the tree when Q does not stop it (no orphan)', async () => {
    const { child, base, reporter } = setup({ stopsOnQ: false })
    await runIisExpressSmokeTest(base)
    expect(child.killed).toBe(true)
    expect(reporter.messages('info').join('\n')).toMatch(/did not stop on Q: its process tree was ended/)
  })

  it('keeps it running when asked and all went well', async () => {
    const { child, base } = setup()
    const result = await runIisExpressSmokeTest({ ...base, keepRunning: true })
    expect(result.kept).toBe(true)
    expect(result.logFile).toMatch(/iisexpress.*\.log$/)
    expect(child.writes).toEqual([])
    await child.killTree()
  })

  it('ends it when the health check fails, even with keepRunning, and the failure propagates', async () => {
    const { child, base } = setup()
    await expect(
      runIisExpressSmokeTest({
        ...base,
        keepRunning: true,
        healthCheck: async () => {
          throw new Error('health check: expected 200, got 500.30')
        }
      })
    ).rejects.toThrow(/500.30/)
    expect(child.writes).toEqual(['Q\n'])
  })

  it('fails fast, with the fix, when IIS Express cannot register its URL', async () => {
    const { base } = setup({ output: PORT_IN_USE, exitEarly: 1 })
    const error = (await runIisExpressSmokeTest(base).catch((e: unknown) => e)) as ToolError
    expect(error).toBeInstanceOf(ToolError)
    expect(error.message).toMatch(/did not start: Failed to register URL/)
    expect(error.fix).toMatch(/port is in use/)
  })

  it('times out when it never answers, and ends it', async () => {
    const { child, base } = setup({ answersAfter: Number.POSITIVE_INFINITY, stopsOnQ: false })
    const error = await runIisExpressSmokeTest({ ...base, startTimeoutMs: 3000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as Error).message).toMatch(
      /did not answer on http:\/\/localhost:8080\/ within 3 s.*ECONNREFUSED.*IIS Express is running/s
    )
    expect(child.killed).toBe(true)
  })

  it('ends it on cancellation', async () => {
    const { child, base } = setup({ answersAfter: Number.POSITIVE_INFINITY })
    const controller = new AbortController()
    controller.abort()
    await expect(runIisExpressSmokeTest({ ...base, signal: controller.signal })).rejects.toThrow(/Cancelled/)
    expect(child.writes).toEqual(['Q\n'])
  })
})
