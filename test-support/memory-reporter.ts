// A Reporter that keeps every line in memory, masked exactly as a real reporter would, for assertions. The masking
// is the product's; what is left is checked against the tests' own list of secret forms (secret-forms.ts): every
// MemoryReporter a test creates is checked after the test (leak-check-setup.ts), so a form the product's masker
// forgets fails the test instead of hiding in the masked text.

import { SecretMasker } from '../src/core/secrets.js'
import type { Reporter, SourceLocation } from '../src/core/ports.js'
import { findLeaks, type Leak } from './secret-forms.js'

export interface ReportedLine {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group'
  message: string
  location?: SourceLocation
}

export class MemoryReporter implements Reporter {
  /** Every instance not yet checked by leak-check-setup.ts. */
  static readonly unchecked = new Set<MemoryReporter>()

  readonly lines: ReportedLine[] = []
  readonly masker = new SecretMasker()
  /** The raw values registered as secrets. */
  readonly secrets: string[] = []
  private checkedLines = 0

  constructor() {
    MemoryReporter.unchecked.add(this)
  }

  private push(level: ReportedLine['level'], message: string, location?: SourceLocation): void {
    this.lines.push({ level, message: this.masker.mask(message), location })
  }
  debug(message: string): void {
    this.push('debug', message)
  }
  info(message: string): void {
    this.push('info', message)
  }
  notice(message: string, location?: SourceLocation): void {
    this.push('notice', message, location)
  }
  warning(message: string, location?: SourceLocation): void {
    this.push('warning', message, location)
  }
  error(message: string, location?: SourceLocation): void {
    this.push('error', message, location)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.push('group', name)
    return fn()
  }
  registerSecret(value: string): void {
    if (value && !this.secrets.includes(value)) this.secrets.push(value)
    this.masker.register(value)
  }
  mask(text: string): string {
    return this.masker.mask(text)
  }

  messages(level?: ReportedLine['level']): string[] {
    return this.lines.filter((l) => !level || l.level === level).map((l) => l.message)
  }
  get warnings(): string[] {
    return this.messages('warning')
  }
  get errors(): string[] {
    return this.messages('error')
  }
  /** The secrets (in any form of secret-forms.ts) in the lines written since the last call. */
  newLeaks(): Leak[] {
    const fresh = this.lines.slice(this.checkedLines)
    this.checkedLines = this.lines.length
    return findLeaks(fresh.map((l) => `${l.level}: ${l.message}`).join('\n'), this.secrets, 'reporter')
  }
  /** Everything written, one string: grep it for secrets. */
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n')
  }
}
