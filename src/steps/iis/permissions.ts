// File system access for the app pool identity (windows-facts §7; seed "Confirm the process model identity has the
// proper permissions"): read & execute on the app folder, modify on its logs folder, granted with icacls and
// inherited by everything below ((OI)(CI)). The current ACL is read first, so a second run changes nothing.
//
// The logs folder is created (and granted) always, not only when stdoutLogEnabled is on: stdout logging is
// typically switched on by editing web.config on the server during an incident, and ANCM then fails to create the
// folder because the identity only has read & execute on the app folder. `logs` is preserved by the sync by default.

import fs from 'node:fs'
import path from 'node:path'
import { ToolError } from '../../core/errors.js'
import { formatCommandLine } from '../../core/command-line.js'
import type { CommandRunner, Reporter } from '../../core/ports.js'
import { TOOL_OUTPUT_ENCODINGS } from '../../core/output-encoding.js'
import type { PoolIdentity } from './appcmd.js'

/** icacls simple rights, weakest first: read & execute, modify, full. */
export type AccessRight = 'RX' | 'M' | 'F'

/**
 * The account a pool runs as (§7): the virtual account `IIS AppPool\<pool>`, or a built-in service account. The
 * built-ins are granted by well-known SID (`*S-1-5-20`), which works on every display language; icacls lists them
 * by (localized) name.
 */
export function poolAccount(identity: PoolIdentity, pool: string): string {
  switch (identity) {
    case 'ApplicationPoolIdentity':
      return `IIS AppPool\\${pool}`
    case 'NetworkService':
      return '*S-1-5-20'
    case 'LocalService':
      return '*S-1-5-19'
    case 'LocalSystem':
      return '*S-1-5-18'
  }
}

/**
 * The account to grant for a pool as IIS reports it (`appcmd list apppool P /text:*`: processModel.identityType and
 * processModel.userName): the built-ins by SID, ApplicationPoolIdentity as `IIS AppPool\<pool>`, a SpecificUser as
 * its user name (a domain account, or a group managed service account `DOMAIN\name$`). Undefined when IIS reports
 * a SpecificUser without a name (nothing to grant to).
 */
export function accountOfPool(
  identityType: string | undefined,
  userName: string | undefined,
  pool: string
): string | undefined {
  const type = (identityType ?? 'ApplicationPoolIdentity').toLowerCase()
  if (type === 'specificuser') return userName?.trim() ? userName.trim() : undefined
  const known = (['ApplicationPoolIdentity', 'NetworkService', 'LocalService', 'LocalSystem'] as const).find(
    (identity) => identity.toLowerCase() === type
  )
  return known === undefined ? undefined : poolAccount(known, pool)
}

/**
 * The names Windows gives the built-in service accounts in each display language, as icacls lists them (Microsoft's
 * "Localized service names" table, docs/windows-locale.md): English (also Chinese, Japanese, Korean), German,
 * French, Italian, Spanish, Russian. icacls prints names, not SIDs, so reading an ACL needs every spelling; granting
 * uses the SID and needs none.
 */
export const LOCALIZED_ACCOUNT_NAMES: Readonly<Record<string, readonly string[]>> = {
  'S-1-5-20': [
    'NT AUTHORITY\\NETWORK SERVICE',
    'NT-AUTORITÄT\\NETZWERKDIENST',
    'AUTORITE NT\\SERVICE RÉSEAU',
    'NT AUTHORITY\\SERVIZIO DI RETE',
    'NT AUTHORITY\\SERVICIO DE RED'
  ],
  'S-1-5-19': [
    'NT AUTHORITY\\LOCAL SERVICE',
    'NT-AUTORITÄT\\LOKALER DIENST',
    'AUTORITE NT\\SERVICE LOCAL',
    'NT AUTHORITY\\SERVIZIO LOCALE',
    'NT AUTHORITY\\SERVICIO LOC'
  ],
  'S-1-5-18': ['NT AUTHORITY\\SYSTEM', 'NT-AUTORITÄT\\SYSTEM', 'AUTORITE NT\\SYSTEM', 'NT AUTHORITY\\СИСТЕМА']
}

/**
 * Names icacls may print for an account: the account as granted, its SID with and without `*`, and for a
 * well-known SID its name in every language of LOCALIZED_ACCOUNT_NAMES (with and without the domain part). Lower
 * case; compare with `toLowerCase()` (Windows account names are case-insensitive).
 */
export function accountAliases(account: string): string[] {
  const sid = /^\*?(S-1-[\d-]+)$/i.exec(account)?.[1]?.toUpperCase()
  const names = sid ? (LOCALIZED_ACCOUNT_NAMES[sid] ?? []) : []
  const aliases = [
    account,
    ...(sid ? [`*${sid}`, sid] : []),
    ...names,
    ...names.map((name) => name.slice(name.indexOf('\\') + 1))
  ]
  return [...new Set(aliases.map((a) => a.toLowerCase()))]
}

/**
 * The counts of icacls' summary line, by position: the first number is the files processed, the second the files
 * that failed. The words around them are translated ("Successfully processed 1 files; Failed processing 0 files",
 * German "1 Dateien erfolgreich verarbeitet, bei 0 Dateien ist ein Verarbeitungsfehler aufgetreten.").
 */
export function parseIcaclsSummary(output: string): { processed: number; failed: number } | undefined {
  const lines = output.split(/\r?\n/).filter((line) => line.trim() !== '')
  for (const line of lines.reverse()) {
    if (/:\(/.test(line)) continue // an ACE
    const numbers = line.match(/\d+/g)
    if (numbers?.length === 2) return { processed: Number(numbers[0]), failed: Number(numbers[1]) }
  }
  return undefined
}

/** `icacls <path> /grant "IIS AppPool\P:(OI)(CI)(RX)"` (§7): inherited by files (OI) and folders (CI) below. */
export function buildGrantArgs(target: string, account: string, right: AccessRight): string[] {
  return [target, '/grant', `${account}:(OI)(CI)(${right})`]
}

/** `icacls <path>`: prints the ACL. */
export function buildShowAclArgs(target: string): string[] {
  return [target]
}

/** One ACE as icacls prints it: `IIS APPPOOL\MyPool:(OI)(CI)(RX)`, `BUILTIN\Administrators:(I)(OI)(CI)(F)`. */
export interface AclEntry {
  account: string
  /** OI, CI, IO, NP, I. */
  inheritance: string[]
  deny: boolean
  /** `RX`, `M`, `F`, `R`, `W`, or a specific list such as `D,WDAC`. */
  rights: string
}

const INHERITANCE_FLAGS = new Set(['OI', 'CI', 'IO', 'NP', 'I'])

/**
 * Parses `icacls <path>` output: the first line starts with the path, further ACEs are indented, and a summary line
 * ("Successfully processed 1 files; ...") ends it.
 */
export function parseIcaclsOutput(stdout: string, target: string): AclEntry[] {
  const entries: AclEntry[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    let line = raw.trim()
    if (line === '') continue
    if (line.toLowerCase().startsWith(target.toLowerCase())) line = line.slice(target.length).trim()
    const match = /^(.+?):((?:\([^)]*\))+)$/.exec(line)
    if (!match) continue
    const groups = [...(match[2] ?? '').matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '')
    entries.push({
      account: match[1] ?? '',
      inheritance: groups.filter((g) => INHERITANCE_FLAGS.has(g)),
      deny: groups.includes('DENY'),
      rights: groups.filter((g) => !INHERITANCE_FLAGS.has(g) && g !== 'DENY').join(',')
    })
  }
  return entries
}

const RANK: Record<string, number> = { RX: 1, M: 2, F: 3 }

/** True when an allow ACE for `account`, inherited by files and folders, grants at least `right`. */
export function hasAccess(entries: readonly AclEntry[], account: string, right: AccessRight): boolean {
  const names = accountAliases(account)
  return entries.some(
    (entry) =>
      names.includes(entry.account.toLowerCase()) &&
      !entry.deny &&
      entry.inheritance.includes('OI') &&
      entry.inheritance.includes('CI') &&
      !entry.inheritance.includes('IO') &&
      (RANK[entry.rights.toUpperCase()] ?? 0) >= (RANK[right] ?? 99)
  )
}

/**
 * What to say about ASP.NET Core Data Protection keys for this identity (§7), or undefined when all is well.
 * Without a loaded profile the keys live in memory: cookies and antiforgery tokens break on every recycle.
 */
export function dataProtectionAdvice(identity: PoolIdentity, loadUserProfile: boolean): string | undefined {
  const notes: string[] = []
  if (!loadUserProfile)
    notes.push(
      'loadUserProfile is off: ASP.NET Core keeps its Data Protection keys in memory (unless the registry key was provisioned with Provision-AutoGenKeys.ps1), so sign-in cookies and antiforgery tokens become invalid on every recycle. Set `load-user-profile: true`, or persist keys in code (PersistKeysToFileSystem + ProtectKeysWithCertificate) to a folder the pool identity can modify.'
    )
  if (identity === 'LocalSystem')
    notes.push(
      'The pool runs as LocalSystem: the app can do anything on this machine. Prefer ApplicationPoolIdentity.'
    )
  return notes.length > 0 ? notes.join(' ') : undefined
}

export interface GrantAccessOptions {
  runner: CommandRunner
  /** icacls.exe as found by ToolResolver. */
  icaclsPath: string
  reporter: Reporter
  /** The application's folder: gets read & execute. */
  physicalPath: string
  pool: string
  /** Default ApplicationPoolIdentity. */
  identity?: PoolIdentity
  /** The account to grant, as accountOfPool gives it; overrides `identity`. */
  account?: string
  /** Folder that gets modify (created if missing): relative to physicalPath or absolute. Default `logs`. */
  logsFolder?: string
  /** More folders that need modify (App_Data, a key ring folder), relative or absolute. */
  writableFolders?: readonly string[]
  /** Return the grants without running them (and without creating folders). */
  dryRun?: boolean
  signal?: AbortSignal
}

export interface AccessChange {
  path: string
  account: string
  right: AccessRight
  /** The command, as shown. */
  command: string
}

export interface GrantAccessResult {
  changes: AccessChange[]
  /** Absolute path of the logs folder. */
  logsFolder: string
  createdFolders: string[]
}

/**
 * Grants the pool identity read & execute on the app folder and modify on its logs folder (and writableFolders),
 * each inherited by everything below; reads the ACL first and grants only what is missing.
 */
export async function grantAccess(options: GrantAccessOptions): Promise<GrantAccessResult> {
  const { runner, icaclsPath, reporter, physicalPath } = options
  const account = options.account ?? poolAccount(options.identity ?? 'ApplicationPoolIdentity', options.pool)
  const resolve = (folder: string): string =>
    path.isAbsolute(folder) ? folder : path.join(physicalPath, folder)
  const logsFolder = resolve(options.logsFolder ?? 'logs')
  const targets: Array<[string, AccessRight]> = [
    [physicalPath, 'RX'],
    [logsFolder, 'M'],
    ...(options.writableFolders ?? []).map((folder): [string, AccessRight] => [resolve(folder), 'M'])
  ]
  const changes: AccessChange[] = []
  const createdFolders: string[] = []

  const icacls = async (args: string[], read: boolean): Promise<string> => {
    const shown = reporter.mask(formatCommandLine('icacls', args))
    if (read) reporter.debug(shown)
    else reporter.info(shown)
    const result = await runner.run(icaclsPath, args, {
      silent: true,
      signal: options.signal,
      outputEncoding: TOOL_OUTPUT_ENCODINGS['icacls']
    })
    const output = `${result.stdout}\n${result.stderr}`
    if (result.exitCode === 0 && !(parseIcaclsSummary(output)?.failed ?? 0)) return result.stdout
    const text = output.trim().replace(/\s+/g, ' ')
    // 1332 = ERROR_NONE_MAPPED (low 8 bits, 52, where exit codes are truncated); the texts are English and German.
    const noMapping =
      result.exitCode === 1332 ||
      result.exitCode === (1332 & 0xff) ||
      /No mapping between account names|Zuordnungen von Kontennamen/i.test(text)
    const fix = noMapping
      ? `'${account}' is not known yet: the virtual account IIS AppPool\\<pool> exists only once the pool does. Create the pool first (\`create: true\`), or check \`app-pool\`.`
      : result.exitCode === 5 || /Access is denied/i.test(text)
        ? 'Run elevated, as an account allowed to change permissions on this folder.'
        : 'Check the folder exists and the account name is right; or set `grant-access: false`.'
    throw new ToolError(
      'icacls',
      result.exitCode,
      `${shown} failed (exit code ${result.exitCode}): ${reporter.mask(text)}`,
      fix
    )
  }

  for (const [target, right] of targets) {
    const exists = fs.existsSync(target)
    if (!exists && right === 'M') {
      if (!options.dryRun) fs.mkdirSync(target, { recursive: true })
      createdFolders.push(target)
    }
    if (exists || !options.dryRun) {
      if (hasAccess(parseIcaclsOutput(await icacls(buildShowAclArgs(target), true), target), account, right))
        continue
    }
    const args = buildGrantArgs(target, account, right)
    const command = reporter.mask(formatCommandLine('icacls', args))
    changes.push({ path: target, account, right, command })
    if (options.dryRun)
      reporter.info(`Would grant ${account} ${right === 'M' ? 'modify' : 'read & execute'} on ${target}.`)
    else await icacls(args, false)
  }
  if (changes.length === 0)
    reporter.info(`${account} already has the access it needs on ${physicalPath} and ${logsFolder}.`)
  return { changes, logsFolder, createdFolders }
}
