// The `iis-deploy` command line (contract §4). Each command lives in commands/ and returns its exit code:
// 0 success (warnings allowed), 1 errors, 2 wrong usage.

import { UsageError } from './args.js'
import { EXIT_ERRORS, EXIT_USAGE, type CliCommand, type CliIo } from './io.js'
import { errorMessage } from '../../core/errors.js'
import { redactUrls } from '../../core/secrets.js'

export const USAGE = `Usage:
  iis-deploy deploy [--<input> <value> ...]            same inputs as the action, same behaviour
                    [--password-env NAME] [--secrets-file PATH]   secrets outside the process list
  iis-deploy web-config validate <file> [--publish-dir <dir>] [--json] [--sub-application]
  iis-deploy web-config transform <file> [--app-name N] [--self-contained] [--hosting-model M] [--like-sdk]
                                         [--environment E] [--env NAME=value ...] [--secret-env NAME=value ...]
                                         [--secret-env-file PATH] [--publish-dir <dir>] [--out <file>]
  iis-deploy web-config sub-application <file> [--kind aspnetcore|other] [--out <file>]
  iis-deploy xdt <source> <transform> [--out <file>]
  iis-deploy hosting-bundle resolve <spec> [--metadata-url <url>]
  iis-deploy recover --site <s> [--application <a>] [--state-dir <dir>] [--dry-run] [--json]
  iis-deploy --help | --version
`

/** Commands that print their own, longer help. */
const SELF_DOCUMENTED = new Set(['deploy', 'web-config'])

/** The USAGE lines of one command (with their continuation lines). */
export function usageOf(name: string): string {
  const lines = USAGE.split('\n')
  const out: string[] = []
  let inside = false
  for (const line of lines) {
    if (/^ {2}iis-deploy /.test(line)) inside = line.startsWith(`  iis-deploy ${name} `)
    else if (!/^\s{10,}/.test(line)) inside = false
    if (inside) out.push(line)
  }
  return `${out.join('\n')}\n`
}

type CommandLoader = () => Promise<CliCommand>

/** Commands are loaded lazily so `web-config validate` does not pay for the deploy pipeline. */
const COMMANDS: Record<string, CommandLoader> = {
  deploy: async () => (await import('./commands/deploy.js')).deployCommand,
  'web-config': async () => (await import('./commands/web-config.js')).webConfigCommand,
  xdt: async () => (await import('./commands/xdt.js')).xdtCommand,
  'hosting-bundle': async () => (await import('./commands/hosting-bundle.js')).hostingBundleCommand,
  recover: async () => (await import('./commands/recover.js')).recoverCommand
}

export async function runCli(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.stderr : io.stdout)(USAGE)
    return name === undefined ? EXIT_USAGE : 0
  }
  if (name === '--version') {
    io.stdout(`${version}\n`)
    return 0
  }
  const load = COMMANDS[name]
  if (load && (rest.includes('--help') || rest.includes('-h')) && !SELF_DOCUMENTED.has(name)) {
    io.stdout(`Usage:\n${usageOf(name)}`)
    return 0
  }
  if (!load) {
    io.stderr(`error: unknown command '${name}'.\n${USAGE}`)
    return EXIT_USAGE
  }
  try {
    const command = await load()
    return await command(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n${USAGE}`)
      return EXIT_USAGE
    }
    // No masker knows this command's secrets here; credentials inside URLs are redacted all the same.
    io.stderr(`error: ${redactUrls(errorMessage(error))}\n`)
    return EXIT_ERRORS
  }
}
