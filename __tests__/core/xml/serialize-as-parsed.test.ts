// serializeAsParsed must give the very document that parsing its text gives (the transform validates it in place
// of a second parse): same nodes, same offsets, same flags, parents right. Checked on hand-made edits that stress
// the seams (adjacent text, emptied self-closing tags, removed nodes) and on every web.config transform fixture.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeAsParsed } from '../../../src/core/xml/serialize-as-parsed.js'
import {
  parseXmlDocument,
  serialize,
  type XmlDocument,
  type XmlElement,
  type XmlNode
} from '../../../src/core/xml/xml-document.js'
import {
  appendElement,
  childElement,
  createElement,
  removeNode,
  setAttribute
} from '../../../src/core/xml/xml-edit.js'
import { transformWebConfig } from '../../../src/steps/web-config/transform.js'

/** Everything a node carries but its parent link, which is checked separately. */
function shape(node: XmlNode | XmlDocument): unknown {
  if (node.type === 'document') {
    return { bom: node.bom, newline: node.newline, source: node.source, children: node.children.map(shape) }
  }
  const { parent: _parent, ...own } = node as XmlNode & { children?: XmlNode[] }
  return node.type === 'element' ? { ...own, children: node.children.map(shape) } : own
}

/** Every child points back at its container. */
function expectParentsRight(container: XmlDocument | XmlElement): void {
  for (const child of container.children) {
    expect(child.parent).toBe(container)
    if (child.type === 'element') expectParentsRight(child)
  }
}

function expectAsParsed(doc: XmlDocument): string {
  const before = serialize(doc)
  const { text, document } = serializeAsParsed(doc)
  expect(text).toBe(before)
  expect(shape(document)).toEqual(shape(parseXmlDocument(text)))
  expectParentsRight(document)
  for (const offset of [0, Math.floor(text.length / 2)]) {
    expect(document.position(offset)).toEqual(parseXmlDocument(text).position(offset))
  }
  return text
}

const root = (doc: XmlDocument) => doc.root as XmlElement
const text = (raw: string): XmlNode => ({ type: 'text', raw, parent: undefined, offset: -1 })

describe('serializeAsParsed', () => {
  const edits: Array<[string, string, (doc: XmlDocument) => void]> = [
    ['nothing changed', '\uFEFF<?xml version="1.0"?>\r\n<a x="1" >\r\n  <b/>\r\n</a >\r\n', () => {}],
    [
      'an attribute set longer',
      '<a><b x="1" y=\'2\'/><c/></a>',
      (d) => setAttribute(childElement(root(d), 'b')!, 'x', '1234567')
    ],
    [
      'an attribute added',
      '<a>\n  <b/>\n</a>',
      (d) => setAttribute(childElement(root(d), 'b')!, 'z', 'n&ew')
    ],
    [
      'an element appended with indentation',
      '<a>\n  <b>\n    <c/>\n  </b>\n</a>',
      (d) => {
        appendElement(childElement(root(d), 'b')!, createElement('d', [['k', 'v']]))
      }
    ],
    [
      'a child added to a self-closing element',
      '<a>\n  <b />\n</a>',
      (d) => {
        appendElement(childElement(root(d), 'b')!, createElement('c'))
      }
    ],
    [
      'a child pushed into a self-closing element by hand',
      '<a><b/></a>',
      (d) => {
        childElement(root(d), 'b')!.children.push(text('t'))
      }
    ],
    [
      'every child removed from an element written open',
      '<a><b><c/></b></a>',
      (d) => {
        removeNode(childElement(childElement(root(d), 'b')!, 'c')!)
      }
    ],
    ['a node removed between two texts', '<a>one<b/>two</a>', (d) => removeNode(childElement(root(d), 'b')!)],
    [
      'texts pushed next to each other and an empty one',
      '<a>x<!--c-->y</a>',
      (d) => {
        root(d).children.splice(1, 0, text('more'), text(''))
      }
    ],
    [
      'a comment, CDATA and PI kept apart from text',
      '<a> <![CDATA[<x>]]> <?p q?> <!-- c --> </a>',
      (d) => {
        setAttribute(root(d), 'n', '1')
      }
    ],
    [
      'a DOCTYPE and text outside the root',
      '<!DOCTYPE a [<!ENTITY e "v">]>\n<a>&e;</a>\n\n',
      (d) => {
        setAttribute(root(d), 'n', '1')
      }
    ],
    [
      'LF turned dominant by an added line',
      '<a>\r\n<b/>\n</a>',
      (d) => {
        root(d).children.push(text('\n\n'))
      }
    ],
    [
      'a BOM added',
      '<a/>',
      (d) => {
        d.bom = true
      }
    ]
  ]
  it.each(edits)('%s', (_name, source, edit) => {
    const doc = parseXmlDocument(source)
    edit(doc)
    expectAsParsed(doc)
  })
})

describe('the web.config transform hands back its output as parsed', () => {
  const FIXTURES = path.resolve('__tests__/fixtures/web-config/transform')
  const cases = fs.readdirSync(FIXTURES).map((name) => {
    const dir = path.join(FIXTURES, name)
    const input = path.join(dir, 'input.config')
    return {
      name,
      input: fs.existsSync(input) ? fs.readFileSync(input, 'utf8') : undefined,
      options: JSON.parse(fs.readFileSync(path.join(dir, 'options.json'), 'utf8'))
    }
  })

  it('covers the fixtures, edited and unchanged alike', () => {
    const changed = cases.map((c) => transformWebConfig(c.input, c.options).changed)
    expect(changed).toContain(true)
    expect(changed).toContain(false)
  })

  it.each(cases)('$name', ({ input, options }) => {
    const result = transformWebConfig(input, options)
    expect(result.document).toBeDefined()
    const document = result.document as XmlDocument
    expect(shape(document)).toEqual(shape(parseXmlDocument(result.text)))
    expectParentsRight(document)
  })
})
