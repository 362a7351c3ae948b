import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildStateDirAclArgs,
  defaultStateDir,
  ensureStateDir,
  parseWhoamiSid,
  resolveStateDir,
  stateDirInside
} from '../../src/core/state-dir.js'
import type { CommandRunner } from '../../src/core/ports.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

describe('defaultStateDir', () => {
  it.each<[string, Parameters<typeof defaultStateDir>[0], string]>([
    ['Windows: ProgramData', { env: { ProgramData: 'D:\\PD' }, platform: 'win32' }, 'D:\\PD\\iis-deploy'],
    ['Windows without ProgramData', { env: {}, platform: 'win32' }, 'C:\\ProgramData\\iis-deploy'],
    ['root elsewhere', { env: { HOME: '/root' }, platform: 'linux', uid: 0 }, '/var/lib/iis-deploy'],
    [
      'root with XDG_STATE_HOME',
      { env: { XDG_STATE_HOME: '/x' }, platform: 'linux', uid: 0 },
      '/x/iis-deploy'
    ],
    [
      'a user with XDG_STATE_HOME',
      { env: { XDG_STATE_HOME: '/x/state' }, platform: 'linux', uid: 1000 },
      '/x/state/iis-deploy'
    ],
    [
      'a user without it',
      { env: { HOME: '/home/u' }, platform: 'linux', uid: 1000 },
      '/home/u/.local/state/iis-deploy'
    ],
    // TEMP and TMPDIR never decide: two runners with other temp folders share one lock.
    [
      'TMPDIR is ignored',
      { env: { HOME: '/home/u', TMPDIR: '/tmp/a' }, platform: 'linux', uid: 1000 },
      '/home/u/.local/state/iis-deploy'
    ]
  ])('%s', (_name, context, expected) => {
    expect(defaultStateDir(context)).toBe(expected)
  })

  it('the input wins over the default', () => {
    expect(resolveStateDir(' /srv/state ', { env: {}, platform: 'linux', uid: 0 })).toBe('/srv/state')
    expect(resolveStateDir('', { env: {}, platform: 'linux', uid: 0 })).toBe('/var/lib/iis-deploy')
  })
})

describe('stateDirInside', () => {
  it.each<[string, string[], string | undefined]>([
    ['C:\\inetpub\\wwwroot\\state', ['C:\\inetpub\\wwwroot'], 'C:\\inetpub\\wwwroot'],
    ['c:\\INETPUB\\wwwroot', ['C:\\inetpub\\wwwroot'], 'C:\\inetpub\\wwwroot'],
    ['C:\\ProgramData\\iis-deploy', ['C:\\inetpub\\wwwroot'], undefined],
    ['C:\\inetpub\\wwwroot2', ['C:\\inetpub\\wwwroot'], undefined],
    ['/srv/site/x', ['/srv/site'], '/srv/site'],
    ['/srv/other', ['/srv/site', undefined as unknown as string], undefined]
  ])('%s inside %j → %s', (state, folders, inside) => {
    expect(stateDirInside(state, folders)).toBe(inside)
  })
})

describe('the Windows ACL of a new state folder', () => {
  it('parses the SID of whoami /user /fo csv /nh (any language: the SID is not translated)', () => {
    expect(parseWhoamiSid('"web01\\runner","S-1-5-21-1-2-3-1001"\r\n')).toBe('S-1-5-21-1-2-3-1001')
    expect(parseWhoamiSid('"nt-autorität\\system","S-1-5-18"')).toBe('S-1-5-18')
    expect(parseWhoamiSid('garbage')).toBeUndefined()
  })

  it('grants full control to exactly SYSTEM, Administrators and the account, without inheritance', () => {
    expect(
      buildStateDirAclArgs('C:\\ProgramData\\iis-deploy', ['S-1-5-18', 'S-1-5-32-544', 'S-1-5-18'])
    ).toEqual([
      'C:\\ProgramData\\iis-deploy',
      '/inheritance:r',
      '/grant:r',
      '*S-1-5-18:(OI)(CI)F',
      '/grant:r',
      '*S-1-5-32-544:(OI)(CI)F'
    ])
  })

  it('creates the folders and sets the ACL once, when the folder is new', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-state-'))
    const dir = path.join(root, 'iis-deploy')
    const calls: string[][] = []
    const runner: CommandRunner = {
      run: async (tool, args) => {
        calls.push([tool, ...args])
        return tool === 'whoami'
          ? { exitCode: 0, stdout: '"web01\\runner","S-1-5-21-9-9-9-500"\r\n', stderr: '' }
          : { exitCode: 0, stdout: '', stderr: '' }
      }
    }
    const options = {
      dir,
      platform: 'win32' as const,
      runner,
      reporter: new MemoryReporter(),
      whoamiPath: 'whoami',
      icaclsPath: 'icacls'
    }
    await ensureStateDir(options)
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'ledgers', 'locks'])
    expect(calls[1]).toEqual([
      'icacls',
      ...buildStateDirAclArgs(dir, ['S-1-5-18', 'S-1-5-32-544', 'S-1-5-21-9-9-9-500'])
    ])
    await ensureStateDir(options)
    expect(calls).toHaveLength(2)
    fs.rmSync(root, { recursive: true, force: true })
  })
})
