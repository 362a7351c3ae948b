// The hosting-bundle inputs (contract §1), parsed and validated before anything on the server changes:
// `hosting-bundle`, `hosting-bundle-args`, `hosting-bundle-url` + `hosting-bundle-sha512`, `release-metadata-url`,
// `restart-iis`.

import { redactUrls } from '../../core/secrets.js'
import { InputError, InputErrors } from '../../core/errors.js'
import { channelOf, parseDotnetVersion } from './version.js'

/** Microsoft's release metadata index (windows-facts §1.1). */
export const DEFAULT_RELEASE_METADATA_URL =
  'https://builds.dotnet.microsoft.com/dotnet/release-metadata/releases-index.json'

export type HostingBundleSpec =
  | { kind: 'none' }
  | { kind: 'auto' }
  | { kind: 'latest' }
  | { kind: 'lts' }
  | { kind: 'channel'; channel: string }
  | { kind: 'exact'; version: string }

export const RESTART_IIS_POLICIES = ['auto', 'always', 'never'] as const
export type RestartIisPolicy = (typeof RESTART_IIS_POLICIES)[number]

/** The documented bundle properties (windows-facts §1.2); the installer takes them as `NAME=0|1`. */
export const INSTALLER_PROPERTY_NAMES = [
  'OPT_NO_ANCM',
  'OPT_NO_RUNTIME',
  'OPT_NO_SHAREDFX',
  'OPT_NO_X86',
  'OPT_NO_SHARED_CONFIG_CHECK'
] as const
export type InstallerPropertyName = (typeof INSTALLER_PROPERTY_NAMES)[number]

export interface InstallerProperty {
  name: InstallerPropertyName
  value: '0' | '1'
}

export interface HostingBundleMirror {
  url: string
  /** Lower-case hex. */
  sha512: string
  /** The version the file name says (`dotnet-hosting-8.0.11-win.exe`), if it says one. */
  fileVersion?: string
}

/** Everything the step needs from the inputs, validated. */
export interface HostingBundleSettings {
  spec: HostingBundleSpec
  properties: InstallerProperty[]
  mirror?: HostingBundleMirror
  metadataUrl: string
  restartIis: RestartIisPolicy
}

const SPEC_FORMS =
  'none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11, 10.0.0-preview.7.25380.108)'

export function parseHostingBundleSpec(value: string, input = 'hosting-bundle'): HostingBundleSpec {
  const text = value.trim()
  const keyword = text.toLowerCase()
  if (keyword === '' || keyword === 'none') return { kind: 'none' }
  if (keyword === 'auto' || keyword === 'latest' || keyword === 'lts') return { kind: keyword }
  if (/^\d+\.\d+$/.test(text)) return { kind: 'channel', channel: text }
  if (parseDotnetVersion(text)) return { kind: 'exact', version: text }
  throw new InputError(input, `Input '${input}' is '${value}': use ${SPEC_FORMS}.`)
}

function splitArgs(value: string | readonly string[]): string[] {
  const parts = typeof value === 'string' ? [value] : value
  return parts.flatMap((part) => part.split(/\s+/)).filter(Boolean)
}

/**
 * `hosting-bundle-args`: only the documented `OPT_NO_*=0|1` properties. The switches (/quiet, /norestart, /log)
 * belong to the step; anything else could change what the installer does behind our back, so it is refused.
 */
export function parseHostingBundleArgs(
  value: string | readonly string[],
  input = 'hosting-bundle-args'
): InstallerProperty[] {
  const allowed = INSTALLER_PROPERTY_NAMES.map((name) => `${name}=0|1`).join(', ')
  const properties: InstallerProperty[] = []
  const refused: string[] = []
  for (const token of splitArgs(value)) {
    const match = /^([A-Z0-9_]+)=([01])$/.exec(token)
    const name = INSTALLER_PROPERTY_NAMES.find((known) => known === match?.[1])
    if (!match || !name) {
      refused.push(token)
      continue
    }
    if (properties.some((p) => p.name === name)) {
      throw new InputError(input, `Input '${input}' sets ${name} twice: keep one ${name}=0|1.`)
    }
    properties.push({ name, value: match[2] as '0' | '1' })
  }
  if (refused.length > 0) {
    const switches = refused.some((token) => /^[/-]/.test(token))
      ? ' The switches (/install /quiet /norestart /log) are set by the step.'
      : ''
    throw new InputError(
      input,
      `Input '${input}' has ${refused.map((t) => `'${t}'`).join(', ')}: only the installer properties ${allowed} are allowed.${switches}`
    )
  }
  return properties
}

export function parseRestartIisPolicy(value: string | undefined, input = 'restart-iis'): RestartIisPolicy {
  const text = (value ?? '').trim().toLowerCase() || 'auto'
  const policy = RESTART_IIS_POLICIES.find((p) => p === text)
  if (!policy) {
    throw new InputError(input, `Input '${input}' is '${value}': use ${RESTART_IIS_POLICIES.join(', ')}.`)
  }
  return policy
}

function httpUrl(value: string, input: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      input,
      `Input '${input}' is '${redactUrlCredentials(value)}': use an absolute http(s) URL.`
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(input, `Input '${input}' is '${redactUrlCredentials(value)}': use an http(s) URL.`)
  }
  return value
}

/**
 * `https://user:token@host/x?sig=abc` → `https://***@host/x?sig=***` in any text: a mirror's credentials and SAS
 * tokens never reach a message (docs/secrets.md §2).
 */
export function redactUrlCredentials(text: string): string {
  return redactUrls(text)
}

/** The version a bundle file name carries: `.../dotnet-hosting-8.0.11-win.exe` → `8.0.11`. */
export function versionFromBundleFileName(url: string): string | undefined {
  let name: string
  try {
    name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '')
  } catch {
    return undefined
  }
  const match = /^dotnet-hosting-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+?)?)-win\.exe$/i.exec(name)
  return match?.[1]
}

export interface RawHostingBundleInputs {
  hostingBundle?: string
  /** Whitespace-separated (the action input) or already split (DeployOptions.hostingBundleArgs). */
  hostingBundleArgs?: string | readonly string[]
  hostingBundleUrl?: string
  hostingBundleSha512?: string
  releaseMetadataUrl?: string
  restartIis?: string
}

/** Validates every hosting-bundle input at once: one InputError, or InputErrors listing all problems. */
export function parseHostingBundleInputs(raw: RawHostingBundleInputs): HostingBundleSettings {
  const errors: InputError[] = []
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn()
    } catch (error) {
      if (error instanceof InputError) errors.push(error)
      else throw error
      return fallback
    }
  }
  const spec = attempt(() => parseHostingBundleSpec(raw.hostingBundle ?? 'none'), { kind: 'none' })
  const properties = attempt(() => parseHostingBundleArgs(raw.hostingBundleArgs ?? ''), [])
  const restartIis = attempt(() => parseRestartIisPolicy(raw.restartIis), 'auto')
  const metadataUrl = raw.releaseMetadataUrl?.trim()
    ? attempt(
        () => httpUrl(raw.releaseMetadataUrl!.trim(), 'release-metadata-url'),
        DEFAULT_RELEASE_METADATA_URL
      )
    : DEFAULT_RELEASE_METADATA_URL

  let mirror: HostingBundleMirror | undefined
  const url = raw.hostingBundleUrl?.trim()
  const sha512 = raw.hostingBundleSha512?.trim()
  if (url && sha512) {
    const checkedUrl = attempt(() => httpUrl(url, 'hosting-bundle-url'), undefined)
    if (!/^[0-9a-fA-F]{128}$/.test(sha512)) {
      errors.push(
        new InputError(
          'hosting-bundle-sha512',
          `Input 'hosting-bundle-sha512' is '${sha512}': use the 128 hex digits of the installer's SHA-512.`
        )
      )
    } else if (checkedUrl) {
      mirror = { url: checkedUrl, sha512: sha512.toLowerCase(), fileVersion: versionFromBundleFileName(url) }
    }
  } else if (url || sha512) {
    const missing = url ? 'hosting-bundle-sha512' : 'hosting-bundle-url'
    errors.push(
      new InputError(
        missing,
        `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: '${missing}' is missing. Set both to install from your own mirror, or neither.`
      )
    )
  }
  if (mirror && spec.kind !== 'none') {
    const problem = mirrorProblem(spec, mirror)
    if (problem) errors.push(new InputError('hosting-bundle-url', problem))
  }

  if (errors.length === 1) throw errors[0]
  if (errors.length > 1) throw new InputErrors(errors)
  return { spec, properties, mirror, metadataUrl, restartIis }
}

/** A mirror must say which version it serves, and that version must match an exact or channel spec. */
function mirrorProblem(spec: HostingBundleSpec, mirror: HostingBundleMirror): string | undefined {
  const fileVersion = mirror.fileVersion
  if (spec.kind === 'exact') {
    if (fileVersion && fileVersion !== spec.version) {
      return `Input 'hosting-bundle-url' serves ${fileVersion} (its file name says so) but 'hosting-bundle' asks for ${spec.version}: make them agree.`
    }
    return undefined
  }
  if (!fileVersion) {
    return `Input 'hosting-bundle-url' (${redactUrlCredentials(mirror.url)}) does not name its version (dotnet-hosting-<version>-win.exe): set 'hosting-bundle' to the exact version the mirror serves.`
  }
  if (spec.kind === 'channel' && channelOf(fileVersion) !== spec.channel) {
    return `Input 'hosting-bundle-url' serves ${fileVersion}, which is not in channel ${spec.channel} asked by 'hosting-bundle'.`
  }
  return undefined
}
