// URL redaction, URL secrets, structure-safe masking (docs/secrets.md §2, §3) and the tests' own leak check (§5).

import { describe, expect, it } from 'vitest'
import {
  isSensitiveQueryName,
  maskStrings,
  redactUrls,
  SecretMasker,
  urlSecrets
} from '../../src/core/secrets.js'
import { Appcmd, buildAddPoolEnvironmentVariableArgs } from '../../src/steps/iis/appcmd.js'
import { registerSecretInputs } from '../../src/pipeline/options.js'
import { FakeRunner } from '../../test-support/fake-runner.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { findLeaks, independentSecretForms } from '../../test-support/secret-forms.js'
import type { Clock } from '../../src/core/ports.js'

const fakeClock = (): Clock => ({ now: () => 0, sleep: async () => {} })

describe('redactUrls: credentials and tokens inside URLs, in free text', () => {
  it.each([
    ['https://deploy:p%40ss@web01:8172/msdeploy.axd', 'https://***@web01:8172/msdeploy.axd'],
    ['Input is http://user:pa:ss@host/x.', 'Input is http://***@host/x.'],
    ['https://TOKEN123@github.com/o/r', 'https://***@github.com/o/r'],
    [
      'get https://mirror.blob.core.windows.net/b/h.exe?sv=2022-11-02&sr=b&sig=AbC%2Bd%3D&se=2030 now',
      'get https://mirror.blob.core.windows.net/b/h.exe?sv=2022-11-02&sr=b&sig=***&se=2030 now'
    ],
    [
      "'https://s3.example/o?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=abc123&x=1'",
      "'https://s3.example/o?X-Amz-Credential=***&X-Amz-Signature=***&x=1'"
    ],
    ['https://h/p?access_token=t1#frag', 'https://h/p?access_token=***#frag'],
    ['https://h/p?client_secret=c&page=2&api-key=k', 'https://h/p?client_secret=***&page=2&api-key=***'],
    ['https://h/p?code=abc', 'https://h/p?code=***'],
    ['no url here ?sig=abc', 'no url here ?sig=abc'],
    ['https://host/path?version=8.0&sv=2022', 'https://host/path?version=8.0&sv=2022']
  ])('%s', (text, expected) => {
    expect(redactUrls(text)).toBe(expected)
  })

  it('knows the listed names and the generic parts, whatever their case', () => {
    for (const name of [
      'SIG',
      'X-AMZ-SIGNATURE',
      'my_token',
      'ApiKey',
      'db-password',
      'x-amz-security-token'
    ])
      expect(isSensitiveQueryName(name), name).toBe(true)
    for (const name of ['sv', 'se', 'page', 'version', 'sr', 'signed'])
      expect(isSensitiveQueryName(name), name).toBe(false)
  })
})

describe('urlSecrets: what a URL input registers', () => {
  it('takes the password (as written and decoded) and the sensitive query values', () => {
    expect(urlSecrets('https://deploy:p%40ss@web01:8172/msdeploy.axd')).toEqual(['p%40ss', 'p@ss'])
    expect(urlSecrets('https://TOKEN123@github.com/')).toEqual(['TOKEN123'])
    expect(urlSecrets('https://m/h.exe?sv=1&sig=AbC%2Bd%3D')).toEqual(['AbC%2Bd%3D', 'AbC+d='])
    expect(urlSecrets('https://m/h.exe?version=8')).toEqual([])
    expect(urlSecrets(undefined)).toEqual([])
  })

  it('works on a value that is not a valid URL, which the input check quotes back', () => {
    expect(urlSecrets('https://u:s3cret@ho st:99999/')).toEqual(['s3cret'])
  })

  it('registerSecretInputs registers the credentials of every URL input', () => {
    const reporter = new MemoryReporter()
    const inputs: Record<string, string> = {
      'msdeploy-url': 'https://deploy:UrlPass1@web01:8172/msdeploy.axd',
      'hosting-bundle-url': 'https://mirror/h.exe?sig=SasSig2',
      'release-metadata-url': 'https://meta:MetaPass3@mirror/releases.json',
      'health-check-url': 'https://h/health?token=HealthTok4',
      'msdeploy-password': 'Pw5'
    }
    registerSecretInputs((name) => inputs[name], reporter)
    expect(reporter.secrets).toEqual(
      expect.arrayContaining(['UrlPass1', 'SasSig2', 'MetaPass3', 'HealthTok4', 'Pw5'])
    )
  })
})

describe('masking never touches numbers, booleans or the JSON structure of our outputs', () => {
  it('maskStrings masks string values only', () => {
    const masker = new SecretMasker()
    for (const secret of ['true', '1', 'false', 'null', 'dryRun']) masker.register(secret)
    const plan = { dryRun: true, count: 1, nested: [{ ok: false, text: 'v1 true' }], nothing: null }
    const masked = maskStrings(plan, (t) => masker.mask(t))
    expect(masked).toEqual({
      dryRun: true,
      count: 1,
      nested: [{ ok: false, text: 'v*** ***' }],
      nothing: null
    })
    expect(JSON.parse(JSON.stringify(masked))).toEqual(masked)
  })

  it('the masker redacts URL credentials even when nobody registered them', () => {
    expect(new SecretMasker().mask('GET https://u:p@h/x?sig=abc failed')).toBe(
      'GET https://***@h/x?sig=*** failed'
    )
  })
})

describe("the tests' own secret forms (test-support/secret-forms.ts)", () => {
  const secret = `C:\\x "y"`

  it('writes each form from its definition', () => {
    const forms = Object.fromEntries(independentSecretForms(secret).map((f) => [f.name, f.text]))
    expect(forms).toMatchObject({
      raw: 'C:\\x "y"',
      'URL-encoded (RFC 3986 unreserved kept)': 'C%3A%5Cx%20%22y%22',
      'JSON-escaped': 'C:\\\\x \\"y\\"',
      'XML-escaped': 'C:\\x &quot;y&quot;',
      'base64 (UTF-8)': Buffer.from(secret).toString('base64'),
      'base64 (UTF-16LE)': Buffer.from(secret, 'utf16le').toString('base64'),
      'doubled double quotes': 'C:\\x ""y""',
      'CommandLineToArgvW-escaped': 'C:\\x \\"y\\"',
      'CommandLineToArgvW-quoted': '"C:\\x \\"y\\""'
    })
    expect(independentSecretForms('a\\"b\\')[0]?.text).toBe('a\\"b\\')
    const argv = independentSecretForms('a\\"b\\').find((f) => f.name === 'CommandLineToArgvW-quoted')
    expect(argv?.text).toBe('"a\\\\\\"b\\\\"')
  })

  it('finds a form the masker left', () => {
    const reporter = new MemoryReporter()
    reporter.registerSecret('hunter2')
    reporter.info(`header ${Buffer.from('hunter2', 'utf16le').toString('base64')}`)
    const leaks = reporter.newLeaks()
    expect(leaks.map((l) => l.form)).toEqual(['base64 (UTF-16LE)'])
    expect(findLeaks('clean ***', ['hunter2'], 'x')).toEqual([])
  })

  it('a secret pool variable with a backslash and quotes is masked in the logged appcmd line in every form', async () => {
    const reporter = new MemoryReporter()
    reporter.registerSecret(secret)
    const runner = new FakeRunner({}, { exitCode: 0, stdout: 'Applied configuration changes.' })
    const appcmd = new Appcmd({ runner, path: 'appcmd', reporter, clock: fakeClock() })
    await appcmd.run(buildAddPoolEnvironmentVariableArgs('P', 'KEY', secret))
    expect(runner.calls[0]?.args.join(' ')).toContain(secret) // the tool itself gets the value
    expect(reporter.text()).toMatch(/environmentVariables/)
    expect(reporter.newLeaks()).toEqual([])
  })
})
