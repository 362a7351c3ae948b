// `npm run bench`: what users feel, measured on this machine, as a table and, on the LAST line, one JSON object of
// medians (ms unless the key says otherwise; issue 15 defines each key). Timings only here, never in tests.
//
// - Planner: planChanges on a deterministic 20,000-file tree (bench/tree.ts) against `rsync -an --delete
//   --itemize-changes` (size+time) and `rsync -anc` (checksums) on the same tree. Both run as fresh processes, one
//   after the other, so they share the machine's load; the planner's time is taken inside its process (from the
//   call to the plan: what a deploy waits for), rsync's from spawn to exit. The first round warms the page cache
//   and the disk, and is left out.
// - web.config: transform + validate of a 5 MB web.config; 1,000 XDT rules applied to it.
// - Product (bench/product.ts): the action bundle built from src/, a dry-run's start-up, and redeploys against the
//   fake IIS with stated tool delays and an HTTP prober every 5 ms.
//
// BENCH_RUNS (default 5) sets the rounds (the planner's at least 9: each run takes a third of a second, and this
// machine's times for the same run spread by a third within a minute), BENCH_FILES the tree size, BENCH_ONLY=planner,webconfig,start,offline a
// subset. Also writes bench/results.json.
//
// It runs on the Node that action.yml declares (node24: what a runner starts the action with), fetched when the
// machine has another (bench/runtime.ts); BENCH_RUNTIME=current measures the Node it was started with instead.

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseXml } from '../src/core/xml/parse-xml.js'
import { planChanges, workerThreadsPayOff } from '../src/steps/sync/planner.js'
import { applyXdtTransform } from '../src/steps/xdt/transform.js'
import {
  buildAction,
  measureOffline,
  measureStart,
  PHYSICS,
  PHYSICS_FLOOR_MS,
  PHYSICS_MS,
  SHELL_ONLY_VARIABLES,
  PROBE_INTERVAL_MS
} from './product.js'
import { benchRuntime } from './runtime.js'
import { buildTree, type Tree } from './tree.js'
import { bigWebConfig, transformAndValidate } from './web-config.bench.js'

const FILES = Number(process.env.BENCH_FILES ?? 20_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const PLANNER_RUNS = Math.max(RUNS, 9)
const ONLY = (process.env.BENCH_ONLY ?? 'planner,webconfig,start,offline').split(',')
const HERE = path.dirname(fileURLToPath(import.meta.url))
const PLAN_CHILD = path.join(HERE, 'plan-child.ts')

interface Row {
  case: string
  medianMs: number
  samples: number[]
  note: string
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

function hasRsync(): boolean {
  return spawnSync('rsync', ['--version'], { encoding: 'utf8' }).status === 0
}

interface Counts {
  add: number
  update: number
  delete: number
}

interface Timed extends Counts {
  ms: number
  /** User + system CPU time: on a loaded machine the fairer number (wall time is then the scheduler's). */
  cpuMs: number
}

function planInChild(
  tree: Tree,
  checksum: boolean,
  threads?: 'one-thread' | 'worker-threads' | 'separate-walks'
): Timed & { peakRssMb: number } {
  const args = ['--import', 'tsx', PLAN_CHILD, tree.source, tree.target]
  args.push(checksum ? 'checksum' : 'size-and-time')
  if (threads) args.push(threads)
  const env = { ...process.env }
  for (const name of SHELL_ONLY_VARIABLES) delete env[name] // as product.ts: a runner does not set them
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: path.dirname(HERE), env })
  if (result.status !== 0) throw new Error(`plan-child failed (${result.status}): ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').pop() as string) as Timed & { peakRssMb: number }
}

/** rsync from spawn to exit; its CPU time (both its processes) from the shell's `times`. */
function rsync(tree: Tree, checksum: boolean): Timed {
  const args = [
    checksum ? '-anc' : '-an',
    '--delete',
    '--itemize-changes',
    `${tree.source}/`,
    `${tree.target}/`
  ]
  const start = performance.now()
  const result = spawnSync('bash', ['-c', 'rsync "$@" && times', 'rsync', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`rsync failed (${result.status}): ${result.stderr}`)
  const lines = result.stdout.trimEnd().split('\n')
  // `times`: the shell's user and system time, then its children's (rsync's), as `0m0.081s 0m0.052s`.
  const seconds = (lines.pop() ?? '')
    .split(' ')
    .map((t) => /^(\d+)m([\d.]+)s$/.exec(t))
    .reduce((sum, m) => sum + (m ? Number(m[1]) * 60 + Number(m[2]) : 0), 0)
  lines.pop()
  // `>f+++++++++ path` new file, `>f.st...... path` changed, `*deleting   path` (files only: no trailing /).
  return {
    ms,
    cpuMs: seconds * 1000,
    add: lines.filter((l) => /^>f\+{9} /.test(l)).length,
    update: lines.filter((l) => /^>f[^+]/.test(l)).length,
    delete: lines.filter((l) => /^\*deleting +.*[^/]$/.test(l)).length
  }
}

const counts = (c: Counts): string => `${c.add} add, ${c.update} update, ${c.delete} delete`

async function benchPlanner(rows: Row[], keys: Record<string, number>): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-bench-'))
  try {
    const start = performance.now()
    const tree = buildTree(root, FILES)
    console.log(
      `Tree: ${FILES} files (${tree.expected.add} new, ${tree.expected.update} rewritten, ${tree.expected.touched} touched, ${tree.expected.delete} gone) built in ${(performance.now() - start).toFixed(0)} ms`
    )
    // The 40,000 files just written are still being written back to disk for the next ~30 s: flush them first, so
    // that the kernel's writeback does not compete with the first rounds (it did, for both tools, on 2 cores).
    spawnSync('sync')
    const withRsync = hasRsync()
    if (!withRsync) console.log('rsync not found: install it (apt-get install -y rsync) to compare.')
    for (const checksum of [false, true]) {
      const plans: number[] = []
      const oneThread: number[] = []
      const withWorkers: number[] = []
      const separate: number[] = []
      const rsyncs: number[] = []
      const planCpu: number[] = []
      const rsyncCpu: number[] = []
      const rss: number[] = []
      let planCounts: Counts | undefined
      let rsyncCounts: Counts | undefined
      for (let i = 0; i < PLANNER_RUNS + 1; i++) {
        // The runs of a round in a rotated order, so that none always runs first (or after the same one).
        let plan: ReturnType<typeof planInChild> | undefined
        let other: Timed | undefined
        let single: ReturnType<typeof planInChild> | undefined
        let workers: ReturnType<typeof planInChild> | undefined
        let apart: ReturnType<typeof planInChild> | undefined
        const runs = [
          () => (plan = planInChild(tree, checksum)),
          () => (other = withRsync ? rsync(tree, checksum) : undefined),
          () => (single = planInChild(tree, checksum, 'one-thread')),
          () => (workers = planInChild(tree, checksum, 'worker-threads')),
          () => (apart = planInChild(tree, checksum, 'separate-walks'))
        ]
        for (let k = 0; k < runs.length; k++) (runs[(i + k) % runs.length] as () => unknown)()
        if (!plan || !single || !workers || !apart) throw new Error('a planner run is missing')
        if (i === 0) continue
        plans.push(plan.ms)
        oneThread.push(single.ms)
        withWorkers.push(workers.ms)
        separate.push(apart.ms)
        planCpu.push(plan.cpuMs)
        rss.push(plan.peakRssMb)
        planCounts = plan
        if (other) {
          rsyncs.push(other.ms)
          rsyncCpu.push(other.cpuMs)
          rsyncCounts = other
        }
      }
      const mode = checksum ? 'checksum' : 'size+time'
      const suffix = checksum ? '_checksum' : ''
      rows.push({
        case: `planChanges ${mode}, ${FILES} files`,
        medianMs: median(plans),
        samples: plans,
        note: `${counts(planCounts as Counts)}; fresh process, call to plan; CPU ${median(planCpu).toFixed(0)} ms; worker threads ${workerThreadsPayOff() ? 'on' : 'off'} here`
      })
      keys[`plan${suffix}_20k_ms`] = round(median(plans))
      if (!checksum) keys.peak_rss_mb = round(median(rss), 1)
      // The same plan forced onto this thread only, and forced to use worker threads: what the planner's own
      // choice (workerThreadsPayOff: from two cores on) is worth on this machine.
      rows.push({
        case: `planChanges ${mode}, one thread`,
        medianMs: median(oneThread),
        samples: oneThread,
        note: 'workerThreads: false'
      })
      rows.push({
        case: `planChanges ${mode}, worker threads`,
        medianMs: median(withWorkers),
        samples: withWorkers,
        note: 'workerThreads: true'
      })
      // The walk the planner had before the paired walk (each tree whole, then compared): what the paired walk is worth.
      rows.push({
        case: `planChanges ${mode}, separate walks`,
        medianMs: median(separate),
        samples: separate,
        note: 'pairedWalk: false (the planner before; still its walk for a source with links)'
      })
      keys[`plan${suffix}_worker_threads_20k_ms`] = round(median(withWorkers))
      keys[`plan${suffix}_one_thread_20k_ms`] = round(median(oneThread))
      keys[`plan${suffix}_separate_walks_20k_ms`] = round(median(separate))
      if (withRsync) {
        rows.push({
          case: `rsync ${checksum ? '-anc' : '-an'} --delete --itemize-changes`,
          medianMs: median(rsyncs),
          samples: rsyncs,
          note: `${counts(rsyncCounts as Counts)}; spawn to exit; CPU ${median(rsyncCpu).toFixed(0)} ms`
        })
        keys[`rsync${suffix}_20k_ms`] = round(median(rsyncs))
        // The ratio of the medians (each round ran both back to back, under the same load).
        keys[`plan${suffix}_vs_rsync`] = round(median(plans) / median(rsyncs), 2)
        keys[`plan${suffix}_cpu_ms`] = round(median(planCpu))
        keys[`rsync${suffix}_cpu_ms`] = round(median(rsyncCpu))
        keys[`plan${suffix}_cpu_vs_rsync`] = round(median(planCpu) / median(rsyncCpu), 2)
      }
    }
    // Warm, in this process: the planner without start-up costs (JIT warm, workers started each time).
    const warm: number[] = []
    for (let i = 0; i < RUNS + 1; i++) {
      const start = performance.now()
      await planChanges({ source: tree.source, target: tree.target, deleteExtra: true, preserve: [] })
      if (i > 0) warm.push(performance.now() - start)
    }
    rows.push({
      case: 'planChanges size+time, warm (same process)',
      medianMs: median(warm),
      samples: warm,
      note: 'JIT warm'
    })
    keys.plan_20k_warm_ms = round(median(warm))
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

/** 1,000 XDT rules on the 5 MB web.config: each finds its rewrite rule by name and changes an attribute. */
function xdtTransform(count: number): string {
  const rules: string[] = []
  for (let i = 0; i < count; i++) {
    const n = i * 17 // spread over the file, not only its first rules
    rules.push(
      `<rule name="redirect-${n}" stopProcessing="false" xdt:Transform="SetAttributes(stopProcessing)" xdt:Locator="Match(name)" />`
    )
  }
  return (
    '<?xml version="1.0"?>\n<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">\n' +
    '<location><system.webServer><rewrite><rules>\n' +
    rules.join('\n') +
    '\n</rules></rewrite></system.webServer></location>\n</configuration>\n'
  )
}

function benchWebConfig(rows: Row[], keys: Record<string, number>): void {
  const text = bigWebConfig(5 * 1024 * 1024)
  const times: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    const start = performance.now()
    transformAndValidate(text)
    if (i > 0) times.push(performance.now() - start)
  }
  rows.push({
    case: 'web.config 5 MB: transform + validate',
    medianMs: median(times),
    samples: times,
    note: `${(text.length / 1024 / 1024).toFixed(2)} MB, as the deploy step and \`web-config transform\` do`
  })
  keys.webconfig_5mb_ms = round(median(times))

  const transform = xdtTransform(1000)
  const xdt: number[] = []
  // Slow today (about a minute on this machine): one run, no warm-up.
  for (let i = 0; i < 1; i++) {
    const start = performance.now()
    const result = applyXdtTransform(
      parseXml(text, 'web.config'),
      parseXml(transform, 'web.Release.config'),
      {
        sourceFile: 'web.config',
        transformFile: 'web.Release.config'
      }
    )
    if (!result.ok) throw new Error(`XDT failed: ${result.diagnostics.map((d) => d.message).join('; ')}`)
    xdt.push(performance.now() - start)
  }
  rows.push({
    case: 'XDT: 1,000 rules on the 5 MB web.config',
    medianMs: median(xdt),
    samples: xdt,
    note: 'parse both + apply (SetAttributes, Locator Match(name))'
  })
  keys.xdt_1k_ms = round(median(xdt))
}

async function benchStart(rows: Row[], keys: Record<string, number>): Promise<void> {
  const start = await measureStart(RUNS)
  rows.push({
    case: 'dist/index.js dry-run: spawn to first tool',
    medianMs: median(start.firstToolMs),
    samples: start.firstToolMs,
    note: 'node start-up + loading the bundle + reading inputs'
  })
  rows.push({
    case: 'dist/index.js dry-run: spawn to exit',
    medianMs: median(start.dryRunMs),
    samples: start.dryRunMs,
    note: 'includes 6 fake tool processes (Node scripts)'
  })
  rows.push({
    case: 'node -e 0',
    medianMs: median(start.nodeMs),
    samples: start.nodeMs,
    note: 'the floor: any Node process on this machine now'
  })
  rows.push({
    case: "node -e 0 in the bench's shell",
    medianMs: median(start.nodeShellMs),
    samples: start.nodeShellMs,
    note: `with ${SHELL_ONLY_VARIABLES.filter((name) => process.env[name] !== undefined).join(', ') || 'nothing more'} (not given to the action)`
  })
  keys.bundle_start_ms = round(median(start.firstToolMs))
  keys.dry_run_wall_ms = round(median(start.dryRunMs))
  keys.node_start_ms = round(median(start.nodeMs))
  keys.node_start_shell_ms = round(median(start.nodeShellMs))
}

async function benchOffline(rows: Row[], keys: Record<string, number>): Promise<void> {
  const runs = Math.max(1, Math.ceil(RUNS / 2))
  const offline = await measureOffline(runs)
  const physics = `fake delays: pool stop ${PHYSICS.stopDelayMs} ms, worker linger ${PHYSICS.workerLingerMs} ms, app_offline release ${PHYSICS.offlineReleaseMs} ms`
  rows.push({
    case: 'offline window: in-place, one DLL changed',
    medianMs: median(offline.inPlaceMs),
    samples: offline.inPlaceMs,
    note: `${physics}; probe every ${PROBE_INTERVAL_MS} ms`
  })
  rows.push({
    case: 'offline window: in-place, one CSS file changed',
    medianMs: median(offline.staticOnlyMs),
    samples: offline.staticOnlyMs,
    note: 'take-offline: auto'
  })
  rows.push({
    case: 'offline window: strategy releases, new release',
    medianMs: median(offline.releasesMs),
    samples: offline.releasesMs,
    note: 'physical path switch'
  })
  rows.push({
    case: 'deploy wall: in-place redeploy, spawn to exit',
    medianMs: median(offline.deployWallMs),
    samples: offline.deployWallMs,
    note: 'includes the health check and the fake tools'
  })
  keys.offline_in_place_ms = round(median(offline.inPlaceMs))
  keys.offline_static_only_ms = round(median(offline.staticOnlyMs))
  keys.offline_releases_ms = round(median(offline.releasesMs))
  keys.overhead_ms = round(median(offline.inPlaceMs) - PHYSICS_MS)
  keys.physics_ms = PHYSICS_MS
  // The delays on the path the pipeline takes now: app_offline.htm and the pool stop start together, the in-process
  // worker leaves with the page (release), the pool is Stopped after its stop delay; the linger applies only to a
  // worker still alive at the stop. What is left above this floor is ours: tool processes, polls, the copy.
  keys.physics_floor_ms = PHYSICS_FLOOR_MS
  keys.overhead_vs_floor_ms = round(median(offline.inPlaceMs) - PHYSICS_FLOOR_MS)
  keys.deploy_wall_ms = round(median(offline.deployWallMs))
}

function table(rows: Row[]): string {
  const head = ['case', 'median ms', 'runs (ms)', 'note']
  const body = rows.map((r) => [
    r.case,
    Number.isNaN(r.medianMs) ? '-' : r.medianMs.toFixed(0),
    r.samples.map((s) => s.toFixed(0)).join(' '),
    r.note
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)))
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

/** The bench runs on the Node action.yml declares (bench/runtime.ts): from another Node, it starts itself there. */
function runOnDeclaredNode(): void {
  if (process.env.BENCH_RUNTIME === 'current') {
    if (!process.env.BENCH_STARTED_BY) {
      console.log(`Node ${process.versions.node}: BENCH_RUNTIME=current, the Node the bench was started with`)
    }
    return
  }
  const runtime = benchRuntime(path.dirname(HERE))
  console.log(`Node ${runtime.version}: ${runtime.reason}`)
  if (runtime.execPath === process.execPath) return
  const again = spawnSync(runtime.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RUNTIME: 'current', BENCH_STARTED_BY: process.versions.node }
  })
  process.exit(again.status ?? 1)
}

async function main(): Promise<void> {
  runOnDeclaredNode()
  const rows: Row[] = []
  const keys: Record<string, number> = {}
  const started = performance.now()
  const load = os.loadavg().map((l) => l.toFixed(1))
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform} ${os.release()}, Node ${process.version}, load ${load.join(' ')}`
  )
  if (ONLY.includes('start') || ONLY.includes('offline')) {
    const build = await buildAction()
    console.log(
      build.built
        ? `Built the action bundle in ${(build.ms / 1000).toFixed(1)} s`
        : 'Action bundle up to date'
    )
  }
  keys.node_major = Number(process.versions.node.split('.')[0])
  if (ONLY.includes('planner')) await benchPlanner(rows, keys)
  if (ONLY.includes('webconfig')) benchWebConfig(rows, keys)
  if (ONLY.includes('start')) await benchStart(rows, keys)
  if (ONLY.includes('offline')) await benchOffline(rows, keys)
  console.log('')
  console.log(table(rows))
  console.log('')
  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverage: os.loadavg(),
    files: FILES,
    runs: RUNS,
    plannerRuns: PLANNER_RUNS,
    benchMs: Math.round(performance.now() - started),
    medians: keys,
    rows: rows.map((r) => ({ ...r, medianMs: round(r.medianMs), samples: r.samples.map((s) => round(s)) }))
  }
  fs.writeFileSync(path.join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(
    `Wrote ${path.join(HERE, 'results.json')} (load average now ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`
  )
  console.log(JSON.stringify(keys))
}

await main()
