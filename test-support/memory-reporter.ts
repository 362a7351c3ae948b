// A Reporter that keeps every line in memory, masked exactly as a real reporter would, for assertions.

import { SecretMasker } from '../src/core/secrets.js'
import type { Reporter, SourceLocation } from '../src/core/ports.js'

export interface ReportedLine {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group'
  message: string
  location?: SourceLocation
}

export class MemoryReporter implements Reporter {
  readonly lines: ReportedLine[] = []
  readonly masker = new SecretMasker()

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
  /** Everything written, one string: grep it for secrets. */
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n')
  }
}
