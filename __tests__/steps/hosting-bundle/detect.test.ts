// detectHostingBundle over a FakeRunner: which queries it makes and how it combines the sources (windows-facts §1.5).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ToolNotFoundError } from '../../../src/core/errors.js'
import type { ToolName } from '../../../src/core/tools.js'
import { ancmDllPath, detectHostingBundle } from '../../../src/steps/hosting-bundle/detect.js'
import { redactUrlCredentials } from '../../../src/steps/hosting-bundle/inputs.js'
import { FakeRunner, type RecordedCall } from '../../../test-support/fake-runner.js'

const NOT_FOUND = {
  exitCode: 1,
  stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n'
}

function tools(found: Partial<Record<ToolName, string>>) {
  return {
    resolve: async (tool: ToolName) => {
      const where = found[tool]
      if (!where) throw new ToolNotFoundError(tool, `${tool} was not found`)
      return where
    }
  }
}

/** Answers reg queries by key from `keys` (stdout), everything else not found; dotnet from `runtimes`. */
function machine(keys: Record<string, string>, runtimes?: string) {
  return new FakeRunner({}, (call: RecordedCall) => {
    if (call.tool === 'dotnet') return runtimes === undefined ? { exitCode: 1 } : { stdout: runtimes }
    const key = call.args[1] ?? ''
    return keys[key] !== undefined ? { stdout: keys[key] } : NOT_FOUND
  })
}

const crlf = (lines: string[]): string => lines.join('\r\n')
const IIS = crlf([
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp',
  '    MajorVersion    REG_DWORD    0xa',
  '    MinorVersion    REG_DWORD    0x0',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components',
  '    CoreWebEngine    REG_DWORD    0x1',
  '    W3SVC    REG_DWORD    0x1',
  ''
])
const VERSIONS = crlf([
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\x64\\sharedfx\\Microsoft.AspNetCore.App',
  '    8.0.11    REG_DWORD    0x1',
  ''
])

describe('detectHostingBundle', () => {
  it('asks the registry (IIS, ANCM, InstalledVersions, Shared Framework) and dotnet, and merges what they see', async () => {
    const runner = machine(
      {
        'HKLM\\SOFTWARE\\Microsoft\\InetStp': IIS,
        'HKLM\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\x64\\sharedfx\\Microsoft.AspNetCore.App':
          VERSIONS
      },
      'Microsoft.AspNetCore.App 8.0.11 [C:\\Program Files\\dotnet\\shared\\Microsoft.AspNetCore.App]\r\nMicrosoft.AspNetCore.App 9.0.1 [C:\\Program Files\\dotnet\\shared\\Microsoft.AspNetCore.App]\r\nMicrosoft.NETCore.App 9.0.1 [C:\\Program Files\\dotnet\\shared\\Microsoft.NETCore.App]\r\n'
    )
    const found = await detectHostingBundle({
      runner,
      env: {},
      platform: 'linux',
      tools: tools({ reg: 'reg', dotnet: 'dotnet' })
    })
    expect(runner.lines().sort()).toEqual(
      [
        'reg query HKLM\\SOFTWARE\\Microsoft\\InetStp /s',
        'reg query HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2',
        'reg query HKLM\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\x64\\sharedfx\\Microsoft.AspNetCore.App',
        'reg query HKLM\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework /s',
        'dotnet --list-runtimes'
      ].sort()
    )
    expect(runner.calls.every((c) => c.options.silent)).toBe(true)
    expect(found).toEqual({
      iis: { present: true, version: '10.0' },
      ancm: { present: false, version: undefined, registry: false, dll: undefined },
      aspNetCore: [
        { version: '8.0.11', sources: ['registry', 'dotnet --list-runtimes'] },
        { version: '9.0.1', sources: ['dotnet --list-runtimes'] }
      ],
      dotnet: 'dotnet'
    })
  })

  it('works without dotnet (a server with no runtime yet)', async () => {
    const found = await detectHostingBundle({
      runner: machine({}),
      env: {},
      platform: 'linux',
      tools: tools({ reg: 'reg' })
    })
    expect(found).toEqual({
      iis: { present: false, version: undefined },
      ancm: { present: false, version: undefined, registry: false, dll: undefined },
      aspNetCore: [],
      dotnet: undefined
    })
  })

  it('a 32-bit node on 64-bit Windows reads the 64-bit registry view (/reg:64) and the arm64 key on arm64', async () => {
    const runner = machine({})
    await detectHostingBundle({
      runner,
      env: { PROCESSOR_ARCHITECTURE: 'x86', PROCESSOR_ARCHITEW6432: 'ARM64' },
      platform: 'linux',
      tools: tools({ reg: 'reg' })
    })
    expect(runner.calls.every((c) => c.args.at(-1) === '/reg:64')).toBe(true)
    expect(runner.lines()).toContain(
      'reg query HKLM\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\arm64\\sharedfx\\Microsoft.AspNetCore.App /reg:64'
    )
  })

  it('the ANCM DLL alone counts as ANCM present', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-hb-pf-'))
    try {
      const dll = path.join(dir, 'IIS', 'Asp.Net Core Module', 'V2', 'aspnetcorev2.dll')
      fs.mkdirSync(path.dirname(dll), { recursive: true })
      fs.writeFileSync(dll, '')
      const found = await detectHostingBundle({
        runner: machine({}),
        env: { ProgramFiles: dir },
        platform: 'linux',
        tools: tools({ reg: 'reg' })
      })
      expect(found.ancm).toEqual({ present: true, version: undefined, registry: false, dll })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a missing reg is an error that says what to do', async () => {
    await expect(
      detectHostingBundle({ runner: machine({}), env: {}, platform: 'linux', tools: tools({}) })
    ).rejects.toThrow(ToolNotFoundError)
  })
})

describe('ancmDllPath (%ProgramFiles%\\IIS\\Asp.Net Core Module\\V2\\aspnetcorev2.dll, §1.5)', () => {
  it.each([
    [{}, 'win32', 'C:\\Program Files\\IIS\\Asp.Net Core Module\\V2\\aspnetcorev2.dll'],
    [{ ProgramFiles: 'D:\\PF' }, 'win32', 'D:\\PF\\IIS\\Asp.Net Core Module\\V2\\aspnetcorev2.dll'],
    // 32-bit node: ProgramFiles is the x86 folder, ProgramW6432 the real one.
    [
      { ProgramFiles: 'C:\\Program Files (x86)', ProgramW6432: 'C:\\Program Files' },
      'win32',
      'C:\\Program Files\\IIS\\Asp.Net Core Module\\V2\\aspnetcorev2.dll'
    ],
    [{}, 'linux', undefined],
    [{ ProgramFiles: '/tmp/pf' }, 'linux', '/tmp/pf/IIS/Asp.Net Core Module/V2/aspnetcorev2.dll']
  ] as const)('%j on %s', (env, platform, expected) => {
    expect(ancmDllPath(env, platform)).toBe(expected)
  })
})

describe('redactUrlCredentials', () => {
  it.each([
    ['https://user:s3cret@mirror.example/x.exe', 'https://***@mirror.example/x.exe'],
    [
      'from https://token@m.example/a and http://a:b@c/d.',
      'from https://***@m.example/a and http://***@c/d.'
    ],
    // A SAS signature is a credential too (docs/secrets.md §2); the other SAS fields are not.
    ['https://mirror.example/x.exe?sv=2022&sig=1', 'https://mirror.example/x.exe?sv=2022&sig=***']
  ])('%s', (text, expected) => {
    expect(redactUrlCredentials(text)).toBe(expected)
  })
})
