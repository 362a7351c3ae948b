// Certificates from the pipeline (issue 13): the PFX inputs are checked before anything changes (each error names
// the input, never the value), and the PowerShell calls carry nothing but a fixed script in argv, the request on
// standard input. Fixtures: __tests__/fixtures/certificates/README.md.

import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { InputError, ToolError } from '../../../src/core/errors.js'
import {
  buildChangeCertificateArgs,
  buildInspectCertificateArgs,
  CHANGE_CERTIFICATE_SCRIPT,
  decodePfxBase64,
  grantPrivateKeyRead,
  importPfx,
  INSPECT_CERTIFICATE_SCRIPT,
  inspectCertificate,
  loadPfxReader,
  parseScriptJson,
  validatePfxInputs,
  type PfxInputs
} from '../../../src/steps/iis/certificate.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

// node-forge is loaded on demand (adapters: readDeployOptions); these tests read PFX files directly.
beforeAll(loadPfxReader)

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/certificates')
const PASSWORD = 'Fixture"Pfx;Pass=1'
const THUMBPRINT = '649CD65C523A34C7539BAC67D5C6C5524AFD8BCB'
const fixture = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES, name))
const withKey = fixture('shop-with-key.pfx')
const withKeyBase64 = withKey.toString('base64')

function refusal(inputs: PfxInputs): InputError {
  try {
    validatePfxInputs(inputs)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('validatePfxInputs accepted the inputs')
}

describe('validatePfxInputs', () => {
  it.each<[string, Partial<PfxInputs>]>([
    ['base64, OpenSSL 3 defaults (AES-256, SHA-256 MAC)', { pfxBase64: withKeyBase64 }],
    ['base64 wrapped at 76 columns with CRLF', { pfxBase64: withKeyBase64.replace(/.{76}/g, '$&\r\n') }],
    [
      'a file, legacy algorithms (3DES, RC2-40, SHA-1 MAC)',
      { pfxFileBytes: fixture('shop-with-key-legacy.pfx') }
    ],
    [
      'a matching certificate-thumbprint (lower case)',
      { pfxBase64: withKeyBase64, thumbprint: THUMBPRINT.toLowerCase() }
    ]
  ])('accepts %s and finds the thumbprint of the keyed certificate', (_name, given) => {
    // Act
    const pfx = validatePfxInputs({ password: PASSWORD, store: 'My', ...given })

    // Assert: the thumbprint is OpenSSL's SHA-1 fingerprint of cert.pem (the fixture README).
    expect(pfx).toMatchObject({ thumbprint: THUMBPRINT, subject: 'CN=shop.example.test' })
    expect(Buffer.from(pfx?.base64 ?? '', 'base64').equals(given.pfxFileBytes ?? withKey)).toBe(true)
    expect(pfx?.notAfter).toMatch(/^2126-11-08T/)
  })

  it('is undefined without a PFX and without a password', () => {
    expect(validatePfxInputs({ store: 'My' })).toBeUndefined()
  })

  it.each<[string, PfxInputs, string, RegExp]>([
    ['no password', { pfxBase64: withKeyBase64, store: 'My' }, 'certificate-pfx-password', /is needed/],
    [
      'a wrong password',
      { pfxBase64: withKeyBase64, password: 'not-it', store: 'My' },
      'certificate-pfx-password',
      /does not open the PFX/
    ],
    [
      'a PFX without a private key',
      { pfxFileBytes: fixture('shop-no-key.pfx'), password: PASSWORD, store: 'My' },
      'certificate-pfx-file',
      /no private key/
    ],
    [
      'text that is not base64',
      { pfxBase64: 'not base64 at all!', password: PASSWORD, store: 'My' },
      'certificate-pfx',
      /not base64/
    ],
    [
      'base64 that is not a PFX',
      {
        pfxBase64: Buffer.from('hello world, not a pfx').toString('base64'),
        password: PASSWORD,
        store: 'My'
      },
      'certificate-pfx',
      /not a PFX/
    ],
    [
      'another certificate-thumbprint',
      { pfxBase64: withKeyBase64, password: PASSWORD, store: 'My', thumbprint: 'A'.repeat(40) },
      'certificate-thumbprint',
      new RegExp(`has thumbprint ${THUMBPRINT}`)
    ],
    [
      'a store other than My',
      { pfxBase64: withKeyBase64, password: PASSWORD, store: 'WebHosting' },
      'certificate-store',
      /LocalMachine\\My only/
    ],
    [
      'both a base64 PFX and a file',
      { pfxBase64: withKeyBase64, pfxFileBytes: withKey, password: PASSWORD, store: 'My' },
      'certificate-pfx-file',
      /both set/
    ],
    [
      'a password without a PFX',
      { password: PASSWORD, store: 'My' },
      'certificate-pfx-password',
      /no PFX is given/
    ]
  ])('refuses %s, naming the input and never the value', (_name, inputs, input, message) => {
    // Act
    const error = refusal(inputs)

    // Assert
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain(PASSWORD)
    expect(error.message).not.toContain(withKeyBase64.slice(0, 24))
  })

  it('decodes whitespace-wrapped base64 and refuses a truncated one', () => {
    expect(decodePfxBase64(' QUJD\nREVG ').toString()).toBe('ABCDEF')
    expect(() => decodePfxBase64('QUJDREV')).toThrow(/not base64/)
  })
})

describe('the PowerShell calls', () => {
  const decoded = (args: string[]): string => Buffer.from(args.at(-1) ?? '', 'base64').toString('utf16le')

  it('pass only a fixed script in argv: the same argv whatever the request', () => {
    // Assert: -EncodedCommand is Base64 of UTF-16LE (powershell.exe -?), and the scripts read stdin.
    expect(buildInspectCertificateArgs().slice(0, -1)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand'
    ])
    expect(decoded(buildInspectCertificateArgs())).toBe(INSPECT_CERTIFICATE_SCRIPT)
    expect(decoded(buildChangeCertificateArgs())).toBe(CHANGE_CERTIFICATE_SCRIPT)
    for (const script of [INSPECT_CERTIFICATE_SCRIPT, CHANGE_CERTIFICATE_SCRIPT])
      expect(script).toContain('[Console]::In.ReadToEnd() | ConvertFrom-Json')
  })

  it('keep the inspection read-only: it opens the store ReadOnly and writes no ACL', () => {
    expect(INSPECT_CERTIFICATE_SCRIPT).not.toMatch(/Set-Acl|\.Add\(|'ReadWrite'|AddAccessRule/)
    expect(CHANGE_CERTIFICATE_SCRIPT).toContain("X509Store('My', 'LocalMachine')")
    expect(CHANGE_CERTIFICATE_SCRIPT).toContain("'MachineKeySet, PersistKeySet'")
  })

  it('send the PFX and the password on standard input only, and mask them in what they report', async () => {
    // Arrange
    const pfx = validatePfxInputs({ pfxBase64: withKeyBase64, password: PASSWORD, store: 'My' })
    if (!pfx) throw new Error('no pfx')
    const reporter = new MemoryReporter()
    const runner = new FakeRunner({}, { exitCode: 0, stdout: '{"done":"import"}' })

    // Act
    await importPfx({ runner, powershellPath: 'powershell.exe', reporter }, pfx, PASSWORD)

    // Assert
    const call = runner.calls[0]
    expect(call?.args).toEqual(buildChangeCertificateArgs())
    expect(JSON.parse(call?.options.input ?? '')).toEqual({
      action: 'import',
      pfx: withKeyBase64,
      password: PASSWORD,
      thumbprint: THUMBPRINT
    })
    expect(reporter.secrets).toEqual(expect.arrayContaining([withKeyBase64, PASSWORD]))
    expect(reporter.lines.map((l) => l.message).join('\n')).toContain(`${THUMBPRINT} (CN=shop.example.test)`)
  })

  it.each([
    [3, /give the PFX/],
    [4, /no private key/],
    [6, /cannot resolve the pool's account/],
    [1, /Run elevated/]
  ])('explain exit code %i of a grant', async (exitCode, fix) => {
    // Arrange
    const runner = new FakeRunner({}, { exitCode, stderr: 'some failure' })
    const options = { runner, powershellPath: 'powershell.exe', reporter: new MemoryReporter() }

    // Act
    const error = await grantPrivateKeyRead(options, THUMBPRINT, 'IIS AppPool\\Shop').catch((e: unknown) => e)

    // Assert
    expect(error).toBeInstanceOf(ToolError)
    expect((error as ToolError).message).toMatch(fix)
    expect(JSON.parse(runner.calls[0]?.options.input ?? '')).toEqual({
      action: 'grant',
      thumbprint: THUMBPRINT,
      account: 'IIS AppPool\\Shop'
    })
  })

  it('read the inspection answer after a BOM and blank lines, and refuse an answer that is not JSON', async () => {
    // Arrange
    const reporter = new MemoryReporter()
    const ok = new FakeRunner(
      {},
      { stdout: '\uFEFF\r\n{"present":true,"hasPrivateKey":true,"granted":false}\r\n' }
    )
    const garbage = new FakeRunner({}, { stdout: 'WARNING: something' })

    // Act
    const stored = await inspectCertificate(
      { runner: ok, powershellPath: 'p', reporter },
      THUMBPRINT,
      '*S-1-5-20'
    )
    const refused = await inspectCertificate(
      { runner: garbage, powershellPath: 'p', reporter },
      THUMBPRINT
    ).catch((e: unknown) => e)

    // Assert
    expect(stored).toEqual({ present: true, hasPrivateKey: true, granted: false })
    expect(JSON.parse(ok.calls[0]?.options.input ?? '')).toEqual({
      thumbprint: THUMBPRINT,
      account: '*S-1-5-20'
    })
    expect(refused).toBeInstanceOf(ToolError)
    expect(parseScriptJson('{"a":1}')).toEqual({ a: 1 })
  })
})
