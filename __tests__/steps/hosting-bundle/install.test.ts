// Scenarios of the hosting-bundle step on a fake machine: the fake reg/net/dotnet on PATH, release metadata and
// fake installers served over loopback HTTP, the real download path through @actions/tool-cache.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { InputError, ToolError } from '../../../src/core/errors.js'
import {
  HostingBundleInstallError,
  installHostingBundle,
  type InstallHostingBundleOptions
} from '../../../src/steps/hosting-bundle/install.js'
import {
  FakeMachine,
  KEYS,
  fakeInstallerScript,
  installerPath,
  portsFor,
  sha512,
  startMetadataServer,
  useFreshToolCache,
  type FakeInstallerConfig,
  type MetadataServer,
  type TestPorts
} from './support.js'

let server: MetadataServer
let machine: FakeMachine
let toolCache: ReturnType<typeof useFreshToolCache>
let ports: TestPorts

beforeAll(async () => {
  server = await startMetadataServer()
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  machine = new FakeMachine()
  toolCache = useFreshToolCache()
  ports = portsFor(machine)
  server.requests.length = 0
})
afterEach(() => {
  machine.dispose()
  toolCache.dispose()
})

async function serve(config: FakeInstallerConfig): Promise<string> {
  return server.serveInstaller(config.version, await fakeInstallerScript(config))
}

function run(options: Partial<InstallHostingBundleOptions> & { spec: string }) {
  return installHostingBundle(ports, { metadataUrl: server.indexUrl, ...options })
}

function appDir(runtimeOptions: object): string {
  const dir = path.join(machine.dir, 'publish')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'SampleApp.runtimeconfig.json'), JSON.stringify({ runtimeOptions }))
  return dir
}

const aspnetVersions = (m = machine) => Object.keys(m.registry()[KEYS.aspnetVersions()] ?? {})
const ancmInstalled = (m = machine) => m.registry()[KEYS.ancm]?.['Install']?.data === 1

describe('install', () => {
  it('resolves a channel, downloads, verifies, installs silently with a log, and restarts IIS (auto)', async () => {
    machine.withIis()
    await serve({ version: '8.0.29' })
    const result = await run({ spec: '8.0' })

    expect(result).toMatchObject({
      version: '8.0.29',
      action: 'install',
      installed: true,
      repaired: false,
      rebootRequired: false,
      restarted: true,
      dryRun: false
    })
    // §1.2: /install /quiet /norestart /log <file>, OPT_NO_ANCM=0 explicit.
    const calls = machine.installerCalls()
    expect(calls).toHaveLength(1)
    expect(calls[0]?.argv).toEqual([
      '/install',
      '/quiet',
      '/norestart',
      '/log',
      result.logPath,
      'OPT_NO_ANCM=0'
    ])
    expect(result.logPath).toMatch(/dotnet-hosting-8\.0\.29-install-.*\.log$/)
    expect(fs.readFileSync(result.logPath!, 'utf8')).toContain('i007: Exit code: 0x0, restarting: No')
    expect(aspnetVersions()).toEqual(['8.0.29'])
    expect(ancmInstalled()).toBe(true)
    expect(server.count(installerPath('8.0.29'))).toBe(1)
    // Cached by version in RUNNER_TOOL_CACHE; the temporary download is gone.
    expect(fs.existsSync(path.join(toolCache.cache, 'dotnet-hosting', '8.0.29'))).toBe(true)
    expect(fs.readdirSync(toolCache.temp)).toEqual([])
    // §1.4: net stop was /y, then net start w3svc, with a warning that every site restarts.
    expect(machine.services().events.map((e) => `${e.command} → ${e.result}`)).toEqual([
      'stop was /y → stopped',
      'start w3svc → started'
    ])
    expect(machine.services().services).toEqual({ was: 'running', w3svc: 'running' })
    expect(ports.reporter.warnings.join('\n')).toContain(
      'this restarts every site and application pool on this server'
    )
    expect(ports.reporter.messages('info').join('\n')).toContain(
      'Found: IIS 10.0; no ASP.NET Core Module V2; no Microsoft.AspNetCore.App.'
    )
  })

  it('a second run on another machine uses the tool cache: no second download', async () => {
    machine.withIis()
    await serve({ version: '8.0.29' })
    await run({ spec: '8.0' })
    expect(server.count(installerPath('8.0.29'))).toBe(1)

    const second = new FakeMachine().withIis()
    try {
      ports = portsFor(second)
      const result = await run({ spec: '8.0' })
      expect(result.installed).toBe(true)
      expect(server.count(installerPath('8.0.29'))).toBe(1)
      expect(aspnetVersions(second)).toEqual(['8.0.29'])
      expect(ports.reporter.messages('info').join('\n')).toMatch(
        /Using the cached installer .*dotnet-hosting-8\.0\.29-win\.exe \(SHA-512 verified\)/
      )
    } finally {
      second.dispose()
    }
  })

  it('a cached copy that no longer matches its SHA-512 is downloaded again', async () => {
    machine.withIis()
    await serve({ version: '8.0.29' })
    await run({ spec: '8.0' })
    const cached = path.join(toolCache.cache, 'dotnet-hosting', '8.0.29')
    const arch = fs.readdirSync(cached).find((name) => !name.endsWith('.complete'))!
    fs.appendFileSync(path.join(cached, arch, 'dotnet-hosting-8.0.29-win.exe'), '// tampered\n')

    const second = new FakeMachine().withIis()
    try {
      ports = portsFor(second)
      await run({ spec: '8.0' })
      expect(server.count(installerPath('8.0.29'))).toBe(2)
      expect(ports.reporter.warnings.join('\n')).toContain('downloading it again')
    } finally {
      second.dispose()
    }
  })

  it('verifies the SHA-512 before running anything: a mismatch deletes the file and names both hashes', async () => {
    machine.withIis()
    const body = await fakeInstallerScript({ version: '8.0.29' })
    const published = 'c0ffee'.repeat(21) + 'ee'
    server.serveInstaller('8.0.29', body, published)

    const error = await run({ spec: '8.0' }).then(
      () => undefined,
      (e: unknown) => e as ToolError
    )
    expect(error).toBeInstanceOf(ToolError)
    expect(error?.message).toContain(`expected SHA-512 ${published}, got ${sha512(body)}`)
    expect(error?.message).toContain('The file was deleted and nothing ran.')
    expect(machine.installerCalls()).toEqual([])
    expect(fs.readdirSync(toolCache.temp)).toEqual([])
    expect(fs.existsSync(path.join(toolCache.cache, 'dotnet-hosting'))).toBe(false)
    expect(machine.services().events).toEqual([])
  })

  it('3010 is success with reboot-required and a warning (exit code read from the Burn log: Linux keeps 8 bits)', async () => {
    machine.withIis()
    await serve({ version: '8.0.29', exitCode: 3010 })
    const result = await run({ spec: '8.0' })
    expect(result).toMatchObject({ installed: true, rebootRequired: true, restarted: true })
    expect(ports.reporter.warnings.join('\n')).toContain('needs a reboot to finish (reboot-required=true)')
    expect(ports.reporter.messages('info').join('\n')).toContain('exit 3010, ERROR_SUCCESS_REBOOT_REQUIRED')
  })

  it('a failure explains the code, shows the log tail, returns the log path, and restarts nothing', async () => {
    machine.withIis()
    await serve({ version: '8.0.29', exitCode: 1603, packageLog: true })
    const error = await run({ spec: '8.0' }).then(
      () => undefined,
      (e: unknown) => e as HostingBundleInstallError
    )
    expect(error).toBeInstanceOf(HostingBundleInstallError)
    expect(error?.exitCode).toBe(1603)
    expect(error?.tool).toBe('dotnet-hosting')
    expect(fs.existsSync(error!.logPath)).toBe(true)
    expect(error?.message).toContain(
      'failed with exit code 1603 (ERROR_INSTALL_FAILURE): fatal error during installation.'
    )
    expect(error?.message).toContain('Installer errors: Error 0x80070643: Failed to install MSI package.')
    expect(error?.message).toContain(`Log: ${error!.logPath}.`)
    expect(error?.message).toMatch(/Package logs: .*_001_AspNetCoreModuleV2_x64\.log/)
    expect(error?.message).toContain('Fix: Read the log')
    const tail = ports.reporter.messages('info').find((m) => m.startsWith('Last lines of'))
    expect(tail).toContain('i500: Shutting down, exit code: 0x643')
    expect(tail).not.toContain('i410: Variable')
    expect(aspnetVersions()).toEqual([])
    expect(machine.services().events).toEqual([])
  })
})

describe('skip when the need is met (nothing downloaded)', () => {
  it('an exact version already installed with ANCM: no metadata, no download, no restart', async () => {
    machine.withIis().withAspNetCore('8.0.11').withAncm()
    const result = await run({ spec: '8.0.11' })
    expect(result).toMatchObject({ version: '8.0.11', action: 'none', installed: false, restarted: false })
    expect(server.requests).toEqual([])
    expect(machine.installerCalls()).toEqual([])
    expect(machine.services().events).toEqual([])
    expect(ports.reporter.messages('info').join('\n')).toContain(
      'Nothing to install: Microsoft.AspNetCore.App 8.0.11 is there (8.0.11), and so is the ASP.NET Core Module V2.'
    )
  })

  it('auto reads the runtimeconfig and accepts a later patch of that channel (offline: no request at all)', async () => {
    machine.withIis().withAspNetCore('8.0.11').withAspNetCore('9.0.1').withAncm()
    const result = await run({
      spec: 'auto',
      appDir: appDir({ framework: { name: 'Microsoft.AspNetCore.App', version: '8.0.0' } })
    })
    expect(result).toMatchObject({ version: '8.0.11', action: 'none' })
    expect(server.requests).toEqual([])
    expect(ports.reporter.messages('info').join('\n')).toContain(
      'SampleApp.runtimeconfig.json: the app needs Microsoft.AspNetCore.App 8.0.0 or a later 8.0 patch.'
    )
  })

  it('latest asks the metadata, then finds it installed', async () => {
    machine.withIis().withAspNetCore('10.0.10').withAncm('20.0.26177.10')
    const result = await run({ spec: 'latest' })
    expect(result).toMatchObject({ version: '10.0.10', action: 'none' })
    expect(server.requests).toEqual([
      '/dotnet/release-metadata/releases-index.json',
      '/dotnet/release-metadata/10.0/releases.json'
    ])
  })

  it('auto installs the newest patch of the app channel when the server has none', async () => {
    machine.withIis().withAspNetCore('9.0.1')
    await serve({ version: '8.0.29' })
    const result = await run({
      spec: 'auto',
      appDir: appDir({ frameworks: [{ name: 'Microsoft.AspNetCore.App', version: '8.0.11' }] })
    })
    expect(result).toMatchObject({ version: '8.0.29', installed: true })
    expect(aspnetVersions()).toEqual(['9.0.1', '8.0.29'])
  })
})

describe('IIS before the bundle (windows-facts §1.4)', () => {
  it('without IIS the runtime installs, ANCM cannot, and nothing restarts; once IIS exists the next run repairs', async () => {
    await serve({ version: '8.0.11' })
    const first = await run({ spec: '8.0.11' })
    expect(first).toMatchObject({ installed: true, restarted: false })
    expect(aspnetVersions()).toEqual(['8.0.11'])
    expect(ancmInstalled()).toBe(false)
    expect(ports.reporter.warnings.join('\n')).toContain(
      'IIS is not installed, so the Hosting Bundle cannot install the ASP.NET Core Module'
    )

    machine.withIis()
    ports = portsFor(machine)
    const second = await run({ spec: '8.0.11' })
    expect(second).toMatchObject({
      version: '8.0.11',
      action: 'repair',
      repaired: true,
      installed: false,
      restarted: true
    })
    expect(machine.installerCalls().map((c) => c.argv[0])).toEqual(['/install', '/repair'])
    expect(machine.installerCalls()[1]?.argv).toEqual([
      '/repair',
      '/quiet',
      '/norestart',
      '/log',
      second.logPath,
      'OPT_NO_ANCM=0'
    ])
    expect(ancmInstalled()).toBe(true)
    expect(
      fs.existsSync(path.join(machine.programFiles, 'IIS', 'Asp.Net Core Module', 'V2', 'aspnetcorev2.dll'))
    ).toBe(true)
    expect(ports.reporter.messages('info').join('\n')).toContain(
      'the bundle was installed before IIS. Repairing it.'
    )
    // Downloaded once: the repair used the cached installer.
    expect(server.count(installerPath('8.0.11'))).toBe(1)
  })

  it('OPT_NO_ANCM=1 means ANCM is not wanted: no endless repairs', async () => {
    machine.withIis().withAspNetCore('8.0.11')
    const result = await run({ spec: '8.0.11', args: 'OPT_NO_ANCM=1' })
    expect(result.action).toBe('none')
    expect(server.requests).toEqual([])
  })

  it('a self-contained app needs only ANCM: installed with OPT_NO_RUNTIME=1 OPT_NO_SHAREDFX=1', async () => {
    machine.withIis()
    await serve({ version: '8.0.29' })
    const result = await run({
      spec: 'auto',
      appDir: appDir({ includedFrameworks: [{ name: 'Microsoft.AspNetCore.App', version: '8.0.11' }] })
    })
    expect(result).toMatchObject({ version: '8.0.29', action: 'install', installed: true })
    expect(machine.installerCalls()[0]?.argv.slice(5)).toEqual([
      'OPT_NO_ANCM=0',
      'OPT_NO_RUNTIME=1',
      'OPT_NO_SHAREDFX=1'
    ])
    expect(ancmInstalled()).toBe(true)
    expect(aspnetVersions()).toEqual([])
  })
})

describe('restart-iis', () => {
  it('never: changes are left to the user with a notice', async () => {
    machine.withIis()
    await serve({ version: '8.0.29' })
    const result = await run({ spec: '8.0', restartIis: 'never' })
    expect(result).toMatchObject({ installed: true, restarted: false })
    expect(machine.services().events).toEqual([])
    expect(ports.reporter.messages('notice').join('\n')).toContain(
      'run `net stop was /y` and `net start w3svc`'
    )
  })

  it('auto: nothing changed, nothing restarted', async () => {
    machine.withIis().withAspNetCore('8.0.11').withAncm()
    const result = await run({ spec: '8.0.11', restartIis: 'auto' })
    expect(result.restarted).toBe(false)
    expect(machine.services().events).toEqual([])
  })

  it('always: restarts even when nothing changed', async () => {
    machine.withIis().withAspNetCore('8.0.11').withAncm()
    const result = await run({ spec: '8.0.11', restartIis: 'always' })
    expect(result).toMatchObject({ action: 'none', restarted: true })
    expect(machine.services().events.map((e) => e.command)).toEqual(['stop was /y', 'start w3svc'])
  })

  it('a failing net start is an error naming net and its output', async () => {
    machine.withIis().withAspNetCore('8.0.11').withAncm()
    machine.writeServices({
      services: { was: 'running', w3svc: 'running' },
      failures: {
        'start w3svc':
          'System error 1068 has occurred.\r\n\r\nThe dependency service or group failed to start.'
      },
      events: []
    })
    const error = await run({ spec: '8.0.11', restartIis: 'always' }).then(
      () => undefined,
      (e: unknown) => e as ToolError
    )
    expect(error).toBeInstanceOf(ToolError)
    expect(error?.tool).toBe('net')
    expect(error?.exitCode).toBe(2)
    expect(error?.message).toContain(
      'net start w3svc failed (exit 2): System error 1068 has occurred. The dependency service or group failed to start.'
    )
  })
})

describe('inputs and modes', () => {
  it('refuses hosting-bundle-args outside OPT_NO_*=0|1 before anything runs', async () => {
    machine.withIis()
    const error = await run({ spec: '8.0', args: 'OPT_NO_X86=1 /passive' }).then(
      () => undefined,
      (e: unknown) => e as InputError
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error?.input).toBe('hosting-bundle-args')
    expect(error?.message).toContain("'/passive'")
    expect(error?.message).toContain(
      'OPT_NO_ANCM=0|1, OPT_NO_RUNTIME=0|1, OPT_NO_SHAREDFX=0|1, OPT_NO_X86=0|1, OPT_NO_SHARED_CONFIG_CHECK=0|1'
    )
    expect(server.requests).toEqual([])
    expect(ports.runner.calls).toEqual([])
  })

  it('passes validated OPT_NO_* properties to the installer', async () => {
    machine.withIis()
    await serve({ version: '8.0.29' })
    await run({ spec: '8.0', args: ['OPT_NO_X86=1', 'OPT_NO_SHARED_CONFIG_CHECK=1'] })
    expect(machine.installerCalls()[0]?.argv.slice(5)).toEqual([
      'OPT_NO_X86=1',
      'OPT_NO_SHARED_CONFIG_CHECK=1',
      'OPT_NO_ANCM=0'
    ])
    expect(Object.keys(machine.registry()[KEYS.aspnetVersions('x86')] ?? {})).toEqual([])
  })

  it('a mirror (url + sha512) skips the metadata', async () => {
    machine.withIis()
    const body = await fakeInstallerScript({ version: '8.0.11' })
    server.override('/mirror/dotnet-hosting-8.0.11-win.exe', 200, body)
    const result = await run({
      spec: '8.0.11',
      url: `${server.baseUrl}/mirror/dotnet-hosting-8.0.11-win.exe`,
      sha512: sha512(body)
    })
    expect(result).toMatchObject({ version: '8.0.11', installed: true })
    expect(server.requests).toEqual(['/mirror/dotnet-hosting-8.0.11-win.exe'])
  })

  it('verifies after installing: a framework still not listed is a warning', async () => {
    machine.withIis()
    await serve({ version: '8.0.29' })
    const result = await run({ spec: '8.0', args: 'OPT_NO_SHAREDFX=1' })
    expect(result.installed).toBe(true)
    expect(ports.reporter.warnings.join('\n')).toContain(
      'The installer succeeded but Microsoft.AspNetCore.App 8.0.29 is not listed yet (registry, dotnet --list-runtimes)'
    )
  })

  it("a mirror's credentials never reach the log or the error", async () => {
    machine.withIis()
    const url = `${server.baseUrl.replace('http://', 'http://deploy:hunter2-token@')}/private/dotnet-hosting-8.0.11-win.exe`
    const error = await run({ spec: '8.0.11', url, sha512: 'ab'.repeat(64) }).then(
      () => undefined,
      (e: unknown) => e as ToolError
    )
    expect(error).toBeInstanceOf(ToolError)
    expect(error?.message).toContain('Could not download the Hosting Bundle 8.0.11 from http://***@127.0.0.1')
    expect(error?.message).toContain('HTTP 404')
    expect(error?.message).not.toContain('hunter2')
    expect(ports.reporter.text()).not.toContain('hunter2')
    expect(ports.reporter.text()).toContain('Downloading http://***@127.0.0.1')
  })

  it('dry run resolves and detects, then changes nothing', async () => {
    machine.withIis()
    await serve({ version: '8.0.29' })
    const result = await run({ spec: '8.0', dryRun: true })
    expect(result).toMatchObject({ version: '8.0.29', action: 'install', installed: false, dryRun: true })
    expect(server.count(installerPath('8.0.29'))).toBe(0)
    expect(machine.installerCalls()).toEqual([])
    expect(machine.services().events).toEqual([])
    expect(ports.reporter.messages('info').join('\n')).toContain(
      'Dry run: would install the Hosting Bundle 8.0.29 from'
    )
  })

  it('none does nothing at all', async () => {
    const result = await run({ spec: 'none' })
    expect(result).toMatchObject({ action: 'none', installed: false, restarted: false })
    expect(ports.runner.calls).toEqual([])
  })

  it('auto without an app folder is an input error', async () => {
    await expect(run({ spec: 'auto' })).rejects.toThrow(/auto, but there is no app folder/)
  })
})
