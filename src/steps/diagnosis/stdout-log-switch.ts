// The ASP.NET Core Module's stdout log, turned on for the first start after a deploy and turned off again
// (`diagnose-stdout-log`, docs/diagnosis.md "The stdout log for the first start"). Edits only the two attributes of
// `<aspNetCore>` as text, so the rest of web.config stays byte for byte what the deploy wrote; the restore happens
// only while the file is still exactly what we wrote (its SHA-256), so a rollback or a later deploy is never undone.

import crypto from 'node:crypto'
import fs from 'node:fs'
import { writeFileAtomicSync } from '../../core/atomic-write.js'

/** The attributes as they were before the switch (absent = not written in web.config). */
export interface StdoutLogOriginal {
  stdoutLogEnabled?: string
  stdoutLogFile?: string
}

/** What the switch in the staged copy did: carried to the sync, which records it against the live file. */
export interface StdoutLogSwitch {
  original: StdoutLogOriginal
  writtenSha256: string
  /** The stdoutLogFile prefix the log is written to (relative to the app, or absolute). */
  logFile: string
}

/** Where the log goes when web.config names no stdoutLogFile: a `logs` folder in the app, as the docs advise. */
export const DEFAULT_STDOUT_LOG_FILE = '.\\logs\\stdout'

const ASPNETCORE_TAG = /<aspNetCore\b[^>]*>/i

function attributeRegex(name: string): RegExp {
  return new RegExp(`(\\s)${name}\\s*=\\s*("[^"]*"|'[^']*')`, 'i')
}

function readAttribute(tag: string, name: string): string | undefined {
  const m = attributeRegex(name).exec(tag)
  return m?.[2] === undefined ? undefined : m[2].slice(1, -1)
}

/**
 * Sets (or, with undefined, removes) one attribute of the tag, keeping the quote character of a value it replaces,
 * so that setting the old value back gives the very same text. Values are ours (true/false, paths without quotes).
 */
function setAttribute(tag: string, name: string, value: string | undefined): string {
  const re = attributeRegex(name)
  const found = re.exec(tag)
  if (found) {
    if (value === undefined) return tag.replace(re, '')
    const quote = (found[2] ?? '"').charAt(0)
    return tag.replace(re, (_m, space: string) => `${space}${name}=${quote}${value}${quote}`)
  }
  if (value === undefined) return tag
  return tag.replace(/(\s*)(\/?>)$/, (_m, space: string, end: string) => ` ${name}="${value}"${space}${end}`)
}

/** Comments out of the way: a commented-out `<aspNetCore>` is not the one IIS reads. */
function findTag(webConfig: string): { index: number; tag: string } | undefined {
  const blanked = webConfig.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length))
  const m = ASPNETCORE_TAG.exec(blanked)
  return m ? { index: m.index, tag: webConfig.slice(m.index, m.index + m[0].length) } : undefined
}

function replaceTag(webConfig: string, found: { index: number; tag: string }, tag: string): string {
  return webConfig.slice(0, found.index) + tag + webConfig.slice(found.index + found.tag.length)
}

/**
 * web.config with the stdout log on (and a stdoutLogFile when it names none); undefined when there is no
 * `<aspNetCore>` element or the log is on already (nothing to switch, nothing to restore).
 */
export function switchStdoutLogOn(
  webConfig: string
): { text: string; original: StdoutLogOriginal; logFile: string } | undefined {
  const found = findTag(webConfig)
  if (!found) return undefined
  const original: StdoutLogOriginal = {
    stdoutLogEnabled: readAttribute(found.tag, 'stdoutLogEnabled'),
    stdoutLogFile: readAttribute(found.tag, 'stdoutLogFile')
  }
  if (/^true$/i.test(original.stdoutLogEnabled ?? '')) return undefined
  const logFile = original.stdoutLogFile || DEFAULT_STDOUT_LOG_FILE
  let tag = setAttribute(found.tag, 'stdoutLogEnabled', 'true')
  if (!original.stdoutLogFile) tag = setAttribute(tag, 'stdoutLogFile', logFile)
  return { text: replaceTag(webConfig, found, tag), original, logFile }
}

/** web.config with the two attributes as they were before the switch. */
export function restoreStdoutLogAttributes(webConfig: string, original: StdoutLogOriginal): string {
  const found = findTag(webConfig)
  if (!found) return webConfig
  let tag = setAttribute(found.tag, 'stdoutLogEnabled', original.stdoutLogEnabled)
  tag = setAttribute(tag, 'stdoutLogFile', original.stdoutLogFile)
  return replaceTag(webConfig, found, tag)
}

export function sha256(bytes: string | Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex')
}

/**
 * Puts the attributes back in `file` if it is still what the switch wrote; says what it did. Idempotent: a second
 * call finds the file changed (restored) and leaves it.
 */
export function restoreIfUnchanged(file: string, writtenSha256: string, original: StdoutLogOriginal): string {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch {
    return `${file} is gone: no stdout log setting to turn off`
  }
  if (sha256(bytes) !== writtenSha256)
    return `${file} changed since the stdout log was turned on (rolled back or deployed again): left as it is`
  const text = bytes.toString('utf8')
  writeFileAtomicSync(file, restoreStdoutLogAttributes(text, original))
  const was =
    original.stdoutLogEnabled === undefined
      ? 'no stdoutLogEnabled'
      : `stdoutLogEnabled="${original.stdoutLogEnabled}"`
  return `stdout log turned off again in ${file} (${was}, as deployed)`
}
