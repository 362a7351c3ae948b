// Leak check of the built action and CLI (docs/secrets.md §5): deploys with a secret in every secret-bearing input,
// successful and failing, then every channel is searched for every secret in the forms of test-support/
// secret-forms.ts (written independently of the product's masker): stdout, stderr, GITHUB_OUTPUT (and the plan in
// it), the job summary, the fake tools' command log, and every file written under the fake machine, the site and
// the runner folders. Excluded, each because a secret belongs there: the deployed web.config and appsettings.json
// (the app reads its secrets there); the fake IIS's configuration (state.json keeps a pool variable's value, as
// applicationHost.config does) and HTTP.sys's error log (it records a refused request's URL); the appcmd command that sets a pool variable and the msdeploy command line
// (those tools take the value only on their command line, docs/secrets.md §4).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { describeLeaks, findLeaks, type Leak } from '../../test-support/secret-forms.js'
import { ensureBuilt, runAction, runCli, runnerFolders, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-leaks-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

function env(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01', ...overrides }
}

function publish(version: string): void {
  const dir = path.join(folders.workspace, 'publish')
  fs.rmSync(dir, { recursive: true, force: true })
  iis.publishApp({ name: 'SampleApp', version }, dir)
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-5000)}\n--- stderr\n${run.stderr.slice(-3000)}`
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  const out: string[] = []
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) out.push(full)
    }
  }
  walk(dir)
  return out
}

/** Where a secret belongs (see the header): the app's settings files and the fake IIS's own configuration. */
function isIntendedDestination(file: string): boolean {
  const name = path.basename(file).toLowerCase()
  if (name === 'web.config' || /^appsettings(\.[\w-]+)?\.json$/.test(name)) return true
  if (path.resolve(file) === path.join(iis.stateDir, 'state.json')) return true
  // HTTP.sys's own error log records each refused request's URL with its query string, as on a real server: the
  // health check's URL (with its token) reaches the server by design; iis-deploy writes nothing there.
  return path.resolve(file).startsWith(path.join(iis.stateDir, 'Windows', 'System32', 'LogFiles', 'HTTPERR'))
}

interface Channels {
  run: ProductRun
  /** Extra files of the test's own (a secrets file it wrote) that are not the product's output. */
  own?: string[]
}

/** Every channel of a run, searched for every form of every secret. */
function leaksOf({ run, own = [] }: Channels, secrets: readonly string[], poolSecrets: readonly string[] = []): Leak[] {
  // `::add-mask::<form>` lines tell the runner what to mask; it consumes them and never shows them.
  const log = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  const leaks: Leak[] = [
    ...findLeaks(log, secrets, 'stdout'),
    ...findLeaks(run.stderr, secrets, 'stderr'),
    ...findLeaks(Object.entries(run.outputs).map(([k, v]) => `${k}=${v}`).join('\n'), secrets, 'GITHUB_OUTPUT'),
    ...findLeaks(run.summary, secrets, 'GITHUB_STEP_SUMMARY')
  ]
  // The fake tools' command log (what a process list shows). A pool variable's value reaches appcmd only on its
  // command line (`set config ... environmentVariables.[name=...,value=...]`): that line may hold the pool secrets.
  for (const line of iis.readState().log ?? []) {
    const settingPoolVariable = /^appcmd set config .*environmentVariables\.\[name=/.test(line)
    const notHere = settingPoolVariable ? secrets.filter((s) => !poolSecrets.includes(s)) : secrets
    leaks.push(...findLeaks(line, notHere, 'fake tool command line'))
  }
  const written = [...filesUnder(iis.root), ...filesUnder(root)].filter(
    (file) => !isIntendedDestination(file) && !own.includes(file) && !file.includes(`${path.sep}publish${path.sep}`)
  )
  for (const file of written) {
    const bytes = fs.readFileSync(file)
    if (bytes.length > 5_000_000) continue
    leaks.push(...findLeaks(bytes.toString('utf8'), secrets, `file ${path.relative(root, file) || file}`))
    // A log written as UTF-16 (robocopy /UNILOG, PowerShell) too.
    leaks.push(...findLeaks(bytes.toString('utf16le'), secrets, `file ${path.relative(root, file) || file} (UTF-16)`))
  }
  return leaks
}

// Secrets with every character that has its own escaping: backslash before a quote, quotes, `&<>`, `%`, `+`, `=`.
const POOL_SECRET = 'C:\\x "y"'
const ENV_SECRET = `env&<S3cr3t> 'q' %41+=`
const JSON_SECRET = 'Server=db;Password=j\\"s0n"'
const HEALTH_TOKEN = 'Hea1thTok3n'
const URL_PASSWORD = 'Ur1Pa55w0rd'
const SAS_SIG = 'SasS1g%2Bx%3D'
const MSDEPLOY_PASSWORD = 'Ms"dep\\loy P@ss'

describe('secrets never leak, in any form, on any channel (dist)', { timeout: 240_000 }, () => {
  it('action, local IIS, successful deploy: secret web.config, pool and JSON variables, a health-check token', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish('2.0.0')
    const run = await runAction(
      {
        site: site.name,
        'web-config': 'transform',
        'environment-variables': 'PLAIN=visible',
        'secret-environment-variables': `API_KEY=${ENV_SECRET}`,
        'secret-pool-environment-variables': `POOL_KEY=${POOL_SECRET}`,
        'secret-json-variables': `ConnectionStrings.Db=${JSON_SECRET}`,
        'json-add-missing': 'true',
        'health-check-url': `${site.url}/health?token=${HEALTH_TOKEN}`
      },
      folders,
      env()
    )
    expect(run.exitCode, describeRun(run)).toBe(0)
    const secrets = [POOL_SECRET, ENV_SECRET, JSON_SECRET, HEALTH_TOKEN]
    const leaks = leaksOf({ run }, secrets, [POOL_SECRET])
    expect(leaks, describeLeaks(leaks)).toEqual([])
    // The secrets reached where they belong.
    const pool = iis.readState().pools.find((p) => p.name === 'DefaultAppPool') as unknown as {
      environmentVariables?: Array<{ name: string; value: string }>
    }
    expect(JSON.stringify(pool)).toContain(JSON.stringify(POOL_SECRET).slice(1, -1))
    expect(fs.readFileSync(path.join(site.physicalPath, 'appsettings.json'), 'utf8')).toContain(
      JSON.stringify(JSON_SECRET).slice(1, -1)
    )
    expect(run.outputs.plan).toContain(`/health?token=***`)
  })

  it('action, failing runs: URL credentials, a SAS signature and the msdeploy password stay hidden', async () => {
    iis = await createFakeIis({ defaultSite: false })
    publish('3.0.0')
    // 1. Input errors quote the values back: the credentials inside them are redacted.
    const refused = await runAction(
      {
        site: 'Shop',
        'msdeploy-url': `ftp://deployer:${URL_PASSWORD}@web01:8172/msdeploy.axd`,
        'msdeploy-password': MSDEPLOY_PASSWORD,
        'release-metadata-url': `gopher://meta:${URL_PASSWORD}x@mirror/releases.json?sig=${SAS_SIG}`,
        'hosting-bundle': '8.0'
      },
      folders,
      env()
    )
    expect(refused.exitCode, describeRun(refused)).toBe(1)
    expect(refused.stdout).toMatch(/msdeploy-url/)
    expect(refused.stdout).toMatch(/ftp:\/\/\*\*\*@web01/)
    const secrets = [URL_PASSWORD, `${URL_PASSWORD}x`, MSDEPLOY_PASSWORD, SAS_SIG, decodeURIComponent(SAS_SIG)]
    let leaks = leaksOf({ run: refused }, secrets)
    expect(leaks, describeLeaks(leaks)).toEqual([])

    // 2. A remote deploy whose server does not answer: msdeploy fails, its errors and the plan are reported.
    const failed = await runAction(
      {
        site: 'Shop',
        'msdeploy-url': `https://deployer:${URL_PASSWORD}@127.0.0.1:1/msdeploy.axd?site=Shop&sig=${SAS_SIG}`,
        'msdeploy-username': 'deployer',
        'msdeploy-password': 'P@ss w0rd;&%^|<>#,=',
        'allow-untrusted': 'true'
      },
      folders,
      env()
    )
    expect(failed.exitCode, describeRun(failed)).toBe(1)
    expect(() => JSON.parse(failed.outputs.plan ?? '')).not.toThrow()
    leaks = leaksOf({ run: failed }, [URL_PASSWORD, SAS_SIG, decodeURIComponent(SAS_SIG), 'P@ss w0rd;&%^|<>#,='])
    expect(leaks, describeLeaks(leaks)).toEqual([])

    // 3. The Hosting Bundle from a mirror whose SAS URL does not answer: the download error names the URL.
    const mirror = await runAction(
      {
        steps: 'hosting-bundle',
        'hosting-bundle': '8.0.11',
        'hosting-bundle-url': `http://127.0.0.1:1/mirror/dotnet-hosting-8.0.11-win.exe?sv=2022-11-02&sr=b&sig=${SAS_SIG}`,
        'hosting-bundle-sha512': 'a'.repeat(128)
      },
      folders,
      env()
    )
    if (process.env.DIST_DEBUG) console.log(mirror.stdout)
    expect(mirror.exitCode, describeRun(mirror)).toBe(1)
    expect(mirror.stdout).toMatch(/sig=\*\*\*/)
    leaks = leaksOf({ run: mirror }, [SAS_SIG, decodeURIComponent(SAS_SIG)])
    expect(leaks, describeLeaks(leaks)).toEqual([])
  })

  it('a secret that is a common word (true, 1) leaves the outputs and the plan JSON intact', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish('4.0.0')
    const run = await runAction(
      {
        site: site.name,
        'secret-pool-environment-variables': 'FLAG=true\nLEVEL=1',
        'dry-run': 'true'
      },
      folders,
      env()
    )
    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(run.outputs).toMatchObject({ 'rolled-back': 'false', 'reboot-required': 'false', recovered: 'false' })
    expect(run.outputs['files-updated']).toMatch(/^\d+$/)
    const plan = JSON.parse(run.outputs.plan ?? '') as { dryRun: boolean; commands: unknown[] }
    expect(plan.dryRun).toBe(true)
    expect(plan.commands.length).toBeGreaterThan(0)
  })

  it('CLI: secrets from --password-env and --secrets-file, never on argv, never in what it writes', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish('5.0.0')
    const secretsFile = path.join(root, 'deploy-secrets.env')
    fs.writeFileSync(
      secretsFile,
      [
        `secret-pool-environment-variables=POOL_KEY=${POOL_SECRET}`,
        `secret-environment-variables=API_KEY=${ENV_SECRET}`,
        `health-check-url=${site.url}/health?token=${HEALTH_TOKEN}`
      ].join('\n')
    )
    const args = ['deploy', '--source', 'publish', '--site', site.name, '--web-config', 'transform']
    const run = await runCli([...args, '--secrets-file', secretsFile, '--json'], folders.workspace, env())
    expect(run.exitCode, describeRun(run)).toBe(0)
    const report = JSON.parse(run.stdout) as { ok: boolean; outputs: { plan: string } }
    expect(report.ok).toBe(true)
    expect(() => JSON.parse(report.outputs.plan)).not.toThrow()
    const secrets = [POOL_SECRET, ENV_SECRET, HEALTH_TOKEN]
    expect(args.join(' ')).not.toContain(HEALTH_TOKEN)
    let leaks = leaksOf({ run, own: [secretsFile] }, secrets, [POOL_SECRET])
    expect(leaks, describeLeaks(leaks)).toEqual([])

    // A failing run with the msdeploy password from the environment: the URL's credentials and the password.
    const failed = await runCli(
      [
        'deploy',
        '--source',
        'publish',
        '--site',
        site.name,
        '--msdeploy-url',
        `https://127.0.0.1:1/msdeploy.axd?site=${site.name}`,
        '--msdeploy-username',
        'deployer',
        '--password-env',
        'IIS_DEPLOY_TEST_PASSWORD'
      ],
      folders.workspace,
      env({ IIS_DEPLOY_TEST_PASSWORD: 'P@ss w0rd;&%^|<>#,=' })
    )
    expect(failed.exitCode, describeRun(failed)).toBe(1)
    leaks = leaksOf({ run: failed, own: [secretsFile] }, ['P@ss w0rd;&%^|<>#,='])
    expect(leaks, describeLeaks(leaks)).toEqual([])
  })
})
