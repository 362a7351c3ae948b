// Our transform against the .NET SDK itself: every case of __tests__/fixtures/sdk-oracle was published by
// `dotnet publish` (`npm run oracle:sdk`, scripts/sdk-oracle-cases.mjs); here our transform gets the same input
// and the same options and must write the SDK's bytes. No .NET needed.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { transformWebConfig, type TransformOptions } from '../../../src/steps/web-config/transform.js'
import { encodeWebConfig } from '../../../src/steps/web-config/web-config-file.js'
import type { XmlDocument } from '../../../src/core/xml/xml-document.js'
import { applyXdtTransformFiles } from '../../../src/steps/xdt/apply-files.js'
import { encodeXmlDocument } from '../../../src/steps/xdt/encode-document.js'

const ORACLE = path.join('__tests__', 'fixtures', 'sdk-oracle')

interface OracleCase {
  name: string
  description: string
  sdk: Record<string, string>
  transformDisabled: boolean
  transform: TransformOptions
  input?: string
  expected?: string
  /** XDT files of the project the SDK applied after its transform, in its order (files under xdt/). */
  xdt?: string[]
}

const cases: OracleCase[] = fs
  .readdirSync(ORACLE, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => {
    const dir = path.join(ORACLE, e.name)
    const read = (f: string) =>
      fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8') : undefined
    return {
      name: e.name,
      ...JSON.parse(read('case.json') as string),
      input: read('input.config'),
      expected: read('expected.config')
    }
  })

/**
 * Where a deploy writes something else than the SDK on purpose (transform.ts, first comment): it transforms files
 * that may already be published, so a second run must change nothing, which the SDK's whole-string test does not
 * give. `likeSdk` (the CLI's `--like-sdk`) turns these off and is identical to the SDK in every case.
 */
const DELIBERATE: Record<string, string> = {
  // The SDK prepends `.\Oracle.dll` again to arguments that already start with it (it compares the whole string):
  // a published file would get one more `.\Oracle.dll` per deploy. We keep the arguments as they are.
  'own-with-other-sections': 'arguments=".\\Oracle.dll --urls-from-config"',
  // Self-contained: the SDK leaves `.\Oracle.dll` in front of the extra arguments, so Oracle.exe gets its own dll
  // as its first argument. We drop it.
  'own-self-contained-with-arguments': 'processPath=".\\Oracle.exe" arguments="--urls-from-config"'
}

/** The bytes our transform writes, as apply-web-config and the CLI write them (a UTF-8 project file). */
const bytesOf = (text: string) => encodeWebConfig(text, 'utf8')
const expectedBytes = (c: OracleCase) => fs.readFileSync(path.join(ORACLE, c.name, 'expected.config'))

describe('the SDK oracle fixtures', () => {
  it('cover the matrix the SDK was asked for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12)
    const sdkVersion = fs.readFileSync(path.join(ORACLE, 'sdk-version.txt'), 'utf8').trim()
    expect(sdkVersion).toMatch(/^\d+\.\d+\.\d+/)
    for (const c of cases) expect(c.expected, `${c.name}: the SDK published no web.config`).toBeDefined()
  })
})

/**
 * What the SDK does at publish, done with our modules: our web.config transform, then our XDT engine with the
 * project's web.<Configuration>.config, web.<Environment>.config and custom transform in the SDK's order.
 */
function oursWithXdt(c: OracleCase): Buffer {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-oracle-xdt-'))
  try {
    fs.writeFileSync(
      path.join(scratch, 'web.config'),
      bytesOf(transformWebConfig(c.input, { ...c.transform, likeSdk: true }).text)
    )
    const transforms = (c.xdt ?? []).map((name) => path.join(ORACLE, c.name, 'xdt', name))
    const result = applyXdtTransformFiles(path.join(scratch, 'web.config'), transforms)
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    return encodeXmlDocument(result.document as XmlDocument)
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

describe.each(cases.filter((c) => c.xdt))('$name: $description', (c) => {
  it('our transform and then our XDT engine write the bytes the SDK publishes', () => {
    expect(c.xdt?.length).toBeGreaterThan(0)
    expect(oursWithXdt(c).toString('hex')).toBe(expectedBytes(c).toString('hex'))
  })

  it('without the XDT files the result differs: the transforms are what the SDK applied', () => {
    expect(bytesOf(transformWebConfig(c.input, c.transform).text).equals(expectedBytes(c))).toBe(false)
  })
})

describe.each(cases.filter((c) => !c.transformDisabled && !c.xdt))('$name: $description', (c) => {
  const likeSdk = () => transformWebConfig(c.input, { ...c.transform, likeSdk: true }).text
  const forDeploy = () => transformWebConfig(c.input, c.transform).text

  it('with likeSdk (`web-config transform --like-sdk`) writes the bytes the SDK writes, BOM included', () => {
    // Compared as bytes, so a BOM (EF BB BF) missing or doubled fails even where text would look the same.
    expect(bytesOf(likeSdk()).toString('hex')).toBe(expectedBytes(c).toString('hex'))
  })

  if (DELIBERATE[c.name]) {
    it('for a deploy, differs from the SDK only where we differ on purpose', () => {
      const text = forDeploy()
      expect(text).toContain(DELIBERATE[c.name])
      expect(bytesOf(text).equals(expectedBytes(c))).toBe(false)
      // Everything outside the arguments is the SDK's, byte for byte (BOM included).
      const withoutArguments = (b: Buffer) => b.toString('latin1').replace(/ arguments="[^"]*"/, '')
      expect(withoutArguments(bytesOf(text))).toBe(withoutArguments(expectedBytes(c)))
    })
  } else {
    it('for a deploy, writes the same bytes', () => {
      expect(bytesOf(forDeploy()).toString('hex')).toBe(expectedBytes(c).toString('hex'))
    })
  }

  it('for a deploy, changes nothing when run again on what the SDK published', () => {
    const again = transformWebConfig(c.expected, { ...c.transform, hostingModel: undefined })
    expect(again.changed, again.changes.join('\n')).toBe(c.name === 'own-self-contained-with-arguments')
  })
})

describe.each(cases.filter((c) => c.transformDisabled))('$name: $description', (c) => {
  it('the SDK publishes the project file byte for byte (web-config: keep)', () => {
    expect(c.expected).toBe(c.input)
  })
})
