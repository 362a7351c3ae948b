// A Reporter for the CLI: diagnostics on stderr as `error: file:line:col: message`, the compiler convention that
// editors and problem matchers understand. Everything is masked first.

import { SecretMasker } from '../core/secrets.js'
import type { Reporter, SourceLocation } from '../core/ports.js'

export function formatLocation(location?: SourceLocation): string {
  if (!location) return ''
  const parts = [location.file]
  if (location.line !== undefined) parts.push(String(location.line))
  if (location.line !== undefined && location.column !== undefined) parts.push(String(location.column))
  return `${parts.join(':')}: `
}

export interface ConsoleReporterOptions {
  verbose?: boolean
  masker?: SecretMasker
  /** Where plain info lines go (stderr by default, so stdout stays clean for command output). */
  out?: (line: string) => void
  err?: (line: string) => void
}

export class ConsoleReporter implements Reporter {
  readonly masker: SecretMasker
  private readonly out: (line: string) => void
  private readonly err: (line: string) => void
  private depth = 0
  warnings = 0
  errors = 0

  constructor(private readonly options: ConsoleReporterOptions = {}) {
    this.masker = options.masker ?? new SecretMasker()
    this.out = options.out ?? ((line) => process.stderr.write(`${line}\n`))
    this.err = options.err ?? ((line) => process.stderr.write(`${line}\n`))
  }

  private indent(text: string): string {
    return this.depth === 0 ? text : text.replace(/^/gm, '  '.repeat(this.depth))
  }

  debug(message: string): void {
    if (this.options.verbose) this.out(this.indent(this.mask(`debug: ${message}`)))
  }
  info(message: string): void {
    this.out(this.indent(this.mask(message)))
  }
  notice(message: string, location?: SourceLocation): void {
    this.out(this.mask(`notice: ${formatLocation(location)}${message}`))
  }
  warning(message: string, location?: SourceLocation): void {
    this.warnings++
    this.err(this.mask(`warning: ${formatLocation(location)}${message}`))
  }
  error(message: string, location?: SourceLocation): void {
    this.errors++
    this.err(this.mask(`error: ${formatLocation(location)}${message}`))
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.out(this.indent(this.mask(`== ${name}`)))
    this.depth++
    try {
      return await fn()
    } finally {
      this.depth--
    }
  }
  registerSecret(value: string): void {
    this.masker.register(value)
  }
  mask(text: string): string {
    return this.masker.mask(text)
  }
}
