import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import { parsePattern } from '../../../src/steps/sync/glob.js'
import {
  APP_OFFLINE_SKIP,
  buildMsDeploySkipRules,
  escapeMsDeployRegex,
  patternToMsDeployRegex
} from '../../../src/steps/sync/msdeploy-skips.js'

/** The .NET regexes we emit in JavaScript terms: a leading (?i) is the i flag; the rest is common syntax. */
function dotNet(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source)
}

describe('escapeMsDeployRegex (Regex.Escape set)', () => {
  it.each([
    ['app_offline.htm', 'app_offline\\.htm'],
    ['file (1).txt', 'file \\(1\\)\\.txt'],
    ['a+b[1]{2}^$|#', 'a\\+b\\[1\\]\\{2\\}\\^\\$\\|\\#'],
    ['C:\\x', 'C:\\\\x'],
    ['Café', 'Café']
  ])('%s → %s', (text, escaped) => {
    expect(escapeMsDeployRegex(text)).toBe(escaped)
    // The escaped text matches itself literally and nothing else.
    expect(new RegExp(`^${escaped}$`).test(text)).toBe(true)
  })
})

describe('skip regexes: absolutePath is a regex over the full path, so paths are escaped and anchored (§4.4)', () => {
  it.each<[string, 'exclude' | 'preserve', string, string[], string[]]>([
    [
      'logs',
      'preserve',
      '(?i)\\\\logs$',
      ['C:\\inetpub\\app\\logs', 'C:\\inetpub\\app\\LOGS', 'Default Web Site/app\\logs', 'D:\\x\\sub\\logs'],
      [
        'C:\\inetpub\\app\\catalogs',
        'C:\\inetpub\\app\\logs.txt',
        'C:\\inetpub\\app\\logsx',
        'C:\\inetpub\\applogs'
      ]
    ],
    [
      'App_Data/keys',
      'preserve',
      '(?i)\\\\App_Data\\\\keys$',
      ['C:\\site\\App_Data\\keys', 'C:\\site\\app_data\\KEYS'],
      ['C:\\site\\App_Data', 'C:\\site\\App_Data\\keys2', 'C:\\site\\xApp_Data\\keys']
    ],
    [
      '*.pdb',
      'exclude',
      '(?i)\\\\[^\\\\]*\\.pdb$',
      ['C:\\pub\\App.pdb', 'C:\\pub\\sub\\x.PDB', 'C:\\pub\\.pdb'],
      ['C:\\pub\\App.pdb.bak', 'C:\\pub\\Apppdb', 'C:\\pub\\App.pdbx']
    ],
    [
      'appsettings.Development.json',
      'exclude',
      '(?i)\\\\appsettings\\.Development\\.json$',
      ['C:\\pub\\appsettings.Development.json'],
      ['C:\\pub\\appsettingsXDevelopmentXjson', 'C:\\pub\\appsettings.Development.json.bak']
    ],
    [
      'file (1)+[a].txt',
      'preserve',
      '(?i)\\\\file \\(1\\)\\+\\[a\\]\\.txt$',
      ['C:\\site\\file (1)+[a].txt'],
      ['C:\\site\\file 1+a.txt', 'C:\\site\\file (1)a.txt']
    ],
    [
      'wwwroot/**/*.map',
      'exclude',
      '(?i)\\\\wwwroot\\\\(?:[^\\\\]*\\\\)*[^\\\\]*\\.map$',
      ['C:\\pub\\wwwroot\\a.map', 'C:\\pub\\wwwroot\\js\\lib\\a.map'],
      ['C:\\pub\\wwwrootx\\a.map', 'C:\\pub\\wwwroot\\a.mapx']
    ],
    ['?.txt', 'exclude', '(?i)\\\\[^\\\\]\\.txt$', ['C:\\pub\\a.txt'], ['C:\\pub\\ab.txt', 'C:\\pub\\.txt']],
    ['uploads/', 'preserve', '(?i)\\\\uploads$', ['C:\\site\\uploads'], ['C:\\site\\uploads2']]
  ])('%s (%s) → %s', (pattern, input, regex, matches, misses) => {
    const parsed = parsePattern(pattern, input, input === 'preserve')
    expect(patternToMsDeployRegex(parsed)).toBe(regex)
    const re = dotNet(regex)
    for (const p of matches) expect(re.test(p), p).toBe(true)
    for (const p of misses) expect(re.test(p), p).toBe(false)
  })

  it('protects app_offline.htm in any casing (ANCM looks it up case-insensitively, §6)', () => {
    const re = dotNet(APP_OFFLINE_SKIP.absolutePath)
    expect(re.test('C:\\site\\app_offline.htm')).toBe(true)
    expect(re.test('Default Web Site/app\\App_Offline.htm')).toBe(true)
    expect(re.test('C:\\site\\app_offlineXhtm')).toBe(false)
  })
})

describe('buildMsDeploySkipRules', () => {
  it('emits app_offline.htm first, folder-only patterns as dirPath, others as both, without duplicates', () => {
    expect(
      buildMsDeploySkipRules(['*.pdb', '', '# comment'], ['logs/', 'App_Data', 'app_offline.htm'])
    ).toEqual([
      APP_OFFLINE_SKIP,
      { objectName: 'dirPath', absolutePath: '(?i)\\\\[^\\\\]*\\.pdb$' },
      { objectName: 'filePath', absolutePath: '(?i)\\\\[^\\\\]*\\.pdb$' },
      { objectName: 'dirPath', absolutePath: '(?i)\\\\logs$' },
      { objectName: 'dirPath', absolutePath: '(?i)\\\\App_Data$' },
      { objectName: 'filePath', absolutePath: '(?i)\\\\App_Data$' },
      { objectName: 'dirPath', absolutePath: '(?i)\\\\app_offline\\.htm$' }
    ])
  })

  it.each([
    ['exclude', ['../outside'], []],
    ['preserve', [], ['C:\\abs']],
    ['preserve', [], ['say"hi']]
  ])('refuses a bad %s pattern with the input named (glob.ts rules)', (input, exclude, preserve) => {
    expect(() => buildMsDeploySkipRules(exclude, preserve)).toThrow(InputError)
    try {
      buildMsDeploySkipRules(exclude, preserve)
    } catch (error) {
      expect((error as InputError).input).toBe(input)
    }
  })
})
