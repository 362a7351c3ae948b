// Readers: one input's string → a typed value. Problems are collected, not thrown, so the user sees every wrong
// input at once; each message names the input, the value and what is allowed. Rules that belong to a step are not
// written here: `fromStep` runs the step's own validator and collects what it refuses.

import path from 'node:path'
import { InputError, InputErrors } from '../../core/errors.js'
import type { Reporter } from '../../core/ports.js'
import { redactUrls, urlSecrets } from '../../core/secrets.js'
import type { InputReader, NameValue } from './deploy-options.js'
import { INPUT_DEFAULTS, inputSpec, SECRET_INPUTS, type InputName } from './schema.js'

/** Splits a list input on newlines (and commas where the contract says "comma list"); blank lines dropped. */
export function splitList(value: string, separator: RegExp = /\r?\n/): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

export function listAllowed(allowed: readonly string[]): string {
  return allowed.map((v) => `'${v}'`).join(', ')
}

/** Secret values of a `NAME=value` list: each value, and any line that has no `=` (it may be a bare secret). */
export function secretValuesOf(list: string): string[] {
  return splitList(list).map((line) => {
    const eq = line.indexOf('=')
    return eq < 0 ? line : line.slice(eq + 1).trim()
  })
}

/** URL inputs: the credentials and tokens inside them are secrets (docs/secrets.md §2). */
export const URL_INPUTS = [
  'msdeploy-url',
  'hosting-bundle-url',
  'release-metadata-url',
  'health-check-url'
] as const satisfies readonly InputName[]

/**
 * Registers every secret input, and the credentials inside every URL input, with the reporter. Call before
 * anything reads, validates or logs the inputs.
 */
export function registerSecretInputs(read: InputReader, reporter: Pick<Reporter, 'registerSecret'>): void {
  for (const name of SECRET_INPUTS) {
    if (inputSpec(name).type === 'String') {
      // A whole-value secret (a password, a base64 PFX). A PFX wrapped over lines is also registered line by line
      // and without its line breaks: a log line can hold one of its lines, and a decoder the joined form.
      const value = read(name)
      if (!value) continue
      reporter.registerSecret(value)
      if (/\s/.test(value.trim())) {
        reporter.registerSecret(value.replace(/\s+/g, ''))
        for (const line of splitList(value)) if (line.length >= 8) reporter.registerSecret(line)
      }
    } else for (const value of secretValuesOf(read(name) ?? '')) reporter.registerSecret(value)
  }
  for (const name of URL_INPUTS) {
    for (const part of urlSecrets(read(name)?.trim())) reporter.registerSecret(part)
  }
}

/** An absolute path in Windows (`C:\x`, `\\server\share`) or POSIX form, whatever the runner's platform. */
export function isAbsoluteAnywhere(value: string): boolean {
  return path.win32.isAbsolute(value) || path.posix.isAbsolute(value)
}

/** Collects problems while the options are read; the caller throws them all at once. */
export class InputCollector {
  readonly errors: InputError[] = []
  constructor(private readonly read: InputReader) {}

  /** The raw value (trimmed; whitespace only is not set), or the contract default. */
  raw(name: InputName): string {
    const value = this.read(name)?.trim()
    return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value
  }

  /** The value exactly as given (secrets: not trimmed), or undefined. */
  exact(name: InputName): string | undefined {
    return this.read(name) || undefined
  }

  /** True when the user set the input (a non-empty value). */
  isSet(name: InputName): boolean {
    return (this.read(name)?.trim() ?? '') !== ''
  }

  fail(name: InputName, message: string): void {
    this.errors.push(new InputError(name, message))
  }

  /** Runs a step's own validator; what it refuses is collected and `fallback` returned. */
  fromStep<T>(validate: () => T, fallback: T): T {
    try {
      return validate()
    } catch (error) {
      if (error instanceof InputErrors) this.errors.push(...error.errors)
      else if (error instanceof InputError) this.errors.push(error)
      else throw error
      return fallback
    }
  }

  /** Runs a step's validator over inputs read here already: only problems of inputs not yet refused are added. */
  alsoFromStep(validate: () => unknown): void {
    const before = new Set(this.errors.map((e) => e.input))
    const added = new InputCollector(this.read)
    added.fromStep(validate, undefined)
    this.errors.push(...added.errors.filter((e) => !before.has(e.input)))
  }

  string(name: InputName): string | undefined {
    const value = this.raw(name)
    return value === '' ? undefined : value
  }

  oneOf<T extends string>(name: InputName, allowed: readonly T[], caseInsensitive = true): T {
    const value = this.raw(name)
    const found = allowed.find((a) =>
      caseInsensitive ? a.toLowerCase() === value.toLowerCase() : a === value
    )
    if (found === undefined) {
      this.fail(name, `Input '${name}' is '${value}': allowed values are ${listAllowed(allowed)}.`)
      return INPUT_DEFAULTS[name] as T
    }
    return found
  }

  /** `true`/`false` in any case, as core.getBooleanInput accepts (windows-facts §8.3). */
  boolean(name: InputName): boolean {
    const value = this.raw(name)
    if (/^true$/i.test(value)) return true
    if (/^false$/i.test(value)) return false
    this.fail(name, `Input '${name}' is '${value}': use true or false.`)
    return INPUT_DEFAULTS[name] === 'true'
  }

  optionalBoolean(name: InputName): boolean | undefined {
    return this.raw(name) === '' ? undefined : this.boolean(name)
  }

  integer(name: InputName, min: number, max: number, unit = ''): number {
    const value = this.raw(name)
    const n = /^\d+$/.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      this.fail(name, `Input '${name}' is '${value}': use a whole number${unit} from ${min} to ${max}.`)
      return Number(INPUT_DEFAULTS[name])
    }
    return n
  }

  list(name: InputName, separator?: RegExp): string[] {
    return splitList(this.raw(name), separator)
  }

  /** A `NAME=value` list; `secret` lines are never quoted back (a line may be the secret itself). */
  nameValues(name: InputName, secret: boolean, nameRule: RegExp, what: string): NameValue[] {
    const result: NameValue[] = []
    const seen = new Set<string>()
    this.list(name).forEach((line, index) => {
      const eq = line.indexOf('=')
      const key = eq < 0 ? '' : line.slice(0, eq).trim()
      const shown = secret ? `line ${index + 1}` : `'${line}'`
      if (eq < 0 || !nameRule.test(key)) {
        this.fail(
          name,
          `Input '${name}' has ${shown} that is not ${what}=value${eq < 0 ? ' (no `=`)' : ` ('${key}' is not a valid ${what})`}: write one ${what}=value per line.`
        )
        return
      }
      if (seen.has(key.toLowerCase())) {
        this.fail(name, `Input '${name}' sets '${key}' twice: keep one line per ${what}.`)
        return
      }
      seen.add(key.toLowerCase())
      result.push({ name: key, value: line.slice(eq + 1).trim(), secret })
    })
    return result
  }

  /** An http(s) URL, or undefined. */
  httpUrl(name: InputName): string | undefined {
    const value = this.string(name)
    if (value === undefined) return undefined
    let url: URL
    try {
      url = new URL(value)
    } catch {
      this.fail(
        name,
        `Input '${name}' is '${redactUrls(value)}', which is not a URL: write it as https://host[:port]/path.`
      )
      return undefined
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      this.fail(name, `Input '${name}' is '${redactUrls(value)}': only http and https URLs are allowed.`)
      return undefined
    }
    return value
  }

  /** An absolute path on the server (Windows or POSIX form), or undefined when not set. */
  absolutePath(name: InputName, example: string): string | undefined {
    const value = this.string(name)
    if (value !== undefined && !isAbsoluteAnywhere(value)) {
      this.fail(name, `Input '${name}' is '${value}': use an absolute path, e.g. ${example}.`)
    }
    return value
  }
}
