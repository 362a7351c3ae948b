// The fake powershell's certificate store (lib/cert-store.mjs): it reads the PFX with the real OpenSSL, as Windows
// reads it, so a wrong password and a PFX without a key are refused by the fake itself, whatever iis-deploy checked.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import {
  buildChangeCertificateArgs,
  buildInspectCertificateArgs,
  INSPECT_CERTIFICATE_SCRIPT
} from '../../src/steps/iis/certificate.js'
import { createFakeIis, FAKE_BIN_DIR, type FakeIis } from '../../test-support/fake-iis.js'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/certificates')
const PASSWORD = 'Fixture"Pfx;Pass=1'
const THUMBPRINT = '649CD65C523A34C7539BAC67D5C6C5524AFD8BCB'
const base64 = (name: string): string => fs.readFileSync(path.join(FIXTURES, name)).toString('base64')

let iis: FakeIis
const runner = new ProcessRunner()
const powershell = `${FAKE_BIN_DIR}/powershell`
const run = (args: string[], request: object) =>
  runner.run(powershell, args, { env: iis.toolEnv, input: JSON.stringify(request) })
const stored = () =>
  (
    iis.readState() as {
      certificates?: Array<{ thumbprint: string; hasPrivateKey: boolean; keyReaders: string[] }>
    }
  ).certificates ?? []

beforeAll(async () => {
  iis = await createFakeIis({ defaultSite: false })
  iis.addPool('Shop', { managedRuntimeVersion: '' })
})
afterAll(() => iis.dispose())

describe('fake powershell: Cert:\\LocalMachine\\My', () => {
  it.each([
    ['a wrong password', 'shop-with-key.pfx', 'wrong', 1, /network password is not correct/],
    ['a PFX without a key', 'shop-no-key.pfx', PASSWORD, 4, /no private key/],
    ['bytes that are not a PFX', undefined, PASSWORD, 1, /Cannot find the requested object/]
  ])('refuses to import %s and changes nothing', async (_name, file, password, exitCode, message) => {
    // Act
    const result = await run(buildChangeCertificateArgs(), {
      action: 'import',
      pfx: file ? base64(file) : Buffer.from('not a pfx').toString('base64'),
      password,
      thumbprint: THUMBPRINT
    })

    // Assert
    expect(result.exitCode).toBe(exitCode)
    expect(result.stderr).toMatch(message)
    expect(stored()).toEqual([])
  })

  it('imports the legacy PFX, grants the pool account only while the pool exists, and never journals stdin', async () => {
    // Act
    const imported = await run(buildChangeCertificateArgs(), {
      action: 'import',
      pfx: base64('shop-with-key-legacy.pfx'),
      password: PASSWORD,
      thumbprint: THUMBPRINT
    })
    const unknown = await run(buildChangeCertificateArgs(), {
      action: 'grant',
      thumbprint: THUMBPRINT,
      account: 'IIS AppPool\\Nope'
    })
    const granted = await run(buildChangeCertificateArgs(), {
      action: 'grant',
      thumbprint: THUMBPRINT,
      account: 'IIS AppPool\\Shop'
    })
    const inspected = await run(buildInspectCertificateArgs(), {
      thumbprint: THUMBPRINT,
      account: 'IIS AppPool\\Shop'
    })

    // Assert
    expect(imported.exitCode, imported.stderr).toBe(0)
    expect(unknown.exitCode).toBe(6)
    expect(granted.exitCode).toBe(0)
    expect(JSON.parse(inspected.stdout)).toMatchObject({ present: true, hasPrivateKey: true, granted: true })
    expect(stored()).toEqual([
      expect.objectContaining({
        thumbprint: THUMBPRINT,
        keyReaders: expect.arrayContaining(['iis apppool\\shop'])
      })
    ])
    const journal = iis.readState().log.join('\n')
    expect(journal).not.toContain('Pfx;Pass')
    expect(journal).not.toContain(base64('shop-with-key-legacy.pfx').slice(0, 40))
  })

  it('does not take a script that writes for the read-only inspection', async () => {
    // Arrange: the inspection with a write slipped in.
    const writing = `${INSPECT_CERTIFICATE_SCRIPT}\nSet-Acl -LiteralPath x -AclObject $acl`
    const args = ['-EncodedCommand', Buffer.from(writing, 'utf16le').toString('base64')]

    // Act
    const result = await run(args, { thumbprint: THUMBPRINT })

    // Assert
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('knows only')
  })
})
