// The fake Windows PowerShell (powershell.exe). It cannot run PowerShell: it stands in for the one kind of script
// iis-deploy runs, a Microsoft.Web.Administration update of an app pool's processModel (identity type, user name,
// password), and refuses anything else. What it checks is what powershell.exe documents: `-EncodedCommand` is the
// Base64 of the script's UTF-16LE bytes (`powershell.exe -?`), and the script reads its request from standard input
// (`[Console]::In`). The script must use the documented API members it relies on (ServerManager.ApplicationPools,
// ProcessModel.IdentityType/UserName/Password, CommitChanges); the request is the JSON document the script parses with
// ConvertFrom-Json ({ pool, userName, password }). The command line is journaled, standard input never is.
// It also stands in for the two certificate scripts (lib/cert-store.mjs): a read-only look at Cert:\LocalMachine\My
// (which must not write: no Add, no Set-Acl) and the PFX import / private key grant.
import { change, inspect } from './cert-store.mjs'
import { logCommand, takeCommandFault } from './common.mjs'
import { readState, resolveStateDir, updateState } from './iis-state.mjs'

/** @param {string[]} argv */
function encodedCommand(argv) {
  const i = argv.findIndex((a) => /^-(e|ec|encodedcommand)$/i.test(a))
  if (i < 0 || argv[i + 1] === undefined) return undefined
  return Buffer.from(argv[i + 1] ?? '', 'base64').toString('utf16le')
}

const POOL_PROCESS_MODEL_CALLS = [
  '[Console]::In.ReadToEnd()',
  'ConvertFrom-Json',
  'Microsoft.Web.Administration.ServerManager',
  '.ApplicationPools[',
  '.ProcessModel.IdentityType',
  '.ProcessModel.UserName',
  '.ProcessModel.Password',
  '.CommitChanges()'
]

const READ_REQUEST = ['[Console]::In.ReadToEnd()', 'ConvertFrom-Json']
const STORE_CALLS = ["X509Store('My', 'LocalMachine')", 'FindByThumbprint', 'HasPrivateKey']
/** The read-only certificate script: the store opened ReadOnly, the key file's ACL read, nothing written. */
const INSPECT_CALLS = [...READ_REQUEST, ...STORE_CALLS, "'ReadOnly'", 'GetAccessRules', 'ConvertTo-Json']
const WRITES = ['.Add(', 'Set-Acl', "'ReadWrite'", 'AddAccessRule']
/** The import/grant script: the documented .NET members it needs. */
const CHANGE_CALLS = [
  ...READ_REQUEST,
  ...STORE_CALLS,
  'X509Certificate2Collection',
  '.Import([Convert]::FromBase64String(',
  'MachineKeySet',
  'PersistKeySet',
  "'ReadWrite'",
  '$store.Add(',
  'FileSystemAccessRule',
  'Set-Acl'
]

/** @param {string} script @param {string[]} calls */
const hasAll = (script, calls) => calls.every((call) => script.includes(call))

/**
 * Runs a certificate script against the fake store. @param {string[]} argv @param {string} stdin
 * @param {'inspect' | 'change'} kind
 * @returns {{ output: string, exitCode: number, stream?: 'stdout' | 'stderr' }}
 */
function certificateScript(argv, stdin, kind) {
  /** @type {Record<string, unknown>} */
  let request
  try {
    request = JSON.parse(stdin)
  } catch {
    return { output: 'ConvertFrom-Json : Invalid JSON primitive.', exitCode: 1, stream: 'stderr' }
  }
  return updateState(resolveStateDir(), (state) => {
    logCommand(state, ['powershell', ...argv].join(' '))
    const fault = takeCommandFault(state, ['powershell'])
    if (fault)
      return { output: fault.message ?? 'Exception', exitCode: fault.exitCode ?? 1, stream: 'stderr' }
    return kind === 'inspect' ? inspect(state, request) : change(state, request)
  })
}

/**
 * Runs one powershell command line with `stdin` as its standard input.
 * @param {string[]} argv @param {string} stdin
 * @returns {{ output: string, exitCode: number, stream?: 'stdout' | 'stderr' }}
 */
export function powershell(argv, stdin) {
  const stateDir = resolveStateDir()
  const script = encodedCommand(argv)
  if (script === undefined)
    return { output: 'The fake powershell runs only -EncodedCommand scripts.', exitCode: 1, stream: 'stderr' }
  if (hasAll(script, INSPECT_CALLS) && !WRITES.some((w) => script.includes(w)))
    return certificateScript(argv, stdin, 'inspect')
  if (hasAll(script, CHANGE_CALLS)) return certificateScript(argv, stdin, 'change')
  const missing = POOL_PROCESS_MODEL_CALLS.filter((call) => !script.includes(call))
  if (missing.length > 0)
    return {
      output: `The fake powershell knows only the app pool processModel script; this one lacks ${missing.join(', ')}.`,
      exitCode: 1,
      stream: 'stderr'
    }
  if (!readState(stateDir).iisInstalled)
    return {
      output: 'Add-Type : Cannot find path Microsoft.Web.Administration.dll',
      exitCode: 1,
      stream: 'stderr'
    }
  /** @type {{ pool?: unknown, userName?: unknown, password?: unknown }} */
  let request
  try {
    request = JSON.parse(stdin)
  } catch {
    return { output: 'ConvertFrom-Json : Invalid JSON primitive.', exitCode: 1, stream: 'stderr' }
  }
  const { pool: name, userName, password } = request
  if (typeof name !== 'string' || typeof userName !== 'string' || typeof password !== 'string')
    return { output: 'The property cannot be found on this object.', exitCode: 1, stream: 'stderr' }
  return updateState(stateDir, (state) => {
    logCommand(state, ['powershell', ...argv].join(' '))
    const fault = takeCommandFault(state, ['powershell'])
    if (fault)
      return {
        output: fault.message ?? 'Exception calling "CommitChanges"',
        exitCode: fault.exitCode ?? 1,
        stream: 'stderr'
      }
    const pool = state.pools.find((p) => p.name.toLowerCase() === name.toLowerCase())
    if (!pool) return { output: `Application pool not found: ${name}`, exitCode: 3, stream: 'stderr' }
    pool.processModel.identityType = 'SpecificUser'
    pool.processModel.userName = userName
    pool.processModel.password = password
    return { output: `Application pool ${pool.name} runs as ${userName}`, exitCode: 0, stream: 'stdout' }
  })
}
