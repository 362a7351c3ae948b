import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  buildGrantArgs,
  dataProtectionAdvice,
  grantAccess,
  hasAccess,
  parseIcaclsOutput,
  poolAccount
} from '../../../src/steps/iis/permissions.js'
import { ToolError } from '../../../src/core/errors.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'
import { ok } from './helpers.js'

describe('poolAccount (§7 identity mapping)', () => {
  it.each([
    ['ApplicationPoolIdentity', 'IIS AppPool\\My Pool'],
    ['NetworkService', '*S-1-5-20'],
    ['LocalService', '*S-1-5-19'],
    ['LocalSystem', '*S-1-5-18']
  ] as const)('%s → %s', (identity, account) => {
    expect(poolAccount(identity, 'My Pool')).toBe(account)
  })
})

describe('buildGrantArgs (§7 icacls grammar)', () => {
  it.each([
    [
      'C:\\sites\\my app',
      'IIS AppPool\\P',
      'RX',
      ['C:\\sites\\my app', '/grant', 'IIS AppPool\\P:(OI)(CI)(RX)']
    ],
    [
      'C:\\sites\\app\\logs',
      'IIS AppPool\\Café',
      'M',
      ['C:\\sites\\app\\logs', '/grant', 'IIS AppPool\\Café:(OI)(CI)(M)']
    ]
  ] as const)('%s %s %s', (target, account, right, args) => {
    expect(buildGrantArgs(target, account, right)).toEqual(args)
  })
})

const acl = [
  'C:\\sites\\my app IIS APPPOOL\\My Pool:(OI)(CI)(RX)',
  '                 BUILTIN\\Administrators:(I)(OI)(CI)(F)',
  '                 NT AUTHORITY\\NETWORK SERVICE:(OI)(CI)(IO)(M)',
  '                 CREATOR OWNER:(I)(OI)(CI)(IO)(F)',
  '                 Everyone:(DENY)(W)',
  '                 BUILTIN\\Users:(I)(RX)',
  '',
  'Successfully processed 1 files; Failed processing 0 files'
].join('\r\n')

describe('parseIcaclsOutput and hasAccess', () => {
  it('parses the first line after the path, indented ACEs, flags and rights', () => {
    expect(parseIcaclsOutput(acl, 'C:\\sites\\my app')).toEqual([
      { account: 'IIS APPPOOL\\My Pool', inheritance: ['OI', 'CI'], deny: false, rights: 'RX' },
      { account: 'BUILTIN\\Administrators', inheritance: ['I', 'OI', 'CI'], deny: false, rights: 'F' },
      { account: 'NT AUTHORITY\\NETWORK SERVICE', inheritance: ['OI', 'CI', 'IO'], deny: false, rights: 'M' },
      { account: 'CREATOR OWNER', inheritance: ['I', 'OI', 'CI', 'IO'], deny: false, rights: 'F' },
      { account: 'Everyone', inheritance: [], deny: true, rights: 'W' },
      { account: 'BUILTIN\\Users', inheritance: ['I'], deny: false, rights: 'RX' }
    ])
  })

  it.each([
    ['IIS AppPool\\My Pool', 'RX', true], // account names compare case-insensitively
    ['IIS AppPool\\My Pool', 'M', false],
    ['BUILTIN\\Administrators', 'M', true], // F covers M
    ['NT AUTHORITY\\NETWORK SERVICE', 'M', false], // inherit-only does not apply to the folder itself
    ['*S-1-5-32-544', 'RX', false],
    ['*S-1-5-18', 'RX', false], // SYSTEM is not in this ACL
    ['Everyone', 'RX', false],
    ['BUILTIN\\Users', 'RX', false], // not inherited by children
    ['IIS AppPool\\Other', 'RX', false]
  ] as const)('%s has %s: %s', (account, right, expected) => {
    expect(hasAccess(parseIcaclsOutput(acl, 'C:\\sites\\my app'), account, right)).toBe(expected)
  })
})

it('a built-in granted by SID is recognized by the name icacls lists', () => {
  const listed = parseIcaclsOutput('C:\\app NT AUTHORITY\\NETWORK SERVICE:(OI)(CI)(M)\r\n', 'C:\\app')
  expect(hasAccess(listed, '*S-1-5-20', 'M')).toBe(true)
  expect(hasAccess(listed, '*S-1-5-19', 'RX')).toBe(false)
})

describe('dataProtectionAdvice (§7)', () => {
  it.each([
    ['ApplicationPoolIdentity', true, undefined],
    ['ApplicationPoolIdentity', false, /Data Protection keys in memory/],
    ['LocalSystem', true, /LocalSystem/]
  ] as const)('%s, loadUserProfile %s', (identity, profile, advice) => {
    const text = dataProtectionAdvice(identity, profile)
    if (advice === undefined) expect(text).toBeUndefined()
    else expect(text).toMatch(advice)
  })
})

describe('grantAccess', () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-acl-'))
  })
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('creates logs, grants read & execute on the app and modify on logs, then nothing the second time', async () => {
    const logs = path.join(root, 'logs')
    const granted = new Set<string>()
    const runner = new FakeRunner({}, (call) => {
      const [target = '', verb, ace] = call.args
      if (verb === '/grant') {
        granted.add(`${target}|${ace}`)
        return ok(
          'processed file: ' + target + '\r\nSuccessfully processed 1 files; Failed processing 0 files'
        )
      }
      const aces = [...granted].filter((g) => g.startsWith(`${target}|`)).map((g) => g.split('|')[1])
      return ok(
        `${target} ${aces.join('\r\n    ')}\r\n\r\nSuccessfully processed 1 files; Failed processing 0 files`
      )
    })
    const options = {
      runner,
      icaclsPath: 'icacls',
      reporter: new MemoryReporter(),
      physicalPath: root,
      pool: 'P'
    }
    const first = await grantAccess(options)
    expect(first.createdFolders).toEqual([logs])
    expect(fs.statSync(logs).isDirectory()).toBe(true)
    expect(first.changes.map((c) => [c.path, c.right])).toEqual([
      [root, 'RX'],
      [logs, 'M']
    ])
    expect(runner.lines().filter((l) => l.includes('/grant'))).toEqual([
      `icacls ${root} /grant IIS AppPool\\P:(OI)(CI)(RX)`,
      `icacls ${logs} /grant IIS AppPool\\P:(OI)(CI)(M)`
    ])
    const second = await grantAccess(options)
    expect(second.changes).toEqual([])
    expect(options.reporter.messages('info').join('\n')).toMatch(/already has the access it needs/)
  })

  it('dry run: plans the grants, creates nothing', async () => {
    const runner = new FakeRunner({}, ok(`${root} BUILTIN\\Administrators:(OI)(CI)(F)\r\n`))
    const result = await grantAccess({
      runner,
      icaclsPath: 'icacls',
      reporter: new MemoryReporter(),
      physicalPath: root,
      pool: 'P',
      identity: 'NetworkService',
      writableFolders: ['App_Data'],
      dryRun: true
    })
    expect(result.changes.map((c) => c.command)).toEqual([
      `icacls ${root} /grant *S-1-5-20:(OI)(CI)(RX)`,
      `icacls ${path.join(root, 'logs')} /grant *S-1-5-20:(OI)(CI)(M)`,
      `icacls ${path.join(root, 'App_Data')} /grant *S-1-5-20:(OI)(CI)(M)`
    ])
    expect(fs.existsSync(path.join(root, 'logs'))).toBe(false)
    expect(runner.lines()).toEqual([`icacls ${root}`]) // only the read of the folder that exists
  })

  it('explains an unknown pool account (the virtual account exists only with its pool)', async () => {
    const runner = new FakeRunner({}, (call) =>
      call.args[1] === '/grant'
        ? {
            exitCode: 1332 & 0xff,
            stdout:
              'IIS AppPool\\Nope: No mapping between account names and security IDs was done.\r\nSuccessfully processed 0 files; Failed processing 1 files'
          }
        : ok(`${call.args[0]} BUILTIN\\Administrators:(OI)(CI)(F)`)
    )
    const error = await grantAccess({
      runner,
      icaclsPath: 'icacls',
      reporter: new MemoryReporter(),
      physicalPath: root,
      pool: 'Nope'
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ToolError)
    expect((error as ToolError).fix).toMatch(/exists only once the pool does/)
  })
})
