// node-forge is a chunk of its own in dist/ (src/steps/iis/pfx-library.ts), loaded before the input check when a
// PFX input is set: every adapter calls readDeployOptions, which loads it. A fresh module graph per test (the unit
// project shares modules between files), so "not loaded yet" is real.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/certificates')
const PFX = fs.readFileSync(path.join(FIXTURES, 'shop-with-key.pfx')).toString('base64')
const INPUTS: Record<string, string> = {
  site: 'Shop',
  'certificate-pfx': PFX,
  'certificate-pfx-password': 'Fixture"Pfx;Pass=1',
  bindings: 'https/*:443:shop.example.test'
}

async function freshOptions() {
  vi.resetModules()
  return import('../../src/pipeline/options.js')
}

function context() {
  return {
    workspace: path.resolve('/work/space'),
    env: {},
    platform: 'linux' as const,
    reporter: new MemoryReporter()
  }
}

describe('readDeployOptions and the PFX library', () => {
  it('loads node-forge when certificate-pfx is set, so the PFX is read in the same input check', async () => {
    const { readDeployOptions } = await freshOptions()
    const options = await readDeployOptions((name) => INPUTS[name], context())
    expect(options.certificateThumbprint).toBe('649CD65C523A34C7539BAC67D5C6C5524AFD8BCB')
  })

  it('loads it for certificate-pfx-file too (the file is read by the input check)', async () => {
    const { readDeployOptions } = await freshOptions()
    const workspace = fs.mkdtempSync(path.join(process.cwd(), '.tmp-pfx-'))
    try {
      fs.copyFileSync(path.join(FIXTURES, 'shop-with-key.pfx'), path.join(workspace, 'site.pfx'))
      const inputs: Record<string, string> = {
        ...INPUTS,
        'certificate-pfx': '',
        'certificate-pfx-file': 'site.pfx'
      }
      const options = await readDeployOptions((name) => inputs[name], { ...context(), workspace })
      expect(options.certificatePfx?.input).toBe('certificate-pfx-file')
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('without the load, reading a PFX fails loudly as a bug instead of passing the check', async () => {
    const { parseDeployOptions } = await freshOptions()
    expect(() => parseDeployOptions((name) => INPUTS[name], context())).toThrow(/before loadPfxReader\(\)/)
  })

  it('does not load it when no PFX input is set', async () => {
    const { readDeployOptions } = await freshOptions()
    const certificate = await import('../../src/steps/iis/certificate.js')
    await readDeployOptions((name) => ({ site: 'Shop', 'certificate-pfx': ' ' })[name], context())
    expect(() => certificate.readPfx(Buffer.from(PFX, 'base64'), 'x')).toThrow(/before loadPfxReader\(\)/)
  })
})
