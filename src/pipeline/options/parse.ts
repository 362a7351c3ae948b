// parseDeployOptions: one typed, validated object per run (contract §1). Every adapter reads its own inputs
// (INPUT_*, task-lib, CLI flags) through `read` and gets the same DeployOptions, or one InputErrors listing every
// problem at once, before anything on the server changes. Secret inputs are registered with the reporter first.

import os from 'node:os'
import { InputErrors } from '../../core/errors.js'
import { checkCombinations, readSteps, type ReadOptions } from './combinations.js'
import type { DeployOptions, InputReader, OptionsContext } from './deploy-options.js'
import { checkPackageCombinations, readPackageInputs } from './read-package-inputs.js'
import { InputCollector, registerSecretInputs } from './read-inputs.js'
import { readPoolInputs } from './pool-inputs.js'
import { checkCertificateCombinations, readCertificateInputs } from './certificate-inputs.js'
import { loadPfxReader } from '../../steps/iis/certificate.js'
import { checkManagementCombinations, readManagementInputs } from './read-management-inputs.js'
import { INPUT_NAMES } from './schema.js'
import {
  pathApi,
  readHealthInputs,
  readHostingBundleInputs,
  readProvisionInputs,
  readRemoteInputs,
  readSyncInputs,
  readTargetInputs,
  readWebConfigInputs,
  type ReadScope
} from './validate.js'

/** `42-1` from the run number and attempt; else a UTC timestamp (20261122T101500Z) that sorts in time order. */
export function defaultReleaseId(context: Pick<OptionsContext, 'runNumber' | 'runAttempt' | 'now'>): string {
  if (context.runNumber)
    return context.runAttempt ? `${context.runNumber}-${context.runAttempt}` : context.runNumber
  return (context.now?.() ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

/**
 * Loads the libraries that checking these inputs needs and that are chunks of their own in dist/ (node-forge for a
 * PFX), then parses them: what every adapter calls. `parseDeployOptions` stays synchronous for tests.
 */
export async function readDeployOptions(read: InputReader, context: OptionsContext): Promise<DeployOptions> {
  const given = (name: string): boolean => (read(name) ?? '').trim() !== ''
  if (given('certificate-pfx') || given('certificate-pfx-file')) await loadPfxReader()
  return parseDeployOptions(read, context)
}

/**
 * Reads and validates every input of the contract. Throws InputErrors with every problem at once; each names the
 * input, the value and what is allowed. Secret inputs are registered with `context.reporter` first.
 */
export function parseDeployOptions(read: InputReader, context: OptionsContext): DeployOptions {
  registerSecretInputs(read, context.reporter)
  const c = new InputCollector(read)
  const p = pathApi(context.platform)
  const scope: ReadScope = { c, context, p, workspace: p.resolve(context.workspace) }

  const provision = readProvisionInputs(scope)
  const read_: ReadOptions = {
    ...readTargetInputs(scope),
    ...readSyncInputs(scope, defaultReleaseId(context)),
    ...readWebConfigInputs(scope),
    ...readHostingBundleInputs(scope),
    ...provision,
    ...readCertificateInputs(scope, provision, context.reporter),
    ...readPoolInputs(c, c.raw('pool-identity')),
    ...readRemoteInputs(scope),
    ...readHealthInputs(scope),
    ...readPackageInputs(scope),
    ...readManagementInputs(scope),
    workspace: scope.workspace,
    tempDir: context.env.RUNNER_TEMP || context.env.AGENT_TEMPDIRECTORY || os.tmpdir()
  }
  // A manage action runs no deploy step (nothing is copied or prepared).
  const options: DeployOptions = {
    ...read_,
    ...(read_.action === 'deploy' ? readSteps(c, read_) : { steps: [], allSteps: false })
  }
  checkCombinations(c, options, context)
  checkPackageCombinations(c, options)
  checkManagementCombinations(c, options)
  checkCertificateCombinations(c, options)
  if (c.errors.length > 0) {
    // In the order of the contract's inputs, whatever order the areas were read in.
    const rank = (input: string): number => {
      const index = (INPUT_NAMES as readonly string[]).indexOf(input)
      return index < 0 ? INPUT_NAMES.length : index
    }
    throw new InputErrors([...c.errors].sort((a, b) => rank(a.input) - rank(b.input)))
  }
  return options
}
