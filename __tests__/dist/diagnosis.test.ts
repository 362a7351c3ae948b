// dist/index.js against the fake IIS: a deploy whose new version does not start explains itself (issue 14). One
// scenario per error page and per active check: the summary's "Why it failed" block names the cause, quotes the
// evidence (the page's numbers, the module's or runtime's event, the log line) and gives the fix; the `diagnosis`
// output carries the same as JSON. The fakes write the events and logs IIS would (test-support/fakes/README.md).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeAppSpec, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runnerFolders, secretForms, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-diagnosis-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  delete process.env.FAKE_REGISTRY
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

const SAMPLE_WEB_CONFIG = (aspNetCore: string, extra = '', modules = 'AspNetCoreModuleV2'): string =>
  `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <location path="." inheritInChildApplications="false">
    <system.webServer>
      <handlers>
        <add name="aspNetCore" path="*" verb="*" modules="${modules}" resourceType="Unspecified" />
      </handlers>
      <aspNetCore ${aspNetCore} />${extra}
    </system.webServer>
  </location>
</configuration>
`
const IN_PROCESS = 'processPath="dotnet" arguments=".\\SampleApp.dll" hostingModel="inprocess"'

/** A PE header stub: `MZ`, e_lfanew at 0x3c, `PE\0\0`, then the machine type (0x14c = x86). */
function peImage(machine: number, fakeApp: FakeAppSpec): Buffer {
  const head = Buffer.alloc(0x100)
  head.write('MZ', 0, 'latin1')
  head.writeUInt32LE(0x80, 0x3c)
  head.write('PE\0\0', 0x80, 'latin1')
  head.writeUInt16LE(machine, 0x84)
  return Buffer.concat([head, Buffer.from(`\nFAKEAPP ${JSON.stringify({ name: 'SampleApp', ...fakeApp })}\n`)])
}

/** A fake registry with these Microsoft.AspNetCore.App versions installed (and the module). */
function registryWith(versions: string[]): string {
  const file = path.join(root, 'registry.json')
  const sharedfx = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\x64\\sharedfx'
  fs.writeFileSync(
    file,
    JSON.stringify({
      [`${sharedfx}\\Microsoft.AspNetCore.App`]: Object.fromEntries(versions.map((v) => [v, { type: 'REG_DWORD', data: 1 }])),
      [`${sharedfx}\\Microsoft.NETCore.App`]: Object.fromEntries(versions.map((v) => [v, { type: 'REG_DWORD', data: 1 }])),
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2': {
        Version: { type: 'REG_SZ', data: '19.0.25277.0' }
      }
    })
  )
  return file
}

interface Scenario {
  /** The published app (FAKEAPP line) and what else to change in the publish folder. */
  app?: FakeAppSpec
  arrange?: (dir: string, site: SiteHandle) => Promise<Partial<Record<string, string>> | void> | Partial<Record<string, string>> | void
  inputs?: Record<string, string>
  env?: (fake: FakeIis) => NodeJS.ProcessEnv
  /** Microsoft.AspNetCore.App versions in a fake registry (FAKE_REGISTRY, also for the fake's own processes). */
  runtimes?: string[]
  healthPath?: string
  /** The site to deploy (default: Default Web Site). */
  site?: (fake: FakeIis) => Promise<SiteHandle>
  rule: string
  cause: RegExp
  evidence: RegExp[]
  fix: RegExp
}

const SECRET = 'S3cr3t-Diag-9f2Kq'

const SCENARIOS: Array<[string, Scenario]> = [
  [
    '500.30: an exception at start-up, quoted from the module event (the secret the app printed masked)',
    {
      app: {
        startupException: `System.InvalidOperationException: Cannot open database "Shop" requested by the login (Password=${SECRET}).`,
        stdout: [`Starting with connection string Server=db01;Password=${SECRET}`]
      },
      inputs: { 'secret-environment-variables': `Shop__DbPassword=${SECRET}` },
      rule: '500.30-exception',
      cause: /500\.30: the app threw `System\.InvalidOperationException: Cannot open database "Shop"/,
      evidence: [/HTTP Error 500\.30/, /IIS AspNetCore Module V2 event 1018/],
      fix: /fix the start-up error/
    }
  ],
  [
    '500.30: Program.Main returned early, with the stdout log read',
    {
      app: { exitCode: 3, stdout: ['Missing configuration key Shop:Currency'] },
      arrange: (dir) => {
        fs.writeFileSync(path.join(dir, 'web.config'), SAMPLE_WEB_CONFIG(`${IN_PROCESS} stdoutLogEnabled="true" stdoutLogFile=".\\logs\\stdout"`))
      },
      rule: '500.30-no-exception',
      cause: /500\.30: the app failed to start: Program\.Main returned exit code 3/,
      evidence: [/event 1035/, /Missing configuration key Shop:Currency/],
      fix: /stdoutLogEnabled|dotnet <app>\.dll/
    }
  ],
  [
    '500.31 and the runtime check: the app needs 10.0, the server has 8.0',
    {
      runtimes: ['8.0.11'],
      rule: '500.31-runtime-missing',
      cause: /500\.31: the app needs Microsoft\.AspNetCore\.App 10\.0\.x and the server has 8\.0\.x/,
      evidence: [/HTTP Error 500\.31/, /event 1027: "Unable to locate application dependencies/],
      fix: /hosting-bundle: auto/
    }
  ],
  [
    '500.32 and the bitness check: an x86 self-contained app in a 64-bit pool',
    {
      arrange: (dir) => {
        fs.writeFileSync(path.join(dir, 'SampleApp.exe'), peImage(0x14c, { version: '2.0.0' }))
        fs.writeFileSync(path.join(dir, 'web.config'), SAMPLE_WEB_CONFIG('processPath=".\\SampleApp.exe" arguments="" hostingModel="inprocess"'))
      },
      rule: '500.32-bitness',
      cause: /500\.32: the app is a 32-bit image and the pool 'DefaultAppPool' runs 64-bit workers/,
      evidence: [/HTTP Error 500\.32/, /bitness mismatch/],
      fix: /enable32BitAppOnWin64 to true/
    }
  ],
  [
    '500.35 and the shared-pool check: two in-process apps in one pool',
    {
      site: (fake) => {
        fake.update((state) => {
          state.oneInProcessAppPerPool = true
        })
        return fake.addSite({ name: 'Shop' })
      },
      rule: '500.34-500.35-shared-pool',
      cause: /500\.35: two in-process apps share one app pool.*Default Web Site\/ in-process/,
      evidence: [/HTTP Error 500\.35/, /event 1008: "Only one in-process application is allowed per IIS application pool/],
      fix: /its own app pool/
    }
  ],
  [
    '500.34: an out-of-process app in the pool of an in-process one (mixed hosting models)',
    {
      site: (fake) => {
        fake.update((state) => {
          state.oneInProcessAppPerPool = true
        })
        return fake.addSite({ name: 'Shop' })
      },
      arrange: (dir) => {
        fs.writeFileSync(path.join(dir, 'web.config'), SAMPLE_WEB_CONFIG('processPath="dotnet" arguments=".\\SampleApp.dll" hostingModel="outofprocess"'))
      },
      rule: '500.34-500.35-shared-pool',
      cause: /500\.34: apps with different hosting models share one worker process/,
      evidence: [/HTTP Error 500\.34/, /event 1009: "Mixed hosting model is not supported/],
      fix: /its own app pool/
    }
  ],
  [
    '500.21: the ASP.NET Core Module is not installed in IIS',
    {
      app: { stdout: [`Connecting with Password=${SECRET}`] },
      site: (fake) => {
        fake.update((state) => {
          state.ancmNotInstalled = true
        })
        return Promise.resolve(fake.defaultSite as SiteHandle)
      },
      inputs: { 'secret-environment-variables': `Shop__DbPassword=${SECRET}` },
      rule: '500.21-module-missing',
      cause: /500\.21: web\.config uses the AspNetCoreModuleV2 handler, but that module is not installed in IIS/,
      evidence: [/HTTP Error 500\.21/, /IIS: Error Code 0x8007000d/],
      fix: /install the \.NET Hosting Bundle \(set `hosting-bundle: auto`\)/
    }
  ],
  [
    '500.37: start-up longer than startupTimeLimit',
    {
      app: { startupMs: 1500 },
      arrange: (dir) => {
        fs.writeFileSync(path.join(dir, 'web.config'), SAMPLE_WEB_CONFIG(`${IN_PROCESS} startupTimeLimit="1"`))
      },
      rule: '500.37-startup-time-limit',
      cause: /500\.37: the app did not finish starting within its startupTimeLimit \(1000 ms\)/,
      evidence: [/HTTP Error 500\.37/, /Managed server didn't initialize after 1000 ms/],
      fix: /startupTimeLimit/
    }
  ],
  [
    '500.38 and the single-file check: SampleApp.exe without SampleApp.dll',
    {
      arrange: (dir) => {
        // The live folder has SampleApp.dll from the previous deploy: only delete-extra removes it.
        fs.renameSync(path.join(dir, 'SampleApp.dll'), path.join(dir, 'SampleApp.exe'))
        fs.writeFileSync(path.join(dir, 'web.config'), SAMPLE_WEB_CONFIG('processPath=".\\SampleApp.exe" arguments="" hostingModel="inprocess"'))
      },
      inputs: { 'delete-extra': 'true' },
      rule: '500.38-single-file',
      cause: /500\.38: the app's main dll is missing: .*SampleApp\.exe is there but SampleApp\.dll is not/,
      evidence: [/HTTP Error 500\.38/, /event 1031: "Application '\/LM\/W3SVC\/1\/ROOT' failed to start/],
      fix: /PublishSingleFile/
    }
  ],
  [
    '500.19: a section locked at server level',
    {
      arrange: (dir) => {
        fs.writeFileSync(
          path.join(dir, 'web.config'),
          SAMPLE_WEB_CONFIG(IN_PROCESS, '\n      <security><authentication><windowsAuthentication enabled="true" /></authentication></security>')
        )
      },
      rule: '500.19-config',
      cause: /500\.19 \(0x80070021\): web\.config uses a configuration section that is locked/,
      evidence: [/HTTP Error 500\.19/, /Config Error "This configuration section cannot be used at this path/],
      fix: /unlock the section/
    }
  ],
  [
    '502.5: an out-of-process app that throws at start-up',
    {
      app: { startupException: 'System.IO.FileNotFoundException: Could not find file C:\\keys\\signing.pfx' },
      arrange: (dir) => {
        fs.writeFileSync(path.join(dir, 'web.config'), SAMPLE_WEB_CONFIG('processPath="dotnet" arguments=".\\SampleApp.dll" hostingModel="outofprocess"'))
      },
      rule: '500.30-exception',
      cause: /502\.5: the app threw `System\.IO\.FileNotFoundException: Could not find file/,
      evidence: [/HTTP Error 502\.5/, /event 1020/],
      fix: /fix the start-up error/
    }
  ],
  [
    "502.5: an out-of-process app whose process exits at start without an exception",
    {
      app: { exitCode: 2, stdout: [`Connecting with Password=${SECRET}`, 'Unable to bind to http://127.0.0.1:31002: address already in use'] },
      arrange: (dir) => {
        fs.writeFileSync(path.join(dir, 'web.config'), SAMPLE_WEB_CONFIG('processPath="dotnet" arguments=".\\SampleApp.dll" hostingModel="outofprocess"'))
      },
      inputs: { 'secret-environment-variables': `Shop__DbPassword=${SECRET}` },
      rule: '502.5-process-failure',
      cause: /502\.5: the app's process \(out-of-process hosting\) did not start or did not listen/,
      evidence: [/HTTP Error 502\.5/, /event 1020: "Application '\/LM\/W3SVC\/1\/ROOT' with physical root .* failed to start process/],
      fix: /run `dotnet <app>\.dll` at a console/
    }
  ],
  [
    '503 with WAS 5002: rapid-fail protection stopped the pool',
    {
      app: { crashOnStart: true, startupException: 'System.StackOverflowException: Operation caused a stack overflow.' },
      env: (fake) => ({ SystemRoot: path.join(fake.stateDir, 'Windows') }),
      rule: '503-rapid-fail',
      cause: /503 with WAS 5002: rapid-fail protection stopped the pool 'DefaultAppPool' after \d+ crashes.*System\.StackOverflowException/,
      evidence: [/HTTP Error 503/, /Microsoft-Windows-WAS event 5002/, /event 5009/],
      fix: /fix the crash/
    }
  ],
  [
    '503 from HTTP.sys: the pool did not start, with the HTTP.sys error log line',
    {
      arrange: () => {
        iis.addFault({ kind: 'startFails', times: 1 } as never)
      },
      env: (fake) => ({ SystemRoot: path.join(fake.stateDir, 'Windows') }),
      rule: '503-http-sys',
      cause: /503 from HTTP\.sys: the app pool 'DefaultAppPool' is not running \(HTTP\.sys error log: Disabled\)/,
      evidence: [/HTTPERR: .* 503 - Disabled DefaultAppPool/],
      fix: /start the pool/
    }
  ],
  [
    '500.0: processPath names a dotnet.exe that is not installed (the 32-bit one)',
    {
      app: { stdout: [`Connecting with Password=${SECRET}`] },
      arrange: (dir) => {
        fs.writeFileSync(
          path.join(dir, 'web.config'),
          SAMPLE_WEB_CONFIG('processPath="C:\\Program Files (x86)\\dotnet\\dotnet.exe" arguments=".\\SampleApp.dll" hostingModel="inprocess"')
        )
      },
      // No secret input here: it would make the deploy rewrite web.config, and the rewrite fixes processPath.
      
      rule: '500.0-hosting-failure',
      cause: /500\.0: the module could not start the app: Could not find dotnet\.exe at 'C:\\Program Files \(x86\)\\dotnet\\dotnet\.exe'/,
      evidence: [/HTTP Error 500\.0/, /event 1031: "Application '\/LM\/W3SVC\/1\/ROOT' failed to start\. Exception message: Could not find dotnet\.exe/],
      fix: /fix `processPath`\/`arguments`/
    }
  ],
  [
    '500.33: an in-process app that does not reference Microsoft.AspNetCore.App',
    {
      app: { stdout: [`Connecting with Password=${SECRET}`] },
      arrange: (dir) => {
        fs.writeFileSync(
          path.join(dir, 'SampleApp.runtimeconfig.json'),
          JSON.stringify({ runtimeOptions: { tfm: 'net10.0', framework: { name: 'Microsoft.NETCore.App', version: '10.0.0' } } })
        )
      },
      inputs: { 'secret-environment-variables': `Shop__DbPassword=${SECRET}` },
      rule: '500.33-not-aspnetcore',
      cause: /500\.33: the app does not reference Microsoft\.AspNetCore\.App/,
      evidence: [/HTTP Error 500\.33/, /event 1027: "Could not find the assembly '.*aspnetcorev2_inprocess\.dll' referenced for the in-process application/],
      fix: /Microsoft\.NET\.Sdk\.Web/
    }
  ],
  [
    "500.36: the module's out-of-process handler is missing",
    {
      app: { stdout: [`Connecting with Password=${SECRET}`] },
      site: (fake) => {
        fake.update((state) => {
          state.ancmOutOfProcessHandlerMissing = true
        })
        return Promise.resolve(fake.defaultSite as SiteHandle)
      },
      arrange: (dir) => {
        fs.writeFileSync(path.join(dir, 'web.config'), SAMPLE_WEB_CONFIG('processPath="dotnet" arguments=".\\SampleApp.dll" hostingModel="outofprocess"'))
      },
      inputs: { 'secret-environment-variables': `Shop__DbPassword=${SECRET}` },
      rule: '500.36-handler-missing',
      cause: /500\.36: the ASP\.NET Core Module's out-of-process handler is missing/,
      evidence: [/HTTP Error 500\.36/, /event 1029: "Could not find the assembly '.*aspnetcorev2_outofprocess\.dll' for out-of-process application/],
      fix: /repair or reinstall the \.NET Hosting Bundle/
    }
  ],
  [
    '502.3: the app answers later than requestTimeout (out-of-process), its stdout log read and masked',
    {
      app: { requestMs: 5000, stdout: [`Connecting with Password=${SECRET}`, 'Now listening on: http://127.0.0.1:31002'] },
      arrange: (dir) => {
        fs.writeFileSync(
          path.join(dir, 'web.config'),
          SAMPLE_WEB_CONFIG('processPath="dotnet" arguments=".\\SampleApp.dll" hostingModel="outofprocess" requestTimeout="00:00:01" stdoutLogEnabled="true" stdoutLogFile=".\\logs\\stdout"')
        )
      },
      inputs: { 'secret-environment-variables': `Shop__DbPassword=${SECRET}` },
      rule: '502.3-timeout',
      cause: /502\.3: the module gave up waiting for the app's process \(requestTimeout\)/,
      evidence: [/HTTP Error 502\.3/, /IIS: Error Code 0x80072ee2 \(ERROR_WINHTTP_TIMEOUT/, /the stdout log .*stdout_\d{14}_\d+\.log: "Connecting with Password=\*\*\*/],
      fix: /raise `requestTimeout`/
    }
  ],
  [
    '403.14: web.config left out (validation skipped): IIS serves the folder statically and lists no directory',
    {
      arrange: (dir) => {
        fs.rmSync(path.join(dir, 'web.config'))
      },
      // `web-config: skip` lets the deploy go ahead without web.config; delete-extra removes the live one.
      inputs: { 'web-config': 'skip', 'delete-extra': 'true' },
      healthPath: '/',
      rule: '403.14-no-app',
      cause: /403\.14: IIS served the folder as static files and found no default document: web\.config is missing/,
      evidence: [/HTTP Error 403\.14/],
      fix: /deploy the whole publish output \(with web\.config\)/
    }
  ],
  [
    '503 from the module: an app_offline.htm left in the site folder (by hand), the deploy only stopping the pool',
    {
      arrange: (_dir, site) => {
        // Put there by another tool or by hand: the sync neither deploys nor deletes app_offline.htm, and with
        // `take-offline: stop-pool` this deploy does not write (or take over) one.
        fs.writeFileSync(path.join(site.physicalPath, 'app_offline.htm'), '<html><body>Down for maintenance (ops)</body></html>')
      },
      inputs: { 'take-offline': 'stop-pool' },
      rule: '503-app-offline',
      cause: /503 from the ASP\.NET Core Module: app_offline\.htm is in the app folder/,
      evidence: [/the module's 503 page \(the content of app_offline\.htm\): "Down for maintenance \(ops\)"/],
      fix: /delete app_offline\.htm from the site folder/
    }
  ],
  [
    'the start-up time check: the app starts slower than the health check waits, and startupTimeLimit allows it',
    {
      app: { startupMs: 6000 },
      rule: 'startup-time-limit',
      cause: /the app may take up to its startupTimeLimit of 120 s to start, longer than the health check waits \(3 s\)/,
      evidence: [/Checks that found a problem:\s+- the app may take up to its startupTimeLimit of 120 s/],
      fix: /raise `health-check-timeout` to at least 120, or lower `startupTimeLimit` in web\.config/
    }
  ],
  [
    '404 from the app: the health path does not exist',
    {
      healthPath: '/healthz',
      rule: '404',
      cause: /404 from the app: the health URL's path does not exist/,
      evidence: [],
      fix: /health-check-url/
    }
  ],
  [
    '400 from HTTP.sys: the health check host matches no binding of the site (Invalid Hostname)',
    {
      site: (fake) => fake.addSite({ name: 'Shop', host: 'shop.example.com' }),
      inputs: { 'health-check-host': 'shop.example.org' },
      rule: '400-http-sys',
      cause: /400 from HTTP\.sys: it rejected the request before IIS saw it.*the Host header matches no binding/,
      evidence: [/the page: "HTTP Error 400[^"]*" \(from HTTP\.sys\)/],
      fix: /set `health-check-host` \(or the host of `health-check-url`\) to a host name the site is bound to/
    }
  ],
  [
    'the app itself answers 500 after a good start',
    {
      app: { health: 500, body: 'Unhealthy: the payment gateway does not answer' },
      rule: 'app-error',
      cause: /HTTP 500 from the app itself/,
      evidence: [/the payment gateway does not answer/],
      fix: /app's own logs/
    }
  ]
]

/** This machine's first non-loopback IPv4 address (undefined without one: the remote-URL tests then do nothing). */
function publicAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address
}

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01', ...extra }
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- summary\n${run.summary}\n--- stdout\n${run.stdout.slice(-5000)}\n--- stderr\n${run.stderr.slice(-2000)}`
}

/** The "Why it failed" block of the summary. */
function whyBlock(summary: string): string {
  const start = summary.indexOf('### Why it failed')
  if (start < 0) return ''
  const end = summary.indexOf('\n| Step |', start)
  return summary.slice(start, end < 0 ? undefined : end)
}

describe('dist/index.js: a failed deploy explains itself', { timeout: 240_000 }, () => {
  it.each(SCENARIOS)('%s', async (_name, s) => {
    // The fake's HTTP.sys and workers inherit the environment of the process that starts them (this one).
    if (s.runtimes) process.env.FAKE_REGISTRY = registryWith(s.runtimes)
    iis = await createFakeIis()
    const site = s.site ? await s.site(iis) : (iis.defaultSite as SiteHandle)
    const dir = path.join(folders.workspace, 'publish')
    iis.publishApp({ name: 'SampleApp', version: '2.0.0', ...s.app }, dir)
    await s.arrange?.(dir, site)
    const run = await runAction(
      {
        site: site.name,
        'health-check-url': `${site.url}${s.healthPath ?? '/health'}`,
        'health-check-timeout': '3',
        ...s.inputs
      },
      folders,
      env(s.env?.(iis))
    )
    if (process.env.DIST_DEBUG) console.log(describeRun(run))
    const why = whyBlock(run.summary)
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(why, describeRun(run)).toMatch(/\*\*Cause:\*\*/)
    const diagnosis = JSON.parse(run.outputs.diagnosis ?? '{}') as { rule?: string; cause?: string; fix?: string; evidence?: string[] }
    expect(diagnosis.rule, describeRun(run)).toBe(s.rule)
    expect(why).toMatch(s.cause)
    expect(why).toMatch(s.fix)
    for (const quoted of s.evidence) expect(why).toMatch(quoted)
    // The run still fails clearly, with the cause in the error itself.
    expect(run.stdout).toMatch(/::error::[^\n]*Why it failed: /)
    for (const form of secretForms(SECRET)) expect(run.everything).not.toContain(form)
  })

  it('says which evidence it could not read (event logs denied) and still fails clearly', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const dir = path.join(folders.workspace, 'publish')
    iis.publishApp({ name: 'SampleApp', version: '2.0.0', startupException: 'System.Exception: boom' }, dir)
    const run = await runAction(
      { site: site.name, 'health-check-url': `${site.url}/health`, 'health-check-timeout': '3' },
      folders,
      env({ FAKE_WEVTUTIL_DENIED: 'Application,System' })
    )
    const why = whyBlock(run.summary)
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(why).toMatch(/Could not read:/)
    expect(why).toMatch(/Application event log: access denied \(wevtutil exit code 5\); run the deploy elevated/)
    expect(why).toMatch(/System event log: access denied/)
    // Without the module's event the page still says what happened.
    expect(why).toMatch(/\*\*Cause:\*\* 500\.30: the app failed to start/)
    expect(run.outputs['rolled-back']).toBe('true')
  })

  it.skipIf(!publicAddress())('a remote health URL: the loopback probe gets the detailed page and the diagnosis says which URL answered', async () => {
    // The fake has one network address: its non-loopback one stands for the public name, and requests from it
    // are remote to the fake IIS (custom error pages, no sub-status), as a public client's would be.
    const address = publicAddress() as string
    iis = await createFakeIis()
    iis.update((state) => {
      state.remoteClients = [address]
    })
    const site = iis.defaultSite as SiteHandle
    const dir = path.join(folders.workspace, 'publish')
    iis.publishApp({ name: 'SampleApp', version: '2.0.0', requestMs: 5000 }, dir)
    fs.writeFileSync(
      path.join(dir, 'web.config'),
      SAMPLE_WEB_CONFIG('processPath="dotnet" arguments=".\\SampleApp.dll" hostingModel="outofprocess" requestTimeout="00:00:01"')
    )
    const remoteUrl = `http://${address}:${site.port}/health`
    const run = await runAction({ site: site.name, 'health-check-url': remoteUrl, 'health-check-timeout': '3' }, folders, env())
    const why = whyBlock(run.summary)
    expect(run.exitCode, describeRun(run)).toBe(1)
    const diagnosis = JSON.parse(run.outputs.diagnosis ?? '{}') as { rule?: string; probes?: string[] }
    expect(diagnosis.rule, describeRun(run)).toBe('502.3-timeout')
    expect(why).toMatch(/\*\*Cause:\*\* 502\.3: the module gave up waiting/)
    expect(why).toMatch(/IIS: Error Code 0x80072ee2/)
    expect(diagnosis.probes).toEqual([
      `${remoteUrl}: HTTP 502 from IIS`,
      `http://localhost:${site.port}/health (Host: ${address}:${site.port}): HTTP 502.3 from IIS (this answer is the evidence: IIS answers local requests in detail)`
    ])
    expect(why).toContain(`Asked:`)
  })

  it.skipIf(!publicAddress())('a remote health URL and a Web Deploy target: says the loopback probe was not possible, and why', async () => {
    const address = publicAddress() as string
    iis = await createFakeIis({ defaultSite: false })
    const remote = await createFakeIis()
    remote.update((state) => {
      state.remoteClients = [address]
    })
    const site = remote.defaultSite as SiteHandle
    const password = 'Wd-P4ss-Diag'
    const dir = path.join(folders.workspace, 'publish')
    remote.publishApp({ name: 'SampleApp', version: '2.0.0', health: 500, body: 'Unhealthy' }, dir)
    const remoteUrl = `http://${address}:${site.port}/health`
    try {
      const run = await runAction(
        {
          site: site.name,
          'msdeploy-url': 'https://iis.example.com:8172/msdeploy.axd',
          'msdeploy-username': 'deployer',
          'msdeploy-password': password,
          'allow-untrusted': 'true',
          'health-check-url': remoteUrl,
          'health-check-timeout': '3'
        },
        folders,
        env({
          FAKE_MSDEPLOY_REMOTE_STATE: remote.stateDir,
          FAKE_MSDEPLOY_REMOTE_USER: 'deployer',
          FAKE_MSDEPLOY_REMOTE_PASSWORD: password
        })
      )
      const why = whyBlock(run.summary)
      expect(run.exitCode, describeRun(run)).toBe(1)
      expect(why, describeRun(run)).toContain(
        'loopback probe not possible: the app runs on another server (Web Deploy), and IIS shows its detailed error page only to requests made on that server'
      )
      expect(why).toContain(`${remoteUrl}: HTTP 500 from the app (this answer is the evidence)`)
      for (const form of secretForms(password)) expect(run.everything).not.toContain(form)
    } finally {
      await remote.dispose()
    }
  })

  it('diagnose: false leaves the diagnosis out', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    iis.publishApp({ name: 'SampleApp', version: '2.0.0', startupException: 'System.Exception: boom' }, path.join(folders.workspace, 'publish'))
    const run = await runAction(
      { site: site.name, 'health-check-url': `${site.url}/health`, 'health-check-timeout': '3', diagnose: 'false' },
      folders,
      env()
    )
    expect(run.exitCode).toBe(1)
    expect(run.summary).not.toContain('Why it failed')
    expect(run.outputs.diagnosis).toBe('')
  })
})
