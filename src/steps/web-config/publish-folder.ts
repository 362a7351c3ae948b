// What a `dotnet publish` folder tells about the app: its name (from `<app>.runtimeconfig.json`), whether it is
// self-contained (`<app>.exe` and no shared-framework reference), and whether a file a web.config names is there.
// Windows file names are case-insensitive, so every lookup here is too.

import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../core/errors.js'

const RUNTIMECONFIG = '.runtimeconfig.json'

/** Names in a folder, or [] when it cannot be read. */
function listFolder(folder: string): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
}

/** A file in `folder` whose name matches `name` case-insensitively (exact match preferred). */
export function findFileIgnoreCase(folder: string, name: string): string | undefined {
  const entries = listFolder(folder).filter((e) => e.isFile() || e.isSymbolicLink())
  const exact = entries.find((e) => e.name === name)
  const match = exact ?? entries.find((e) => e.name.toLowerCase() === name.toLowerCase())
  return match ? path.join(folder, match.name) : undefined
}

/** The publish folder's web.config (`Web.config` counts: IIS does not care about case). */
export function findWebConfig(publishDir: string): string | undefined {
  return findFileIgnoreCase(publishDir, 'web.config')
}

interface RuntimeConfig {
  runtimeOptions?: {
    framework?: { name?: string }
    frameworks?: Array<{ name?: string }>
    includedFrameworks?: Array<{ name?: string }>
  }
}

/** Reads `<app>.runtimeconfig.json`; undefined when absent. Invalid JSON is an InputError naming the file. */
export function readRuntimeConfig(publishDir: string, appName: string): RuntimeConfig | undefined {
  const file = findFileIgnoreCase(publishDir, `${appName}${RUNTIMECONFIG}`)
  if (!file) return undefined
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  try {
    return JSON.parse(text) as RuntimeConfig
  } catch (error) {
    throw new InputError(
      'source',
      `${file} is not valid JSON (${(error as Error).message}); re-run dotnet publish to regenerate it.`
    )
  }
}

function frameworkNames(config: RuntimeConfig | undefined): string[] {
  const options = config?.runtimeOptions
  return [
    ...(options?.framework ? [options.framework] : []),
    ...(options?.frameworks ?? []),
    ...(options?.includedFrameworks ?? [])
  ].map((f) => f.name ?? '')
}

/**
 * The assembly name of the app in a publish folder, from its `*.runtimeconfig.json` (development files such as
 * `*.dev.runtimeconfig.json` and `*.runtimeconfig.dev.json` are not apps). A runtimeconfig without its `.dll` is
 * not an app either. Several remaining candidates: those using ASP.NET Core win; still several → InputError
 * naming them and the input that settles it.
 */
export function detectAppName(publishDir: string, input = 'app-name'): string {
  const files = listFolder(publishDir)
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(RUNTIMECONFIG))
    .map((e) => e.name)
    .filter((name) => !name.toLowerCase().endsWith(`.dev${RUNTIMECONFIG}`))
    .sort()
  if (files.length === 0) {
    throw new InputError(
      input,
      `No *.runtimeconfig.json in ${publishDir}: is it the output of 'dotnet publish'? Set '${input}' to the assembly name (e.g. MyApp).`
    )
  }
  let candidates = files.map((name) => name.slice(0, -RUNTIMECONFIG.length))
  const withDll = candidates.filter((name) => findFileIgnoreCase(publishDir, `${name}.dll`))
  if (withDll.length > 0) candidates = withDll
  if (candidates.length > 1) {
    const web = candidates.filter((name) =>
      frameworkNames(readRuntimeConfig(publishDir, name)).some((f) => f === 'Microsoft.AspNetCore.App')
    )
    if (web.length > 0) candidates = web
  }
  if (candidates.length > 1) {
    throw new InputError(
      input,
      `Several apps in ${publishDir}: ${candidates.map((c) => `${c}${RUNTIMECONFIG}`).join(', ')}. Set '${input}' to the one IIS runs (e.g. ${candidates[0]}).`
    )
  }
  return candidates[0] as string
}

/**
 * True when the app runs as `<app>.exe`: the apphost is there and the runtimeconfig names no shared framework
 * (a self-contained publish lists `includedFrameworks` instead). A framework-dependent publish for Windows also
 * has `<app>.exe`, but the SDK still writes `processPath="dotnet"` for it (§2.3: UseAppHost defaults to
 * SelfContained in the web SDK).
 */
export function detectSelfContained(publishDir: string, appName: string, input = 'self-contained'): boolean {
  const config = readRuntimeConfig(publishDir, appName)
  const options = config?.runtimeOptions
  const frameworkDependent = Boolean(options?.framework || (options?.frameworks && options.frameworks.length))
  const exe = findFileIgnoreCase(publishDir, `${appName}.exe`)
  if (frameworkDependent) return false
  if (options?.includedFrameworks && !exe) {
    throw new InputError(
      input,
      `${appName} is published self-contained but ${publishDir} has no ${appName}.exe: publish for a Windows runtime (-r win-x64) or set '${input}: false'.`
    )
  }
  return Boolean(exe)
}

export type PublishFileLookup =
  | { status: 'found'; path: string }
  | { status: 'missing'; path: string }
  /** An absolute path, or one with %VARIABLES%: only the server can tell. */
  | { status: 'unchecked' }

/** Resolves a path written in web.config (`.\MyApp.dll`, `bin\App.exe`) against the publish folder. */
export function lookupPublishFile(publishDir: string, written: string): PublishFileLookup {
  const value = written.trim()
  if (value.includes('%') || path.win32.isAbsolute(value) || /^[a-z]:/i.test(value))
    return { status: 'unchecked' }
  const parts = value.split(/[\\/]+/).filter((p) => p !== '' && p !== '.')
  let current = publishDir
  for (const [index, part] of parts.entries()) {
    if (part === '..') return { status: 'unchecked' }
    const last = index === parts.length - 1
    const entries = listFolder(current)
    const match =
      entries.find((e) => e.name === part) ?? entries.find((e) => e.name.toLowerCase() === part.toLowerCase())
    if (!match || (last ? match.isDirectory() : !match.isDirectory())) {
      return { status: 'missing', path: path.join(publishDir, ...parts) }
    }
    current = path.join(current, match.name)
  }
  return parts.length ? { status: 'found', path: current } : { status: 'missing', path: publishDir }
}
