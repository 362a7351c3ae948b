// The lock and the state folder as users meet them (issue 9): a paused holder keeps its lock however long it is
// paused, two deploys with different temp folders still wait for each other, and the backups of an application
// nested in another site's folder are never inside that site (so never served over HTTP).

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { ACTION, ensureBuilt, inputEnv, parseGithubOutput, runAction, runnerFolders, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-lock-'))
})

afterEach(async () => {
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

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
  expect(last).toEqual({ status: 200, body: expect.stringContaining(version) as string })
}

interface Started {
  pid: number
  output: () => string
  done: Promise<{ code: number | null; outputs: Record<string, string> }>
}

/** dist/index.js in a process group of its own, with its own runner folders and temp folder. */
function start(name: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv): Started {
  const folders: RunnerFolders = runnerFolders(path.join(root, name))
  iis.publishApp({ version: name }, path.join(folders.workspace, 'publish'))
  fs.writeFileSync(folders.output, '')
  const tmp = path.join(root, name, 'tmp')
  fs.mkdirSync(tmp, { recursive: true })
  const child = spawn(process.execPath, [ACTION], {
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
      GITHUB_RUN_ID: name,
      RUNNER_TEMP: folders.temp,
      RUNNER_TOOL_CACHE: folders.toolCache,
      // Two runner services under different accounts: different temp folders, one machine.
      TMPDIR: tmp,
      TEMP: tmp,
      TMP: tmp
    }
  })
  let text = ''
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const done = new Promise<{ code: number | null; outputs: Record<string, string> }>((resolve) =>
    child.on('close', (code) => resolve({ code, outputs: parseGithubOutput(fs.readFileSync(folders.output, 'utf8')) }))
  )
  return { pid: child.pid as number, output: () => text, done }
}

async function until(what: string, condition: () => boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function syncStarted(): boolean {
  const dir = path.join(iis.deployStateDir, 'ledgers')
  return (
    fs.existsSync(dir) &&
    fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .some((n) => /"kind": "sync",\s*"step": "sync",\s*"status": "started"/.test(fs.readFileSync(path.join(dir, n), 'utf8')))
  )
}

async function shopSite(): Promise<{ url: string; inputs: Record<string, string> }> {
  iis = await createFakeIis({ defaultSite: false })
  const port = await iis.freePort()
  const sitePath = path.join(root, 'sites', 'Shop')
  iis.publishApp({ version: '1.0.0' }, sitePath)
  await iis.addSite({ name: 'Shop', port, physicalPath: sitePath, pool: 'Shop' })
  const url = `http://127.0.0.1:${port}`
  return { url, inputs: { site: 'Shop', 'health-check-url': `${url}/health`, 'health-check-timeout': '30' } }
}

describe('the deploy lock and the state folder', { timeout: 300_000 }, () => {
  it('two deploys with different temp folders serialize: the second waits for the first', async () => {
    const { url, inputs } = await shopSite()
    const env = { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_ROBOCOPY_FILE_DELAY_MS: '150' }
    const first = start('2.0.0', inputs, env)
    await until('the first deploy to start copying', syncStarted)
    const second = start('3.0.0', inputs, { ...env, FAKE_ROBOCOPY_FILE_DELAY_MS: '0' })
    await until('the second deploy to wait', () => /Waiting for another deploy of Shop\//.test(second.output()))
    const a = await first.done
    const b = await second.done
    expect(a.code, first.output().slice(-3000)).toBe(0)
    expect(b.code, second.output().slice(-3000)).toBe(0)
    expect(second.output()).not.toMatch(/Breaking the deploy lock/)
    await expectServing(url, '3.0.0')
  })

  it('a paused holder (SIGSTOP past the stale time) keeps its lock; the other deploy waits and never breaks it', async () => {
    const { url, inputs } = await shopSite()
    const env = { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_ROBOCOPY_FILE_DELAY_MS: '150' }
    const paused = start('2.0.0', inputs, env)
    await until('the first deploy to start copying', syncStarted)
    process.kill(-paused.pid, 'SIGSTOP')
    const waiting = start('3.0.0', inputs, { ...env, FAKE_ROBOCOPY_FILE_DELAY_MS: '0' })
    try {
      await until('the second deploy to wait', () => /Waiting for another deploy of Shop\//.test(waiting.output()))
      // Past the heartbeat's stale time (60 s): a live holder on this machine is still never judged crashed.
      await new Promise((resolve) => setTimeout(resolve, 65_000))
      expect(waiting.output()).not.toMatch(/Breaking the deploy lock/)
    } finally {
      process.kill(-paused.pid, 'SIGCONT')
    }
    const a = await paused.done
    const b = await waiting.done
    expect(a.code, paused.output().slice(-3000)).toBe(0)
    expect(paused.output()).not.toMatch(/lost the deploy lock|taken over/)
    expect(b.code, waiting.output().slice(-3000)).toBe(0)
    await expectServing(url, '3.0.0')
  })

  it('the backups of an application nested in another site are never in that site: none is reachable over HTTP', async () => {
    iis = await createFakeIis({ defaultSite: false })
    // A static portal site serving its whole folder, and the Shop app in a sub-folder of it.
    const portalPath = path.join(root, 'portal')
    fs.mkdirSync(portalPath, { recursive: true })
    fs.writeFileSync(path.join(portalPath, 'index.html'), '<h1>portal</h1>')
    const portalPort = await iis.freePort()
    await iis.addSite({ name: 'Portal', port: portalPort, physicalPath: portalPath, pool: 'Portal' })
    const shopPath = path.join(portalPath, 'shop')
    iis.publishApp({ version: '1.0.0' }, shopPath)
    const shopPort = await iis.freePort()
    await iis.addSite({ name: 'Shop', port: shopPort, physicalPath: shopPath, pool: 'Shop' })
    const portal = `http://127.0.0.1:${portalPort}`
    expect((await get(`${portal}/index.html`)).body).toContain('portal')

    const folders = runnerFolders(path.join(root, 'runner'))
    iis.publishApp({ version: '2.0.0' }, path.join(folders.workspace, 'publish'))
    const run = await runAction({ site: 'Shop' }, folders, { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01' })
    expect(run.exitCode, run.stdout.slice(-4000)).toBe(0)
    const backup = run.outputs['previous-path'] ?? ''
    expect(backup).not.toBe('')
    expect(fs.existsSync(path.join(backup, 'manifest.json'))).toBe(true)
    expect(backup.startsWith(iis.deployStateDir)).toBe(true)

    // Nothing of ours in the portal's folder but the deployed app: every file there is the portal's or the app's.
    const published = path.join(folders.workspace, 'publish')
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    for (const file of walk(portalPath)) {
      const rel = path.relative(portalPath, file)
      if (rel === 'index.html') continue
      expect(rel.startsWith(`shop${path.sep}`), rel).toBe(true)
      expect(fs.existsSync(path.join(published, path.relative(shopPath, file))), rel).toBe(true)
    }
    // And over HTTP: the portal serves no backup (neither where older versions kept them, nor anywhere else).
    for (const file of walk(backup)) {
      const rel = path.relative(backup, file).split(path.sep).join('/')
      expect((await get(`${portal}/shop.iis-deploy-backups/${path.basename(backup)}/${rel}`)).status).toBe(404)
    }
    expect((await get(`${portal}/shop.iis-deploy-backups/`)).status).toBe(404)
  })
})
