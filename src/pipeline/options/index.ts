// The deploy options: schema (each input declared once), readers, per-area validation calling the steps' own
// rules, and the cross-input checks. Import from here (or from ../options.ts, which re-exports this).

export * from './schema.js'
export * from './deploy-options.js'
export {
  isAbsoluteAnywhere,
  registerSecretInputs,
  secretValuesOf,
  URL_INPUTS,
  splitList,
  InputCollector
} from './read-inputs.js'
export { provisionWrites, stepsForAll } from './combinations.js'
export { defaultReleaseId, parseDeployOptions, readDeployOptions } from './parse.js'
