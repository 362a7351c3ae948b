import { describe, expect, it } from 'vitest'
import { findOnPath, parseMsDeployInstallPaths, resolveTool, ToolResolver } from '../../src/core/tools.js'
import { FakeRunner } from '../../test-support/fake-runner.js'
import { InputError, ToolNotFoundError } from '../../src/core/errors.js'

const files = (...paths: string[]) => {
  const set = new Set(paths.map((p) => p.toLowerCase()))
  return (candidate: string) => set.has(candidate.toLowerCase())
}

describe('tool discovery (contract §3)', () => {
  it.each([
    ['bare name on Linux', 'linux', { PATH: '/usr/bin:/opt/fake' }, ['/opt/fake/appcmd'], '/opt/fake/appcmd'],
    ['first PATH entry wins', 'linux', { PATH: '/a:/b' }, ['/a/robocopy', '/b/robocopy'], '/a/robocopy'],
    [
      'PATHEXT on Windows',
      'win32',
      { Path: 'C:\\fake;C:\\Windows\\system32', PATHEXT: '.COM;.EXE;.BAT' },
      ['C:\\Windows\\system32\\robocopy.exe'],
      'C:\\Windows\\system32\\robocopy.exe'
    ],
    [
      '.cmd shims are skipped: they cannot run without a shell (CVE-2024-27980)',
      'win32',
      { PATH: 'C:\\shims;C:\\real', PATHEXT: '.CMD;.EXE' },
      ['C:\\shims\\msdeploy.cmd', 'C:\\real\\msdeploy.exe'],
      'C:\\real\\msdeploy.exe'
    ],
    [
      'quoted PATH entry',
      'win32',
      { PATH: '"C:\\Program Files\\IIS Express"' },
      ['C:\\Program Files\\IIS Express\\iisexpress.exe'],
      'C:\\Program Files\\IIS Express\\iisexpress.exe'
    ]
  ] as const)('%s', (_name, platform, env, existing, expected) => {
    const name = expected.replace(/^.*[\\/]/, '').replace(/\.exe$/, '')
    expect(findOnPath(name, { platform, env, isFile: files(...existing) })).toBe(expected)
  })

  it('falls back to %windir%\\system32\\inetsrv\\appcmd.exe on Windows', async () => {
    const found = await resolveTool('appcmd', {
      platform: 'win32',
      env: { PATH: 'C:\\x', windir: 'D:\\Win' },
      isFile: files('D:\\Win\\system32\\inetsrv\\appcmd.exe')
    })
    expect(found).toBe('D:\\Win\\system32\\inetsrv\\appcmd.exe')
  })

  it('finds msdeploy through the registry InstallPath, highest version first', async () => {
    const runner = new FakeRunner({}, (call) =>
      call.args[0] === 'query'
        ? {
            stdout: [
              '',
              'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy\\2',
              '    InstallPath    REG_SZ    C:\\Old\\',
              '',
              'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy\\3',
              '    InstallPath    REG_SZ    C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\',
              ''
            ].join('\r\n')
          }
        : { exitCode: 1 }
    )
    const found = await resolveTool('msdeploy', {
      platform: 'win32',
      env: { PATH: 'C:\\Windows\\system32', ProgramFiles: 'C:\\Program Files' },
      runner,
      isFile: files(
        'C:\\Windows\\system32\\reg.exe',
        'C:\\Old\\msdeploy.exe',
        'C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe'
      )
    })
    expect(found).toBe('C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe')
    expect(runner.calls.map((c) => c.args)).toEqual([
      ['query', 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy', '/s', '/v', 'InstallPath', '/reg:64'],
      ['query', 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy', '/s', '/v', 'InstallPath', '/reg:32']
    ])
  })

  it('finds a 32-bit Web Deploy: in the 32-bit registry view, or under Program Files (x86)', async () => {
    const x86 = 'C:\\Program Files (x86)\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe'
    const wow = new FakeRunner({}, (call) =>
      call.args.includes('/reg:32')
        ? {
            stdout:
              'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\IIS Extensions\\MSDeploy\\3\r\n    InstallPath    REG_SZ    C:\\Program Files (x86)\\IIS\\Microsoft Web Deploy V3\\\r\n'
          }
        : { exitCode: 1 }
    )
    const context = {
      platform: 'win32' as const,
      env: { PATH: 'C:\\Windows\\system32', ProgramFiles: 'C:\\Program Files' },
      isFile: files('C:\\Windows\\system32\\reg.exe', x86)
    }
    expect(await resolveTool('msdeploy', { ...context, runner: wow })).toBe(x86)
    // No registry answer at all: the (x86) folder is still a default location.
    expect(await resolveTool('msdeploy', context)).toBe(x86)
  })

  it.each(['C:\\tools\\msdeploy.cmd', 'C:\\tools\\appcmd.BAT'])(
    'refuses a batch file override (%s) with the fix, instead of a raw EINVAL',
    async (override) => {
      const error = await resolveTool(
        'msdeploy',
        { platform: 'win32', env: {}, isFile: () => true },
        override
      ).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).toMatch(/msdeploy-path.*batch file.*never uses one.*\.exe/)
    }
  )

  it('parses reg query output into install folders', () => {
    expect(
      parseMsDeployInstallPaths(
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy\\3\n    InstallPath    REG_SZ    C:\\W\\\n'
      )
    ).toEqual(['C:\\W\\'])
    expect(
      parseMsDeployInstallPaths('ERROR: The system was unable to find the specified registry key or value.')
    ).toEqual([])
  })

  it('refuses an override that does not exist, naming the input', async () => {
    await expect(
      resolveTool('msdeploy', { platform: 'linux', env: {}, isFile: () => false }, '/nope/msdeploy')
    ).rejects.toThrow(
      new InputError(
        'msdeploy-path',
        "Input 'msdeploy-path': '/nope/msdeploy' does not exist or is not a file."
      )
    )
  })

  it('says what to install when a tool is missing', async () => {
    const error = await resolveTool('msdeploy', {
      platform: 'linux',
      env: { PATH: '/x' },
      isFile: () => false
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ToolNotFoundError)
    expect((error as Error).message).toMatch(/Install Web Deploy 3\.6.*msdeploy-path/)
  })

  it('resolves each tool once, but retries after a failure (a step may install it)', async () => {
    let present = false
    const resolver = new ToolResolver({
      platform: 'linux',
      env: { PATH: '/bin' },
      isFile: (p) => present && p === '/bin/appcmd'
    })
    await expect(resolver.resolve('appcmd')).rejects.toBeInstanceOf(ToolNotFoundError)
    present = true
    await expect(resolver.resolve('appcmd')).resolves.toBe('/bin/appcmd')
  })
})
