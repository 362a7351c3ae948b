// Virtual directories under the deployed application (issue 13): `virtual-directories` lines `path=physical-path`,
// created with `appcmd add vdir` or brought to their folder with `appcmd set vdir` (iis-docs getting-started sample
// 41; docs/app-pool-settings.md). A virtual directory's path is relative to its application; vdirs the site has
// beyond the list are left alone.

import { InputError, InputErrors } from '../../core/errors.js'
import { appIdentifier, normalizeApplicationPath, type Appcmd } from './appcmd.js'

export interface VirtualDirectory {
  /** `/images`, relative to the application. */
  path: string
  /** Absolute folder on the server. */
  physicalPath: string
}

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]|^\\\\[^\\]+\\[^\\]+/

/** Parses `virtual-directories` lines (`/images=D:\media\images`); every problem is reported at once. */
export function parseVirtualDirectories(
  lines: readonly string[],
  input = 'virtual-directories'
): VirtualDirectory[] {
  const errors: InputError[] = []
  const found: VirtualDirectory[] = []
  for (const line of lines) {
    const equals = line.indexOf('=')
    const rawPath = equals < 0 ? '' : line.slice(0, equals).trim()
    const physicalPath = equals < 0 ? '' : line.slice(equals + 1).trim()
    const path = normalizeApplicationPath(rawPath)
    if (equals < 0 || rawPath === '' || physicalPath === '') {
      errors.push(
        new InputError(
          input,
          `Input '${input}' has '${line}': write path=physical-path, e.g. /images=D:\\media\\images.`
        )
      )
      continue
    }
    if (path === '/' || /["'\r\n*?<>|:]|\/\.\.?(\/|$)|\/\//.test(path)) {
      errors.push(
        new InputError(
          input,
          `Input '${input}' has path '${rawPath}': use a virtual path below the application such as /images (not /, no quotes, '..' or wildcards).`
        )
      )
      continue
    }
    if (!WINDOWS_ABSOLUTE.test(physicalPath) && !physicalPath.startsWith('/')) {
      errors.push(
        new InputError(
          input,
          `Input '${input}' has '${physicalPath}' for ${path}: use an absolute folder on the server (D:\\media or \\\\server\\share).`
        )
      )
      continue
    }
    if (found.some((v) => v.path.toLowerCase() === path.toLowerCase())) {
      errors.push(
        new InputError(input, `Input '${input}' lists ${path} twice: list each virtual directory once.`)
      )
      continue
    }
    found.push({ path, physicalPath })
  }
  if (errors.length === 1 && errors[0]) throw errors[0]
  if (errors.length > 1) throw new InputErrors(errors)
  return found
}

/** The VDIR identifier appcmd uses: `Site/images` under the root application, `Site/api/images` under /api. */
export function vdirIdentifier(site: string, application: string, path: string): string {
  const app = appIdentifier(site, application).replace(/\/$/, '')
  return `${app}${normalizeApplicationPath(path)}`
}

/** `add vdir /app.name:"Site/api" /path:/images /physicalPath:D:\media\images` (root application: `Site/`). */
export function buildAddVdirArgs(site: string, application: string, vdir: VirtualDirectory): string[] {
  return [
    'add',
    'vdir',
    `/app.name:${appIdentifier(site, application)}`,
    `/path:${vdir.path}`,
    `/physicalPath:${vdir.physicalPath}`
  ]
}

/** `set vdir "Site/api/images" /physicalPath:...`. */
export function buildSetVdirPathArgs(site: string, application: string, vdir: VirtualDirectory): string[] {
  return ['set', 'vdir', vdirIdentifier(site, application, vdir.path), `/physicalPath:${vdir.physicalPath}`]
}

function sameFolder(a: string, b: string): boolean {
  const normalize = (p: string): string => p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase()
  return /^[A-Za-z]:|^\\\\/.test(a) || a.includes('\\')
    ? normalize(a) === normalize(b)
    : a.replace(/\/+$/, '') === b.replace(/\/+$/, '')
}

export interface PlannedVdirChange {
  description: string
  command: string[]
}

/** Reads each listed vdir and returns what to run: add when missing, set when its folder differs. */
export async function planVirtualDirectories(
  appcmd: Appcmd,
  site: string,
  application: string,
  vdirs: readonly VirtualDirectory[]
): Promise<PlannedVdirChange[]> {
  const planned: PlannedVdirChange[] = []
  for (const vdir of vdirs) {
    const current = await appcmd.readProperty(
      'vdir',
      vdirIdentifier(site, application, vdir.path),
      'physicalPath'
    )
    if (current === undefined)
      planned.push({
        description: `add virtual directory ${vdir.path} → ${vdir.physicalPath}`,
        command: buildAddVdirArgs(site, application, vdir)
      })
    else if (!sameFolder(current, vdir.physicalPath))
      planned.push({
        description: `virtual directory ${vdir.path}: ${current} → ${vdir.physicalPath}`,
        command: buildSetVdirPathArgs(site, application, vdir)
      })
  }
  return planned
}
