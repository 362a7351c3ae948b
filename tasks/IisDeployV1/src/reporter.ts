/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS module (the task runs as CommonJS) */
// The Reporter on task-lib: `##[group]` sections, `##vso[task.logissue]` issues with file and line, secrets
// registered with the agent (`##vso[task.setsecret]`) and masked here too.

import path = require('node:path')
import secrets = require('../../../src/core/secrets.js')
import type ports = require('../../../src/core/ports.js')
import type tlTypes = require('azure-pipelines-task-lib/task')

type TaskLib = Pick<typeof tlTypes, 'debug' | 'warning' | 'error' | 'logIssue' | 'setSecret' | 'IssueType'>

class AdoReporter implements ports.Reporter {
  readonly masker = new secrets.SecretMasker()
  private depth = 0

  constructor(
    private readonly tl: TaskLib,
    private readonly workspace: string,
    private readonly write: (line: string) => void = (line) => console.log(line)
  ) {
    this.masker.onRegister((value) => {
      for (const form of secrets.derivedSecretForms(value)) this.tl.setSecret(form)
    })
  }

  private file(location?: ports.SourceLocation): string | undefined {
    if (!location) return undefined
    const relative = path.relative(this.workspace, location.file)
    return this.mask(relative.startsWith('..') || path.isAbsolute(relative) ? location.file : relative)
  }

  debug(message: string): void {
    this.tl.debug(this.mask(message))
  }
  info(message: string): void {
    this.write(this.mask(message))
  }
  notice(message: string): void {
    this.write(this.mask(message))
  }
  // `task.issue` (tl.warning/tl.error) without a place; `task.logissue` with the file and line.
  warning(message: string, location?: ports.SourceLocation): void {
    if (!location) return this.tl.warning(this.mask(message))
    this.tl.logIssue(
      this.tl.IssueType.Warning,
      this.mask(message),
      this.file(location),
      location.line,
      location.column
    )
  }
  error(message: string, location?: ports.SourceLocation): void {
    if (!location) return this.tl.error(this.mask(message))
    this.tl.logIssue(
      this.tl.IssueType.Error,
      this.mask(message),
      this.file(location),
      location.line,
      location.column
    )
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.depth > 0) {
      this.write(this.mask(`▶ ${name}`))
      return fn()
    }
    this.write(`##[group]${this.mask(name)}`)
    this.depth++
    try {
      return await fn()
    } finally {
      this.depth--
      this.write('##[endgroup]')
    }
  }
  registerSecret(value: string): void {
    this.masker.register(value)
  }
  mask(text: string): string {
    return this.masker.mask(text)
  }
}

export = { AdoReporter }
