// What the server already has, found before anything is downloaded (windows-facts §1.4, §1.5):
// - IIS: `HKLM\SOFTWARE\Microsoft\InetStp` (version) and its `Components` CoreWebEngine=1 + W3SVC=1, the very
//   condition under which the bundle installs ANCM;
// - ANCM V2: `HKLM\SOFTWARE\Microsoft\IIS Extensions\IIS AspNetCore Module V2` Install=1 / Version, and the shim
//   `%ProgramFiles%\IIS\Asp.Net Core Module\V2\aspnetcorev2.dll`;
// - the ASP.NET Core shared framework: the InstalledVersions key (32-bit view), the per-version Shared Framework
//   keys (not written by every version, so never the only signal), and `dotnet --list-runtimes`.
// Every source that sees a version counts: a false "missing" costs a reinstall and an IIS restart of every site.

import fs from 'node:fs'
import path from 'node:path'
import { ToolNotFoundError } from '../../core/errors.js'
import type { CommandRunner, Reporter } from '../../core/ports.js'
import type { ToolName } from '../../core/tools.js'
import { findValue, keyLeaf, parseRegQuery, regNumber, type RegKey } from './reg-query.js'
import { ASPNETCORE_FRAMEWORK } from './runtime-config.js'
import { channelOf, compareVersions, isPrerelease, parseDotnetVersion } from './version.js'

export const INETSTP_KEY = 'HKLM\\SOFTWARE\\Microsoft\\InetStp'
export const ANCM_V2_KEY = 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2'
export const SHARED_FRAMEWORK_KEY = 'HKLM\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework'

export type DotnetArchitecture = 'x64' | 'x86' | 'arm64'

/** One REG_DWORD per installed version, in the 32-bit registry view (§1.5). */
export function installedVersionsKey(arch: DotnetArchitecture, framework = ASPNETCORE_FRAMEWORK): string {
  return `HKLM\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\${arch}\\sharedfx\\${framework}`
}

/** Finds tools (ToolResolver fits). */
export interface ToolLocator {
  resolve(tool: ToolName): Promise<string>
}

export interface IisDetection {
  /** CoreWebEngine and W3SVC installed: the bundle will install ANCM. */
  present: boolean
  /** `10.0` from MajorVersion/MinorVersion. */
  version?: string
}

export interface AncmDetection {
  present: boolean
  /** ANCM MSI version from the registry. */
  version?: string
  /** Install=1 in the registry. */
  registry: boolean
  /** The shim DLL, when it exists. */
  dll?: string
}

export interface InstalledFramework {
  version: string
  /** Where it was seen: `registry`, `dotnet --list-runtimes`. */
  sources: string[]
}

export interface HostingDetection {
  iis: IisDetection
  ancm: AncmDetection
  /** Microsoft.AspNetCore.App versions, ascending. */
  aspNetCore: InstalledFramework[]
  /** The dotnet that was asked, if one was found. */
  dotnet?: string
}

/** `reg query <InetStp> /s` → IIS presence per the bundle's ANCM condition (§1.4). */
export function parseIisRegistry(keys: RegKey[]): IisDetection {
  const root = keys.find((k) => /\\InetStp$/i.test(k.path))
  const components = keys.find((k) => /\\InetStp\\Components$/i.test(k.path))
  const major = regNumber(findValue(root, 'MajorVersion'))
  const minor = regNumber(findValue(root, 'MinorVersion'))
  const present =
    regNumber(findValue(components, 'CoreWebEngine')) === 1 && regNumber(findValue(components, 'W3SVC')) === 1
  return { present, version: major === undefined ? undefined : `${major}.${minor ?? 0}` }
}

/** `reg query <ANCM V2 key>` → Install / Version. */
export function parseAncmRegistry(keys: RegKey[]): { installed: boolean; version?: string } {
  const key = keys.find((k) => /\\IIS AspNetCore Module V2$/i.test(k.path))
  const version = findValue(key, 'Version')?.data
  return { installed: regNumber(findValue(key, 'Install')) === 1, version: version || undefined }
}

/** `reg query <InstalledVersions...\Microsoft.AspNetCore.App>` → versions whose value is 1. */
export function parseInstalledVersions(keys: RegKey[]): string[] {
  return keys
    .flatMap((k) => k.values)
    .filter((v) => parseDotnetVersion(v.name) && regNumber(v) !== 0)
    .map((v) => v.name)
}

/** `reg query <Shared Framework> /s` → versions from the `v8.0\8.0.11` keys (their `Version` value as fallback). */
export function parseSharedFrameworkRegistry(keys: RegKey[]): string[] {
  const versions: string[] = []
  for (const key of keys) {
    if (!/\\Shared Framework\\v\d+\.\d+\\[^\\]+$/i.test(key.path)) continue
    const leaf = keyLeaf(key)
    const value = findValue(key, 'Version')?.data ?? ''
    if (parseDotnetVersion(leaf)) versions.push(leaf)
    else if (parseDotnetVersion(value)) versions.push(value)
  }
  return versions
}

export interface ListedRuntime {
  name: string
  version: string
  path: string
}

/** `dotnet --list-runtimes` lines: `Microsoft.AspNetCore.App 8.0.11 [C:\Program Files\dotnet\shared\...]` (§1.5). */
export function parseListRuntimes(output: string): ListedRuntime[] {
  const runtimes: ListedRuntime[] = []
  for (const line of output.split(/\r?\n/)) {
    const match = /^(\S+) (\S+) \[(.+)\]$/.exec(line.trim())
    if (match)
      runtimes.push({ name: match[1] as string, version: match[2] as string, path: match[3] as string })
  }
  return runtimes
}

/** What must be installed: that exact version, or that channel at least at that version. */
export type FrameworkNeed =
  { kind: 'exact'; version: string } | { kind: 'minimum'; channel: string; minimum: string }

/** The highest installed version that meets `need` (a preview minimum must be met exactly), or undefined. */
export function findSatisfying(installed: readonly string[], need: FrameworkNeed): string | undefined {
  const matching = installed.filter((version) => {
    if (need.kind === 'exact' || isPrerelease(need.minimum)) {
      return version === (need.kind === 'exact' ? need.version : need.minimum)
    }
    return channelOf(version) === need.channel && compareVersions(version, need.minimum) >= 0
  })
  return matching.sort(compareVersions).pop()
}

export function describeNeed(need: FrameworkNeed): string {
  return need.kind === 'exact' || isPrerelease(need.minimum)
    ? `${ASPNETCORE_FRAMEWORK} ${need.kind === 'exact' ? need.version : need.minimum}`
    : `${ASPNETCORE_FRAMEWORK} ${need.minimum} or a later ${need.channel} patch`
}

/** One line for the log: what was found where. */
export function describeDetection(found: HostingDetection): string {
  const iis = found.iis.present
    ? `IIS ${found.iis.version ?? ''}`.trim()
    : `IIS not installed (no CoreWebEngine + W3SVC under ${INETSTP_KEY}\\Components)`
  const ancmSources = [found.ancm.registry ? 'registry' : '', found.ancm.dll ? found.ancm.dll : '']
    .filter(Boolean)
    .join(', ')
  const ancm = found.ancm.present
    ? `ASP.NET Core Module V2 ${found.ancm.version ?? ''} (${ancmSources})`.replace(/ {2,}/g, ' ')
    : 'no ASP.NET Core Module V2'
  const frameworks = found.aspNetCore.length
    ? `${ASPNETCORE_FRAMEWORK} ${found.aspNetCore.map((f) => `${f.version} (${f.sources.join(', ')})`).join(', ')}`
    : `no ${ASPNETCORE_FRAMEWORK}`
  return `Found: ${iis}; ${ancm}; ${frameworks}.`
}

function envValue(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : env[key]
}

/** The native architecture the IIS worker runs as (PROCESSOR_ARCHITEW6432 when node itself is 32-bit). */
export function dotnetArchitecture(env: Readonly<Record<string, string | undefined>>): DotnetArchitecture {
  const arch = (
    envValue(env, 'PROCESSOR_ARCHITEW6432') ??
    envValue(env, 'PROCESSOR_ARCHITECTURE') ??
    ''
  ).toUpperCase()
  if (arch === 'ARM64') return 'arm64'
  if (arch === 'X86') return 'x86'
  return 'x64'
}

export interface DetectContext {
  runner: CommandRunner
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  tools: ToolLocator
  reporter?: Reporter
  signal?: AbortSignal
  /** Kill a hanging reg/dotnet after this long. */
  timeoutMs?: number
}

/** 64-bit Program Files: a 32-bit node on 64-bit Windows sees `ProgramFiles` as `Program Files (x86)`. */
function programFiles(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return envValue(env, 'ProgramW6432') ?? envValue(env, 'ProgramFiles')
}

async function regQuery(context: DetectContext, reg: string, args: string[]): Promise<RegKey[]> {
  // A 32-bit node on 64-bit Windows starts the 32-bit reg.exe, which reads the 32-bit view: ask for the 64-bit one
  // (keys under WOW6432Node are named explicitly, so they read the same either way).
  const view = envValue(context.env, 'PROCESSOR_ARCHITEW6432') ? ['/reg:64'] : []
  const result = await context.runner.run(reg, ['query', ...args, ...view], {
    silent: true,
    signal: context.signal,
    timeoutMs: context.timeoutMs ?? 60_000
  })
  // Exit 1 + "ERROR: The system was unable to find the specified registry key or value.": not there.
  if (result.exitCode !== 0) {
    context.reporter?.debug(`reg query ${args.join(' ')}: exit ${result.exitCode} ${result.stderr.trim()}`)
    return []
  }
  return parseRegQuery(result.stdout)
}

/** The dotnet IIS uses is the machine-wide one; fall back to discovery (PATH) elsewhere. */
async function findDotnet(context: DetectContext): Promise<string | undefined> {
  if (context.platform === 'win32') {
    const machineWide = path.win32.join(
      programFiles(context.env) ?? 'C:\\Program Files',
      'dotnet',
      'dotnet.exe'
    )
    if (fs.existsSync(machineWide)) return machineWide
  }
  try {
    return await context.tools.resolve('dotnet')
  } catch (error) {
    if (error instanceof ToolNotFoundError) return undefined
    throw error
  }
}

/** The ANCM shim DLL path (§1.5), or undefined when ProgramFiles is unknown off Windows. */
export function ancmDllPath(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform
): string | undefined {
  const root = programFiles(env) ?? (platform === 'win32' ? 'C:\\Program Files' : undefined)
  if (!root) return undefined
  const p = platform === 'win32' ? path.win32 : path.posix
  return p.join(root, 'IIS', 'Asp.Net Core Module', 'V2', 'aspnetcorev2.dll')
}

async function listRuntimes(context: DetectContext, dotnet: string | undefined): Promise<ListedRuntime[]> {
  if (!dotnet) return []
  const listed = await context.runner.run(dotnet, ['--list-runtimes'], {
    silent: true,
    signal: context.signal,
    timeoutMs: context.timeoutMs ?? 60_000
  })
  if (listed.exitCode === 0) return parseListRuntimes(listed.stdout)
  context.reporter?.debug(`${dotnet} --list-runtimes: exit ${listed.exitCode} ${listed.stderr.trim()}`)
  return []
}

export async function detectHostingBundle(context: DetectContext): Promise<HostingDetection> {
  const reg = await context.tools.resolve('reg')
  const arch = dotnetArchitecture(context.env)
  // Read-only queries: run them side by side.
  const dotnetFound = findDotnet(context)
  const [inetStp, ancmKeys, installedVersions, sharedFramework, runtimes] = await Promise.all([
    regQuery(context, reg, [INETSTP_KEY, '/s']),
    regQuery(context, reg, [ANCM_V2_KEY]),
    regQuery(context, reg, [installedVersionsKey(arch)]),
    regQuery(context, reg, [SHARED_FRAMEWORK_KEY, '/s']),
    dotnetFound.then((dotnet) => listRuntimes(context, dotnet))
  ])
  const dotnet = await dotnetFound
  const iis = parseIisRegistry(inetStp)
  const ancmRegistry = parseAncmRegistry(ancmKeys)
  const dllPath = ancmDllPath(context.env, context.platform)
  const dll = dllPath && fs.existsSync(dllPath) ? dllPath : undefined

  const sources = new Map<string, Set<string>>()
  const see = (version: string, source: string): void => {
    sources.set(version, (sources.get(version) ?? new Set()).add(source))
  }
  for (const version of parseInstalledVersions(installedVersions)) see(version, 'registry')
  for (const version of parseSharedFrameworkRegistry(sharedFramework)) see(version, 'registry')
  for (const runtime of runtimes) {
    if (runtime.name === ASPNETCORE_FRAMEWORK) see(runtime.version, 'dotnet --list-runtimes')
  }
  const aspNetCore = [...sources.keys()]
    .sort(compareVersions)
    .map((version) => ({ version, sources: [...(sources.get(version) ?? [])] }))
  return {
    iis,
    ancm: {
      present: ancmRegistry.installed || dll !== undefined,
      version: ancmRegistry.version,
      registry: ancmRegistry.installed,
      dll
    },
    aspNetCore,
    dotnet
  }
}
