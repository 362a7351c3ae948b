// Our transform against the .NET SDK itself: every case of __tests__/fixtures/sdk-oracle was published by
// `dotnet publish` (`npm run oracle:sdk`, scripts/sdk-oracle-cases.mjs); here our transform gets the same input
// and the same options and must write the SDK's bytes. No .NET needed.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { transformWebConfig, type TransformOptions } from '../../../src/steps/web-config/transform.js'

const ORACLE = path.join('__tests__', 'fixtures', 'sdk-oracle')

interface OracleCase {
  name: string
  description: string
  sdk: Record<string, string>
  transformDisabled: boolean
  transform: TransformOptions
  input?: string
  expected?: string
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
 * Where we write something else than the SDK on purpose (transform.ts, first comment): we transform files that
 * may already be published, so a second run must change nothing, which the SDK's whole-string test does not give.
 */
const DELIBERATE: Record<string, string> = {
  // The SDK prepends `.\Oracle.dll` again to arguments that already start with it (it compares the whole string):
  // a published file would get one more `.\Oracle.dll` per deploy. We keep the arguments as they are.
  'own-with-other-sections': 'arguments=".\\Oracle.dll --urls-from-config"',
  // Self-contained: the SDK leaves `.\Oracle.dll` in front of the extra arguments, so Oracle.exe gets its own dll
  // as its first argument. We drop it.
  'own-self-contained-with-arguments': 'processPath=".\\Oracle.exe" arguments="--urls-from-config"'
}

/**
 * The SDK re-saves the whole document with a UTF-8 BOM; we keep the file's bytes, BOM or not (a web.config that
 * dotnet publish wrote already has one). For a project file without a BOM, the BOM is the one difference allowed.
 */
const withSdkBom = (text: string) => (text.startsWith('\uFEFF') ? text : `\uFEFF${text}`)

describe('the SDK oracle fixtures', () => {
  it('cover the matrix the SDK was asked for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12)
    const sdkVersion = fs.readFileSync(path.join(ORACLE, 'sdk-version.txt'), 'utf8').trim()
    expect(sdkVersion).toMatch(/^\d+\.\d+\.\d+/)
    for (const c of cases) expect(c.expected, `${c.name}: the SDK published no web.config`).toBeDefined()
  })
})

describe.each(cases.filter((c) => !c.transformDisabled))('$name: $description', (c) => {
  const ours = () => transformWebConfig(c.input, c.transform).text

  if (DELIBERATE[c.name]) {
    it('differs from the SDK only where we differ on purpose', () => {
      const text = ours()
      expect(text).toContain(DELIBERATE[c.name])
      expect(withSdkBom(text)).not.toBe(c.expected)
      // Everything outside the arguments is the SDK's.
      const withoutArguments = (s: string) => s.replace(/ arguments="[^"]*"/, '')
      expect(withoutArguments(withSdkBom(text))).toBe(withoutArguments(c.expected as string))
    })
  } else {
    it('writes the bytes the SDK writes (but for the BOM of a file that had none)', () => {
      const text = ours()
      if (c.input !== undefined && !c.input.startsWith('\uFEFF')) {
        expect(text.startsWith('\uFEFF')).toBe(false)
        expect(withSdkBom(text)).toBe(c.expected)
      } else {
        expect(text).toBe(c.expected)
      }
    })
  }

  it('changes nothing when run again on what the SDK published', () => {
    const again = transformWebConfig(c.expected, { ...c.transform, hostingModel: undefined })
    expect(again.changed, again.changes.join('\n')).toBe(c.name === 'own-self-contained-with-arguments')
  })
})

describe.each(cases.filter((c) => c.transformDisabled))('$name: $description', (c) => {
  it('the SDK publishes the project file byte for byte (web-config: keep)', () => {
    expect(c.expected).toBe(c.input)
  })
})
