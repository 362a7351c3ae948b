// The fake netsh, `http` context only: `netsh http add sslcert ipport=0.0.0.0:443|hostnameport=h:443 certhash=H
// appid={GUID} [certstorename=MY]`, `netsh http show sslcert [ipport=...|hostnameport=...]`, `netsh http delete
// sslcert ipport=...|hostnameport=...`. An SNI binding without certstorename fails with error 1312, as it does.
import { logCommand, takeCommandFault } from './common.mjs'
import { resolveStateDir, updateState } from './iis-state.mjs'
import { netshCertificateHashLabel } from './locale.mjs'

/** @param {string[]} args key=value words @returns {Record<string, string>} */
function keyValues(args) {
  /** @type {Record<string, string>} */
  const out = {}
  for (const a of args) {
    const eq = a.indexOf('=')
    if (eq > 0) out[a.slice(0, eq).toLowerCase()] = a.slice(eq + 1)
  }
  return out
}

/** @param {import('./iis-state.mjs').SslCert} c */
function describe(c) {
  return [
    c.ipport
      ? `    IP:port                      : ${c.ipport}`
      : `    Hostname:port                : ${c.hostnameport}`,
    `    ${netshCertificateHashLabel().padEnd(29)}: ${c.certhash}`,
    `    Application ID               : ${c.appid}`,
    `    Certificate Store Name       : ${c.certstorename || '(null)'}`,
    '    Verify Client Certificate Revocation : Enabled',
    '    Verify Revocation Using Cached Client Certificate Only : Disabled',
    '    Usage Check                  : Enabled',
    '    Revocation Freshness Time    : 0',
    '    URL Retrieval Timeout        : 0',
    '    Ctl Identifier               : (null)',
    '    Ctl Store Name               : (null)',
    '    DS Mapper Usage              : Disabled',
    '    Negotiate Client Certificate : Disabled',
    ''
  ].join('\n')
}

/** @param {string[]} argv @returns {{ output: string, exitCode: number }} */
export function netsh(argv) {
  return updateState(resolveStateDir(), (state) => {
    logCommand(state, ['netsh', ...argv].join(' '))
    const fault = takeCommandFault(state, [['netsh', ...argv].join(' ')])
    if (fault)
      return {
        output: fault.output ?? fault.message ?? 'The parameter is incorrect.',
        exitCode: fault.exitCode ?? 1
      }
    const [context, verb, object, ...rest] = argv.map((a, i) => (i < 3 ? a.toLowerCase() : a))
    if (context !== 'http' || object !== 'sslcert' || !['add', 'show', 'delete'].includes(verb ?? '')) {
      return { output: `The following command was not found: ${argv.join(' ')}.`, exitCode: 1 }
    }
    const kv = keyValues(rest)
    const key = kv.ipport
      ? { ipport: kv.ipport }
      : kv.hostnameport
        ? { hostnameport: kv.hostnameport }
        : undefined
    const find = () =>
      state.sslCerts.findIndex((c) =>
        key?.ipport
          ? c.ipport === key.ipport
          : c.hostnameport?.toLowerCase() === key?.hostnameport?.toLowerCase()
      )
    if (verb === 'show') {
      const header = ['', 'SSL Certificate bindings:', '-------------------------', '']
      if (!key) return { output: [...header, ...state.sslCerts.map(describe)].join('\n'), exitCode: 0 }
      const i = find()
      if (i < 0)
        return {
          output: [...header, 'The system cannot find the file specified.', ''].join('\n'),
          exitCode: 1
        }
      return {
        output: [
          ...header,
          describe(/** @type {import('./iis-state.mjs').SslCert} */ (state.sslCerts[i]))
        ].join('\n'),
        exitCode: 0
      }
    }
    if (!key) return { output: 'The parameter is incorrect.', exitCode: 1 }
    if (verb === 'delete') {
      const i = find()
      if (i < 0)
        return {
          output: 'SSL Certificate deletion failed, Error: 2\nThe system cannot find the file specified.\n',
          exitCode: 1
        }
      state.sslCerts.splice(i, 1)
      return { output: '\nSSL Certificate successfully deleted\n', exitCode: 0 }
    }
    const certhash = kv.certhash ?? ''
    const appid = kv.appid ?? ''
    if (
      !/^[0-9a-f]{40}$/i.test(certhash) ||
      !/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i.test(appid)
    ) {
      return { output: 'The parameter is incorrect.', exitCode: 1 }
    }
    if (find() >= 0)
      return {
        output:
          'SSL Certificate add failed, Error: 183\nCannot create a file when that file already exists.\n',
        exitCode: 1
      }
    if (key.hostnameport && !kv.certstorename) {
      return {
        output:
          'SSL Certificate add failed, Error: 1312\nA specified logon session does not exist. It may already have been terminated.\n',
        exitCode: 1
      }
    }
    state.sslCerts.push({ ...key, certhash, appid, certstorename: kv.certstorename ?? '' })
    return { output: '\nSSL Certificate successfully added\n', exitCode: 0 }
  })
}
