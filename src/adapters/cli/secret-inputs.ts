// Secret inputs of `iis-deploy deploy` from outside argv (docs/secrets.md §4): a command line is visible to other
// users of the machine (`ps`, Task Manager's command line column for administrators), the environment and a file
// are not. `--password-env NAME` reads msdeploy-password from an environment variable; `--secrets-file PATH` reads
// any secret input (and the URL inputs that carry credentials) from a file. The argv forms keep working.

import fs from 'node:fs'
import path from 'node:path'
import { SECRET_INPUTS, URL_INPUTS } from '../../pipeline/options.js'
import { UsageError, option, type ParsedArgs } from './args.js'

/** The options of this module, besides the inputs. */
export const SECRET_SOURCE_OPTIONS = ['password-env', 'secrets-file'] as const

/** Inputs a secrets file may set: the secret inputs and the URL inputs (they may hold credentials). */
export const SECRETS_FILE_INPUTS: readonly string[] = [...SECRET_INPUTS, ...URL_INPUTS]

/**
 * Parses a secrets file. JSON when it starts with `{` (or `[`, refused): `{"msdeploy-password": "…", "secret-pool-environment-
 * variables": ["A=1", "B=2"]}` (a list input takes an array of lines or one string). Otherwise lines of
 * `input-name=value`: the value is everything after the first `=`, verbatim (quotes and backslashes are part of
 * it); a repeated name adds a line to a list input; blank lines and lines starting with `#` are skipped.
 */
export function parseSecretsFile(text: string, file: string): Map<string, string[]> {
  const values = new Map<string, string[]>()
  const add = (name: string, value: string, where: string): void => {
    if (!SECRETS_FILE_INPUTS.includes(name))
      throw new UsageError(
        `${file}${where}: '${name}' is not an input a secrets file may set; use one of ${SECRETS_FILE_INPUTS.join(', ')}.`
      )
    values.set(name, [...(values.get(name) ?? []), value])
  }
  const body = text.replace(/^\uFEFF/, '')
  if (/^\s*[{[]/.test(body)) {
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch (error) {
      // The parser's message may quote the file's text (a secret): only its position is kept.
      const at = /position \d+(?: \(line \d+ column \d+\))?/.exec((error as Error).message)?.[0]
      throw new UsageError(
        `${file} is not valid JSON${at ? ` (at ${at})` : ''}: write {"input-name": "value"}.`
      )
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new UsageError(`${file} must hold one JSON object: {"input-name": "value"}.`)
    for (const [name, value] of Object.entries(parsed)) {
      const lines = Array.isArray(value) ? value : [value]
      if (!lines.every((line): line is string => typeof line === 'string'))
        throw new UsageError(`${file}: the value of '${name}' must be a string or an array of strings.`)
      for (const line of lines) add(name, line, '')
    }
    return values
  }
  body.split(/\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '')
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const eq = line.indexOf('=')
    const name = eq < 0 ? '' : line.slice(0, eq).trim()
    // The line is never quoted back: it may be the secret itself.
    if (eq < 0 || name === '')
      throw new UsageError(
        `${file} line ${index + 1} is not input-name=value: write one input-name=value per line.`
      )
    add(name, line.slice(eq + 1), ` line ${index + 1}`)
  })
  return values
}

export interface SecretSources {
  /** Values read from the environment or the secrets file, by input name (list inputs: one entry per line). */
  values: Map<string, string[]>
  /** Warnings for secrets given on the command line. */
  warnings: string[]
}

/** Reads `--password-env` and `--secrets-file`; an input given both there and as `--<input>` is a usage error. */
export function readSecretSources(
  args: ParsedArgs,
  io: { cwd: string; env: Readonly<Record<string, string | undefined>> }
): SecretSources {
  const values = new Map<string, string[]>()
  const file = option(args, 'secrets-file')
  if (file !== undefined) {
    const full = path.resolve(io.cwd, file)
    let text: string
    try {
      text = fs.readFileSync(full, 'utf8')
    } catch (error) {
      throw new UsageError(
        `--secrets-file ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}); give the path of a readable file.`
      )
    }
    for (const [name, lines] of parseSecretsFile(text, file)) values.set(name, lines)
  }
  const variable = option(args, 'password-env')
  if (variable !== undefined) {
    const password = io.env[variable]
    if (!password)
      throw new UsageError(
        `--password-env ${variable}: the environment variable '${variable}' is not set or empty; set it to the msdeploy password.`
      )
    if (values.has('msdeploy-password'))
      throw new UsageError(`msdeploy-password is given by both --password-env and --secrets-file; keep one.`)
    values.set('msdeploy-password', [password])
  }
  for (const name of values.keys()) {
    if (args.options.has(name))
      throw new UsageError(
        `--${name} is given on the command line and by ${name === 'msdeploy-password' && variable !== undefined ? '--password-env' : '--secrets-file'}; keep one.`
      )
  }
  const warnings = SECRET_INPUTS.filter((name) => args.options.has(name)).map(
    (name) =>
      `--${name} on the command line is visible to other users of this machine in the process list; use ${name === 'msdeploy-password' ? '--password-env NAME or ' : ''}--secrets-file PATH instead.`
  )
  return { values, warnings }
}
