// XDT on files: read the source and each transform (clear errors for missing, empty, binary, directory, not XML),
// apply the transforms in order, and write the result only when no transform failed.

import path from 'node:path'
import { readXmlFile, XmlReadError } from '../../core/xml/parse-xml.js'
import type { XmlDocument } from '../../core/xml/xml-document.js'
import { applyXdtTransform, type XdtDiagnostic } from './transform.js'
import { writeFileAtomic } from '../../core/atomic-write.js'
import { encodeXmlDocument } from './encode-document.js'

export interface XdtFilesOptions {
  /** Relative paths are resolved from here; diagnostics name files as given. Default: process.cwd(). */
  cwd?: string
}

export interface XdtFilesResult {
  /** The transformed document; undefined when the source could not be read. Do not write it unless `ok`. */
  document: XmlDocument | undefined
  diagnostics: XdtDiagnostic[]
  ok: boolean
}

function readDiagnostic(error: XmlReadError, file: string): XdtDiagnostic {
  const diagnostic: XdtDiagnostic = { severity: 'error', message: error.message, file }
  if (error.line) Object.assign(diagnostic, { line: error.line, column: error.column })
  return diagnostic
}

function read(file: string, cwd: string): XmlDocument | XdtDiagnostic {
  try {
    return readXmlFile(path.resolve(cwd, file))
  } catch (error) {
    if (error instanceof XmlReadError) return readDiagnostic(error, file)
    throw error
  }
}

/** Reads `sourceFile` and applies `transformFiles` in order; stops at the first transform that fails. */
export function applyXdtTransformFiles(
  sourceFile: string,
  transformFiles: readonly string[],
  options: XdtFilesOptions = {}
): XdtFilesResult {
  const cwd = options.cwd ?? process.cwd()
  const diagnostics: XdtDiagnostic[] = []
  const source = read(sourceFile, cwd)
  if (!('type' in source)) return { document: undefined, diagnostics: [source], ok: false }
  for (const transformFile of transformFiles) {
    const transform = read(transformFile, cwd)
    if (!('type' in transform)) {
      diagnostics.push(transform)
      return { document: source, diagnostics, ok: false }
    }
    const result = applyXdtTransform(source, transform, { sourceFile, transformFile })
    diagnostics.push(...result.diagnostics)
    if (!result.ok) return { document: source, diagnostics, ok: false }
  }
  return { document: source, diagnostics, ok: true }
}

export interface TransformFileOptions extends XdtFilesOptions {
  /** The document to transform. */
  source: string
  /** XDT files applied in order (the `xdt-transforms` input). */
  transforms: readonly string[]
  /** Where to write the result; default: over `source`. */
  out?: string
}

/**
 * Applies XDT transforms to a file and writes the result atomically, only when every transform succeeded
 * (warnings allowed). Nothing is written on errors.
 */
export async function transformFileWithXdt(
  options: TransformFileOptions
): Promise<XdtFilesResult & { written: boolean }> {
  const cwd = options.cwd ?? process.cwd()
  const result = applyXdtTransformFiles(options.source, options.transforms, { cwd })
  if (!result.ok || !result.document) return { ...result, written: false }
  await writeFileAtomic(path.resolve(cwd, options.out ?? options.source), encodeXmlDocument(result.document))
  return { ...result, written: true }
}
