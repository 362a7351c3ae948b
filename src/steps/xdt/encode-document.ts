// The bytes of a transformed document, in the encoding it declares, so the file always describes itself truly.

import type { XmlDocument } from '../../core/xml/xml-document.js'

/** UTF-16LE with a BOM when the XML declaration says utf-16, otherwise UTF-8 (with the BOM the source had). */
export function encodeXmlDocument(document: XmlDocument): Buffer {
  const text = document.toString()
  const declaration = document.children.find((c) => c.type === 'pi' && /^xml\s/.test(c.content))
  if (declaration?.type === 'pi' && /encoding\s*=\s*["'](?:utf-16|unicode)/i.test(declaration.content)) {
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le')])
  }
  return Buffer.from(text, 'utf8')
}
