// A small, strict argument parser for the CLI: `--name value`, `--name=value`, `--flag` (boolean), positionals.
// Repeated options are kept in order (`--env A=1 --env B=2`).

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface ParsedArgs {
  positionals: string[]
  options: Map<string, string[]>
}

export interface OptionSpec {
  /** Options that take no value. */
  flags?: readonly string[]
  /** Options that take a value. When undefined, any `--name value` is accepted (deploy takes every input). */
  values?: readonly string[]
}

export function parseArgs(argv: readonly string[], spec: OptionSpec = {}): ParsedArgs {
  const positionals: string[] = []
  const options = new Map<string, string[]>()
  const flags = new Set(spec.flags ?? [])
  const add = (name: string, value: string): void => {
    options.set(name, [...(options.get(name) ?? []), value])
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2)
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError(`Unknown option '${arg}'.`)
    if (flags.has(name)) {
      add(name, eq > 0 ? arg.slice(eq + 1) : 'true')
      continue
    }
    if (spec.values && !spec.values.includes(name)) {
      throw new UsageError(`Unknown option '--${name}'.`)
    }
    if (eq > 0) {
      add(name, arg.slice(eq + 1))
      continue
    }
    const value = argv[i + 1]
    if (value === undefined) throw new UsageError(`Option '--${name}' needs a value.`)
    add(name, value)
    i++
  }
  return { positionals, options }
}

/** The last value of an option, or undefined. */
export function option(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name)
  return values?.[values.length - 1]
}

export function flag(args: ParsedArgs, name: string): boolean {
  const value = option(args, name)
  if (value === undefined) return false
  if (value === 'true') return true
  if (value === 'false') return false
  throw new UsageError(`Option '--${name}' takes true or false, not '${value}'.`)
}
