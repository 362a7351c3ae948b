// The fake machine's certificate store (Cert:\LocalMachine\My) and the two certificate scripts iis-deploy runs
// through powershell.exe (src/steps/iis/certificate.ts): a read-only inspection, and an import/grant. The store is
// `state.certificates` in state.json: `{ thumbprint, subject, hasPrivateKey, keyReaders }`, keyReaders being the
// SIDs (or account names) allowed to read the private key's file.
//
// The PFX is read the way Windows reads it, independently of iis-deploy's own reader (node-forge): by the real
// OpenSSL (`openssl pkcs12`, Debian's), with the password from the environment. A wrong password fails the PKCS#12
// MAC check, and .NET's X509Certificate2Collection.Import then throws "The specified network password is not
// correct." (CryptographicException, the text of Windows' ERROR_INVALID_PASSWORD); a certificate gets its private key
// only from a key bag with the same localKeyID attribute, as CryptoAPI's PFXImportCertStore links them (U).
import crypto from 'node:crypto'
import { spawnSync } from 'node:child_process'

/**
 * @typedef {object} StoredCertificate
 * @property {string} thumbprint upper case
 * @property {string} subject `CN=…`
 * @property {boolean} hasPrivateKey
 * @property {string[]} keyReaders accounts allowed to read the key file (lower case; SIDs as `s-1-5-20`)
 */

/**
 * Reads a PFX with OpenSSL. @param {Buffer} bytes @param {string} password
 * @returns {{ certificates: Array<{ thumbprint: string, subject: string, hasPrivateKey: boolean }> } | { error: string }}
 */
export function readPfxWithOpenssl(bytes, password) {
  const result = spawnSync('openssl', ['pkcs12', '-legacy', '-nodes', '-passin', 'env:FAKE_PFX_PASSWORD'], {
    input: bytes,
    env: { ...process.env, FAKE_PFX_PASSWORD: password },
    encoding: 'buffer'
  })
  if (result.error) return { error: `the fake needs openssl on PATH: ${result.error.message}` }
  const stderr = result.stderr.toString('utf8')
  if (result.status !== 0) {
    if (/mac verify error|invalid password/i.test(stderr))
      return {
        error:
          'Exception calling "Import" with "3" argument(s): "The specified network password is not correct."'
      }
    return { error: 'Exception calling "Import" with "3" argument(s): "Cannot find the requested object."' }
  }
  const text = result.stdout.toString('utf8')
  // Each PEM block follows its "Bag Attributes" (localKeyID: 01 02 …).
  const blocks = [
    ...text.matchAll(/Bag Attributes([\s\S]*?)-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \2-----/g)
  ]
  /** @param {string} attributes */
  const keyId = (attributes) => /localKeyID:\s*([0-9A-F ]+)/i.exec(attributes)?.[1]?.replace(/\s+/g, '')
  const keyIds = new Set(
    blocks
      .filter((b) => /PRIVATE KEY/.test(b[2] ?? ''))
      .map((b) => keyId(b[1] ?? ''))
      .filter(Boolean)
  )
  const certificates = blocks
    .filter((b) => b[2] === 'CERTIFICATE')
    .map((b) => {
      const x509 = new crypto.X509Certificate(`-----BEGIN CERTIFICATE-----${b[3]}-----END CERTIFICATE-----\n`)
      const id = keyId(b[1] ?? '')
      return {
        thumbprint: x509.fingerprint.replace(/:/g, '').toUpperCase(),
        subject: x509.subject.split('\n').reverse().join(', '),
        hasPrivateKey: id !== undefined && keyIds.has(id)
      }
    })
  return { certificates }
}

const BUILT_IN_SIDS = {
  'nt authority\\network service': 's-1-5-20',
  'nt authority\\local service': 's-1-5-19',
  'nt authority\\system': 's-1-5-18'
}

/**
 * NTAccount.Translate(SecurityIdentifier): `*S-1-…` as it is, `IIS AppPool\P` only while the pool exists (a virtual
 * account), a built-in or a known account (`state.accounts`). Undefined: IdentityNotMappedException.
 * @param {import('./iis-state.mjs').State} state @param {string} account @returns {string | undefined}
 */
export function sidOf(state, account) {
  const a = account.toLowerCase()
  if (/^\*s-1-[\d-]+$/.test(a)) return a.slice(1)
  const pool = /^iis apppool\\(.+)$/.exec(a)
  if (pool) return state.pools.some((p) => p.name.toLowerCase() === pool[1]) ? a : undefined
  const builtIn = /** @type {Record<string, string>} */ (BUILT_IN_SIDS)[a]
  if (builtIn) return builtIn
  return state.accounts.some((x) => x.toLowerCase() === a) ? a : undefined
}

/** @param {import('./iis-state.mjs').State} state @returns {StoredCertificate[]} */
export function storeOf(state) {
  const s = /** @type {{ certificates?: StoredCertificate[] }} */ (state)
  s.certificates ??= []
  return s.certificates
}

/** @param {StoredCertificate[]} store @param {unknown} thumbprint */
function find(store, thumbprint) {
  return typeof thumbprint === 'string'
    ? store.find((c) => c.thumbprint.toLowerCase() === thumbprint.toLowerCase())
    : undefined
}

/**
 * The inspect script: `{ thumbprint, account }` → `{ present, hasPrivateKey, granted, subject }`.
 * @param {import('./iis-state.mjs').State} state @param {Record<string, unknown>} request
 * @returns {{ output: string, exitCode: number, stream?: 'stdout' | 'stderr' }}
 */
export function inspect(state, request) {
  const cert = find(storeOf(state), request.thumbprint)
  const result = {
    present: false,
    hasPrivateKey: false,
    granted: false,
    subject: /** @type {string | null} */ (null)
  }
  if (cert) {
    Object.assign(result, { present: true, hasPrivateKey: cert.hasPrivateKey, subject: cert.subject })
    if (cert.hasPrivateKey && typeof request.account === 'string' && request.account !== '') {
      const sid = sidOf(state, request.account)
      if (sid === undefined)
        return { output: `Account not found: ${request.account}`, exitCode: 6, stream: 'stderr' }
      result.granted = cert.keyReaders.includes(sid)
    }
  }
  return { output: JSON.stringify(result), exitCode: 0, stream: 'stdout' }
}

/**
 * The import/grant script. `{ action: 'import', pfx, password, thumbprint }`: the PFX's certificate with that
 * thumbprint added to the store (replacing one without its key); `{ action: 'grant', thumbprint, account }`: the
 * account's SID added to the key's readers.
 * @param {import('./iis-state.mjs').State} state @param {Record<string, unknown>} request
 * @returns {{ output: string, exitCode: number, stream?: 'stdout' | 'stderr' }}
 */
export function change(state, request) {
  const store = storeOf(state)
  if (request.action === 'import') {
    if (
      typeof request.pfx !== 'string' ||
      typeof request.password !== 'string' ||
      typeof request.thumbprint !== 'string'
    )
      return { output: 'The property cannot be found on this object.', exitCode: 1, stream: 'stderr' }
    // [Convert]::FromBase64String refuses what is not base64.
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(request.pfx) || request.pfx.length % 4 !== 0)
      return {
        output:
          'Exception calling "FromBase64String" with "1" argument(s): "The input is not a valid Base-64 string"',
        exitCode: 1,
        stream: 'stderr'
      }
    const read = readPfxWithOpenssl(Buffer.from(request.pfx, 'base64'), request.password)
    if ('error' in read) return { output: read.error, exitCode: 1, stream: 'stderr' }
    const wanted = request.thumbprint.toLowerCase()
    const cert = read.certificates.find((c) => c.thumbprint.toLowerCase() === wanted)
    if (!cert)
      return {
        output: `The PFX holds no certificate with thumbprint ${request.thumbprint}`,
        exitCode: 5,
        stream: 'stderr'
      }
    if (!cert.hasPrivateKey)
      return { output: `The PFX has no private key for ${cert.subject}`, exitCode: 4, stream: 'stderr' }
    const existing = find(store, cert.thumbprint)
    if (existing) Object.assign(existing, { hasPrivateKey: true, subject: cert.subject })
    else store.push({ ...cert, keyReaders: ['s-1-5-18', 's-1-5-32-544'] })
  } else if (request.action === 'grant') {
    const cert = find(store, request.thumbprint)
    if (!cert)
      return {
        output: `Not in Cert:\\LocalMachine\\My: ${request.thumbprint}`,
        exitCode: 3,
        stream: 'stderr'
      }
    if (!cert.hasPrivateKey)
      return { output: `No private key: ${request.thumbprint}`, exitCode: 4, stream: 'stderr' }
    const sid = typeof request.account === 'string' ? sidOf(state, request.account) : undefined
    if (sid === undefined)
      return { output: `Account not found: ${request.account}`, exitCode: 6, stream: 'stderr' }
    if (!cert.keyReaders.includes(sid)) cert.keyReaders.push(sid)
  } else return { output: 'Unknown action', exitCode: 2, stream: 'stderr' }
  return {
    output: JSON.stringify({ done: request.action, thumbprint: request.thumbprint }),
    exitCode: 0,
    stream: 'stdout'
  }
}
