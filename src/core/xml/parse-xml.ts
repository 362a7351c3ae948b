// Reading XML from text or a file: fast-xml-parser's validator decides well-formedness and reports line:col, then
// the lossless model is built. Binary, empty and non-XML input get clear errors.

import fs from 'node:fs'
import { XMLValidator } from 'fast-xml-parser'
import { parseXmlDocument, XmlSyntaxError, type XmlDocument } from './xml-document.js'

/** A problem found while reading an XML file, with its position. */
export class XmlReadError extends Error {
  override name = 'XmlReadError'
  constructor(
    readonly file: string,
    message: string,
    readonly line = 0,
    readonly column = 0
  ) {
    super(message)
  }
  /** `file:line:col: message`, the compiler convention. */
  get diagnostic(): string {
    return this.line
      ? `${this.file}:${this.line}:${this.column}: ${this.message}`
      : `${this.file}: ${this.message}`
  }
}

/** Parses XML text; `file` names it in errors. */
export function parseXml(text: string, file = '<input>'): XmlDocument {
  if (text.includes('\u0000'))
    throw new XmlReadError(file, 'The file is binary (it contains NUL bytes), not XML.')
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // The first non-blank character, found without trim(): on a multi-megabyte file a trimmed copy costs more.
  const first = /\S/.exec(body)
  if (!first) throw new XmlReadError(file, 'The file is empty: expected an XML document.')
  if (first[0] !== '<') {
    throw new XmlReadError(file, 'The file is not XML: it does not start with a tag.', 1, 1)
  }
  const verdict = XMLValidator.validate(body, { allowBooleanAttributes: false })
  if (verdict !== true) {
    throw new XmlReadError(file, `Not well-formed XML: ${verdict.err.msg}`, verdict.err.line, verdict.err.col)
  }
  try {
    return parseXmlDocument(text)
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new XmlReadError(file, error.message, error.line, error.column)
    throw error
  }
}

/** Reads and parses an XML file. A directory, a missing file or a non-UTF-8 binary file is an XmlReadError. */
export function readXmlFile(file: string): XmlDocument {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    throw new XmlReadError(file, 'The file does not exist.')
  }
  if (stat.isDirectory()) throw new XmlReadError(file, 'This is a directory, not an XML file.')
  return parseXml(decodeXmlBytes(fs.readFileSync(file), file), file)
}

/** Decodes bytes as UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decodeXmlBytes(bytes: Buffer, file = '<input>'): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes.subarray(2).toString('utf16le')
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2))
    swapped.swap16()
    return swapped.toString('utf16le')
  }
  if (bytes.includes(0)) throw new XmlReadError(file, 'The file is binary (it contains NUL bytes), not XML.')
  return bytes.toString('utf8')
}
