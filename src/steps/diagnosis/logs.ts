// The two log files a failed start leaves besides the event logs (diagnosis §5): the ASP.NET Core
// Module's stdout log (`<stdoutLogFile>_<yyyyMMddHHmmss>_<pid>.log`, only when `stdoutLogEnabled` is true) and
// HTTP.sys's error log (HTTPERR), the only record of a 503 that never reached IIS. Both are read, never changed.

import fs from 'node:fs'
import path from 'node:path'

export interface StdoutLogSettings {
  enabled: boolean
  /** The `stdoutLogFile` prefix as written (default `aspnetcore-stdout`, relative to the app). */
  prefix: string
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag)
  return m ? (m[2] ?? m[3]) : undefined
}

/** `stdoutLogEnabled` / `stdoutLogFile` of web.config's `<aspNetCore>` element. */
export function readStdoutLogSettings(webConfig: string): StdoutLogSettings | undefined {
  const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig.replace(/<!--[\s\S]*?-->/g, ''))?.[0]
  if (!tag) return undefined
  return {
    enabled: /^true$/i.test(attribute(tag, 'stdoutLogEnabled') ?? ''),
    prefix: attribute(tag, 'stdoutLogFile') ?? 'aspnetcore-stdout'
  }
}

/** The `startupTimeLimit` of `<aspNetCore>` in seconds (default 120). */
export function readStartupTimeLimit(webConfig: string): number {
  const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig.replace(/<!--[\s\S]*?-->/g, ''))?.[0] ?? ''
  const value = Number(attribute(tag, 'startupTimeLimit'))
  return Number.isFinite(value) && value > 0 ? value : 120
}

/**
 * The newest stdout log written since `sinceMs`: files named `<prefix>_*.log`, newest by modification time (the
 * name's format changed between module versions, so it is matched loosely and not parsed).
 */
export function findNewestStdoutLog(appRoot: string, prefix: string, sinceMs: number): string | undefined {
  const relative = prefix.replace(/^\\\\\?\\/, '').replace(/\\/g, '/')
  const full =
    path.isAbsolute(relative) || /^[a-z]:\//i.test(relative) ? relative : path.resolve(appRoot, relative)
  const dir = path.dirname(full)
  const base = path.basename(full).toLowerCase()
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return undefined
  }
  return names
    .filter((n) => n.toLowerCase().startsWith(`${base}_`) && n.toLowerCase().endsWith('.log'))
    .map((n) => ({ file: path.join(dir, n), mtime: fs.statSync(path.join(dir, n)).mtimeMs }))
    .filter((f) => f.mtime >= sinceMs - 2000)
    .sort((a, b) => b.mtime - a.mtime)[0]?.file
}

/** The last `count` non-empty lines of a text. */
export function lastLines(text: string, count: number): string[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-count)
}

/**
 * HTTPERR lines as field maps, by the file's own `#Fields:` header (the field list differs between Windows
 * versions). Space-separated; spaces inside a field were written as `+`.
 */
export function parseHttpErrLog(text: string): Array<Record<string, string>> {
  let fields: string[] = []
  const rows: Array<Record<string, string>> = []
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#Fields:')) fields = line.slice('#Fields:'.length).trim().split(/\s+/)
    else if (line.trim() !== '' && !line.startsWith('#') && fields.length > 0) {
      const values = line.trim().split(' ')
      rows.push(Object.fromEntries(fields.map((f, i) => [f, values[i] ?? ''])))
    }
  }
  return rows
}

/** The rows since `sinceMs` (date + time are UTC), for `pool` when the file logs the queue name. */
export function httpErrSince(
  rows: Array<Record<string, string>>,
  sinceMs: number,
  pool?: string
): Array<Record<string, string>> {
  return rows.filter((r) => {
    const at = Date.parse(`${r.date}T${r.time}Z`)
    if (!Number.isFinite(at) || at < Math.floor(sinceMs / 1000) * 1000) return false
    const queue = r['s-queuename']
    return !pool || !queue || queue === '-' || queue.toLowerCase() === pool.toLowerCase()
  })
}
