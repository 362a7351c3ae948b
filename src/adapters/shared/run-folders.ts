// The scratch folder of a run, one rule for the GitHub Action, the CLI and the Azure DevOps task: the runner's own
// temp folder (RUNNER_TEMP on GitHub, AGENT_TEMPDIRECTORY on an Azure DevOps agent; both are emptied after each job),
// else a folder of ours under the OS temp folder. No @actions/* import: the CommonJS task bundles this file too.

import os from 'node:os'
import path from 'node:path'

export function runTempDirectory(env: NodeJS.ProcessEnv): string {
  return env['RUNNER_TEMP'] || env['AGENT_TEMPDIRECTORY'] || path.join(os.tmpdir(), 'iis-deploy')
}

/**
 * `env` with RUNNER_TEMP set to the run's scratch folder: what every adapter hands to the option parser, so the
 * pipeline's `tempDir` follows the same rule whichever front door started it.
 */
export function withRunTempDirectory(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, RUNNER_TEMP: runTempDirectory(env) }
}
