/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS entry (task-lib must be required at run time) */
// The Azure DevOps task (contract §5): the inputs of the action in camelCase, read with task-lib, the same option
// parser and pipeline, outputs as output variables (camelCase), the summary as a build summary section, and one
// catch → setResult(Failed). Bundled with ncc; azure-pipelines-task-lib stays external, so MockTestRunner can
// swap it in tests.

import fs = require('node:fs')
import path = require('node:path')
import tl = require('azure-pipelines-task-lib/task')
import runFolders = require('../../../src/adapters/shared/run-folders.js')
import summaryTitle = require('../../../src/adapters/shared/summary-title.js')
import errors = require('../../../src/core/errors.js')
import secrets = require('../../../src/core/secrets.js')
import defaultSteps = require('../../../src/pipeline/default-steps.js')
import pipeline = require('../../../src/pipeline/deploy.js')
import optionsModule = require('../../../src/pipeline/options.js')
import summary = require('../../../src/pipeline/summary.js')
import types = require('../../../src/pipeline/types.js')
import nodePorts = require('../../../src/runtime/node-ports.js')
import version = require('../../../src/version.js')
import reporterModule = require('./reporter')
import toolCache = require('./tool-cache')

/** `app-pool` → `appPool`, `msdeploy-password` → `msdeployPassword` (contract §5). */
function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/**
 * Reads an input. task-lib prints every value it reads as a debug line (`##vso[task.debug]name=value`), before we
 * could register it as a secret: for the secret inputs that line is rewritten with the value masked, for the URL
 * inputs with the credentials and tokens in the URL redacted (docs/secrets.md §2).
 */
function readInput(name: string): string | undefined {
  const key = camel(name)
  const secret = (optionsModule.SECRET_INPUTS as readonly string[]).includes(name)
  const url = (optionsModule.URL_INPUTS as readonly string[]).includes(name)
  if (!secret && !url) return tl.getInput(key, false)
  const write = process.stdout.write.bind(process.stdout)
  const prefix = `##vso[task.debug]${key}=`
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const masked = text
      .split('\n')
      .map((line) =>
        !line.startsWith(prefix)
          ? line
          : `${prefix}${secret ? '***' : secrets.redactUrls(line.slice(prefix.length))}`
      )
      .join('\n')
    return (write as (c: string, ...r: unknown[]) => boolean)(masked, ...rest)
  }) as typeof process.stdout.write
  try {
    return tl.getInput(key, false)
  } finally {
    process.stdout.write = write
  }
}

function abortOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController()
  const onSignal = (): void => controller.abort()
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

async function run(): Promise<void> {
  const env = process.env
  const workspace = env.SYSTEM_DEFAULTWORKINGDIRECTORY || env.BUILD_SOURCESDIRECTORY || process.cwd()
  const reporter = new reporterModule.AdoReporter(tl, workspace)
  const signals = abortOnSignals()
  const folders = toolCache.agentFolders(env)
  try {
    const options = await optionsModule.readDeployOptions(readInput, {
      workspace,
      runNumber: env.BUILD_BUILDID,
      runAttempt: env.SYSTEM_JOBATTEMPT,
      env: runFolders.withRunTempDirectory(env),
      platform: process.platform,
      reporter
    })
    const result = await pipeline.deploy(
      options,
      nodePorts.createNodePorts({
        reporter,
        toolCache: new toolCache.AgentToolCache(folders),
        env,
        signal: signals.signal
      }),
      { steps: defaultSteps.createDefaultSteps() }
    )
    // Outputs are our own data, the plan masked string by string (docs/secrets.md §3): not masked again.
    for (const name of types.OUTPUT_NAMES) tl.setVariable(camel(name), result.outputs[name], false, true)
    try {
      const file = path.join(folders.temp, `iis-deploy-summary-${process.pid}.md`)
      fs.mkdirSync(folders.temp, { recursive: true })
      fs.writeFileSync(
        file,
        summary.renderSummary(result, {
          title: summaryTitle.summaryTitle(options),
          version: version.VERSION,
          mask: (t) => reporter.mask(t)
        })
      )
      tl.uploadSummary(file)
    } catch (error) {
      reporter.warning(`Could not write the summary: ${errors.errorMessage(error)}`)
    }
    if (result.error) tl.setResult(tl.TaskResult.Failed, reporter.mask(result.error.message))
    else tl.setResult(tl.TaskResult.Succeeded, reporter.mask(result.serverState))
  } catch (error) {
    if (error instanceof errors.InputErrors) {
      for (const problem of error.errors) reporter.error(problem.message)
      tl.setResult(
        tl.TaskResult.Failed,
        reporter.mask(`${error.errors.length} input problem(s); nothing was changed.`)
      )
    } else tl.setResult(tl.TaskResult.Failed, reporter.mask(errors.errorMessage(error)))
  } finally {
    signals.dispose()
  }
}

void run()
