// The machine-wide state folder (contract input `state-dir`): the deploy locks, the deploy ledgers and the in-place
// backups live here, never next to or inside a web root (a backup under a parent site's folder is served over HTTP,
// appsettings.json included). It must be the same folder for every deploy of the machine, whatever account or temp
// folder the runner has, or two deploys never see each other's lock: so it never derives from TEMP/TMPDIR.
//
// Windows: %ProgramData%\iis-deploy, with an ACL of its own (windows-facts §7: icacls with well-known SIDs): full control for SYSTEM,
// Administrators and the account that runs the deploy; nobody else (no inherited Users read), since backups hold
// appsettings.json secrets.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CommandRunner, Reporter } from './ports.js'

export const STATE_DIR_NAME = 'iis-deploy'

/** The sub-folders of the state folder. */
export const STATE_LAYOUT = { locks: 'locks', ledgers: 'ledgers', backups: 'backups' } as const

export interface StateDirContext {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  /** Effective user id off Windows (process.getuid()); undefined on Windows. */
  uid?: number
  homedir?: string
}

/**
 * The default state folder: `%ProgramData%\iis-deploy` on Windows; elsewhere `$XDG_STATE_HOME/iis-deploy` when
 * that is set, else `/var/lib/iis-deploy` for root and `~/.local/state/iis-deploy` for other users.
 */
export function defaultStateDir(context: StateDirContext): string {
  const { env } = context
  if (context.platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData'
    return path.win32.join(programData, STATE_DIR_NAME)
  }
  const xdg = env.XDG_STATE_HOME
  if (xdg && path.posix.isAbsolute(xdg)) return path.posix.join(xdg, STATE_DIR_NAME)
  if (context.uid === 0) return path.posix.join('/var/lib', STATE_DIR_NAME)
  const home = context.homedir ?? env.HOME ?? os.homedir()
  return path.posix.join(home, '.local', 'state', STATE_DIR_NAME)
}

/** The state folder for this run: the input when given, else the default. */
export function resolveStateDir(input: string | undefined, context: StateDirContext): string {
  return input && input.trim() ? input.trim() : defaultStateDir(context)
}

/** Well-known SIDs (language-independent names for icacls): Local System, Builtin Administrators. */
const SYSTEM_SID = 'S-1-5-18'
const ADMINISTRATORS_SID = 'S-1-5-32-544'

/** `whoami /user /fo csv /nh` prints `"domain\user","S-1-5-21-..."`: the SID is the last quoted field. */
export function parseWhoamiSid(stdout: string): string | undefined {
  const match = /"(S-1-[0-9-]+)"\s*$/m.exec(stdout.trim())
  return match?.[1]
}

/** icacls arguments that give the state folder its own ACL: no inheritance, full control for exactly these SIDs. */
export function buildStateDirAclArgs(dir: string, sids: readonly string[]): string[] {
  const grants = [...new Set(sids)].flatMap((sid) => ['/grant:r', `*${sid}:(OI)(CI)F`])
  return [dir, '/inheritance:r', ...grants]
}

export interface EnsureStateDirOptions {
  dir: string
  platform: NodeJS.Platform
  runner: CommandRunner
  reporter: Pick<Reporter, 'info' | 'debug' | 'warning'>
  /** Paths of whoami.exe and icacls.exe (Windows only). */
  whoamiPath?: string
  icaclsPath?: string
}

/**
 * Creates the state folder with its sub-folders. When it is new on Windows, it gets its own ACL (SYSTEM,
 * Administrators, the deploying account); elsewhere it is created 0700. An existing folder is left as it is.
 */
export async function ensureStateDir(options: EnsureStateDirOptions): Promise<void> {
  const { dir } = options
  const existed = fs.existsSync(dir)
  if (existed && !fs.statSync(dir).isDirectory())
    throw new Error(
      `The state folder ${dir} ('state-dir') is a file: remove it or choose another 'state-dir'.`
    )
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  for (const sub of Object.values(STATE_LAYOUT))
    fs.mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o700 })
  if (existed || options.platform !== 'win32') return
  const sids = [SYSTEM_SID, ADMINISTRATORS_SID]
  try {
    if (options.whoamiPath) {
      const who = await options.runner.run(options.whoamiPath, ['/user', '/fo', 'csv', '/nh'], {
        silent: true
      })
      const sid = parseWhoamiSid(who.stdout)
      if (sid) sids.push(sid)
    }
    if (options.icaclsPath) {
      const result = await options.runner.run(options.icaclsPath, buildStateDirAclArgs(dir, sids), {
        silent: true
      })
      if (result.exitCode !== 0)
        throw new Error(`icacls exited with ${result.exitCode}: ${result.stderr.trim()}`)
      options.reporter.info(
        `Created the state folder ${dir}, writable by SYSTEM, Administrators and this account only.`
      )
    }
  } catch (error) {
    options.reporter.warning(
      `Created the state folder ${dir}, but could not restrict its access (${(error as Error).message}): it inherits the ACL of its parent. Fix: icacls "${dir}" /inheritance:r /grant:r *${SYSTEM_SID}:(OI)(CI)F *${ADMINISTRATORS_SID}:(OI)(CI)F`
    )
  }
}

/**
 * A state folder inside a web root would serve our backups: refuse a state folder inside (or equal to) any of the
 * given folders (the target's physical path, the site root, the release root).
 */
export function stateDirInside(
  stateDir: string,
  folders: readonly (string | undefined)[]
): string | undefined {
  const api = /^[a-zA-Z]:[\\/]|^\\\\/.test(stateDir) ? path.win32 : path.posix
  const norm = (p: string): string => {
    const resolved = api.resolve(p)
    return api === path.win32 ? resolved.toLowerCase() : resolved
  }
  const state = norm(stateDir)
  for (const folder of folders) {
    if (!folder) continue
    const root = norm(folder)
    const relative = api.relative(root, state)
    if (relative === '' || (!relative.startsWith('..') && !api.isAbsolute(relative))) return folder
  }
  return undefined
}
