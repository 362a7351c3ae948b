// What `dotnet publish` does to web.config (the Web SDK's WebConfigTransform, windows-facts §2.3), on the lossless
// XML model: only what the SDK changes is touched; comments, order, other sections, the declaration and line
// endings stay byte for byte. Deliberate differences, because we transform already-published files (`likeSdk`,
// the CLI's `--like-sdk`, turns the two rules on `.\App.dll` off and writes exactly what the SDK writes):
// - a file that is not well-formed, or whose root is not <configuration>, is an error (the SDK silently starts
//   from its template, which would throw the user's file away);
// - `.\App.dll` counts as present when it is the first argument in any spelling (`App.dll`, `./App.dll`), so a
//   second run changes nothing (the SDK only compares the whole string);
// - self-contained: a leading `.\App.dll` left by a framework-dependent publish is dropped;
// - an empty attribute counts as missing (the SDK only fills absent ones);
// - with no aspNetCore element, a <location> that does not apply to the app (path="wwwroot") is not used;
// - hostingModel: written when asked (overwriting), kept otherwise; a generated file gets `inprocess`, the SDK
//   default for .NET Core ≥ 3.0 (contract: `hosting-model` "only written when set");
// - other environment variables are added or updated like ASPNETCORE_ENVIRONMENT (names case-insensitive);
// Everything else is checked byte for byte against `dotnet publish` itself (__tests__/fixtures/sdk-oracle, npm run
// oracle:sdk), e.g. the hosting model written as spelled (`OutOfProcess`) and `.\My Web App.dll` left unquoted,
// and the UTF-8 byte order mark: the SDK's TransformWebConfig saves with XDocument.Save, whose UTF-8 encoder writes
// a BOM, so every web.config it transforms or generates starts with one (docs/dotnet-sdk.md, "The BOM").

import path from 'node:path'
import { InputError } from '../../core/errors.js'
import { parseXml, XmlReadError } from '../../core/xml/parse-xml.js'
import { serializeAsParsed } from '../../core/xml/serialize-as-parsed.js'
import {
  escapeAttribute,
  serializeElement,
  type XmlAttribute,
  type XmlDocument,
  type XmlElement
} from '../../core/xml/xml-document.js'
import {
  appendElement,
  childElement,
  childElements,
  createElement,
  findAttribute,
  getAttribute,
  insertSibling,
  removeAttribute,
  removeNode,
  setAttribute
} from '../../core/xml/xml-edit.js'
import { WebConfigError } from './diagnostics.js'
import type { TextEncoding } from './web-config-file.js'
import {
  ASPNETCORE_HANDLER,
  appAspNetCoreElement,
  editScope,
  effectiveHostingModel,
  equalsIgnoreCase,
  HOSTING_MODELS,
  isAspNetCoreName,
  MODULE_V1,
  MODULE_V2,
  normalizeAppRelativePath,
  splitArguments,
  toConfigurationDocument,
  toDocument,
  type EnvironmentVariable,
  type HostingModel
} from './model.js'

export interface TransformOptions {
  /** How the file is named in errors. */
  file?: string
  /** The assembly name (`MyApp`; `MyApp.dll` is accepted). */
  appName: string
  /** The app runs as `<app>.exe` (the SDK's UseAppHost: self-contained). */
  selfContained: boolean
  /**
   * Written when set, replacing what the file says; unset keeps the file's value. `inprocess` or `outofprocess`
   * in any casing, written as given (as the SDK writes its AspNetCoreHostingModel property, e.g. `OutOfProcess`).
   */
  hostingModel?: HostingModel | (string & {})
  /** `ASPNETCORE_ENVIRONMENT` (the SDK's EnvironmentName). */
  environment?: string
  /** Added or updated in `<aspNetCore><environmentVariables>`; secret values never appear in `changes`. */
  environmentVariables?: readonly EnvironmentVariable[]
  /** The SDK's AspNetCoreModuleName, used only when the handler has no `modules`. Default AspNetCoreModuleV2. */
  moduleName?: string
  /** The apphost's extension (the SDK's ExecutableExtension). Default `.exe` (IIS runs Windows apps). */
  executableExtension?: string
  /** Line ending of a generated file. Default CRLF, what `dotnet publish` writes on Windows. */
  newline?: '\r\n' | '\n'
  /**
   * How the file is stored. UTF-8 (the default) gets the BOM the SDK writes; a UTF-16 file's BOM is written by
   * encodeWebConfig, so the text is left without one.
   */
  encoding?: TextEncoding
  /**
   * Do exactly what `dotnet publish` does to a project's own web.config, for users who diff against it: the
   * app's dll is put in front of the arguments even when they already start with it, and an apphost keeps every
   * argument. Default false: the idempotent rules above, because a deploy transforms already-published files.
   */
  likeSdk?: boolean
}

export interface TransformResult {
  text: string
  /** `text` as parsed (positions point into it), when the transform built it: callers validate this one. */
  document?: XmlDocument
  /** What changed, one line each, for the log; empty when the file already was what the SDK writes. */
  changes: string[]
  /** The file did not exist and was generated. */
  generated: boolean
  changed: boolean
}

const VS_LAUNCHER_ARGS = ['%LAUNCHER_ARGS%', '-argFile IISExeLauncherArgs.txt']
const DEFAULT_STDOUT_LOG_FILE = '.\\logs\\stdout'

/** The file `dotnet publish` starts from when the project has none (WebConfigTemplate.cs), as it saves it. */
function templateText(newline: string): string {
  return (
    `\uFEFF<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}` +
    `  <location path="." inheritInChildApplications="false" />${newline}</configuration>`
  )
}

/** Applies what `dotnet publish` does. `text` undefined = the file does not exist: it is generated. */
export function transformWebConfig(text: string | undefined, options: TransformOptions): TransformResult {
  const file = options.file ?? 'web.config'
  checkOptions(options)
  const generated = text === undefined
  const source = text ?? templateText(options.newline ?? '\r\n')
  const doc = toConfigurationDocument(source, file)
  const root = doc.root as XmlElement
  const changes: string[] = []
  const edited = new Transformer(options, changes, generated).run(root)
  if ((options.encoding ?? 'utf8') === 'utf8' && !doc.bom) {
    doc.bom = true
    changes.push('added the UTF-8 byte order mark (BOM) that dotnet publish writes')
  }
  const { text: output, document } = serializeAsParsed(doc)
  if (output !== source) for (const element of edited) ensureWellFormed(element, document, file)
  return {
    text: output,
    document,
    changes: generated ? [generatedSummary(options), ...changes] : changes,
    generated,
    changed: generated || output !== source
  }
}

function generatedSummary(options: TransformOptions): string {
  const base = appBaseName(options.appName)
  const process = options.selfContained
    ? `processPath=".\\${base}${options.executableExtension ?? '.exe'}"`
    : `processPath="dotnet" arguments=".\\${base}.dll"`
  return `did not exist: generated what dotnet publish writes (${process}, hostingModel="${options.hostingModel ?? 'inprocess'}")`
}

/** Characters XML 1.0 cannot carry, even escaped: C0 controls other than tab/CR/LF, U+FFFE/F, lone surrogates. */
const NOT_XML_CHARACTER =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function checkXmlText(input: string, what: string, value: string): void {
  const bad = NOT_XML_CHARACTER.exec(value)
  if (bad) {
    // The value itself is never quoted: it may be a secret.
    const code = (bad[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')
    throw new InputError(input, `${what} contains U+${code}, which XML (and so web.config) cannot hold.`)
  }
}

function checkOptions(options: TransformOptions): void {
  checkXmlText('app-name', "Input 'app-name'", options.appName)
  if (options.environment !== undefined)
    checkXmlText('environment', "Input 'environment'", options.environment)
  for (const variable of options.environmentVariables ?? []) {
    const input = variable.secret ? 'secret-environment-variables' : 'environment-variables'
    checkXmlText(input, `The name of environment variable ${JSON.stringify(variable.name)}`, variable.name)
    checkXmlText(input, `The value of environment variable ${variable.name}`, variable.value)
  }
  if (!appBaseName(options.appName) || /[\\/:*?"<>|]/.test(options.appName)) {
    throw new InputError(
      'app-name',
      `Input 'app-name' is '${options.appName}': use the assembly name, e.g. MyApp (no path).`
    )
  }
  if (
    options.hostingModel !== undefined &&
    !(HOSTING_MODELS as readonly string[]).includes(options.hostingModel.toLowerCase())
  ) {
    throw new InputError(
      'hosting-model',
      `Input 'hosting-model' is '${options.hostingModel}': use inprocess or outofprocess.`
    )
  }
  const seen = new Map<string, string>()
  for (const variable of options.environmentVariables ?? []) {
    const key = variable.name.toLowerCase()
    if (!variable.name.trim() || variable.name.includes('=')) {
      throw new InputError('environment-variables', `'${variable.name}' is not an environment variable name.`)
    }
    const first = seen.get(key)
    if (first !== undefined) {
      throw new InputError(
        'environment-variables',
        `${first} is given twice${first === variable.name ? '' : ` (also as ${variable.name})`}; names are ` +
          'case-insensitive on Windows: keep one.'
      )
    }
    seen.set(key, variable.name)
    if (key === 'aspnetcore_environment' && options.environment && variable.value !== options.environment) {
      throw new InputError(
        'environment',
        `Both 'environment' and 'environment-variables' set ASPNETCORE_ENVIRONMENT, to different values: keep one.`
      )
    }
  }
}

/**
 * Re-reads what the transform wrote, with the same validator as any input: a safety net that costs little
 * because only the edited elements are checked, not a multi-megabyte file.
 */
function ensureWellFormed(element: XmlElement, doc: XmlDocument, file: string): void {
  try {
    parseXml(serializeElement(element), file)
  } catch (error) {
    if (error instanceof XmlReadError) {
      const { line, column } = doc.position(element.offset)
      throw new WebConfigError([
        {
          severity: 'error',
          rule: 'not-well-formed',
          file,
          line: line || 1,
          column: column || 1,
          message: `The transform would produce invalid XML in <${element.name}> (${error.message}); nothing was written.`
        }
      ])
    }
    throw error
  }
}

function appBaseName(appName: string): string {
  return appName.trim().replace(/\.(dll|exe)$/i, '')
}

class Transformer {
  constructor(
    private readonly options: TransformOptions,
    private readonly changes: string[],
    private readonly generated: boolean
  ) {}

  /** Edits the document; returns the elements that hold every edit (to re-check them). */
  run(root: XmlElement): XmlElement[] {
    const scope = editScope(root)
    const webServer = this.getOrCreate(scope, 'system.webServer')
    const handlers = this.getOrCreate(webServer, 'handlers')
    const handler = this.transformHandlers(handlers)
    // The module actually configured, which may differ from the option when the file names one (SDK).
    const moduleName = getAttribute(handler, 'modules') ?? ''
    const existing = childElement(webServer, 'aspNetCore')
    const created = !existing
    const aspNetCore = existing ?? appendElement(webServer, createElement('aspNetCore'))
    const before = this.changes.length
    this.transformAspNetCore(aspNetCore, moduleName)
    if (created && !this.generated) {
      // One line for a new element rather than one per attribute.
      const attributes = aspNetCore.attributes.map((a) => `${a.name}="${getAttribute(aspNetCore, a.name)}"`)
      this.changes.splice(
        before,
        this.changes.length - before,
        `added <aspNetCore ${attributes.join(' ')} />`
      )
    }
    this.transformEnvironmentVariables(aspNetCore)
    // The SDK keeps aspNetCore right after handlers.
    const children = webServer.children
    if (children.indexOf(aspNetCore) < children.indexOf(handlers)) {
      removeNode(aspNetCore)
      insertSibling(handlers, aspNetCore, 'after')
      this.changes.push('moved <aspNetCore> after <handlers>')
    }
    return [handlers, aspNetCore]
  }

  private getOrCreate(parent: XmlElement, name: string): XmlElement {
    const existing = childElement(parent, name)
    if (existing) return existing
    this.note(`added <${name}>`)
    return appendElement(parent, createElement(name))
  }

  /** Records a change; a generated file is summarised in one line, except for its environment variables. */
  private note(change: string, always = false): void {
    if (always || !this.generated) this.changes.push(change)
  }

  private fillIfEmpty(element: XmlElement, name: string, value: string): void {
    const current = getAttribute(element, name)
    if (current !== undefined && current.trim() !== '') return
    setAttribute(element, name, value)
    const label = element.name === 'add' ? 'handler' : element.name
    this.note(`${label}: ${name}="${value}"${current === undefined ? '' : ' (was empty)'}`)
  }

  private transformHandlers(handlers: XmlElement): XmlElement {
    let add = childElements(handlers, 'add').find((a) => isAspNetCoreName(getAttribute(a, 'name')))
    if (!add) {
      const attributes: Array<[string, string]> = [
        ['name', ASPNETCORE_HANDLER],
        ['path', '*'],
        ['verb', '*'],
        ['modules', this.options.moduleName ?? MODULE_V2],
        ['resourceType', 'Unspecified']
      ]
      add = appendElement(handlers, createElement('add', attributes))
      this.note(`added <add ${attributes.map(([k, v]) => `${k}="${v}"`).join(' ')} /> to <handlers>`)
      return add
    } else if (setAttribute(add, 'name', ASPNETCORE_HANDLER)) {
      this.note(`handler: name="${ASPNETCORE_HANDLER}" (casing fixed)`)
    }
    this.fillIfEmpty(add, 'path', '*')
    this.fillIfEmpty(add, 'verb', '*')
    // Fallback AspNetCoreModule when the property is empty, as the SDK does; we default the property to V2.
    this.fillIfEmpty(add, 'modules', this.options.moduleName ?? MODULE_V2)
    this.fillIfEmpty(add, 'resourceType', 'Unspecified')
    return add
  }

  private transformAspNetCore(aspNetCore: XmlElement, moduleName: string): void {
    const base = appBaseName(this.options.appName)
    const dllPath = `.\\${base}.dll`.replace(/\//g, '\\')
    const originalArguments = getAttribute(aspNetCore, 'arguments')
    let args = originalArguments
    if (args !== undefined) {
      for (const token of VS_LAUNCHER_ARGS) args = removeIgnoreCase(args, token)
      args = args.trim()
      if (args !== (originalArguments ?? '').trim())
        this.note('aspNetCore: removed the Visual Studio launcher arguments')
    }
    if (this.options.selfContained) {
      const extension = this.options.executableExtension ?? '.exe'
      this.setProcessPath(aspNetCore, `.\\${base}${extension}`)
      const first = args === undefined || this.options.likeSdk ? undefined : leadingAppArgument(args, dllPath)
      if (args !== undefined && first) {
        args = args.slice(first.end).trim()
        this.note(`aspNetCore: dropped ${first.text} from arguments (a self-contained app runs as its .exe)`)
        if (args === '') {
          removeAttribute(aspNetCore, 'arguments')
          args = undefined
        }
      }
      if (args !== undefined) setAttribute(aspNetCore, 'arguments', args)
    } else {
      this.setProcessPath(aspNetCore, 'dotnet')
      // The SDK keeps arguments that are exactly the dll and otherwise always puts the dll in front.
      const first = this.options.likeSdk
        ? args === dllPath
        : args !== undefined && leadingAppArgument(args, dllPath) !== undefined
      const value = first ? (args as string) : `${dllPath} ${args ?? ''}`.trim()
      // The SDK always takes `arguments` out and puts it back right after processPath.
      if (value !== originalArguments || this.options.likeSdk)
        this.setArgumentsAfterProcessPath(aspNetCore, value)
      if (!first) this.note(`aspNetCore: arguments start with ${dllPath}`)
    }
    this.fillIfEmpty(aspNetCore, 'stdoutLogEnabled', 'false')
    this.fillIfEmpty(aspNetCore, 'stdoutLogFile', DEFAULT_STDOUT_LOG_FILE)
    const wanted = this.options.hostingModel ?? (this.generated ? 'inprocess' : undefined)
    if (wanted !== undefined) {
      if (wanted.toLowerCase() === 'inprocess' && equalsIgnoreCase(moduleName.trim(), MODULE_V1)) {
        throw new InputError(
          'hosting-model',
          `In-process hosting is not supported by ${MODULE_V1} (the handler's modules): use outofprocess, or modules="${MODULE_V2}".`
        )
      }
      const current = getAttribute(aspNetCore, 'hostingModel')
      if (current === undefined || current.toLowerCase() !== wanted.toLowerCase()) {
        setAttribute(aspNetCore, 'hostingModel', wanted)
        this.note(`aspNetCore: hostingModel="${wanted}"${current === undefined ? '' : ` (was "${current}")`}`)
      }
    }
  }

  private setProcessPath(aspNetCore: XmlElement, value: string): void {
    const current = getAttribute(aspNetCore, 'processPath')
    if (setAttribute(aspNetCore, 'processPath', value)) {
      this.note(`aspNetCore: processPath="${value}"${current === undefined ? '' : ` (was "${current}")`}`)
    }
  }

  /** Sets `arguments`, placed right after processPath as the SDK does when it writes it. */
  private setArgumentsAfterProcessPath(aspNetCore: XmlElement, value: string): void {
    const attributes = aspNetCore.attributes
    let attribute = findAttribute(aspNetCore, 'arguments')
    if (attribute) {
      attribute.rawValue = escapeAttribute(value, attribute.quote)
      attributes.splice(attributes.indexOf(attribute), 1)
    } else {
      attribute = {
        name: 'arguments',
        leading: ' ',
        equals: '=',
        quote: '"',
        rawValue: escapeAttribute(value, '"'),
        offset: -1,
        valueOffset: -1
      } satisfies XmlAttribute
    }
    const at = attributes.findIndex((a) => a.name === 'processPath') + 1
    // One attribute per line stays one per line: take the whitespace of the attribute it goes before (or after).
    const neighbour = attributes[at] ?? attributes[at - 1]
    if (attribute.offset === -1 && neighbour && /[\r\n]/.test(neighbour.leading))
      attribute.leading = neighbour.leading
    attributes.splice(at, 0, attribute)
  }

  private transformEnvironmentVariables(aspNetCore: XmlElement): void {
    const variables: EnvironmentVariable[] = []
    if (this.options.environment) {
      variables.push({ name: 'ASPNETCORE_ENVIRONMENT', value: this.options.environment })
    }
    for (const variable of this.options.environmentVariables ?? []) {
      if (!variables.some((v) => equalsIgnoreCase(v.name, variable.name))) variables.push(variable)
    }
    if (variables.length === 0) return
    const container = this.getOrCreate(aspNetCore, 'environmentVariables')
    for (const variable of variables) {
      const shown = variable.secret ? '(secret value)' : `"${variable.value}"`
      const [entry, ...duplicates] = childElements(container, 'environmentVariable').filter((e) =>
        equalsIgnoreCase(getAttribute(e, 'name'), variable.name)
      )
      if (!entry) {
        appendElement(
          container,
          createElement('environmentVariable', [
            ['name', variable.name],
            ['value', variable.value]
          ])
        )
        this.note(`environment variable ${variable.name} added: ${shown}`, true)
        continue
      }
      const renamed = setAttribute(entry, 'name', variable.name)
      const revalued = setAttribute(entry, 'value', variable.value)
      if (renamed || revalued) this.note(`environment variable ${variable.name} updated: ${shown}`)
      for (const duplicate of duplicates) {
        removeNode(duplicate)
        this.note(`environment variable ${variable.name}: removed a duplicate entry`)
      }
    }
  }
}

function removeIgnoreCase(text: string, token: string): string {
  let out = text
  let at = out.toLowerCase().indexOf(token.toLowerCase())
  while (at >= 0) {
    out = out.slice(0, at) + out.slice(at + token.length)
    at = out.toLowerCase().indexOf(token.toLowerCase(), at)
  }
  return out
}

function sameAppFile(written: string, dllPath: string): boolean {
  return normalizeAppRelativePath(written) === normalizeAppRelativePath(dllPath)
}

/**
 * The app's dll at the start of `args`, in any spelling: the first argument, or, for an app name with spaces,
 * the unquoted `.\My Web App.dll` the SDK writes (which splits into several arguments).
 */
function leadingAppArgument(args: string, dllPath: string): { text: string; end: number } | undefined {
  const first = splitArguments(args)[0]
  if (first && sameAppFile(first.text, dllPath)) return first
  const name = normalizeAppRelativePath(dllPath)
  const match = /^\s*((?:\.[\\/])*)(\S[^]*)$/.exec(args)
  const rest = match?.[2] ?? ''
  const next = rest.charAt(name.length)
  if (
    name.includes(' ') &&
    rest.slice(0, name.length).toLowerCase() === name &&
    (next === '' || /\s/.test(next))
  )
    return {
      text: args.slice(0, args.length - rest.length + name.length).trim(),
      end: args.length - rest.length + name.length
    }
  return undefined
}

// ---------------------------------------------------------------------------------------------------------------
// What the rest of the deploy needs to know from a web.config.

/** The effective hosting model of the app: absent or empty = out-of-process (§2.1); undefined if unknown. */
export function readHostingModel(input: string | XmlDocument, file = 'web.config'): HostingModel | undefined {
  const root = toDocument(input, file).root as XmlElement
  return effectiveHostingModel(appAspNetCoreElement(root))
}

export interface StdoutLog {
  /** stdoutLogEnabled is true. */
  enabled: boolean
  /** stdoutLogFile as written (ANCM appends `_<timestamp>_<pid>.log`); the schema default when absent. */
  prefix: string
  /** The folder the logs go to, Windows-style: relative to the site root (`logs`) or absolute. */
  directory: string
  /** `directory` is relative to the app's physical path. */
  relative: boolean
}

/**
 * Where ANCM writes stdout logs, so the IIS step can create the folder and grant the pool identity write access
 * (§2.1: `.`-relative = site root; ANCM creates missing folders only if the identity may).
 */
export function stdoutLogPath(input: string | XmlDocument, file = 'web.config'): StdoutLog | undefined {
  const root = toDocument(input, file).root as XmlElement
  const aspNetCore = appAspNetCoreElement(root)
  if (!aspNetCore) return undefined
  const prefix = getAttribute(aspNetCore, 'stdoutLogFile')?.trim() || '.\\aspnetcore-stdout'
  const enabled = equalsIgnoreCase(getAttribute(aspNetCore, 'stdoutLogEnabled')?.trim(), 'true')
  const windowsPath = prefix.replace(/\//g, '\\')
  const relative = !path.win32.isAbsolute(windowsPath) && !/^[a-z]:/i.test(windowsPath)
  const directory = path.win32.dirname(windowsPath)
  return {
    enabled,
    prefix,
    directory: relative ? path.win32.normalize(directory) : directory,
    relative
  }
}
