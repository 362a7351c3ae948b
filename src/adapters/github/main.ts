// The GitHub Action adapter: INPUT_* → DeployOptions (the one parser), a Reporter on the workflow commands, the deploy, the
// outputs of contract §2, the job summary, and one catch → setFailed. SIGTERM/SIGINT (a cancelled job) abort the
// run: the running step stops and the cleanup (online again, lock released) still runs.

import { errorMessage, InputErrors } from '../../core/errors.js'
import type { Ports } from '../../core/ports.js'
import { createDefaultSteps } from '../../pipeline/default-steps.js'
import { deploy, type DeployRunOptions } from '../../pipeline/deploy.js'
import { readDeployOptions } from '../../pipeline/options.js'
import { renderSummary } from '../../pipeline/summary.js'
import { OUTPUT_NAMES, type DeployResult } from '../../pipeline/types.js'
import { createNodePorts } from '../../runtime/node-ports.js'
import { VERSION } from '../../version.js'
import { withRunTempDirectory } from '../shared/run-folders.js'
import { summaryTitle } from '../shared/summary-title.js'
import { createToolCache } from '../shared/tool-cache.js'
import { GitHubReporter } from './reporter.js'
import * as core from './workflow-commands.js'

export interface GitHubRunDependencies {
  env?: NodeJS.ProcessEnv
  /** Overrides of the ports (tests). */
  ports?: Partial<Ports>
  run?: Partial<DeployRunOptions>
  signal?: AbortSignal
}

/** Cancellation: the runner sends SIGINT, then SIGTERM, before it kills the process. */
function abortOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController()
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = (): void => {
      if (!controller.signal.aborted) core.warning(`${name} received: stopping the deploy and cleaning up.`)
      controller.abort()
    }
    process.on(name, handler)
    return [name, handler] as const
  })
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [name, handler] of handlers) process.off(name, handler)
    }
  }
}

function writeSummary(
  result: DeployResult,
  reporter: GitHubReporter,
  title: string,
  env: NodeJS.ProcessEnv
): void {
  if (!env.GITHUB_STEP_SUMMARY) return
  try {
    core.appendSummary(renderSummary(result, { title, version: VERSION, mask: (t) => reporter.mask(t) }))
  } catch (error) {
    core.warning(reporter.mask(`Could not write the job summary: ${errorMessage(error)}`))
  }
}

export async function run(dependencies: GitHubRunDependencies = {}): Promise<void> {
  const env = dependencies.env ?? process.env
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const reporter = new GitHubReporter(workspace)
  const signals = dependencies.signal ? undefined : abortOnSignals()
  try {
    const options = await readDeployOptions((name) => core.getInput(name), {
      workspace,
      runNumber: env.GITHUB_RUN_NUMBER,
      runAttempt: env.GITHUB_RUN_ATTEMPT,
      env: withRunTempDirectory(env),
      platform: process.platform,
      reporter
    })
    const ports = createNodePorts({
      reporter,
      toolCache: createToolCache(),
      env,
      signal: dependencies.signal ?? signals?.signal,
      overrides: dependencies.ports
    })
    const result = await deploy(options, ports, { steps: createDefaultSteps(), ...dependencies.run })
    // Outputs are our own data (counts, booleans, paths; the plan masked string by string): masking them again
    // would turn `rolled-back=true` into `***` when a secret is `true` (docs/secrets.md §3).
    for (const name of OUTPUT_NAMES) core.setOutput(name, result.outputs[name])
    writeSummary(result, reporter, summaryTitle(options), env)
    if (result.error) throw result.error
    reporter.info(result.serverState)
  } catch (error) {
    if (error instanceof InputErrors) {
      for (const problem of error.errors)
        core.error(reporter.mask(problem.message), { title: `Input '${problem.input}'` })
      core.setFailed(reporter.mask(`${error.errors.length} input problem(s); nothing was changed.`))
    } else {
      core.setFailed(reporter.mask(errorMessage(error)))
    }
  } finally {
    signals?.dispose()
  }
}
