import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import {
  describeDetection,
  dotnetArchitecture,
  findSatisfying,
  installedVersionsKey,
  parseAncmRegistry,
  parseIisRegistry,
  parseInstalledVersions,
  parseListRuntimes,
  parseSharedFrameworkRegistry,
  type FrameworkNeed
} from '../../../src/steps/hosting-bundle/detect.js'
import { installerProperties } from '../../../src/steps/hosting-bundle/install.js'
import {
  buildHostingBundleArgs,
  describeInstallerExitCode,
  installerExitCode,
  installerLogTail,
  packageLogsOf,
  parseBurnLog,
  win32CodeOf
} from '../../../src/steps/hosting-bundle/installer.js'
import { parseRegQuery } from '../../../src/steps/hosting-bundle/reg-query.js'
import { parseNetOutput } from '../../../src/steps/hosting-bundle/restart.js'
import { findRuntimeConfig, parseRuntimeConfig } from '../../../src/steps/hosting-bundle/runtime-config.js'

const crlf = (lines: string[]): string => lines.join('\r\n')

// `reg query HKLM\SOFTWARE\Microsoft\InetStp /s` on Windows Server 2022 (trimmed), CRLF as reg.exe writes it.
const INETSTP = crlf([
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp',
  '    InstallPath    REG_EXPAND_SZ    %windir%\\system32\\inetsrv',
  '    MajorVersion    REG_DWORD    0xa',
  '    MinorVersion    REG_DWORD    0x0',
  '    SetupString    REG_SZ    IIS 10.0',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components',
  '    CoreWebEngine    REG_DWORD    0x1',
  '    ManagementConsole    REG_DWORD    0x1',
  '    W3SVC    REG_DWORD    0x1',
  '',
  ''
])

describe('parseRegQuery (reg.exe layout: four-space columns, (Default), End of search)', () => {
  it('reads keys and values, CRLF or LF', () => {
    for (const text of [INETSTP, INETSTP.replace(/\r\n/g, '\n')]) {
      const keys = parseRegQuery(text)
      expect(keys.map((k) => k.path)).toEqual([
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp',
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components'
      ])
      expect(keys[0]?.values[0]).toEqual({
        name: 'InstallPath',
        type: 'REG_EXPAND_SZ',
        data: '%windir%\\system32\\inetsrv'
      })
    }
  })

  it.each([
    ['    (Default)    REG_SZ    (value not set)', { name: '', type: 'REG_SZ', data: '(value not set)' }],
    [
      '    Display Name    REG_SZ    IIS 10 with spaces',
      { name: 'Display Name', type: 'REG_SZ', data: 'IIS 10 with spaces' }
    ],
    ['    Empty    REG_SZ    ', { name: 'Empty', type: 'REG_SZ', data: '' }],
    ['    Empty    REG_SZ', { name: 'Empty', type: 'REG_SZ', data: '' }],
    ['    List    REG_MULTI_SZ    a\\0b', { name: 'List', type: 'REG_MULTI_SZ', data: 'a\\0b' }]
  ])('value line %j', (line, value) => {
    expect(parseRegQuery(`\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\X\r\n${line}\r\n`)[0]?.values).toEqual([value])
  })

  it('ignores the search footer and lists subkey-only lines as keys', () => {
    const keys = parseRegQuery(
      crlf([
        '',
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\A',
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\B',
        '',
        'End of search: 0 match(es) found.'
      ])
    )
    expect(keys).toEqual([
      { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\A', values: [] },
      { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\B', values: [] }
    ])
  })
})

describe('detection parsers (windows-facts §1.4, §1.5)', () => {
  it('IIS counts when Components has CoreWebEngine=1 and W3SVC=1 (the bundle ANCM condition, §1.4)', () => {
    expect(parseIisRegistry(parseRegQuery(INETSTP))).toEqual({ present: true, version: '10.0' })
    expect(
      parseIisRegistry(
        parseRegQuery(INETSTP.replace('W3SVC    REG_DWORD    0x1', 'W3SVC    REG_DWORD    0x0'))
      )
    ).toEqual({
      present: false,
      version: '10.0'
    })
    expect(parseIisRegistry([])).toEqual({ present: false, version: undefined })
  })

  it('ANCM V2 registry: Install=1 and Version (§1.5)', () => {
    const text = crlf([
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2',
      '    Install    REG_DWORD    0x1',
      '    Version    REG_SZ    18.0.24295.11',
      ''
    ])
    expect(parseAncmRegistry(parseRegQuery(text))).toEqual({ installed: true, version: '18.0.24295.11' })
    expect(parseAncmRegistry([])).toEqual({ installed: false, version: undefined })
  })

  it('InstalledVersions: one REG_DWORD per version, in the 32-bit view (§1.5)', () => {
    expect(installedVersionsKey('x64')).toBe(
      'HKLM\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\x64\\sharedfx\\Microsoft.AspNetCore.App'
    )
    const text = crlf([
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\x64\\sharedfx\\Microsoft.AspNetCore.App',
      '    8.0.11    REG_DWORD    0x1',
      '    9.0.0    REG_DWORD    0x0',
      '    10.0.0-rc.2.25502.107    REG_DWORD    0x1',
      ''
    ])
    expect(parseInstalledVersions(parseRegQuery(text))).toEqual(['8.0.11', '10.0.0-rc.2.25502.107'])
  })

  it('Shared Framework keys v{Major.Minor}\\{version} (§1.5)', () => {
    const text = crlf([
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework',
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework\\v8.0',
      '    InstallDir    REG_SZ    C:\\Program Files\\dotnet\\',
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework\\v8.0\\8.0.11',
      '    Version    REG_SZ    8.0.11.24521',
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework\\v9.0\\odd',
      '    Version    REG_SZ    9.0.1',
      ''
    ])
    expect(parseSharedFrameworkRegistry(parseRegQuery(text))).toEqual(['8.0.11', '9.0.1'])
  })

  it('dotnet --list-runtimes lines (§1.5 regex)', () => {
    const text = crlf([
      'Microsoft.AspNetCore.App 8.0.11 [C:\\Program Files\\dotnet\\shared\\Microsoft.AspNetCore.App]',
      'Microsoft.NETCore.App 8.0.11 [C:\\Program Files\\dotnet\\shared\\Microsoft.NETCore.App]',
      'Microsoft.WindowsDesktop.App 10.0.0-rc.2.25502.107 [C:\\Program Files\\dotnet\\shared\\Microsoft.WindowsDesktop.App]',
      ''
    ])
    expect(parseListRuntimes(text)).toEqual([
      {
        name: 'Microsoft.AspNetCore.App',
        version: '8.0.11',
        path: 'C:\\Program Files\\dotnet\\shared\\Microsoft.AspNetCore.App'
      },
      {
        name: 'Microsoft.NETCore.App',
        version: '8.0.11',
        path: 'C:\\Program Files\\dotnet\\shared\\Microsoft.NETCore.App'
      },
      {
        name: 'Microsoft.WindowsDesktop.App',
        version: '10.0.0-rc.2.25502.107',
        path: 'C:\\Program Files\\dotnet\\shared\\Microsoft.WindowsDesktop.App'
      }
    ])
  })

  it.each([
    [{}, 'x64'],
    [{ PROCESSOR_ARCHITECTURE: 'AMD64' }, 'x64'],
    [{ processor_architecture: 'ARM64' }, 'arm64'],
    [{ PROCESSOR_ARCHITECTURE: 'x86', PROCESSOR_ARCHITEW6432: 'AMD64' }, 'x64'],
    [{ PROCESSOR_ARCHITECTURE: 'x86' }, 'x86']
  ])('architecture from %j → %s', (env, arch) => {
    expect(dotnetArchitecture(env)).toBe(arch)
  })

  it.each<[string[], FrameworkNeed, string | undefined]>([
    [['8.0.11'], { kind: 'exact', version: '8.0.11' }, '8.0.11'],
    [['8.0.12'], { kind: 'exact', version: '8.0.11' }, undefined],
    [['8.0.2', '8.0.12', '9.0.1'], { kind: 'minimum', channel: '8.0', minimum: '8.0.11' }, '8.0.12'],
    [['8.0.10', '9.0.1'], { kind: 'minimum', channel: '8.0', minimum: '8.0.11' }, undefined],
    [['10.0.10'], { kind: 'minimum', channel: '10.0', minimum: '10.0.0-preview.7.25380.108' }, undefined],
    [
      ['10.0.0-preview.7.25380.108'],
      { kind: 'minimum', channel: '10.0', minimum: '10.0.0-preview.7.25380.108' },
      '10.0.0-preview.7.25380.108'
    ]
  ])('findSatisfying(%j, %j) = %s', (installed, need, expected) => {
    expect(findSatisfying(installed, need)).toBe(expected)
  })

  it('describes what was found', () => {
    expect(
      describeDetection({
        iis: { present: true, version: '10.0' },
        ancm: { present: true, version: '18.0.24295.11', registry: true, dll: 'C:\\x\\aspnetcorev2.dll' },
        aspNetCore: [{ version: '8.0.11', sources: ['registry', 'dotnet --list-runtimes'] }]
      })
    ).toBe(
      'Found: IIS 10.0; ASP.NET Core Module V2 18.0.24295.11 (registry, C:\\x\\aspnetcorev2.dll); Microsoft.AspNetCore.App 8.0.11 (registry, dotnet --list-runtimes).'
    )
  })
})

describe('installer command line (windows-facts §1.2)', () => {
  it.each<[Parameters<typeof buildHostingBundleArgs>, string[]]>([
    [
      ['install', 'C:\\t\\hb.log'],
      ['/install', '/quiet', '/norestart', '/log', 'C:\\t\\hb.log']
    ],
    [
      ['repair', 'C:\\t 1\\hb.log', [{ name: 'OPT_NO_X86', value: '1' }]],
      ['/repair', '/quiet', '/norestart', '/log', 'C:\\t 1\\hb.log', 'OPT_NO_X86=1']
    ]
  ])('%j', (args, expected) => {
    expect(buildHostingBundleArgs(...args)).toEqual(expected)
  })

  it.each<[Parameters<typeof installerProperties>, string[]]>([
    // OPT_* choices stick in HKLM\...\host\options when a run passes none: OPT_NO_ANCM=0 is always explicit (§1.2).
    [[[], false], ['OPT_NO_ANCM=0']],
    [[[{ name: 'OPT_NO_ANCM', value: '1' }], false], ['OPT_NO_ANCM=1']],
    [
      [[{ name: 'OPT_NO_X86', value: '1' }], false],
      ['OPT_NO_X86=1', 'OPT_NO_ANCM=0']
    ],
    [
      [[], true],
      ['OPT_NO_ANCM=0', 'OPT_NO_RUNTIME=1', 'OPT_NO_SHAREDFX=1']
    ],
    [
      [[{ name: 'OPT_NO_RUNTIME', value: '0' }], true],
      ['OPT_NO_RUNTIME=0', 'OPT_NO_ANCM=0', 'OPT_NO_SHAREDFX=1']
    ]
  ])('installerProperties(%j)', (args, expected) => {
    expect(installerProperties(...args).map((p) => `${p.name}=${p.value}`)).toEqual(expected)
  })
})

// The tail of a real Burn log: the i007 line comes after the variable dump.
const BURN_3010 = crlf([
  '[0A2C:1F40][2026-07-20T10:00:01]i001: Burn v3.14.1.8722, Windows v10.0 (Build 20348: Service Pack 0), path: C:\\Windows\\Temp\\{x}\\.cr\\dotnet-hosting-8.0.29-win.exe',
  '[0A2C:1F40][2026-07-20T10:00:40]i399: Apply complete, result: 0x0, restart: Required, ba requested restart:  No',
  '[0A2C:1F40][2026-07-20T10:00:40]i500: Shutting down, exit code: 0xbc2',
  '[0A2C:1F40][2026-07-20T10:00:40]i410: Variable: OPT_NO_ANCM = 0',
  '[0A2C:1F40][2026-07-20T10:00:40]i410: Variable: WixBundleAction = 5',
  '[0A2C:1F40][2026-07-20T10:00:40]i007: Exit code: 0xbc2, restarting: No',
  ''
])
const BURN_1603 = crlf([
  '[0A2C:1F40][2026-07-20T10:00:20]i301: Applying execute package: AspNetCoreModuleV2_x64, action: Install',
  '[0A2C:1F40][2026-07-20T10:00:21]e000: Error 0x80070643: Failed to install MSI package.',
  '[0A2C:1F40][2026-07-20T10:00:21]e000: Error 0x80070643: Failed to execute MSI package.',
  '[0A2C:1F40][2026-07-20T10:00:22]i399: Apply complete, result: 0x80070643, restart: None, ba requested restart:  No',
  '[0A2C:1F40][2026-07-20T10:00:22]i500: Shutting down, exit code: 0x643',
  '[0A2C:1F40][2026-07-20T10:00:22]i410: Variable: WixBundleAction = 5',
  ''
])

describe('installer outcome (windows-facts §1.3)', () => {
  it('reads the exit code, restart and errors from the Burn log', () => {
    expect(parseBurnLog(BURN_3010)).toEqual({ exitCode: 3010, restart: 'Required', errors: [] })
    expect(parseBurnLog(BURN_1603)).toEqual({
      exitCode: 1603,
      restart: 'None',
      errors: [
        'Error 0x80070643: Failed to install MSI package.',
        'Error 0x80070643: Failed to execute MSI package.'
      ]
    })
    expect(parseBurnLog('')).toEqual({ exitCode: undefined, restart: undefined, errors: [] })
  })

  it('an HRESULT of the Win32 facility is its Win32 code (0x80070666 = 1638)', () => {
    expect(win32CodeOf(0x80070666)).toBe(1638)
    expect(win32CodeOf(0x80070643)).toBe(1603)
    expect(win32CodeOf(3010)).toBe(3010)
    expect(parseBurnLog('[1:2][t]i007: Exit code: 0x80070666, restarting: No').exitCode).toBe(1638)
  })

  it.each([
    // Linux keeps 8 bits: 3010 arrives as 194, 1603 as 67; the log says which.
    [194, BURN_3010, 3010],
    [67, BURN_1603, 1603],
    [3010, BURN_3010, 3010],
    // A log that disagrees (stale, another run) loses to the process.
    [0, BURN_1603, 0],
    [5, '', 5]
  ])('process exit %i with its log → %i', (exit, log, expected) => {
    expect(installerExitCode(exit, parseBurnLog(log))).toBe(expected)
  })

  it.each([
    [0, 'success', undefined],
    [3010, 'reboot-required', 'ERROR_SUCCESS_REBOOT_REQUIRED'],
    [1641, 'reboot-required', 'ERROR_SUCCESS_REBOOT_INITIATED'],
    [1602, 'failure', 'ERROR_INSTALL_USEREXIT'],
    [1603, 'failure', 'ERROR_INSTALL_FAILURE'],
    [1618, 'failure', 'ERROR_INSTALL_ALREADY_RUNNING'],
    [1638, 'failure', 'ERROR_PRODUCT_VERSION'],
    [5, 'failure', 'ERROR_ACCESS_DENIED'],
    [42, 'failure', undefined]
  ])('exit %i is %s (%s)', (code, kind, name) => {
    const outcome = describeInstallerExitCode(code)
    expect(outcome.kind).toBe(kind)
    expect(outcome.name).toBe(name)
    if (kind === 'failure') expect(outcome.fix).toBeTruthy()
  })

  it('the log tail skips the variable dump', () => {
    expect(installerLogTail(BURN_1603, 3)).toEqual([
      '[0A2C:1F40][2026-07-20T10:00:21]e000: Error 0x80070643: Failed to execute MSI package.',
      '[0A2C:1F40][2026-07-20T10:00:22]i399: Apply complete, result: 0x80070643, restart: None, ba requested restart:  No',
      '[0A2C:1F40][2026-07-20T10:00:22]i500: Shutting down, exit code: 0x643'
    ])
  })

  it('finds the per-package logs Burn writes next to the bundle log', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-hb-logs-'))
    try {
      for (const name of [
        'hb.log',
        'hb_000_DotNetRuntime_x64.log',
        'hb_001_AspNetCoreModuleV2_x64.log',
        'other.log'
      ]) {
        fs.writeFileSync(path.join(dir, name), '')
      }
      expect(packageLogsOf(path.join(dir, 'hb.log')).map((f) => path.basename(f))).toEqual([
        'hb_000_DotNetRuntime_x64.log',
        'hb_001_AspNetCoreModuleV2_x64.log'
      ])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('parseNetOutput (net.exe texts, decided by NET HELPMSG numbers first)', () => {
  const result = (stdout: string, stderr = '', exitCode = 0) => ({ stdout, stderr, exitCode })
  it.each([
    [
      'stop',
      result(
        'The World Wide Web Publishing Service service is stopping.\r\nThe World Wide Web Publishing Service service was stopped successfully.\r\n'
      ),
      { ok: true, state: 'stopped' }
    ],
    [
      'stop',
      result(
        '',
        'The Windows Process Activation Service service is not started.\r\n\r\nMore help is available by typing NET HELPMSG 3521.\r\n',
        2
      ),
      { ok: true, state: 'was-not-running', helpmsg: 3521 }
    ],
    [
      'start',
      result(
        '',
        'The requested service has already been started.\r\n\r\nMore help is available by typing NET HELPMSG 2182.\r\n',
        2
      ),
      { ok: true, state: 'was-running', helpmsg: 2182 }
    ],
    // Localized text, same number.
    [
      'start',
      result('', '请求的服务已经启动。\r\n\r\n请键入 NET HELPMSG 2182 以获得更多的帮助。', 2),
      { ok: true, state: 'was-running', helpmsg: 2182 }
    ],
    [
      'start',
      result('', 'System error 5 has occurred.\r\n\r\nAccess is denied.\r\n', 2),
      { ok: false, state: 'failed', systemError: 5 }
    ],
    [
      'start',
      result('', 'The service name is invalid.\r\n\r\nMore help is available by typing NET HELPMSG 2185.', 2),
      { ok: false, state: 'failed', helpmsg: 2185 }
    ],
    ['start', result('Der Dienst wurde erfolgreich gestartet.'), { ok: true, state: 'started' }],
    ['stop', result('', '', 2), { ok: false, state: 'failed' }]
  ] as const)('%s: %j', (verb, output, expected) => {
    expect(parseNetOutput(output, verb)).toEqual(expect.objectContaining(expected))
  })
})

describe('runtimeconfig.json (hosting-bundle: auto)', () => {
  it.each([
    [
      'framework',
      {
        runtimeOptions: { tfm: 'net8.0', framework: { name: 'Microsoft.AspNetCore.App', version: '8.0.0' } }
      },
      { kind: 'framework-dependent', version: '8.0.0', channel: '8.0' }
    ],
    [
      'frameworks array',
      {
        runtimeOptions: {
          frameworks: [
            { name: 'Microsoft.NETCore.App', version: '9.0.0' },
            { name: 'Microsoft.AspNetCore.App', version: '9.0.3' }
          ]
        }
      },
      { kind: 'framework-dependent', version: '9.0.3', channel: '9.0' }
    ],
    [
      'self-contained includedFrameworks',
      {
        runtimeOptions: {
          includedFrameworks: [
            { name: 'Microsoft.NETCore.App', version: '8.0.11' },
            { name: 'Microsoft.AspNetCore.App', version: '8.0.11' }
          ]
        }
      },
      { kind: 'self-contained', version: '8.0.11', channel: '8.0' }
    ]
  ])('%s', (_name, json, expected) => {
    expect(parseRuntimeConfig(JSON.stringify(json), 'App.runtimeconfig.json')).toEqual({
      file: 'App.runtimeconfig.json',
      ...expected
    })
  })

  it.each([
    ['{', 'App.runtimeconfig.json', 'is not valid JSON'],
    ['{}', 'App.runtimeconfig.json', "has no 'runtimeOptions'"],
    [
      JSON.stringify({ runtimeOptions: { framework: { name: 'Microsoft.NETCore.App', version: '8.0.0' } } }),
      'hosting-bundle',
      'does not use Microsoft.AspNetCore.App (frameworks: Microsoft.NETCore.App 8.0.0)'
    ]
  ])('refuses %s', (text, input, message) => {
    try {
      parseRuntimeConfig(text, 'App.runtimeconfig.json')
      throw new Error('no error')
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).input).toBe(input)
      expect((error as Error).message).toContain(message)
    }
  })

  it('finds the one runtimeconfig, or asks for app-name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-hb-app-'))
    try {
      expect(() => findRuntimeConfig(dir)).toThrow(/has no \*\.runtimeconfig\.json/)
      fs.writeFileSync(path.join(dir, 'A.runtimeconfig.json'), '{}')
      expect(findRuntimeConfig(dir)).toBe(path.join(dir, 'A.runtimeconfig.json'))
      fs.writeFileSync(path.join(dir, 'B.runtimeconfig.json'), '{}')
      expect(() => findRuntimeConfig(dir)).toThrow(
        /several runtimeconfig files \(A.runtimeconfig.json, B.runtimeconfig.json\): set 'app-name'/
      )
      expect(findRuntimeConfig(dir, 'B')).toBe(path.join(dir, 'B.runtimeconfig.json'))
      expect(() => findRuntimeConfig(dir, 'C')).toThrow(/C.runtimeconfig.json does not exist/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
