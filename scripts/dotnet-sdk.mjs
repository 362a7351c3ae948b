// Runs the .NET SDK for the scripts that use it as a build tool or an oracle (sample:publish, sample:check,
// oracle:sdk). Arguments go to `dotnet` as an argv array, never through a shell.
import { spawnSync } from 'node:child_process'

/** Quiet, offline-friendly SDK runs: no telemetry, no first-run banner, no update check. */
export const DOTNET_ENV = {
  ...process.env,
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
  DOTNET_CLI_UI_LANGUAGE: 'en',
  // One build node at a time: the machines these run on are shared and small.
  MSBUILDNODECOUNT: '1'
}

/** The SDK version (`dotnet --version`), or undefined when no `dotnet` is on PATH. */
export function sdkVersion() {
  const result = spawnSync('dotnet', ['--version'], { env: DOTNET_ENV, encoding: 'utf8' })
  if (result.error || result.status !== 0) return undefined
  return result.stdout.trim()
}

/**
 * Runs `dotnet <args>`; throws with the command, its exit code and its output when it fails.
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string> }} [options]
 * @returns {string} stdout
 */
export function dotnet(args, options = {}) {
  const result = spawnSync('dotnet', args, {
    cwd: options.cwd,
    env: { ...DOTNET_ENV, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.error) {
    throw new Error(
      `dotnet ${args.join(' ')} could not start (${result.error.message}): install the .NET SDK`
    )
  }
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n')
    throw new Error(`dotnet ${args.join(' ')} failed with exit code ${result.status}:\n${output}`)
  }
  return result.stdout
}
