// Reading and writing web.config bytes without changing their encoding: UTF-8 with or without BOM as found,
// UTF-16 with its BOM. Anything else (a Windows-1252 file, a binary file) is refused before we could corrupt it.

import fs from 'node:fs'
import { decodeXmlBytes, XmlReadError } from '../../core/xml/parse-xml.js'
import { WebConfigError, type Diagnostic } from './diagnostics.js'
import { readErrorDiagnostic } from './model.js'

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be'

export interface WebConfigSource {
  file: string
  /** The decoded text; a UTF-8 BOM stays in it as U+FEFF (the XML model keeps it), a UTF-16 BOM does not. */
  text: string
  encoding: TextEncoding
}

/** The `encoding` of the XML declaration, lower-cased, or undefined. */
export function declaredEncoding(text: string): string | undefined {
  const match = /^\uFEFF?\s*<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/.exec(text)
  return match?.[1]?.toLowerCase()
}

function fail(file: string, message: string, rule: Diagnostic['rule'] = 'not-well-formed', line = 1): never {
  throw new WebConfigError([{ severity: 'error', rule, file, line, column: line ? 1 : 0, message }])
}

/** Decodes web.config bytes; `file` names it in errors. */
export function decodeWebConfig(bytes: Buffer, file: string): WebConfigSource {
  let text: string
  try {
    text = decodeXmlBytes(bytes, file)
  } catch (error) {
    if (error instanceof XmlReadError) throw new WebConfigError([readErrorDiagnostic(error)])
    throw error
  }
  const encoding: TextEncoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf16be'
        : 'utf8'
  const declared = declaredEncoding(text)
  if (encoding === 'utf8') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      fail(
        file,
        `The file is not UTF-8${declared ? ` (it declares encoding="${declared}")` : ''}: save it as UTF-8, which IIS and this tool read safely.`,
        'encoding'
      )
    }
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      fail(file, `The file is UTF-8 but declares encoding="${declared}": write encoding="utf-8".`, 'encoding')
    }
  } else if (declared && !declared.startsWith('utf-16') && declared !== 'unicode') {
    fail(file, `The file is UTF-16 but declares encoding="${declared}": write encoding="utf-16".`, 'encoding')
  }
  return { file, text, encoding }
}

/** Reads a web.config. A missing file, a directory, a binary or non-UTF file is a WebConfigError. */
export function readWebConfigSource(file: string, displayName = file): WebConfigSource {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    fail(displayName, 'The file does not exist.', 'missing-file', 0)
  }
  if (stat.isDirectory())
    fail(displayName, 'This is a directory, not a web.config file.', 'not-well-formed', 0)
  return decodeWebConfig(fs.readFileSync(file), displayName)
}

/** Encodes text the way the source was encoded (a UTF-16 file gets its BOM back). */
export function encodeWebConfig(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8')
  const body = Buffer.from(`\uFEFF${text.replace(/^\uFEFF/, '')}`, 'utf16le')
  if (encoding === 'utf16be') body.swap16()
  return body
}
