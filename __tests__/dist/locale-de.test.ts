// Issue 12 through the built bundle: dist/index.js on a German Windows (the fake tools print German texts in the
// OEM code page 850 and the ANSI code page 1252, test-support/fakes/lib/locale.mjs). The locale is pinned here, so
// this runs under any FAKE_IIS_LOCALE; `npm run test:scenarios:de-DE` runs every other dist test in German too.
// A site and a pool with umlauts, an HTTPS binding whose certificate changes on redeploy (German netsh labels the
// hash `Zertifikathash`), and a locked .dll (German robocopy writes `FEHLER 32 (0x00000020)`).

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, FAKE_BIN_DIR, type FakeIis } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runnerFolders, type ProductRun, type RunnerFolders } from './harness.js'

const FIRST_CERT = 'a909502dd82ae41433e6f83886b00d4277a32a7b'
const SECOND_CERT = '1111111111111111111111111111111111111111'

let iis: FakeIis | undefined
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-locale-de-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  await iis?.dispose()
  iis = undefined
  fs.rmSync(root, { recursive: true, force: true })
})

function publish(fake: FakeIis, version: string): void {
  const dir = path.join(folders.workspace, 'publish')
  fs.rmSync(dir, { recursive: true, force: true })
  fake.publishApp({ name: 'SampleApp', version }, dir)
}

async function version(url: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`${url}/version`, { signal: AbortSignal.timeout(5000) })
      if (response.status === 200) return await response.text()
    } catch {
      // the listener comes up asynchronously after a pool start
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return '(no answer)'
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-3000)}`
}

describe('dist/index.js on a German server (de-DE)', { timeout: 300_000 }, () => {
  it('Bücher-Site on Bücher-Pool over HTTPS: created, redeployed with a new certificate, a locked .dll retried', async () => {
    const fake = await createFakeIis({ defaultSite: false, locale: 'de-DE' })
    iis = fake
    const port = await fake.freePort()
    const url = `http://127.0.0.1:${port}`
    const inputs = (certificate: string): Record<string, string> => ({
      site: 'Bücher-Site',
      'app-pool': 'Bücher-Pool',
      create: 'true',
      'physical-path': path.join(root, 'sites', 'Bücher-Site'),
      bindings: `http/*:${port}:\nhttps/*:443:`,
      'certificate-thumbprint': certificate,
      'health-check-url': `${url}/health`,
      'health-check-timeout': '30'
    })
    const env = { ...fake.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01' }
    const boundCertificates = () => fake.readState().sslCerts.map((c) => `${c.ipport}=${c.certhash}`)

    // 1. First deploy: pool and site with umlauts are created once and read back through German appcmd output.
    publish(fake, '1.0.0')
    const first = await runAction(inputs(FIRST_CERT), folders, env)
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(await version(url)).toBe('1.0.0')
    const state = fake.readState()
    expect(state.pools.filter((p) => p.name === 'Bücher-Pool')).toHaveLength(1)
    expect(state.sites.filter((s) => s.name === 'Bücher-Site')).toHaveLength(1)
    expect(boundCertificates()).toEqual([`0.0.0.0:443=${FIRST_CERT}`])

    // 2. HTTPS redeploy with a new certificate: the bound hash is found under `Zertifikathash`, deleted and
    // replaced; the pool and site are found again (not created twice, no "already exists").
    publish(fake, '2.0.0')
    const second = await runAction(inputs(SECOND_CERT), folders, { ...env, GITHUB_RUN_NUMBER: '8' })
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(second.stdout).toContain(`certificate ${FIRST_CERT} → ${SECOND_CERT}`)
    expect(second.stdout).not.toMatch(/appcmd add (apppool|site)/)
    expect(await version(url)).toBe('2.0.0')
    expect(boundCertificates()).toEqual([`0.0.0.0:443=${SECOND_CERT}`])
    // What the product had to read: the fake netsh really answers in German, in CP850.
    const shown = iconv.decode(
      execFileSync(path.join(FAKE_BIN_DIR, 'netsh'), ['http', 'show', 'sslcert', 'ipport=0.0.0.0:443'], {
        env: fake.env
      }),
      'cp850'
    )
    expect(shown).toContain(`Zertifikathash               : ${SECOND_CERT}`)
    expect(fake.readState().pools.filter((p) => p.name === 'Bücher-Pool')).toHaveLength(1)

    // 3. The running app holds its .dll and is not taken offline: German robocopy reports FEHLER 32 per file,
    // which must start our retry and end in the error that names the file, with 2.0.0 still served.
    publish(fake, '3.0.0')
    const third = await runAction({ ...inputs(SECOND_CERT), 'take-offline': 'none' }, folders, {
      ...env,
      GITHUB_RUN_NUMBER: '9'
    })
    expect(third.exitCode, describeRun(third)).toBe(1)
    expect(third.stdout).toMatch(/::warning::robocopy: 1 file\(s\) are locked.*SampleApp\.dll.*retry 1 of/)
    expect(third.stdout).toMatch(/could not replace 1 file\(s\).*SampleApp\.dll/)
    expect(await version(url)).toBe('2.0.0')
  })
})
