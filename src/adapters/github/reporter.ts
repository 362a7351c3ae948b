// The Reporter on the workflow commands (workflow-commands.ts): masked lines, log groups (not nested: GitHub shows one level), annotations on
// files relative to the workspace, and secrets registered with the runner (`::add-mask::`) as well as masked here.

import path from 'node:path'
import { derivedSecretForms, SecretMasker } from '../../core/secrets.js'
import type { Reporter, SourceLocation } from '../../core/ports.js'
import * as core from './workflow-commands.js'

export type CoreApi = Pick<
  typeof core,
  'debug' | 'info' | 'notice' | 'warning' | 'error' | 'startGroup' | 'endGroup' | 'setSecret'
>

/** Annotation properties: GitHub links a file only by its path relative to the repository (the workspace). */
export function annotationProperties(
  location: SourceLocation | undefined,
  workspace: string
): core.AnnotationProperties | undefined {
  if (!location) return undefined
  let file = location.file
  if (path.isAbsolute(file)) {
    const relative = path.relative(workspace, file)
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) file = relative
  }
  return {
    file: file.replace(/\\/g, '/'),
    startLine: location.line,
    startColumn: location.line !== undefined ? location.column : undefined,
    title: location.title
  }
}

export class GitHubReporter implements Reporter {
  readonly masker = new SecretMasker()
  private depth = 0

  constructor(
    private readonly workspace: string,
    private readonly api: CoreApi = core
  ) {
    // The runner masks what it was told about; we tell it every form we could write, then mask ourselves too.
    this.masker.onRegister((value) => {
      for (const form of derivedSecretForms(value)) this.api.setSecret(form)
    })
  }

  debug(message: string): void {
    this.api.debug(this.mask(message))
  }
  info(message: string): void {
    this.api.info(this.mask(message))
  }
  notice(message: string, location?: SourceLocation): void {
    this.api.notice(this.mask(message), this.properties(location))
  }
  warning(message: string, location?: SourceLocation): void {
    this.api.warning(this.mask(message), this.properties(location))
  }
  error(message: string, location?: SourceLocation): void {
    this.api.error(this.mask(message), this.properties(location))
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.depth > 0) {
      this.api.info(this.mask(`▶ ${name}`))
      return fn()
    }
    this.api.startGroup(this.mask(name))
    this.depth++
    try {
      return await fn()
    } finally {
      this.depth--
      this.api.endGroup()
    }
  }
  registerSecret(value: string): void {
    this.masker.register(value)
  }
  mask(text: string): string {
    return this.masker.mask(text)
  }

  private properties(location?: SourceLocation): core.AnnotationProperties | undefined {
    const properties = annotationProperties(location, this.workspace)
    if (properties?.title) properties.title = this.mask(properties.title)
    if (properties?.file) properties.file = this.mask(properties.file)
    return properties
  }
}
