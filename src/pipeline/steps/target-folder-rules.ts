// The read-target step's rules about the folder a deploy writes to, shared with the options check (which knows only
// the inputs) so both refuse the same values before anything changes: the source and the target never the same
// folder nor one inside the other, and an existing site's folder not silently replaced by another one.

import path from 'node:path'

/** Windows paths (`C:\…`, `\\server\share`, any backslash) compare case-insensitively with `\`; others as POSIX. */
function pathApiOf(...paths: string[]): path.PlatformPath {
  return paths.some((p) => /^[A-Za-z]:|^\\\\/.test(p) || p.includes('\\')) ? path.win32 : path.posix
}

function normalize(value: string, api: path.PlatformPath): string {
  const resolved = api.resolve(value)
  return api === path.win32 ? resolved.toLowerCase() : resolved
}

/** True when `child` is `parent` or lies below it. */
export function isSameOrInside(parent: string, child: string): boolean {
  const api = pathApiOf(parent, child)
  const relative = api.relative(normalize(parent, api), normalize(child, api))
  return relative === '' || (!relative.startsWith('..') && !api.isAbsolute(relative))
}

export function isSamePath(a: string, b: string): boolean {
  const api = pathApiOf(a, b)
  return normalize(a, api) === normalize(b, api)
}

/**
 * Why the source folder cannot be deployed into `target`, or undefined. The same folder would delete or overwrite
 * what it copies; a target inside the source copies into itself (`inner/inner/…`); a source inside the target is
 * deleted or overwritten by the copy of itself. `targetName` says where the target comes from.
 */
export function sourceTargetProblem(source: string, target: string, targetName: string): string | undefined {
  const fix = `put the publish output ('source') and the site folder ('physical-path') in separate folders, neither inside the other`
  if (isSamePath(source, target))
    return `the source folder and the target folder (${targetName}) are the same folder, ${target}: ${fix}.`
  if (isSameOrInside(source, target))
    return `the target folder (${targetName}, ${target}) is inside the source folder ${source}, so the copy would copy into itself: ${fix}.`
  if (isSameOrInside(target, source))
    return `the source folder ${source} is inside the target folder (${targetName}, ${target}), so the sync would overwrite or delete the source: ${fix}.`
  return undefined
}

/**
 * Why `physical-path` cannot be used for an existing site or application that IIS serves from another folder, or
 * undefined. Without `create: true` the files would land in a folder IIS does not serve while the run reported
 * the new version live; `create: true` moves the site (provisioning sets the new physical path).
 */
export function physicalPathMismatch(options: {
  site: string
  application: string
  input: string
  live: string
}): string {
  const where =
    options.application === '/'
      ? `site '${options.site}'`
      : `application '${options.site}${options.application}'`
  return `Input 'physical-path' is '${options.input}', but IIS serves ${where} from '${options.live}'. Set 'physical-path' to '${options.live}' (or leave it empty to use the folder IIS serves), or set 'create: true' to move the ${options.application === '/' ? 'site' : 'application'} to '${options.input}'.`
}
