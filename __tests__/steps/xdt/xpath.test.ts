import { describe, expect, it } from 'vitest'
import { parseXml } from '../../../src/core/xml/parse-xml.js'
import type { XmlElement } from '../../../src/core/xml/xml-document.js'
import { childElement } from '../../../src/core/xml/xml-edit.js'
import {
  compileXPath,
  evaluateXPath,
  selectNodes,
  XPathError,
  type XPathNode
} from '../../../src/steps/xdt/xpath.js'

const doc = parseXml(`<?xml version="1.0"?>
<configuration>
  <appSettings>
    <add key="a" value="1" />
    <add key="b" value="2" />
    <add key="Feature.Search" value="off" />
    <add key="it's" value='say "hi"' />
  </appSettings>
  <system.web>
    <compilation debug="true" />
  </system.web>
  <!-- note -->
  <x:ext xmlns:x="urn:x"><x:item id="1" /><item id="plain" /></x:ext>
  <defaults xmlns="urn:d"><item id="d" /></defaults>
  <text>hello <![CDATA[<world>]]> &amp; more</text>
</configuration>`)

/** A short, readable description of a node: `add#a`, `@key=a`, `"text"`, `<!--c-->`. */
function describeNode(node: XPathNode): string {
  switch (node.type) {
    case 'element': {
      const id = node.attributes.find((a) => a.name === 'key' || a.name === 'id')
      return id ? `${node.name}#${id.rawValue}` : node.name
    }
    case 'attribute':
      return `@${node.attribute.name}=${node.attribute.rawValue}`
    case 'text':
      return JSON.stringify(node.raw)
    case 'cdata':
      return `cdata:${node.content}`
    case 'comment':
      return `<!--${node.content}-->`
    case 'document':
      return '/'
    default:
      return node.type
  }
}

const select = (xpath: string, context: XPathNode = doc, namespaces?: Record<string, string>): string[] =>
  selectNodes(xpath, context, { namespaces }).map(describeNode)

const selections: Array<[string, string[]]> = [
  // What XDT builds itself (Locator.ConstructPath).
  ['/configuration/appSettings/add', ['add#a', 'add#b', 'add#Feature.Search', "add#it's"]],
  ["/configuration/appSettings/add[@key='b']", ['add#b']],
  ["/configuration/appSettings/add[@key='a' and @value='1']", ['add#a']],
  ["/configuration/appSettings/add[@key='a' and @value='2']", []],
  [`/configuration/appSettings/add[@key="it's"]`, ["add#it's"]],
  [`/configuration/appSettings/add[@key=concat('it', "'", 's')]`, ["add#it's"]],
  // What users write in Condition()/XPath()/InsertBefore().
  ["/configuration/appSettings/add[@key='a' or @key='b']", ['add#a', 'add#b']],
  ["/configuration/appSettings/add[@key!='a']", ['add#b', 'add#Feature.Search', "add#it's"]],
  ["/configuration/appSettings/add[not(@key='a')][2]", ['add#Feature.Search']],
  ["/configuration/appSettings/add[starts-with(@key, 'Feature.')]", ['add#Feature.Search']],
  ["/configuration/appSettings/add[contains(@value, 'hi')]", ["add#it's"]],
  ['/configuration/appSettings/add[@value > 1]', ['add#b']],
  ['/configuration/appSettings/add[2]', ['add#b']],
  ['/configuration/appSettings/add[last()]', ["add#it's"]],
  ['/configuration/appSettings/add[position() < 3]', ['add#a', 'add#b']],
  ['/configuration/appSettings/add[@key][1]/@value', ['@value=1']],
  ['//compilation', ['compilation']],
  ['//compilation/..', ['system.web']],
  ['/configuration/*[2]', ['system.web']],
  ['/configuration/system.web/compilation/@*', ['@debug=true']],
  ['/configuration/system.web/compilation[@debug="true"]', ['compilation']],
  ['//add[@key="b"]/following-sibling::add[1]', ['add#Feature.Search']],
  ['//add[@key="Feature.Search"]/preceding-sibling::add[1]', ['add#b']],
  ['//add[@key="b"]/ancestor::*', ['configuration', 'appSettings']],
  ['(//add)[1] | //compilation', ['add#a', 'compilation']],
  ['//appSettings/add[@key="a"]/self::add', ['add#a']],
  ['/configuration/text/text()', ['"hello "', 'cdata:<world>', '" &amp; more"']],
  ['/configuration/comment()', ['<!-- note -->']],
  ["//*[text() = 'hello ']", ['text']],
  ['count(//add) = 4', []],
  // Names are matched by namespace, as .NET does: an unprefixed test means "no namespace".
  ['/configuration/ext', []],
  ['//item', ['item#plain']],
  ["/configuration/*[local-name()='ext']/*", ['x:item#1', 'item#plain']]
]

describe('XPath subset over the lossless model', () => {
  it.each(selections)('%s', (xpath, expected) => {
    if (xpath.startsWith('count(')) {
      expect(evaluateXPath(xpath, doc)).toBe(true)
      return
    }
    expect(select(xpath)).toEqual(expected)
  })

  it('resolves prefixes through the namespaces option, including the default namespace', () => {
    const namespaces = { p: 'urn:x', _defaultNamespace: 'urn:d' }
    expect(select('/configuration/p:ext/p:item', doc, namespaces)).toEqual(['x:item#1'])
    expect(
      select('/configuration/_defaultNamespace:defaults/_defaultNamespace:item', doc, namespaces)
    ).toEqual(['item#d'])
    expect(select('//p:*', doc, namespaces)).toEqual(['x:ext', 'x:item#1'])
  })

  it('evaluates relative paths from the context node (InsertBefore/InsertAfter arguments)', () => {
    const appSettings = childElement(doc.root as XmlElement, 'appSettings') as XmlElement
    expect(select("add[@key='b']", appSettings)).toEqual(['add#b'])
    expect(select('../system.web/compilation', appSettings)).toEqual(['compilation'])
    expect(select('/configuration/system.web', appSettings)).toEqual(['system.web'])
  })

  it.each([
    ['count(//add)', 4],
    ["string-length('abc')", 3],
    ["concat('a', 'b', 1)", 'ab1'],
    ["substring('12345', 2, 3)", '234'],
    ["substring('12345', 1.5, 2.6)", '234'],
    ["substring-before('a=b', '=')", 'a'],
    ["substring-after('a=b', '=')", 'b'],
    ["normalize-space('  a   b ')", 'a b'],
    ["translate('bar', 'abc', 'ABC')", 'BAr'],
    ['string(/configuration/text)', 'hello <world> & more'],
    ['sum(//appSettings/add[@value > 0]/@value)', 3],
    ['1 + 2 * 3 - 4 div 2', 5],
    ['7 mod 3', 1],
    ['-(1)', -1],
    ['round(2.5) + floor(1.9) + ceiling(1.1)', 6],
    ["number('x')", NaN],
    ['true() and not(false())', true],
    ["boolean('')", false],
    ['name(/configuration/*[3])', 'x:ext'],
    ['namespace-uri(/configuration/*[3])', 'urn:x'],
    ["//add[@key='a']/@value = 1", true],
    ['//add/@value = //compilation/@debug', false]
  ])('%s = %s', (xpath, expected) => {
    expect(evaluateXPath(xpath, doc)).toEqual(expected)
  })

  it.each([
    ['/configuration/[a]', /Expected a node test, found '\['/],
    ["/a[@k='x'", /Expected '\]'/],
    ["/a[@k='x]", /Unterminated string literal/],
    ["ends-with(@k, 'x')", /Unknown function 'ends-with\(\)' \(an XPath 2\.0 function/],
    ['count()', /Function 'count\(\)' takes 1 argument\(s\), not 0/],
    ['$var', /Variables are not supported/],
    ['namespace::x', /namespace axis is not supported/],
    ['sideways::x', /Unknown axis 'sideways'/],
    ['/a b', /Expected an operator, found 'b'/],
    ['', /empty/],
    ['/a/.[1]', /Unexpected '\['/]
  ])('refuses %j with a clear XPathError', (xpath, message) => {
    expect(() => compileXPath(xpath)).toThrow(XPathError)
    expect(() => compileXPath(xpath)).toThrow(message)
  })

  it('refuses an undefined prefix when evaluating', () => {
    expect(() => selectNodes('/q:configuration', doc)).toThrow(/Namespace prefix 'q' is not defined/)
  })

  it('refuses a scalar where nodes are expected', () => {
    expect(() => selectNodes('count(//add)', doc)).toThrow(/gives a number, not a set of nodes/)
  })

  it('knows multiplication from the name test `*`', () => {
    expect(select('/configuration/*[1]/*[2 * 1]')).toEqual(['add#b'])
  })
})
