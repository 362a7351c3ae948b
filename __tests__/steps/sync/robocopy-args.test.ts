import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import {
  buildRobocopyArgs,
  buildRobocopyExclusions,
  stripTrailingSeparators,
  type RobocopyArgsOptions
} from '../../../src/steps/sync/robocopy.js'

const QUIET = ['/FP', '/NP', '/NDL', '/NJH', '/BYTES']
const PRESERVE_DEFAULT = (src: string, dst: string): string[] => [
  `${src}\\App_Data`,
  `${dst}\\App_Data`,
  `${src}\\logs`,
  `${dst}\\logs`
]

describe('buildRobocopyArgs (windows-facts §5)', () => {
  const src = 'C:\\build\\publish'
  const dst = 'C:\\inetpub\\MyApp'
  it.each<[string, RobocopyArgsOptions, string[]]>([
    [
      'copy without deleting: /E, explicit /R:3 /W:5 (not 1,000,000 retries), app_offline.htm and preserve excluded',
      { source: src, target: dst },
      [
        src,
        dst,
        '/E',
        '/COPY:DAT',
        '/R:3',
        '/W:5',
        '/MT:8',
        ...QUIET,
        '/XF',
        'app_offline.htm',
        ...PRESERVE_DEFAULT(src, dst),
        '/XD',
        ...PRESERVE_DEFAULT(src, dst)
      ]
    ],
    [
      'delete-extra: /E /PURGE rather than /MIR (which would overwrite folder security)',
      { source: src, target: dst, deleteExtra: true, preserve: [] },
      [src, dst, '/E', '/PURGE', '/COPY:DAT', '/R:3', '/W:5', '/MT:8', ...QUIET, '/XF', 'app_offline.htm']
    ],
    [
      'dry run adds /L; custom retries, wait, single thread, FAT times',
      {
        source: src,
        target: dst,
        dryRun: true,
        retries: 0,
        waitSeconds: 1,
        threads: 1,
        fatFileTimes: true,
        preserve: []
      },
      [src, dst, '/E', '/COPY:DAT', '/R:0', '/W:1', '/FFT', '/L', ...QUIET, '/XF', 'app_offline.htm']
    ],
    [
      'trailing backslashes are stripped: "C:\\x\\" would escape the closing quote',
      { source: 'C:\\My Build\\publish\\', target: 'C:\\My Sites\\App\\\\', preserve: [] },
      [
        'C:\\My Build\\publish',
        'C:\\My Sites\\App',
        '/E',
        '/COPY:DAT',
        '/R:3',
        '/W:5',
        '/MT:8',
        ...QUIET,
        '/XF',
        'app_offline.htm'
      ]
    ],
    [
      'UNC paths and paths with spaces stay one argument each (the runner quotes, never a shell)',
      { source: '\\\\build01\\drops\\My App\\', target: 'D:\\', preserve: [] },
      [
        '\\\\build01\\drops\\My App',
        'D:\\',
        '/E',
        '/COPY:DAT',
        '/R:3',
        '/W:5',
        '/MT:8',
        ...QUIET,
        '/XF',
        'app_offline.htm'
      ]
    ],
    [
      'exclude: names become /XF and /XD values, folders /XD only, paths full on both sides',
      {
        source: src,
        target: dst,
        preserve: [],
        exclude: ['*.pdb', 'node_modules/', 'appsettings.Development.json', 'wwwroot/uploads', '**/obj/']
      },
      [
        src,
        dst,
        '/E',
        '/COPY:DAT',
        '/R:3',
        '/W:5',
        '/MT:8',
        ...QUIET,
        '/XF',
        'app_offline.htm',
        '*.pdb',
        'appsettings.Development.json',
        `${src}\\wwwroot\\uploads`,
        `${dst}\\wwwroot\\uploads`,
        '/XD',
        '*.pdb',
        'node_modules',
        'appsettings.Development.json',
        `${src}\\wwwroot\\uploads`,
        `${dst}\\wwwroot\\uploads`,
        'obj'
      ]
    ],
    [
      'POSIX paths (the Linux tests) strip a trailing slash and keep /',
      { source: '/tmp/pub/', target: '/srv/site/', preserve: ['logs'] },
      [
        '/tmp/pub',
        '/srv/site',
        '/E',
        '/COPY:DAT',
        '/R:3',
        '/W:5',
        '/MT:8',
        ...QUIET,
        '/XF',
        'app_offline.htm',
        '/tmp/pub/logs',
        '/srv/site/logs',
        '/XD',
        '/tmp/pub/logs',
        '/srv/site/logs'
      ]
    ]
  ])('%s', (_name, options, expected) => {
    expect(buildRobocopyArgs(options)).toEqual(expected)
  })

  it('always sets /R: and /W: (robocopy defaults: 1,000,000 retries, 30 s apart)', () => {
    const args = buildRobocopyArgs({ source: src, target: dst })
    expect(args.filter((a) => /^\/[RW]:\d+$/.test(a))).toEqual(['/R:3', '/W:5'])
  })

  it('never emits /MIR, /NJS or /NFL (we parse the summary and the file lines)', () => {
    const args = buildRobocopyArgs({ source: src, target: dst, deleteExtra: true, dryRun: true })
    expect(args).not.toContain('/MIR')
    expect(args).not.toContain('/NJS')
    expect(args).not.toContain('/NFL')
  })

  it.each<[string, RobocopyArgsOptions, RegExp]>([
    [
      'wildcard inside a path',
      { source: src, target: dst, exclude: ['config/*.json'] },
      /wildcard inside a path/
    ],
    ['path at any depth', { source: src, target: dst, exclude: ['**/bin/x.dll'] }, /cannot be expressed/],
    ['wildcard preserve', { source: src, target: dst, preserve: ['*.db'] }, /Input 'preserve'/],
    ['retries out of range', { source: src, target: dst, retries: -1 }, /retries must be/],
    [
      'threads out of range',
      { source: src, target: dst, threads: 129 },
      /threads must be a whole number from 1 to 128/
    ],
    ['empty source', { source: ' ', target: dst }, /Input 'source'/]
  ])('refuses %s with an InputError', (_name, options, message) => {
    expect(() => buildRobocopyArgs(options)).toThrow(InputError)
    expect(() => buildRobocopyArgs(options)).toThrow(message)
  })
})

describe('stripTrailingSeparators', () => {
  it.each([
    ['C:\\x\\', 'C:\\x'],
    ['C:\\x\\\\', 'C:\\x'],
    ['C:\\x', 'C:\\x'],
    ['D:\\', 'D:\\'],
    ['D:', 'D:'],
    ['\\\\server\\share\\', '\\\\server\\share'],
    ['C:\\My Sites\\App\\', 'C:\\My Sites\\App'],
    ['/srv/site/', '/srv/site'],
    ['/', '/']
  ])('%s → %s', (input, expected) => {
    expect(stripTrailingSeparators(input)).toBe(expected)
  })
})

describe('buildRobocopyExclusions', () => {
  it('dedupes case-insensitively and always excludes app_offline.htm', () => {
    const x = buildRobocopyExclusions('C:\\s', 'C:\\t', ['APP_OFFLINE.HTM', '*.pdb', '*.PDB'], [])
    expect(x.files).toEqual(['app_offline.htm', '*.pdb'])
    expect(x.directories).toEqual(['APP_OFFLINE.HTM', '*.pdb'])
  })
})
