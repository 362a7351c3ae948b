// Resolves a hosting-bundle request to one installer: version, URL and SHA-512, through Microsoft's release metadata
// (windows-facts §1.1): releases-index.json → the channel's releases.json → the release's
// `aspnetcore-runtime.files[name == "dotnet-hosting-win.exe"]`. The version is always `aspnetcore-runtime.version`
// (for previews it differs from the runtime build string).

import { InputError } from '../../core/errors.js'
import type { HttpClient } from '../../core/ports.js'
import { DEFAULT_RELEASE_METADATA_URL, parseHostingBundleSpec, redactUrlCredentials } from './inputs.js'
import { channelOf, compareChannels, compareVersions, isPrerelease } from './version.js'

/** What to resolve. `minimum` is what `auto` asks: that channel, at least that version. */
export type HostingBundleRequest =
  | { kind: 'latest' }
  | { kind: 'lts' }
  | { kind: 'channel'; channel: string }
  | { kind: 'exact'; version: string }
  | { kind: 'minimum'; channel: string; minimum: string }

export interface ResolvedHostingBundle {
  /** The ASP.NET Core version the bundle installs (`aspnetcore-runtime.version`). */
  version: string
  url: string
  /** Lower-case hex SHA-512 of the installer. */
  sha512: string
  channel: string
  releaseVersion?: string
  releaseDate?: string
  security?: boolean
  supportPhase?: string
  releaseType?: string
  eolDate?: string
  /** ANCM MSI version shipped in the bundle (`version-aspnetcoremodule[0]`). */
  ancmVersion?: string
  /** Newest release of the channel, when it is newer than `version` (an exact version was asked). */
  newerInChannel?: string
  /** Things the user should know (end-of-life channel...). */
  warnings: string[]
}

export interface ResolveOptions {
  http: HttpClient
  /** releases-index.json (`release-metadata-url`); Microsoft's by default. */
  metadataUrl?: string
  signal?: AbortSignal
  timeoutMs?: number
}

/** The metadata could not be read: HTTP error, network error, broken JSON, unexpected shape. Names the URL. */
export class ReleaseMetadataError extends Error {
  override name = 'ReleaseMetadataError'
  constructor(
    readonly url: string,
    message: string
  ) {
    super(message)
  }
}

export interface ChannelEntry {
  channel: string
  supportPhase?: string
  releaseType?: string
  eolDate?: string
  latestRelease?: string
  releasesJson: string
}

export interface HostingRelease {
  version: string
  releaseVersion?: string
  releaseDate?: string
  security?: boolean
  ancmVersion?: string
  url: string
  sha512: string
}

const SUPPORTED_PHASES = ['active', 'maintenance']
const HOSTING_FILE = 'dotnet-hosting-win.exe'
const METADATA_FIX =
  "check 'release-metadata-url' (a mirror must serve the same JSON as Microsoft's) and the network"

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function parseJson(body: string, url: string): unknown {
  try {
    return JSON.parse(body)
  } catch (error) {
    throw new ReleaseMetadataError(
      url,
      `Release metadata at ${url} is not valid JSON (${(error as Error).message}): ${METADATA_FIX}.`
    )
  }
}

/** releases-index.json → channel entries (`releases.json` made absolute against the index URL). */
export function parseReleasesIndex(body: string, url: string): ChannelEntry[] {
  const json = parseJson(body, url)
  const list = isObject(json) ? json['releases-index'] : undefined
  if (!Array.isArray(list)) {
    throw new ReleaseMetadataError(
      url,
      `Release metadata at ${url} has no 'releases-index' array: it is not a .NET releases-index.json; ${METADATA_FIX}.`
    )
  }
  const entries: ChannelEntry[] = []
  for (const item of list) {
    if (!isObject(item)) continue
    const channel = text(item['channel-version'])
    if (!channel || !/^\d+\.\d+$/.test(channel)) continue
    const releasesJson = text(item['releases.json'])
    entries.push({
      channel,
      supportPhase: text(item['support-phase'])?.toLowerCase(),
      releaseType: text(item['release-type'])?.toLowerCase(),
      eolDate: text(item['eol-date']),
      latestRelease: text(item['latest-release']),
      // A mirror may omit the field: fall back to the documented layout next to the index.
      releasesJson: new URL(releasesJson ?? `${channel}/releases.json`, url).toString()
    })
  }
  return entries
}

/** A channel's releases.json → the releases that carry a Hosting Bundle, in file order (newest first). */
export function parseChannelReleases(body: string, url: string): HostingRelease[] {
  const json = parseJson(body, url)
  const list = isObject(json) ? json['releases'] : undefined
  if (!Array.isArray(list)) {
    throw new ReleaseMetadataError(
      url,
      `Release metadata at ${url} has no 'releases' array: it is not a channel releases.json; ${METADATA_FIX}.`
    )
  }
  const releases: HostingRelease[] = []
  for (const item of list) {
    if (!isObject(item)) continue
    // Old channels (2.1) have SDK-only releases whose aspnetcore-runtime is null: they carry no bundle.
    const aspnet = item['aspnetcore-runtime']
    if (!isObject(aspnet)) continue
    const version = text(aspnet['version'])
    const files = Array.isArray(aspnet['files']) ? aspnet['files'] : []
    const file = files.find((f): f is Json => isObject(f) && f['name'] === HOSTING_FILE)
    if (!version || !file) continue
    const fileUrl = text(file['url'])
    const hash = text(file['hash'])
    if (!fileUrl || !hash || !/^[0-9a-fA-F]{128}$/.test(hash)) {
      throw new ReleaseMetadataError(
        url,
        `Release metadata at ${url}: ${HOSTING_FILE} of ${version} has no url or no SHA-512 hash (128 hex digits); ${METADATA_FIX}.`
      )
    }
    const ancm = aspnet['version-aspnetcoremodule']
    releases.push({
      version,
      releaseVersion: text(item['release-version']),
      releaseDate: text(item['release-date']),
      security: typeof item['security'] === 'boolean' ? item['security'] : undefined,
      ancmVersion: Array.isArray(ancm) ? text(ancm[0]) : text(ancm),
      url: new URL(fileUrl, url).toString(),
      sha512: hash.toLowerCase()
    })
  }
  return releases
}

function describeChannels(entries: ChannelEntry[]): string {
  return [...entries]
    .sort((a, b) => compareChannels(b.channel, a.channel))
    .map((e) => `${e.channel}${e.supportPhase ? ` (${e.supportPhase})` : ''}`)
    .join(', ')
}

/** Picks the channel for a request; `latest`/`lts` take the highest supported (active or maintenance) one. */
export function chooseChannel(
  entries: ChannelEntry[],
  request: HostingBundleRequest,
  url: string
): ChannelEntry {
  if (request.kind === 'latest' || request.kind === 'lts') {
    const supported = entries
      .filter((e) => SUPPORTED_PHASES.includes(e.supportPhase ?? ''))
      .filter((e) => request.kind === 'latest' || e.releaseType === 'lts')
      .sort((a, b) => compareChannels(b.channel, a.channel))
    const chosen = supported[0]
    if (!chosen) {
      throw new ReleaseMetadataError(
        url,
        `Release metadata at ${url} lists no ${request.kind === 'lts' ? 'LTS ' : ''}channel in support (active or maintenance); channels: ${describeChannels(entries) || 'none'}. ${METADATA_FIX}.`
      )
    }
    return chosen
  }
  const channel = request.kind === 'exact' ? channelOf(request.version) : request.channel
  const entry = entries.find((e) => e.channel === channel)
  if (!entry) {
    const asked =
      request.kind === 'exact' ? request.version : request.kind === 'minimum' ? request.minimum : channel
    throw new InputError(
      'hosting-bundle',
      `Input 'hosting-bundle': there is no .NET channel ${channel} (for ${asked}) in ${url}. Known channels: ${describeChannels(entries) || 'none'}.`
    )
  }
  return entry
}

function newestStable(releases: HostingRelease[]): HostingRelease | undefined {
  return releases
    .filter((r) => !isPrerelease(r.version))
    .sort((a, b) => compareVersions(b.version, a.version))[0]
}

/** Picks the release for a request within its channel. Previews only when asked by exact version. */
export function chooseRelease(
  releases: HostingRelease[],
  request: HostingBundleRequest,
  channel: string,
  url: string
): HostingRelease {
  const stable = newestStable(releases)
  const recent = releases
    .map((r) => r.version)
    .sort((a, b) => compareVersions(b, a))
    .slice(0, 5)
    .join(', ')
  const exact = request.kind === 'exact' ? request.version : undefined
  const minimum = request.kind === 'minimum' ? request.minimum : undefined
  // An app built against a preview names that preview: it is an exact ask.
  const wanted = exact ?? (minimum && isPrerelease(minimum) ? minimum : undefined)
  if (wanted) {
    const byRelease = releases.filter((r) => r.releaseVersion === wanted)
    const found =
      releases.find((r) => r.version === wanted) ?? (byRelease.length === 1 ? byRelease[0] : undefined)
    if (!found) {
      throw new InputError(
        'hosting-bundle',
        `Input 'hosting-bundle': ASP.NET Core ${wanted} is not a release of channel ${channel} in ${url}. Newest releases: ${recent || 'none'}.`
      )
    }
    return found
  }
  if (minimum) {
    const candidate = stable && compareVersions(stable.version, minimum) >= 0 ? stable : undefined
    if (!candidate) {
      throw new InputError(
        'hosting-bundle',
        `Input 'hosting-bundle' (auto): the app needs ASP.NET Core ${minimum} or a later ${channel} patch, but the newest release of channel ${channel} in ${url} is ${stable?.version ?? 'none'}.`
      )
    }
    return candidate
  }
  if (!stable) {
    const preview = releases[0]?.version
    throw new InputError(
      'hosting-bundle',
      preview
        ? `Input 'hosting-bundle': channel ${channel} has only previews (newest: ${preview}). Previews are installed only when asked by exact version, e.g. hosting-bundle: ${preview}.`
        : `Input 'hosting-bundle': channel ${channel} in ${url} has no release with a Hosting Bundle (${HOSTING_FILE}).`
    )
  }
  return stable
}

async function getJsonText(http: HttpClient, url: string, options: ResolveOptions): Promise<string> {
  let current = url
  // Follow a few same-or-safer-scheme redirects (a mirror behind a CDN); the port itself never follows any.
  for (let hop = 0; hop < 4; hop++) {
    let response
    try {
      response = await http.get(current, {
        headers: { accept: 'application/json' },
        timeoutMs: options.timeoutMs ?? 30_000,
        signal: options.signal
      })
    } catch (error) {
      if ((error as Error).name === 'CancelledError') throw error
      throw new ReleaseMetadataError(
        current,
        `Could not read release metadata from ${current}: ${(error as Error).message}. ${METADATA_FIX}.`
      )
    }
    const location = response.headers['location']
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, current)
      if (new URL(current).protocol === 'https:' && next.protocol !== 'https:') {
        throw new ReleaseMetadataError(current, `${current} redirects to ${next} (https to http): refused.`)
      }
      current = next.toString()
      continue
    }
    if (response.status !== 200) {
      throw new ReleaseMetadataError(
        current,
        `Release metadata at ${current} answered HTTP ${response.status}: ${METADATA_FIX}.`
      )
    }
    return response.body
  }
  throw new ReleaseMetadataError(url, `Release metadata at ${url} redirects too often: ${METADATA_FIX}.`)
}

function toRequest(spec: string): HostingBundleRequest {
  const parsed = parseHostingBundleSpec(spec)
  if (parsed.kind === 'none' || parsed.kind === 'auto') {
    throw new InputError(
      'hosting-bundle',
      `'${spec}' cannot be resolved on its own: use latest, lts, a channel (8.0) or an exact version (8.0.11).`
    )
  }
  return parsed
}

/** Resolves `request` (or a spec string: latest, lts, 8.0, 8.0.11) to one installer through the metadata. */
export async function resolveHostingBundle(
  request: HostingBundleRequest | string,
  options: ResolveOptions
): Promise<ResolvedHostingBundle> {
  try {
    return await resolveWith(request, options)
  } catch (error) {
    // A metadata mirror URL may carry credentials: they never reach a message.
    if (error instanceof Error) error.message = redactUrlCredentials(error.message)
    throw error
  }
}

async function resolveWith(
  request: HostingBundleRequest | string,
  options: ResolveOptions
): Promise<ResolvedHostingBundle> {
  const wanted = typeof request === 'string' ? toRequest(request) : request
  const indexUrl = options.metadataUrl ?? DEFAULT_RELEASE_METADATA_URL
  const entries = parseReleasesIndex(await getJsonText(options.http, indexUrl, options), indexUrl)
  const entry = chooseChannel(entries, wanted, indexUrl)
  const releases = parseChannelReleases(
    await getJsonText(options.http, entry.releasesJson, options),
    entry.releasesJson
  )
  const release = chooseRelease(releases, wanted, entry.channel, entry.releasesJson)
  const warnings: string[] = []
  if (entry.supportPhase === 'eol') {
    warnings.push(
      `.NET ${entry.channel} is out of support${entry.eolDate ? ` since ${entry.eolDate}` : ''}: ASP.NET Core ${release.version} gets no security fixes. Move the app to a supported channel.`
    )
  }
  const newest = newestStable(releases)
  const newerInChannel =
    newest && !isPrerelease(release.version) && compareVersions(newest.version, release.version) > 0
      ? newest.version
      : undefined
  return {
    version: release.version,
    url: release.url,
    sha512: release.sha512,
    channel: entry.channel,
    releaseVersion: release.releaseVersion,
    releaseDate: release.releaseDate,
    security: release.security,
    supportPhase: entry.supportPhase,
    releaseType: entry.releaseType,
    eolDate: entry.eolDate,
    ancmVersion: release.ancmVersion,
    newerInChannel,
    warnings
  }
}
