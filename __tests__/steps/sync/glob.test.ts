import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import {
  compileGlobs,
  compilePatternList,
  normalizeRelativePath,
  parsePattern,
  patternToRegExpSource,
  type ParsedPattern
} from '../../../src/steps/sync/glob.js'

describe('normalizeRelativePath', () => {
  it.each([
    ['a\\b\\c', 'a/b/c'],
    ['./a//b/', 'a/b'],
    ['/logs', 'logs'],
    ['', '']
  ])('%s → %s', (input, expected) => {
    expect(normalizeRelativePath(input)).toBe(expected)
  })
})

describe('exclude globs (names at any depth, paths anchored)', () => {
  it.each([
    // pattern, path, matches (file)
    ['*.pdb', 'MyApp.pdb', true],
    ['*.pdb', 'runtimes/win/lib/x.PDB', true], // case-insensitive, like Windows
    ['*.pdb', 'MyApp.dll', false],
    ['?.txt', 'a.txt', true],
    ['?.txt', 'ab.txt', false],
    ['?.txt', 'a/b.txt', true], // a bare name matches at any depth
    ['logs/', 'logs/today.log', true],
    ['logs/', 'logs', false], // folder-only: a file named logs is not matched
    ['logs/', 'sub/logs/x.log', true],
    ['logs', 'logs', true],
    ['logs', 'sub/logs/x.log', true],
    ['wwwroot/uploads', 'wwwroot/uploads/a.png', true],
    ['wwwroot/uploads', 'x/wwwroot/uploads/a.png', false], // a path is anchored at the root
    ['/web.config', 'web.config', true],
    ['/web.config', 'sub/web.config', false],
    ['config/*.json', 'config/a.json', true],
    ['config/*.json', 'config/deep/a.json', false], // * does not cross folders
    ['config/**/*.json', 'config/deep/er/a.json', true],
    ['config/**/*.json', 'config/a.json', true], // ** is zero or more folders
    ['**/bin', 'a/b/bin/x.dll', true],
    ['**/bin', 'bin/x.dll', true],
    ['docs/**', 'docs/a/b.md', true],
    ['docs/**', 'docs', false],
    ['wwwroot\\lib', 'wwwroot/lib/jquery.js', true], // backslashes are separators
    ['a+b(1).txt', 'a+b(1).txt', true], // regex characters are literal
    ['a+b(1).txt', 'aab(1).txt', false],
    ['a+b(1).txt', 'sub/a+b(1).txt', true], // also at depth (picomatch needs the parentheses escaped)
    ['a(1).txt', 'a1.txt', false],
    // Brackets, braces, a leading ! and extglobs are literal: legal in Windows names, and robocopy's /XF and Web
    // Deploy's skip rules could not honour them as glob syntax.
    ['report[1].txt', 'report[1].txt', true],
    ['report[1].txt', 'report1.txt', false],
    ['{a,b}.txt', 'a.txt', false],
    ['{a,b}.txt', 'x/{a,b}.txt', true],
    ['!keep.txt', 'other.txt', false],
    ['!keep.txt', '!keep.txt', true],
    ['@(x).txt', 'x.txt', false],
    ['my file.txt', 'sub/my file.txt', true],
    ['*.json', '.env.json', true], // dot files are ordinary files on Windows
    ['*', '.hidden/x', true],
    ['ÉTÉ*.txt', 'sub/été-1.txt', true],
    ['a**b', 'axxb', true], // `**` inside a name is an ordinary star
    ['a**b', 'ax/xb', false]
  ])('%s matches file %s: %s', (pattern, file, expected) => {
    const { matcher } = compilePatternList([pattern], 'exclude')
    expect(matcher.matchesFile(file)).toBe(expected)
  })

  it.each([
    ['logs/', 'logs', true],
    ['logs', 'sub/logs', true],
    ['*.pdb', 'x', false],
    ['wwwroot/uploads', 'wwwroot', false],
    ['wwwroot/uploads', 'wwwroot/uploads', true]
  ])('%s matches folder %s: %s', (pattern, dir, expected) => {
    const { matcher } = compilePatternList([pattern], 'exclude')
    expect(matcher.matchesDirectory(dir)).toBe(expected)
  })

  it('anchors bare names for preserve (target paths from the app root)', () => {
    const { matcher } = compilePatternList(['App_Data'], 'preserve', true)
    expect(matcher.matchesFile('App_Data/db.sqlite')).toBe(true)
    expect(matcher.matchesFile('app_data/db.sqlite')).toBe(true)
    expect(matcher.matchesFile('wwwroot/App_Data/x')).toBe(false)
  })

  it('ignores blank lines and # comments', () => {
    const { parsed } = compilePatternList(['', '  # comment', '*.pdb  '], 'exclude')
    expect(parsed.map((p) => p.body)).toEqual(['*.pdb'])
  })

  it.each([
    ['..', 'leaves the app folder'],
    ['a/../../etc', 'leaves the app folder'],
    ['C:\\Windows', 'absolute'],
    ['\\\\server\\share', 'absolute'],
    ['**', 'matches everything'],
    ['/', 'matches everything'],
    ['a|b', 'does not allow'],
    ['a"b', 'does not allow'],
    ['a\u0001b', 'does not allow']
  ])('refuses %j (%s) naming the input', (pattern, message) => {
    let error: unknown
    try {
      parsePattern(pattern, 'exclude')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('exclude')
    expect((error as Error).message).toContain(message)
    expect((error as Error).message).toContain("Input 'exclude'")
  })
})

describe('patternToRegExpSource (the planner and its worker threads get the rules as one expression)', () => {
  const paths = [
    'app_data/seed.db',
    'App_Data/',
    'logs',
    'logs/',
    'logs/a',
    'x/logs/',
    'x.pdb',
    'q/x.pdb',
    'docs/a',
    'a/b',
    'a/b/',
    'a/b/c',
    'wwwroot/x.txt',
    'wwwroot/x.txt/',
    'a(1).txt',
    'q/a(1).txt'
  ]
  it.each(['App_Data', 'logs/', '*.pdb', 'docs/**', 'a/b/', 'wwwroot/x.txt', 'a(1).txt', '/logs'])(
    '%s decides every path as the matcher does (a folder tested as <path>/)',
    (raw) => {
      const parsed = compilePatternList([raw], 'exclude').parsed
      const matcher = compileGlobs(parsed)
      const regex = new RegExp(patternToRegExpSource(parsed[0] as ParsedPattern), 'i')
      for (const p of paths) {
        const expected = p.endsWith('/') ? matcher.matchesDirectory(p.slice(0, -1)) : matcher.matchesFile(p)
        expect(regex.test(p), p).toBe(expected)
      }
    }
  )
})
