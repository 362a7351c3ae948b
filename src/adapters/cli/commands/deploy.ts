// `iis-deploy deploy --<input> <value> ...` (contract §4): the same inputs as the action, the same option parser,
// the same pipeline. Repeated list options add lines (`--exclude '*.pdb' --exclude docs/`); a boolean input given
// without a value means true (`--dry-run`). Prints the summary (and with dry-run the plan) on stdout; diagnostics
// on stderr. Exit 0 success, 1 failure, 2 wrong usage (unknown option, invalid input value).

import { errorMessage, InputErrors } from '../../../core/errors.js'
import { maskStrings } from '../../../core/secrets.js'
import { createDefaultSteps } from '../../../pipeline/default-steps.js'
import { deploy } from '../../../pipeline/deploy.js'
import { INPUT_DEFAULTS, INPUT_NAMES, readDeployOptions } from '../../../pipeline/options.js'
import { renderTextSummary } from '../../../pipeline/summary.js'
import type { DeployResult } from '../../../pipeline/types.js'
import { ConsoleReporter } from '../../../runtime/console-reporter.js'
import { withRunTempDirectory } from '../../shared/run-folders.js'
import { cliPorts } from '../cli-ports.js'
import { flag, parseArgs, UsageError } from '../args.js'
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../io.js'
import { readSecretSources, SECRET_SOURCE_OPTIONS } from '../secret-inputs.js'

/** Options of the command itself, besides the inputs. */
const OWN_FLAGS = ['json', 'verbose'] as const

const BOOLEAN_INPUTS = new Set(
  INPUT_NAMES.filter((name) => INPUT_DEFAULTS[name] === 'true' || INPUT_DEFAULTS[name] === 'false').concat([
    'self-contained'
  ])
)

/** `--dry-run` at the end or before another option means `--dry-run true`. */
export function expandBareBooleans(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    out.push(arg)
    const name = /^--([a-z][a-z0-9-]*)$/.exec(arg)?.[1]
    if (name && BOOLEAN_INPUTS.has(name as never)) {
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--')) out.push('true')
    }
  }
  return out
}

function helpText(): string {
  return `Usage: iis-deploy deploy [--<input> <value> ...] [--json] [--verbose]
                         [--password-env NAME] [--secrets-file PATH]

Inputs are the action's (README), e.g.:
  --source publish --site Shop --health-check-url http://localhost/health
  --dry-run               print the plan, change nothing
  --exclude '*.pdb' --exclude docs/   list inputs: repeat the option
--json prints {ok, outputs, steps, serverState, diagnosis} on stdout.

Secrets (docs/secrets.md): a command line is visible to other users in the process list, so give them by
  --password-env NAME     msdeploy-password from the environment variable NAME
  --secrets-file PATH     secret inputs and URL inputs from a file: input-name=value lines (the value verbatim
                          after the first '=', a repeated name adds a line), or one JSON object
                          {"input-name": "value" | ["line", ...]}; '#' starts a comment line
--msdeploy-password and the secret-* inputs still work as options, with a warning.
`
}

export const deployCommand: CliCommand = async (argv, io) => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(helpText())
    return EXIT_OK
  }
  const args = parseArgs(expandBareBooleans(argv), { flags: OWN_FLAGS })
  if (args.positionals.length > 0)
    throw new UsageError(
      `Unexpected argument '${args.positionals[0]}': inputs are given as --<input> <value>.`
    )
  for (const name of args.options.keys()) {
    if (
      !(INPUT_NAMES as readonly string[]).includes(name) &&
      !(OWN_FLAGS as readonly string[]).includes(name) &&
      !(SECRET_SOURCE_OPTIONS as readonly string[]).includes(name)
    ) {
      throw new UsageError(
        `Unknown option '--${name}': inputs are ${INPUT_NAMES.map((n) => `--${n}`).join(', ')}.`
      )
    }
  }
  const json = flag(args, 'json')
  const reporter = new ConsoleReporter({
    verbose: flag(args, 'verbose'),
    out: (line) => io.stderr(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`)
  })
  const secrets = readSecretSources(args, io)
  for (const warning of secrets.warnings) reporter.warning(warning)
  // Repeated options (or secrets-file lines) are the lines of a list input; a single value is taken as given.
  const read = (name: string): string | undefined =>
    (secrets.values.get(name) ?? args.options.get(name))?.join('\n')
  let options
  try {
    options = await readDeployOptions(read, {
      workspace: io.cwd,
      runNumber: io.env.GITHUB_RUN_NUMBER,
      runAttempt: io.env.GITHUB_RUN_ATTEMPT,
      env: withRunTempDirectory(io.env),
      platform: process.platform,
      reporter
    })
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error
    for (const problem of error.errors) reporter.error(problem.message)
    io.stderr(`Run 'iis-deploy deploy --help' for usage.\n`)
    return EXIT_USAGE
  }
  const ports = cliPorts(io, reporter)
  let result: DeployResult
  try {
    result = await deploy(options, ports, { steps: createDefaultSteps() })
  } catch (error) {
    // Not a failed deploy (that is in the result) but a bug: its text may still hold a secret.
    reporter.error(errorMessage(error))
    return EXIT_ERRORS
  }
  if (json) {
    // Free text masked string by string, so a secret `true` or `1` cannot break the JSON; the outputs are our own
    // data, the plan in them masked already (docs/secrets.md §3).
    const text = maskStrings(
      {
        error: result.error?.message,
        serverState: result.serverState,
        steps: result.steps,
        diagnosis: result.diagnosis
      },
      (t) => reporter.mask(t)
    )
    const report = { ok: result.ok, ...text, outputs: result.outputs }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  } else {
    if (options.dryRun) {
      io.stdout('Plan:\n')
      for (const create of result.plan.creates) io.stdout(reporter.mask(`  create  ${create}\n`))
      for (const command of result.plan.commands)
        io.stdout(reporter.mask(`  [${command.step}] ${command.command}\n`))
    }
    io.stdout(`${reporter.mask(renderTextSummary(result))}\n`)
  }
  if (result.error) {
    reporter.error(result.error.message)
    return EXIT_ERRORS
  }
  return EXIT_OK
}
