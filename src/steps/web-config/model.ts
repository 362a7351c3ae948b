// Where the ASP.NET Core settings of an app live in a web.config, shared by validate, transform and the
// sub-application mode. Facts: windows-facts §2.2 (handler entry, location wrapper) and §2.4 (checklist).

import {
  parseXmlDocument,
  XmlSyntaxError,
  type XmlDocument,
  type XmlElement
} from '../../core/xml/xml-document.js'
import { childElements, getAttribute } from '../../core/xml/xml-edit.js'
import { parseXml, XmlReadError } from '../../core/xml/parse-xml.js'
import { WebConfigError } from './diagnostics.js'

export const ASPNETCORE_HANDLER = 'aspNetCore'
export const MODULE_V2 = 'AspNetCoreModuleV2'
export const MODULE_V1 = 'AspNetCoreModule'
export const HOSTING_MODELS = ['inprocess', 'outofprocess'] as const
export type HostingModel = (typeof HOSTING_MODELS)[number]

/** One `NAME=value` for `<environmentVariables>`; `secret` values never appear in messages. */
export interface EnvironmentVariable {
  name: string
  value: string
  secret?: boolean
}

export function equalsIgnoreCase(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase()
}

/** A `<location>` that applies to the application itself: `path="."`, `path=""` or no path (§2.4). */
export function isAppLocation(location: XmlElement): boolean {
  const path = getAttribute(location, 'path')
  return path === undefined || path.trim() === '' || path.trim() === '.'
}

/** The `system.webServer` elements that configure the app root, in document order. */
export function appWebServerSections(root: XmlElement): XmlElement[] {
  const sections: XmlElement[] = []
  for (const child of childElements(root)) {
    if (child.name === 'system.webServer') sections.push(child)
    else if (child.name === 'location' && isAppLocation(child))
      sections.push(...childElements(child, 'system.webServer'))
  }
  return sections
}

/** `<add name="aspNetCore">`, compared case-insensitively as the SDK does (WebConfigTransform.cs). */
export function isAspNetCoreName(name: string | undefined): boolean {
  return equalsIgnoreCase(name, ASPNETCORE_HANDLER)
}

/** A handler entry that runs the ASP.NET Core Module: named aspNetCore or using an AspNetCoreModule* module. */
export function isAspNetCoreHandler(add: XmlElement): boolean {
  if (isAspNetCoreName(getAttribute(add, 'name'))) return true
  const modules = getAttribute(add, 'modules')
  return modules !== undefined && /^aspnetcoremodule(v2)?$/i.test(modules.trim())
}

/** The first `<aspNetCore>` element that configures the app root. */
export function appAspNetCoreElement(root: XmlElement): XmlElement | undefined {
  for (const section of appWebServerSections(root)) {
    const element = childElements(section, 'aspNetCore')[0]
    if (element) return element
  }
  return undefined
}

/**
 * Where the SDK's WebConfigTransform edits: the <location> holding the first aspNetCore element (or the root when
 * that element is outside any location); with no aspNetCore element, the location that applies to the app, else
 * the root. (The SDK takes the first <location> whatever its path; a `path="wwwroot"` one would be wrong.)
 */
export function editScope(root: XmlElement): XmlElement {
  const existing = firstDescendant(root, 'aspNetCore')
  if (existing) {
    let node: XmlElement = existing
    while (node.parent && node.parent.type === 'element' && node.parent !== root) node = node.parent
    return node.name === 'location' ? node : root
  }
  return childElements(root, 'location').find(isAppLocation) ?? root
}

/** The first element named `name` below `root`, depth first, without recursion (hostile nesting). */
export function firstDescendant(root: XmlElement, name: string): XmlElement | undefined {
  const stack: XmlElement[] = [root]
  while (stack.length) {
    const element = stack.pop() as XmlElement
    if (element !== root && element.name === name) return element
    const children = childElements(element)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as XmlElement)
  }
  return undefined
}

/** Parses text (or passes a document through); a document that is not well-formed becomes a WebConfigError. */
export function toDocument(input: string | XmlDocument, file: string): XmlDocument {
  if (typeof input !== 'string') return input
  try {
    return parseXml(input, file)
  } catch (error) {
    if (error instanceof XmlReadError) throw new WebConfigError([readErrorDiagnostic(error)])
    throw error
  }
}

/** Parses a web.config for editing: well-formed, and with <configuration> as its root, or a WebConfigError. */
export function toConfigurationDocument(input: string | XmlDocument, file: string): XmlDocument {
  const doc = toDocument(input, file)
  const root = doc.root as XmlElement
  if (root.name !== 'configuration') {
    const { line, column } = doc.position(root.offset)
    throw new WebConfigError([
      {
        severity: 'error',
        rule: 'root-element',
        file,
        line,
        column,
        message: `The root element is <${root.name}>: a web.config has <configuration> as its root. Nothing was changed.`
      }
    ])
  }
  return doc
}

/**
 * Parses text this engine just serialized from a validated document (a transform result) without running the
 * validator again: on a multi-megabyte file that halves the cost. Positions are those of the new text.
 */
export function parseOwnOutput(text: string, file: string): XmlDocument {
  try {
    return parseXmlDocument(text)
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new WebConfigError([
        {
          severity: 'error',
          rule: 'not-well-formed',
          file,
          line: error.line,
          column: error.column,
          message: error.message
        }
      ])
    }
    throw error
  }
}

export function readErrorDiagnostic(error: XmlReadError): WebConfigError['diagnostics'][number] {
  return {
    severity: 'error',
    rule: 'not-well-formed',
    file: error.file,
    // A file that is empty or binary has no better position than its start.
    line: error.line || 1,
    column: error.column || 1,
    message: error.message
  }
}

/** The effective hosting model: ANCM treats an absent or empty hostingModel as out-of-process (§2.1). */
export function effectiveHostingModel(aspNetCore: XmlElement | undefined): HostingModel | undefined {
  if (!aspNetCore) return undefined
  const value = getAttribute(aspNetCore, 'hostingModel')?.trim().toLowerCase()
  if (value === undefined || value === '') return 'outofprocess'
  return (HOSTING_MODELS as readonly string[]).includes(value) ? (value as HostingModel) : undefined
}

/**
 * Splits an `arguments` value the way the .NET host sees it (CommandLineToArgvW, simplified: quotes group,
 * backslashes are literal unless they precede a quote). Offsets are positions in the decoded value.
 */
export function splitArguments(value: string): Array<{ text: string; start: number; end: number }> {
  const tokens: Array<{ text: string; start: number; end: number }> = []
  let i = 0
  while (i < value.length) {
    while (i < value.length && /\s/.test(value[i] as string)) i++
    if (i >= value.length) break
    const start = i
    let text = ''
    let quoted = false
    while (i < value.length && (quoted || !/\s/.test(value[i] as string))) {
      const ch = value[i] as string
      if (ch === '"') quoted = !quoted
      else text += ch
      i++
    }
    tokens.push({ text, start, end: i })
  }
  return tokens
}

/** `.\MyApp.dll`, `./MyApp.dll` and `MyApp.dll` name the same file in the site root. */
export function normalizeAppRelativePath(value: string): string {
  return value
    .trim()
    .replace(/\//g, '\\')
    .replace(/^(\.\\)+/, '')
    .toLowerCase()
}
