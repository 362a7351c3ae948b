// The built action (dist/index.js from this checkout, bundled into a folder under the system temp folder, so the
// committed dist/ stays as it is) against the fake IIS: start-up of a dry-run, and the offline window users see during redeploys, measured by
// an HTTP prober. Timings only here, never in tests.

import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { asciiBundle } from '../scripts/ascii-bundle.mjs'
import { eagerFactories } from '../scripts/eager-factories.mjs'
import { createFakeIis, type FakeIis, type Timings } from '../test-support/fake-iis.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const REPO = path.resolve(HERE, '..')
const BUILD = path.join(
  os.tmpdir(),
  `iis-deploy-bench-build-${createHash('sha1').update(REPO).digest('hex').slice(0, 8)}`
)
export const ACTION_BUNDLE = process.env.BENCH_BUNDLE ?? path.join(BUILD, 'action', 'index.js')

/**
 * The fake tools' own delays for the offline cases (test-support/fakes/README.md): a pool takes 400 ms to stop,
 * its worker lives 400 ms longer, and the app lets go of its files 300 ms after app_offline.htm appears.
 */
export const PHYSICS: Pick<Timings, 'stopDelayMs' | 'workerLingerMs' | 'offlineReleaseMs'> = {
  stopDelayMs: 400,
  workerLingerMs: 400,
  offlineReleaseMs: 300
}
export const PHYSICS_MS = PHYSICS.stopDelayMs + PHYSICS.workerLingerMs + PHYSICS.offlineReleaseMs
/**
 * The part of the physics no pipeline can avoid on the in-place path (issue 15): app_offline.htm and the pool stop
 * run together, the sample app (in-process) lets go with its worker after offlineReleaseMs, the pool is Stopped
 * after stopDelayMs; the linger never applies (no worker is left when the pool stops).
 */
export const PHYSICS_FLOOR_MS = Math.max(PHYSICS.stopDelayMs, PHYSICS.offlineReleaseMs)
/** The prober's pace. */
export const PROBE_INTERVAL_MS = 5

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/**
 * Bundles src/index.ts with ncc as scripts/build.mjs does (ASCII and eager factories included), unless that build
 * is newer than src/ and scripts/.
 */
export async function buildAction(): Promise<{ built: boolean; ms: number }> {
  const start = performance.now()
  if (
    fs.existsSync(ACTION_BUNDLE) &&
    fs.statSync(ACTION_BUNDLE).mtimeMs >
      Math.max(newestSource(path.join(REPO, 'src')), newestSource(path.join(REPO, 'scripts')))
  ) {
    return { built: false, ms: 0 }
  }
  const ncc = path.join(REPO, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  const out = path.join(BUILD, 'action')
  fs.rmSync(out, { recursive: true, force: true })
  const result = spawnSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', out, '--quiet'], {
    cwd: REPO,
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`ncc build failed (exit ${result.status}):\n${result.stderr}`)
  await asciiBundle(out)
  eagerFactories(out)
  return { built: true, ms: performance.now() - start }
}

interface Runner {
  root: string
  workspace: string
  env: NodeJS.ProcessEnv
}

/**
 * What the shell the bench runs in may hold and a runner does not give an action, though it changes every Node
 * start. This machine sets NODE_EXTRA_CA_CERTS to its 220 KB CA bundle: each Node process then parses those
 * certificates before its first line (30–50 ms here, for `node -e 0` as for the action). The bench leaves them
 * out of the runner's environment and measures the floor both ways, so the table shows what they cost.
 */
export const SHELL_ONLY_VARIABLES = ['NODE_EXTRA_CA_CERTS']

function runnerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = { ...env }
  for (const name of SHELL_ONLY_VARIABLES) delete kept[name]
  return kept
}

function runner(iis: FakeIis): Runner {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-bench-run-'))
  const workspace = path.join(root, 'workspace')
  for (const dir of ['workspace', 'temp', 'tool-cache']) fs.mkdirSync(path.join(root, dir))
  return {
    root,
    workspace,
    env: {
      ...runnerEnv(iis.env),
      FAKE_ROBOCOPY_WAIT_SCALE: '0.01',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: path.join(root, 'github-output.txt'),
      GITHUB_STEP_SUMMARY: path.join(root, 'step-summary.md'),
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: path.join(root, 'temp'),
      RUNNER_TOOL_CACHE: path.join(root, 'tool-cache')
    }
  }
}

interface ActionRun {
  exitCode: number | null
  wallMs: number
  /** From spawn until the first line that runs a tool: node start-up, loading the bundle, reading the inputs. */
  firstToolMs: number
  output: string
  /** Each output line with the time it arrived (ms since the epoch). */
  lines: Array<{ at: number; text: string }>
}

/** Runs the bundle as the Actions runner does (`node dist/index.js`, inputs as INPUT_<NAME>). */
function runAction(
  run: Runner,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  fs.writeFileSync(run.env.GITHUB_OUTPUT as string, '')
  fs.writeFileSync(run.env.GITHUB_STEP_SUMMARY as string, '')
  const env = { ...run.env, ...extraEnv }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return new Promise((resolve, reject) => {
    const start = performance.now()
    let firstToolMs = Number.NaN
    let output = ''
    const lines: ActionRun['lines'] = []
    const child = spawn(
      process.execPath,
      [...(process.env.BENCH_NODE_ARGS?.split(' ') ?? []), ACTION_BUNDLE],
      {
        cwd: run.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString('utf8')
      output += text
      const at = Date.now()
      for (const line of text.split('\n')) if (line.trim()) lines.push({ at, text: line })
      if (Number.isNaN(firstToolMs) && /(::debug::|\[command\])\S*(appcmd|robocopy|icacls)/.test(output)) {
        firstToolMs = performance.now() - start
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', reject)
    child.on('close', (exitCode) =>
      resolve({ exitCode, wallMs: performance.now() - start, firstToolMs, output, lines })
    )
  })
}

function expectSuccess(run: ActionRun, what: string): void {
  if (run.exitCode !== 0)
    throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.output.slice(-4000)}`)
}

/**
 * GETs `url` every PROBE_INTERVAL_MS (one request at a time, a fresh connection each, as a browser after a
 * reset would) and adds up the time it did not answer 200: each stretch runs from the first failing probe's start
 * to the next good probe's start.
 */
class Prober {
  private stopped = false
  private down: number | undefined
  offlineMs = 0
  /** Each offline stretch, in ms since the epoch (for the trace). */
  readonly stretches: Array<{ from: number; to: number }> = []
  probes = 0
  private readonly done: Promise<void>

  constructor(private readonly url: string) {
    this.done = this.loop()
  }

  private probe(): Promise<boolean> {
    return new Promise((resolve) => {
      const request = http.get(this.url, { agent: false, timeout: 5000 }, (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode === 200))
        response.on('error', () => resolve(false))
      })
      request.on('timeout', () => request.destroy())
      request.on('error', () => resolve(false))
    })
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const at = performance.now()
      const ok = await this.probe()
      this.probes++
      if (!ok && this.down === undefined) this.down = at
      if (ok && this.down !== undefined) {
        this.offlineMs += at - this.down
        this.stretches.push({ from: performance.timeOrigin + this.down, to: performance.timeOrigin + at })
        this.down = undefined
      }
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS))
    }
  }

  /** Stops once the site answers again (or after `graceMs` more), and returns the offline total. */
  async stop(graceMs = 10_000): Promise<number> {
    const until = performance.now() + graceMs
    while (this.down !== undefined && performance.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS))
    }
    this.stopped = true
    await this.done
    if (this.down !== undefined) this.offlineMs += performance.now() - this.down
    return this.offlineMs
  }
}

export interface StartResult {
  /** `node dist/index.js` dry-run, spawn to exit (includes the fake tools it asks). */
  dryRunMs: number[]
  /** Spawn to the first tool it runs. */
  firstToolMs: number[]
  /** `node -e 0` in the runner's environment: the floor any Node program pays on this machine now. */
  nodeMs: number[]
  /** `node -e 0` in the bench's own shell (SHELL_ONLY_VARIABLES included). */
  nodeShellMs: number[]
}

/** The dry-run of issue 15's `bundle_start_ms`, on the sample app in the default site. */
export async function measureStart(runs: number): Promise<StartResult> {
  const iis = await createFakeIis()
  const run = runner(iis)
  try {
    iis.publishApp({ name: 'SampleApp', version: '9.9.9' }, path.join(run.workspace, 'publish'))
    const result: StartResult = { dryRunMs: [], firstToolMs: [], nodeMs: [], nodeShellMs: [] }
    for (let i = 0; i < runs + 1; i++) {
      const dry = await runAction(run, { site: 'Default Web Site', 'dry-run': 'true' })
      expectSuccess(dry, 'dry-run')
      const floor = (env: NodeJS.ProcessEnv): number => {
        const start = performance.now()
        spawnSync(process.execPath, ['-e', '0'], { env })
        return performance.now() - start
      }
      const nodeMs = floor(run.env)
      const nodeShellMs = floor(process.env)
      if (i === 0) continue // the first run warms the disk cache
      result.dryRunMs.push(dry.wallMs)
      result.firstToolMs.push(dry.firstToolMs)
      result.nodeMs.push(nodeMs)
      result.nodeShellMs.push(nodeShellMs)
    }
    return result
  } finally {
    await iis.dispose()
    fs.rmSync(run.root, { recursive: true, force: true })
  }
}

export interface OfflineResult {
  inPlaceMs: number[]
  staticOnlyMs: number[]
  releasesMs: number[]
  /** Whole in-place redeploy, spawn to exit. */
  deployWallMs: number[]
}

/** Redeploys of the sample app with a prober running: one DLL changed, one CSS file changed, a new release. */
export async function measureOffline(runs: number): Promise<OfflineResult> {
  const iis = await createFakeIis({ defaultSite: false, timings: PHYSICS })
  const run = runner(iis)
  const result: OfflineResult = { inPlaceMs: [], staticOnlyMs: [], releasesMs: [], deployWallMs: [] }
  try {
    const deploy = async (
      site: string,
      port: number,
      version: string,
      css: string,
      extra: Record<string, string>,
      extraEnv: NodeJS.ProcessEnv = {}
    ): Promise<{ offlineMs: number; run: ActionRun; prober: Prober }> => {
      const publish = path.join(run.workspace, `publish-${site}`)
      fs.rmSync(publish, { recursive: true, force: true })
      iis.publishApp({ name: 'SampleApp', version }, publish)
      const cssFile = path.join(publish, 'wwwroot', 'css', 'site.css')
      fs.writeFileSync(cssFile, `/* ${css} */\n`)
      // Same times as before for files that did not change (a real build would keep them only with checksum).
      const stamp = new Date('2026-01-01T00:00:00Z')
      for (const entry of fs.readdirSync(publish, { withFileTypes: true, recursive: true })) {
        if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), stamp, stamp)
      }
      const versionTime = new Date(Date.parse('2026-01-01T00:00:00Z') + Number(version.split('.')[0]) * 1000)
      fs.utimesSync(path.join(publish, 'SampleApp.dll'), versionTime, versionTime)
      const cssTime = new Date(Date.parse('2026-01-01T00:00:00Z') + css.length * 1000 + 7)
      fs.utimesSync(cssFile, cssTime, cssTime)
      const prober = new Prober(`http://127.0.0.1:${port}/health`)
      const action = await runAction(
        run,
        {
          source: path.relative(run.workspace, publish),
          site,
          'app-pool': site,
          'physical-path': path.join(run.root, 'sites', site),
          create: 'true',
          bindings: `http/*:${port}:`,
          'health-check-url': `http://127.0.0.1:${port}/health`,
          'health-check-timeout': '30',
          ...extra
        },
        extraEnv
      )
      const offlineMs = await prober.stop()
      expectSuccess(action, `deploy of ${site} ${version}`)
      return { offlineMs, run: action, prober }
    }
    const inPlacePort = await iis.freePort()
    const releasesPort = await iis.freePort()
    await deploy('InPlace', inPlacePort, '1.0.0', 'v1', {})
    await deploy('Releases', releasesPort, '1.0.0', 'v1', { strategy: 'releases', 'release-id': 'r1' })
    for (let i = 0; i < runs; i++) {
      const version = `${i + 2}.0.0`
      const inPlace = await deploy('InPlace', inPlacePort, version, 'v1', {})
      result.inPlaceMs.push(inPlace.offlineMs)
      result.deployWallMs.push(inPlace.run.wallMs)
      const staticOnly = await deploy('InPlace', inPlacePort, version, `v${i + 2}-css`, {})
      result.staticOnlyMs.push(staticOnly.offlineMs)
      const releases = await deploy('Releases', releasesPort, version, 'v1', {
        strategy: 'releases',
        'release-id': `r${i + 2}`
      })
      result.releasesMs.push(releases.offlineMs)
    }
    if (process.env.BENCH_TRACE) {
      // One more in-place redeploy with every Node process traced (bench/trace-preload.cjs): the timeline of the
      // offline window, tool by tool.
      const traceFile = path.join(run.root, 'trace.jsonl')
      const traced = await deploy(
        'InPlace',
        inPlacePort,
        `${runs + 2}.0.0`,
        'v1',
        {},
        {
          NODE_OPTIONS: `--require ${path.join(HERE, 'trace-preload.cjs')}`,
          BENCH_TRACE_FILE: traceFile
        }
      )
      printTimeline(traced, fs.existsSync(traceFile) ? fs.readFileSync(traceFile, 'utf8') : '')
    }
    return result
  } finally {
    await iis.dispose()
    fs.rmSync(run.root, { recursive: true, force: true })
  }
}

interface TracedProcess {
  pid: number
  ppid: number
  argv: string[]
  start: number
  end: number
}

/** The traced redeploy laid out against its offline window: every process and output line, ms from the window's start. */
function printTimeline(traced: { offlineMs: number; run: ActionRun; prober: Prober }, trace: string): void {
  const stretch = traced.prober.stretches[0]
  if (!stretch) {
    console.log('Trace: the site never went offline')
    return
  }
  const zero = stretch.from
  const rel = (t: number): string => `${Math.round(t - zero)}`.padStart(6)
  const events: Array<{ at: number; text: string }> = []
  for (const line of trace.split('\n').filter(Boolean)) {
    const p = JSON.parse(line) as TracedProcess
    const what = p.argv
      .map((a) => path.basename(a))
      .join(' ')
      .slice(0, 110)
    events.push({ at: p.start, text: `process ${p.pid} starts (${Math.round(p.end - p.start)} ms): ${what}` })
  }
  for (const line of traced.run.lines) {
    if (
      /::(group|endgroup)::|\[command\]|Wrote |Removed |stopped|started|let go|Backup|Verified/.test(
        line.text
      )
    )
      events.push({ at: line.at, text: `out: ${line.text.slice(0, 140)}` })
  }
  events.push({ at: stretch.from, text: '--- offline (prober: first non-200)' })
  events.push({ at: stretch.to, text: '--- online (prober: first 200 again)' })
  events.sort((a, b) => a.at - b.at)
  console.log(
    `Trace of one in-place redeploy: offline ${Math.round(traced.offlineMs)} ms (ms from the first non-200):`
  )
  for (const e of events)
    if (e.at >= zero - 3000 && e.at <= stretch.to + 500) console.log(`${rel(e.at)}  ${e.text}`)
}
