// `iis-deploy recover --site <s> [--application <a>] [--state-dir <dir>] [--dry-run] [--json]` (contract §4):
// repairs what an interrupted deploy left (the pool it stopped, the app_offline.htm it wrote, a half-updated
// folder from its backup, a half-done release switch) and deploys nothing. Exit 0 when the site is whole (repaired
// or nothing to repair), 1 when a repair failed, 2 on wrong usage.

import { maskStrings } from '../../../core/secrets.js'
import { InputErrors } from '../../../core/errors.js'
import { createDefaultSteps } from '../../../pipeline/default-steps.js'
import { readDeployOptions } from '../../../pipeline/options.js'
import { recoverSite } from '../../../pipeline/recover.js'
import { ConsoleReporter } from '../../../runtime/console-reporter.js'
import { cliPorts } from '../cli-ports.js'
import { flag, parseArgs, UsageError } from '../args.js'
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../io.js'

const INPUTS = ['site', 'application', 'state-dir', 'appcmd-path', 'app-pool'] as const

export const recoverCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, { flags: ['json', 'dry-run', 'verbose'] })
  if (args.positionals.length > 0) throw new UsageError(`Unexpected argument '${args.positionals[0]}'.`)
  for (const name of args.options.keys()) {
    if (!(INPUTS as readonly string[]).includes(name) && !['json', 'dry-run', 'verbose'].includes(name))
      throw new UsageError(
        `Unknown option '--${name}': recover takes ${INPUTS.map((n) => `--${n}`).join(', ')}, --dry-run, --json.`
      )
  }
  const site = args.options.get('site')?.join('\n')
  if (!site?.trim())
    throw new UsageError(`recover needs --site <name>: the site whose interrupted deploy to repair.`)
  const reporter = new ConsoleReporter({
    verbose: flag(args, 'verbose'),
    out: (line) => io.stderr(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`)
  })
  const values: Record<string, string | undefined> = {
    ...Object.fromEntries(INPUTS.map((name) => [name, args.options.get(name)?.join('\n')])),
    'dry-run': String(flag(args, 'dry-run'))
  }
  let options
  try {
    options = await readDeployOptions((name) => values[name], {
      workspace: io.cwd,
      runNumber: io.env.GITHUB_RUN_NUMBER,
      runAttempt: io.env.GITHUB_RUN_ATTEMPT,
      env: io.env,
      platform: process.platform,
      reporter
    })
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error
    for (const problem of error.errors) reporter.error(problem.message)
    return EXIT_USAGE
  }
  const ports = cliPorts(io, reporter)
  const result = await recoverSite(options, ports, createDefaultSteps())
  const failed = (result.recovery?.problems.length ?? 0) > 0
  if (flag(args, 'json')) {
    io.stdout(
      `${JSON.stringify(
        maskStrings(
          { ok: !failed, ...result, recovery: result.recovery && { ...result.recovery, found: undefined } },
          (t) => reporter.mask(t)
        ),
        null,
        2
      )}\n`
    )
  } else if (!result.recovery) {
    io.stdout(
      `Nothing to repair: ${result.last ? `the last deploy (started ${result.last.startedAt}) ended ${result.last.status}` : 'no deploy of this site is recorded'} (${result.ledgerFile}).\n`
    )
  } else {
    const verb = options.dryRun ? 'Would repair' : 'Repaired'
    io.stdout(
      reporter.mask(
        `${verb} the interrupted deploy started at ${result.recovery.startedAt} (${result.recovery.by}):\n`
      )
    )
    for (const action of result.recovery.actions) io.stdout(reporter.mask(`  ${action}\n`))
    for (const problem of result.recovery.problems) io.stdout(reporter.mask(`  problem: ${problem}\n`))
  }
  return failed ? EXIT_ERRORS : EXIT_OK
}
