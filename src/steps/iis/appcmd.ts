// The appcmd.exe layer (windows-facts §3): typed argv builders for the commands iis-deploy emits, parsers for the
// output formats appcmd documents (one-line `OBJECT "id" (k:v,...)`, `/text:<prop>`, `/text:*`, `ERROR ( ... )`),
// a typed error with the Win32 code and a likely fix, and a small runner that retries configuration write
// collisions with jittered backoff (peers §3 item 10).
//
// Every builder returns an argv array: values with spaces, quotes or non-ASCII characters stay one element each and
// are never pasted into a command line by us (the CommandRunner spawns without a shell).

import { CancelledError, ToolError } from '../../core/errors.js'
import { formatCommandLine } from '../../core/command-line.js'
import type { Clock, CommandResult, CommandRunner, Reporter } from '../../core/ports.js'
import { TOOL_OUTPUT_ENCODINGS } from '../../core/output-encoding.js'
import { decodeEntities, parseXmlDocument, type XmlDocument } from '../../core/xml/xml-document.js'

/** Runtime state of an app pool or site (Microsoft.Web.Administration ObjectState, §3.5). */
export type ObjectState = 'Starting' | 'Started' | 'Stopping' | 'Stopped' | 'Unknown'

/** Identities a pool can run as (§3.3). SpecificUser is not offered: it would put a password on the command line. */
export type PoolIdentity = 'ApplicationPoolIdentity' | 'NetworkService' | 'LocalService' | 'LocalSystem'
export const POOL_IDENTITIES: readonly PoolIdentity[] = [
  'ApplicationPoolIdentity',
  'NetworkService',
  'LocalService',
  'LocalSystem'
]

/** Every `processModel.identityType` we write; SpecificUser's password goes through pool-identity.ts, never argv. */
export type PoolIdentityType = PoolIdentity | 'SpecificUser'
export const POOL_IDENTITY_TYPES: readonly PoolIdentityType[] = [...POOL_IDENTITIES, 'SpecificUser']

export type AuthenticationKind = 'anonymous' | 'windows' | 'basic'
export const AUTHENTICATION_KINDS: readonly AuthenticationKind[] = ['anonymous', 'windows', 'basic']

// ---------------------------------------------------------------------------------------------------------------
// Identifiers

/** Normalizes an application path: `api`, `/api/`, `\api` → `/api`; empty or `/` → `/`. */
export function normalizeApplicationPath(application: string | undefined): string {
  const trimmed = (application ?? '/')
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}`
}

/** The APP identifier appcmd uses: `Site/` for the root application, `Site/api` otherwise (§3.1 samples). */
export function appIdentifier(site: string, application = '/'): string {
  const app = normalizeApplicationPath(application)
  return app === '/' ? `${site}/` : `${site}${app}`
}

/** The VDIR identifier of an application's root virtual directory: `Site/`, `Site/api/`. */
export function rootVdirIdentifier(site: string, application = '/'): string {
  const app = normalizeApplicationPath(application)
  return app === '/' ? `${site}/` : `${site}${app}/`
}

/** The configuration path of a site or application, as `set config "<path>"` takes it: `Site`, `Site/api`. */
export function configPath(site: string, application = '/'): string {
  const app = normalizeApplicationPath(application)
  return app === '/' ? site : `${site}${app}`
}

// ---------------------------------------------------------------------------------------------------------------
// Builders (§3.2). Each returns the argv after `appcmd`.

export type ListableObject = 'apppool' | 'site' | 'app' | 'vdir'

/**
 * `list <object> ["id"] [/filter:value ...] [/text:prop]`. Without an id the plural is used (`list apps`), as in
 * the documented samples; filters select by property (`/apppool.name:P`, §3.1).
 */
export function buildListArgs(
  object: ListableObject,
  id?: string,
  options: { text?: string; xml?: boolean; filters?: Readonly<Record<string, string>> } = {}
): string[] {
  const args = id === undefined ? ['list', `${object}s`] : ['list', object, id]
  for (const [name, value] of Object.entries(options.filters ?? {})) args.push(`/${name}:${value}`)
  if (options.text !== undefined) args.push(`/text:${options.text}`)
  if (options.xml) args.push('/xml')
  return args
}

/**
 * `list apppool "P" /xml`: the pool as one element whose `state` attribute holds the state. XML rather than
 * `/text:state`: attribute names are schema identifiers and the document declares its encoding, so neither the
 * display language nor the console code page gets in the way (docs/windows-locale.md).
 */
export function buildAppPoolStateArgs(pool: string): string[] {
  return buildListArgs('apppool', pool, { xml: true })
}

/** `list site "S" /xml` (its `state` attribute). */
export function buildSiteStateArgs(site: string): string[] {
  return buildListArgs('site', site, { xml: true })
}

/** `list wps /apppool.name:P`: the worker processes of one pool (§3.5). */
export function buildListWorkerProcessesArgs(pool: string): string[] {
  return ['list', 'wps', `/apppool.name:${pool}`]
}

/** `list apps /apppool.name:P`: the applications one pool serves. */
export function buildListAppsOfPoolArgs(pool: string): string[] {
  return buildListArgs('app', undefined, { filters: { 'apppool.name': pool } })
}

export type AppPoolVerb = 'start' | 'stop' | 'recycle'
/** `stop apppool /apppool.name:P` (also start, recycle; §3.2). */
export function buildAppPoolVerbArgs(verb: AppPoolVerb, pool: string): string[] {
  return [verb, 'apppool', `/apppool.name:${pool}`]
}

export type SiteVerb = 'start' | 'stop'
/** `stop site /site.name:S` (§3.2). */
export function buildSiteVerbArgs(verb: SiteVerb, site: string): string[] {
  return [verb, 'site', `/site.name:${site}`]
}

/** Settings of an app pool iis-deploy manages. Unset fields are left alone. */
export interface AppPoolSettings {
  /** `''` = No Managed Code (§3.3), the right value for ASP.NET Core. */
  managedRuntimeVersion?: string
  managedPipelineMode?: 'Integrated' | 'Classic'
  identityType?: PoolIdentityType
  /** Lets the pool keep Data Protection keys in its profile (§7). */
  loadUserProfile?: boolean
  /** appcmd stop does not set autoStart=false (§3.5); set it to keep a pool down across an IIS restart. */
  autoStart?: boolean
}

function appPoolSettingArgs(settings: AppPoolSettings): string[] {
  const args: string[] = []
  // `/managedRuntimeVersion:` with nothing after the colon is "No Managed Code" (§3.3, Azure Pipelines' form).
  if (settings.managedRuntimeVersion !== undefined)
    args.push(`/managedRuntimeVersion:${settings.managedRuntimeVersion}`)
  if (settings.managedPipelineMode !== undefined)
    args.push(`/managedPipelineMode:${settings.managedPipelineMode}`)
  if (settings.identityType !== undefined) args.push(`/processModel.identityType:${settings.identityType}`)
  if (settings.loadUserProfile !== undefined)
    args.push(`/processModel.loadUserProfile:${String(settings.loadUserProfile)}`)
  if (settings.autoStart !== undefined) args.push(`/autoStart:${String(settings.autoStart)}`)
  return args
}

/** `add apppool /name:P /managedRuntimeVersion: /managedPipelineMode:Integrated ...` */
export function buildAddAppPoolArgs(pool: string, settings: AppPoolSettings = {}): string[] {
  return ['add', 'apppool', `/name:${pool}`, ...appPoolSettingArgs(settings)]
}

/** `set apppool "P" /prop:value ...` */
export function buildSetAppPoolArgs(pool: string, settings: AppPoolSettings): string[] {
  return ['set', 'apppool', pool, ...appPoolSettingArgs(settings)]
}

/** `delete apppool "P"`. */
export function buildDeleteAppPoolArgs(pool: string): string[] {
  return ['delete', 'apppool', pool]
}

/** One IIS binding: `protocol/ip:port:host` (§3.2 `/bindings:"http/*:8080:"`). */
export interface SiteBinding {
  protocol: 'http' | 'https'
  /** `*`, an IPv4 address, or an IPv6 address in brackets. */
  ip: string
  port: number
  /** Host name, `''` for all host names. */
  host: string
}

/** `*:443:host`, the bindingInformation attribute. */
export function formatBindingInformation(binding: SiteBinding): string {
  return `${binding.ip}:${binding.port}:${binding.host}`
}

/** `https/*:443:host`, the form of `/bindings:` and of the one-line SITE output. */
export function formatBinding(binding: SiteBinding): string {
  return `${binding.protocol}/${formatBindingInformation(binding)}`
}

/** `add site /name:S /bindings:http/*:80:,... /physicalPath:...` (§3.2). */
export function buildAddSiteArgs(site: {
  name: string
  bindings: readonly SiteBinding[]
  physicalPath: string
}): string[] {
  const args = ['add', 'site', `/name:${site.name}`]
  if (site.bindings.length > 0) args.push(`/bindings:${site.bindings.map(formatBinding).join(',')}`)
  args.push(`/physicalPath:${site.physicalPath}`)
  return args
}

/** Quotes a value for appcmd's collection indexer `[key='value']`. A `'` cannot be expressed: callers reject it. */
function indexerValue(value: string): string {
  if (value.includes("'"))
    throw new Error(`appcmd indexer values cannot contain "'": ${JSON.stringify(value)}`)
  return `'${value}'`
}

/**
 * `set site "S" /+bindings.[protocol='https',bindingInformation='*:443:h',sslFlags='1']`: adds one binding.
 * `sni` sets sslFlags=1 (Server Name Indication), needed when several https sites share a port with host names.
 */
export function buildAddSiteBindingArgs(site: string, binding: SiteBinding, sni = false): string[] {
  const parts = [
    `protocol=${indexerValue(binding.protocol)}`,
    `bindingInformation=${indexerValue(formatBindingInformation(binding))}`
  ]
  if (sni) parts.push(`sslFlags=${indexerValue('1')}`)
  return ['set', 'site', site, `/+bindings.[${parts.join(',')}]`]
}

/** `set site "S" /-bindings.[protocol='http',bindingInformation='*:8080:']`: removes one binding (§3.2). */
export function buildRemoveSiteBindingArgs(site: string, binding: SiteBinding): string[] {
  const parts = [
    `protocol=${indexerValue(binding.protocol)}`,
    `bindingInformation=${indexerValue(formatBindingInformation(binding))}`
  ]
  return ['set', 'site', site, `/-bindings.[${parts.join(',')}]`]
}

/** `add app /site.name:S /path:/api /physicalPath:... /applicationPool:P` (§3.2). */
export function buildAddAppArgs(app: {
  site: string
  path: string
  physicalPath: string
  appPool?: string
}): string[] {
  const args = [
    'add',
    'app',
    `/site.name:${app.site}`,
    `/path:${normalizeApplicationPath(app.path)}`,
    `/physicalPath:${app.physicalPath}`
  ]
  if (app.appPool !== undefined) args.push(`/applicationPool:${app.appPool}`)
  return args
}

/** `set app "S/api" /applicationPool:P` (§3.2; documented form, sample 48/49). */
export function buildSetAppPoolOfAppArgs(site: string, application: string, pool: string): string[] {
  return ['set', 'app', appIdentifier(site, application), `/applicationPool:${pool}`]
}

/** `set vdir "S/" /physicalPath:...`: the folder an application serves (§3.2). */
export function buildSetPhysicalPathArgs(site: string, application: string, physicalPath: string): string[] {
  return ['set', 'vdir', rootVdirIdentifier(site, application), `/physicalPath:${physicalPath}`]
}

const APP_POOLS_SECTION = '-section:system.applicationHost/applicationPools'

/**
 * Adds a pool environment variable (IIS 10+, §3.3):
 * `set config -section:system.applicationHost/applicationPools /+"[name='P'].environmentVariables.[name='N',value='V']" /commit:apphost`
 */
export function buildAddPoolEnvironmentVariableArgs(pool: string, name: string, value: string): string[] {
  return [
    'set',
    'config',
    APP_POOLS_SECTION,
    `/+[name=${indexerValue(pool)}].environmentVariables.[name=${indexerValue(name)},value=${indexerValue(value)}]`,
    '/commit:apphost'
  ]
}

/** Removes a pool environment variable: the `/-` form of the same indexer grammar (§3.3). */
export function buildRemovePoolEnvironmentVariableArgs(pool: string, name: string): string[] {
  return [
    'set',
    'config',
    APP_POOLS_SECTION,
    `/-[name=${indexerValue(pool)}].environmentVariables.[name=${indexerValue(name)}]`,
    '/commit:apphost'
  ]
}

/** `system.webServer/security/authentication/windowsAuthentication` and friends. */
export function authenticationSection(kind: AuthenticationKind): string {
  return `system.webServer/security/authentication/${kind}Authentication`
}

/**
 * `set config "S/api" -section:.../windowsAuthentication /enabled:true /commit:apphost`. Committed to
 * applicationHost.config in a location tag: the windows/basic sections are locked for web.config by default.
 */
export function buildSetAuthenticationArgs(
  site: string,
  application: string,
  kind: AuthenticationKind,
  enabled: boolean
): string[] {
  return [
    'set',
    'config',
    configPath(site, application),
    `-section:${authenticationSection(kind)}`,
    `/enabled:${String(enabled)}`,
    '/commit:apphost'
  ]
}

/** `list config "S/api" -section:.../anonymousAuthentication /text:enabled`. */
export function buildGetAuthenticationArgs(
  site: string,
  application: string,
  kind: AuthenticationKind
): string[] {
  return [
    'list',
    'config',
    configPath(site, application),
    `-section:${authenticationSection(kind)}`,
    '/text:enabled'
  ]
}

// ---------------------------------------------------------------------------------------------------------------
// Parsers

function lines(text: string): string[] {
  return text.split(/\r?\n/)
}

/** One object of the default output: `APPPOOL "MyPool" (MgdVersion:v4.0,MgdMode:Integrated,state:Started)`. */
export interface AppcmdObjectLine {
  type: string
  id: string
  properties: Record<string, string>
}

/**
 * Splits the `(k:v,k:v)` part. Values are not quoted by appcmd and may themselves contain commas and colons
 * (`bindings:http/*:80:,https/*:443:`, `physicalPath:C:\a,b`), so a comma only starts a new property when it is
 * followed by a property name (two or more word characters, dots allowed) and a colon. A drive letter (`,D:\`)
 * is one character and never mistaken for a name.
 */
export function parseObjectProperties(text: string): Record<string, string> {
  const properties: Record<string, string> = {}
  if (text.trim() === '') return properties
  for (const part of text.split(/,(?=[A-Za-z][\w.-]+:)/)) {
    const colon = part.indexOf(':')
    if (colon <= 0) continue
    properties[part.slice(0, colon).trim()] = part.slice(colon + 1)
  }
  return properties
}

/** Parses the default one-line-per-object output of `appcmd list` (§3.1). Lines that are not objects are skipped. */
export function parseObjectLines(stdout: string): AppcmdObjectLine[] {
  const objects: AppcmdObjectLine[] = []
  for (const line of lines(stdout)) {
    // The id is quoted; the property list runs to the last `)` of the line.
    const match = /^([A-Z]+) "(.*?)" \((.*)\)\s*$/.exec(line.trim())
    if (!match) continue
    const [, type = '', id = '', props = ''] = match
    objects.push({ type, id, properties: parseObjectProperties(props) })
  }
  return objects
}

/** `/text:<prop>` prints one value per object, one per line (§3.2). Empty lines are dropped. */
export function parseTextValues(stdout: string): string[] {
  return lines(stdout)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
}

/** One element of `appcmd list ... /xml`: `<APPPOOL APPPOOL.NAME="P" ... state="Started" />`. */
export interface AppcmdXmlElement {
  /** APPPOOL, SITE, APP, VDIR, WP. */
  type: string
  attributes: Record<string, string>
}

/**
 * Parses `appcmd list ... /xml` output: the children of `<appcmd>`, each with its attributes (entities decoded).
 * Not XML (or no `<appcmd>` root): an empty list. Read with our own lossless parser rather than fast-xml-parser's
 * object parser: the output is flat, and that parser (with its entity tables) would be compiled on every start.
 */
export function parseAppcmdXml(stdout: string): AppcmdXmlElement[] {
  const text = stdout.replace(/^\ufeff/, '').trim()
  if (!text.startsWith('<')) return []
  let document: XmlDocument
  try {
    document = parseXmlDocument(text)
  } catch {
    return []
  }
  const root = document.root
  if (root?.name !== 'appcmd') return []
  const elements: AppcmdXmlElement[] = []
  for (const child of root.children) {
    if (child.type !== 'element') continue
    const attributes: Record<string, string> = {}
    for (const attribute of child.attributes) attributes[attribute.name] = decodeEntities(attribute.rawValue)
    elements.push({ type: child.name, attributes })
  }
  return elements
}

/**
 * The `/xml` attribute that holds a property of the default output: an application's pool is `APPPOOL.NAME` there
 * (`<APP APP.NAME="S/" APPPOOL.NAME="P" SITE.NAME="S" path="/" />`); other properties keep their names.
 */
export function xmlAttributeOf(object: ListableObject, property: string): string {
  if (object === 'app' && property.toLowerCase() === 'applicationpool') return 'APPPOOL.NAME'
  return property
}

/** Parses a state word as printed by `/text:state` (case-insensitive). Undefined when it is not a state. */
export function parseObjectState(text: string): ObjectState | undefined {
  const word = text.trim().toLowerCase()
  const states: ObjectState[] = ['Starting', 'Started', 'Stopping', 'Stopped', 'Unknown']
  return states.find((state) => state.toLowerCase() === word)
}

export interface WorkerProcess {
  pid: number
  appPool?: string
}

/** `WP "3577" (applicationPool:DefaultAppPool)` lines (§3.1; older captures show `apppool:`). Nothing = none. */
export function parseWorkerProcesses(stdout: string): WorkerProcess[] {
  return parseObjectLines(stdout)
    .filter((object) => object.type === 'WP' && /^\d+$/.test(object.id))
    .map((object) => ({
      pid: Number(object.id),
      appPool: object.properties['applicationPool'] ?? object.properties['apppool']
    }))
}

/** A node of the `/text:*` tree: `APPPOOL`, then `key:"value"` lines and indented `[section]`s. */
export interface AppcmdTextNode {
  name: string
  attributes: Record<string, string>
  children: AppcmdTextNode[]
}

/**
 * Parses `/text:*` output into one tree per object:
 * ```
 * APPPOOL
 *   APPPOOL.NAME:"MyPool"
 *   [add]
 *     name:"MyPool"
 *     [processModel]
 *       identityType:"ApplicationPoolIdentity"
 * ```
 * Nesting follows indentation; a value runs to the last `"` of its line.
 */
export function parseTextTree(stdout: string): AppcmdTextNode[] {
  const roots: AppcmdTextNode[] = []
  const stack: Array<{ indent: number; node: AppcmdTextNode }> = []
  for (const raw of lines(stdout)) {
    if (raw.trim() === '') continue
    const indent = raw.length - raw.trimStart().length
    const line = raw.trim()
    const section = /^\[(.+)\]$/.exec(line)
    const attribute = /^([^:"[\]\s][^:"]*):"(.*)"$/.exec(line)
    if (indent === 0 && !section && !attribute) {
      const node: AppcmdTextNode = { name: line, attributes: {}, children: [] }
      roots.push(node)
      stack.length = 0
      stack.push({ indent, node })
      continue
    }
    while (stack.length > 1 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop()
    const parent = stack[stack.length - 1]?.node
    if (!parent) continue
    if (section) {
      const node: AppcmdTextNode = { name: section[1] ?? '', attributes: {}, children: [] }
      parent.children.push(node)
      stack.push({ indent, node })
    } else if (attribute) {
      parent.attributes[attribute[1] ?? ''] = attribute[2] ?? ''
    }
  }
  return roots
}

/** Every section named `name` (case-insensitive) under `node`, depth first. */
export function findSections(node: AppcmdTextNode, name: string): AppcmdTextNode[] {
  const found: AppcmdTextNode[] = []
  const visit = (current: AppcmdTextNode): void => {
    for (const child of current.children) {
      if (child.name.toLowerCase() === name.toLowerCase()) found.push(child)
      visit(child)
    }
  }
  visit(node)
  return found
}

function attributeOf(node: AppcmdTextNode, name: string): string | undefined {
  const key = Object.keys(node.attributes).find((k) => k.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : node.attributes[key]
}

/**
 * Reads an attribute by dotted path, wherever the element sits in the tree: `processModel.identityType` finds
 * the `[processModel]` section's `identityType`; a plain name is looked up on the object, then on its first
 * section (`[add]`, `[site]`).
 */
export function findAttribute(node: AppcmdTextNode, path: string): string | undefined {
  const parts = path.split('.')
  const attribute = parts.pop() ?? ''
  if (parts.length === 0) {
    return (
      attributeOf(node, attribute) ??
      node.children.map((c) => attributeOf(c, attribute)).find((v) => v !== undefined)
    )
  }
  const candidates = findSections(node, parts[parts.length - 1] ?? '').filter((section) => {
    // The rest of the path must match the ancestors; checked loosely by name along the tree.
    return parts.length === 1 || hasAncestorChain(node, section, parts.slice(0, -1))
  })
  for (const section of candidates) {
    const value = attributeOf(section, attribute)
    if (value !== undefined) return value
  }
  return undefined
}

function hasAncestorChain(root: AppcmdTextNode, target: AppcmdTextNode, chain: string[]): boolean {
  const path: AppcmdTextNode[] = []
  const find = (current: AppcmdTextNode): boolean => {
    if (current === target) return true
    for (const child of current.children) {
      path.push(child)
      if (find(child)) return true
      path.pop()
    }
    return false
  }
  if (!find(root)) return false
  const names = path.slice(0, -1).map((n) => n.name.toLowerCase())
  let index = names.length - 1
  for (let i = chain.length - 1; i >= 0; i--) {
    if (index < 0 || names[index] !== chain[i]?.toLowerCase()) return false
    index--
  }
  return true
}

/** The entries of a collection section (`[environmentVariables]` → its `[add]` children's attributes). */
export function collectionEntries(node: AppcmdTextNode, collection: string): Array<Record<string, string>> {
  return findSections(node, collection).flatMap((section) => section.children.map((c) => c.attributes))
}

/** An `ERROR ( hresult:..., message:... )` line (§3.4). */
export interface AppcmdErrorLine {
  /** 8 hex digits, lower case, when printed. */
  hresult?: string
  message: string
}

/**
 * Finds appcmd's error in its output: `ERROR ( hresult:800710d8, message:Command execution failed. ... )` or
 * `ERROR ( message:Cannot find APPPOOL object with identifier "X". )` (§3.4). The message may span lines and contain
 * parentheses; it runs to the last `)`.
 */
export function parseAppcmdError(output: string): AppcmdErrorLine | undefined {
  const match = /ERROR \(([\s\S]*)\)/.exec(output)
  if (!match) return undefined
  const body = (match[1] ?? '').trim()
  const parsed = /^(?:hresult:([0-9a-fA-F]{8}),\s*)?message:([\s\S]*)$/.exec(body)
  if (!parsed) return { message: body }
  const message = (parsed[2] ?? '').replace(/\s+/g, ' ').trim()
  return parsed[1] ? { hresult: parsed[1].toLowerCase(), message } : { message }
}

/** Win32 code of an HRESULT: its low 16 bits (§3.4: 800710d8 → 4312). */
export function win32CodeOfHresult(hresult: string): number {
  return Number.parseInt(hresult, 16) & 0xffff
}

/** Win32 codes this module knows by name. */
export const APPCMD_CODES = {
  accessDenied: 5,
  fileNotFound: 2,
  invalidData: 13,
  sharingViolation: 32,
  lockViolation: 33,
  invalidParameter: 87,
  alreadyExists: 183,
  logonFailure: 1326,
  alreadyStarted: 1056,
  /** 80070425: the pool is Stopping (or Starting) and cannot take another start or stop yet (windows-facts §3.4). */
  cannotAcceptControl: 1061,
  notStarted: 1062,
  notFound: 1168,
  invalidObject: 4312
} as const

/** Messages without an hresult whose code is known (§3.4: missing object → 1168). */
function codeFromMessage(message: string): number | undefined {
  if (/Cannot find \w+ object with identifier/i.test(message)) return APPCMD_CODES.notFound
  if (/duplicate collection (element|entry)/i.test(message)) return APPCMD_CODES.alreadyExists
  if (/locked at a parent level/i.test(message)) return APPCMD_CODES.lockViolation
  if (/access is denied|access denied/i.test(message)) return APPCMD_CODES.accessDenied
  return undefined
}

/** What went wrong in one appcmd call, decided from the text first and the (maybe truncated) exit code last. */
export interface AppcmdFailure {
  /** Win32 code: low 16 bits of the HRESULT, a code known from the message, or the exit code. */
  code: number
  hresult?: string
  message: string
  exitCode: number
}

/** Decodes a finished appcmd call. Undefined means success. */
export function decodeAppcmdResult(result: CommandResult): AppcmdFailure | undefined {
  const error = parseAppcmdError(`${result.stdout}\n${result.stderr}`)
  if (!error && result.exitCode === 0) return undefined
  if (!error) {
    const text = (result.stderr.trim() || result.stdout.trim()).replace(/\s+/g, ' ')
    return {
      code: result.exitCode,
      message: text || `exit code ${result.exitCode}`,
      exitCode: result.exitCode
    }
  }
  // Exit codes above 255 arrive truncated on Linux: the hresult text wins (§3.4).
  const code = error.hresult
    ? win32CodeOfHresult(error.hresult)
    : (codeFromMessage(error.message) ?? result.exitCode)
  return { code, hresult: error.hresult, message: error.message, exitCode: result.exitCode }
}

/**
 * True when a write failed because another writer held applicationHost.config (peers §3 item 10). Decided by the
 * code, which is the same in every language: a write that fails with 32 (ERROR_SHARING_VIOLATION, HRESULT
 * 80070020, "Cannot write configuration file") collided. The English texts are kept for failures that print no
 * HRESULT; 33 (lock violation) only counts with such a text, because a section locked at a parent level is 33 too
 * and retrying cannot fix that.
 */
export function isConfigWriteCollision(args: readonly string[], failure: AppcmdFailure): boolean {
  const verb = args[0]?.toLowerCase()
  if (verb !== 'add' && verb !== 'set' && verb !== 'delete') return false
  if (/locked at a parent level/i.test(failure.message)) return false
  if (failure.code === APPCMD_CODES.sharingViolation) return true
  return /cannot write configuration file|changed on disk|cannot commit configuration/i.test(failure.message)
}

/** A likely fix for a failed appcmd command. */
export function appcmdFix(args: readonly string[], failure: AppcmdFailure): string | undefined {
  const [verb = '', object = ''] = args.map((a) => a.toLowerCase())
  switch (failure.code) {
    case APPCMD_CODES.notFound:
      return `The ${object} does not exist: check the name (\`appcmd list ${object}s\`), or set \`create: true\` to create it.`
    case APPCMD_CODES.accessDenied:
      return 'Run elevated: the runner or agent service account must be a local administrator (UAC elevation is required to change IIS).'
    case APPCMD_CODES.notStarted:
      return `The ${object} is already stopped; nothing to do.`
    case APPCMD_CODES.alreadyStarted:
      return `The ${object} is already started; nothing to do.`
    case APPCMD_CODES.alreadyExists:
      return `An object with this name already exists (IIS names are case-insensitive): use it, or choose another name.`
    case APPCMD_CODES.lockViolation:
      return /locked at a parent level/i.test(failure.message)
        ? 'The configuration section is locked at a parent level: unlock it (`appcmd unlock config -section:<section>`) or set it with /commit:apphost.'
        : 'applicationHost.config is locked by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.'
    case APPCMD_CODES.sharingViolation:
      if (verb === 'start' && object === 'site')
        return 'A binding of the site uses a port that another site or process holds: find it with `netstat -ano | findstr :<port>` and change the bindings.'
      return 'applicationHost.config is in use by another writer (IIS Manager, another deploy): retry, and serialize deploys to this server.'
    case APPCMD_CODES.invalidObject:
      return verb === 'start'
        ? 'IIS refused to start it: check that the site has a valid binding and that WAS and W3SVC are running (`net start w3svc`).'
        : 'The object is not valid for this command: check its name and state (`appcmd list ' +
            object +
            's`).'
    case APPCMD_CODES.logonFailure:
      return 'The pool identity could not log on: re-enter the password of the SpecificUser identity, or use ApplicationPoolIdentity.'
    case APPCMD_CODES.fileNotFound:
      return 'A file or folder IIS needs is missing: check the physical path; after installing the Hosting Bundle, restart IIS (`net stop was /y` then `net start w3svc`).'
    case APPCMD_CODES.invalidData:
    case APPCMD_CODES.invalidParameter:
      return 'A value was rejected: check bindings (`protocol/ip:port:host`), paths and names.'
    default:
      if (/unknown (attribute|config section)|unrecognized/i.test(failure.message))
        return 'This IIS does not know the setting or section: install the IIS feature that provides it (e.g. WindowsAuthentication via `iis-features`), or use IIS 10+ for pool environment variables.'
      return undefined
  }
}

/** appcmd failed. Carries the command (masked), the Win32 code decided from the HRESULT text, and a fix. */
export class AppcmdError extends ToolError {
  override name = 'AppcmdError'
  constructor(
    /** The command line as shown (masked). */
    readonly command: string,
    readonly failure: AppcmdFailure,
    fix?: string
  ) {
    const hresult = failure.hresult ? `HRESULT 0x${failure.hresult}, ` : ''
    super(
      'appcmd',
      failure.exitCode,
      `${command} failed: ${failure.message} (${hresult}code ${failure.code})`,
      fix
    )
  }
  /** The Win32 code (low 16 bits of the HRESULT), not the possibly truncated exit code. */
  get code(): number {
    return this.failure.code
  }
  get hresult(): string | undefined {
    return this.failure.hresult
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Running

export interface RetryPolicy {
  /** Total attempts for a configuration write that collided with another writer. Default 5. */
  attempts?: number
  /** First backoff delay in ms. Default 250. */
  baseDelayMs?: number
  /** Backoff cap in ms. Default 4000. */
  maxDelayMs?: number
}

/** "Equal jitter" backoff: half of the exponential delay is fixed, the other half random. */
export function backoffDelay(attempt: number, policy: Required<RetryPolicy>, random: () => number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  return Math.round(exponential / 2 + (random() * exponential) / 2)
}

export interface AppcmdOptions {
  runner: CommandRunner
  /** appcmd.exe as found by ToolResolver (contract §3). */
  path: string
  reporter: Reporter
  clock: Clock
  /** Source of jitter, in [0, 1). Default Math.random. */
  random?: () => number
  retry?: RetryPolicy
  signal?: AbortSignal
}

export interface RunAppcmdOptions {
  /** Win32 codes that are answers, not failures (1168 on a read that asks "does it exist?"). */
  accept?: readonly number[]
}

export interface AppcmdOutput {
  stdout: string
  /** Set when the call failed with one of the accepted codes. */
  failure?: AppcmdFailure
}

/** Runs appcmd through the CommandRunner: logs writes (masked), decodes failures, retries write collisions. */
export class Appcmd {
  private readonly retry: Required<RetryPolicy>
  constructor(readonly options: AppcmdOptions) {
    this.retry = { attempts: 5, baseDelayMs: 250, maxDelayMs: 4000, ...options.retry }
  }

  get reporter(): Reporter {
    return this.options.reporter
  }
  get clock(): Clock {
    return this.options.clock
  }
  get signal(): AbortSignal | undefined {
    return this.options.signal
  }

  /** The command line as we show it: masked, with `appcmd` for the tool. */
  display(args: readonly string[]): string {
    return this.options.reporter.mask(formatCommandLine('appcmd', args))
  }

  async run(args: readonly string[], options: RunAppcmdOptions = {}): Promise<AppcmdOutput> {
    const { runner, path, reporter, clock, signal } = this.options
    const random = this.options.random ?? Math.random
    const isRead = args[0] === 'list'
    const shown = this.display(args)
    if (isRead) reporter.debug(shown)
    else reporter.info(shown)
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new CancelledError(`Cancelled before ${shown}.`)
      // Silent: reads may print values we do not want in the log (environment variables); we log ourselves.
      const result = await runner.run(path, args, {
        silent: true,
        signal,
        // Text in the ANSI code page (docs/windows-locale.md); /xml as its declaration says.
        outputEncoding: args.includes('/xml') ? 'xml' : TOOL_OUTPUT_ENCODINGS['appcmd']
      })
      const failure = decodeAppcmdResult(result)
      if (!failure) return { stdout: result.stdout }
      if (options.accept?.includes(failure.code)) return { stdout: result.stdout, failure }
      if (isConfigWriteCollision(args, failure) && attempt + 1 < this.retry.attempts) {
        const delay = backoffDelay(attempt, this.retry, random)
        reporter.warning(
          `${shown}: IIS configuration is being written by someone else (${reporter.mask(failure.message)}); retrying in ${delay} ms (attempt ${attempt + 2} of ${this.retry.attempts}).`
        )
        await clock.sleep(delay, signal)
        continue
      }
      const masked = { ...failure, message: reporter.mask(failure.message) }
      throw new AppcmdError(shown, masked, appcmdFix(args, failure))
    }
  }

  /** State of a pool, or undefined when it does not exist. */
  async getAppPoolState(pool: string): Promise<ObjectState | undefined> {
    return this.readState(buildAppPoolStateArgs(pool))
  }

  /** State of a site, or undefined when it does not exist. */
  async getSiteState(site: string): Promise<ObjectState | undefined> {
    return this.readState(buildSiteStateArgs(site))
  }

  private async readState(args: string[]): Promise<ObjectState | undefined> {
    const { stdout, failure } = await this.run(args, { accept: [APPCMD_CODES.notFound] })
    if (failure) return undefined
    const element = parseAppcmdXml(stdout)[0]
    // An empty <appcmd> list: nothing matched. Output we cannot read, or a value outside the five: re-read later.
    if (!element) return /<appcmd\s*(\/>|>\s*<\/appcmd>)/.test(stdout) ? undefined : 'Unknown'
    return parseObjectState(element.attributes['state'] ?? '') ?? 'Unknown'
  }

  /** PIDs of the pool's worker processes; `list wps` prints nothing when there are none (§3.5). */
  async listWorkerProcesses(pool: string): Promise<number[]> {
    // The exit code with no match is unverified (§9 item 3): parse stdout, accept "not found".
    const { stdout } = await this.run(buildListWorkerProcessesArgs(pool), {
      accept: [APPCMD_CODES.notFound, 1]
    })
    return parseWorkerProcesses(stdout).map((wp) => wp.pid)
  }

  /** `/text:*` tree of one object, or undefined when it does not exist. */
  async readObject(object: ListableObject, id: string): Promise<AppcmdTextNode | undefined> {
    const { stdout, failure } = await this.run(buildListArgs(object, id, { text: '*' }), {
      accept: [APPCMD_CODES.notFound]
    })
    if (failure) return undefined
    return parseTextTree(stdout)[0] ?? { name: object.toUpperCase(), attributes: {}, children: [] }
  }

  /**
   * One property of one object, or undefined when the object does not exist. Read from `/xml` (xmlAttributeOf):
   * names and paths come back in the encoding the document declares, not in the console code page.
   */
  async readProperty(object: ListableObject, id: string, property: string): Promise<string | undefined> {
    const { stdout, failure } = await this.run(buildListArgs(object, id, { xml: true }), {
      accept: [APPCMD_CODES.notFound]
    })
    if (failure) return undefined
    const element = parseAppcmdXml(stdout)[0]
    if (!element) return undefined
    return element.attributes[xmlAttributeOf(object, property)] ?? ''
  }
}
