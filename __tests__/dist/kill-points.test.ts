// The promise when the runner itself dies (issue 9): dist/index.js is SIGKILLed, with its whole process group (robocopy
// included), at every point where it changes the server; the same job is re-run ("Re-run failed jobs"). The re-run
// repairs what the dead run left, says so, and ends with the site serving a whole version, the pool Started, no
// app_offline.htm and the lock free. The kill points are exact: IIS_DEPLOY_TEST_PAUSE_AT stops the process right
// after the ledger records that point, and the test kills it there.

import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { ACTION, ensureBuilt, inputEnv, runAction, runCli, runnerFolders, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-kill-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

const FAST = { FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01' }

async function get(url: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return { status: response.status, body: await response.text() }
  } catch {
    return { status: 0, body: '' }
  }
}

async function expectServing(url: string, version: string): Promise<void> {
  let last = { status: 0, body: '' }
  for (let i = 0; i < 100; i++) {
    last = await get(`${url}/version`)
    if (last.status === 200 && last.body.includes(version)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(last, `the site should serve ${version}`).toEqual({ status: 200, body: expect.stringContaining(version) as string })
}

/** `pid` and every process below it (Linux /proc): the runner ends the whole tree, tools included. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid]
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []))
  return tree
}

function killTree(pid: number): void {
  // Stop first, so nothing forks or exits between the walk and the kill.
  for (const p of processTree(pid)) {
    try {
      process.kill(p, 'SIGSTOP')
    } catch {
      // gone
    }
  }
  for (const p of processTree(pid)) {
    try {
      process.kill(p, 'SIGKILL')
    } catch {
      // gone
    }
  }
}

/** The ledger's records, newest first, whatever its state. */
function ledgerText(): string {
  const dir = path.join(iis.deployStateDir, 'ledgers')
  if (!fs.existsSync(dir)) return ''
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n')
}

/**
 * Starts dist/index.js as the runner does, in a process group of its own, paused at `point`; kills the group there
 * (or once `killWhen` says so), tools included, and waits for it to die.
 */
async function runAndKill(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  point: string,
  killWhen?: () => boolean
): Promise<string> {
  fs.writeFileSync(folders.output, '')
  fs.writeFileSync(folders.summary, '')
  const child: ChildProcess = spawn(process.execPath, [ACTION], {
    cwd: folders.workspace,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      ...inputEnv(inputs),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: folders.workspace,
      GITHUB_OUTPUT: folders.output,
      GITHUB_STEP_SUMMARY: folders.summary,
      GITHUB_RUN_ID: '1001',
      GITHUB_RUN_NUMBER: '8',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: folders.temp,
      RUNNER_TOOL_CACHE: folders.toolCache,
      IIS_DEPLOY_TEST_PAUSE_AT: killWhen ? '' : point
    }
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()))
  const deadline = Date.now() + 90_000
  const reached = (): boolean => (killWhen ? killWhen() : output.includes(`paused at ${point}`))
  while (!reached()) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`The deploy never reached ${point} (exit ${child.exitCode}):\n${output.slice(-4000)}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  killTree(child.pid as number)
  await exited
  return output
}

function poolState(name: string): string | undefined {
  return iis.readState().pools.find((p) => p.name === name)?.state
}

/** A site serving v1 from its own folder, its pool Started; the workspace holds v2 to deploy. */
async function siteWithV1(): Promise<{ url: string; sitePath: string; inputs: Record<string, string> }> {
  iis = await createFakeIis({ defaultSite: false })
  const sitePath = path.join(root, 'sites', 'Shop')
  iis.publishApp({ version: '1.0.0' }, sitePath)
  const port = await iis.freePort()
  await iis.addSite({ name: 'Shop', port, physicalPath: sitePath, pool: 'Shop' })
  const url = `http://127.0.0.1:${port}`
  await expectServing(url, '1.0.0')
  iis.publishApp({ version: '2.0.0' }, path.join(folders.workspace, 'publish'))
  return {
    url,
    sitePath,
    inputs: { site: 'Shop', 'health-check-url': `${url}/health`, 'health-check-timeout': '30' }
  }
}

/** After the re-run: a whole version, the pool Started, no page left, the lock free. */
async function expectWhole(url: string, sitePath: string, version: string): Promise<void> {
  await expectServing(url, version)
  expect(poolState('Shop')).toBe('Started')
  expect(fs.readdirSync(sitePath).filter((name) => /^app_offline\.htm$/i.test(name))).toEqual([])
  expect(fs.readdirSync(path.join(iis.deployStateDir, 'locks'))).toEqual([])
  // Every file of the deployed version is the new one (no half update).
  expect(fs.readFileSync(path.join(sitePath, 'SampleApp.dll'), 'utf8')).toContain(version)
}

describe('SIGKILL at every mutation point, then the same job again', { timeout: 240_000 }, () => {
  // In place: the .dll changes, so the app goes offline (app_offline.htm, then the pool) around the copy.
  it.each([
    'write-app-offline:started',
    'write-app-offline:done',
    'stop-pool:started',
    'stop-pool:done',
    'backup:started',
    'backup:done',
    'sync:started',
    'sync:done',
    'stop-pool:reverted',
    'write-app-offline:reverted'
  ])('in place, killed at %s', async (point) => {
    const { url, sitePath, inputs } = await siteWithV1()
    const env = { ...iis.env, ...FAST }
    await runAndKill(inputs, env, point)
    expect(ledgerText()).toContain('"status": "running"')

    const rerun = await runAction(inputs, folders, env)
    expect(rerun.exitCode, `${rerun.stdout.slice(-5000)}\n${rerun.stderr.slice(-2000)}`).toBe(0)
    expect(rerun.stdout).toMatch(/Recovering from an interrupted deploy started at \d{4}-\d\d-\d\dT/)
    expect(rerun.summary).toMatch(/Recovered from an interrupted deploy started at/)
    expect(rerun.outputs.recovered).toBe('true')
    await expectWhole(url, sitePath, '2.0.0')
  })

  it('in place, killed mid-copy (robocopy and all): the recovery restores the backup, then the re-run deploys', async () => {
    const { url, sitePath, inputs } = await siteWithV1()
    // A slow disk: robocopy copies one file every 300 ms; kill once it has written part of the new version.
    const env = { ...iis.env, ...FAST, FAKE_ROBOCOPY_FILE_DELAY_MS: '300' }
    const dll = path.join(sitePath, 'SampleApp.dll')
    const web = path.join(sitePath, 'web.config')
    const before = fs.readFileSync(web, 'utf8')
    fs.appendFileSync(path.join(folders.workspace, 'publish', 'web.config'), '<!-- v2 -->\n')
    await runAndKill(inputs, env, 'mid-copy', () => {
      const changed = [dll, web].filter((file) => fs.existsSync(file) && (file === dll ? fs.readFileSync(dll, 'utf8').includes('2.0.0') : fs.readFileSync(web, 'utf8') !== before))
      return changed.length === 1
    })

    // The repair alone (`iis-deploy recover`) brings the whole previous version back.
    const recovered = await runCli(['recover', '--site', 'Shop'], folders.workspace, env)
    expect(recovered.exitCode, recovered.stdout + recovered.stderr).toBe(0)
    expect(recovered.stdout).toMatch(/Repaired the interrupted deploy started at .*\n.*restored \d+ file\(s\)/)
    await expectServing(url, '1.0.0')
    expect(fs.readFileSync(web, 'utf8')).toBe(before)
    expect(fs.readFileSync(dll, 'utf8')).toContain('1.0.0')
    expect(poolState('Shop')).toBe('Started')

    const rerun = await runAction(inputs, folders, { ...env, FAKE_ROBOCOPY_FILE_DELAY_MS: '0' })
    expect(rerun.exitCode, rerun.stdout.slice(-4000)).toBe(0)
    expect(rerun.outputs.recovered).toBe('false')
    await expectWhole(url, sitePath, '2.0.0')
  })

  // Issue 13: local Web Deploy backs up like robocopy; the web farm hooks are recorded (kind load-balancer).
  it.each(['backup:done', 'sync:started'])('local Web Deploy in place, killed at %s', async (point) => {
    const { url, sitePath, inputs } = await siteWithV1()
    const env = { ...iis.env, ...FAST }
    const msdeployInputs = { ...inputs, method: 'msdeploy' }
    await runAndKill(msdeployInputs, env, point)

    const rerun = await runAction(msdeployInputs, folders, env)
    expect(rerun.exitCode, rerun.stdout.slice(-4000)).toBe(0)
    expect(rerun.outputs.recovered).toBe('true')
    await expectWhole(url, sitePath, '2.0.0')
  })

  it.each(['load-balancer:started', 'load-balancer:done'])(
    'web farm drain hook, killed at %s: the re-run drains again and puts the server back once healthy',
    async (point) => {
      const { url, sitePath, inputs } = await siteWithV1()
      const env = { ...iis.env, ...FAST }
      const events = path.join(root, 'events.txt')
      const hook = (word: string): string =>
        [process.execPath, '-e', "require('fs').appendFileSync(process.argv[1], process.argv[2] + '\\n')", events, word].join('\n')
      const farmInputs = { ...inputs, 'drain-command': hook('drain'), 'undrain-command': hook('undrain') }
      await runAndKill(farmInputs, env, point)
      expect(fs.existsSync(events) ? fs.readFileSync(events, 'utf8') : '').not.toContain('undrain')

      const rerun = await runAction(farmInputs, folders, env)
      expect(rerun.exitCode, rerun.stdout.slice(-4000)).toBe(0)
      expect(rerun.outputs.recovered).toBe('true')
      expect(fs.readFileSync(events, 'utf8').trim().split('\n').at(-1)).toBe('undrain')
      await expectWhole(url, sitePath, '2.0.0')
    }
  )

  it.each(['sync:started', 'switch-release:started', 'switch-release:done'])(
    'releases, killed at %s',
    async (point) => {
      const { url, inputs } = await siteWithV1()
      const env = { ...iis.env, ...FAST }
      const releaseInputs = { ...inputs, strategy: 'releases', 'physical-path': path.join(root, 'shop-root') }
      const first = await runAction(releaseInputs, folders, env)
      expect(first.exitCode, first.stdout.slice(-4000)).toBe(0)
      iis.publishApp({ version: '3.0.0' }, path.join(folders.workspace, 'publish'))
      await runAndKill(releaseInputs, { ...env, GITHUB_RUN_NUMBER: '9' }, point)

      const rerun = await runAction(releaseInputs, folders, { ...env, GITHUB_RUN_NUMBER: '9', GITHUB_RUN_ATTEMPT: '2' })
      expect(rerun.exitCode, rerun.stdout.slice(-4000)).toBe(0)
      expect(rerun.outputs.recovered).toBe('true')
      await expectServing(url, '3.0.0')
      expect(poolState('Shop')).toBe('Started')
      expect(fs.readdirSync(path.join(iis.deployStateDir, 'locks'))).toEqual([])
    }
  )

  it('first deploy with create: true, killed while provisioning: the re-run completes the site and deploys', async () => {
    iis = await createFakeIis({ defaultSite: false })
    const port = await iis.freePort()
    const url = `http://127.0.0.1:${port}`
    const sitePath = path.join(root, 'sites', 'Shop')
    iis.publishApp({ version: '1.0.0' }, path.join(folders.workspace, 'publish'))
    const inputs = {
      site: 'Shop',
      create: 'true',
      'physical-path': sitePath,
      bindings: `http/*:${port}:`,
      'health-check-url': `${url}/health`,
      'health-check-timeout': '30'
    }
    const env = { ...iis.env, ...FAST }
    await runAndKill(inputs, env, 'provision:started')
    const rerun = await runAction(inputs, folders, env)
    expect(rerun.exitCode, rerun.stdout.slice(-4000)).toBe(0)
    expect(rerun.outputs.recovered).toBe('true')
    await expectWhole(url, sitePath, '1.0.0')
  })

  it('recover --dry-run says what it would put back and changes nothing', async () => {
    const { inputs } = await siteWithV1()
    const env = { ...iis.env, ...FAST }
    await runAndKill(inputs, env, 'stop-pool:done')
    expect(poolState('Shop')).toBe('Stopped')
    const dry = await runCli(['recover', '--site', 'Shop', '--dry-run'], folders.workspace, env)
    expect(dry.exitCode, dry.stderr).toBe(0)
    expect(dry.stdout).toMatch(/Would repair the interrupted deploy started at .*\n.*would put back: stop app pool 'Shop' \(done\)/)
    expect(poolState('Shop')).toBe('Stopped')
    const real = await runCli(['recover', '--site', 'Shop'], folders.workspace, env)
    expect(real.stdout).toMatch(/started app pool 'Shop'/)
    expect(poolState('Shop')).toBe('Started')
    const again = await runCli(['recover', '--site', 'Shop'], folders.workspace, env)
    expect(again.stdout).toMatch(/Nothing to repair: the last deploy .* ended recovered/)
  })
})
