// Issue 12: the IIS steps on a German and a Japanese server. The fake tools speak the language of FAKE_IIS_LOCALE
// and write in that locale's code pages (test-support/fakes/lib/locale.mjs); the real ProcessRunner learns the code
// pages from the fake reg, as it does on Windows. Samples and sources: docs/windows-locale.md.
//
// These tests pin the locale themselves; `FAKE_IIS_LOCALE=de-DE npx vitest run __tests__/scenarios` runs every
// other scenario on a German server too.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, describe, expect, it } from 'vitest'
import { ToolError } from '../../src/core/errors.js'
import type { CommandRunner } from '../../src/core/ports.js'
import { ToolResolver } from '../../src/core/tools.js'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import { grantAccess } from '../../src/steps/iis/permissions.js'
import { provisionSite, type ProvisionSiteOptions } from '../../src/steps/iis/provision.js'
import { planChanges } from '../../src/steps/sync/planner.js'
import { syncWithRobocopy } from '../../src/steps/sync/robocopy.js'
import { createFakeIis, FAKE_BIN_DIR, type FakeIis } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { fakeAppcmd, FakeIisRunner, toolPath } from '../steps/iis/scenario-helpers.js'

const THUMB = 'a909502dd82ae41433e6f83886b00d4277a32a7b'
const OTHER = '1111111111111111111111111111111111111111'
let iis: FakeIis | undefined
afterEach(async () => {
  await iis?.dispose()
  iis = undefined
})

/** The raw bytes a fake tool writes (what a Windows pipe would carry). */
function rawOutput(
  fake: FakeIis,
  tool: string,
  args: string[],
  extraEnv: Record<string, string> = {}
): Buffer {
  try {
    return execFileSync(path.join(FAKE_BIN_DIR, tool), args, { env: { ...fake.env, ...extraEnv } })
  } catch (error) {
    return (error as { stdout: Buffer }).stdout
  }
}

describe('de-DE: a German server (OEM 850, ANSI 1252)', () => {
  it('HTTPS redeploy of a site whose pool is Bücher-Pool: the bound hash is read without its German label, the pool is found again', async () => {
    iis = await createFakeIis({ defaultSite: false, locale: 'de-DE' })
    const fake = iis
    const port = await fake.freePort()
    const options = (thumbprint: string): Omit<ProvisionSiteOptions, 'appcmd'> => ({
      site: 'Bücherei',
      appPool: 'Bücher-Pool',
      physicalPath: fake.publishApp(),
      bindings: [`http/*:${port}:`, 'https/*:443:'],
      certificate: { thumbprint },
      netsh: { runner: new FakeIisRunner(fake), path: toolPath(fake, 'netsh') }
    })
    const physicalPath = options(THUMB).physicalPath
    await provisionSite({ appcmd: fakeAppcmd(fake).appcmd, ...options(THUMB), physicalPath })

    // The fake really speaks German in CP850: `Zertifikathash`, and the `ü` of the pool comes back as 0xFC (1252).
    const shown = rawOutput(fake, 'netsh', ['http', 'show', 'sslcert', 'ipport=0.0.0.0:443'])
    expect(iconv.decode(shown, 'cp850')).toContain(`Zertifikathash               : ${THUMB}`)
    expect(shown.toString('utf8')).not.toContain('Certificate Hash')
    const pools = rawOutput(fake, 'appcmd', ['list', 'apppools'])
    expect(pools.includes(Buffer.from([0x42, 0xfc, 0x63]))).toBe(true) // "Büc" in 1252

    const { appcmd, runner } = fakeAppcmd(fake)
    const redeploy = await provisionSite({
      appcmd,
      ...options(OTHER),
      physicalPath,
      netsh: { runner, path: toolPath(fake, 'netsh') }
    })
    expect(redeploy.changes.map((c) => c.description)).toEqual([`certificate ${THUMB} → ${OTHER}`])
    expect(runner.writes()).toEqual([
      'netsh http delete sslcert ipport=0.0.0.0:443',
      `netsh http add sslcert ipport=0.0.0.0:443 certhash=${OTHER} appid={4dc3e181-e14b-4a21-b022-59fc669b0914} certstorename=My`
    ])
    expect(fake.readState().sslCerts).toEqual([expect.objectContaining({ certhash: OTHER })])

    const again = await provisionSite({ appcmd: fakeAppcmd(fake).appcmd, ...options(OTHER), physicalPath })
    expect(again.changes).toEqual([])
  })

  it('grants by SID once and recognizes NT-AUTORITÄT\\NETZWERKDIENST and IIS APPPOOL\\Bücher-Pool on the next run', async () => {
    iis = await createFakeIis({ defaultSite: false, locale: 'de-DE' })
    const site = await iis.addSite({ name: 'Bücherei', pool: 'Bücher-Pool' })
    for (const identity of ['NetworkService', 'ApplicationPoolIdentity'] as const) {
      const options = {
        runner: new FakeIisRunner(iis),
        icaclsPath: toolPath(iis, 'icacls'),
        reporter: new MemoryReporter(),
        physicalPath: site.physicalPath,
        pool: 'Bücher-Pool',
        identity
      }
      const first = await grantAccess(options)
      expect(first.changes.length).toBe(2)
      const second = await grantAccess({ ...options, runner: new FakeIisRunner(iis) })
      expect(second.changes).toEqual([])
    }
    const listing = iconv.decode(rawOutput(iis, 'icacls', [site.physicalPath]), 'cp850')
    expect(listing).toContain('NT-AUTORITÄT\\NETZWERKDIENST:(OI)(CI)(RX)')
    expect(listing).toContain('IIS AppPool\\Bücher-Pool:(OI)(CI)(RX)')
    expect(listing).toContain('1 Dateien erfolgreich verarbeitet, bei 0 Dateien ist ein Verarbeitungsfehler')
  })

  it('a locked .dll: FEHLER 32 (0x00000020) starts the retry and ends in the error that names the file', async () => {
    iis = await createFakeIis({ locale: 'de-DE' })
    const fake = iis
    const site = fake.defaultSite as NonNullable<FakeIis['defaultSite']>
    fake.startWorker(site.pool)
    const source = fake.publishApp({ version: '2.0.0' })
    const plan = await planChanges({ source, target: site.physicalPath, checksum: true })
    const reporter = new MemoryReporter()
    const sleeps: number[] = []
    const error = await syncWithRobocopy(
      {
        runner: robocopyRunner(fake),
        reporter,
        tools: new ToolResolver({ env: fake.env, platform: process.platform }),
        clock: { now: () => Date.now(), sleep: async (ms: number) => void sleeps.push(ms) }
      },
      {
        source,
        target: site.physicalPath,
        plan,
        retries: 1,
        waitSeconds: 1,
        lockRetries: 1,
        lockRetryDelayMs: 10
      }
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ToolError)
    expect((error as Error).message).toMatch(/could not replace 1 file\(s\).*SampleApp\.dll/)
    expect(sleeps).toEqual([10])
    expect(reporter.warnings[0]).toMatch(/SampleApp\.dll.*retry 1 of 1/)
  })
})

describe('ja-JP: a Japanese server (OEM and ANSI 932)', () => {
  it('a site and pool with Japanese names: created once, found again, access granted once', async () => {
    iis = await createFakeIis({ defaultSite: false, locale: 'ja-JP' })
    const fake = iis
    const port = await fake.freePort()
    const physicalPath = fake.publishApp()
    const options: Omit<ProvisionSiteOptions, 'appcmd'> = {
      site: '日本語サイト',
      appPool: '日本語プール',
      physicalPath,
      bindings: [`http/*:${port}:`]
    }
    const first = await provisionSite({ appcmd: fakeAppcmd(fake).appcmd, ...options })
    expect(first.changes.length).toBeGreaterThan(0)
    // The fake writes appcmd's text in CP932, not UTF-8.
    const pools = rawOutput(fake, 'appcmd', ['list', 'apppools'])
    expect(pools.includes(iconv.encode('日本語プール', 'cp932'))).toBe(true)
    expect(pools.includes(Buffer.from('日本語プール'))).toBe(false)
    expect((await provisionSite({ appcmd: fakeAppcmd(fake).appcmd, ...options })).changes).toEqual([])

    const access = {
      runner: new FakeIisRunner(fake),
      icaclsPath: toolPath(fake, 'icacls'),
      reporter: new MemoryReporter(),
      physicalPath,
      pool: '日本語プール'
    }
    expect((await grantAccess(access)).changes.length).toBe(2)
    expect((await grantAccess({ ...access, runner: new FakeIisRunner(fake) })).changes).toEqual([])
  })
})

/** The real runner with the fake's environment; robocopy's /W: waits scaled down. */
function robocopyRunner(fake: FakeIis, extraEnv: Record<string, string> = {}): CommandRunner {
  const real = new ProcessRunner()
  const env = Object.fromEntries(Object.entries(fake.env).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >
  return {
    run: (tool, args, options = {}) =>
      real.run(tool, args, {
        ...options,
        env: { ...env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', ...extraEnv, ...options.env }
      })
  }
}

describe('robocopy output in either legacy code page (the sources disagree: docs/windows-locale.md)', () => {
  it.each([
    ['de-DE', 'ansi', 'Grüße.txt'],
    ['de-DE', 'oem', 'Grüße.txt'],
    ['ja-JP', 'ansi', '日本語.txt']
  ] as const)('%s, robocopy writing %s: the file names come back intact', async (locale, codePage, name) => {
    iis = await createFakeIis({ defaultSite: false, locale })
    const fake = iis
    const source = fake.publishApp()
    fs.writeFileSync(path.join(source, name), 'x')
    const target = path.join(fake.root, 'target')
    const plan = await planChanges({ source, target })
    const reporter = new MemoryReporter()
    // The fake writes in `codePage`; the table entry is set to match, as an operator would after checking.
    const runner = robocopyRunner(fake, {
      FAKE_ROBOCOPY_CODE_PAGE: codePage,
      IIS_DEPLOY_TOOL_ENCODINGS: `robocopy=${codePage}`
    })
    const result = await syncWithRobocopy(
      {
        runner,
        reporter,
        tools: new ToolResolver({ env: fake.env, platform: process.platform }),
        clock: { now: () => Date.now(), sleep: async () => undefined }
      },
      { source, target, plan }
    )
    expect(result.filesAdded).toBe(plan.filesAdded)
    expect(reporter.messages('debug').join('\n')).toContain(path.join(source, name))
  })
})
