// Kept so the adapters and tests import the real steps from where they always have; the steps live in steps/.

export { createDefaultSteps, defaultPoolName, runUndo, WebConfigRejected } from './steps/index.js'
