// Validates a web.config for the ASP.NET Core Module and reports every problem at `file:line:col`.
// Facts: windows-facts §2.1 (the ANCM V2 schema: attributes, types, ranges), §2.2 (handler entry, sub-applications,
// stdout logs), §2.4 (checklist), §6 (shadow copy); the Hosting guide seed (web.config location, ignored
// sections). Problems IIS would refuse the file for (500.19) or that stop the app are errors; settings that are
// ignored, risky or unknown are warnings.

import fs from 'node:fs'
import path from 'node:path'
import { decodeEntities, type XmlDocument, type XmlElement } from '../../core/xml/xml-document.js'
import { childElements, findAttribute, getAttribute } from '../../core/xml/xml-edit.js'
import { DiagnosticSink, WebConfigError, type Diagnostic } from './diagnostics.js'
import {
  appWebServerSections,
  effectiveHostingModel,
  equalsIgnoreCase,
  isAspNetCoreHandler,
  isAspNetCoreName,
  MODULE_V1,
  MODULE_V2,
  splitArguments,
  toDocument
} from './model.js'
import { findFileIgnoreCase, findWebConfig, lookupPublishFile } from './publish-folder.js'
import { readWebConfigSource } from './web-config-file.js'

export interface ValidateOptions {
  /** How the file is named in diagnostics. */
  file: string
  /** The `dotnet publish` folder: processPath/arguments must name files in it. */
  publishDir?: string
  /** The app is an IIS application below an ASP.NET Core app (see sub-application.ts). */
  subApplication?: boolean
}

type AttributeType =
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'uint'; min: number; max: number; unit: string }
  | { kind: 'timespan'; maxSeconds: number }

/** The `system.webServer/aspNetCore` attributes of aspnetcore_schema_v2.xml (§2.1). */
const ASPNETCORE_ATTRIBUTES: Record<string, AttributeType> = {
  processPath: { kind: 'string' },
  arguments: { kind: 'string' },
  startupTimeLimit: { kind: 'uint', min: 0, max: 3600, unit: 'seconds' },
  shutdownTimeLimit: { kind: 'uint', min: 0, max: 600, unit: 'seconds' },
  rapidFailsPerMinute: { kind: 'uint', min: 0, max: 100, unit: 'failures' },
  // timeSpanRange "0,1296000,1": 0 to 360 hours, in whole seconds.
  requestTimeout: { kind: 'timespan', maxSeconds: 1_296_000 },
  stdoutLogEnabled: { kind: 'bool' },
  stdoutLogFile: { kind: 'string' },
  processesPerApplication: { kind: 'uint', min: 1, max: 100, unit: 'processes' },
  forwardWindowsAuthToken: { kind: 'bool' },
  disableStartUpErrorPage: { kind: 'bool' },
  hostingModel: { kind: 'string' }
}
const ASPNETCORE_CHILDREN = ['environmentVariables', 'handlerSettings', 'recycleOnFileChange']

/** handlerSetting names ANCM reads (§2.1), with the values it understands. */
const HANDLER_SETTINGS: Record<string, 'bool' | 'int' | 'hex-or-int' | 'debug-level' | 'string'> = {
  handlerVersion: 'string',
  enableShadowCopy: 'bool',
  experimentalEnableShadowCopy: 'bool',
  shadowCopyDirectory: 'string',
  cleanShadowCopyDirectory: 'bool',
  disallowRotationOnConfigChange: 'bool',
  shutdownDelay: 'int',
  debugFile: 'string',
  debugLevel: 'debug-level',
  stackSize: 'hex-or-int',
  setCurrentDirectory: 'bool',
  callStartupHook: 'bool',
  suppressRecycleOnStartupTimeout: 'bool'
}
const DEBUG_LEVEL_TOKENS = ['error', 'warning', 'info', 'trace', 'console', 'eventlog', 'file']

/** ASP.NET 4 sections ASP.NET Core never reads (Hosting guide, "Configuration sections of web.config"). */
const IGNORED_SECTIONS: Record<string, string> = {
  appSettings: 'move the settings to appsettings.json or environment variables',
  connectionStrings: 'move them to appsettings.json, environment variables or a secret store',
  'system.web': 'IIS settings belong in <system.webServer> (request limits: <security><requestFiltering>)'
}

const LAUNCHER_ARGS = /%LAUNCHER_ARGS%|-argFile\s+IISExeLauncherArgs\.txt/i

/** Validates web.config text (or a parsed document). Never throws for a bad document: it reports it. */
export function validateWebConfig(input: string | XmlDocument, options: ValidateOptions): Diagnostic[] {
  let doc: XmlDocument
  try {
    doc = toDocument(input, options.file)
  } catch (error) {
    if (error instanceof WebConfigError) return error.diagnostics
    throw error
  }
  const sink = new DiagnosticSink(options.file, doc)
  new Validator(doc, sink, options).run()
  return sink.diagnostics
}

/** Reads and validates a file: missing, directory, binary, empty and non-UTF-8 files are reported, not thrown. */
export function validateWebConfigFile(
  file: string,
  options: Omit<ValidateOptions, 'file'> & { displayName?: string } = {}
): Diagnostic[] {
  const name = options.displayName ?? file
  if (!fs.existsSync(file)) return [missingFile(name)]
  try {
    const source = readWebConfigSource(file, name)
    return validateWebConfig(source.text, { ...options, file: name })
  } catch (error) {
    if (error instanceof WebConfigError) return error.diagnostics
    throw error
  }
}

/** The publish folder's web.config, validated against the folder. A missing web.config is an error. */
export function validatePublishFolder(
  publishDir: string,
  options: Omit<ValidateOptions, 'file' | 'publishDir'> = {}
): { file: string; diagnostics: Diagnostic[] } {
  const file = findWebConfig(publishDir)
  if (!file) {
    const missing = path.join(publishDir, 'web.config')
    return { file: missing, diagnostics: [missingFile(missing)] }
  }
  return { file, diagnostics: validateWebConfigFile(file, { ...options, publishDir }) }
}

/** The Hosting guide: without web.config, IIS may serve the app's sensitive files. */
function missingFile(file: string): Diagnostic {
  return {
    severity: 'error',
    rule: 'missing-file',
    file,
    line: 0,
    column: 0,
    message:
      'web.config does not exist. Without it IIS does not hand requests to the ASP.NET Core Module and may serve ' +
      'sensitive files (appsettings.json, *.deps.json, *.runtimeconfig.json) as static content. Deploy the ' +
      "web.config that dotnet publish writes, or use 'web-config: transform' (CLI: web-config transform) to generate it."
  }
}

class Validator {
  constructor(
    private readonly doc: XmlDocument,
    private readonly sink: DiagnosticSink,
    private readonly options: ValidateOptions
  ) {}

  run(): void {
    const root = this.doc.root as XmlElement
    if (root.name !== 'configuration') {
      this.sink.error(
        'root-element',
        root.offset,
        `The root element is <${root.name}>: a web.config has <configuration> as its root.`
      )
      return
    }
    this.checkXdtLeftovers(root)
    this.checkIgnoredSections(root)
    const sections = appWebServerSections(root)
    if (sections.length === 0) {
      const elsewhere = childElements(root, 'location').find(
        (l) => childElements(l, 'system.webServer').length
      )
      this.sink.error(
        'system-webserver-missing',
        root.offset,
        elsewhere
          ? `<system.webServer> appears only under <location path="${getAttribute(elsewhere, 'path')}">, which does not apply to the app itself: put it directly under <configuration> or under <location path=".">.`
          : 'No <system.webServer> section: IIS will not run the app through the ASP.NET Core Module. ' +
              "Add the handler and <aspNetCore> element (or use 'web-config: transform')."
      )
      return
    }
    this.checkDuplicateSections(sections)
    const handler = this.checkHandlers(sections)
    const aspNetCore = sections.flatMap((s) => childElements(s, 'aspNetCore'))[0]
    if (!aspNetCore) {
      this.sink.error(
        'aspnetcore-missing',
        (sections[0] as XmlElement).offset,
        'No <aspNetCore> element in <system.webServer>: the module does not know what to start. ' +
          'Add <aspNetCore processPath="dotnet" arguments=".\\MyApp.dll" /> (or use \'web-config: transform\').'
      )
      return
    }
    this.checkAspNetCore(aspNetCore, handler)
  }

  // ---- document-wide --------------------------------------------------------------------------------------

  private checkXdtLeftovers(root: XmlElement): void {
    // Iterative walk: a hostile, deeply nested file must not exhaust the stack.
    const stack: XmlElement[] = [root]
    while (stack.length) {
      const element = stack.pop() as XmlElement
      const attribute = element.attributes.find((a) => /^xdt:/i.test(a.name))
      if (attribute) {
        this.sink.warning(
          'xdt-leftover',
          attribute.offset,
          `<${element.name}> still has ${attribute.name}: this is an XDT transform file, or a transform was never applied. ` +
            "Apply it with 'xdt-transforms' instead of deploying it."
        )
      }
      for (let i = element.children.length - 1; i >= 0; i--) {
        const child = element.children[i]
        if (child?.type === 'element') stack.push(child)
      }
    }
  }

  private checkIgnoredSections(root: XmlElement): void {
    const parents = [root, ...childElements(root, 'location')]
    for (const parent of parents) {
      for (const element of childElements(parent)) {
        const fix = IGNORED_SECTIONS[element.name]
        if (fix) {
          this.sink.warning(
            'ignored-section',
            element.offset,
            `<${element.name}> is ignored by ASP.NET Core apps: ${fix}.`
          )
        }
      }
    }
  }

  private checkDuplicateSections(sections: XmlElement[]): void {
    const seen = new Map<string, XmlElement>()
    for (const section of sections) {
      for (const element of childElements(section)) {
        const first = seen.get(element.name)
        if (first) {
          this.sink.error(
            'duplicate-section',
            element.offset,
            `<${element.name}> is defined twice for the app (first at line ${this.line(first)}): IIS refuses ` +
              'the file with a 500.19 "duplicate section" error. Merge them into one.'
          )
        } else seen.set(element.name, element)
      }
    }
  }

  // ---- handlers --------------------------------------------------------------------------------------------

  /** Replays the handler collection (add/remove/clear) like IIS and returns the live ASP.NET Core handler. */
  private checkHandlers(sections: XmlElement[]): XmlElement | undefined {
    const handlersElements = sections.flatMap((s) => childElements(s, 'handlers'))
    let live: XmlElement[] = []
    let removedBy: XmlElement | undefined
    let guarded = false
    for (const handlers of handlersElements) {
      for (const child of childElements(handlers)) {
        if (child.name === 'clear') {
          if (live.length) removedBy = child
          live = []
          guarded = true
        } else if (child.name === 'remove' && isAspNetCoreName(getAttribute(child, 'name'))) {
          if (live.some((a) => isAspNetCoreName(getAttribute(a, 'name')))) removedBy = child
          live = live.filter((a) => !isAspNetCoreName(getAttribute(a, 'name')))
          guarded = true
        } else if (child.name === 'add' && isAspNetCoreHandler(child)) {
          const name = getAttribute(child, 'name') ?? ''
          const same = live.find((a) => equalsIgnoreCase(getAttribute(a, 'name'), name))
          if (same || live.length) {
            this.sink.error(
              'handler-duplicate',
              child.offset,
              same
                ? `A second handler named "${name}" (first at line ${this.line(same)}): IIS refuses the file ` +
                    '(500.19 "Cannot add duplicate collection entry"). Keep one.'
                : `A second handler for the ASP.NET Core Module (first at line ${this.line(live[0] as XmlElement)}): ` +
                    'keep exactly one <add name="aspNetCore" ... />.'
            )
          }
          if (!same) live.push(child)
          if (this.options.subApplication && !guarded) {
            this.sink.warning(
              'sub-application-handler',
              child.offset,
              'In a sub-application this <add> collides with the handler inherited from the parent ASP.NET Core ' +
                'app (500.19) unless the parent uses <location path="." inheritInChildApplications="false">: put ' +
                '<remove name="aspNetCore" /> before it (sub-application mode).'
            )
          }
          removedBy = undefined
        }
      }
    }
    if (live.length === 0) {
      if (removedBy) {
        this.sink.error(
          'handler-removed',
          removedBy.offset,
          `<${removedBy.name}${removedBy.name === 'remove' ? ' name="aspNetCore"' : ''} /> comes after the ` +
            "handler's <add> and removes it: requests never reach the app. Put it before the <add>."
        )
      } else if (this.options.subApplication) {
        this.sink.warning(
          'sub-application-handler',
          (handlersElements[0] ?? (sections[0] as XmlElement)).offset,
          "No aspNetCore handler: the app relies on the parent's, which it does not inherit when the parent uses " +
            'inheritInChildApplications="false" (what dotnet publish writes). Add <remove name="aspNetCore" /> ' +
            'and its own <add> (sub-application mode).'
        )
      } else {
        this.sink.error(
          'handler-missing',
          (handlersElements[0] ?? (sections[0] as XmlElement)).offset,
          'No <add name="aspNetCore" ... /> handler: IIS will not hand requests to the ASP.NET Core Module. Add ' +
            '<add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" /> ' +
            "to <handlers> (or use 'web-config: transform')."
        )
      }
      return undefined
    }
    for (const add of live) this.checkHandlerEntry(add)
    return live[0]
  }

  private checkHandlerEntry(add: XmlElement): void {
    const modules = findAttribute(add, 'modules')
    const value = modules ? decodeEntities(modules.rawValue).trim() : undefined
    if (value === undefined || value === '') {
      this.sink.error(
        'handler-attributes',
        modules?.valueOffset ?? add.offset,
        `The aspNetCore handler has no modules: write modules="${MODULE_V2}".`
      )
    } else if (equalsIgnoreCase(value, MODULE_V1)) {
      this.sink.warning(
        'handler-module',
        (modules as { valueOffset: number }).valueOffset,
        `modules="${value}" is the ASP.NET Core Module V1, not shipped since ASP.NET Core 3.0 (no in-process ` +
          `hosting): use ${MODULE_V2}.`
      )
    } else if (!equalsIgnoreCase(value, MODULE_V2)) {
      this.sink.error(
        'handler-module',
        (modules as { valueOffset: number }).valueOffset,
        `modules="${value}": the ASP.NET Core handler must use ${MODULE_V2}.`
      )
    }
    for (const [name, expected, consequence] of [
      ['path', '*', 'only matching URLs reach the app'],
      ['verb', '*', 'other HTTP methods never reach the app']
    ] as const) {
      const attribute = findAttribute(add, name)
      if (!attribute) {
        this.sink.error(
          'handler-attributes',
          add.offset,
          `The aspNetCore handler has no ${name} attribute, which IIS requires (500.19): write ${name}="${expected}".`
        )
      } else if (decodeEntities(attribute.rawValue).trim() !== expected) {
        this.sink.warning(
          'handler-attributes',
          attribute.valueOffset,
          `${name}="${decodeEntities(attribute.rawValue)}": ${consequence}; dotnet publish writes ${name}="${expected}".`
        )
      }
    }
    const resourceType = getAttribute(add, 'resourceType')
    if (resourceType !== undefined && !equalsIgnoreCase(resourceType.trim(), 'Unspecified')) {
      this.sink.warning(
        'handler-attributes',
        (findAttribute(add, 'resourceType') as { valueOffset: number }).valueOffset,
        `resourceType="${resourceType}": IIS then only passes requests for existing files or folders, so app routes ` +
          'answer 404; write resourceType="Unspecified".'
      )
    }
  }

  // ---- aspNetCore ------------------------------------------------------------------------------------------

  private checkAspNetCore(aspNetCore: XmlElement, handler: XmlElement | undefined): void {
    for (const attribute of aspNetCore.attributes) {
      if (attribute.name.includes(':') || attribute.name === 'xmlns') continue
      if (ASPNETCORE_ATTRIBUTES[attribute.name]) continue
      const known = Object.keys(ASPNETCORE_ATTRIBUTES).find((k) => equalsIgnoreCase(attribute.name, k))
      this.sink.warning(
        'unknown-attribute',
        attribute.offset,
        known
          ? `Unknown attribute ${attribute.name}: attribute names are case-sensitive, did you mean ${known}?`
          : `Unknown attribute ${attribute.name} on <aspNetCore>: the installed module may reject the file ` +
              '(500.19) or ignore it.'
      )
    }
    const hostingModel = this.checkHostingModel(aspNetCore, handler)
    this.checkProcess(aspNetCore)
    for (const [name, type] of Object.entries(ASPNETCORE_ATTRIBUTES)) {
      const attribute = findAttribute(aspNetCore, name)
      if (attribute) this.checkTypedAttribute(name, type, attribute, hostingModel)
    }
    if (equalsIgnoreCase(getAttribute(aspNetCore, 'stdoutLogEnabled')?.trim(), 'true')) {
      const file = getAttribute(aspNetCore, 'stdoutLogFile') ?? '.\\aspnetcore-stdout'
      this.sink.warning(
        'stdout-log-enabled',
        (findAttribute(aspNetCore, 'stdoutLogEnabled') as { valueOffset: number }).valueOffset,
        `stdoutLogEnabled="true": stdout logs (${file}_*.log) are never rotated or size-limited, and the app pool ` +
          'identity needs write access to their folder. Use them only to troubleshoot start-up, then set ' +
          'stdoutLogEnabled="false".'
      )
    }
    const seen = new Set<string>()
    for (const child of childElements(aspNetCore)) {
      if (!ASPNETCORE_CHILDREN.includes(child.name)) {
        this.sink.warning(
          'unknown-element',
          child.offset,
          `Unknown element <${child.name}> in <aspNetCore> (known: ${ASPNETCORE_CHILDREN.join(', ')}).`
        )
        continue
      }
      if (seen.has(child.name)) {
        this.sink.error(
          child.name === 'environmentVariables' ? 'environment-variables' : 'duplicate-section',
          child.offset,
          `<${child.name}> appears twice in <aspNetCore>: IIS refuses the file (500.19). Merge them.`
        )
      }
      seen.add(child.name)
      if (child.name === 'environmentVariables') this.checkEnvironmentVariables(child)
      else if (child.name === 'handlerSettings') this.checkHandlerSettings(child, hostingModel)
      else this.checkRecycleOnFileChange(child)
    }
  }

  private checkHostingModel(aspNetCore: XmlElement, handler: XmlElement | undefined): string | undefined {
    const attribute = findAttribute(aspNetCore, 'hostingModel')
    if (attribute) {
      const value = decodeEntities(attribute.rawValue)
      if (value === '') {
        this.sink.warning(
          'hosting-model',
          attribute.valueOffset,
          'hostingModel="" means out-of-process: write hostingModel="outofprocess" (or "inprocess") to say which.'
        )
      } else if (!/^(inprocess|outofprocess)$/i.test(value)) {
        this.sink.error(
          'hosting-model',
          attribute.valueOffset,
          `hostingModel="${value}": the module accepts only inprocess or outofprocess and fails with ` +
            '"Unknown hosting model".'
        )
        return undefined
      }
    }
    const model = effectiveHostingModel(aspNetCore)
    const modules = handler ? getAttribute(handler, 'modules')?.trim() : undefined
    if (model === 'inprocess' && equalsIgnoreCase(modules, MODULE_V1)) {
      this.sink.error(
        'inprocess-v1',
        attribute?.valueOffset ?? aspNetCore.offset,
        `In-process hosting is not supported by ${MODULE_V1} (V1): use modules="${MODULE_V2}" or hostingModel="outofprocess".`
      )
    }
    return model
  }

  private checkProcess(aspNetCore: XmlElement): void {
    const processAttribute = findAttribute(aspNetCore, 'processPath')
    const processPath = processAttribute ? decodeEntities(processAttribute.rawValue).trim() : ''
    if (!processAttribute || processPath === '') {
      this.sink.error(
        'process-path-missing',
        processAttribute?.valueOffset ?? aspNetCore.offset,
        `${processAttribute ? 'processPath is empty' : 'No processPath'}: the module cannot start the app. Write ` +
          'processPath="dotnet" with arguments=".\\MyApp.dll" (framework-dependent) or processPath=".\\MyApp.exe" ' +
          '(self-contained).'
      )
    } else if (/%LAUNCHER_PATH%/i.test(processPath)) {
      this.sink.error(
        'launcher-placeholder',
        processAttribute.valueOffset,
        'processPath="%LAUNCHER_PATH%" is the Visual Studio development web.config: only Visual Studio sets that ' +
          "variable. Deploy the output of 'dotnet publish', or use 'web-config: transform'."
      )
      return
    }
    const argumentsAttribute = findAttribute(aspNetCore, 'arguments')
    const args = argumentsAttribute ? decodeEntities(argumentsAttribute.rawValue) : ''
    if (argumentsAttribute && LAUNCHER_ARGS.test(args)) {
      this.sink.error(
        'launcher-placeholder',
        argumentsAttribute.valueOffset,
        `arguments="${args}" holds Visual Studio launcher placeholders that only Visual Studio fills: deploy the ` +
          "output of 'dotnet publish', or use 'web-config: transform'."
      )
      return
    }
    if (processPath === '') return
    const publishDir = this.options.publishDir
    const frameworkDependent = /(^|[\\/])dotnet(\.exe)?$/i.test(processPath)
    const tokens = splitArguments(args)
    const dllTokens = tokens.filter((t) => /\.dll$/i.test(t.text))
    const tokenOffset = (start: number): number =>
      argumentsAttribute && decodeEntities(argumentsAttribute.rawValue) === argumentsAttribute.rawValue
        ? argumentsAttribute.valueOffset + start
        : (argumentsAttribute?.valueOffset ?? aspNetCore.offset)
    if (frameworkDependent) {
      const dll = dllTokens[0]
      if (!dll) {
        if (!args.includes('%')) {
          this.sink.error(
            'arguments-file',
            argumentsAttribute?.valueOffset ?? processAttribute?.valueOffset ?? aspNetCore.offset,
            `processPath="${processPath}" runs a framework-dependent app, but arguments names no .dll: write ` +
              'arguments=".\\MyApp.dll" (the app\'s assembly first).'
          )
        }
        return
      }
      const twice = dllTokens.find((t, i) => i > 0 && t.text.toLowerCase() === dll.text.toLowerCase())
      if (twice) {
        this.sink.warning(
          'arguments-file',
          tokenOffset(twice.start),
          `arguments names ${dll.text} twice: the app receives its own path as an argument. Keep it once, first.`
        )
      }
      if (!publishDir) return
      const found = lookupPublishFile(publishDir, dll.text)
      if (found.status === 'missing') {
        this.sink.error(
          'arguments-file',
          tokenOffset(dll.start),
          `arguments names ${dll.text}, but the publish folder has no such file (${found.path}): the app fails ` +
            "to start (502.5/500.30). Fix the name or set 'app-name'."
        )
      } else if (found.status === 'found') {
        const config = findFileIgnoreCase(
          path.dirname(found.path),
          `${path.basename(found.path).replace(/\.dll$/i, '')}.runtimeconfig.json`
        )
        if (!config) {
          this.sink.error(
            'runtimeconfig-missing',
            tokenOffset(dll.start),
            `${path.basename(found.path)} has no ${path.basename(found.path).replace(/\.dll$/i, '')}.runtimeconfig.json ` +
              'next to it: dotnet cannot tell which runtime to load ("hostpolicy.dll ... not found"). Deploy the ' +
              'complete output of dotnet publish.'
          )
        }
      }
      return
    }
    if (!publishDir) return
    let found = lookupPublishFile(publishDir, processPath)
    if (found.status === 'missing' && !/\.[a-z0-9]+$/i.test(path.win32.basename(processPath))) {
      const withExe = lookupPublishFile(publishDir, `${processPath}.exe`)
      if (withExe.status === 'found') found = withExe
    }
    if (found.status === 'missing') {
      this.sink.error(
        'process-path-file',
        processAttribute?.valueOffset ?? aspNetCore.offset,
        `processPath="${processPath}", but the publish folder has no such file (${found.path}): the app fails to ` +
          'start (502.5/500.30). A framework-dependent app uses processPath="dotnet" with arguments=".\\MyApp.dll".'
      )
    }
  }

  private checkTypedAttribute(
    name: string,
    type: AttributeType,
    attribute: NonNullable<ReturnType<typeof findAttribute>>,
    hostingModel: string | undefined
  ): void {
    const value = decodeEntities(attribute.rawValue)
    const at = attribute.valueOffset
    if (type.kind === 'bool') {
      if (!/^(true|false)$/i.test(value))
        this.sink.error(
          'attribute-format',
          at,
          `${name}="${value}": write true or false (IIS refuses the file).`
        )
      return
    }
    if (type.kind === 'uint') {
      if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) {
        this.sink.error(
          'attribute-format',
          at,
          `${name}="${value}" is not a whole number (${type.min}–${type.max} ${type.unit}): IIS refuses the file (500.19).`
        )
        return
      }
      const number = Number(value)
      if (number < type.min || number > type.max) {
        this.sink.error(
          'attribute-range',
          at,
          `${name}="${value}" is outside ${type.min}–${type.max} ${type.unit}: IIS refuses the file (500.19).`
        )
        return
      }
      if (name === 'startupTimeLimit' && number === 0) {
        this.sink.warning(
          'attribute-range',
          at,
          'startupTimeLimit="0" does not mean "no limit": give the app the seconds it needs to start (default 120).'
        )
      }
      if (hostingModel === 'inprocess' && name === 'rapidFailsPerMinute') {
        this.sink.warning(
          'ignored-in-process',
          at,
          'rapidFailsPerMinute applies to out-of-process hosting only: in-process it is ignored.'
        )
      }
      if (hostingModel === 'inprocess' && name === 'processesPerApplication' && number > 1) {
        this.sink.warning(
          'ignored-in-process',
          at,
          `processesPerApplication="${value}" is ignored in-process: in-process hosting runs one app per worker process.`
        )
      }
      return
    }
    if (type.kind === 'timespan') {
      const seconds = parseTimeSpan(value)
      if (seconds === undefined) {
        this.sink.error(
          'attribute-format',
          at,
          `${name}="${value}" is not a time span: write hh:mm:ss (e.g. 00:02:00) or d.hh:mm:ss (IIS refuses the file).`
        )
        return
      }
      if (!Number.isInteger(seconds) || seconds > type.maxSeconds) {
        this.sink.error(
          'attribute-range',
          at,
          `${name}="${value}" is outside 00:00:00–360:00:00 in whole seconds: IIS refuses the file (500.19).`
        )
        return
      }
      if (name === 'requestTimeout' && hostingModel === 'inprocess') {
        this.sink.warning(
          'ignored-in-process',
          at,
          'requestTimeout is ignored with in-process hosting (it limits how long the module waits for an ' +
            'out-of-process app): remove it, or use hostingModel="outofprocess".'
        )
      }
    }
  }

  // ---- collections -----------------------------------------------------------------------------------------

  private checkEnvironmentVariables(element: XmlElement): void {
    const seen = new Map<string, XmlElement>()
    for (const child of childElements(element)) {
      if (child.name === 'clear') {
        seen.clear()
        continue
      }
      if (child.name !== 'environmentVariable') {
        this.sink.error(
          'environment-variables',
          child.offset,
          `<${child.name}> is not allowed in <environmentVariables> (only <environmentVariable name="..." ` +
            'value="..." /> and <clear />): IIS refuses the file (500.19).'
        )
        continue
      }
      const name = this.checkNameValueEntry(child, 'environment-variables', 'environmentVariable')
      if (name === undefined) continue
      if (name.includes('=')) {
        this.sink.error(
          'environment-variables',
          (findAttribute(child, 'name') as { valueOffset: number }).valueOffset,
          `Environment variable name "${name}" contains "=": Windows environment names cannot.`
        )
        continue
      }
      const first = seen.get(name.toLowerCase())
      if (first) {
        this.sink.error(
          'environment-variable-duplicate',
          child.offset,
          `${name} is set twice (first at line ${this.line(first)}; names are case-insensitive on Windows): ` +
            'only one value reaches the app. Keep one.'
        )
      } else seen.set(name.toLowerCase(), child)
      this.checkWellKnownVariable(child, name)
    }
  }

  private checkWellKnownVariable(entry: XmlElement, name: string): void {
    // The value is never quoted in messages: it may be a secret.
    const value = (getAttribute(entry, 'value') ?? '').trim()
    const at = entry.offset
    const upper = name.toUpperCase()
    if (
      (upper === 'ASPNETCORE_ENVIRONMENT' || upper === 'DOTNET_ENVIRONMENT') &&
      equalsIgnoreCase(value, 'Development')
    ) {
      this.sink.warning(
        'environment-development',
        at,
        `${name} is Development: the app shows detailed error pages (exception details, source) to every visitor. ` +
          'Use Production or Staging on a server.'
      )
    } else if (upper === 'ASPNETCORE_DETAILEDERRORS' && /^(1|true)$/i.test(value)) {
      this.sink.warning(
        'environment-development',
        at,
        'ASPNETCORE_DETAILEDERRORS is on: start-up errors with details are shown to every visitor.'
      )
    } else if (upper === 'ANCM_LAUNCHER_PATH' || upper === 'ANCM_LAUNCHER_ARGS') {
      this.sink.warning(
        'environment-variables',
        at,
        `${name} overrides processPath/arguments (a Visual Studio setting): remove it from a deployed web.config.`
      )
    }
  }

  /** Checks `name` and `value` of a collection entry; returns the name when it is usable. */
  private checkNameValueEntry(
    entry: XmlElement,
    rule: 'environment-variables' | 'handler-settings',
    kind: string
  ): string | undefined {
    for (const attribute of entry.attributes) {
      if (attribute.name !== 'name' && attribute.name !== 'value' && !attribute.name.includes(':')) {
        this.sink.warning(
          'unknown-attribute',
          attribute.offset,
          `Unknown attribute ${attribute.name} on <${kind}>.`
        )
      }
    }
    const nameAttribute = findAttribute(entry, 'name')
    const name = nameAttribute ? decodeEntities(nameAttribute.rawValue) : undefined
    if (!findAttribute(entry, 'value')) {
      this.sink.error(
        rule,
        entry.offset,
        `<${kind}${name ? ` name="${name}"` : ''}> has no value attribute, which IIS requires (use value="" for ` +
          'an empty value).'
      )
    }
    if (name === undefined || name.trim() === '') {
      this.sink.error(
        rule,
        nameAttribute?.valueOffset ?? entry.offset,
        `<${kind}> has ${name === undefined ? 'no' : 'an empty'} name: IIS refuses the file (500.19).`
      )
      return undefined
    }
    if (name !== name.trim()) {
      this.sink.warning(
        rule,
        (nameAttribute as { valueOffset: number }).valueOffset,
        `The name "${name}" has spaces around it, which become part of the name.`
      )
    }
    return name
  }

  private checkHandlerSettings(element: XmlElement, hostingModel: string | undefined): void {
    const seen = new Map<string, XmlElement>()
    const values = new Map<string, string>()
    for (const child of childElements(element)) {
      if (child.name === 'clear') {
        seen.clear()
        values.clear()
        continue
      }
      if (child.name !== 'handlerSetting') {
        this.sink.error(
          'handler-settings',
          child.offset,
          `<${child.name}> is not allowed in <handlerSettings> (only <handlerSetting name="..." value="..." /> and ` +
            '<clear />): IIS refuses the file (500.19).'
        )
        continue
      }
      const name = this.checkNameValueEntry(child, 'handler-settings', 'handlerSetting')
      if (name === undefined) continue
      const first = seen.get(name.toLowerCase())
      if (first) {
        this.sink.error(
          'handler-settings',
          child.offset,
          `handlerSetting ${name} is set twice (first at line ${this.line(first)}): keep one.`
        )
        continue
      }
      seen.set(name.toLowerCase(), child)
      const value = getAttribute(child, 'value') ?? ''
      values.set(name.toLowerCase(), value)
      const known = Object.keys(HANDLER_SETTINGS).find((k) => equalsIgnoreCase(name, k))
      const valueAt = findAttribute(child, 'value')?.valueOffset ?? child.offset
      if (!known) {
        this.sink.warning(
          'handler-settings',
          child.offset,
          `Unknown handlerSetting ${name}: the module ignores it (known: ${Object.keys(HANDLER_SETTINGS).join(', ')}).`
        )
        continue
      }
      const type = HANDLER_SETTINGS[known]
      const bad =
        (type === 'bool' && !/^(true|false)$/i.test(value.trim())) ||
        (type === 'int' && !/^\d+$/.test(value.trim())) ||
        (type === 'hex-or-int' && !/^(0x[0-9a-f]+|\d+)$/i.test(value.trim())) ||
        (type === 'debug-level' &&
          !value
            .split(/[,\s]+/)
            .filter(Boolean)
            .every((t) => DEBUG_LEVEL_TOKENS.includes(t.toLowerCase())))
      if (bad) {
        const expected =
          type === 'bool'
            ? 'true or false'
            : type === 'int'
              ? 'a whole number of milliseconds'
              : type === 'hex-or-int'
                ? 'a byte count such as 0x100000'
                : `a comma list of ${DEBUG_LEVEL_TOKENS.map((t) => t.toUpperCase()).join(', ')}`
        this.sink.warning(
          'handler-settings',
          valueAt,
          `handlerSetting ${known}="${value}": expected ${expected}.`
        )
      }
      if (known === 'handlerVersion' && hostingModel === 'inprocess') {
        this.sink.warning(
          'ignored-in-process',
          child.offset,
          'handlerSetting handlerVersion pins the out-of-process handler: it is ignored in-process.'
        )
      }
    }
    const shadow = values.get('enableshadowcopy') ?? values.get('experimentalenableshadowcopy')
    if (
      shadow !== undefined &&
      equalsIgnoreCase(shadow.trim(), 'true') &&
      !values.get('shadowcopydirectory')
    ) {
      this.sink.warning(
        'handler-settings',
        element.offset,
        'Shadow copying is on without shadowCopyDirectory: set it to a folder of this app only (e.g. ' +
          "../ShadowCopyDirectory/MyApp/); apps sharing one folder delete each other's copies (dotnet/aspnetcore#50531)."
      )
    }
  }

  private checkRecycleOnFileChange(element: XmlElement): void {
    for (const child of childElements(element)) {
      if (child.name === 'clear') continue
      if (child.name !== 'file') {
        this.sink.error(
          'unknown-element',
          child.offset,
          `<${child.name}> is not allowed in <recycleOnFileChange> (only <file path="..." /> and <clear />).`
        )
      } else if (!getAttribute(child, 'path')?.trim()) {
        this.sink.error(
          'unknown-element',
          child.offset,
          '<file> in <recycleOnFileChange> needs a non-empty path.'
        )
      }
    }
  }

  private line(element: XmlElement): number {
    return this.doc.position(element.offset).line
  }
}

/** Seconds in an IIS time span (`hh:mm:ss`, `d.hh:mm:ss`, optional `.fraction`), or undefined if malformed. */
export function parseTimeSpan(value: string): number | undefined {
  const match = /^(?:(\d+)\.)?(\d+):(\d{1,2}):(\d{1,2})(?:\.(\d{1,7}))?$/.exec(value.trim())
  if (!match) return undefined
  const [, days, hours, minutes, secs, fraction] = match
  const h = Number(hours)
  const m = Number(minutes)
  const s = Number(secs)
  if (m > 59 || s > 59 || (days !== undefined && h > 23)) return undefined
  const total = Number(days ?? 0) * 86_400 + h * 3600 + m * 60 + s
  return fraction && Number(fraction) > 0 ? total + Number(`0.${fraction}`) : total
}
