// Test support for the hosting-bundle step: a loopback HTTP server with the release-metadata fixtures and fake
// installers, and a fake machine (registry, services, Program Files) driven by the fake reg/net/dotnet tools.

import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CommandRunner, Ports } from '../../../src/core/ports.js'
import { ActionsToolCache } from '../../../src/adapters/shared/tool-cache.js'
import { systemClock } from '../../../src/runtime/clock.js'
import { NodeHttpClient } from '../../../src/runtime/http-client.js'
import { ProcessRunner } from '../../../src/runtime/process-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..')
export const FIXTURES = path.join(ROOT, '__tests__', 'fixtures', 'release-metadata')
export const FAKE_BIN = path.join(ROOT, 'test-support', 'fakes', 'bin')
const MICROSOFT = 'https://builds.dotnet.microsoft.com'

export interface FakeInstallerConfig {
  version: string
  runtimeVersion?: string
  ancmVersion?: string
  exitCode?: number
  packageLog?: boolean
}

interface InstallerLib {
  fakeInstallerScript(config: FakeInstallerConfig): string
}

/** The served body of a fake dotnet-hosting-<version>-win.exe. */
export async function fakeInstallerScript(config: FakeInstallerConfig): Promise<string> {
  const lib = (await import(
    pathToFileURL(path.join(ROOT, 'test-support', 'fakes', 'lib', 'hosting-installer.mjs')).href
  )) as InstallerLib
  return lib.fakeInstallerScript(config)
}

export function sha512(text: string): string {
  return createHash('sha512').update(text).digest('hex')
}

export interface MetadataServer {
  baseUrl: string
  /** releases-index.json on this server. */
  indexUrl: string
  /** Every request path, in order. */
  requests: string[]
  count(pathname: string): number
  /** Serves `body` as the bundle of `version`; the metadata then carries its real SHA-512 (unless `hash` is given). */
  serveInstaller(version: string, body: string, hash?: string): string
  /** Answers `pathname` with this instead of the fixture. */
  override(pathname: string, status: number, body: string): void
  /** Serves the fixture again. */
  restore(pathname: string): void
  close(): Promise<void>
}

export function installerPath(version: string): string {
  return `/dotnet/aspnetcore/Runtime/${version}/dotnet-hosting-${version}-win.exe`
}

/** Serves the fixtures as builds.dotnet.microsoft.com would, on 127.0.0.1 (listen(0)). */
export async function startMetadataServer(): Promise<MetadataServer> {
  const requests: string[] = []
  const installers = new Map<string, { body: string; hash: string }>()
  const overrides = new Map<string, { status: number; body: string }>()
  let baseUrl = ''
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname
    requests.push(pathname)
    const send = (status: number, body: string, type = 'application/json'): void => {
      response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
      response.end(body)
    }
    const override = overrides.get(pathname)
    if (override) return send(override.status, override.body)
    const installer = /^\/dotnet\/aspnetcore\/Runtime\/([^/]+)\/dotnet-hosting-[^/]+-win\.exe$/.exec(pathname)
    if (installer) {
      const served = installers.get(installer[1] as string)
      return served
        ? send(200, served.body, 'application/octet-stream')
        : send(404, 'not found', 'text/plain')
    }
    const metadata = /^\/dotnet\/release-metadata\/(.+\.json)$/.exec(pathname)
    const file = metadata ? path.join(FIXTURES, metadata[1] as string) : undefined
    if (!file || !fs.existsSync(file)) return send(404, 'not found', 'text/plain')
    let text = fs.readFileSync(file, 'utf8').split(MICROSOFT).join(baseUrl)
    if (installers.size > 0 && pathname.endsWith('/releases.json')) {
      // Point the hash of each served installer at what is really served.
      const json = JSON.parse(text) as {
        releases: Array<{
          'aspnetcore-runtime': { version: string; files: Array<{ name: string; hash: string }> } | null
        }>
      }
      for (const release of json.releases) {
        const aspnet = release['aspnetcore-runtime']
        const served = aspnet ? installers.get(aspnet.version) : undefined
        const file = aspnet?.files.find((f) => f.name === 'dotnet-hosting-win.exe')
        if (served && file) file.hash = served.hash
      }
      text = JSON.stringify(json, null, 2)
    }
    send(200, text)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    baseUrl,
    indexUrl: `${baseUrl}/dotnet/release-metadata/releases-index.json`,
    requests,
    count: (pathname) => requests.filter((r) => r === pathname).length,
    serveInstaller(version, body, hash) {
      installers.set(version, { body, hash: hash ?? sha512(body) })
      return `${baseUrl}${installerPath(version)}`
    },
    override(pathname, status, body) {
      overrides.set(pathname, { status, body })
    },
    restore(pathname) {
      overrides.delete(pathname)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

type RegValue = { type: string; data: string | number | string[] }

export const KEYS = {
  components: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components',
  inetStp: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp',
  ancm: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2',
  aspnetVersions: (arch = 'x64') =>
    `HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\${arch}\\sharedfx\\Microsoft.AspNetCore.App`
}

/** A fake Windows machine on disk: registry, services, Program Files, installer call log. */
export class FakeMachine {
  readonly dir: string
  readonly registryFile: string
  readonly servicesFile: string
  readonly callsFile: string
  readonly programFiles: string

  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-hb-'))
    this.registryFile = path.join(this.dir, 'registry.json')
    this.servicesFile = path.join(this.dir, 'services.json')
    this.callsFile = path.join(this.dir, 'installer-calls.jsonl')
    this.programFiles = path.join(this.dir, 'Program Files')
    fs.mkdirSync(this.programFiles)
    fs.writeFileSync(this.registryFile, '{}')
    fs.writeFileSync(this.servicesFile, JSON.stringify({ services: {}, events: [] }))
  }

  registry(): Record<string, Record<string, RegValue>> {
    return JSON.parse(fs.readFileSync(this.registryFile, 'utf8')) as Record<string, Record<string, RegValue>>
  }

  setValue(key: string, name: string, type: string, data: RegValue['data']): this {
    const registry = this.registry()
    registry[key] = { ...registry[key], [name]: { type, data } }
    fs.writeFileSync(this.registryFile, JSON.stringify(registry, null, 2))
    return this
  }

  /** IIS 10 with the Web Server core (the bundle's ANCM condition, §1.4), W3SVC and WAS running. */
  withIis(): this {
    this.setValue(KEYS.inetStp, 'MajorVersion', 'REG_DWORD', 10).setValue(
      KEYS.inetStp,
      'MinorVersion',
      'REG_DWORD',
      0
    )
    this.setValue(KEYS.components, 'CoreWebEngine', 'REG_DWORD', 1).setValue(
      KEYS.components,
      'W3SVC',
      'REG_DWORD',
      1
    )
    this.writeServices({ services: { was: 'running', w3svc: 'running' }, events: [] })
    return this
  }

  withAspNetCore(version: string): this {
    return this.setValue(KEYS.aspnetVersions(), version, 'REG_DWORD', 1)
  }

  withAncm(version = '18.0.24295.11'): this {
    this.setValue(KEYS.ancm, 'Install', 'REG_DWORD', 1).setValue(KEYS.ancm, 'Version', 'REG_SZ', version)
    const dll = path.join(this.programFiles, 'IIS', 'Asp.Net Core Module', 'V2', 'aspnetcorev2.dll')
    fs.mkdirSync(path.dirname(dll), { recursive: true })
    fs.writeFileSync(dll, 'fake')
    return this
  }

  writeServices(state: {
    services: Record<string, string>
    failures?: Record<string, string>
    events: unknown[]
  }): void {
    fs.writeFileSync(this.servicesFile, JSON.stringify(state, null, 2))
  }

  services(): { services: Record<string, string>; events: Array<{ command: string; result: string }> } {
    return JSON.parse(fs.readFileSync(this.servicesFile, 'utf8')) as {
      services: Record<string, string>
      events: Array<{ command: string; result: string }>
    }
  }

  installerCalls(): Array<{ version: string; argv: string[]; exitCode: number }> {
    if (!fs.existsSync(this.callsFile)) return []
    return fs
      .readFileSync(this.callsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { version: string; argv: string[]; exitCode: number })
  }

  /** What the fake tools (and the installer they spawn) read from their environment. */
  get toolEnv(): Record<string, string> {
    return {
      FAKE_REGISTRY: this.registryFile,
      FAKE_SERVICES: this.servicesFile,
      FAKE_INSTALLER_CALLS: this.callsFile,
      ProgramFiles: this.programFiles
    }
  }

  /** The ports' env: the fake tools first on PATH, Program Files, a temp folder for logs. */
  get env(): Record<string, string> {
    return {
      PATH: `${FAKE_BIN}${path.delimiter}${process.env['PATH'] ?? ''}`,
      ProgramFiles: this.programFiles,
      RUNNER_TEMP: path.join(this.dir, 'temp')
    }
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}

/** A real ProcessRunner whose children also get `env` (the fakes find their state through it); records calls. */
export function runnerWithEnv(env: Record<string, string>): CommandRunner & { calls: string[] } {
  const runner = new ProcessRunner()
  const calls: string[] = []
  return {
    calls,
    run: (tool, args, options = {}) => {
      calls.push([path.basename(tool), ...args].join(' '))
      return runner.run(tool, args, { ...options, env: { ...env, ...options.env } })
    }
  }
}

export type TestPorts = Ports & { reporter: MemoryReporter; runner: CommandRunner & { calls: string[] } }

/** Real ports over the fake machine: processes, HTTP, @actions/tool-cache (RUNNER_TEMP/RUNNER_TOOL_CACHE set). */
export function portsFor(machine: FakeMachine, reporter = new MemoryReporter()): TestPorts {
  return {
    runner: runnerWithEnv(machine.toolEnv),
    reporter,
    http: new NodeHttpClient(),
    toolCache: new ActionsToolCache(),
    clock: systemClock,
    env: machine.env,
    platform: process.platform
  }
}

/** Points @actions/tool-cache at fresh folders (it reads process.env on each call). */
export function useFreshToolCache(): { temp: string; cache: string; dispose(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-tc-'))
  const temp = path.join(root, 'temp')
  const cache = path.join(root, 'cache')
  process.env['RUNNER_TEMP'] = temp
  process.env['RUNNER_TOOL_CACHE'] = cache
  return { temp, cache, dispose: () => fs.rmSync(root, { recursive: true, force: true }) }
}
