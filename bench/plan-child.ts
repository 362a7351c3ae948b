// One plan in a fresh process, as a deploy runs it (cold JIT, nothing cached in this process): prints its time, the
// CPU time it used and the process's peak resident memory as JSON. Used by bench/run.ts.
//   node --import tsx bench/plan-child.ts <source> <target> [checksum|size-and-time] [one-thread|worker-threads|separate-walks]
// Without the last argument the planner decides whether to start worker threads (workerThreadsPayOff);
// `separate-walks` plans as the planner did before the paired walk (pairedWalk: false).
import { planChanges } from '../src/steps/sync/planner.js'

const [source = '', target = '', mode, threads] = process.argv.slice(2)
const cpu = process.cpuUsage()
const start = performance.now()
const plan = await planChanges({
  source,
  target,
  deleteExtra: true,
  checksum: mode === 'checksum',
  preserve: [],
  ...(threads === 'one-thread' || threads === 'worker-threads'
    ? { workerThreads: threads === 'worker-threads' }
    : {}),
  ...(threads === 'separate-walks' ? { pairedWalk: false } : {})
})
const ms = performance.now() - start
const used = process.cpuUsage(cpu) // every thread of the process: this one, the workers and libuv's pool
console.log(
  JSON.stringify({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    add: plan.filesAdded,
    update: plan.filesUpdated,
    delete: plan.filesDeleted
  })
)
