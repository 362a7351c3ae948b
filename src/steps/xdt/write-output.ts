// Writing a transformed document: in the encoding it declares, never half-written (temp file + rename).
// src/core/atomic-write.ts did not exist when this was written; this is the small local equivalent.

import fs from 'node:fs'
import path from 'node:path'
import type { XmlDocument } from '../../core/xml/xml-document.js'

/** The document's bytes: UTF-16LE with a BOM when its declaration says utf-16, otherwise UTF-8 (BOM as read). */
export function encodeXmlDocument(document: XmlDocument): Buffer {
  const text = document.toString()
  const declaration = document.children.find((c) => c.type === 'pi' && /^xml\s/.test(c.content))
  if (declaration?.type === 'pi' && /encoding\s*=\s*["']utf-16/i.test(declaration.content)) {
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le')])
  }
  return Buffer.from(text, 'utf8')
}

/** Writes `data` to a temporary file next to `file`, then renames it over `file`: readers see old or new, never half. */
export function writeFileAtomically(file: string, data: Buffer | string): void {
  const directory = path.dirname(path.resolve(file))
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  try {
    fs.writeFileSync(temporary, data, { flag: 'wx' })
    // Keep the permissions of the file being replaced.
    const existing = fs.statSync(file, { throwIfNoEntry: false })
    if (existing) fs.chmodSync(temporary, existing.mode & 0o7777)
    fs.renameSync(temporary, file)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}
