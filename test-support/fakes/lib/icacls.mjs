// The fake icacls.exe (windows-facts §7): `icacls <path> /grant[:r] "<principal>:<perm>" [/T] [/C] [/L] [/Q]`,
// `/remove[:g|:d] <principal>`, `/inheritance:e|d|r`, `/reset`, and `icacls <path>` to list. Grants are recorded in
// the fake IIS state; `IIS AppPool\<pool>` resolves only while the pool exists, like the virtual account.
import fs from 'node:fs'
import path from 'node:path'
import { logCommand, takeCommandFault } from './common.mjs'
import { canonicalPath, isWindowsPath, resolveStateDir, updateState } from './iis-state.mjs'
import { accountName, icaclsNoMapping, icaclsSummary } from './locale.mjs'

/** @typedef {import('./iis-state.mjs').AclGrant} AclGrant */

const BUILT_IN = [
  'Everyone',
  'Users',
  'Administrators',
  'SYSTEM',
  'IIS_IUSRS',
  'IUSR',
  'NETWORK SERVICE',
  'LOCAL SERVICE',
  'Authenticated Users',
  'CREATOR OWNER',
  'BUILTIN\\Users',
  'BUILTIN\\Administrators',
  'BUILTIN\\IIS_IUSRS',
  'NT AUTHORITY\\SYSTEM',
  'NT AUTHORITY\\NETWORK SERVICE',
  'NT AUTHORITY\\LOCAL SERVICE',
  'NT AUTHORITY\\Authenticated Users',
  'NT AUTHORITY\\IUSR'
]
const SIMPLE = ['N', 'F', 'M', 'RX', 'R', 'W', 'D']
const SPECIFIC = [
  'D',
  'DE',
  'RC',
  'WDAC',
  'WO',
  'S',
  'AS',
  'MA',
  'GR',
  'GW',
  'GE',
  'GA',
  'RD',
  'WD',
  'AD',
  'REA',
  'WEA',
  'X',
  'DC',
  'RA',
  'WA'
]
const INHERITANCE = ['OI', 'CI', 'IO', 'NP', 'I']

const SUMMARY = (/** @type {number} */ ok, /** @type {number} */ failed) => icaclsSummary(ok, failed)

/**
 * `IIS AppPool\P:(OI)(CI)(RX)` → { principal, perms: 'RX', inheritance: '(OI)(CI)' }.
 * @param {string} arg @returns {AclGrant | undefined}
 */
export function parseGrant(arg) {
  const colon = arg.lastIndexOf(':')
  if (colon <= 0) return undefined
  const principal = arg.slice(0, colon)
  let spec = arg.slice(colon + 1)
  /** @type {string[]} */
  const inherit = []
  /** @type {string | undefined} */
  let perms
  while (spec.length > 0) {
    const group = spec.match(/^\(([^)]*)\)/)
    const token = group ? /** @type {string} */ (group[1]).toUpperCase() : spec.toUpperCase()
    spec = group ? spec.slice(group[0].length) : ''
    if (INHERITANCE.includes(token)) inherit.push(`(${token})`)
    else if (perms === undefined && SIMPLE.includes(token)) perms = token
    else if (perms === undefined && token.split(',').every((t) => SPECIFIC.includes(t))) perms = token
    else return undefined
  }
  if (perms === undefined) return undefined
  return { principal, perms, inheritance: inherit.join('') }
}

/** @param {import('./iis-state.mjs').State} state @param {string} principal */
function resolves(state, principal) {
  const p = principal.toLowerCase()
  if (/^\*s-1-[\d-]+$/.test(p)) return true
  const pool = p.match(/^iis apppool\\(.+)$/)
  if (pool) return state.pools.some((x) => x.name.toLowerCase() === pool[1])
  return [...BUILT_IN, ...state.accounts].some((a) => a.toLowerCase() === p)
}

/** @param {string} target @param {boolean} recursive */
function filesOf(target, recursive) {
  if (isWindowsPath(target)) return [target]
  /** @type {string[]} */
  const out = [target]
  if (!recursive) return out
  const walk = (/** @type {string} */ dir) => {
    let entries
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      const full = path.join(dir, e.name)
      out.push(full)
      if (e.isDirectory()) walk(full)
    }
  }
  walk(target)
  return out
}

/**
 * How icacls shows a principal: by its (localized) account name; a SID the fake cannot name stays as given.
 * @param {string} principal
 */
function displayName(principal) {
  if (!principal.startsWith('*')) return principal
  return accountName(principal.slice(1)) ?? principal
}

/** @param {AclGrant} g @param {string} [prefix] */
const render = (g, prefix = '') => `${displayName(g.principal)}:${prefix}${g.inheritance}(${g.perms})`

/** @param {import('./iis-state.mjs').State} state @param {string} target */
function listing(state, target) {
  const key = canonicalPath(target)
  const isDir = isWindowsPath(target) || fs.statSync(target).isDirectory()
  /** @type {string[]} */
  const entries = (state.acls[key] ?? []).map((g) => render(g))
  // Inherited entries from ancestors: (OI) reaches files, (CI) reaches folders (shown with (I)).
  for (const [other, grants] of Object.entries(state.acls)) {
    if (other === key || !key.startsWith(other + (isWindowsPath(target) ? '\\' : '/'))) continue
    for (const g of grants) {
      if (g.inheritance.includes('(NP)') && path.dirname(key) !== other) continue
      if (isDir && g.inheritance.includes('(CI)'))
        entries.push(`${displayName(g.principal)}:(I)${g.inheritance.replace('(IO)', '')}(${g.perms})`)
      else if (!isDir && g.inheritance.includes('(OI)'))
        entries.push(`${displayName(g.principal)}:(I)(${g.perms})`)
    }
  }
  entries.push(`${accountName('S-1-5-18')}:(I)(OI)(CI)(F)`, `${accountName('S-1-5-32-544')}:(I)(OI)(CI)(F)`)
  const pad = ' '.repeat(target.length + 1)
  return [`${target} ${entries[0]}`, ...entries.slice(1).map((e) => pad + e), '', SUMMARY(1, 0)].join('\n')
}

/** @param {string[]} argv @returns {{ output: string, exitCode: number }} */
export function icacls(argv) {
  const stateDir = resolveStateDir()
  return updateState(stateDir, (state) => {
    logCommand(state, ['icacls', ...argv].join(' '))
    const fault = takeCommandFault(state, [['icacls', ...argv].join(' ')])
    if (fault)
      return { output: fault.output ?? fault.message ?? 'Access is denied.', exitCode: fault.exitCode ?? 5 }
    const target = argv[0]
    if (!target) return { output: 'Invalid parameter ""', exitCode: 87 }
    if (!isWindowsPath(target) && !fs.existsSync(target)) {
      return {
        output: `${target}: The system cannot find the file specified.\n${SUMMARY(0, 1)}`,
        exitCode: 2
      }
    }
    /** @type {{ replace: boolean, grants: AclGrant[] }[]} */
    const grantOps = []
    /** @type {string[]} */
    const removals = []
    let recursive = false
    let quiet = false
    let reset = false
    for (let i = 1; i < argv.length; i++) {
      const a = /** @type {string} */ (argv[i])
      const lower = a.toLowerCase()
      if (lower === '/grant' || lower === '/grant:r') {
        /** @type {AclGrant[]} */
        const grants = []
        while (i + 1 < argv.length && !(/** @type {string} */ (argv[i + 1]).startsWith('/'))) {
          const g = parseGrant(/** @type {string} */ (argv[++i]))
          if (!g) return { output: `Invalid parameter "${argv[i]}"`, exitCode: 87 }
          grants.push(g)
        }
        if (grants.length === 0) return { output: `Invalid parameter "${a}"`, exitCode: 87 }
        grantOps.push({ replace: lower === '/grant:r', grants })
      } else if (lower === '/remove' || lower === '/remove:g' || lower === '/remove:d') {
        while (i + 1 < argv.length && !(/** @type {string} */ (argv[i + 1]).startsWith('/')))
          removals.push(/** @type {string} */ (argv[++i]))
      } else if (lower === '/t') recursive = true
      else if (lower === '/q') quiet = true
      else if (lower === '/c' || lower === '/l') continue
      else if (lower === '/reset') reset = true
      else if (/^\/inheritance:[edr]$/.test(lower)) continue
      else return { output: `Invalid parameter "${a}"`, exitCode: 87 }
    }
    if (grantOps.length === 0 && removals.length === 0 && !reset)
      return { output: listing(state, target), exitCode: 0 }
    for (const op of grantOps) {
      for (const g of op.grants) {
        if (!resolves(state, g.principal)) {
          return {
            output: `${icaclsNoMapping(g.principal)}\n${SUMMARY(0, 1)}`,
            exitCode: 1332
          }
        }
      }
    }
    const key = canonicalPath(target)
    let acl = reset ? [] : [...(state.acls[key] ?? [])]
    acl = acl.filter((g) => !removals.some((r) => r.toLowerCase() === g.principal.toLowerCase()))
    for (const op of grantOps) {
      for (const g of op.grants) {
        if (op.replace) acl = acl.filter((x) => x.principal.toLowerCase() !== g.principal.toLowerCase())
        if (
          !acl.some(
            (x) =>
              x.principal.toLowerCase() === g.principal.toLowerCase() &&
              x.perms === g.perms &&
              x.inheritance === g.inheritance
          )
        )
          acl.push(g)
      }
    }
    state.acls[key] = acl
    const files = filesOf(target, recursive)
    const lines = quiet ? [] : files.map((f) => `processed file: ${f}`)
    lines.push(SUMMARY(files.length, 0))
    return { output: lines.join('\n'), exitCode: 0 }
  })
}
