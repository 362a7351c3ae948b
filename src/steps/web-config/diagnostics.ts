// What validation and transformation report: one problem, where it is (`file:line:col`), how bad, and which rule.

import { InputError } from '../../core/errors.js'
import type { XmlDocument } from '../../core/xml/xml-document.js'

/** Every rule the validator knows, so tests can enumerate them and `--json` consumers can filter. */
export const WEB_CONFIG_RULES = [
  'not-well-formed',
  'missing-file',
  'encoding',
  'root-element',
  'system-webserver-missing',
  'duplicate-section',
  'handler-missing',
  'handler-duplicate',
  'handler-removed',
  'handler-module',
  'handler-attributes',
  'aspnetcore-missing',
  'process-path-missing',
  'launcher-placeholder',
  'process-path-file',
  'arguments-file',
  'runtimeconfig-missing',
  'hosting-model',
  'inprocess-v1',
  'attribute-format',
  'attribute-range',
  'ignored-in-process',
  'stdout-log-enabled',
  'ignored-section',
  'environment-variables',
  'environment-variable-duplicate',
  'environment-development',
  'handler-settings',
  'unknown-attribute',
  'unknown-element',
  'xdt-leftover',
  'sub-application-handler'
] as const
export type WebConfigRule = (typeof WEB_CONFIG_RULES)[number]

export type Severity = 'error' | 'warning'

export interface Diagnostic {
  severity: Severity
  message: string
  file: string
  /** 1-based; 0 when the problem has no position (a missing file). */
  line: number
  column: number
  rule: WebConfigRule
}

/** `error: web.config:3:7: message` (contract §4); without a position: `error: web.config: message`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.line
    ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
    : diagnostic.file
  return `${diagnostic.severity}: ${where}: ${diagnostic.message}`
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Collects diagnostics for one document; offsets become line and column. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = []
  constructor(
    readonly file: string,
    private readonly doc?: XmlDocument
  ) {}

  add(severity: Severity, rule: WebConfigRule, offset: number, message: string): void {
    const { line, column } = this.doc && offset >= 0 ? this.doc.position(offset) : { line: 0, column: 0 }
    this.diagnostics.push({ severity, message, file: this.file, line, column, rule })
  }
  error(rule: WebConfigRule, offset: number, message: string): void {
    this.add('error', rule, offset, message)
  }
  warning(rule: WebConfigRule, offset: number, message: string): void {
    this.add('warning', rule, offset, message)
  }
}

/**
 * A web.config that cannot be used (not well-formed, or the transform cannot apply). Carries its diagnostics so
 * the CLI prints them as `error: file:line:col: ...` and the pipeline reports them with their location.
 */
export class WebConfigError extends InputError {
  override name = 'WebConfigError'
  constructor(readonly diagnostics: Diagnostic[]) {
    super('web-config', diagnostics.map(formatDiagnostic).join('\n'))
  }
}
