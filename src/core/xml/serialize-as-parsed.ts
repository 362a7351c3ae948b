// Serializes an edited document and, in the same pass, turns it into the document that parsing the new text would
// give: offsets point into the new text, adjacent text nodes are merged, empty ones dropped, `selfClosing` says what
// was written. The web.config transform validates its output by position (`file:line:col` of the written file);
// this spares it a second full parse, which on a multi-megabyte file costs as much as the first.
// The tests hold this equal to `parseXmlDocument(text)` on every transform they run. It writes what `serialize`
// (xml-document.ts) writes, but moves and rewrites the nodes as it goes, so `serialize` (a plain `toString`, never
// allowed to change its document) stays apart rather than taking a hook on its hot path.

import { dominantNewline, XmlDocument, type XmlElement, type XmlNode } from './xml-document.js'

const BOM = '\uFEFF'

/** The text of `doc` and a document equal to `parseXmlDocument(text)`. The nodes of `doc` move into it. */
export function serializeAsParsed(doc: XmlDocument): { text: string; document: XmlDocument } {
  const out: string[] = []
  let length = 0
  const write = (piece: string): void => {
    out.push(piece)
    length += piece.length
  }

  const writeChildren = (parent: XmlElement | XmlDocument, children: XmlNode[]): XmlNode[] => {
    const kept: XmlNode[] = []
    let previous: XmlNode | undefined
    for (const node of children) {
      if (node.type === 'text') {
        if (node.raw === '') continue
        // The parser reads a run of text as one node.
        if (previous?.type === 'text') {
          previous.raw += node.raw
          write(node.raw)
          continue
        }
      }
      node.parent = parent
      writeNode(node)
      kept.push(node)
      previous = node
    }
    return kept
  }

  const writeNode = (node: XmlNode): void => {
    node.offset = length
    switch (node.type) {
      case 'text':
        write(node.raw)
        return
      case 'comment':
        write(`<!--${node.content}-->`)
        return
      case 'cdata':
        write(`<![CDATA[${node.content}]]>`)
        return
      case 'pi':
        write(`<?${node.content}?>`)
        return
      case 'doctype':
        write(node.raw)
        return
      case 'element': {
        write('<')
        write(node.name)
        for (const a of node.attributes) {
          write(a.leading)
          a.offset = length
          write(a.name)
          write(a.equals)
          write(a.quote)
          a.valueOffset = length
          write(a.rawValue)
          write(a.quote)
        }
        write(node.tagTail)
        if (node.children.length === 0 && node.selfClosing) {
          node.endOffset = -1
          write('/>')
          return
        }
        node.selfClosing = false
        write('>')
        node.children = writeChildren(node, node.children)
        node.endOffset = length
        write('</')
        write(node.name)
        write(node.endTagTail)
        write('>')
        return
      }
    }
  }

  // The document needs the text first; its top-level nodes get it as their parent below.
  const children = writeChildren(doc, doc.children)
  const body = out.join('')
  const document = new XmlDocument(body)
  document.bom = doc.bom
  document.newline = dominantNewline(body)
  document.children = children
  for (const child of children) child.parent = document
  return { text: doc.bom ? BOM + body : body, document }
}
