// The PFX inputs as every adapter reads them (parseDeployOptions): checked with the others before any change, the
// PFX's thumbprint standing for certificate-thumbprint, both secrets registered whole (and a wrapped PFX line by
// line), and refused where the provision step cannot import it.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { InputErrors } from '../../src/core/errors.js'
import { parseDeployOptions, type OptionsContext } from '../../src/pipeline/options.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { loadPfxReader } from '../../src/steps/iis/certificate.js'

// Adapters call readDeployOptions, which loads node-forge first (options-lazy-libraries.test.ts); these call the
// synchronous parser.
beforeAll(loadPfxReader)

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/certificates')
const PASSWORD = 'Fixture"Pfx;Pass=1'
const THUMBPRINT = '649CD65C523A34C7539BAC67D5C6C5524AFD8BCB'
const PFX = fs.readFileSync(path.join(FIXTURES, 'shop-with-key.pfx')).toString('base64')
const BASE = { site: 'Shop', 'certificate-pfx-password': PASSWORD }

let workspace: string | undefined
afterEach(() => {
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true })
  workspace = undefined
})

function parse(inputs: Record<string, string>) {
  const reporter = new MemoryReporter()
  const context: OptionsContext = {
    workspace: workspace ?? path.resolve('/work/space'),
    env: {},
    platform: 'linux',
    reporter
  }
  const run = () => parseDeployOptions((name) => inputs[name], context)
  return { reporter, run }
}

function errorsOf(inputs: Record<string, string>): Array<{ input: string; message: string }> {
  try {
    parse(inputs).run()
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => ({ input: e.input, message: e.message }))
    throw error
  }
  throw new Error('expected InputErrors')
}

describe('certificate-pfx inputs', () => {
  it("use the PFX's thumbprint for the bindings and register both secrets whole", () => {
    // Arrange
    const { reporter, run } = parse({
      ...BASE,
      'certificate-pfx': PFX,
      bindings: 'https/*:443:shop.example.test'
    })

    // Act
    const options = run()

    // Assert
    expect(options.certificateThumbprint).toBe(THUMBPRINT)
    expect(options.certificatePfx).toMatchObject({
      thumbprint: THUMBPRINT,
      input: 'certificate-pfx',
      base64: PFX
    })
    expect(options.steps).toContain('provision')
    // The password has a `=`: registered whole, not as a NAME=value line.
    expect(reporter.secrets).toEqual(expect.arrayContaining([PASSWORD, PFX]))
  })

  it('register a PFX wrapped over lines whole, joined and line by line', () => {
    // Arrange
    const wrapped = PFX.replace(/.{64}/g, '$&\n')
    const { reporter, run } = parse({ ...BASE, 'certificate-pfx': wrapped })

    // Act
    run()

    // Assert
    expect(reporter.secrets).toEqual(
      expect.arrayContaining([wrapped, PFX, PFX.slice(0, 64), PFX.slice(64, 128)])
    )
  })

  it('read certificate-pfx-file from the workspace and mask its bytes as base64', () => {
    // Arrange
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pfx-options-'))
    fs.copyFileSync(path.join(FIXTURES, 'shop-with-key-legacy.pfx'), path.join(workspace, 'site.pfx'))
    const { reporter, run } = parse({ ...BASE, 'certificate-pfx-file': 'site.pfx' })

    // Act
    const options = run()

    // Assert
    expect(options.certificatePfx).toMatchObject({ thumbprint: THUMBPRINT, input: 'certificate-pfx-file' })
    expect(options.certificatePfxFile).toBe(path.join(workspace, 'site.pfx'))
    expect(reporter.secrets).toContain(fs.readFileSync(path.join(workspace, 'site.pfx')).toString('base64'))
  })

  it.each<[string, Record<string, string>, string, RegExp]>([
    [
      'a PFX without a key',
      { 'certificate-pfx': fs.readFileSync(path.join(FIXTURES, 'shop-no-key.pfx')).toString('base64') },
      'certificate-pfx',
      /no private key/
    ],
    [
      'a wrong password',
      { 'certificate-pfx': PFX, 'certificate-pfx-password': 'wrong' },
      'certificate-pfx-password',
      /does not open/
    ],
    [
      'a remote target',
      { 'certificate-pfx': PFX, 'msdeploy-url': 'https://web01:8172/msdeploy.axd' },
      'certificate-pfx',
      /msdeploy-url/
    ],
    [
      'steps without provision',
      { 'certificate-pfx': PFX, steps: 'sync' },
      'certificate-pfx',
      /provision step does not run/
    ],
    [
      'a file outside the workspace',
      { 'certificate-pfx-file': '../elsewhere/site.pfx' },
      'certificate-pfx-file',
      /outside the workspace/
    ],
    ['no site', { site: '', 'certificate-pfx': PFX }, 'certificate-pfx', /no 'site'.*Set 'site'/]
  ])('refuse %s before anything runs, never quoting a secret', (_name, inputs, input, message) => {
    // Act
    const errors = errorsOf({ ...BASE, ...inputs })

    // Assert
    expect(errors).toContainEqual({ input, message: expect.stringMatching(message) })
    for (const error of errors) {
      expect(error.message).not.toContain(PASSWORD)
      expect(error.message).not.toContain(PFX.slice(0, 32))
    }
  })
})
