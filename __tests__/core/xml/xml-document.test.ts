import { describe, expect, it } from 'vitest'
import { parseXml, XmlReadError, decodeXmlBytes } from '../../../src/core/xml/parse-xml.js'
import {
  appendElement,
  childElement,
  createElement,
  getAttribute,
  insertSibling,
  removeNode,
  setAttribute,
  removeAttribute,
  textContent,
  elementPath
} from '../../../src/core/xml/xml-edit.js'
import type { XmlElement } from '../../../src/core/xml/xml-document.js'

const roundTrips: Array<[string, string]> = [
  [
    'declaration, CRLF, comments',
    '<?xml version="1.0" encoding="utf-8"?>\r\n<a>\r\n  <!-- c -->\r\n  <b x="1"/>\r\n</a>\r\n<!--tail-->\r\n'
  ],
  ['BOM', '\uFEFF<configuration />'],
  ['quotes and odd whitespace in tags', `<a  x = 'single "q"'\n   y="2"  ><b\t/></a >`],
  ['entities kept as written', '<a v="&amp;&lt;&#x41;&#65;&quot;">t &amp; &gt; &#169;</a>'],
  ['CDATA', '<a><![CDATA[<not> & markup]]></a>'],
  ['unicode', '<a név="értéke 日本語 🚀">ünïcödé</a>'],
  ['doctype with internal entities (never expanded)', '<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>'],
  ['processing instruction inside', '<a><?pi data?></a>']
]

describe('lossless XML document', () => {
  it.each(roundTrips)('round-trips byte for byte: %s', (_name, text) => {
    expect(parseXml(text).toString()).toBe(text)
  })

  it('decodes attribute values and text, but never expands DTD entities', () => {
    const doc = parseXml('<!DOCTYPE a [<!ENTITY x "boom">]><a v="&amp;&#x41;">&x; &lt;</a>')
    const root = doc.root as XmlElement
    expect(getAttribute(root, 'v')).toBe('&A')
    expect(textContent(root)).toBe('&x; <')
  })

  it('gives 1-based line and column of nodes', () => {
    const doc = parseXml('<a>\n  <b\n    x="1" />\n</a>')
    const b = childElement(doc.root as XmlElement, 'b') as XmlElement
    expect(doc.position(b.offset)).toEqual({ line: 2, column: 3 })
    expect(doc.position(b.attributes[0]!.offset)).toEqual({ line: 3, column: 5 })
    expect(elementPath(b)).toBe('/a/b')
  })

  it.each([
    ['not closed', '<a><b></a>', /Not well-formed/],
    ['empty', '   ', /empty/],
    ['not XML', 'hello', /not XML/],
    ['binary', 'a\u0000b', /binary/],
    ['two roots', '<a/><b/>', /second root element/]
  ])('refuses %s input with a clear error', (_name, text, message) => {
    expect(() => parseXml(text, 'web.config')).toThrow(message)
    try {
      parseXml(text, 'web.config')
    } catch (error) {
      expect(error).toBeInstanceOf(XmlReadError)
      expect((error as XmlReadError).diagnostic).toMatch(/^web\.config/)
    }
  })

  it('reports the line and column of a syntax error', () => {
    try {
      parseXml('<a>\n  <b>\n</a>', 'web.config')
      expect.unreachable()
    } catch (error) {
      expect((error as XmlReadError).line).toBeGreaterThan(1)
      expect((error as XmlReadError).diagnostic).toMatch(/^web\.config:\d+:\d+: /)
    }
  })

  it('decodes UTF-16 with a BOM and refuses binary bytes', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a/>', 'utf16le')])
    expect(decodeXmlBytes(utf16)).toBe('<a/>')
    expect(() => decodeXmlBytes(Buffer.from([0x4d, 0x5a, 0x00, 0x01]))).toThrow(/binary/)
  })
})

describe('edits keep the file hand-written', () => {
  it('sets, adds and removes attributes, escaping values', () => {
    const doc = parseXml(`<a x='1' y="2"/>`)
    const root = doc.root as XmlElement
    expect(setAttribute(root, 'x', `it's <3 & "so"`)).toBe(true)
    expect(setAttribute(root, 'y', '2')).toBe(false)
    setAttribute(root, 'z', 'new')
    removeAttribute(root, 'y')
    expect(doc.toString()).toBe(`<a x='it&apos;s &lt;3 &amp; "so"' z="new"/>`)
  })

  it('appends a child with the indentation and line endings of its siblings', () => {
    const doc = parseXml('<a>\r\n    <b />\r\n</a>')
    appendElement(doc.root as XmlElement, createElement('c', [['k', 'v']]))
    expect(doc.toString()).toBe('<a>\r\n    <b />\r\n    <c k="v" />\r\n</a>')
  })

  it('opens a self-closing element to append its first child', () => {
    const doc = parseXml('<a>\n  <b x="1" />\n</a>')
    const b = childElement(doc.root as XmlElement, 'b') as XmlElement
    appendElement(b, createElement('c'))
    expect(doc.toString()).toBe('<a>\n  <b x="1">\n    <c />\n  </b>\n</a>')
  })

  it('inserts siblings and removes nodes with their line', () => {
    const doc = parseXml('<a>\n  <b />\n  <c />\n</a>')
    const root = doc.root as XmlElement
    const c = childElement(root, 'c') as XmlElement
    insertSibling(c, createElement('x'), 'before')
    insertSibling(c, createElement('y'), 'after')
    removeNode(childElement(root, 'b') as XmlElement)
    expect(doc.toString()).toBe('<a>\n  <x />\n  <c />\n  <y />\n</a>')
  })
})
