// Certificates from the pipeline (issue 13, docs/certificates.md): a PFX given as a secret (base64) or a file, with
// its password, imported into LocalMachine\My when its thumbprint is missing there, and read access to its private
// key granted to the pool's identity, as Octopus Deploy does.
//
// The PFX is read here first, before anything on the server changes: the password must open it (its MAC), it must
// hold a certificate with its private key, and its thumbprint (SHA-1 of the certificate's DER, what Windows shows)
// is what the https bindings then use. node-forge reads the PKCS#12 container (Node's crypto cannot); Node's own
// X509Certificate reads the certificate inside it.
//
// The server side is two fixed Windows PowerShell scripts (never built from inputs): one only reads the store, one
// imports or grants. The request, PFX and password included, travels as JSON on standard input, never in argv or a
// file: a process's command line is readable by every user of the machine.

import crypto from 'node:crypto'
import type forgeTypes from 'node-forge'
import { InputError, ToolError } from '../../core/errors.js'
import type { CommandRunner, Reporter } from '../../core/ports.js'
import { buildPowerShellScriptArgs } from './pool-identity.js'

/** The only store a PFX is imported into (HTTP.sys reads bindings' certificates from LocalMachine). */
export const PFX_STORE = 'My'

/** A PFX read and checked: what the import needs and what the bindings use. */
export interface PfxCertificate {
  /** The PFX as base64 (a registered secret): it travels to PowerShell on standard input only. */
  base64: string
  /** Upper-case SHA-1 thumbprint of the certificate that has the private key. */
  thumbprint: string
  /** `CN=shop.example.com`, for the plan and the summary. */
  subject: string
  /** Expiry (ISO date), for the summary. */
  notAfter: string
  /** The input the PFX came from (`certificate-pfx` or `certificate-pfx-file`), named in every error. */
  input: 'certificate-pfx' | 'certificate-pfx-file'
}

/**
 * Decodes a base64 PFX as GitHub and Azure DevOps secrets hold it: line breaks and spaces (a wrapped `base64`
 * output) are ignored; anything else that is not base64 is refused. The value is never quoted back.
 */
export function decodePfxBase64(value: string, input = 'certificate-pfx'): Buffer {
  const compact = value.replace(/\s+/g, '')
  if (compact === '' || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
    throw new InputError(
      input,
      `Input '${input}' is not base64 (${compact.length} characters after removing line breaks): give the PFX file's bytes in base64, e.g. from \`base64 -w0 site.pfx\` or \`[Convert]::ToBase64String([IO.File]::ReadAllBytes('site.pfx'))\`.`
    )
  return Buffer.from(compact, 'base64')
}

let loadedForge: typeof forgeTypes | undefined

/**
 * Loads node-forge (./pfx-library.ts, a chunk of its own) once. Options parsing awaits it when a PFX input is set
 * (`readDeployOptions`), so `readPfx` stays synchronous inside the input check.
 */
export async function loadPfxReader(): Promise<void> {
  if (loadedForge) return
  const module = (await import('./pfx-library.js')) as { default: typeof forgeTypes }
  loadedForge = module.default
}

function forgeLibrary(): typeof forgeTypes {
  if (!loadedForge) {
    throw new Error('certificate: a PFX was read before loadPfxReader() resolved (a bug in iis-deploy).')
  }
  return loadedForge
}

/** The DER bytes of a forge certificate bag: the original ASN.1 when forge kept it, else re-encoded. */
function certificateDer(bag: forgeTypes.pkcs12.Bag): Buffer | undefined {
  const forge = forgeLibrary()
  const asn1 =
    (bag as { asn1?: forgeTypes.asn1.Asn1 }).asn1 ??
    (bag.cert ? forge.pki.certificateToAsn1(bag.cert) : undefined)
  return asn1 ? Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary') : undefined
}

function localKeyId(bag: forgeTypes.pkcs12.Bag): string | undefined {
  const ids = bag.attributes?.localKeyId as string[] | undefined
  return ids?.[0] === undefined ? undefined : Buffer.from(ids[0], 'binary').toString('hex')
}

/** `C8:D3:…` (Node's fingerprint) → `C8D3…`. */
function thumbprintOf(x509: crypto.X509Certificate): string {
  return x509.fingerprint.replace(/:/g, '').toUpperCase()
}

/**
 * Opens a PFX with its password and returns the certificate that has the private key. Refused, naming the input:
 * a wrong password (the PKCS#12 MAC does not verify), a PFX without a private key (only a certificate: HTTP.sys
 * cannot serve TLS with it), or several keyed certificates none of which the PFX ties to its key.
 */
export function readPfx(
  bytes: Buffer,
  password: string,
  input: PfxCertificate['input'] = 'certificate-pfx'
): Omit<PfxCertificate, 'base64' | 'input'> {
  const forge = forgeLibrary()
  let p12: forgeTypes.pkcs12.Pkcs12Pfx
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')))
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, true, password)
  } catch (error) {
    const text = (error as Error).message ?? ''
    if (/MAC could not be verified|wrong password|Invalid password/i.test(text))
      throw new InputError(
        'certificate-pfx-password',
        `Input 'certificate-pfx-password' does not open the PFX of '${input}' (its integrity check fails): give the password the PFX was exported with.`
      )
    throw new InputError(
      input,
      `Input '${input}' is not a PFX (PKCS#12) file this tool can read (${text.replace(/\s+/g, ' ').slice(0, 120)}): export the certificate with its private key as .pfx.`
    )
  }
  const bagsOf = (type: string | undefined): forgeTypes.pkcs12.Bag[] =>
    type === undefined ? [] : (p12.getBags({ bagType: type })[type] ?? [])
  const certBags = bagsOf(forge.pki.oids.certBag)
  const keyBags = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(forge.pki.oids.keyBag)]
  if (certBags.length === 0)
    throw new InputError(
      input,
      `Input '${input}': the PFX holds no certificate. Export the certificate with its private key.`
    )
  if (keyBags.length === 0)
    throw new InputError(
      input,
      `Input '${input}': the PFX holds no private key (only ${certBags.length} certificate(s)). HTTPS needs the key: export the certificate "with the private key" (Windows: Export-PfxCertificate; OpenSSL: pkcs12 -export -inkey key.pem).`
    )
  const keyIds = new Set(keyBags.map(localKeyId).filter((id): id is string => id !== undefined))
  const keyed = certBags.filter((bag) => {
    const id = localKeyId(bag)
    return id !== undefined && keyIds.has(id)
  })
  const chosen =
    keyed.length === 1 ? keyed[0] : certBags.length === 1 && keyBags.length === 1 ? certBags[0] : undefined
  if (chosen === undefined)
    throw new InputError(
      input,
      `Input '${input}': the PFX holds ${certBags.length} certificates and ${keyBags.length} keys without saying which certificate the key belongs to. Export one certificate with its key (and its chain).`
    )
  const der = certificateDer(chosen)
  let x509: crypto.X509Certificate
  try {
    if (!der) throw new Error('no certificate bytes')
    x509 = new crypto.X509Certificate(der)
  } catch (error) {
    throw new InputError(
      input,
      `Input '${input}': the PFX's certificate cannot be read (${(error as Error).message}).`
    )
  }
  return {
    thumbprint: thumbprintOf(x509),
    subject: x509.subject.replace(/\n/g, ', '),
    notAfter: new Date(x509.validTo).toISOString()
  }
}

export interface PfxInputs {
  /** `certificate-pfx` as given (base64). */
  pfxBase64?: string
  /** The bytes of `certificate-pfx-file`, already read. */
  pfxFileBytes?: Buffer
  password?: string
  /** `certificate-thumbprint`, normalized upper case, when also given. */
  thumbprint?: string
  /** `certificate-store`. */
  store: string
}

/**
 * The whole check of the PFX inputs, before any change: one source, a password, the PFX opens and has its key,
 * a `certificate-thumbprint` given too names the same certificate, and the store is LocalMachine\My. Undefined
 * when no PFX is given (then `certificate-pfx-password` must not be either).
 */
export function validatePfxInputs(inputs: PfxInputs): PfxCertificate | undefined {
  const { pfxBase64, pfxFileBytes, password } = inputs
  if (pfxBase64 === undefined && pfxFileBytes === undefined) {
    if (password !== undefined)
      throw new InputError(
        'certificate-pfx-password',
        `Input 'certificate-pfx-password' is set but no PFX is given: set 'certificate-pfx' (base64, from a secret) or 'certificate-pfx-file', or remove the password.`
      )
    return undefined
  }
  if (pfxBase64 !== undefined && pfxFileBytes !== undefined)
    throw new InputError(
      'certificate-pfx-file',
      `Inputs 'certificate-pfx' and 'certificate-pfx-file' are both set: give the PFX one way.`
    )
  const input = pfxBase64 !== undefined ? 'certificate-pfx' : 'certificate-pfx-file'
  if (password === undefined)
    throw new InputError(
      'certificate-pfx-password',
      `Input 'certificate-pfx-password' is needed with '${input}' (pass it from a secret). A PFX without a password cannot be told from a wrong one; export it with a password.`
    )
  if (inputs.store.toLowerCase() !== PFX_STORE.toLowerCase())
    throw new InputError(
      'certificate-store',
      `Input 'certificate-store' is '${inputs.store}', but a PFX is imported into LocalMachine\\My only: remove 'certificate-store' (or set it to My).`
    )
  const bytes = pfxBase64 !== undefined ? decodePfxBase64(pfxBase64) : (pfxFileBytes as Buffer)
  const read = readPfx(bytes, password, input)
  if (inputs.thumbprint !== undefined && inputs.thumbprint.toUpperCase() !== read.thumbprint)
    throw new InputError(
      'certificate-thumbprint',
      `Input 'certificate-thumbprint' is '${inputs.thumbprint}', but the certificate in '${input}' has thumbprint ${read.thumbprint} (${read.subject}): remove 'certificate-thumbprint' (the PFX's is used) or give the matching PFX.`
    )
  return { ...read, base64: bytes.toString('base64'), input }
}

// ---------------------------------------------------------------------------------------------------------------
// The PowerShell scripts (Windows PowerShell 5.1, .NET Framework): fixed text, the request on standard input.

/** Shared helpers: the private key's file (CNG key or CryptoAPI container) and the account's SID. */
const KEY_HELPERS = [
  'function Get-KeyFile($cert) {',
  // A CryptoAPI key (the usual result of a PFX import on .NET Framework) has a container in RSA\MachineKeys; a CNG key
  // a file in Keys. $cert.PrivateKey throws for CNG keys on .NET Framework, hence the fallback.
  '  $csp = $null',
  '  try { $csp = $cert.PrivateKey } catch { }',
  '  $names = @()',
  '  if ($null -ne $csp -and $null -ne $csp.CspKeyContainerInfo) { $names += $csp.CspKeyContainerInfo.UniqueKeyContainerName }',
  '  $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($cert)',
  '  if ($null -eq $key) { $key = [System.Security.Cryptography.X509Certificates.ECDsaCertificateExtensions]::GetECDsaPrivateKey($cert) }',
  '  if ($null -ne $key -and $null -ne $key.Key) { $names += $key.Key.UniqueName }',
  "  foreach ($name in $names) { foreach ($folder in @('Microsoft\\Crypto\\RSA\\MachineKeys', 'Microsoft\\Crypto\\Keys')) {",
  '    $file = Join-Path (Join-Path $env:ProgramData $folder) $name',
  '    if (Test-Path -LiteralPath $file) { return $file }',
  '  } }',
  "  throw ('The private key file of ' + $cert.Thumbprint + ' was not found under ' + $env:ProgramData + '\\Microsoft\\Crypto')",
  '}',
  'function Get-Sid($account) {',
  "  if ($account.StartsWith('*')) { return New-Object System.Security.Principal.SecurityIdentifier($account.Substring(1)) }",
  '  return (New-Object System.Security.Principal.NTAccount($account)).Translate([System.Security.Principal.SecurityIdentifier])',
  '}',
  'function Test-Read($file, $sid) {',
  '  $read = [System.Security.AccessControl.FileSystemRights]::Read',
  '  foreach ($rule in (Get-Acl -LiteralPath $file).GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])) {',
  "    if ($rule.IdentityReference -eq $sid -and $rule.AccessControlType -eq 'Allow' -and ($rule.FileSystemRights -band $read) -eq $read) { return $true }",
  '  }',
  '  return $false',
  '}',
  'function Open-Store($mode) {',
  "  $store = New-Object System.Security.Cryptography.X509Certificates.X509Store('My', 'LocalMachine')",
  '  $store.Open($mode)',
  '  return $store',
  '}'
]

/**
 * Reads only. Request `{ thumbprint, account }` (account may be null); prints one JSON line
 * `{ present, hasPrivateKey, granted, subject }`. Exit 6: the account does not resolve to a SID.
 */
export const INSPECT_CERTIFICATE_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '$request = [Console]::In.ReadToEnd() | ConvertFrom-Json',
  ...KEY_HELPERS,
  "$store = Open-Store 'ReadOnly'",
  "$found = $store.Certificates.Find('FindByThumbprint', $request.thumbprint, $false)",
  '$result = @{ present = $false; hasPrivateKey = $false; granted = $false; subject = $null }',
  'if ($found.Count -gt 0) {',
  '  $cert = $found[0]',
  '  $result.present = $true',
  '  $result.subject = $cert.Subject',
  '  $result.hasPrivateKey = $cert.HasPrivateKey',
  '  if ($cert.HasPrivateKey -and $request.account) {',
  "    try { $sid = Get-Sid $request.account } catch { [Console]::Error.WriteLine('Account not found: ' + $request.account); exit 6 }",
  '    $result.granted = Test-Read (Get-KeyFile $cert) $sid',
  '  }',
  '}',
  '$store.Close()',
  'Write-Output ($result | ConvertTo-Json -Compress)'
].join('\n')

/**
 * Changes. Request `{ action: 'import', pfx, password, thumbprint }`: opens the PFX (machine key set, persisted, not
 * exportable) and adds the certificate with that thumbprint to LocalMachine\My; exit 4 when it has no private key,
 * 5 when the PFX holds no such certificate. Request `{ action: 'grant', thumbprint, account }`: adds an allow Read
 * rule for the account's SID to the private key's file; exit 3 when the certificate is not in the store, 4 when it
 * has no private key, 6 when the account does not resolve. Prints one JSON line `{ done, thumbprint }`.
 */
export const CHANGE_CERTIFICATE_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '$request = [Console]::In.ReadToEnd() | ConvertFrom-Json',
  ...KEY_HELPERS,
  "if ($request.action -eq 'import') {",
  "  $flags = [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]'MachineKeySet, PersistKeySet'",
  '  $collection = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2Collection',
  '  $collection.Import([Convert]::FromBase64String($request.pfx), $request.password, $flags)',
  '  $cert = $collection | Where-Object { $_.Thumbprint -eq $request.thumbprint } | Select-Object -First 1',
  "  if ($null -eq $cert) { [Console]::Error.WriteLine('The PFX holds no certificate with thumbprint ' + $request.thumbprint); exit 5 }",
  "  if (-not $cert.HasPrivateKey) { [Console]::Error.WriteLine('The PFX has no private key for ' + $cert.Subject); exit 4 }",
  "  $store = Open-Store 'ReadWrite'",
  '  $store.Add($cert)',
  '  $store.Close()',
  "} elseif ($request.action -eq 'grant') {",
  "  $store = Open-Store 'ReadOnly'",
  "  $found = $store.Certificates.Find('FindByThumbprint', $request.thumbprint, $false)",
  '  $store.Close()',
  "  if ($found.Count -eq 0) { [Console]::Error.WriteLine('Not in Cert:\\LocalMachine\\My: ' + $request.thumbprint); exit 3 }",
  '  $cert = $found[0]',
  "  if (-not $cert.HasPrivateKey) { [Console]::Error.WriteLine('No private key: ' + $request.thumbprint); exit 4 }",
  "  try { $sid = Get-Sid $request.account } catch { [Console]::Error.WriteLine('Account not found: ' + $request.account); exit 6 }",
  '  $file = Get-KeyFile $cert',
  '  $acl = Get-Acl -LiteralPath $file',
  "  $rule = New-Object System.Security.AccessControl.FileSystemAccessRule($sid, 'Read', 'Allow')",
  '  $acl.AddAccessRule($rule)',
  '  Set-Acl -LiteralPath $file -AclObject $acl',
  "} else { [Console]::Error.WriteLine('Unknown action'); exit 2 }",
  'Write-Output (@{ done = $request.action; thumbprint = $request.thumbprint } | ConvertTo-Json -Compress)'
].join('\n')

/** The argv of the read-only script: nothing in it depends on an input. */
export function buildInspectCertificateArgs(): string[] {
  return buildPowerShellScriptArgs(INSPECT_CERTIFICATE_SCRIPT)
}

/** The argv of the import/grant script: nothing in it depends on an input. */
export function buildChangeCertificateArgs(): string[] {
  return buildPowerShellScriptArgs(CHANGE_CERTIFICATE_SCRIPT)
}

/** How the commands are shown in logs and plans (the request on stdin is never shown). */
export function describeImport(pfx: Pick<PfxCertificate, 'thumbprint' | 'subject'>): string {
  return `powershell -NoProfile -NonInteractive -EncodedCommand <import PFX into Cert:\\LocalMachine\\My> (PFX and password on standard input): ${pfx.thumbprint} (${pfx.subject})`
}

export function describeGrant(thumbprint: string, account: string): string {
  return `powershell -NoProfile -NonInteractive -EncodedCommand <grant Read on the private key> : ${account} on ${thumbprint}`
}

/** The JSON the inspect script prints. */
export interface StoredCertificate {
  present: boolean
  hasPrivateKey: boolean
  granted: boolean
}

/** The one JSON line a script prints (PowerShell may print a BOM or blank lines around it). */
export function parseScriptJson(stdout: string): Record<string, unknown> | undefined {
  for (const line of stdout
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .reverse()) {
    const text = line.trim()
    if (!text.startsWith('{')) continue
    try {
      return JSON.parse(text) as Record<string, unknown>
    } catch {
      return undefined
    }
  }
  return undefined
}

export interface CertificateRunOptions {
  runner: CommandRunner
  /** powershell.exe (ToolResolver 'powershell'). */
  powershellPath: string
  reporter: Reporter
  signal?: AbortSignal
}

const FIX_ELEVATED =
  'Run elevated (an administrator can write Cert:\\LocalMachine\\My and its keys), with Windows PowerShell 5.1 and .NET Framework 4.7 or later.'

function scriptFailure(
  what: string,
  exitCode: number,
  stderr: string,
  stdout: string,
  reporter: Reporter
): ToolError {
  const text = reporter.mask(`${stderr}\n${stdout}`.trim().replace(/\s+/g, ' '))
  const fix: Record<number, string> = {
    3: 'The certificate is not in Cert:\\LocalMachine\\My: give the PFX (certificate-pfx) so it is imported.',
    4: 'The certificate has no private key: import it from a PFX exported with its private key.',
    5: "The PFX does not hold the certificate asked for: check 'certificate-thumbprint'.",
    6: "Windows cannot resolve the pool's account to a SID: check 'pool-identity'/'pool-username', and that the app pool exists."
  }
  return new ToolError(
    'powershell',
    exitCode,
    `${what} failed (exit code ${exitCode}): ${text || 'no output'}`,
    fix[exitCode] ?? FIX_ELEVATED
  )
}

/** Reads the store: is the certificate there, with its key, and may the account read the key? */
export async function inspectCertificate(
  options: CertificateRunOptions,
  thumbprint: string,
  account?: string
): Promise<StoredCertificate> {
  const result = await options.runner.run(options.powershellPath, buildInspectCertificateArgs(), {
    silent: true,
    signal: options.signal,
    outputEncoding: 'oem',
    input: JSON.stringify({ thumbprint, account: account ?? null })
  })
  if (result.exitCode !== 0)
    throw scriptFailure(
      `Reading certificate ${thumbprint} in Cert:\\LocalMachine\\My`,
      result.exitCode,
      result.stderr,
      result.stdout,
      options.reporter
    )
  const json = parseScriptJson(result.stdout)
  if (!json || typeof json.present !== 'boolean')
    throw new ToolError(
      'powershell',
      0,
      `Reading certificate ${thumbprint} in Cert:\\LocalMachine\\My printed no JSON answer: ${options.reporter.mask(result.stdout.trim().slice(0, 200)) || 'no output'}`,
      FIX_ELEVATED
    )
  return { present: json.present, hasPrivateKey: json.hasPrivateKey === true, granted: json.granted === true }
}

/** Imports the PFX into LocalMachine\My; the PFX and its password travel on standard input only. */
export async function importPfx(
  options: CertificateRunOptions,
  pfx: PfxCertificate,
  password: string
): Promise<void> {
  options.reporter.registerSecret(pfx.base64)
  options.reporter.registerSecret(password)
  options.reporter.info(describeImport(pfx))
  const result = await options.runner.run(options.powershellPath, buildChangeCertificateArgs(), {
    silent: true,
    signal: options.signal,
    outputEncoding: 'oem',
    input: JSON.stringify({ action: 'import', pfx: pfx.base64, password, thumbprint: pfx.thumbprint })
  })
  if (result.exitCode !== 0)
    throw scriptFailure(
      `Importing certificate ${pfx.thumbprint} (${pfx.subject}) from '${pfx.input}' into Cert:\\LocalMachine\\My`,
      result.exitCode,
      result.stderr,
      result.stdout,
      options.reporter
    )
}

/** Grants the account Read on the certificate's private key file. */
export async function grantPrivateKeyRead(
  options: CertificateRunOptions,
  thumbprint: string,
  account: string
): Promise<void> {
  options.reporter.info(describeGrant(thumbprint, account))
  const result = await options.runner.run(options.powershellPath, buildChangeCertificateArgs(), {
    silent: true,
    signal: options.signal,
    outputEncoding: 'oem',
    input: JSON.stringify({ action: 'grant', thumbprint, account })
  })
  if (result.exitCode !== 0)
    throw scriptFailure(
      `Granting ${account} Read on the private key of certificate ${thumbprint}`,
      result.exitCode,
      result.stderr,
      result.stdout,
      options.reporter
    )
}
