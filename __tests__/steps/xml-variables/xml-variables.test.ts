// XML variables (docs/xml-variables.md): Octopus' three rules, names case-insensitive, formatting kept, unknown
// names refused, and the check against a Web Deploy package's parameters.xml.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  applyXmlVariables,
  findParameterOverrides,
  type XmlVariable
} from '../../../src/steps/xml-variables/xml-variables.js'

let dir: string
const reporter = { info: (): void => undefined, debug: (): void => undefined, mask: (t: string): string => t }

const CONFIG = [
  '\uFEFF<?xml version="1.0" encoding="utf-8"?>',
  '<configuration xmlns:x="urn:x">',
  '  <configSections>',
  '    <sectionGroup name="applicationSettings">',
  '      <section name="App.Properties.Settings" />',
  '    </sectionGroup>',
  '  </configSections>',
  '  <appSettings>',
  '    <!-- a comment -->',
  "    <add key='Greeting'   value='hi' />",
  '    <add key="NoValue" />',
  '  </appSettings>',
  '  <connectionStrings>',
  '    <add name="Db" connectionString="Server=a" />',
  '  </connectionStrings>',
  '  <applicationSettings>',
  '    <App.Properties.Settings>',
  '      <setting name="Url" serializeAs="String">',
  '        <value>http://old</value>',
  '      </setting>',
  '      <setting name="Empty" serializeAs="String" />',
  '    </App.Properties.Settings>',
  '  </applicationSettings>',
  '</configuration>',
  ''
].join('\r\n')

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xml-vars-'))
  fs.writeFileSync(path.join(dir, 'web.config'), CONFIG)
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function apply(variables: XmlVariable[], files = ['**/*.config']) {
  return applyXmlVariables({ appDir: dir, variables, files, reporter })
}

const v = (name: string, value: string, secret = false): XmlVariable => ({ name, value, secret })

describe('applyXmlVariables', () => {
  it('sets appSettings value, connectionString and applicationSettings <value>, touching nothing else', () => {
    const result = apply([v('greeting', 'a "quoted" & <b>'), v('DB', 'Server=b'), v('url', 'http://new')])
    const text = fs.readFileSync(path.join(dir, 'web.config'), 'utf8')
    const expected = CONFIG.replace("value='hi'", 'value=\'a "quoted" &amp; &lt;b>\'')
      .replace('Server=a', 'Server=b')
      .replace('http://old', 'http://new')
    expect(text).toBe(expected)
    expect(result.changes.map((c) => [c.kind, c.action])).toEqual([
      ['appSettings', 'replaced'],
      ['connectionStrings', 'replaced'],
      ['applicationSettings', 'replaced']
    ])
  })

  it('adds a missing value attribute and a missing <value> element (as Octopus does)', () => {
    apply([v('NoValue', 'x'), v('Empty', 'y')])
    const text = fs.readFileSync(path.join(dir, 'web.config'), 'utf8')
    expect(text).toContain('<add key="NoValue" value="x" />')
    expect(text).toMatch(
      /<setting name="Empty" serializeAs="String">\r\n\s+<value>y<\/value>\r\n\s+<\/setting>/
    )
  })

  it('a second run with the same values reports unchanged and leaves the file alone', () => {
    apply([v('Greeting', 'x')])
    const file = path.join(dir, 'web.config')
    const old = new Date('2020-01-01T00:00:00Z')
    fs.utimesSync(file, old, old)
    const again = apply([v('Greeting', 'x')])
    expect(again.changes[0]?.action).toBe('unchanged')
    expect(fs.statSync(file).mtime.getTime()).toBe(old.getTime())
  })

  it('refuses a name no file has, and writes nothing', () => {
    expect(() => apply([v('Greeting', 'x'), v('Missing', 'y', true)])).toThrow(
      /secret-xml-variables.*'Missing' is not an appSettings key/
    )
    expect(fs.readFileSync(path.join(dir, 'web.config'), 'utf8')).toBe(CONFIG)
  })

  it('refuses a plain file name that does not exist, and a broken file', () => {
    expect(() => apply([v('Greeting', 'x')], ['app.config'])).toThrow(/'app.config' is not in the app folder/)
    fs.writeFileSync(path.join(dir, 'broken.config'), '<configuration>')
    expect(() => apply([v('Greeting', 'x')])).toThrow(/broken.config cannot be read as XML/)
  })
})

describe('findParameterOverrides', () => {
  it('finds a change an XmlFile parameter selects (attribute or enclosing section), ignores other scopes', () => {
    const result = applyXmlVariables({
      appDir: dir,
      variables: [v('Db', 'Server=b'), v('Greeting', 'x')],
      files: ['web.config'],
      reporter,
      write: false
    })
    const overrides = findParameterOverrides(result, [
      {
        name: 'Db-Web.config Connection String',
        entries: [
          {
            kind: 'XmlFile',
            scope: '\\\\web\\.config$',
            match: "/configuration/connectionStrings/add[@name='Db']/@connectionString"
          }
        ]
      },
      {
        name: 'Other file',
        entries: [{ kind: 'XmlFile', scope: '\\\\app\\.config$', match: '//appSettings' }]
      },
      { name: 'IIS Web Application Name', entries: [{ kind: 'ProviderPath', scope: 'IisApp', match: '.*' }] }
    ])
    expect(overrides.map((o) => [o.change.name, o.parameter])).toEqual([
      ['Db', 'Db-Web.config Connection String']
    ])
    const section = findParameterOverrides(result, [
      { name: 'All settings', entries: [{ kind: 'XmlFile', scope: 'web\\.config$', match: '//appSettings' }] }
    ])
    expect(section.map((o) => o.change.name)).toEqual(['Greeting'])
  })
})
