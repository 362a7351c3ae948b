// The fake appcmd's recycle schedule and /config output, and the fake powershell's pool account update: the
// documented grammar is accepted, a duplicate or unknown entry is refused, the password travels on stdin only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import { buildSetPoolIdentityArgs } from '../../src/steps/iis/pool-identity.js'
import { createFakeIis, FAKE_BIN_DIR, type FakeIis } from '../../test-support/fake-iis.js'

let iis: FakeIis
const appcmd = (...args: string[]) => iis.run('appcmd', args)

beforeAll(async () => {
  iis = await createFakeIis({ defaultSite: false })
  iis.addPool('Shop', { managedRuntimeVersion: '' })
})
afterAll(() => iis.dispose())

describe('fake appcmd: recycle schedule and /config', () => {
  it('adds, refuses a duplicate, removes, and lists the schedule inside the pool element', async () => {
    const add = await appcmd(
      'set',
      'apppool',
      'Shop',
      "/+recycling.periodicRestart.schedule.[value='03:00:00']"
    )
    expect(add.exitCode).toBe(0)
    const section = [
      'set',
      'config',
      '-section:system.applicationHost/applicationPools',
      "/+[name='Shop'].recycling.periodicRestart.schedule.[value='04:30:00']",
      '/commit:apphost'
    ]
    expect((await appcmd(...section)).exitCode).toBe(0)
    const duplicate = await appcmd(...section)
    expect(duplicate.stdout).toContain('Cannot add duplicate collection entry')
    expect(duplicate.exitCode).not.toBe(0)
    const bad = await appcmd('set', 'apppool', 'Shop', "/+recycling.periodicRestart.schedule.[value='3am']")
    expect(bad.stdout).toContain('Invalid value')
    const remove = await appcmd(
      'set',
      'apppool',
      'Shop',
      "/-recycling.periodicRestart.schedule.[value='03:00:00']"
    )
    expect(remove.exitCode).toBe(0)
    expect(
      (await appcmd('set', 'apppool', 'Shop', '/enable32BitAppOnWin64:true', '/queueLength:4000')).exitCode
    ).toBe(0)

    const listed = await appcmd('list', 'apppool', 'Shop', '/config', '/xml')
    expect(listed.stdout).toMatch(/<APPPOOL APPPOOL\.NAME="Shop"[^>]*>\s*<add name="Shop" queueLength="4000"/)
    expect(listed.stdout).toContain('enable32BitAppOnWin64="true"')
    expect(listed.stdout).toMatch(
      /<periodicRestart time="1\.05:00:00">\s*<schedule>\s*<add value="04:30:00" \/>\s*<\/schedule>/
    )
    const text = await appcmd('list', 'apppool', 'Shop', '/text:*')
    expect(text.stdout).toMatch(
      /\[periodicRestart\]\n\s+time:"1\.05:00:00"\n\s+\[schedule\]\n\s+\[add\]\n\s+value:"04:30:00"/
    )
  })
})

describe('fake powershell: the pool account script', () => {
  const runner = new ProcessRunner()
  const powershell = `${FAKE_BIN_DIR}/powershell`

  it('sets the account from stdin and journals the command line without the password', async () => {
    const result = await runner.run(powershell, buildSetPoolIdentityArgs(), {
      env: iis.toolEnv,
      input: JSON.stringify({ pool: 'Shop', userName: 'CONTOSO\\svc', password: 'p@ss "x"' })
    })
    expect(result.exitCode).toBe(0)
    expect(iis.readState().pools.find((p) => p.name === 'Shop')?.processModel).toMatchObject({
      identityType: 'SpecificUser',
      userName: 'CONTOSO\\svc',
      password: 'p@ss "x"'
    })
    expect(
      iis
        .readState()
        .log.filter((l) => l.startsWith('powershell'))
        .join('\n')
    ).not.toContain('p@ss')
  })

  it('answers 3 for a missing pool and refuses any other script', async () => {
    const missing = await runner.run(powershell, buildSetPoolIdentityArgs(), {
      env: iis.toolEnv,
      input: JSON.stringify({ pool: 'Nope', userName: 'u', password: 'p' })
    })
    expect(missing.exitCode).toBe(3)
    const other = await runner.run(
      powershell,
      ['-EncodedCommand', Buffer.from('Get-Process', 'utf16le').toString('base64')],
      { env: iis.toolEnv, input: '' }
    )
    expect(other.exitCode).toBe(1)
    expect(other.stderr).toContain('knows only the app pool processModel script')
  })
})
