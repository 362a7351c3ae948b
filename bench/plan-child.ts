// One plan in a fresh process, as a deploy runs it (cold JIT, nothing cached in this process): prints its time and
// the process's peak resident memory as JSON. Used by bench/run.ts.
//   node --import tsx bench/plan-child.ts <source> <target> [checksum]
import { planChanges } from '../src/steps/sync/planner.js'

const [source = '', target = '', mode] = process.argv.slice(2)
const start = performance.now()
const plan = await planChanges({
  source,
  target,
  deleteExtra: true,
  checksum: mode === 'checksum',
  preserve: []
})
const ms = performance.now() - start
console.log(
  JSON.stringify({
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    add: plan.filesAdded,
    update: plan.filesUpdated,
    delete: plan.filesDeleted
  })
)
