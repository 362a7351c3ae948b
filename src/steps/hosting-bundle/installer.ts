// The Hosting Bundle installer (a WiX Burn bundle): its command line (windows-facts §1.2), its log and its exit
// codes (§1.3). Exit codes above 255 do not survive on Linux, so the outcome is read from the Burn log first
// (`i007: Exit code: 0xbc2, restarting: No`), the process exit code being the fallback.

import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { InstallerProperty } from './inputs.js'

export type InstallerAction = 'install' | 'repair'

/**
 * `/install /quiet /norestart /log <file> [OPT_NO_...=0|1]` (or `/repair ...`). Burn has no `/install` switch but
 * ignores unknown ones and installs by default, so the documented spelling works (§1.2).
 */
export function buildHostingBundleArgs(
  action: InstallerAction,
  logPath: string,
  properties: readonly InstallerProperty[] = []
): string[] {
  return [
    `/${action}`,
    '/quiet',
    '/norestart',
    '/log',
    logPath,
    ...properties.map((p) => `${p.name}=${p.value}`)
  ]
}

export interface BurnLogSummary {
  /** The bundle's exit code (`i007: Exit code: 0x...`, else `i500: Shutting down, exit code: 0x...`). */
  exitCode?: number
  /** `restart:` of `i399: Apply complete` (`None`, `Required`, `Initiated`). */
  restart?: string
  /** Burn error lines (`e000: Error 0x80070643: Failed to install MSI package.`), message part only. */
  errors: string[]
}

/** An HRESULT from the Win32 facility (0x8007xxxx) → its Win32 code; anything else unchanged. */
export function win32CodeOf(code: number): number {
  return code >>> 16 === 0x8007 ? code & 0xffff : code
}

export function parseBurnLog(text: string): BurnLogSummary {
  let exitCode: number | undefined
  let shutdownCode: number | undefined
  let restart: string | undefined
  const errors: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const exit = /\bi007: Exit code: 0x([0-9a-f]+)/i.exec(line)
    if (exit) exitCode = win32CodeOf(parseInt(exit[1] as string, 16))
    const shutdown = /\bi500: Shutting down, exit code: 0x([0-9a-f]+)/i.exec(line)
    if (shutdown) shutdownCode = win32CodeOf(parseInt(shutdown[1] as string, 16))
    const apply = /\bi399: Apply complete, result: 0x[0-9a-f]+,? restart: (\w+)/i.exec(line)
    if (apply) restart = apply[1]
    const error = /\]e\d{3}: (.*)$/.exec(line)
    if (error && errors.length < 10) errors.push((error[1] as string).trim())
  }
  return { exitCode: exitCode ?? shutdownCode, restart, errors }
}

export interface InstallerOutcome {
  kind: 'success' | 'reboot-required' | 'failure'
  /** Symbolic name (`ERROR_INSTALL_FAILURE`) when known. */
  name?: string
  meaning: string
  fix?: string
}

const OUTCOMES: Record<number, InstallerOutcome> = {
  0: { kind: 'success', meaning: 'success' },
  3010: {
    kind: 'reboot-required',
    name: 'ERROR_SUCCESS_REBOOT_REQUIRED',
    meaning: 'installed; a reboot is required to finish'
  },
  1641: {
    kind: 'reboot-required',
    name: 'ERROR_SUCCESS_REBOOT_INITIATED',
    meaning: 'installed; the installer started a reboot (it should not with /norestart)'
  },
  5: {
    kind: 'failure',
    name: 'ERROR_ACCESS_DENIED',
    meaning: 'access denied',
    fix: 'Installing the Hosting Bundle needs administrator rights: run the runner (or agent service) elevated.'
  },
  1602: {
    kind: 'failure',
    name: 'ERROR_INSTALL_USEREXIT',
    meaning: 'the installation was cancelled',
    fix: 'Something cancelled the installer (a user, or a prompt that cannot be answered): run the step again.'
  },
  1603: {
    kind: 'failure',
    name: 'ERROR_INSTALL_FAILURE',
    meaning: 'fatal error during installation',
    fix: 'Read the log and the package logs next to it. Common causes: a reboot pending from an earlier install (reboot, then retry), a newer ASP.NET Core Module already installed, a missing Visual C++ redistributable on old Windows, a runner that is not elevated.'
  },
  1618: {
    kind: 'failure',
    name: 'ERROR_INSTALL_ALREADY_RUNNING',
    meaning: 'another installation is in progress',
    fix: 'Another installation (Windows Update, another deployment) is running: wait for it to finish and run the step again.'
  },
  1625: {
    kind: 'failure',
    name: 'ERROR_INSTALL_PACKAGE_REJECTED',
    meaning: 'the installation is forbidden by system policy',
    fix: 'A group policy blocks installers: ask the server administrator, or install the Hosting Bundle by hand and use hosting-bundle: none.'
  },
  1638: {
    kind: 'failure',
    name: 'ERROR_PRODUCT_VERSION',
    meaning: 'another version of this product is already installed (0x80070666)',
    fix: 'Another build of this Hosting Bundle version is installed: uninstall it (Apps & features) or pin hosting-bundle to the installed version.'
  },
  1639: {
    kind: 'failure',
    name: 'ERROR_INVALID_COMMAND_LINE',
    meaning: 'invalid command line',
    fix: "Check 'hosting-bundle-args'."
  }
}

export function describeInstallerExitCode(code: number): InstallerOutcome {
  return (
    OUTCOMES[code] ?? {
      kind: 'failure',
      meaning: `unknown exit code ${code} (0x${(code >>> 0).toString(16)})`,
      fix: 'Read the installer log.'
    }
  )
}

/**
 * The outcome code: the Burn log's when it agrees with the process exit code in the low 8 bits (all a Linux exit
 * status keeps, and what rules out a stale log), else the process exit code.
 */
export function installerExitCode(processExitCode: number, log: BurnLogSummary): number {
  const fromLog = log.exitCode
  return fromLog !== undefined && (fromLog & 0xff) === (processExitCode & 0xff) ? fromLog : processExitCode
}

/** The last `count` lines of a Burn log, without the variable dump (`i410: Variable: ...`) that ends every log. */
export function installerLogTail(text: string, count = 20): string[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !/\bi410: Variable:/.test(line))
  return lines.slice(-count)
}

/** The per-package logs Burn writes next to `/log <file>`: `<file-without-.log>_000_<package>.log`. */
export function packageLogsOf(logPath: string): string[] {
  const dir = path.dirname(logPath)
  const stem = path.basename(logPath).replace(/\.log$/i, '')
  try {
    return fs
      .readdirSync(dir)
      .filter((name) => name.startsWith(`${stem}_`))
      .sort()
      .map((name) => path.join(dir, name))
  } catch {
    return []
  }
}

export function sha512OfFile(file: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const hash = createHash('sha512')
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}
