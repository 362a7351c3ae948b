// `iis-deploy web-config validate|transform` (contract §4), plus `sub-application` (additive). Diagnostics go to
// stderr as `error: <file>:<line>:<col>: <message>` / `warning: ...`, the document to stdout or --out (written
// atomically). Exit 0 success (warnings allowed), 1 errors, 2 wrong usage. Secret values (--secret-env) never
// appear in anything but the document itself.

import fs from 'node:fs'
import path from 'node:path'
import { flag, option, parseArgs, UsageError, type ParsedArgs } from '../args.js'
import { EXIT_ERRORS, EXIT_OK, type CliCommand, type CliIo } from '../io.js'
import { writeFileAtomicSync } from '../../../core/atomic-write.js'
import { errorMessage, InputError } from '../../../core/errors.js'
import { SecretMasker } from '../../../core/secrets.js'
import {
  formatDiagnostic,
  hasErrors,
  WebConfigError,
  type Diagnostic
} from '../../../steps/web-config/diagnostics.js'
import {
  HOSTING_MODELS,
  parseOwnOutput,
  type EnvironmentVariable,
  type HostingModel
} from '../../../steps/web-config/model.js'
import { detectAppName, detectSelfContained } from '../../../steps/web-config/publish-folder.js'
import {
  fitSubApplication,
  SUB_APPLICATION_KINDS,
  type SubApplicationKind
} from '../../../steps/web-config/sub-application.js'
import { transformWebConfig, type TransformResult } from '../../../steps/web-config/transform.js'
import { validateWebConfig, validateWebConfigFile } from '../../../steps/web-config/validate.js'
import {
  encodeWebConfig,
  readWebConfigSource,
  type WebConfigSource
} from '../../../steps/web-config/web-config-file.js'

export const WEB_CONFIG_USAGE = `Usage:
  iis-deploy web-config validate <file> [--publish-dir <dir>] [--json] [--sub-application]
  iis-deploy web-config transform <file> [--app-name N] [--self-contained] [--hosting-model M] [--like-sdk]
                                         [--environment E] [--env NAME=value ...] [--secret-env NAME=value ...]
                                         [--secret-env-file PATH] [--publish-dir <dir>] [--out <file>]
  iis-deploy web-config sub-application <file> [--kind aspnetcore|other] [--out <file>]
`

export const webConfigCommand: CliCommand = async (argv, io) => {
  const [command, ...rest] = argv
  switch (command) {
    case 'validate':
      return validateCommand(rest, io)
    case 'transform':
      return transformCommand(rest, io)
    case 'sub-application':
      return subApplicationCommand(rest, io)
    case '--help':
    case '-h':
    case 'help':
      io.stdout(WEB_CONFIG_USAGE)
      return EXIT_OK
    default:
      throw new UsageError(
        command === undefined
          ? "'web-config' needs a command: validate, transform or sub-application."
          : `Unknown web-config command '${command}': use validate, transform or sub-application.`
      )
  }
}

function singleFile(args: ParsedArgs, command: string): string {
  if (args.positionals.length !== 1) {
    throw new UsageError(`'web-config ${command}' takes exactly one file, got ${args.positionals.length}.`)
  }
  return args.positionals[0] as string
}

function folderOption(args: ParsedArgs, io: CliIo): string | undefined {
  const value = option(args, 'publish-dir')
  if (value === undefined) return undefined
  const folder = path.resolve(io.cwd, value)
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--publish-dir '${value}' is not a folder.`)
  }
  return folder
}

function outOption(args: ParsedArgs, io: CliIo): string | undefined {
  const value = option(args, 'out')
  if (value === undefined) return undefined
  if (value === '') throw new UsageError('--out needs a file path.')
  const out = path.resolve(io.cwd, value)
  if (fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--out '${value}' is a directory: give the path of the file to write.`)
  }
  return out
}

function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], masker: SecretMasker): void {
  for (const d of diagnostics) io.stderr(`${masker.mask(formatDiagnostic(d))}\n`)
}

function summary(file: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.length - errors
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  return errors
    ? `${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`
    : `${file}: valid${warnings ? ` (${plural(warnings, 'warning')})` : ''}\n`
}

// ---- validate ----------------------------------------------------------------------------------------------

async function validateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'sub-application'], values: ['publish-dir'] })
  const file = singleFile(args, 'validate')
  const publishDir = folderOption(args, io)
  const diagnostics = validateWebConfigFile(path.resolve(io.cwd, file), {
    publishDir,
    displayName: file,
    subApplication: flag(args, 'sub-application')
  })
  if (flag(args, 'json')) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length
    const report = {
      file,
      valid: errors === 0,
      errors,
      warnings: diagnostics.length - errors,
      diagnostics
    }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  } else {
    printDiagnostics(io, diagnostics, new SecretMasker())
    io.stdout(summary(file, diagnostics))
  }
  return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK
}

// ---- transform ---------------------------------------------------------------------------------------------

function nameValues(
  args: ParsedArgs,
  name: string,
  secret: boolean,
  more: readonly string[] = []
): EnvironmentVariable[] {
  return [...(args.options.get(name) ?? []), ...more].map((pair) => {
    const eq = pair.indexOf('=')
    const variable = eq > 0 ? pair.slice(0, eq) : ''
    if (!variable.trim()) {
      // Never echo the pair: it may hold a secret value.
      throw new UsageError(`--${name} takes NAME=value${eq > 0 || secret ? '' : `, got '${pair}'`}.`)
    }
    return { name: variable, value: pair.slice(eq + 1), secret }
  })
}

function hostingModelOption(args: ParsedArgs): HostingModel | undefined {
  const value = option(args, 'hosting-model')
  if (value === undefined) return undefined
  const model = value.toLowerCase()
  if (!(HOSTING_MODELS as readonly string[]).includes(model)) {
    throw new UsageError(`--hosting-model '${value}': use inprocess or outofprocess.`)
  }
  return model as HostingModel
}

/**
 * `--secret-env-file PATH`: NAME=value lines (the value verbatim; blank and `#` lines skipped), so secrets need not
 * sit on the command line, which the process list shows (docs/secrets.md §4).
 */
function secretEnvFile(args: ParsedArgs, io: CliIo): string[] {
  const file = option(args, 'secret-env-file')
  if (file === undefined) return []
  let text: string
  try {
    text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8')
  } catch (error) {
    throw new UsageError(
      `--secret-env-file ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}); give the path of a readable file.`
    )
  }
  return text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
}

/** Reads the input, or undefined when it does not exist (transform then generates it). */
function readInput(file: string, displayName: string): WebConfigSource | undefined {
  if (!fs.existsSync(file)) return undefined
  return readWebConfigSource(file, displayName)
}

/** Prints the errors of a failed command; returns the exit code. */
function fail(io: CliIo, error: unknown, file: string, masker: SecretMasker): number {
  if (error instanceof WebConfigError) printDiagnostics(io, error.diagnostics, masker)
  else if (error instanceof InputError) io.stderr(`${masker.mask(`error: ${file}: ${error.message}`)}\n`)
  else io.stderr(`${masker.mask(`error: ${errorMessage(error)}`)}\n`)
  return EXIT_ERRORS
}

/** Validates the result, prints warnings and changes, writes it (or prints it). Nothing is written on errors. */
function emit(
  io: CliIo,
  result: TransformResult,
  context: { file: string; out?: string; encoding: WebConfigSource['encoding']; publishDir?: string },
  masker: SecretMasker,
  subApplication = false
): number {
  // Positions point into the result (what would be written), which is named like its input.
  const diagnostics = validateWebConfig(result.document ?? parseOwnOutput(result.text, context.file), {
    file: context.file,
    publishDir: context.publishDir,
    subApplication
  })
  printDiagnostics(io, diagnostics, masker)
  if (hasErrors(diagnostics)) {
    io.stderr(`error: ${context.file}: the result has errors; nothing was written.\n`)
    return EXIT_ERRORS
  }
  for (const change of result.changes) io.stderr(`${masker.mask(`info: ${context.file}: ${change}`)}\n`)
  if (context.out) writeFileAtomicSync(context.out, encodeWebConfig(result.text, context.encoding))
  else io.stdout(result.text)
  return EXIT_OK
}

async function transformCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['self-contained', 'like-sdk'],
    values: [
      'app-name',
      'hosting-model',
      'environment',
      'env',
      'secret-env',
      'secret-env-file',
      'out',
      'publish-dir'
    ]
  })
  const file = singleFile(args, 'transform')
  const input = path.resolve(io.cwd, file)
  const out = outOption(args, io)
  const publishDir = folderOption(args, io)
  const hostingModel = hostingModelOption(args)
  const secrets = nameValues(args, 'secret-env', true, secretEnvFile(args, io))
  const masker = new SecretMasker()
  for (const secret of secrets) masker.register(secret.value)
  const environmentVariables = [...nameValues(args, 'env', false), ...secrets]
  let source: WebConfigSource | undefined
  try {
    source = readInput(input, file)
  } catch (error) {
    return fail(io, error, file, masker)
  }
  const appFolder = publishDir ?? path.dirname(input)
  let appName = option(args, 'app-name')
  if (appName === undefined) {
    try {
      appName = detectAppName(appFolder, '--app-name')
    } catch (error) {
      if (error instanceof InputError)
        throw new UsageError(error.message.replace("Set '--app-name'", 'Pass --app-name'))
      throw error
    }
  }
  try {
    const selfContained = args.options.has('self-contained')
      ? flag(args, 'self-contained')
      : detectSelfContained(appFolder, appName, '--self-contained')
    const result = transformWebConfig(source?.text, {
      file,
      appName,
      selfContained,
      hostingModel,
      environment: option(args, 'environment'),
      environmentVariables,
      encoding: source?.encoding,
      likeSdk: flag(args, 'like-sdk')
    })
    return emit(io, result, { file, out, encoding: source?.encoding ?? 'utf8', publishDir }, masker)
  } catch (error) {
    if (error instanceof UsageError) throw error
    return fail(io, error, file, masker)
  }
}

// ---- sub-application ---------------------------------------------------------------------------------------

async function subApplicationCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['kind', 'out'] })
  const file = singleFile(args, 'sub-application')
  const kind = (option(args, 'kind') ?? 'aspnetcore').toLowerCase()
  if (!(SUB_APPLICATION_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind '${option(args, 'kind')}': use ${SUB_APPLICATION_KINDS.join(' or ')}.`)
  }
  const out = outOption(args, io)
  const masker = new SecretMasker()
  try {
    const source = readInput(path.resolve(io.cwd, file), file)
    const result = fitSubApplication(source?.text, { kind: kind as SubApplicationKind, file })
    if (kind === 'other') {
      // Not an ASP.NET Core app: nothing of the module to validate, only that the result is written.
      for (const change of result.changes) io.stderr(`info: ${file}: ${change}\n`)
      if (out) writeFileAtomicSync(out, encodeWebConfig(result.text, source?.encoding ?? 'utf8'))
      else io.stdout(result.text)
      return EXIT_OK
    }
    return emit(io, result, { file, out, encoding: source?.encoding ?? 'utf8' }, masker, true)
  } catch (error) {
    return fail(io, error, file, masker)
  }
}
