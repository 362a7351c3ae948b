import { describe, expect, it } from 'vitest'
import {
  JsonPathError,
  JsonSyntaxError,
  jsonValueFor,
  parseJsonDocument,
  setJsonValue
} from '../../../src/steps/json-variables/json-document.js'

/** The fragment of `a` that was replaced, and what replaced it in `b`. */
function difference(a: string, b: string): [string, string] {
  let prefix = 0
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (suffix < a.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++
  return [a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)]
}

const appsettings = `{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  // comments are allowed by .NET's JSON configuration
  "AllowedHosts": "*",
  "Port": 5000,
  "Enabled": false,
  "Servers": [ { "Name": "a" }, { "Name": "b" } ],
  "Empty": {}
}
`

describe('setJsonValue', () => {
  it.each<[string, string, string, string]>([
    ['a nested string', 'Logging.LogLevel.Default', 'Warning', '"Default": "Warning"'],
    [
      'a key with a dot in it',
      'Logging.LogLevel.Microsoft.AspNetCore',
      'Error',
      '"Microsoft.AspNetCore": "Error"'
    ],
    ['ignoring case, as .NET configuration does', 'logging.loglevel.default', 'Debug', '"Default": "Debug"'],
    ['a number stays a number', 'Port', '8080', '"Port": 8080'],
    ['a boolean stays a boolean', 'Enabled', 'True', '"Enabled": true'],
    ['a number given text becomes text', 'Port', 'auto', '"Port": "auto"'],
    ['an array item by index', 'Servers.1.Name', 'c', '{ "Name": "c" }'],
    ['quotes and backslashes are escaped', 'AllowedHosts', 'a"b\\c', '"AllowedHosts": "a\\"b\\\\c"'],
    ['unicode is kept as is', 'AllowedHosts', 'héllo ✓', '"AllowedHosts": "héllo ✓"'],
    ['a number is kept as written', 'Port', '12345678901234567890', '"Port": 12345678901234567890']
  ])('replaces %s, touching nothing else', (_name, key, value, expected) => {
    const result = setJsonValue(appsettings, key, value, false)
    expect(result.action).toBe('replaced')
    expect(result.text).toContain(expected)
    // Only the value changed: what differs is one fragment of one line.
    const [removed, inserted] = difference(appsettings, result.text)
    expect(removed).not.toMatch(/[\n,:{}]/)
    expect(inserted).not.toContain('\n')
  })

  it('reports unchanged when the value is already there', () => {
    expect(setJsonValue(appsettings, 'AllowedHosts', '*', false)).toMatchObject({
      action: 'unchanged',
      text: appsettings
    })
  })

  it.each<[string, string, RegExp]>([
    [
      'a missing key',
      'Logging.LogLevel.Missing',
      /'Logging\.LogLevel\.Missing' is not there \('Logging\.LogLevel' is, without 'Missing'\)/
    ],
    ['a missing root key', 'Nope', /'Nope' is not there$/],
    ['an index past the end', 'Servers.5.Name', /'Servers' is, without '5\.Name'/]
  ])('refuses %s', (_name, key, message) => {
    expect(() => setJsonValue(appsettings, key, 'x', false)).toThrow(message)
    expect(() => setJsonValue(appsettings, key, 'x', false)).toThrow(JsonPathError)
  })

  it('refuses to replace an object with text', () => {
    expect(() => setJsonValue(appsettings, 'Logging', 'x', false)).toThrow(/'Logging' holds an object/)
    expect(setJsonValue(appsettings, 'Logging', '{"LogLevel":{}}', false).text).toContain(
      '"Logging": {"LogLevel":{}},'
    )
  })

  it('adds a missing key in the file style, with its parents', () => {
    const result = setJsonValue(appsettings, 'Logging.LogLevel.Shop.Orders', 'Debug', true)
    expect(result).toMatchObject({ action: 'added', path: 'Logging.LogLevel.Shop.Orders' })
    expect(result.text).toContain(
      `      "Microsoft.AspNetCore": "Warning",\n      "Shop": {\n        "Orders": "Debug"\n      }\n    }`
    )
    expect(JSON.parse(result.text.replace(/\/\/.*\n/g, ''))).toMatchObject({
      Logging: { LogLevel: { Shop: { Orders: 'Debug' } } }
    })
  })

  it('adds into an empty object and at the root', () => {
    expect(setJsonValue(appsettings, 'Empty.Key', 'v', true).text).toContain(
      `"Empty": {\n    "Key": "v"\n  }\n}`
    )
    expect(setJsonValue(appsettings, 'NewRoot', 'v', true).text).toContain(
      `"Empty": {},\n  "NewRoot": "v"\n}`
    )
  })

  it('appends to an array at the next index', () => {
    expect(setJsonValue('{\n  "A": [\n    1\n  ]\n}', 'A.1', 'x', true).text).toBe(
      '{\n  "A": [\n    1,\n    "x"\n  ]\n}'
    )
    // jsonc-parser's formatter lays a one-line container it adds to out on several lines; the rest of the file
    // (here "B" and its comment) is left as it was.
    expect(setJsonValue('{\n  "A": [1, 2],\n  "B": { "C": 1 } // c\n}', 'A.2', 'x', true).text).toBe(
      '{\n  "A": [\n    1,\n    2,\n    "x"\n  ],\n  "B": { "C": 1 } // c\n}'
    )
    expect(() => setJsonValue('{ "A": [1] }', 'A.3', 'x', true)).toThrow(/index below 2/)
  })

  it('keeps CRLF line endings and tabs when adding', () => {
    const crlf = '{\r\n\t"A": {\r\n\t\t"B": 1\r\n\t}\r\n}\r\n'
    expect(setJsonValue(crlf, 'A.C', 'x', true).text).toBe(
      '{\r\n\t"A": {\r\n\t\t"B": 1,\r\n\t\t"C": "x"\r\n\t}\r\n}\r\n'
    )
  })

  it('keeps a trailing comma', () => {
    expect(setJsonValue('{\n  "A": 1,\n}', 'B', 'x', true).text).toBe('{\n  "A": 1,\n  "B": "x",\n}')
  })

  it('refuses to add below a scalar', () => {
    expect(() => setJsonValue(appsettings, 'AllowedHosts.X', 'v', true)).toThrow(/'AllowedHosts' is a string/)
  })
})

describe('parseJsonDocument', () => {
  it.each<[string, string, RegExp]>([
    ['a missing comma', '{"a": 1 "b": 2}', /expected ',' or } at line 1, column 9/],
    ['an unterminated string', '{"a": "x\n}', /line break inside a string at line 1/],
    ['trailing text', '{} x', /unexpected text/],
    ['empty file', '', /unexpected end of the file/],
    ['a missing value', '{"a": }', /expected a value at line 1, column 7/],
    ['an array without a comma', '[1 2]', /expected ',' or \] at line 1, column 4/],
    ['an unterminated comment', '{} /* x', /unterminated comment/],
    ['a file cut short', '{"a": [1,', /unexpected end of the file/]
  ])('reports %s with its position', (_name, text, message) => {
    expect(() => parseJsonDocument(text)).toThrow(JsonSyntaxError)
    expect(() => parseJsonDocument(text)).toThrow(message)
  })
})

describe('BOM', () => {
  it('parses and edits a file that starts with a UTF-8 BOM, keeping it', () => {
    expect(() => parseJsonDocument('\ufeff{"A": 1}')).not.toThrow()
    expect(setJsonValue('\ufeff{\n  "A": 1\n}', 'B', 'x', true).text).toBe(
      '\ufeff{\n  "A": 1,\n  "B": "x"\n}'
    )
    expect(setJsonValue('\ufeff{"A": 1}', 'A', '2', false).text).toBe('\ufeff{"A": 2}')
  })
})

describe('jsonValueFor', () => {
  it.each<[Parameters<typeof jsonValueFor>[0], string, string]>([
    ['string', '42', '"42"'],
    ['number', '42', '42'],
    ['number', '4x', '"4x"'],
    ['boolean', 'FALSE', 'false'],
    ['null', 'null', 'null'],
    ['null', 'x', '"x"'],
    [undefined, 'true', '"true"'],
    ['array', '[1,2]', '[1,2]']
  ])('%s given %s is %s', (kind, value, expected) => {
    expect(jsonValueFor(kind, value)).toBe(expected)
  })
})
