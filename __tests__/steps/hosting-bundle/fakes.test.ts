// The fake reg, net and dotnet print what the real Windows tools print, with their exit codes, so the parsers are
// tested against the real layout (windows-facts §1.4, §1.5; windows-on-linux §3).
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProcessRunner } from '../../../src/runtime/process-runner.js'
import { parseListRuntimes } from '../../../src/steps/hosting-bundle/detect.js'
import { parseRegQuery } from '../../../src/steps/hosting-bundle/reg-query.js'
import { parseNetOutput } from '../../../src/steps/hosting-bundle/restart.js'
import { FAKE_BIN, FakeMachine, KEYS } from './support.js'

const NOT_FOUND = 'ERROR: The system was unable to find the specified registry key or value.\r\n'
let machine: FakeMachine
const runner = new ProcessRunner()
const tool = (name: string, ...args: string[]) =>
  runner.run(path.join(FAKE_BIN, name), args, { env: machine.toolEnv, silent: true })

beforeEach(() => {
  machine = new FakeMachine()
})
afterEach(() => {
  machine.dispose()
})

describe('fake reg', () => {
  it('query prints values and subkeys in the reg.exe layout (CRLF, four-space columns)', async () => {
    machine.withIis().setValue(KEYS.inetStp, 'SetupString', 'REG_SZ', 'IIS 10.0')
    const result = await tool('reg', 'query', 'hklm\\SOFTWARE\\Microsoft\\InetStp')
    expect(result).toEqual({
      exitCode: 0,
      stderr: '',
      stdout: [
        '',
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp',
        '    MajorVersion    REG_DWORD    0xa',
        '    MinorVersion    REG_DWORD    0x0',
        '    SetupString    REG_SZ    IIS 10.0',
        '',
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components',
        ''
      ].join('\r\n')
    })
  })

  it('query /s walks subkeys; /v ... /s is a search with a match count', async () => {
    machine.withIis()
    const all = await tool('reg', 'query', 'HKLM\\SOFTWARE\\Microsoft\\InetStp', '/s')
    expect(
      parseRegQuery(all.stdout).map((k) => [k.path, k.values.map((v) => `${v.name}=${v.data}`)])
    ).toEqual([
      ['HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp', ['MajorVersion=0xa', 'MinorVersion=0x0']],
      ['HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components', ['CoreWebEngine=0x1', 'W3SVC=0x1']]
    ])
    const search = await tool('reg', 'query', 'HKLM\\SOFTWARE\\Microsoft\\InetStp', '/s', '/v', 'W3SVC')
    expect(search.stdout).toBe(
      [
        '',
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components',
        '    W3SVC    REG_DWORD    0x1',
        '',
        'End of search: 1 match(es) found.',
        ''
      ].join('\r\n')
    )
    const none = await tool('reg', 'query', 'HKLM\\SOFTWARE\\Microsoft\\InetStp', '/s', '/v', 'Nope')
    expect(none).toMatchObject({ exitCode: 1, stdout: '\r\nEnd of search: 0 match(es) found.\r\n' })
  })

  it('a missing key or value: exit 1 and the Windows error text on stderr', async () => {
    machine.withIis()
    expect(
      await tool('reg', 'query', 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2')
    ).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: NOT_FOUND
    })
    expect(await tool('reg', 'query', 'HKLM\\SOFTWARE\\Microsoft\\InetStp', '/v', 'Nope')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: NOT_FOUND
    })
  })

  it('add and delete answer "The operation completed successfully." and change the registry on disk', async () => {
    const added = await tool(
      'reg',
      'add',
      'HKLM\\SOFTWARE\\Test',
      '/v',
      'Count',
      '/t',
      'REG_DWORD',
      '/d',
      '0x10',
      '/f'
    )
    expect(added).toEqual({ exitCode: 0, stdout: 'The operation completed successfully.\r\n', stderr: '' })
    expect(machine.registry()['HKEY_LOCAL_MACHINE\\SOFTWARE\\Test']).toEqual({
      Count: { type: 'REG_DWORD', data: 16 }
    })
    await tool('reg', 'add', 'HKLM\\SOFTWARE\\Test', '/ve', '/d', 'default text', '/f')
    const query = await tool('reg', 'query', 'HKLM\\SOFTWARE\\Test', '/ve')
    expect(query.stdout).toBe(
      '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Test\r\n    (Default)    REG_SZ    default text\r\n\r\n'
    )
    expect(await tool('reg', 'delete', 'HKLM\\SOFTWARE\\Test', '/f')).toMatchObject({ exitCode: 0 })
    expect(await tool('reg', 'delete', 'HKLM\\SOFTWARE\\Test', '/f')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: NOT_FOUND
    })
  })

  it('bad syntax: exit 1 with the usage hint', async () => {
    expect(await tool('reg', 'query', 'HKLM\\SOFTWARE', '/bogus')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'ERROR: Invalid syntax.\r\nType "REG QUERY /?" for usage.\r\n'
    })
  })
})

describe('fake net', () => {
  it('net stop was /y stops W3SVC too, net start w3svc brings both back; every command is logged', async () => {
    machine.withIis()
    const stop = await tool('net', 'stop', 'was', '/y')
    expect(stop).toEqual({
      exitCode: 0,
      stderr: '',
      stdout: [
        'The following services are dependent on the Windows Process Activation Service service.',
        'Stopping the Windows Process Activation Service service will also stop these services.',
        '',
        '   World Wide Web Publishing Service',
        '',
        'The World Wide Web Publishing Service service is stopping.',
        'The World Wide Web Publishing Service service was stopped successfully.',
        '',
        'The Windows Process Activation Service service is stopping.',
        'The Windows Process Activation Service service was stopped successfully.',
        '',
        ''
      ].join('\r\n')
    })
    expect(machine.services().services).toEqual({ was: 'stopped', w3svc: 'stopped' })
    const start = await tool('net', 'start', 'w3svc')
    expect(start).toEqual({
      exitCode: 0,
      stderr: '',
      stdout:
        'The World Wide Web Publishing Service service is starting.\r\nThe World Wide Web Publishing Service service was started successfully.\r\n\r\n'
    })
    expect(machine.services().services).toEqual({ was: 'running', w3svc: 'running' })
    expect(machine.services().events.map((e) => `${e.command}: ${e.result}`)).toEqual([
      'stop was /y: stopped',
      'start w3svc: started'
    ])
  })

  it('failures exit 2 with their NET HELPMSG number', async () => {
    machine.withIis()
    const started = await tool('net', 'start', 'w3svc')
    expect(started).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'The requested service has already been started.\r\n\r\nMore help is available by typing NET HELPMSG 2182.\r\n'
    })
    expect(parseNetOutput(started, 'start')).toMatchObject({ ok: true, state: 'was-running' })
    await tool('net', 'stop', 'was', '/y')
    const notStarted = await tool('net', 'stop', 'was', '/y')
    expect(notStarted).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'The Windows Process Activation Service service is not started.\r\n\r\nMore help is available by typing NET HELPMSG 3521.\r\n'
    })
    const invalid = await tool('net', 'start', 'nosuchservice')
    expect(invalid.stderr).toBe(
      'The service name is invalid.\r\n\r\nMore help is available by typing NET HELPMSG 2185.\r\n'
    )
    expect(invalid.exitCode).toBe(2)
  })

  it('net stop without /y cannot answer the dependents prompt and stops nothing', async () => {
    machine.withIis()
    const result = await tool('net', 'stop', 'was')
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toContain('Do you want to continue this operation? (Y/N) [N]:')
    expect(machine.services().services).toEqual({ was: 'running', w3svc: 'running' })
  })
})

describe('fake dotnet', () => {
  it('--list-runtimes lists what the registry says is installed, in dotnet order and format', async () => {
    machine
      .withAspNetCore('9.0.1')
      .withAspNetCore('8.0.11')
      .setValue(
        KEYS.aspnetVersions().replace('Microsoft.AspNetCore.App', 'Microsoft.NETCore.App'),
        '8.0.11',
        'REG_DWORD',
        1
      )
    const result = await tool('dotnet', '--list-runtimes')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe(
      [
        'Microsoft.AspNetCore.App 8.0.11 [C:\\Program Files\\dotnet\\shared\\Microsoft.AspNetCore.App]',
        'Microsoft.AspNetCore.App 9.0.1 [C:\\Program Files\\dotnet\\shared\\Microsoft.AspNetCore.App]',
        'Microsoft.NETCore.App 8.0.11 [C:\\Program Files\\dotnet\\shared\\Microsoft.NETCore.App]',
        ''
      ].join('\r\n')
    )
    expect(parseListRuntimes(result.stdout).map((r) => `${r.name} ${r.version}`)).toEqual([
      'Microsoft.AspNetCore.App 8.0.11',
      'Microsoft.AspNetCore.App 9.0.1',
      'Microsoft.NETCore.App 8.0.11'
    ])
  })

  it('anything else is refused', async () => {
    expect((await tool('dotnet', '--info')).exitCode).toBe(1)
  })
})
