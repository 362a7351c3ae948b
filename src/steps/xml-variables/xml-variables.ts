// `xml-variables` / `secret-xml-variables` (docs/xml-variables.md): `Name=value` written into the app's .config files
// by name, with Octopus' three rules (its ConfigurationVariablesReplacer, see the doc for the comparison with the
// Azure DevOps task):
//   appSettings/add[@key=Name]                  → its `value` attribute (added when missing)
//   connectionStrings/add[@name=Name]            → its `connectionString` attribute (added when missing)
//   applicationSettings//setting[@name=Name]     → the text of its child <value> (added when missing)
// Names compare case-insensitively, element names ignore namespaces. Unlike both peers, a variable that matches
// nothing in any file is an error (never a silent no-op), values are written as given (the ADO task turns `"` into
// `'`) and files keep their formatting, comments and encoding: the lossless model of src/core/xml edits only the
// values that change.

import path from 'node:path'
import { InputError, InputErrors } from '../../core/errors.js'
import type { Reporter } from '../../core/ports.js'
import { readXmlFile, XmlReadError } from '../../core/xml/parse-xml.js'
import type { XmlDocument, XmlElement } from '../../core/xml/xml-document.js'
import {
  appendElement,
  childElements,
  createElement,
  descendants,
  getAttribute,
  setAttribute,
  textContent
} from '../../core/xml/xml-edit.js'
import { escapeText } from '../../core/xml/xml-document.js'
import { resolveAppFiles } from '../sync/app-files.js'
import { encodeXmlDocument } from '../xdt/encode-document.js'
import { writeFileAtomically } from '../xdt/write-output.js'
import { selectNodes, type XPathNode } from '../xdt/xpath.js'

export interface XmlVariable {
  name: string
  value: string
  /** The value is never logged. */
  secret: boolean
}

/** Which rule matched: where the value went. */
export type XmlVariableKind = 'appSettings' | 'connectionStrings' | 'applicationSettings'

export interface XmlVariableChange {
  /** Relative path with forward slashes. */
  file: string
  /** The variable's name as given. */
  name: string
  kind: XmlVariableKind
  /** Where the value is, as an XPath a parameters.xml entry would use (`/configuration/appSettings/add[@key='A']/@value`). */
  target: string
  action: 'replaced' | 'added' | 'unchanged'
  secret: boolean
  /** The element that holds the value (the `add`, or the `setting`'s `value`), for conflict checks. */
  element: XmlElement
  /** The attribute set, or undefined for the text of a `value` element. */
  attribute?: string
}

export interface ApplyXmlVariablesOptions {
  appDir: string
  variables: readonly XmlVariable[]
  /** Paths or globs relative to `appDir` (default `**\/*.config`). */
  files: readonly string[]
  reporter: Pick<Reporter, 'info' | 'debug' | 'mask'>
  /** False: work out the changes without writing them. */
  write?: boolean
}

export interface XmlVariablesResult {
  files: string[]
  changes: XmlVariableChange[]
  /** The parsed documents by relative path (after the edits), for the package-parameter check. */
  documents: Map<string, XmlDocument>
}

const XML_FILES = {
  input: 'xml-files',
  extension: /\.config$/i,
  skippedFolders: new Set(['node_modules', '.git'])
}

/** The element name without its prefix: rules ignore namespaces, as Octopus' `local-name()` XPaths do. */
function localName(element: XmlElement): string {
  const colon = element.name.indexOf(':')
  return colon < 0 ? element.name : element.name.slice(colon + 1)
}

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase()
}

/** The files `patterns` name; a plain path that does not exist is an error. */
export function resolveXmlFiles(appDir: string, patterns: readonly string[]): string[] {
  return resolveAppFiles(appDir, patterns, XML_FILES)
}

/** Every element named `name` (namespace ignored) directly under an element named `parentName`. */
function childrenOf(doc: XmlDocument, parentName: string, name: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const parent of descendants(doc)) {
    if (localName(parent) !== parentName) continue
    for (const child of childElements(parent)) if (localName(child) === name) out.push(child)
  }
  return out
}

/** Every `setting` at any depth under an `applicationSettings` element. */
function applicationSettings(doc: XmlDocument): XmlElement[] {
  const out: XmlElement[] = []
  for (const section of descendants(doc)) {
    if (localName(section) !== 'applicationSettings') continue
    for (const setting of descendants(section)) if (localName(setting) === 'setting') out.push(setting)
  }
  return out
}

/** Sets the text of `setting`'s `<value>` child (created when missing). Returns the change and the value element. */
function setSettingValue(
  setting: XmlElement,
  value: string
): { action: 'replaced' | 'added' | 'unchanged'; element: XmlElement } {
  const existing = childElements(setting).find((c) => localName(c) === 'value')
  if (existing) {
    if (textContent(existing) === value && !existing.children.some((c) => c.type === 'element'))
      return { action: 'unchanged', element: existing }
    existing.children =
      value === '' ? [] : [{ type: 'text', raw: escapeText(value), parent: existing, offset: -1 }]
    existing.selfClosing = false
    return { action: 'replaced', element: existing }
  }
  const created = appendElement(setting, createElement('value'))
  created.tagTail = ''
  created.children =
    value === '' ? [] : [{ type: 'text', raw: escapeText(value), parent: created, offset: -1 }]
  created.selfClosing = value === ''
  return { action: 'added', element: created }
}

function quoteXPath(value: string): string {
  return value.includes("'") ? `"${value}"` : `'${value}'`
}

/** The `add` lists a variable replaces by name: which attribute names the entry and which one holds its value. */
const ADD_LISTS = [
  { kind: 'appSettings', key: 'key', value: 'value' },
  { kind: 'connectionStrings', key: 'name', value: 'connectionString' }
] as const

/** Applies every variable to one document; returns the changes (action unchanged included). */
function applyToDocument(
  doc: XmlDocument,
  file: string,
  variables: readonly XmlVariable[]
): XmlVariableChange[] {
  const changes: XmlVariableChange[] = []
  const lists = ADD_LISTS.map((list) => ({ ...list, entries: childrenOf(doc, list.kind, 'add') }))
  const settings = applicationSettings(doc)
  for (const variable of variables) {
    for (const list of lists) {
      for (const add of list.entries.filter((e) => sameName(getAttribute(e, list.key), variable.name))) {
        const had = getAttribute(add, list.value) !== undefined
        const changed = setAttribute(add, list.value, variable.value)
        const entry = quoteXPath(getAttribute(add, list.key) ?? '')
        changes.push({
          file,
          name: variable.name,
          kind: list.kind,
          target: `/configuration/${list.kind}/add[@${list.key}=${entry}]/@${list.value}`,
          action: !changed ? 'unchanged' : had ? 'replaced' : 'added',
          secret: variable.secret,
          element: add,
          attribute: list.value
        })
      }
    }
    for (const setting of settings.filter((e) => sameName(getAttribute(e, 'name'), variable.name))) {
      const { action, element } = setSettingValue(setting, variable.value)
      changes.push({
        file,
        name: variable.name,
        kind: 'applicationSettings',
        target: `//applicationSettings//setting[@name=${quoteXPath(getAttribute(setting, 'name') ?? '')}]/value`,
        action,
        secret: variable.secret,
        element
      })
    }
  }
  return changes
}

/**
 * Writes the XML variables into the app's .config files. Every problem (a variable no file has, a broken file) is
 * collected and thrown at once as InputErrors; nothing is written then.
 */
export function applyXmlVariables(options: ApplyXmlVariablesOptions): XmlVariablesResult {
  const { variables, reporter } = options
  const documents = new Map<string, XmlDocument>()
  if (variables.length === 0) return { files: [], changes: [], documents }
  const files = resolveXmlFiles(options.appDir, options.files)
  if (files.length === 0) {
    throw new InputError(
      'xml-files',
      `Input 'xml-files' (${options.files.join(', ')}) matches no .config file in ${options.appDir}: 'xml-variables' has nothing to write to.`
    )
  }
  const errors: InputError[] = []
  for (const file of files) {
    try {
      documents.set(file, readXmlFile(path.join(options.appDir, file)))
    } catch (error) {
      if (!(error instanceof XmlReadError)) throw error
      errors.push(
        new InputError(
          'xml-files',
          `${file} cannot be read as XML: ${error.message} Fix the file or leave it out of 'xml-files'.`
        )
      )
    }
  }
  if (errors.length > 0) throw new InputErrors(errors)
  const changes: XmlVariableChange[] = []
  for (const [file, doc] of documents) changes.push(...applyToDocument(doc, file, variables))
  for (const variable of variables) {
    if (changes.some((c) => c.name === variable.name)) continue
    const input = variable.secret ? 'secret-xml-variables' : 'xml-variables'
    errors.push(
      new InputError(
        input,
        `Input '${input}': '${variable.name}' is not an appSettings key, a connection string name or an applicationSettings setting in ${files.join(', ')}. Check the name (compared case-insensitively) or 'xml-files'.`
      )
    )
  }
  if (errors.length > 0) throw new InputErrors(errors)
  // Names and places only: values (secret or not) stay out of the log.
  for (const change of changes) reporter.info(`${change.file}: ${change.target} ${change.action}`)
  const result = { files, changes, documents }
  if (options.write !== false) writeXmlVariableFiles(options.appDir, result)
  return result
}

/** Writes the files `applyXmlVariables` changed (called with `write: false`); returns their relative paths. */
export function writeXmlVariableFiles(
  appDir: string,
  result: Pick<XmlVariablesResult, 'changes' | 'documents'>
): string[] {
  const changed = [...new Set(result.changes.filter((c) => c.action !== 'unchanged').map((c) => c.file))]
  for (const file of changed)
    writeFileAtomically(path.join(appDir, file), encodeXmlDocument(result.documents.get(file) as XmlDocument))
  return changed
}

/** What a package's parameters.xml declares, as far as this check needs it (see src/steps/sync/web-deploy-package.ts). */
export interface DeclaredParameter {
  name: string
  entries: ReadonlyArray<{ kind: string; scope: string; match: string }>
}

/** A .NET regex as ECMAScript, case-insensitive (an inline `(?i)` dropped); undefined when it does not compile. */
function scopeRegex(scope: string): RegExp | undefined {
  try {
    return new RegExp(scope.replace(/^\(\?[imsx]+\)/, ''), 'i')
  } catch {
    return undefined
  }
}

/** True when `node` is the changed value or holds it (a parameter replacing a whole section replaces it too). */
function covers(node: XPathNode, change: XmlVariableChange): boolean {
  if (node.type === 'attribute')
    return node.owner === change.element && node.attribute.name === change.attribute
  if (node.type !== 'element') return false
  let current: XmlElement | XmlDocument | undefined = change.element
  while (current && current.type === 'element') {
    if (current === node) return true
    current = current.parent
  }
  return false
}

/**
 * The changes a Web Deploy package's XmlFile parameter will overwrite when msdeploy applies it (each parameter's
 * `scope` regex against the file's path, its `match` XPath against the file). Such a substitution would be reported
 * and then silently undone (azure-pipelines-tasks #3495): the caller refuses it and names the parameter to set.
 */
export function findParameterOverrides(
  result: Pick<XmlVariablesResult, 'changes' | 'documents'>,
  parameters: readonly DeclaredParameter[]
): Array<{ change: XmlVariableChange; parameter: string }> {
  const found: Array<{ change: XmlVariableChange; parameter: string }> = []
  for (const parameter of parameters) {
    for (const entry of parameter.entries) {
      if (entry.kind.toLowerCase() !== 'xmlfile') continue
      const scope = scopeRegex(entry.scope)
      for (const [file, doc] of result.documents) {
        if (scope && !scope.test(`\\${file.replace(/\//g, '\\')}`)) continue
        let nodes: XPathNode[]
        try {
          nodes = selectNodes(entry.match, doc)
        } catch {
          continue
        }
        for (const change of result.changes.filter((c) => c.file === file)) {
          if (nodes.some((n) => covers(n, change)) && !found.some((f) => f.change === change))
            found.push({ change, parameter: parameter.name })
        }
      }
    }
  }
  return found
}
