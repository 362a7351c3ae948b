// Ends a real app when its fake worker is gone, as Windows ends the processes of w3wp.exe's job object: a worker
// killed with SIGKILL (taskkill /F, a test's dispose) cannot end its child itself.
// Usage: node real-app-guard.mjs <workerPid> <appPid> <stateDir>
import fs from 'node:fs'
import { isProcessAlive } from './iis-state.mjs'

const [workerPid, appPid] = process.argv.slice(2, 4).map(Number)
const stateDir = process.argv[4] ?? ''
const timer = setInterval(() => {
  if (!appPid || !isProcessAlive(appPid)) {
    clearInterval(timer)
    return
  }
  if (!workerPid || !isProcessAlive(workerPid) || !fs.existsSync(stateDir)) {
    try {
      process.kill(appPid, 'SIGKILL')
    } catch {
      // already gone
    }
    clearInterval(timer)
  }
}, 100)
