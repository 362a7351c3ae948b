// The real steps behind the pipeline, one module each (they call the step modules in src/steps/* with the options
// and ports of the run). Dry-run: reads still run (appcmd list, planner, robocopy /L, msdeploy -whatif), writes
// are recorded in the plan instead. The steps keep no state of their own: what one step hands the next is in its
// return value.

import type { DeploySteps } from '../context.js'
import { withDrainHooks } from '../drain.js'
import { acquireLock } from './acquire-lock.js'
import { bringOnline } from './bring-online.js'
import { checkHealth } from './check-health.js'
import { cleanup } from './cleanup.js'
import { diagnoseFailure } from './diagnose-failure.js'
import { ensureIisFeatures } from './ensure-iis-features.js'
import { installHostingBundle } from './install-hosting-bundle.js'
import { planChanges } from './plan-changes.js'
import { prepareApp } from './prepare-app.js'
import { provision } from './provision.js'
import { readTarget } from './read-target.js'
import { createRepairs } from './repairs.js'
import { runUndo } from './run-undo.js'
import { smokeTestIisExpress } from './smoke-test-iis-express.js'
import { syncApp } from './sync.js'
import { takeOffline } from './take-offline.js'

export { defaultPoolName, WebConfigRejected } from './shared.js'
export { backupRootFor } from './sync-in-place.js'
export { runUndo } from './run-undo.js'

/** The real steps for one run, with the web farm hooks around them (../drain.ts). */
export function createDefaultSteps(): DeploySteps {
  return withDrainHooks({
    readTarget,
    acquireLock,
    ensureIisFeatures,
    installHostingBundle,
    provision,
    prepareApp,
    planChanges,
    takeOffline,
    bringOnline,
    sync: syncApp,
    runUndo,
    createRepairs,
    checkHealth,
    smokeTestIisExpress,
    cleanup,
    diagnoseFailure
  })
}
