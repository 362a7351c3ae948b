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
import { ensureIisFeatures } from './ensure-iis-features.js'
import { planChanges } from './plan-changes.js'
import { prepareApp } from './prepare-app.js'
import { provision } from './provision.js'
import { readTarget } from './read-target.js'
import { createRepairs } from './repairs.js'
import { runUndo } from './run-undo.js'
import { syncApp } from './sync.js'
import { takeOffline } from './take-offline.js'

export { defaultPoolName, WebConfigRejected } from './shared.js'
export { backupRootFor } from './sync-in-place.js'
export { runUndo } from './run-undo.js'

// Steps few runs take are loaded on first use, each a chunk of its own in dist/, so a start does not parse them
// (bench/README.md, Start-up): the diagnosis of a failed deploy, the Hosting Bundle install, the IIS Express test.
const diagnoseFailure: NonNullable<DeploySteps['diagnoseFailure']> = async (ctx, input) =>
  (await import('./diagnose-failure.js')).diagnoseFailure(ctx, input)
const installHostingBundle: DeploySteps['installHostingBundle'] = async (ctx, appDir) =>
  (await import('./install-hosting-bundle.js')).installHostingBundle(ctx, appDir)
const smokeTestIisExpress: DeploySteps['smokeTestIisExpress'] = async (ctx, app) =>
  (await import('./smoke-test-iis-express.js')).smokeTestIisExpress(ctx, app)

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
