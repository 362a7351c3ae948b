// A pool running as a specific account (`pool-identity: SpecificUser`, issue 13). appcmd takes values only as
// arguments, and a process's command line is readable by every user of the machine, so the password never goes to
// appcmd. Instead a fixed Windows PowerShell script (never built from inputs) reads one JSON request from standard
// input and sets the identity through Microsoft.Web.Administration, the IIS configuration API Octopus' library steps
// use; the API stores the password encrypted, as IIS Manager does. docs/app-pool-settings.md has the sources.
// Group managed service accounts (`DOMAIN\name$`) have no password: an empty one is written.

import { InputError, ToolError } from '../../core/errors.js'
import type { CommandRunner, Reporter } from '../../core/ports.js'
import { findAttribute, type AppcmdTextNode } from './appcmd.js'

export interface PoolAccount {
  userName: string
  /** '' for a group managed service account. */
  password: string
}

/** A group managed service account: `DOMAIN\name$` (its password is managed by Active Directory). */
export function isManagedServiceAccount(userName: string): boolean {
  return userName.trim().endsWith('$')
}

/**
 * Checks `pool-username`/`pool-password` against `pool-identity`: SpecificUser needs a user name (`DOMAIN\user`,
 * `user@domain`, `.\user`) and a password, except a gMSA, which must have none; other identities take neither.
 */
export function validatePoolAccount(
  identity: string,
  userName: string | undefined,
  password: string | undefined
): PoolAccount | undefined {
  if (identity !== 'SpecificUser') {
    if (userName !== undefined || password !== undefined)
      throw new InputError(
        userName !== undefined ? 'pool-username' : 'pool-password',
        `Inputs 'pool-username' and 'pool-password' are used only with 'pool-identity: SpecificUser' (it is '${identity}'): set pool-identity: SpecificUser, or remove them.`
      )
    return undefined
  }
  if (userName === undefined)
    throw new InputError(
      'pool-username',
      `Input 'pool-username' is needed with 'pool-identity: SpecificUser': the account the pool runs as, e.g. CONTOSO\\svc-web or CONTOSO\\gmsa-web$.`
    )
  if (
    /["\r\n\t]/.test(userName) ||
    !/^(?:[^\\@\s]+\\[^\\@\s]+|[^\\@\s]+@[^\\@\s]+|[^\\@\s]+)$/.test(userName)
  )
    throw new InputError(
      'pool-username',
      `Input 'pool-username' is '${userName}': use DOMAIN\\user, user@domain or .\\user (no quotes or spaces).`
    )
  if (isManagedServiceAccount(userName)) {
    if (password !== undefined)
      throw new InputError(
        'pool-password',
        `Input 'pool-password' is set, but '${userName}' is a group managed service account, which has no password: leave pool-password empty.`
      )
    return { userName, password: '' }
  }
  if (password === undefined)
    throw new InputError(
      'pool-password',
      `Input 'pool-password' is needed for '${userName}' (pass it from a secret). Only a group managed service account (name ending in $) has none.`
    )
  return { userName, password }
}

/** What the pool has now: identity type, user name and password (appcmd prints the password decrypted). */
export function currentPoolAccount(tree: AppcmdTextNode): {
  identityType: string
  userName: string
  password: string
} {
  return {
    identityType: findAttribute(tree, 'processModel.identityType') ?? '',
    userName: findAttribute(tree, 'processModel.userName') ?? '',
    password: findAttribute(tree, 'processModel.password') ?? ''
  }
}

/**
 * The script, fixed: the request arrives on standard input as JSON `{ pool, userName, password }`. It exits 3 when
 * the pool does not exist; any other failure is PowerShell's own error (exit 1).
 */
export const SET_POOL_IDENTITY_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '$request = [Console]::In.ReadToEnd() | ConvertFrom-Json',
  "Add-Type -Path (Join-Path $env:windir 'System32\\inetsrv\\Microsoft.Web.Administration.dll')",
  '$manager = New-Object Microsoft.Web.Administration.ServerManager',
  '$pool = $manager.ApplicationPools[$request.pool]',
  "if ($null -eq $pool) { [Console]::Error.WriteLine('Application pool not found: ' + $request.pool); exit 3 }",
  '$pool.ProcessModel.IdentityType = [Microsoft.Web.Administration.ProcessModelIdentityType]::SpecificUser',
  '$pool.ProcessModel.UserName = $request.userName',
  '$pool.ProcessModel.Password = $request.password',
  '$manager.CommitChanges()',
  "Write-Output ('Application pool ' + $request.pool + ' runs as ' + $request.userName)"
].join('\n')

/** `-EncodedCommand` takes the script as Base64 of its UTF-16LE bytes (powershell.exe /?). */
export function encodePowerShellCommand(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64')
}

/** Windows PowerShell running one fixed script: no logo, no profile, no prompt, not stopped by the policy. */
export function buildPowerShellScriptArgs(script: string): string[] {
  return [
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    encodePowerShellCommand(script)
  ]
}

/** The argv: the fixed script. Nothing in it depends on an input. */
export function buildSetPoolIdentityArgs(): string[] {
  return buildPowerShellScriptArgs(SET_POOL_IDENTITY_SCRIPT)
}

/** How the command is shown in logs and plans (the script is fixed; the request on stdin is never shown). */
export const SET_POOL_IDENTITY_DISPLAY =
  'powershell -NoProfile -NonInteractive -EncodedCommand <set processModel through Microsoft.Web.Administration> (user name and password on standard input)'

export interface SetPoolIdentityOptions {
  runner: CommandRunner
  /** powershell.exe (ToolResolver 'powershell'). */
  powershellPath: string
  reporter: Reporter
  pool: string
  account: PoolAccount
  signal?: AbortSignal
}

/** Sets the pool's identity to the account; the password travels on standard input only. */
export async function setPoolIdentity(options: SetPoolIdentityOptions): Promise<void> {
  const { runner, reporter, pool, account } = options
  if (account.password !== '') reporter.registerSecret(account.password)
  reporter.info(SET_POOL_IDENTITY_DISPLAY)
  const result = await runner.run(options.powershellPath, buildSetPoolIdentityArgs(), {
    silent: true,
    signal: options.signal,
    outputEncoding: 'oem',
    input: JSON.stringify({ pool, userName: account.userName, password: account.password })
  })
  if (result.exitCode === 0) return
  const text = reporter.mask(`${result.stderr}\n${result.stdout}`.trim().replace(/\s+/g, ' '))
  throw new ToolError(
    'powershell',
    result.exitCode,
    `Setting the identity of app pool '${pool}' to ${account.userName} failed (exit code ${result.exitCode}): ${text || 'no output'}`,
    result.exitCode === 3
      ? `The pool does not exist: check \`app-pool\`, or set \`create: true\`.`
      : 'Run elevated (an administrator can change IIS configuration), and check that Windows PowerShell 5.1 and the IIS Management Scripts and Tools (Microsoft.Web.Administration) are installed.'
  )
}
