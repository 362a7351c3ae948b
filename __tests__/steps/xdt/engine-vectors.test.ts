// Microsoft.Web.XmlTransform's own test suite, run against our engine: its data (MIT, LICENSE.txt in the folder) is
// not part of this repository, it lives next to it in ../shared/vectors/xdt-engine. What each case requires is what
// dotnet/xdt's test/Microsoft.Web.XmlTransform.Test/XmlTransformTest.cs requires of the .NET engine, made stricter
// where the baseline allows: the formatting baselines byte for byte (BOM aside, which the .NET test ignores too),
// every warning and error of the .log at its file, line and column, in the same order.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodeXmlBytes, parseXml } from '../../../src/core/xml/parse-xml.js'
import { applyXdtTransform, type XdtResult } from '../../../src/steps/xdt/transform.js'
import { selectNodes } from '../../../src/steps/xdt/xpath.js'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const VECTORS = path.resolve(REPO, '../shared/vectors/xdt-engine')
const present = fs.existsSync(path.join(VECTORS, 'LICENSE.txt'))
const skipReason = `the engine's test data is not next to this clone (${VECTORS} is missing)`

function read(name: string): string {
  return decodeXmlBytes(fs.readFileSync(path.join(VECTORS, name)))
}

const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '')

/** Runs a transform with the file names the .NET test uses, so diagnostics name the same files. */
function run(sourceText: string, transformText: string): XdtResult {
  return applyXdtTransform(
    parseXml(sourceText, 'source.config'),
    parseXml(transformText, 'transform.config'),
    {
      sourceFile: 'source.config',
      transformFile: 'transform.config'
    }
  )
}

/** The `file (line, col) severity:` lines of a .NET transformation log. */
function loggedProblems(log: string): string[] {
  const problems: string[] = []
  for (const line of withoutBom(log).split(/\r?\n/)) {
    const match = /^(\S+) \((\d+), (\d+)\) (warning|error): /.exec(line)
    if (match) problems.push(`${match[4]} ${match[1]}:${match[2]}:${match[3]}`)
  }
  return problems
}

describe.skipIf(!present)(`Microsoft.Web.XmlTransform's own test vectors`, () => {
  // Log file names as the folder spells them.
  const formatting: Array<[string, string]> = [
    ['AttributeFormatting', 'AttributeFormatting.Log'],
    ['TagFormatting', 'TagFormatting.log'],
    ['EdgeCase', 'EdgeCase.log']
  ]

  it.each(formatting)('%s: the destination baseline, byte for byte, and no warning', (name, logFile) => {
    const result = run(read(`${name}_source.xml`), read(`${name}_transform.xml`))
    expect(result.ok).toBe(true)
    expect(result.diagnostics).toEqual([])
    expect(loggedProblems(read(logFile))).toEqual([])
    const baseline = withoutBom(read(`${name}_destination.bsl`))
    const output = withoutBom(result.document.toString())
    // Line by line first (a readable failure), then the whole text.
    expect(output.split('\n')).toEqual(baseline.split('\n'))
    expect(output).toBe(baseline)
  })

  it('WarningsAndErrors: fails with every warning and error of its log, at the same file, line and column', () => {
    const result = run(read('WarningsAndErrors_source.xml'), read('WarningsAndErrors_transform.xml'))
    expect(result.ok).toBe(false)
    const ours = result.diagnostics.map((d) => `${d.severity} ${d.file}:${d.line}:${d.column}`)
    const expected = loggedProblems(read('WarningsAndErrors.log'))
    expect(expected).toHaveLength(18)
    expect(ours).toEqual(expected)
  })

  it('Web.Release.config: succeeds, debug="true" is gone and nothing else changes', () => {
    const source = read('Web.config')
    const result = run(source, read('Web.Release.config'))
    expect(result.ok).toBe(true)
    const output = result.document.toString()
    expect(output).not.toContain('debug="true"')
    expect(output.split('\n').length).toBeGreaterThan(10)
    expect(output).toBe(source.replace('<compilation debug="true">', '<compilation>'))
  })

  it('CommentOut (Web.Test.config): succeeds, the key is commented out in place, nothing else changes', () => {
    const source = read('Web.config')
    const result = run(source, read('Web.Test.config'))
    expect(result.ok).toBe(true)
    const output = result.document.toString()
    const xpath = "/configuration/appSettings/add[@key='keyAppSettings1']"
    expect(selectNodes(xpath, parseXml(source))).toHaveLength(1)
    expect(selectNodes(xpath, parseXml(output))).toHaveLength(0)
    expect(output.split('\n').length).toBeGreaterThan(10)
    const element = '<add key="keyAppSettings1" value="This key will be commented out." />'
    expect(output).toBe(source.replace(element, `<!-- ${element} -->`))
  })
})

describe.skipIf(present)(`Microsoft.Web.XmlTransform's own test vectors`, () => {
  it.skip(`skipped: ${skipReason}`, () => {})
})
