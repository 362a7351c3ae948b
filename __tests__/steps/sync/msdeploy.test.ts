import { describe, expect, it } from 'vitest'
import { CancelledError, InputError, ToolNotFoundError } from '../../../src/core/errors.js'
import type { Clock } from '../../../src/core/ports.js'
import {
  buildMsDeployCommandLine,
  buildMsDeployRemoveAppOfflineCommandLine,
  iisAppPath,
  msDeployComputerName,
  MsDeployError,
  msDeploySyncResult,
  parseMsDeployCommandLine,
  parseMsDeployOutput,
  removeAppOfflineWithWebDeploy,
  settingValue,
  syncWithWebDeploy,
  trimTrailingSeparators,
  type MsDeployOptions
} from '../../../src/steps/sync/msdeploy.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

const APP_OFFLINE = '-skip:objectName=filePath,absolutePath="(?i)\\\\app_offline\\.htm$"'
const EXE = 'C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe'

describe('buildMsDeployCommandLine', () => {
  it.each<[string, MsDeployOptions, string[]]>([
    [
      'local IIS app, defaults: iisApp both sides (§4.3), DoNotDeleteRule, app_offline.htm kept, retries explicit',
      { source: 'C:\\build\\publish', target: { site: 'Default Web Site', application: '/MyApp' } },
      [
        '-verb:sync',
        '-source:iisApp=C:\\build\\publish',
        '-dest:iisApp="Default Web Site/MyApp",includeAcls=False',
        '-enableRule:DoNotDeleteRule',
        APP_OFFLINE,
        '-retryAttempts:5',
        '-retryInterval:3000'
      ]
    ],
    [
      'root application, trailing backslash trimmed, checksum, dry run, own retries',
      {
        source: 'C:\\build\\my publish\\',
        target: { site: 'Shop', application: '/' },
        checksum: true,
        dryRun: true,
        retryAttempts: 10,
        retryIntervalMs: 6000
      },
      [
        '-verb:sync',
        '-source:iisApp="C:\\build\\my publish"',
        '-dest:iisApp=Shop,includeAcls=False',
        '-enableRule:DoNotDeleteRule',
        APP_OFFLINE,
        '-retryAttempts:10',
        '-retryInterval:6000',
        '-useChecksum',
        '-whatif'
      ]
    ],
    [
      'delete-extra with preserve and exclude, AppOffline rule',
      {
        source: '/w/publish',
        target: { site: 'Shop', application: 'api/v1/' },
        deleteExtra: true,
        appOffline: true,
        exclude: ['*.pdb'],
        preserve: ['App_Data', 'logs/']
      },
      [
        '-verb:sync',
        '-source:iisApp=/w/publish',
        '-dest:iisApp=Shop/api/v1,includeAcls=False',
        '-enableRule:AppOffline',
        APP_OFFLINE,
        '-skip:objectName=dirPath,absolutePath="(?i)\\\\[^\\\\]*\\.pdb$"',
        '-skip:objectName=filePath,absolutePath="(?i)\\\\[^\\\\]*\\.pdb$"',
        '-skip:objectName=dirPath,absolutePath="(?i)\\\\App_Data$"',
        '-skip:objectName=filePath,absolutePath="(?i)\\\\App_Data$"',
        '-skip:objectName=dirPath,absolutePath="(?i)\\\\logs$"',
        '-retryAttempts:5',
        '-retryInterval:3000'
      ]
    ],
    [
      'physical folder target: contentPath both sides',
      { source: 'C:\\pub', target: { folder: 'D:\\sites\\shop\\releases\\42\\' } },
      [
        '-verb:sync',
        '-source:contentPath=C:\\pub',
        '-dest:contentPath=D:\\sites\\shop\\releases\\42,includeAcls=False',
        '-enableRule:DoNotDeleteRule',
        APP_OFFLINE,
        '-retryAttempts:5',
        '-retryInterval:3000'
      ]
    ],
    [
      'remote through WMSvc: computerName, credentials, Basic, -allowUntrusted (§4.2, §4.3)',
      {
        source: 'C:\\pub',
        target: { site: 'My Site', application: '/' },
        remote: {
          url: 'https://web01:8172/msdeploy.axd?site=My%20Site',
          userName: 'deploy',
          password: 'p@ss w0rd',
          allowUntrusted: true
        },
        appOffline: true
      },
      [
        '-verb:sync',
        '-source:iisApp=C:\\pub',
        '-dest:iisApp="My Site",computerName="https://web01:8172/msdeploy.axd?site=My%20Site",userName=deploy,password="p@ss w0rd",authType=Basic,includeAcls=False',
        '-enableRule:AppOffline',
        '-enableRule:DoNotDeleteRule',
        APP_OFFLINE,
        '-retryAttempts:5',
        '-retryInterval:3000',
        '-allowUntrusted'
      ]
    ],
    [
      'remote NTLM without a password (integrated), Remote Agent host name',
      { source: 'C:\\pub', target: { site: 'S' }, remote: { url: 'web01', authType: 'NTLM' } },
      [
        '-verb:sync',
        '-source:iisApp=C:\\pub',
        '-dest:iisApp=S,computerName=web01,authType=NTLM,includeAcls=False',
        '-enableRule:DoNotDeleteRule',
        APP_OFFLINE,
        '-retryAttempts:5',
        '-retryInterval:3000'
      ]
    ],
    [
      'a Web Deploy package: -source:package to -dest:auto with the app name parameter',
      {
        source: 'C:\\drop\\MyApp',
        target: { site: 'Shop', application: '/api' },
        package: {
          kind: 'package',
          path: 'C:\\drop\\MyApp.zip',
          setParams: ['-setParam:name="IIS Web Application Name",value=Shop/api']
        }
      },
      [
        '-verb:sync',
        '-source:package=C:\\drop\\MyApp.zip',
        '-dest:auto,includeAcls=False',
        '-setParam:name="IIS Web Application Name",value=Shop/api',
        '-enableRule:DoNotDeleteRule',
        APP_OFFLINE,
        '-retryAttempts:5',
        '-retryInterval:3000'
      ]
    ]
  ])('%s', (_name, options, args) => {
    const command = buildMsDeployCommandLine(options)
    expect(command.args).toEqual(args)
    // Every token is one msdeploy argument: what msdeploy splits from the joined line is what we built.
    expect(parseMsDeployCommandLine(command.args.join(' ')).arguments.map((a) => a.text)).toEqual(args)
  })

  it('masks the password in the display form only', () => {
    const options: MsDeployOptions = {
      source: 'C:\\pub',
      target: { site: 'S' },
      remote: { url: 'https://h:8172/msdeploy.axd', userName: 'u', password: 'Secr3t&x' }
    }
    const command = buildMsDeployCommandLine(options)
    expect(command.args[2]).toContain('password="Secr3t&x"')
    expect(command.displayArgs[2]).toBe(
      '-dest:iisApp=S,computerName="https://h:8172/msdeploy.axd?site=S",userName=u,password=***,authType=Basic,includeAcls=False'
    )
    expect(command.displayArgs.join(' ')).not.toContain('Secr3t')
    expect(command.displayArgs.filter((a) => !a.startsWith('-dest:'))).toEqual(
      command.args.filter((a) => !a.startsWith('-dest:'))
    )
  })

  it.each<[string, Partial<MsDeployOptions>, string, RegExp]>([
    [
      'remote to a folder',
      { target: { folder: 'C:\\x' }, remote: { url: 'https://h:8172' } },
      'site',
      /needs 'site'/
    ],
    [
      'AppOffline to a folder (peers §3.2)',
      { target: { folder: 'C:\\x' }, appOffline: true },
      'take-offline',
      /ERROR_SITE_DOES_NOT_EXIST/
    ],
    [
      'package to a folder',
      {
        source: 'C:\\a',
        target: { folder: 'C:\\x' },
        package: { kind: 'package', path: 'C:\\a.zip', setParams: [] }
      },
      'source',
      /Web Deploy package/
    ],
    [
      'password without user',
      { remote: { url: 'https://h', password: 'x' } },
      'msdeploy-username',
      /give both/
    ],
    [
      'unknown auth type',
      { remote: { url: 'https://h', authType: 'Digest' as 'Basic' } },
      'msdeploy-auth-type',
      /Basic or NTLM/
    ],
    [
      'credentials in the URL',
      { remote: { url: 'https://u:p@h:8172/msdeploy.axd' } },
      'msdeploy-url',
      /holds credentials/
    ],
    [
      'another site in ?site=',
      { remote: { url: 'https://h:8172/msdeploy.axd?site=Other' } },
      'msdeploy-url',
      /names the site 'Other'/
    ],
    ['ftp URL', { remote: { url: 'ftp://h/x' } }, 'msdeploy-url', /only https/],
    ['site with a slash', { target: { site: 'a/b' } }, 'site', /cannot contain '\/'/],
    ['empty site', { target: { site: '' } }, 'site', /is empty/],
    [
      'application leaving the site',
      { target: { site: 'S', application: '/../x' } },
      'application',
      /virtual path/
    ],
    ['retries out of range', { retryAttempts: 1000 }, 'retryAttempts', /0 to 100/],
    ['negative interval', { retryIntervalMs: -1 }, 'retryIntervalMs', /0 to 600000/],
    ['exclude leaving the folder', { exclude: ['../x'] }, 'exclude', /leaves the app folder/]
  ])('refuses %s', (_name, overrides, input, message) => {
    const options: MsDeployOptions = { source: 'C:\\pub', target: { site: 'S' }, ...overrides }
    let error: unknown
    try {
      buildMsDeployCommandLine(options)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect((error as InputError).message).toMatch(message)
  })
})

describe('msDeployComputerName', () => {
  it.each([
    ['https://web01:8172/msdeploy.axd?site=Shop', 'Shop', 'https://web01:8172/msdeploy.axd?site=Shop'],
    ['https://web01:8172', 'Shop', 'https://web01:8172/msdeploy.axd?site=Shop'], // ChristopheLav/iis-deploy#4 style
    [
      'https://web01:8172/msdeploy.axd',
      'Default Web Site',
      'https://web01:8172/msdeploy.axd?site=Default%20Web%20Site'
    ],
    [
      'https://web01:8172/msdeploy.axd?site=default+web+site',
      'Default Web Site',
      'https://web01:8172/msdeploy.axd?site=default+web+site'
    ],
    ['https://web01:8172/msdeploy.axd?x=1', 'A&B', 'https://web01:8172/msdeploy.axd?x=1&site=A%26B'],
    ['web01', 'Shop', 'web01'],
    ['web01.corp.local:8080', 'Shop', 'web01.corp.local:8080']
  ])('%s (site %s) → %s', (url, site, computerName) => {
    expect(msDeployComputerName(url, site)).toBe(computerName)
  })
})

describe('small helpers', () => {
  it.each([
    ['C:\\pub\\', 'C:\\pub'],
    ['C:\\pub\\\\', 'C:\\pub'],
    ['/w/pub/', '/w/pub'],
    ['C:\\', 'C:\\'],
    ['C:\\\\', 'C:\\'],
    ['/', '/'],
    ['\\\\server\\share\\', '\\\\server\\share']
  ])('trimTrailingSeparators(%j) = %j', (value, trimmed) => {
    expect(trimTrailingSeparators(value)).toBe(trimmed)
  })

  it.each([
    ['S', '/', 'S'],
    ['S', '', 'S'],
    ['S', '/api', 'S/api'],
    ['S', 'api\\v1\\', 'S/api/v1']
  ])('iisAppPath(%s, %s) = %s', (site, app, expected) => {
    expect(iisAppPath(site, app)).toBe(expected)
  })

  it('counts files from the change lines, falls back on the summary', () => {
    const withLines = parseMsDeployOutput(
      'Info: Adding directory (S\\d).\nInfo: Adding file (S\\d\\a).\nInfo: Updating file (S\\b).\nInfo: Deleting file (S\\c).\nTotal changes: 4 (2 added, 1 deleted, 1 updated, 0 parameters changed, 42 bytes copied)'
    )
    expect(msDeploySyncResult(withLines, 0, false)).toEqual({
      method: 'msdeploy',
      filesAdded: 1,
      filesUpdated: 1,
      filesDeleted: 1,
      bytesCopied: 42,
      exitCode: 0,
      summary:
        'Web Deploy changed 3 files: 1 added, 1 updated, 1 deleted, 42 bytes copied (msdeploy: 4 changes).',
      dryRun: false
    })
    const summaryOnly = parseMsDeployOutput(
      'Total changes: 5 (3 added, 1 deleted, 1 updated, 0 parameters changed, 7 bytes copied)'
    )
    expect(msDeploySyncResult(summaryOnly, 0, true)).toMatchObject({
      filesAdded: 3,
      filesDeleted: 1,
      filesUpdated: 1,
      dryRun: true
    })
    expect(msDeploySyncResult(summaryOnly, 0, true).summary).toMatch(/^Web Deploy would change 5 files/)
  })

  it('builds the App_Offline.htm clean-up of §4.3', () => {
    const command = buildMsDeployRemoveAppOfflineCommandLine({
      target: { site: 'My Site', application: '/api' },
      remote: { url: 'https://h:8172/msdeploy.axd', userName: 'u', password: 'pw 1', allowUntrusted: true }
    })
    expect(command.args).toEqual([
      '-verb:delete',
      '-dest:contentPath="My Site/api/App_Offline.htm",computerName="https://h:8172/msdeploy.axd?site=My%20Site",userName=u,password="pw 1",authType=Basic',
      '-allowUntrusted'
    ])
    expect(command.displayArgs[1]).toContain('password=***')
    expect(command.displayArgs.join(' ')).not.toContain('pw 1')
  })
})

// ---------------------------------------------------------------------------------------------------------------
// The hostile-value corpus (issue 4, peers §3.3 / §4 idea 8): every value either reaches msdeploy intact (what
// msdeploy's parser reads back from the line equals what we meant) or is refused with an InputError that names the
// input, shows the value (masked when secret) and says why.

const CORPUS: Array<[string, string]> = [
  ['space', 'with space'],
  ['ampersand', 'a&b'],
  ['caret', 'a^b'],
  ['percent', '100%'],
  ['env-like', '%PATH%'],
  ['pipe', 'a|b'],
  ['less-than', 'a<b'],
  ['greater-than', 'a>b'],
  ['double quote', 'say "hi"'],
  ['single quote', "it's"],
  ['comma', 'a,b'],
  ['semicolon', 'a;b'],
  ['equals', 'a=b'],
  ['hash', 'a#b'],
  ['all of them', `p w&^%|<>',;=#x`],
  ['unicode', 'Café 日本 🚀'],
  ['trailing backslash', 'ends\\'],
  ['space and trailing backslash', 'ends here\\'],
  ['comma and trailing backslash', 'a,b\\'],
  ['leading dash', '-x'],
  ['leading and trailing spaces', ' padded '],
  ['cmd escape sequence', '^"&calc&^"'],
  ['line break', 'two\nlines'],
  ['tab', 'a\tb'],
  ['lone surrogate', 'bad\uD83D']
]

type Field = 'source' | 'physical-path' | 'site' | 'application' | 'msdeploy-username' | 'msdeploy-password'
const FIELDS: Field[] = [
  'source',
  'physical-path',
  'site',
  'application',
  'msdeploy-username',
  'msdeploy-password'
]

function optionsWith(field: Field, value: string): MsDeployOptions {
  const remote = { url: 'https://web01:8172/msdeploy.axd', userName: 'deploy', password: 'Plain1' }
  switch (field) {
    case 'source':
      return { source: `C:\\build\\${value}`, target: { site: 'S' } }
    case 'physical-path':
      return { source: 'C:\\pub', target: { folder: `D:\\sites\\${value}` } }
    case 'site':
      return { source: 'C:\\pub', target: { site: value }, remote }
    case 'application':
      return { source: 'C:\\pub', target: { site: 'S', application: `/api/${value}` } }
    case 'msdeploy-username':
      return { source: 'C:\\pub', target: { site: 'S' }, remote: { ...remote, userName: value } }
    case 'msdeploy-password':
      return { source: 'C:\\pub', target: { site: 'S' }, remote: { ...remote, password: value } }
  }
}

/** What we meant for the field, as msdeploy should read it. */
function intended(field: Field, value: string): string {
  switch (field) {
    case 'source':
      return trimTrailingSeparators(`C:\\build\\${value}`)
    case 'physical-path':
      return trimTrailingSeparators(`D:\\sites\\${value}`)
    case 'site':
      return value
    case 'application':
      // A virtual path: `\` is read as `/` and empty segments vanish, as the pipeline options do.
      return `S/api/${value.replace(/\\/g, '/').split('/').filter(Boolean).join('/')}`
    default:
      return value
  }
}

/** What msdeploy reads for the field from the raw command line Windows hands it (program path included). */
function readBack(field: Field, args: string[]): string | undefined {
  const parsed = parseMsDeployCommandLine(`"${EXE}" ${args.join(' ')}`, { program: true })
  expect(parsed.program).toBe(EXE)
  const dest = parsed.dest?.settings ?? []
  switch (field) {
    case 'source':
      return parsed.source?.path
    case 'physical-path':
    case 'application':
      return parsed.dest?.path
    case 'site': {
      const computerName = settingValue(dest, 'computerName') ?? ''
      // The site travels twice: as the destination path and in ?site= of the URL.
      expect(new URL(computerName).searchParams.get('site')).toBe(parsed.dest?.path)
      return parsed.dest?.path
    }
    case 'msdeploy-username':
      return settingValue(dest, 'userName')
    case 'msdeploy-password':
      return settingValue(dest, 'password')
  }
}

const CASES = FIELDS.flatMap((field) => CORPUS.map(([name, value]) => [field, name, value] as const))

describe('hostile-value corpus: intact or refused, never mangled', () => {
  const outcomes: Record<string, 'intact' | 'refused'> = {}

  it.each(CASES)('%s: %s', (field, name, value) => {
    let command
    try {
      command = buildMsDeployCommandLine(optionsWith(field, value))
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      const inputError = error as InputError
      expect(inputError.input).toBe(field)
      expect(inputError.message).toContain(`Input '${field}'`)
      expect(inputError.message).toMatch(/: (it|a site name|use a virtual path)/)
      if (field === 'msdeploy-password') {
        expect(inputError.message).toContain("'***'")
        expect(inputError.message).not.toContain(value)
      }
      outcomes[`${field}: ${name}`] = 'refused'
      return
    }
    expect(readBack(field, command.args)).toBe(intended(field, value))
    outcomes[`${field}: ${name}`] = 'intact'
  })

  // The decisions themselves, so that a builder refusing everything (or mangling instead of refusing) fails here.
  it.each<[string, 'intact' | 'refused']>([
    ['msdeploy-password: all of them', 'intact'],
    ['msdeploy-password: single quote', 'intact'],
    ['msdeploy-password: cmd escape sequence', 'refused'], // holds a double quote
    ['msdeploy-password: double quote', 'refused'],
    ['msdeploy-password: trailing backslash', 'intact'], // bare: no `\"` is written
    ['msdeploy-password: space and trailing backslash', 'refused'],
    ['msdeploy-password: unicode', 'intact'],
    ['msdeploy-password: leading and trailing spaces', 'intact'],
    ['msdeploy-password: line break', 'refused'],
    ['msdeploy-username: comma', 'intact'],
    ['source: trailing backslash', 'intact'], // trimmed: the same folder
    ['source: space and trailing backslash', 'intact'],
    ['source: double quote', 'refused'],
    ['site: ampersand', 'intact'],
    ['site: trailing backslash', 'refused'], // a site name cannot contain '\'
    ['site: unicode', 'intact'],
    ['application: percent', 'intact']
  ])('%s → %s', (key, outcome) => {
    expect(outcomes[key]).toBe(outcome)
  })
})

describe('randomized hostile values (seeded): intact or refused', () => {
  const alphabet = [...` &^%|<>"',;=#\\/-_.:@!$()[]{}~\`é日🚀aZ0`]
  let seed = 20261122
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed
  }
  const values = Array.from({ length: 300 }, () =>
    Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]).join('')
  )

  it.each(['msdeploy-password', 'msdeploy-username', 'source', 'site'] as Field[])('%s', (field) => {
    let intact = 0
    for (const value of values) {
      let command
      try {
        command = buildMsDeployCommandLine(optionsWith(field, value))
      } catch (error) {
        expect(error, JSON.stringify(value)).toBeInstanceOf(InputError)
        expect((error as InputError).input).toBe(field)
        continue
      }
      expect(readBack(field, command.args), JSON.stringify(value)).toBe(intended(field, value))
      intact++
    }
    expect(intact).toBeGreaterThan(values.length / 2)
  })
})

// ---------------------------------------------------------------------------------------------------------------

const tools = { resolve: async () => EXE }
const noWait: Clock = { now: () => 0, sleep: async () => undefined }

describe('syncWithWebDeploy', () => {
  const options: MsDeployOptions = {
    source: 'C:\\pub',
    target: { site: 'Shop', application: '/api' },
    remote: { url: 'https://web01:8172/msdeploy.axd', userName: 'deploy', password: 'S3cr&t p"w' }
  }

  it('runs msdeploy verbatim and silent, logs the masked line itself, and reports the counts', async () => {
    const reporter = new MemoryReporter()
    const runner = new FakeRunner(
      {},
      {
        stdout:
          'Info: Adding file (Shop/api\\App.dll).\nTotal changes: 1 (1 added, 0 deleted, 0 updated, 0 parameters changed, 1024 bytes copied)\n'
      }
    )
    const password = 'S3cr&t pw'
    const result = await syncWithWebDeploy(
      { runner, reporter, tools },
      { ...options, remote: { ...options.remote!, password } }
    )
    expect(result).toMatchObject({
      method: 'msdeploy',
      filesAdded: 1,
      bytesCopied: 1024,
      exitCode: 0,
      dryRun: false
    })
    expect(runner.calls).toHaveLength(1)
    expect(runner.calls[0]?.tool).toBe(EXE)
    expect(runner.calls[0]?.options).toMatchObject({ verbatimArguments: true, silent: true })
    expect(runner.calls[0]?.args).toContain(
      '-dest:iisApp=Shop/api,computerName="https://web01:8172/msdeploy.axd?site=Shop",userName=deploy,password="S3cr&t pw",authType=Basic,includeAcls=False'
    )
    expect(reporter.messages('info')[0]).toBe(
      `[command]"${EXE}" -verb:sync -source:iisApp=C:\\pub -dest:iisApp=Shop/api,computerName="https://web01:8172/msdeploy.axd?site=Shop",userName=deploy,password=***,authType=Basic,includeAcls=False -enableRule:DoNotDeleteRule ${APP_OFFLINE} -retryAttempts:5 -retryInterval:3000`
    )
    expect(reporter.text()).not.toContain(password)
  })

  it('classifies a failure into an MsDeployError with the fix', async () => {
    const reporter = new MemoryReporter()
    const runner = new FakeRunner(
      {},
      {
        exitCode: 255,
        stderr:
          'Error Code: ERROR_CERTIFICATE_VALIDATION_FAILED\nMore Information: could not verify the certificate.\nError count: 1.'
      }
    )
    const error = await syncWithWebDeploy(
      { runner, reporter, tools },
      { ...options, remote: { ...options.remote!, password: 'pw' } }
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MsDeployError)
    expect((error as MsDeployError).code).toBe('ERROR_CERTIFICATE_VALIDATION_FAILED')
    expect((error as MsDeployError).fix).toMatch(/allow-untrusted: true/)
  })

  it('runs the whole sync again after a dropped connection, then succeeds (§4.6: peers retry 3 times)', async () => {
    const reporter = new MemoryReporter()
    const answers = [
      {
        exitCode: 255,
        stderr: 'Error Code: ERROR_CONNECTION_TERMINATED\nMore Information: dropped.\nError count: 1.'
      },
      { stdout: 'Total changes: 0 (0 added, 0 deleted, 0 updated, 0 parameters changed, 0 bytes copied)' }
    ]
    const runner = new FakeRunner({}, () => answers.shift() ?? {})
    const slept: number[] = []
    const clock: Clock = { now: () => 0, sleep: async (ms) => void slept.push(ms) }
    const result = await syncWithWebDeploy(
      { runner, reporter, tools, clock },
      { ...options, remote: { ...options.remote!, password: 'pw' }, connectionRetryDelayMs: 1234 }
    )
    expect(result.exitCode).toBe(0)
    expect(runner.calls).toHaveLength(2)
    expect(slept).toEqual([1234])
    expect(reporter.warnings[0]).toMatch(/ERROR_CONNECTION_TERMINATED.*attempt 2 of 3/)
  })

  it('does not run a non-transient failure again, and gives up on a transient one after the attempts', async () => {
    const fileInUse = new FakeRunner(
      {},
      { exitCode: 255, stderr: 'Error Code: ERROR_FILE_IN_USE\nError count: 1.' }
    )
    await expect(
      syncWithWebDeploy(
        { runner: fileInUse, reporter: new MemoryReporter(), tools, clock: noWait },
        { source: 'C:\\p', target: { site: 'S' } }
      )
    ).rejects.toThrow(/ERROR_FILE_IN_USE/)
    expect(fileInUse.calls).toHaveLength(1)

    const dropped = new FakeRunner(
      {},
      { exitCode: 255, stderr: 'Error Code: ERROR_CONNECTION_TERMINATED\nError count: 1.' }
    )
    await expect(
      syncWithWebDeploy(
        { runner: dropped, reporter: new MemoryReporter(), tools, clock: noWait },
        { source: 'C:\\p', target: { site: 'S' }, connectionAttempts: 2 }
      )
    ).rejects.toBeInstanceOf(MsDeployError)
    expect(dropped.calls).toHaveLength(2)
  })

  it('stops waiting when cancelled', async () => {
    const controller = new AbortController()
    const runner = new FakeRunner({}, () => {
      controller.abort()
      return { exitCode: 255, stderr: 'Error Code: ERROR_CONNECTION_TERMINATED\nError count: 1.' }
    })
    await expect(
      syncWithWebDeploy(
        { runner, reporter: new MemoryReporter(), tools, clock: noWait },
        { source: 'C:\\p', target: { site: 'S' }, signal: controller.signal }
      )
    ).rejects.toBeInstanceOf(CancelledError)
  })

  it('surfaces a missing msdeploy as the resolver says', async () => {
    const missing = {
      resolve: async () => Promise.reject(new ToolNotFoundError('msdeploy', 'msdeploy was not found'))
    }
    await expect(
      syncWithWebDeploy(
        { runner: new FakeRunner(), reporter: new MemoryReporter(), tools: missing },
        { source: 'C:\\p', target: { site: 'S' } }
      )
    ).rejects.toBeInstanceOf(ToolNotFoundError)
  })

  it('removes App_Offline.htm through msdeploy -verb:delete', async () => {
    const runner = new FakeRunner(
      {},
      { stdout: 'Total changes: 0 (0 added, 0 deleted, 0 updated, 0 parameters changed, 0 bytes copied)' }
    )
    const reporter = new MemoryReporter()
    await removeAppOfflineWithWebDeploy({ runner, reporter, tools }, { target: { site: 'S' } })
    expect(runner.calls[0]?.args).toEqual(['-verb:delete', '-dest:contentPath=S/App_Offline.htm'])
    expect(runner.calls[0]?.options).toMatchObject({ verbatimArguments: true, silent: true })
  })
})

describe('the password never reaches a log line or an error (contract §1 Secrets)', () => {
  // Passwords of the corpus that are long enough to be distinctive in a log.
  const passwords = [
    `p w&^%|<>',;=#x`,
    "it's-a-secret",
    'Café 日本 🚀 pw',
    'ends-with\\',
    'a,b=c;d#e',
    '%PATH%&calc',
    ' padded secret ',
    'say "hi" pw', // refused: the error must not show it either
    'ends here\\', // refused
    'two\nlines pw' // refused
  ]

  /** Output that echoes the password in every form a tool might: raw, quoted, in an argument error. */
  function echoing(password: string): { exitCode: number; stdout: string; stderr: string } {
    return {
      exitCode: 255,
      stdout: `Info: Using password ${password} and "${password}"\n`,
      stderr: [
        `Error: Unrecognized argument '-dest:iisApp=S,password="${password}"'. All arguments must begin with "-".`,
        'Error Code: ERROR_USER_UNAUTHORIZED',
        `More Information: user deploy with password ${password} could not authorize.`,
        `Error: ${encodeURIComponent(password)}`,
        'Error count: 1.'
      ].join('\n')
    }
  }

  it.each(passwords)('%j', async (password) => {
    const reporter = new MemoryReporter()
    const runner = new FakeRunner({}, () => echoing(password))
    const throwingRunner = new FakeRunner({}, (call) => {
      throw new Error(`spawn failed: ${call.args.join(' ')}`)
    })
    const sync = (r: FakeRunner): Promise<unknown> =>
      syncWithWebDeploy(
        { runner: r, reporter, tools, clock: noWait },
        {
          source: 'C:\\pub',
          target: { site: 'S' },
          remote: { url: 'https://web01:8172/msdeploy.axd', userName: 'deploy', password },
          connectionAttempts: 1
        }
      ).then(
        () => undefined,
        (e: unknown) => e
      )
    let refused = false
    for (const r of [runner, throwingRunner]) {
      const error = (await sync(r)) as Error & { fix?: string; details?: string[] }
      expect(error).toBeInstanceOf(Error)
      refused = error instanceof InputError
      const thrownText = [error.message, error.stack ?? '', error.fix ?? '', ...(error.details ?? [])].join(
        '\n'
      )
      expect(thrownText).not.toContain(password)
      expect(thrownText).not.toContain(password.trim())
    }
    // Every level, debug included (a refused password stops before anything is logged).
    if (!refused) expect(reporter.lines.length).toBeGreaterThan(0)
    expect(reporter.text()).not.toContain(password)
    expect(reporter.text()).not.toContain(encodeURIComponent(password))
  })
})
