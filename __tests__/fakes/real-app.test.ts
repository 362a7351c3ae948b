// When the fake IIS runs a real app (test-support/fakes/lib/real-app.mjs) and which dotnet it uses; no .NET needed.
// The real app served end to end is __tests__/scenarios/real-app.test.ts.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findRealDotnet, realAppOf } from '../../test-support/fakes/lib/real-app.mjs'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'real-app-of-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const PE = Buffer.from('MZ\x90\x00\x03', 'latin1')

function webConfig(aspNetCore: string, variables = ''): void {
  fs.writeFileSync(
    path.join(dir, 'web.config'),
    `<?xml version="1.0" encoding="utf-8"?>\r\n<configuration><location path="." inheritInChildApplications="false">` +
      `<system.webServer><handlers><add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" /></handlers>` +
      `${aspNetCore.replace('/>', `>${variables}</aspNetCore>`)}</system.webServer></location></configuration>`
  )
}

describe('realAppOf', () => {
  it('a real assembly run by dotnet, with its arguments, variables and stdout log', () => {
    fs.writeFileSync(path.join(dir, 'My App.dll'), PE)
    webConfig(
      `<aspNetCore processPath="dotnet" arguments="&quot;.\\My App.dll&quot; --flag" stdoutLogEnabled="true" stdoutLogFile=".\\logs\\stdout" />`,
      '<environmentVariables><environmentVariable name="A" value="1" /></environmentVariables>'
    )
    expect(realAppOf(dir)).toEqual({
      dll: path.join(dir, 'My App.dll'),
      args: ['--flag'],
      environmentVariables: { A: '1' },
      stdoutLog: path.join(dir, 'logs', 'stdout')
    })
  })

  it('no stdout log when stdoutLogEnabled is not true', () => {
    fs.writeFileSync(path.join(dir, 'App.dll'), PE)
    webConfig(`<aspNetCore processPath="dotnet" arguments=".\\App.dll" stdoutLogEnabled="false" />`)
    expect(realAppOf(dir)?.stdoutLog).toBeUndefined()
  })

  it.each<[string, () => void]>([
    [
      'a FAKEAPP stand-in',
      () => {
        fs.writeFileSync(path.join(dir, 'App.dll'), 'FAKEAPP {"version":"1.0.0"}\n')
        webConfig(`<aspNetCore processPath="dotnet" arguments=".\\App.dll" />`)
      }
    ],
    [
      'a self-contained exe',
      () => {
        fs.writeFileSync(path.join(dir, 'App.exe'), PE)
        webConfig(`<aspNetCore processPath=".\\App.exe" />`)
      }
    ],
    ['a missing dll', () => webConfig(`<aspNetCore processPath="dotnet" arguments=".\\App.dll" />`)],
    ['no web.config', () => fs.writeFileSync(path.join(dir, 'App.dll'), PE)]
  ])('none for %s', (_name, arrange) => {
    arrange()
    expect(realAppOf(dir)).toBeUndefined()
  })
})

describe('findRealDotnet', () => {
  const fakeBin = path.resolve('test-support', 'fakes', 'bin')

  it('skips the fake dotnet on PATH and takes the next one', () => {
    const bin = path.join(dir, 'bin')
    fs.mkdirSync(bin)
    fs.writeFileSync(path.join(bin, 'dotnet'), '#!/bin/sh\n', { mode: 0o755 })
    expect(findRealDotnet({ PATH: [fakeBin, bin].join(path.delimiter) })).toBe(path.join(bin, 'dotnet'))
    expect(findRealDotnet({ PATH: fakeBin })).toBeUndefined()
  })

  it('FAKE_IIS_REAL_DOTNET wins', () => {
    expect(findRealDotnet({ PATH: fakeBin, FAKE_IIS_REAL_DOTNET: '/opt/dotnet/dotnet' })).toBe(
      '/opt/dotnet/dotnet'
    )
  })
})
