// What msdeploy prints, read back: the per-object `Info:` lines, the `Total changes:` summary, and the error blocks
// (`Error Code: ERROR_X` / `More Information: …` / `Error: …` / `Error count: N.`, windows-facts §4.6), classified
// into an MsDeployError that says what happened and what to do (peers §4 idea 13). msdeploy fails with exit code
// -1, which arrives as 255 on Linux and as 4294967295 through some wrappers: the text decides, the code is the
// fallback.

import { ToolError } from '../../core/errors.js'

export interface MsDeployChange {
  action: 'add' | 'update' | 'delete'
  /** `file`, `directory`, or whatever msdeploy names (`ACL's for path`, `child dirPath`...). */
  objectKind: string
  /** As msdeploy prints it: `Site/app\bin\App.dll` or a physical path. */
  path: string
}

export interface MsDeployTotals {
  changes: number
  added: number
  deleted: number
  updated: number
  parametersChanged: number
  bytesCopied: number
}

export interface MsDeployErrorEntry {
  /** `ERROR_FILE_IN_USE`, or undefined for an `Error:` line outside a coded block. */
  code: string | undefined
  /** The `More Information:` text (or the `Error:` text for an uncoded error). */
  message: string
  /** The `Error:` lines that follow (the underlying exception texts). */
  details: string[]
}

export interface MsDeployOutput {
  totals: MsDeployTotals | undefined
  changes: MsDeployChange[]
  errors: MsDeployErrorEntry[]
  /** From `Error count: N.` */
  errorCount: number | undefined
  warnings: string[]
}

const CHANGE = /^Info:\s+(Adding|Updating|Deleting)\s+(.+?)\s+\((.*)\)\.?\s*$/
const TOTALS =
  /^Total changes:\s*(\d+)\s*\(\s*(\d+) added,\s*(\d+) deleted,\s*(\d+) updated,\s*(\d+) parameters? changed,\s*(\d+) bytes copied\s*\)/i
const ERROR_CODE = /^(?:Error:\s*)?Error Code:\s*(?:ERROR_)?([A-Z0-9_]+)\s*$/i
const MORE_INFORMATION = /^More Information:\s*(.*)$/i
const ERROR_LINE = /^Error:\s*(.*)$/i
const ERROR_COUNT = /^Error count:\s*(\d+)/i
const WARNING_LINE = /^Warning:\s*(.*)$/i
/** A line that starts something new (ends a multi-line `More Information:` text). */
const STARTS_ENTRY = /^(Info|Warning|Error|Error Code|Error count|More Information|Total changes|Verbose):/i

const ACTIONS: Record<string, MsDeployChange['action']> = {
  Adding: 'add',
  Updating: 'update',
  Deleting: 'delete'
}

/** Parses msdeploy's plain-text output (stdout and stderr; errors go to stderr). */
export function parseMsDeployOutput(stdout: string, stderr = ''): MsDeployOutput {
  const output: MsDeployOutput = {
    totals: undefined,
    changes: [],
    errors: [],
    errorCount: undefined,
    warnings: []
  }
  let current: MsDeployErrorEntry | undefined
  let continuing: 'message' | undefined
  const lines = `${stdout}\n${stderr}`.split(/\r?\n/)
  for (const rawLine of lines) {
    const line = rawLine.trim()
    if (line === '') continue
    if (continuing === 'message' && current && !STARTS_ENTRY.test(line)) {
      // `More Information:` wraps onto following lines (`  Learn more at: …`).
      current.message = `${current.message} ${line}`.trim()
      continue
    }
    continuing = undefined
    let m: RegExpExecArray | null
    if ((m = CHANGE.exec(line))) {
      output.changes.push({
        action: ACTIONS[m[1] as string] ?? 'add',
        objectKind: m[2] as string,
        path: m[3] as string
      })
    } else if ((m = TOTALS.exec(line))) {
      const [changes, added, deleted, updated, parametersChanged, bytesCopied] = m
        .slice(1, 7)
        .map(Number) as [number, number, number, number, number, number]
      output.totals = { changes, added, deleted, updated, parametersChanged, bytesCopied }
    } else if ((m = ERROR_CODE.exec(line))) {
      current = { code: `ERROR_${(m[1] as string).toUpperCase()}`, message: '', details: [] }
      output.errors.push(current)
    } else if ((m = MORE_INFORMATION.exec(line))) {
      if (!current) {
        current = { code: undefined, message: '', details: [] }
        output.errors.push(current)
      }
      current.message = (m[1] as string).trim()
      continuing = 'message'
    } else if ((m = ERROR_COUNT.exec(line))) {
      output.errorCount = Number(m[1])
      current = undefined
    } else if ((m = ERROR_LINE.exec(line))) {
      const text = (m[1] as string).trim()
      if (current) current.details.push(text)
      else output.errors.push({ code: codeIn(text), message: text, details: [] })
    } else if ((m = WARNING_LINE.exec(line))) {
      output.warnings.push((m[1] as string).trim())
    }
  }
  return output
}

/** An `ERROR_X` code mentioned inside a text (`… Learn more at: …#ERROR_FILE_IN_USE`), or undefined. */
function codeIn(text: string): string | undefined {
  return /\b(ERROR_[A-Z0-9_]+)\b/.exec(text)?.[1]
}

/** msdeploy's -1 as it arrives: -1 on Windows, 255 on Linux (low 8 bits), 4294967295 through unsigned wrappers. */
export function isMsDeployFailureExitCode(exitCode: number): boolean {
  return exitCode !== 0
}

/** The exit code as msdeploy meant it: 255 and 4294967295 are -1. */
export function normalizeMsDeployExitCode(exitCode: number): number {
  return exitCode === 255 || exitCode === 4294967295 ? -1 : exitCode
}

/** What the classification may say, depending on the deploy. */
export interface MsDeployErrorContext {
  /** A remote target (`msdeploy-url`): the pool cannot be stopped from here. */
  remote?: boolean
  /** msdeploy's AppOffline rule was on: App_Offline.htm may have been left behind on failure (§4.4). */
  appOffline?: boolean
  /** msdeploy's own -retryAttempts, for the message. */
  retryAttempts?: number
}

interface KnownError {
  /** One line: what happened. */
  summary: string
  fix: (context: MsDeployErrorContext) => string
  /** Worth running the whole sync again (a dropped connection), on top of msdeploy's own retries. */
  transient?: boolean
}

const BUG =
  'iis-deploy built a command line msdeploy did not accept: this is a bug, please report it with the (masked) command line above.'

/** Web Deploy error codes (https://go.microsoft.com/fwlink/?LinkId=221672, windows-facts §4.6, peers §3). */
const KNOWN_ERRORS: Record<string, KnownError> = {
  ERROR_FILE_IN_USE: {
    summary: 'a file on the destination is locked by a running process (the app itself, windows-facts §6)',
    fix: (c) =>
      c.remote
        ? "Use 'take-offline: app-offline' (msdeploy's AppOffline rule) so the app lets go of its files before the copy; if the lock outlives it, raise msdeploy's retries or recycle the pool on the server (peers §3.1)."
        : "Use 'take-offline: both' (app_offline.htm plus a stopped pool, waiting until the worker process has exited) or 'strategy: releases' (no live file is overwritten, so nothing can be locked). More retries only hide the race (peers §3.1)."
  },
  ERROR_USER_UNAUTHORIZED: {
    summary: 'the Web Deploy server refused the credentials (401 Unauthorized)',
    fix: () =>
      "Check 'msdeploy-username' and 'msdeploy-password', that the site named in 'msdeploy-url' (?site=) exists, and that the user has IIS Manager permissions on that site; a Windows account may need 'msdeploy-auth-type: NTLM'."
  },
  ERROR_DESTINATION_NOT_REACHABLE: {
    summary: 'the Web Deploy server could not be reached',
    fix: () =>
      "Check the host and port in 'msdeploy-url' (the Web Management Service listens on 8172), that the service runs on the server ('net start wmsvc') and that no firewall blocks the port."
  },
  ERROR_DESTINATION_INVALID: {
    summary: 'the computer name is mistyped or the computer is not reachable',
    fix: () => "Check the host name in 'msdeploy-url' (can the runner resolve and ping it?)."
  },
  ERROR_COULD_NOT_CONNECT_TO_REMOTESVC: {
    summary: 'Web Deploy could not connect to the remote service',
    fix: () =>
      "Start the Web Management Service ('net start wmsvc', port 8172) or the Web Deployment Agent Service ('net start msdepsvc', port 80) on the server, and open its port in the firewall."
  },
  ERROR_CONNECTION_TERMINATED: {
    summary: 'the connection to the Web Deploy server was dropped during the sync',
    fix: () =>
      'The sync was retried; check the network path to the server (proxies, load balancers with short idle timeouts) and run the deploy again.',
    transient: true
  },
  ERROR_CERTIFICATE_VALIDATION_FAILED: {
    summary:
      "the Web Deploy server's TLS certificate is not trusted (typically the self-signed certificate on 8172)",
    fix: () =>
      "Set 'allow-untrusted: true' to accept the server's self-signed certificate, or install a certificate the runner trusts on the Web Management Service."
  },
  ERROR_SITE_DOES_NOT_EXIST: {
    summary: 'the IIS site does not exist on the destination',
    fix: () =>
      "Check 'site' (and the ?site= of 'msdeploy-url'), or create the site ('create: true' on a local target). The AppOffline rule needs an IIS site/app destination: a physical folder gives this error too (peers §3.2)."
  },
  ERROR_APP_DOES_NOT_EXIST: {
    summary: 'the IIS application does not exist on the destination',
    fix: () => "Check 'application' (the virtual path, e.g. /api) against the site's applications."
  },
  ERROR_INSUFFICIENT_ACCESS_TO_SITE_FOLDER: {
    summary: "the deploy identity may not create or change files in the site's folder",
    fix: () =>
      "Give the identity Full Control on the site's root folder (the Windows user, or the Web Management Service's identity for IIS Manager users), or run 'Configure Web Deploy Publishing' for the site in IIS Manager."
  },
  ERROR_INSUFFICIENT_ACCESS_TO_APPHOSTCONFIG: {
    summary: 'the createApp delegation identity cannot write applicationHost.config',
    fix: () =>
      'Give the RunAs identity of the createApp delegation rule write access to %windir%\\system32\\inetsrv\\config\\applicationHost.config.'
  },
  ERROR_FAILED_TO_BRING_APP_ONLINE: {
    summary: 'Web Deploy could not remove App_Offline.htm after the sync: the app stays offline (503)',
    fix: () =>
      "Delete App_Offline.htm from the app's root folder on the server (a rerun with the AppOffline rule also removes it), and check the server's event log for why it could not."
  },
  ERROR_USER_NOT_ADMIN: {
    summary: 'the Remote Agent Service needs an administrator account',
    fix: () =>
      "Use an administrator of the server, or deploy through the Web Management Service: 'msdeploy-url: https://host:8172/msdeploy.axd?site=<site>'."
  },
  ERROR_PROXY_GATEWAY: {
    summary: 'a proxy gateway blocks the connection to the Web Deploy server',
    fix: () =>
      'Web Deploy ignores the system proxy settings: deploy from a network that reaches the server directly.'
  },
  ERROR_OBJECT_TO_BE_DELETED_DOES_NOT_EXIST: {
    summary: 'something else changed the destination during the sync',
    fix: () =>
      'Make sure no other deploy or process writes to the target at the same time, and run the deploy again.',
    transient: true
  },
  ERROR_EXCEPTION_WHILE_CREATING_OBJECT: {
    summary: 'Web Deploy could not read the source',
    fix: () => "Check that 'source' exists and that the runner's account can read every file in it."
  },
  ERROR_API_NOT_SUPPORTED: {
    summary: 'the server runs an older Web Deploy than this msdeploy',
    fix: () => 'Install the latest Web Deploy (3.6 or later) on the server.'
  },
  ERROR_ASSEMBLY_NOT_FOUND: {
    summary: 'Web Deploy could not load one of its components',
    fix: () => 'Repair or reinstall Web Deploy (3.6 or later) on the machine that reported it.'
  },
  ERROR_NOT_SUPPORTED: {
    summary: 'the server does not allow creating or changing applications during a publish',
    fix: () => "Create the application on the server first, then deploy to it ('site' + 'application')."
  },
  ERROR_MAX_NUM_APPLICATIONS_EXCEEDED: {
    summary: 'the server allows no more applications for this user',
    fix: () => 'Ask the server administrator for more applications, or remove unused ones.'
  },
  ERROR_FRAMEWORK_VERSIONS_DO_NOT_MATCH: {
    summary: 'msdeploy here and on the server run on different .NET Framework versions',
    fix: () => 'Install the same Web Deploy and .NET Framework versions on the runner and the server.'
  },
  ERROR_INVALID_PATH: { summary: 'msdeploy did not accept a provider path', fix: () => BUG },
  ERROR_INVALID_SETTING_SPECIFIED: { summary: 'msdeploy did not accept a provider setting', fix: () => BUG },
  ERROR_INVALID_SETTING_VALUE_SPECIFIED: {
    summary: 'msdeploy did not accept a provider setting value',
    fix: () => BUG
  }
}

function knownError(code: string | undefined): KnownError | undefined {
  if (code === undefined) return undefined
  const known = KNOWN_ERRORS[code]
  if (known) return known
  const provider = /^ERROR_USER_NOT_AUTHORIZED_FOR_(\w+)$/.exec(code)?.[1]
  if (provider) {
    return {
      summary: `the user is not allowed to use the Web Deploy provider '${provider}' (no delegation rule)`,
      fix: () =>
        `Add a Management Service delegation rule for '${provider}' on the server (IIS Manager, Management Service Delegation), or repair Web Deploy so it recreates its default rules.`
    }
  }
  return undefined
}

/** msdeploy's error, classified: the Web Deploy code (when there is one), what happened and the fix. */
export class MsDeployError extends ToolError {
  override name = 'MsDeployError'
  constructor(
    /** `ERROR_FILE_IN_USE`, `MSDEPLOY_COMMAND_LINE` (msdeploy could not read its arguments), or undefined. */
    readonly code: string | undefined,
    exitCode: number | undefined,
    message: string,
    fix: string | undefined,
    /** Worth running the whole sync again. */
    readonly transient: boolean,
    /** msdeploy's own error texts (already masked). */
    readonly details: readonly string[]
  ) {
    super('msdeploy', exitCode, message, fix)
  }
}

/** Code used when msdeploy refused its command line (`Unrecognized argument …`): always our bug. */
export const MSDEPLOY_COMMAND_LINE_ERROR = 'MSDEPLOY_COMMAND_LINE'

function exitCodeText(exitCode: number): string {
  const normalized = normalizeMsDeployExitCode(exitCode)
  return normalized === exitCode
    ? `exit code ${exitCode}`
    : `exit code ${normalized} (reported as ${exitCode})`
}

/**
 * The failure msdeploy reported, or undefined when it succeeded. Decides from the text first (an error block or a
 * non-zero `Error count`), the exit code second. Pass output that is already masked: it ends up in the message.
 */
export function classifyMsDeployFailure(
  output: MsDeployOutput,
  exitCode: number,
  context: MsDeployErrorContext = {}
): MsDeployError | undefined {
  const failedByText = output.errors.length > 0 || (output.errorCount ?? 0) > 0
  if (!failedByText && !isMsDeployFailureExitCode(exitCode)) return undefined

  const coded =
    output.errors.find((e) => e.code !== undefined && knownError(e.code)) ??
    output.errors.find((e) => e.code !== undefined)
  const commandLine = output.errors.find((e) => /Unrecognized argument|must begin with "-"/i.test(e.message))
  const details = output.errors.flatMap((e) => [e.message, ...e.details]).filter(Boolean)
  const shownDetails = details.slice(0, 6).join(' | ')

  if (!coded && commandLine) {
    return new MsDeployError(
      MSDEPLOY_COMMAND_LINE_ERROR,
      exitCode,
      `msdeploy failed (${exitCodeText(exitCode)}): it could not read its command line: ${commandLine.message}`,
      BUG,
      false,
      details
    )
  }
  // Without a code, a dropped transport is still a dropped connection (peers map the text the same way).
  const code =
    coded?.code ??
    (/transport connection/i.test(details.join('\n')) ? 'ERROR_CONNECTION_TERMINATED' : undefined)
  const known = knownError(code)
  const parts = [`msdeploy failed (${exitCodeText(exitCode)}${code ? `, ${code}` : ''})`]
  if (known) parts.push(`: ${known.summary}.`)
  else parts.push('.')
  if (shownDetails) parts.push(` msdeploy said: ${shownDetails}`)
  if (code === 'ERROR_FILE_IN_USE' && context.retryAttempts !== undefined) {
    parts.push(` (after msdeploy's ${context.retryAttempts} retries)`)
  }
  if (context.appOffline && code !== 'ERROR_FAILED_TO_BRING_APP_ONLINE') {
    // windows-facts §4.4: on failure the AppOffline rule leaves App_Offline.htm in place.
    parts.push(
      ' The AppOffline rule may have left App_Offline.htm in place: the app answers 503 until it is removed.'
    )
  }
  let fix = known?.fix(context)
  if (!fix && code) fix = `See https://go.microsoft.com/fwlink/?LinkId=221672#${code} for what ${code} means.`
  if (!fix) fix = 'Read the msdeploy output above; rerun with debug logging for the full log.'
  return new MsDeployError(code, exitCode, parts.join(''), fix, known?.transient ?? false, details)
}
