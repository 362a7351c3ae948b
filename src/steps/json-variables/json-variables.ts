// `json-variables` / `secret-json-variables` (contract §1): `Path.To.Key=value` written into the app's JSON files
// (default appsettings.json). Existing keys are replaced in every file that has them; a key no file has is an
// error unless `json-add-missing`, which adds it to the first file. Files are edited in place as text, so their
// formatting (indentation, comments, order, line endings, BOM) stays as it was.

import fs from 'node:fs'
import path from 'node:path'
import { InputError, InputErrors } from '../../core/errors.js'
import type { Reporter } from '../../core/ports.js'
import { resolveAppFiles } from '../sync/app-files.js'
import { JsonPathError, JsonSyntaxError, parseJsonDocument, setJsonValue } from './json-document.js'

export interface JsonVariable {
  /** `Path.To.Key`, `Array.0.Key`. */
  name: string
  value: string
  /** The value is never logged. */
  secret: boolean
}

export interface ApplyJsonVariablesOptions {
  /** The app folder (the prepared copy of the publish output). */
  appDir: string
  variables: readonly JsonVariable[]
  /** Paths or globs relative to `appDir` (default appsettings.json). */
  files: readonly string[]
  addMissing: boolean
  reporter: Pick<Reporter, 'info' | 'debug' | 'mask'>
  /** False: work out the changes without writing them (dry-run). */
  write?: boolean
}

export interface JsonVariableChange {
  /** Relative path with forward slashes. */
  file: string
  /** The key path as the file spells it. */
  key: string
  action: 'replaced' | 'added' | 'unchanged'
  secret: boolean
}

export interface JsonVariablesResult {
  files: string[]
  changes: JsonVariableChange[]
}

const UTF8_BOM = '\ufeff'
const JSON_FILES = {
  input: 'json-files',
  extension: /\.json$/i,
  skippedFolders: new Set(['node_modules', 'wwwroot', '.git'])
}

/** The files `patterns` name, in pattern order; a plain path that does not exist is an error. */
export function resolveJsonFiles(appDir: string, patterns: readonly string[]): string[] {
  return resolveAppFiles(appDir, patterns, JSON_FILES)
}

interface LoadedFile {
  relative: string
  absolute: string
  bom: boolean
  text: string
  changed: boolean
}

function load(appDir: string, relative: string): LoadedFile {
  const absolute = path.join(appDir, relative)
  const bytes = fs.readFileSync(absolute)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(
      'json-files',
      `${relative} is saved as UTF-16: save it as UTF-8 to set JSON variables in it.`
    )
  }
  const raw = bytes.toString('utf8')
  const bom = raw.startsWith(UTF8_BOM)
  return { relative, absolute, bom, text: bom ? raw.slice(1) : raw, changed: false }
}

/** Writes next to the file and renames over it, so a failure never leaves half a file. */
function writeAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, content, 'utf8')
  fs.renameSync(temp, file)
}

/**
 * Writes the JSON variables into the app's JSON files. Every problem (missing key, broken file) is collected and
 * thrown at once as InputErrors naming the variable, the file and the fix; nothing is written then.
 */
export async function applyJsonVariables(options: ApplyJsonVariablesOptions): Promise<JsonVariablesResult> {
  const { reporter, variables } = options
  if (variables.length === 0) return { files: [], changes: [] }
  const input = (v: JsonVariable): string => (v.secret ? 'secret-json-variables' : 'json-variables')
  const relativeFiles = resolveJsonFiles(options.appDir, options.files)
  if (relativeFiles.length === 0) {
    throw new InputError(
      'json-files',
      `Input 'json-files' (${options.files.join(', ')}) matches no JSON file in ${options.appDir}.`
    )
  }
  const files = relativeFiles.map((relative) => load(options.appDir, relative))
  const errors: InputError[] = []
  for (const file of files) {
    try {
      parseJsonDocument(file.text)
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error
      errors.push(
        new InputError('json-files', `${file.relative} is not valid JSON: ${error.message}. Fix the file.`)
      )
    }
  }
  if (errors.length > 0) throw new InputErrors(errors)
  const changes: JsonVariableChange[] = []

  for (const variable of variables) {
    let matched = false
    const misses: string[] = []
    for (const file of files) {
      try {
        const result = setJsonValue(file.text, variable.name, variable.value, false)
        matched = true
        if (result.action !== 'unchanged') {
          file.text = result.text
          file.changed = true
        }
        changes.push({
          file: file.relative,
          key: result.path,
          action: result.action,
          secret: variable.secret
        })
      } catch (error) {
        if (!(error instanceof JsonPathError)) throw error
        misses.push(`${file.relative}: ${reporter.mask(error.message)}`)
      }
    }
    if (matched) continue
    const first = files[0] as LoadedFile
    if (options.addMissing) {
      try {
        const result = setJsonValue(first.text, variable.name, variable.value, true)
        first.text = result.text
        first.changed = true
        changes.push({ file: first.relative, key: result.path, action: 'added', secret: variable.secret })
        continue
      } catch (error) {
        if (!(error instanceof JsonPathError)) throw error
        misses.splice(0, misses.length, `${first.relative}: ${reporter.mask(error.message)}`)
      }
    }
    errors.push(
      new InputError(
        input(variable),
        `Input '${input(variable)}': ${misses.join('; ')}. Fix the key path (keys are separated by '.', arrays indexed by number)${options.addMissing ? '' : ", or set 'json-add-missing: true' to add it"}.`
      )
    )
  }
  if (errors.length > 0) throw new InputErrors(errors)

  // Keys only: values (secret or not) stay out of the log.
  for (const change of changes) reporter.info(`${change.file}: ${change.key} ${change.action}`)
  if (options.write !== false) {
    for (const file of files.filter((f) => f.changed))
      writeAtomically(file.absolute, (file.bom ? UTF8_BOM : '') + file.text)
  }
  return { files: relativeFiles, changes }
}
