// The IIS inputs' rules, owned by the IIS steps and run twice: by the options parser before anything changes, and
// by provisioning itself. A value one accepts, the other accepts (issue 9: `bindings` once disagreed).

import { InputError } from '../../core/errors.js'
import {
  AUTHENTICATION_KINDS,
  normalizeApplicationPath,
  POOL_IDENTITIES,
  POOL_IDENTITY_TYPES,
  type AuthenticationKind,
  type PoolIdentity,
  type PoolIdentityType
} from './appcmd.js'

function quoted(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ')
}

/**
 * `application` as IIS names it: `api`, `/api/`, `\api` → `/api`; empty → `/`. Refuses what is not a virtual path:
 * quotes, line breaks, `.`/`..` segments, empty segments (`/a//b`).
 */
export function parseApplicationPath(value: string, input = 'application'): string {
  const normalized = normalizeApplicationPath(value)
  if (/["\r\n]|\/\.\.?(\/|$)|\/\//.test(normalized)) {
    throw new InputError(input, `Input '${input}' is '${value}': use a virtual path such as / or /api.`)
  }
  return normalized
}

/**
 * Why `value` cannot be an IIS site or app pool name, or undefined. Always: empty, quotes, line breaks, slashes
 * (the site name is part of appcmd's `Site/app` identifiers). For provisioning also `'` and brackets: appcmd's
 * collection indexer `[name='value']` cannot carry them (windows-facts §3.2).
 */
export function iisNameProblem(value: string, forProvisioning = false): string | undefined {
  if (value.trim() === '') return 'is empty'
  if (/["\r\n]/.test(value)) return 'contains a quote or a line break'
  if (/[/\\]/.test(value)) return 'contains a slash'
  if (forProvisioning && /['[\]]/.test(value))
    return "contains ' or a bracket, which appcmd's collection syntax cannot carry"
  return undefined
}

/** Throws an InputError naming the input when `value` is not a valid IIS name (see iisNameProblem). */
export function validateIisName(input: string, value: string, forProvisioning = false): string {
  const problem = iisNameProblem(value, forProvisioning)
  if (problem)
    throw new InputError(input, `Input '${input}' is '${value}', which ${problem}: use a plain IIS name.`)
  return value
}

/** `pool-identity`, case-insensitive, as IIS spells it; undefined when it is not one this tool manages. */
export function findPoolIdentity(value: string | undefined): PoolIdentity | undefined {
  return POOL_IDENTITIES.find((p) => p.toLowerCase() === value?.trim().toLowerCase())
}

/** Parses `pool-identity` (SpecificUser included); throws an InputError listing the identities allowed. */
export function parsePoolIdentity(value: string, input = 'pool-identity'): PoolIdentityType {
  const found = POOL_IDENTITY_TYPES.find((p) => p.toLowerCase() === value.trim().toLowerCase())
  if (!found)
    throw new InputError(
      input,
      `Input '${input}' is '${value}': allowed values are ${quoted(POOL_IDENTITY_TYPES)}.`
    )
  return found
}

/** One `authentication` line: `kind=true|false`, kind one of AUTHENTICATION_KINDS (any case). */
export function parseAuthenticationLine(
  line: string,
  input = 'authentication'
): { kind: AuthenticationKind; enabled: boolean } {
  const match = /^([A-Za-z]+)\s*=\s*(true|false)$/i.exec(line.trim())
  const kind = AUTHENTICATION_KINDS.find((k) => k === match?.[1]?.toLowerCase())
  if (!match || !kind) {
    throw new InputError(
      input,
      `Input '${input}' has '${line.trim()}': write kind=true|false per line, kind one of ${quoted(AUTHENTICATION_KINDS)}.`
    )
  }
  return { kind, enabled: match[2]?.toLowerCase() === 'true' }
}

/**
 * Why a pool environment variable cannot be written by appcmd (empty when it can). The name and value travel inside
 * the collection indexer `[name='N',value='V']` (windows-facts §3.3), which has no escape for `'`; a name has no
 * spaces or `=`. Values are never quoted back (they may be secrets).
 */
export function poolEnvironmentVariableProblems(name: string, value: string): string[] {
  const problems: string[] = []
  if (!/^[^=\s'][^='\s]*$/.test(name))
    problems.push(`'${name}' is not a valid variable name (no spaces, '=' or ')`)
  if (value.includes("'"))
    problems.push(
      `the value of '${name}' contains ', which appcmd's collection syntax cannot express. Put it in web.config (\`environment-variables\`) instead`
    )
  if (/[\r\n]/.test(value))
    problems.push(`the value of '${name}' contains a line break, which appcmd cannot carry`)
  return problems
}
