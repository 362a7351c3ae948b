// The fake w3wp.exe: one process per running worker of an application pool. It holds the pool's application files
// (lockedFiles), shows in `appcmd list wps`, and ends the way a worker ends:
//   - its exit time passed (pool stopped + stopDelayMs + workerLingerMs, or recycled + workerLingerMs);
//   - its record vanished (pool deleted, killed by a test, dispose) or the state directory / owning test is gone;
//   - in-process hosting: app_offline.htm appeared in one of its apps and offlineReleaseMs passed (ANCM asks IIS to
//     recycle the worker, windows-facts §6), or an application folder of the pool changed (config change recycle);
//   - crashOnStart: it dies at start-up, again and again, until rapid-fail protection stops the pool.
// HTTP itself is served by the HTTP.sys stand-in (http-sys.mjs), which starts workers on demand.
// Usage: node w3wp.mjs <pool>
import { loadFakeApp, readAncmConfig, startupOf } from './app-host.mjs'
import { ownerStillThere, sleep, takeFault } from './common.mjs'
import { writeDotnetRuntimeEvent, writeWasEvent } from './event-log.mjs'
import { isOfflineReleased, poolRoots, readState, resolveStateDir, updateState } from './iis-state.mjs'
import { startRealAppsOfWorker } from './real-app.mjs'

const stateDir = resolveStateDir()
const poolName = process.argv[2] ?? ''
const me = process.pid

/** @param {import('./iis-state.mjs').State} state */
function myRecord(state) {
  return state.workers.find((w) => w.pid === me)
}

/** What a crashing app of these roots throws (its FAKEAPP `startupException`), for the runtime's event. */
/** @param {string[]} roots */
function crashException(roots) {
  for (const root of roots) {
    const config = readAncmConfig(root)
    const loaded = config ? loadFakeApp(root, config) : undefined
    if (loaded?.ok && loaded.app.crashOnStart)
      return loaded.app.startupException ?? 'System.Exception: the app crashed at start-up'
  }
  return 'System.Exception: the app crashed at start-up'
}

/**
 * Rapid-fail protection: each start-up crash is counted; at the threshold within the window the pool stops. Each
 * crash leaves the runtime's unhandled-exception event and WAS 5009 (worker terminated unexpectedly); the stop
 * leaves WAS 5002 (pool automatically disabled), in the System log.
 * @param {string[]} roots
 */
async function crashLoop(roots) {
  const exception = crashException(roots)
  for (;;) {
    writeDotnetRuntimeEvent(stateDir, exception)
    writeWasEvent(stateDir, 5009, 3, { AppPoolID: poolName, ProcessID: String(me) })
    const outcome = updateState(stateDir, (state, now) => {
      state.workers = state.workers.filter((w) => w.pid !== me)
      const pool = state.pools.find((p) => p.name.toLowerCase() === poolName.toLowerCase())
      if (!pool || pool.state !== 'Started') return 'gone'
      pool.crashes = [...pool.crashes.filter((t) => now - t < state.timings.rapidFailWindowMs), now]
      if (pool.crashes.length >= state.timings.rapidFailThreshold) {
        pool.state = 'Stopped'
        pool.stoppedAt = null
        return 'disabled'
      }
      return 'again'
    })
    if (outcome === 'disabled') writeWasEvent(stateDir, 5002, 1, { AppPoolID: poolName })
    if (outcome !== 'again') process.exit(1)
    // WAS starts a replacement worker; this process plays the next one too (same effect, fewer processes).
    await sleep(readState(stateDir).timings.pollMs)
  }
}

async function main() {
  const initial = readState(stateDir)
  const roots = myRecord(initial)?.roots ?? poolRoots(initial, poolName)
  if (roots.some((root) => startupOf(root).crash)) return crashLoop(roots)
  // A real published app (not a FAKEAPP stand-in) runs as a real process next to the worker (real-app.mjs).
  await startRealAppsOfWorker(stateDir, poolName, roots)
  for (;;) {
    if (!ownerStillThere(stateDir)) process.exit(0)
    const now = Date.now()
    const state = readState(stateDir, now)
    const record = myRecord(state)
    if (!record) process.exit(0)
    const neverExits = takeFault(state, 'workerNeverExits', poolName, { consume: false }) !== undefined
    if (!neverExits) {
      const current = poolRoots(state, poolName)
      const changed = current.length !== roots.length || current.some((r, i) => r !== roots[i])
      const offline = roots.some((root) => {
        const app = startupOf(root)
        return app.managed && app.inProcess && isOfflineReleased(state, root, now)
      })
      if (offline) return leave()
      if (changed && record.exitAt === null) {
        // A physical path switch: IIS recycles the worker, the old one drains for workerLingerMs.
        updateState(stateDir, (s, t) => {
          const r = myRecord(s)
          if (r && r.exitAt === null) r.exitAt = t + s.timings.workerLingerMs
        })
      }
    }
    await sleep(state.timings.pollMs)
  }
}

/** Leaves for good: the record goes first so `list wps` and the locks agree with the process being gone. */
function leave() {
  updateState(stateDir, (state) => {
    state.workers = state.workers.filter((w) => w.pid !== me)
  })
  process.exit(0)
}

process.on('SIGTERM', () => process.exit(0))
main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e))
  process.exit(70)
})
