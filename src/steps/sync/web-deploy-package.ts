// Web Deploy packages (`dotnet publish -p:WebPublishMethod=Package`, docs/web-deploy-packages.md): recognising an
// extracted package, reading its parameters.xml, and the inputs that go with it (set-parameters-file,
// set-parameters, msdeploy-skip, msdeploy-flags), each checked here so that what msdeploy receives is vetted.
//
// Facts relied on (cited in docs/web-deploy-packages.md):
// - A package is a zip with parameters.xml and systemInfo.xml at its root (the Azure DevOps task's test) plus
//   archive.xml; the files are under Content\ with the build machine's path, the drive `C:` written `C_C`.
// - parameters.xml: <parameters><parameter name defaultValue><parameterEntry kind scope match/></parameter>;
//   `IIS Web Application Name` (kind ProviderPath, scope IisApp) says which IIS app the content goes to.
// - SetParameters.xml: <parameters><setParameter name="…" value="…"/></parameters>.
// - msdeploy refuses a parameter the package does not declare ("Source does not support parameter called …").
//
// Each parameter name reaches msdeploy once: a name given in `set-parameters` (or our IIS Web Application Name) is
// left out of the SetParameters file we pass, so nothing depends on which of -setParam / -setParamFile wins (a
// precedence no source confirms).

import fs from 'node:fs'
import path from 'node:path'
import { InputError, InputErrors } from '../../core/errors.js'
import { readXmlFile, XmlReadError } from '../../core/xml/parse-xml.js'
import { escapeAttribute, type XmlDocument, type XmlElement } from '../../core/xml/xml-document.js'
import { childElements, descendants, getAttribute } from '../../core/xml/xml-edit.js'
import { msDeployValueProblem, parseMsDeploySettings, quoteMsDeployValue } from './msdeploy-command-line.js'

export const IIS_WEB_APPLICATION_NAME = 'IIS Web Application Name'

export interface PackageParameterEntry {
  kind: string
  scope: string
  match: string
}

export interface PackageParameter {
  name: string
  defaultValue?: string
  entries: PackageParameterEntry[]
}

export interface WebDeployPackage {
  /** The folder the package was extracted to (what `-source:archiveDir=` reads). */
  archiveDir: string
  /** The folder holding the app's files inside Content\. */
  contentRoot: string
  parameters: PackageParameter[]
}

export interface NamedValue {
  name: string
  value: string
  secret?: boolean
}

function findEntry(dir: string, name: string): string | undefined {
  try {
    const found = fs.readdirSync(dir).find((n) => n.toLowerCase() === name.toLowerCase())
    return found === undefined ? undefined : path.join(dir, found)
  } catch {
    return undefined
  }
}

/** True when `dir` (an extracted zip) is a Web Deploy package: parameters.xml and systemInfo.xml at its root. */
export function isWebDeployPackageDir(dir: string): boolean {
  return findEntry(dir, 'parameters.xml') !== undefined && findEntry(dir, 'systemInfo.xml') !== undefined
}

function read(file: string, what: string): XmlDocument {
  try {
    return readXmlFile(file)
  } catch (error) {
    if (error instanceof XmlReadError)
      throw new InputError('source', `Input 'source': ${what}: ${error.diagnostic}`)
    throw error
  }
}

function elementsNamed(doc: XmlDocument, name: string): XmlElement[] {
  return [...descendants(doc)].filter((e) => e.name.toLowerCase() === name.toLowerCase())
}

/** Attribute by case-insensitive name (hand-written files use `defaultvalue`, `parameterentry`). */
function attr(element: XmlElement, name: string): string | undefined {
  const found = element.attributes.find((a) => a.name.toLowerCase() === name.toLowerCase())
  return found === undefined ? undefined : getAttribute(element, found.name)
}

/** The parameters a package's parameters.xml declares. */
export function readPackageParameters(file: string): PackageParameter[] {
  const doc = read(file, "the package's parameters.xml")
  return elementsNamed(doc, 'parameter').map((p) => ({
    name: attr(p, 'name') ?? '',
    defaultValue: attr(p, 'defaultValue'),
    entries: childElements(p)
      .filter((e) => e.name.toLowerCase() === 'parameterentry')
      // TechNet's samples write `type=`, the SDK writes `kind=`.
      .map((e) => ({
        kind: attr(e, 'kind') ?? attr(e, 'type') ?? '',
        scope: attr(e, 'scope') ?? '',
        match: attr(e, 'match') ?? ''
      }))
  }))
}

/** `C:\build\PackageTmp` → `C_C/build/PackageTmp`: how a package stores a folder of the build machine under Content. */
export function contentPathOf(buildPath: string): string {
  return buildPath
    .replace(/^([A-Za-z]):/, '$1_C')
    .replace(/\\/g, '/')
    .replace(/\/+$/, '')
}

/** The app's folder inside Content: the path archive.xml names, else the first folder that has more than one entry. */
export function findContentRoot(archiveDir: string): string {
  const content = findEntry(archiveDir, 'Content')
  if (content === undefined || !fs.statSync(content).isDirectory()) {
    throw new InputError(
      'source',
      `Input 'source' is a Web Deploy package without a Content folder (${archiveDir}): rebuild it with dotnet publish -p:WebPublishMethod=Package.`
    )
  }
  const archive = findEntry(archiveDir, 'archive.xml')
  if (archive !== undefined) {
    const doc = read(archive, "the package's archive.xml")
    for (const element of descendants(doc)) {
      const kind = element.name.toLowerCase()
      const where = attr(element, 'path')
      if ((kind === 'iisapp' || kind === 'contentpath') && where) {
        const candidate = path.join(content, ...contentPathOf(where).split('/'))
        if (fs.existsSync(candidate) && fs.statSync(candidate).isDirectory()) return candidate
      }
    }
  }
  let dir = content
  for (;;) {
    const entries = fs.readdirSync(dir, { withFileTypes: true })
    if (entries.length !== 1 || !entries[0]?.isDirectory()) return dir
    dir = path.join(dir, entries[0].name)
  }
}

/** Reads an extracted package: its parameters and its content folder. */
export function readWebDeployPackage(archiveDir: string): WebDeployPackage {
  const parameters = readPackageParameters(findEntry(archiveDir, 'parameters.xml') as string)
  return { archiveDir, contentRoot: findContentRoot(archiveDir), parameters }
}

/** The `setParameter` entries of a SetParameters.xml file. */
export function readSetParametersFile(file: string): NamedValue[] {
  let doc: XmlDocument
  try {
    doc = readXmlFile(file)
  } catch (error) {
    if (error instanceof XmlReadError)
      throw new InputError('set-parameters-file', `Input 'set-parameters-file': ${error.diagnostic}`)
    throw error
  }
  if (doc.root?.name !== 'parameters') {
    throw new InputError(
      'set-parameters-file',
      `Input 'set-parameters-file': ${file} is not a SetParameters file (its root element is '${doc.root?.name ?? ''}', expected <parameters> with <setParameter name="…" value="…"/>).`
    )
  }
  return childElements(doc.root, 'setParameter').map((e) => ({
    name: attr(e, 'name') ?? '',
    value: attr(e, 'value') ?? ''
  }))
}

/** A SetParameters.xml document for `values` (the SDK's shape). */
export function formatSetParametersFile(values: readonly NamedValue[]): string {
  const lines = values.map(
    (v) => `  <setParameter name="${escapeAttribute(v.name)}" value="${escapeAttribute(v.value)}" />`
  )
  return `<?xml version="1.0" encoding="utf-8"?>\n<parameters>\n${lines.join('\n')}\n</parameters>\n`
}

export interface PackageParameterPlan {
  /** `-setParam:` arguments (names and values quoted for msdeploy). */
  setParams: string[]
  /** The SetParameters file to pass with `-setParamFile:`, as content (undefined: none). */
  setParamFile?: string
  /** The IIS Web Application Name value set (`Site/app`). */
  iisApp: string
}

function undeclared(pkg: WebDeployPackage, name: string, input: string): InputError {
  const names = pkg.parameters.map((p) => `'${p.name}'`).join(', ')
  return new InputError(
    input,
    `Input '${input}': the package declares no parameter '${name}' (msdeploy would fail with "Source does not support parameter called '${name}'"). It declares: ${names || 'none'}.`
  )
}

/**
 * What goes to msdeploy for the package's parameters: `IIS Web Application Name` from site/application, the
 * `set-parameters` lines as -setParam, the rest of `set-parameters-file` (and secret values, never on a command
 * line) in a SetParameters file of ours.
 */
export function planPackageParameters(
  pkg: WebDeployPackage,
  iisApp: string,
  options: { setParametersFile?: readonly NamedValue[]; setParameters?: readonly NamedValue[] }
): PackageParameterPlan {
  const declared = new Map(pkg.parameters.map((p) => [p.name.toLowerCase(), p]))
  if (!declared.has(IIS_WEB_APPLICATION_NAME.toLowerCase())) {
    throw new InputError(
      'source',
      `Input 'source' is a Web Deploy package that declares no '${IIS_WEB_APPLICATION_NAME}' parameter: it would deploy to whatever IIS path it was built for, not to 'site'/'application'. Rebuild it with dotnet publish -p:WebPublishMethod=Package (which declares it), or deploy the publish folder.`
    )
  }
  const errors: InputError[] = []
  const byName = new Map<string, NamedValue>()
  const setParams: string[] = []
  const fileValues: NamedValue[] = []
  const app = { name: IIS_WEB_APPLICATION_NAME, value: iisApp }
  for (const v of options.setParameters ?? []) {
    const input = v.secret ? 'secret-set-parameters' : 'set-parameters'
    if (!declared.has(v.name.toLowerCase())) errors.push(undeclared(pkg, v.name, input))
    else if (
      v.name.toLowerCase() === app.name.toLowerCase() &&
      v.value.toLowerCase() !== iisApp.toLowerCase()
    ) {
      errors.push(
        new InputError(
          input,
          `Input '${input}' sets '${app.name}' to '${v.value}' but 'site'/'application' say '${iisApp}': set the target with 'site' and 'application' only.`
        )
      )
    } else byName.set(v.name.toLowerCase(), v)
  }
  byName.set(app.name.toLowerCase(), app)
  for (const v of options.setParametersFile ?? []) {
    if (!declared.has(v.name.toLowerCase())) errors.push(undeclared(pkg, v.name, 'set-parameters-file'))
    // Named by an input (or the target): the input wins, and the name is given once.
    else if (!byName.has(v.name.toLowerCase())) fileValues.push(v)
  }
  if (errors.length > 0) throw new InputErrors(errors)
  for (const v of byName.values()) {
    if (
      v.secret ||
      msDeployValueProblem(v.value) !== undefined ||
      msDeployValueProblem(v.name) !== undefined
    ) {
      if (!v.secret && msDeployValueProblem(v.name) !== undefined) {
        // A name is public: refuse what no SetParameters file could carry either (control characters).
        quoteMsDeployValue(v.name, { input: 'set-parameters', what: 'the parameter name' })
      }
      fileValues.push(v)
      continue
    }
    setParams.push(`-setParam:name=${quoteParam(v.name)},value=${quoteParam(v.value)}`)
  }
  return {
    setParams,
    setParamFile: fileValues.length > 0 ? formatSetParametersFile(fileValues) : undefined,
    iisApp
  }
}

/** Written with msdeploy's quoting (bare when safe, else in double quotes; see msdeploy-command-line.ts). */
function quoteParam(value: string): string {
  return quoteMsDeployValue(value, { input: 'set-parameters' })
}

// ---------------------------------------------------------------------------------------------------------------
// msdeploy-skip and msdeploy-flags

const SKIP_KEYS = new Map(
  ['objectName', 'absolutePath', 'skipAction', 'keyAttribute', 'xPath'].map((k) => [k.toLowerCase(), k])
)
const SKIP_SHORTHANDS = new Map([
  ['directory', 'dirPath'],
  ['file', 'filePath']
])
const SKIP_ACTIONS = ['Delete', 'AddChild', 'Add', 'Update', 'Sync']

/**
 * One `msdeploy-skip` line (msdeploy's own skip syntax: `objectName=filePath,absolutePath=\\logs\\.*` or the
 * shorthands `Directory=App_Data`, `File=web\.Debug\.config`) as a `-skip:` argument. Only the documented keys, a
 * provider name made of letters, a known skipAction and a regex that compiles; values re-quoted by us.
 */
export function formatUserSkip(line: string): string {
  const fail = (why: string): never => {
    throw new InputError('msdeploy-skip', `Input 'msdeploy-skip' has '${line}': ${why}.`)
  }
  let settings
  try {
    settings = parseMsDeploySettings(line)
  } catch (error) {
    return fail((error as Error).message)
  }
  if (settings.length === 0) fail('it is empty')
  const parts: string[] = []
  let hasObject = false
  for (const s of settings) {
    const key = s.key.toLowerCase()
    const value = s.value ?? ''
    if (s.value === undefined || value === '') fail(`'${s.key}' needs a value (key=value)`)
    const shorthand = SKIP_SHORTHANDS.get(key)
    if (shorthand !== undefined) {
      checkRegex(value, fail)
      hasObject = true
      parts.push(
        `objectName=${shorthand}`,
        `absolutePath=${quoteMsDeployValue(value, { input: 'msdeploy-skip' })}`
      )
      continue
    }
    const canonical = SKIP_KEYS.get(key)
    if (canonical === undefined) {
      fail(
        `'${s.key}' is not a skip setting; use objectName, absolutePath, skipAction, keyAttribute, xPath, or Directory=/File=`
      )
    }
    if (canonical === 'objectName') {
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(value))
        fail(`objectName '${value}' is not a provider name such as filePath or dirPath`)
      hasObject = true
    }
    if (canonical === 'skipAction' && !SKIP_ACTIONS.some((a) => a.toLowerCase() === value.toLowerCase())) {
      fail(`skipAction '${value}' is not one of ${SKIP_ACTIONS.join(', ')}`)
    }
    if (canonical === 'absolutePath') checkRegex(value, fail)
    parts.push(`${canonical}=${quoteMsDeployValue(value, { input: 'msdeploy-skip' })}`)
  }
  if (!hasObject && !parts.some((p) => p.startsWith('absolutePath='))) {
    fail('a skip needs objectName (or Directory=/File=) or absolutePath, or it would skip everything')
  }
  return `-skip:${parts.join(',')}`
}

/** A .NET regex we can at least compile as ECMAScript (inline `(?i)` aside): a typo fails now, not on the server. */
function checkRegex(value: string, fail: (why: string) => never): void {
  try {
    new RegExp(value.replace(/^\(\?[imsx]+\)/, ''))
  } catch (error) {
    fail(`'${value}' is not a valid regular expression (${(error as Error).message})`)
  }
}

/** The msdeploy rules a user may turn on or off (msdeploy -help's rule list, those that change a sync's content). */
export const MSDEPLOY_RULES = [
  'AppOffline',
  'DoNotDeleteRule',
  'SkipNewerFilesRule',
  'BlockHarmfulDeleteOperations',
  'EnableDirectoryBrowsing',
  'IgnoreAppOfflineFiles'
] as const

/** The links (extensions) a user may turn on or off. */
export const MSDEPLOY_LINKS = ['AppPoolExtension', 'ContentExtension', 'CertificateExtension'] as const

export interface MsDeployFlags {
  /** The vetted arguments, in the user's order. */
  args: string[]
  retryAttempts?: number
  retryInterval?: number
  enabledRules: string[]
  disabledRules: string[]
}

/**
 * `msdeploy-flags`: one argument per line from an allow-list: -enableRule:/-disableRule: a known rule,
 * -enableLink:/-disableLink: a known link, -retryAttempts:N (0-100), -retryInterval:ms (0-600000). Anything else
 * (a raw string, a second -source, -verb, -preSync commands) is refused.
 */
export function parseMsDeployFlags(lines: readonly string[]): MsDeployFlags {
  const result: MsDeployFlags = { args: [], enabledRules: [], disabledRules: [] }
  for (const line of lines) {
    const match =
      /^-(enableRule|disableRule|enableLink|disableLink|retryAttempts|retryInterval):([A-Za-z0-9]+)$/i.exec(
        line.trim()
      )
    const fail = (why: string): never => {
      throw new InputError('msdeploy-flags', `Input 'msdeploy-flags' has '${line}': ${why}.`)
    }
    if (!match) {
      fail(
        'allowed are -enableRule:<rule>, -disableRule:<rule>, -enableLink:<link>, -disableLink:<link>, -retryAttempts:<n> and -retryInterval:<ms>, one per line (exclusions go in msdeploy-skip)'
      )
    }
    const m = match as RegExpExecArray
    const switchName = (m[1] as string).toLowerCase()
    const value = m[2] as string
    if (switchName === 'retryattempts' || switchName === 'retryinterval') {
      const n = Number(value)
      const max = switchName === 'retryattempts' ? 100 : 600_000
      if (!/^\d+$/.test(value) || n > max) fail(`use a whole number from 0 to ${max}`)
      if (switchName === 'retryattempts') result.retryAttempts = n
      else result.retryInterval = n
      continue
    }
    const isRule = switchName.endsWith('rule')
    const known: readonly string[] = isRule ? MSDEPLOY_RULES : MSDEPLOY_LINKS
    const canonical = known.find((k) => k.toLowerCase() === value.toLowerCase())
    if (canonical === undefined) fail(`'${value}' is not one of ${known.join(', ')}`)
    const name = switchName.startsWith('enable') ? 'enable' : 'disable'
    const arg = `-${name}${isRule ? 'Rule' : 'Link'}:${canonical as string}`
    if (isRule) (name === 'enable' ? result.enabledRules : result.disabledRules).push(canonical as string)
    result.args.push(arg)
  }
  return result
}
