// `npm run bench`: the change planner on a 20,000-file tree, against `rsync -an --delete --itemize-changes` on the
// same tree (size+time), and with content hashes against `rsync -anc`. Prints a table and writes
// bench/results.json. Timings only here, never in tests.
//
// The tree is deterministic (seeded generator): 20,000 files in nested folders, sizes 0–4 KiB; the target is a copy
// with 1% of the files rewritten (new size), 0.5% touched (same content, new time), 0.5% deleted from the source
// and 0.5% new in the source. "cold" is the first run in this process (JIT cold; the page cache is as the tree
// build left it, we cannot drop it without root); "warm" is the median of the following runs.

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { planChanges, type ChangePlan } from '../src/steps/sync/planner.js'

const FILES = Number(process.env.BENCH_FILES ?? 20_000)
const WARM_RUNS = Number(process.env.BENCH_RUNS ?? 5)
const HERE = path.dirname(fileURLToPath(import.meta.url))

/** mulberry32: a tiny seeded generator, so every run builds the same tree. */
function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Tree {
  source: string
  target: string
  expected: { add: number; update: number; delete: number; touched: number }
}

function buildTree(root: string): Tree {
  const random = generator(20_000)
  const source = path.join(root, 'publish')
  const target = path.join(root, 'site')
  const t0 = new Date('2026-01-01T00:00:00Z')
  const later = new Date('2026-01-02T00:00:00Z')
  const files: string[] = []
  for (let i = 0; i < FILES; i++) {
    // ~50 files per folder, folders nested up to three deep: wwwroot/lib/x/y.js-like shapes.
    const folder = Math.floor(i / 50)
    const parts = [`d${folder % 20}`, `e${Math.floor(folder / 20) % 10}`, `f${folder}`].slice(
      0,
      1 + (folder % 3)
    )
    const ext = ['.js', '.css', '.dll', '.json', '.png', '.html'][i % 6] as string
    files.push([...parts, `file${i}${ext}`].join('/'))
  }
  const content = (n: number, salt: string): Buffer => {
    const buf = Buffer.alloc(n)
    for (let i = 0; i < n; i++) buf[i] = (i * 31 + salt.length * 7) & 0xff
    return buf
  }
  const write = (root: string, relative: string, data: Buffer, time: Date): void => {
    const full = path.join(root, ...relative.split('/'))
    fs.mkdirSync(path.dirname(full), { recursive: true })
    fs.writeFileSync(full, data)
    fs.utimesSync(full, time, time)
  }
  const expected = { add: 0, update: 0, delete: 0, touched: 0 }
  for (const relative of files) {
    const size = Math.floor(random() * 4096)
    const data = content(size, relative)
    const roll = random()
    if (roll < 0.005) {
      write(target, relative, data, t0) // gone from the source: delete-extra removes it
      expected.delete++
    } else if (roll < 0.01) {
      write(source, relative, data, t0) // new in the source
      expected.add++
    } else if (roll < 0.02) {
      write(source, relative, content(size + 1, relative), later) // rewritten
      write(target, relative, data, t0)
      expected.update++
    } else if (roll < 0.025) {
      write(source, relative, data, later) // same content, new time (a clean build)
      write(target, relative, data, t0)
      expected.touched++
    } else {
      write(source, relative, data, t0)
      write(target, relative, data, t0)
    }
  }
  return { source, target, expected }
}

interface Row {
  tool: string
  mode: string
  coldMs: number
  warmMs: number
  add: number
  update: number
  delete: number
  note?: string
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function timePlanner(tree: Tree, checksum: boolean, runs: number): Promise<Row> {
  const times: number[] = []
  let plan: ChangePlan | undefined
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now()
    plan = await planChanges({
      source: tree.source,
      target: tree.target,
      deleteExtra: true,
      checksum,
      preserve: []
    })
    times.push(performance.now() - start)
  }
  const p = plan as ChangePlan
  return {
    tool: 'planChanges',
    mode: checksum ? 'checksum (SHA-256)' : 'size+time',
    coldMs: times[0] ?? Number.NaN,
    warmMs: median(times.slice(1)),
    add: p.filesAdded,
    update: p.filesUpdated,
    delete: p.filesDeleted
  }
}

function hasRsync(): boolean {
  return spawnSync('rsync', ['--version'], { encoding: 'utf8' }).status === 0
}

function timeRsync(tree: Tree, checksum: boolean, runs: number): Row {
  const args = [
    checksum ? '-anc' : '-an',
    '--delete',
    '--itemize-changes',
    `${tree.source}/`,
    `${tree.target}/`
  ]
  const times: number[] = []
  let stdout = ''
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now()
    const result = spawnSync('rsync', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    times.push(performance.now() - start)
    if (result.status !== 0) throw new Error(`rsync failed (${result.status}): ${result.stderr}`)
    stdout = result.stdout
  }
  const lines = stdout.split('\n')
  // `>f+++++++++ path` new file, `>f.st...... path` changed, `*deleting   path` (files only: no trailing /).
  const add = lines.filter((l) => /^>f\+{9} /.test(l)).length
  const update = lines.filter((l) => /^>f[^+]/.test(l)).length
  const del = lines.filter((l) => /^\*deleting +.*[^/]$/.test(l)).length
  return {
    tool: 'rsync',
    mode: `${checksum ? '-anc' : '-an'} --delete --itemize-changes`,
    coldMs: times[0] ?? Number.NaN,
    warmMs: median(times.slice(1)),
    add,
    update,
    delete: del,
    note: 'includes process start'
  }
}

function table(rows: Row[]): string {
  const head = ['tool', 'mode', 'cold ms', 'warm ms', 'add', 'update', 'delete', 'note']
  const body = rows.map((r) => [
    r.tool,
    r.mode,
    Number.isNaN(r.coldMs) ? '-' : r.coldMs.toFixed(0),
    Number.isNaN(r.warmMs) ? '-' : r.warmMs.toFixed(0),
    String(r.add),
    String(r.update),
    String(r.delete),
    r.note ?? ''
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)))
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-bench-'))
  try {
    let start = performance.now()
    const tree = buildTree(root)
    const buildMs = performance.now() - start
    console.log(
      `Tree: ${FILES} files (${tree.expected.add} new, ${tree.expected.update} rewritten, ${tree.expected.touched} touched, ${tree.expected.delete} gone) built in ${buildMs.toFixed(0)} ms under ${root}`
    )
    start = performance.now()
    const rows: Row[] = []
    rows.push(await timePlanner(tree, false, WARM_RUNS))
    const rsync = hasRsync()
    if (rsync) rows.push(timeRsync(tree, false, WARM_RUNS))
    rows.push(await timePlanner(tree, true, Math.max(1, Math.floor(WARM_RUNS / 2))))
    if (rsync) rows.push(timeRsync(tree, true, Math.max(1, Math.floor(WARM_RUNS / 2))))
    if (!rsync) {
      rows.push({
        tool: 'rsync',
        mode: 'skipped',
        coldMs: Number.NaN,
        warmMs: Number.NaN,
        add: 0,
        update: 0,
        delete: 0,
        note: 'rsync not found: apt-get install -y rsync'
      })
    }
    console.log('')
    console.log(table(rows))
    console.log('')
    console.log(
      'Expected: size+time sees rewritten + touched files as updates; checksum sees only the rewritten ones.'
    )
    const results = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      files: FILES,
      expected: tree.expected,
      treeBuildMs: Math.round(buildMs),
      benchMs: Math.round(performance.now() - start),
      rows: rows.map((r) => ({
        ...r,
        coldMs: Number.isNaN(r.coldMs) ? null : Math.round(r.coldMs),
        warmMs: Number.isNaN(r.warmMs) ? null : Math.round(r.warmMs)
      }))
    }
    fs.writeFileSync(path.join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
    console.log(`Wrote ${path.join(HERE, 'results.json')}`)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

await main()
