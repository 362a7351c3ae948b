// `BENCH_TRACE=1 npm run bench`: loaded into every Node process of one traced redeploy (NODE_OPTIONS --require), so
// the action, each fake tool and each worker appends one line when it exits: pid, parent, argv, start and end (ms
// since the epoch). bench/product.ts lays them out against the prober's offline window. Bench only.
'use strict'
const fs = require('node:fs')
const file = process.env.BENCH_TRACE_FILE
if (file) {
  const start = performance.timeOrigin
  process.on('exit', () => {
    const line = { pid: process.pid, ppid: process.ppid, argv: process.argv.slice(1), start, end: Date.now() }
    try {
      fs.appendFileSync(file, `${JSON.stringify(line)}\n`)
    } catch {
      // the trace is best effort
    }
  })
}
