// The GitHub Actions workflow commands the action uses, written to stdout and to the runner's files as GitHub
// documents them (https://docs.github.com/actions/reference/workflow-commands-for-github-actions): `::debug::`,
// `::notice/warning/error file=,line=,col=,title=::`, `::group::`/`::endgroup::`, `::add-mask::`, inputs from
// INPUT_<NAME>, outputs appended to $GITHUB_OUTPUT (`name<<delimiter`), the job summary appended to
// $GITHUB_STEP_SUMMARY.
//
// Why ours and not @actions/core: @actions/core imports its OIDC client at load, and with it @actions/http-client
// and undici, which the action never uses; loading them was most of the bundle's start-up (issue 15: ~150 ms of a
// `node dist/index.js` start on this 2-core machine, measured with a bundle of @actions/core alone). What is left
// is a few lines of the documented protocol. @actions/tool-cache (which uses @actions/core) is loaded only when a
// download runs (../shared/tool-cache.ts).

import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'

/** Where an annotation points (the documented `file`, `line`, `col`, `endLine`, `endColumn`, `title`). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The message of a command: `%`, CR and LF escaped, so one command stays on one line. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value: as the message, and `:` and `,` too (they separate properties). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,...::message` */
export function formatCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`
}

function issue(
  name: string,
  message: string,
  properties: Record<string, string | number | undefined> = {}
): void {
  process.stdout.write(formatCommand(name, properties, message) + os.EOL)
}

function annotation(
  properties: AnnotationProperties | undefined
): Record<string, string | number | undefined> {
  if (!properties) return {}
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

/** The input `name` (INPUT_<NAME>, spaces as `_`), trimmed; '' when not given. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function debug(message: string): void {
  issue('debug', message)
}
export function info(message: string): void {
  process.stdout.write(message + os.EOL)
}
export function notice(message: string, properties?: AnnotationProperties): void {
  issue('notice', message, annotation(properties))
}
export function warning(message: string, properties?: AnnotationProperties): void {
  issue('warning', message, annotation(properties))
}
export function error(message: string, properties?: AnnotationProperties): void {
  issue('error', message, annotation(properties))
}
export function startGroup(name: string): void {
  issue('group', name)
}
export function endGroup(): void {
  issue('endgroup', '')
}
/** Tells the runner to mask `secret` in every later line of the log. */
export function setSecret(secret: string): void {
  issue('add-mask', secret)
}

/** The failure line and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Appends `name<<delimiter` … to $GITHUB_OUTPUT (a delimiter no value contains); `::set-output` without it. */
export function setOutput(
  name: string,
  output: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): void {
  const value = output ?? ''
  const file = env.GITHUB_OUTPUT
  if (!file) {
    process.stdout.write(os.EOL)
    issue('set-output', value, { name })
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`The output '${name}' contains its own delimiter ${delimiter}: not written.`)
  fs.appendFileSync(file, `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`, 'utf8')
}

/** Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY). */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries.')
  fs.appendFileSync(file, markdown, 'utf8')
}
