// What kind of app is deployed (issue 13, `app-kind`): an ASP.NET Core app (web.config runs the ASP.NET Core
// Module), a .NET Framework app (web.config with `system.web`, assemblies in `bin`, served by the CLR in the pool) or a
// static site. Only an ASP.NET Core app needs the aspNetCore handler; only a .NET Framework app needs a pool that
// loads the CLR (managedRuntimeVersion v4.0). docs/app-pool-settings.md explains the detection.

import fs from 'node:fs'
import path from 'node:path'

export const APP_KINDS = ['auto', 'aspnetcore', 'netframework', 'static'] as const
export type AppKindInput = (typeof APP_KINDS)[number]
export type AppKind = Exclude<AppKindInput, 'auto'>

function entries(dir: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
  }
}

/**
 * Looks at a publish folder: a web.config that names the ASP.NET Core Module (an `aspNetCore` element or an
 * `AspNetCoreModule*` handler), or a `*.runtimeconfig.json` / `*.deps.json` at the root, is ASP.NET Core; a
 * web.config with `system.web`, or `.dll` files in `bin`, is .NET Framework; anything else is static content.
 */
export function detectAppKind(dir: string): AppKind {
  const files = entries(dir)
  const webConfig = files.find((f) => f.toLowerCase() === 'web.config')
  const text = webConfig ? fs.readFileSync(path.join(dir, webConfig), 'utf8') : ''
  if (/<aspNetCore[\s>/]|AspNetCoreModule/i.test(text)) return 'aspnetcore'
  if (files.some((f) => /\.(runtimeconfig|deps)\.json$/i.test(f))) return 'aspnetcore'
  if (/<system\.web[\s>/]/.test(text)) return 'netframework'
  const bin = files.find((f) => f.toLowerCase() === 'bin')
  if (bin && entries(path.join(dir, bin)).some((f) => /\.dll$/i.test(f))) return 'netframework'
  return 'static'
}

/** `app-kind` as given, or detected from the folder for `auto` (a zip is taken for ASP.NET Core). */
export function resolveAppKind(input: AppKindInput, dir: string | undefined): AppKind {
  if (input !== 'auto') return input
  return dir === undefined ? 'aspnetcore' : detectAppKind(dir)
}

/** The pool's CLR version for a kind: v4.0 for .NET Framework, No Managed Code (`''`) otherwise. */
export function runtimeVersionFor(kind: AppKind): string {
  return kind === 'netframework' ? 'v4.0' : ''
}
