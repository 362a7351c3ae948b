// `hosting-bundle: auto` reads what the app itself asks for: the `Microsoft.AspNetCore.App` framework in its
// `<app>.runtimeconfig.json` (`runtimeOptions.framework`, or one of `runtimeOptions.frameworks`). A self-contained
// app lists `includedFrameworks` instead: it carries its runtime, so only the ASP.NET Core Module is needed.

import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../core/errors.js'
import { channelOf, parseDotnetVersion } from './version.js'

export const ASPNETCORE_FRAMEWORK = 'Microsoft.AspNetCore.App'

export interface AppFrameworkNeed {
  /** The runtimeconfig file it came from. */
  file: string
  /** framework-dependent: the server needs the shared framework; self-contained: only ANCM. */
  kind: 'framework-dependent' | 'self-contained'
  /** Version the app references (framework-dependent) or carries (self-contained). */
  version: string
  /** `8.0` for `8.0.11`. */
  channel: string
}

interface FrameworkReference {
  name: string
  version: string
}

function frameworks(value: unknown): FrameworkReference[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return []
    const { name, version } = item as Record<string, unknown>
    return typeof name === 'string' && typeof version === 'string' ? [{ name, version }] : []
  })
}

/** Reads what `text` (a runtimeconfig.json) asks of the server. `file` names it in errors. */
export function parseRuntimeConfig(text: string, file: string): AppFrameworkNeed {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new InputError(file, `${file} is not valid JSON (${(error as Error).message}).`)
  }
  const options =
    typeof json === 'object' && json !== null
      ? (json as Record<string, unknown>)['runtimeOptions']
      : undefined
  if (typeof options !== 'object' || options === null) {
    throw new InputError(file, `${file} has no 'runtimeOptions': it is not a runtimeconfig.json.`)
  }
  const o = options as Record<string, unknown>
  const included = frameworks(o['includedFrameworks'])
  const referenced = [...frameworks(o['framework']), ...frameworks(o['frameworks'])]
  const selfContained = included.length > 0
  const all = selfContained ? included : referenced
  const aspnet = all.find((f) => f.name === ASPNETCORE_FRAMEWORK)
  if (!aspnet) {
    const listed = all.map((f) => `${f.name} ${f.version}`).join(', ') || 'none'
    throw new InputError(
      'hosting-bundle',
      `Input 'hosting-bundle' is auto, but ${file} does not use ${ASPNETCORE_FRAMEWORK} (frameworks: ${listed}). Set 'hosting-bundle' to a channel (e.g. 8.0) or an exact version.`
    )
  }
  const channel = channelOf(aspnet.version)
  if (!channel || !parseDotnetVersion(aspnet.version)) {
    throw new InputError(
      file,
      `${file}: ${ASPNETCORE_FRAMEWORK} has version '${aspnet.version}', not a version.`
    )
  }
  return {
    file,
    kind: selfContained ? 'self-contained' : 'framework-dependent',
    version: aspnet.version,
    channel
  }
}

/**
 * Finds the app's runtimeconfig in `appDir`: `<appName>.runtimeconfig.json` when the name is known, else the only
 * `*.runtimeconfig.json` there (publish output has exactly one).
 */
export function findRuntimeConfig(appDir: string, appName?: string): string {
  if (appName) {
    const file = path.join(appDir, `${appName}.runtimeconfig.json`)
    if (fs.existsSync(file)) return file
    throw new InputError(
      'app-name',
      `Input 'hosting-bundle' is auto, but ${file} does not exist: check 'app-name' and 'source'.`
    )
  }
  let names: string[]
  try {
    names = fs.readdirSync(appDir).filter((name) => name.toLowerCase().endsWith('.runtimeconfig.json'))
  } catch {
    throw new InputError(
      'source',
      `Input 'hosting-bundle' is auto, but the app folder ${appDir} cannot be read.`
    )
  }
  if (names.length === 1) return path.join(appDir, names[0] as string)
  if (names.length === 0) {
    throw new InputError(
      'hosting-bundle',
      `Input 'hosting-bundle' is auto, but ${appDir} has no *.runtimeconfig.json (is it the output of dotnet publish?). Set 'hosting-bundle' to a channel (8.0) or an exact version.`
    )
  }
  throw new InputError(
    'app-name',
    `Input 'hosting-bundle' is auto, but ${appDir} has several runtimeconfig files (${names.sort().join(', ')}): set 'app-name' to say which app this is.`
  )
}

export function readAppFrameworkNeed(appDir: string, appName?: string): AppFrameworkNeed {
  const file = findRuntimeConfig(appDir, appName)
  return parseRuntimeConfig(fs.readFileSync(file, 'utf8'), file)
}
