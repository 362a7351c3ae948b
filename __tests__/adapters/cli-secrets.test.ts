// The CLI's secret sources (docs/secrets.md §4): --password-env and --secrets-file, the argv forms with a warning.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseArgs, UsageError } from '../../src/adapters/cli/args.js'
import { deployCommand } from '../../src/adapters/cli/commands/deploy.js'
import { parseSecretsFile, readSecretSources } from '../../src/adapters/cli/secret-inputs.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-secrets-'))
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('parseSecretsFile', () => {
  it('reads input-name=value lines verbatim; a repeated name adds a line; comments and blanks skipped', () => {
    const text = [
      '# deploy secrets',
      'msdeploy-password=p@ss "word" ',
      '',
      'secret-pool-environment-variables=DB=C:\\x "y"',
      'secret-pool-environment-variables=KEY=a=b',
      'msdeploy-url=https://u:p@h:8172/msdeploy.axd\r'
    ].join('\n')
    expect(Object.fromEntries(parseSecretsFile(text, 's.env'))).toEqual({
      'msdeploy-password': ['p@ss "word" '],
      'secret-pool-environment-variables': ['DB=C:\\x "y"', 'KEY=a=b'],
      'msdeploy-url': ['https://u:p@h:8172/msdeploy.axd']
    })
  })

  it('reads one JSON object of strings or arrays of lines', () => {
    const text = JSON.stringify({
      'msdeploy-password': 'C:\\x "y"',
      'secret-json-variables': ['A.B=1', 'C=2']
    })
    expect(Object.fromEntries(parseSecretsFile(text, 's.json'))).toEqual({
      'msdeploy-password': ['C:\\x "y"'],
      'secret-json-variables': ['A.B=1', 'C=2']
    })
  })

  it.each([
    ['site=Shop', /s\.env line 1: 'site' is not an input a secrets file may set/],
    ['hunter2-without-equals', /s\.env line 1 is not input-name=value/],
    ['{"msdeploy-password": 1}', /must be a string or an array of strings/],
    ['{"msdeploy-password": "hunter2"', /s\.env is not valid JSON/],
    ['["x"]', /must hold one JSON object/]
  ])('refuses %j, never quoting the line', (text, message) => {
    let error: unknown
    try {
      parseSecretsFile(text, 's.env')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('hunter2')
  })
})

describe('readSecretSources', () => {
  const io = (env: Record<string, string> = {}) => ({ cwd: dir, env })

  it('--password-env reads msdeploy-password from the environment', () => {
    const sources = readSecretSources(parseArgs(['--password-env', 'DEPLOY_PW']), io({ DEPLOY_PW: 's3cret' }))
    expect(sources.values.get('msdeploy-password')).toEqual(['s3cret'])
    expect(sources.warnings).toEqual([])
  })

  it('reads the PFX inputs from a secrets file, the base64 padding and the password kept whole', () => {
    // Arrange: a base64 value ends in `=`, the password holds `=` and a quote.
    fs.writeFileSync(
      path.join(dir, 's.env'),
      'certificate-pfx=MIIKAQIDBA==\ncertificate-pfx-password=Fixture"Pfx;Pass=1\n'
    )

    // Act
    const sources = readSecretSources(parseArgs(['--secrets-file', 's.env']), io())
    const onArgv = readSecretSources(parseArgs(['--certificate-pfx-password', 'x']), io())

    // Assert
    expect(sources.values.get('certificate-pfx')).toEqual(['MIIKAQIDBA=='])
    expect(sources.values.get('certificate-pfx-password')).toEqual(['Fixture"Pfx;Pass=1'])
    expect(onArgv.warnings).toEqual([
      expect.stringMatching(
        /--certificate-pfx-password on the command line is visible .* use --secrets-file PATH/
      )
    ])
  })

  it('refuses an unset variable, a missing file and an input given twice', () => {
    expect(() => readSecretSources(parseArgs(['--password-env', 'NOPE']), io())).toThrow(
      /'NOPE' is not set or empty/
    )
    expect(() => readSecretSources(parseArgs(['--secrets-file', 'none.env']), io())).toThrow(
      /--secrets-file none\.env: cannot read it \(ENOENT\)/
    )
    fs.writeFileSync(path.join(dir, 's.env'), 'msdeploy-password=x\n')
    expect(() =>
      readSecretSources(parseArgs(['--secrets-file', 's.env', '--msdeploy-password', 'y']), io())
    ).toThrow(/--msdeploy-password is given on the command line and by --secrets-file/)
    expect(() =>
      readSecretSources(parseArgs(['--secrets-file', 's.env', '--password-env', 'P']), io({ P: 'z' }))
    ).toThrow(/both --password-env and --secrets-file/)
  })

  it('warns about secrets on the command line', () => {
    const sources = readSecretSources(
      parseArgs(['--msdeploy-password', 'x', '--secret-environment-variables', 'A=1']),
      io()
    )
    expect(sources.warnings).toEqual([
      expect.stringMatching(/--secret-environment-variables on the command line .* use --secrets-file PATH/),
      expect.stringMatching(
        /--msdeploy-password on the command line is visible .* process list; use --password-env NAME or --secrets-file PATH/
      )
    ])
  })
})

describe('deploy with secrets from a file', () => {
  it('uses the file values as inputs: a bad URL input is refused with its credentials redacted', async () => {
    fs.writeFileSync(
      path.join(dir, 'secrets.env'),
      'msdeploy-url=ftp://deploy:Fil3Secret@web01/msdeploy.axd\nmsdeploy-password=Pw-From-File\n'
    )
    const out: string[] = []
    const streams = {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => out.push(t),
      cwd: dir,
      env: {}
    }
    await expect(deployCommand(['--site', 'Shop', '--secrets-file', 'secrets.env'], streams)).resolves.toBe(2)
    const text = out.join('')
    expect(text).toMatch(/error: Input 'msdeploy-url' is 'ftp:\/\/\*\*\*@web01\/msdeploy\.axd'/)
    expect(text).not.toContain('Fil3Secret')
    expect(text).not.toContain('Pw-From-File')
  })
})
