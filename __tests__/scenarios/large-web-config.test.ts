// A 5 MB web.config through the web.config transform and through XDT: sizes real sites reach (thousands of rewrite
// rules or settings). Correctness only; the speed is measured in bench/. Several seconds of CPU each, so they run at
// the scenario level and the unit level stays fast.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseXml } from '../../src/core/xml/parse-xml.js'
import { transformWebConfig } from '../../src/steps/web-config/transform.js'
import { validateWebConfig } from '../../src/steps/web-config/validate.js'
import {
  applyXdtTransform,
  formatXdtDiagnostic,
  XDT_NAMESPACE,
  type XdtResult
} from '../../src/steps/xdt/transform.js'

const PUBLISHED = fs.readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/web-config/transform/published-unchanged/input.config'),
  'utf8'
)
const FD = { appName: 'SampleApp', selfContained: false }
const XDT = `xmlns:xdt="${XDT_NAMESPACE}"`

function transform(source: string, transformText: string): XdtResult {
  return applyXdtTransform(parseXml(source, 'web.config'), parseXml(transformText, 'web.Release.config'), {
    sourceFile: 'web.config',
    transformFile: 'web.Release.config'
  })
}

const lines = (result: XdtResult): string[] => result.diagnostics.map(formatXdtDiagnostic)

describe('web.config transform on a large file', () => {
  it('transforms a 5 MB web.config (speed is measured in bench/web-config.bench.ts)', () => {
    const rule = (i: number): string =>
      `        <rule name="r${i}" stopProcessing="true"><match url="^old/${i}/(.*)" /><action type="Redirect" url="/new/${i}/{R:1}" /></rule>\n`
    const rules: string[] = []
    let size = 0
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      rules.push(rule(i))
      size += rules[rules.length - 1]?.length ?? 0
    }
    const big = PUBLISHED.replace(
      '    </system.webServer>',
      `      <rewrite>\n        <rules>\n${rules.join('')}        </rules>\n      </rewrite>\n    </system.webServer>`
    )
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024)
    const { text, changes } = transformWebConfig(big, { ...FD, environment: 'Production' })
    expect(changes).toHaveLength(2)
    expect(text.length - big.length).toBeLessThan(300)
    expect(validateWebConfig(text, { file: 'web.config' })).toEqual([])
  })
})

describe('XDT on a large source', () => {
  it('transforms a 5 MB web.config correctly (its timing belongs in bench/, not here)', () => {
    const settings: string[] = []
    for (let i = 0, size = 0; size < 5_000_000; i++) {
      settings.push(`    <add key="Setting.${i}" value="${'v'.repeat(60)} ${i} &amp; ünïcödé" />\n`)
      size += (settings[i] as string).length
    }
    const count = settings.length
    const source = `<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n${settings.join('')}  </appSettings>\n  <system.web>\n    <compilation debug="true" />\n  </system.web>\n</configuration>\n`
    expect(source.length).toBeGreaterThan(5_000_000)
    const result = transform(
      source,
      `<configuration ${XDT}>
  <appSettings>
    <add key="Setting.${count - 1}" value="last" xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key)" />
    <add key="Setting.7" xdt:Transform="Remove" xdt:Locator="Match(key)" />
    <add xdt:Transform="RemoveAll" xdt:Locator="Condition(starts-with(@key, 'Setting.1') and string-length(@key) = 12)" />
    <add key="New" value="1" xdt:Transform="Insert" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>`
    )
    expect(lines(result)).toEqual([])
    const text = result.document.toString()
    // Boolean checks: a failing toContain on 5 MB would print all of it.
    const has = (fragment: string): boolean => text.includes(fragment)
    expect(has(`<add key="Setting.${count - 1}" value="last" />`)).toBe(true)
    expect(has('"Setting.7"')).toBe(false)
    expect(has('"Setting.1000"') || has('"Setting.1999"')).toBe(false)
    expect(has('"Setting.999"') && has('"Setting.2000"') && has('"Setting.100"')).toBe(true)
    expect(has('<add key="New" value="1"/>\n  </appSettings>')).toBe(true)
    expect(has('<compilation/>')).toBe(true)
    expect(text.length).toBeLessThan(source.length)
  })
})
