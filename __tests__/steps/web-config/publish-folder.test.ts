import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import {
  detectAppName,
  detectSelfContained,
  findWebConfig,
  lookupPublishFile
} from '../../../src/steps/web-config/publish-folder.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-folder-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function files(entries: Record<string, string>): void {
  for (const [name, content] of Object.entries(entries)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
}

const FRAMEWORK = JSON.stringify({
  runtimeOptions: { framework: { name: 'Microsoft.AspNetCore.App', version: '8.0.0' } }
})
const FRAMEWORKS = JSON.stringify({
  runtimeOptions: { frameworks: [{ name: 'Microsoft.NETCore.App' }, { name: 'Microsoft.AspNetCore.App' }] }
})
const CONSOLE = JSON.stringify({
  runtimeOptions: { framework: { name: 'Microsoft.NETCore.App', version: '8.0.0' } }
})
const SELF_CONTAINED = JSON.stringify({
  runtimeOptions: {
    includedFrameworks: [{ name: 'Microsoft.NETCore.App' }, { name: 'Microsoft.AspNetCore.App' }]
  }
})

describe('detectAppName (from *.runtimeconfig.json)', () => {
  it.each<[string, Record<string, string>, string]>([
    ['one app', { 'MyApp.runtimeconfig.json': FRAMEWORK, 'MyApp.dll': '' }, 'MyApp'],
    [
      'the sample',
      Object.fromEntries(
        fs
          .readdirSync('samples/publish', { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [e.name, fs.readFileSync(path.join('samples/publish', e.name), 'utf8')])
      ),
      'SampleApp'
    ],
    [
      '*.dev.runtimeconfig.json is not an app',
      { 'MyApp.runtimeconfig.json': FRAMEWORK, 'MyApp.dev.runtimeconfig.json': '{}' },
      'MyApp'
    ],
    [
      '*.runtimeconfig.dev.json is not an app',
      { 'Web.Api.runtimeconfig.json': FRAMEWORK, 'Web.Api.runtimeconfig.dev.json': '{}' },
      'Web.Api'
    ],
    [
      'a runtimeconfig without its dll is not an app',
      { 'MyApp.runtimeconfig.json': FRAMEWORK, 'MyApp.dll': '', 'Tool.runtimeconfig.json': CONSOLE },
      'MyApp'
    ],
    [
      'the ASP.NET Core app among console tools',
      {
        'MyApp.runtimeconfig.json': FRAMEWORKS,
        'MyApp.dll': '',
        'Migrator.runtimeconfig.json': CONSOLE,
        'Migrator.dll': ''
      },
      'MyApp'
    ],
    ['no dll at all (still a candidate)', { 'Only.runtimeconfig.json': FRAMEWORK }, 'Only']
  ])('%s', (_name, entries, expected) => {
    files(entries)
    expect(detectAppName(dir)).toBe(expected)
  })

  it('none: an InputError naming the input', () => {
    files({ 'readme.txt': '' })
    expect(() => detectAppName(dir)).toThrow(InputError)
    expect(() => detectAppName(dir)).toThrow(/No \*\.runtimeconfig\.json.*Set 'app-name'/)
  })

  it('several: an InputError naming every candidate and the input', () => {
    files({ 'A.runtimeconfig.json': FRAMEWORK, 'A.dll': '', 'B.runtimeconfig.json': FRAMEWORK, 'B.dll': '' })
    expect(() => detectAppName(dir, '--app-name')).toThrow(
      /Several apps in .*: A\.runtimeconfig\.json, B\.runtimeconfig\.json\. Set '--app-name'/
    )
  })

  it('invalid JSON names the file', () => {
    files({ 'A.runtimeconfig.json': FRAMEWORK, 'A.dll': '', 'B.runtimeconfig.json': '{oops', 'B.dll': '' })
    expect(() => detectAppName(dir)).toThrow(/B\.runtimeconfig\.json is not valid JSON/)
  })
})

describe('detectSelfContained (<app>.exe and no shared framework)', () => {
  it.each<[string, Record<string, string>, boolean]>([
    [
      'framework-dependent with an apphost (the SDK still writes dotnet)',
      { 'MyApp.runtimeconfig.json': FRAMEWORK, 'MyApp.exe': '', 'MyApp.dll': '' },
      false
    ],
    [
      'framework-dependent with several frameworks',
      { 'MyApp.runtimeconfig.json': FRAMEWORKS, 'MyApp.exe': '' },
      false
    ],
    [
      'self-contained',
      { 'MyApp.runtimeconfig.json': SELF_CONTAINED, 'MyApp.exe': '', 'MyApp.dll': '' },
      true
    ],
    [
      'self-contained, file names in another case',
      { 'myapp.runtimeconfig.json': SELF_CONTAINED, 'MYAPP.EXE': '' },
      true
    ],
    ['no runtimeconfig, no exe', {}, false],
    ['framework-dependent without exe', { 'MyApp.runtimeconfig.json': FRAMEWORK, 'MyApp.dll': '' }, false]
  ])('%s → %s', (_name, entries, expected) => {
    files(entries)
    expect(detectSelfContained(dir, 'MyApp')).toBe(expected)
  })

  it('self-contained for a non-Windows runtime has no .exe: an InputError', () => {
    files({ 'MyApp.runtimeconfig.json': SELF_CONTAINED, MyApp: '' })
    expect(() => detectSelfContained(dir, 'MyApp')).toThrow(/no MyApp\.exe.*win-x64/)
  })
})

describe('findWebConfig and lookupPublishFile (Windows names are case-insensitive)', () => {
  it('finds Web.config', () => {
    files({ 'Web.config': '' })
    expect(findWebConfig(dir)).toBe(path.join(dir, 'Web.config'))
  })

  it('prefers the exact name', () => {
    files({ 'web.config': '', 'WEB.CONFIG': '' })
    expect(findWebConfig(dir)).toBe(path.join(dir, 'web.config'))
  })

  it('ignores a folder named web.config', () => {
    fs.mkdirSync(path.join(dir, 'web.config'))
    expect(findWebConfig(dir)).toBeUndefined()
  })

  it.each([
    ['.\\App.dll', 'found'],
    ['./app.DLL', 'found'],
    ['App.dll', 'found'],
    ['bin\\Lib.dll', 'found'],
    ['BIN/lib.dll', 'found'],
    ['.\\Missing.dll', 'missing'],
    ['bin', 'missing'],
    ['App.dll\\x', 'missing'],
    ['C:\\apps\\App.dll', 'unchecked'],
    ['\\\\server\\share\\App.dll', 'unchecked'],
    ['%HOME%\\App.dll', 'unchecked'],
    ['..\\App.dll', 'unchecked']
  ])('%s → %s', (written, status) => {
    files({ 'App.dll': '', 'bin/Lib.dll': '' })
    expect(lookupPublishFile(dir, written).status).toBe(status)
  })
})
