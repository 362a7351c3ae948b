// The hosting-bundle parsers on what a real .NET printed and wrote (__tests__/fixtures/dotnet-real, captured by
// `npm run dotnet:facts`; capture.json says which command, which SDK, when). `dotnet --list-runtimes` prints the
// same `<name> <version> [<folder>]` lines on Windows, with a Windows folder. No .NET needed here.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findSatisfying, parseListRuntimes } from '../../../src/steps/hosting-bundle/detect.js'
import {
  ASPNETCORE_FRAMEWORK,
  parseRuntimeConfig,
  readAppFrameworkNeed
} from '../../../src/steps/hosting-bundle/runtime-config.js'
import { channelOf, parseDotnetVersion } from '../../../src/steps/hosting-bundle/version.js'

const FACTS = path.join('__tests__', 'fixtures', 'dotnet-real')
const read = (file: string) => fs.readFileSync(path.join(FACTS, file), 'utf8')
const capture = JSON.parse(read('capture.json')) as {
  sdk: string
  capturedAt: string
  commands: Record<string, string>
}

describe(`the real dotnet of ${capture.capturedAt.slice(0, 10)} (SDK ${capture.sdk})`, () => {
  const runtimes = parseListRuntimes(read('list-runtimes.txt'))
  const lines = read('list-runtimes.txt').split(/\r?\n/).filter(Boolean)

  it('every line of `dotnet --list-runtimes` is one runtime', () => {
    expect(capture.commands['list-runtimes.txt']).toBe('dotnet --list-runtimes')
    expect(runtimes).toHaveLength(lines.length)
    for (const runtime of runtimes) {
      expect(parseDotnetVersion(runtime.version), runtime.version).toBeDefined()
      expect(runtime.path).toMatch(new RegExp(`[\\\\/]shared[\\\\/]${runtime.name.replace(/\./g, '\\.')}$`))
    }
    expect(runtimes.map((r) => r.name)).toContain(ASPNETCORE_FRAMEWORK)
    expect(runtimes.map((r) => r.name)).toContain('Microsoft.NETCore.App')
  })

  it('the same lines with Windows folders and CRLF parse the same', () => {
    const windows = lines
      .map((l) => l.replace(/\[.*[\\/]shared[\\/]/, '[C:\\Program Files\\dotnet\\shared\\'))
      .join('\r\n')
    expect(parseListRuntimes(`${windows}\r\n`)).toEqual(
      runtimes.map((r) => ({ ...r, path: `C:\\Program Files\\dotnet\\shared\\${r.name}` }))
    )
  })

  it('the SDK version `dotnet --version` printed is a version of its channel', () => {
    const version = read('version.txt').trim()
    expect(version).toBe(capture.sdk)
    expect(channelOf(version)).toMatch(/^\d+\.\d+$/)
    expect(read('list-sdks.txt')).toContain(`${version} [`)
  })

  it('hosting-bundle: auto on the framework-dependent runtimeconfig the SDK wrote (`frameworks` list)', () => {
    const json = read('runtimeconfig-framework-dependent.json')
    expect(JSON.parse(json).runtimeOptions.frameworks).toBeDefined()
    const need = parseRuntimeConfig(json, 'SampleApp.runtimeconfig.json')
    expect(need.kind).toBe('framework-dependent')
    expect(need.version).toMatch(/^\d+\.\d+\.0$/) // the SDK references the .0 of its channel: any patch runs it
    expect(need.channel).toBe(channelOf(capture.sdk))
    // This machine's runtime satisfies it, as the deploy's detection would conclude.
    const installed = runtimes.filter((r) => r.name === ASPNETCORE_FRAMEWORK).map((r) => r.version)
    expect(findSatisfying(installed, { kind: 'minimum', channel: need.channel, minimum: need.version })).toBe(
      installed.sort().at(-1)
    )
    // ...and one of an older channel does not.
    expect(findSatisfying(installed, { kind: 'minimum', channel: '8.0', minimum: '8.0.0' })).toBeUndefined()
  })

  it('hosting-bundle: auto on the self-contained runtimeconfig (`includedFrameworks`): only ANCM needed', () => {
    const json = read('runtimeconfig-self-contained-win-x64.json')
    const need = parseRuntimeConfig(json, 'SampleApp.runtimeconfig.json')
    expect(need.kind).toBe('self-contained')
    // The runtime pack carried inside the app is the one this SDK ships with: the machine's runtime.
    const aspnet = runtimes.find((r) => r.name === ASPNETCORE_FRAMEWORK)
    expect(need.version).toBe(aspnet?.version)
  })

  it('samples/publish carries the SDK-written runtimeconfig, and auto reads it from the folder', () => {
    expect(fs.readFileSync('samples/publish/SampleApp.runtimeconfig.json', 'utf8')).toBe(
      read('runtimeconfig-framework-dependent.json')
    )
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'real-runtimeconfig-'))
    try {
      fs.copyFileSync(
        path.join(FACTS, 'runtimeconfig-framework-dependent.json'),
        path.join(dir, 'SampleApp.runtimeconfig.json')
      )
      const need = readAppFrameworkNeed(dir, 'SampleApp')
      expect(need).toMatchObject({ kind: 'framework-dependent', channel: channelOf(capture.sdk) })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
