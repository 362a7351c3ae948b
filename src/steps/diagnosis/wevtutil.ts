// Reads the event logs with `wevtutil qe <log> /q:<XPath> /f:xml` (diagnosis §4):
// raw event XML, so the result does not depend on the server's display language. `/uni:true` makes wevtutil write
// UTF-16LE, so paths and messages outside the console code page survive the pipe (the runner decodes it; a
// UTF-16LE BOM is honoured either way, and IIS_DEPLOY_TOOL_ENCODINGS=wevtutil=… overrides the choice).

import type { CommandRunner } from '../../core/ports.js'
import { parseEventXml } from './event-xml.js'
import type { WindowsEvent } from './types.js'

export const ANCM_PROVIDER = 'IIS AspNetCore Module V2'
export const DOTNET_RUNTIME_PROVIDER = '.NET Runtime'
export const APPLICATION_ERROR_PROVIDER = 'Application Error'
/** The XPath must name WAS by its full provider name (Event Viewer shows only `WAS`). */
export const WAS_PROVIDER = 'Microsoft-Windows-WAS'
/** Rapid-fail (5002), worker crash (5009), ping (5010), fatal communication error (5011), memory recycle (5117). */
export const WAS_EVENT_IDS = [5002, 5009, 5010, 5011, 5117] as const

export interface EventQuery {
  log: 'Application' | 'System'
  providers: readonly string[]
  eventIds?: readonly number[]
  /** Only events younger than this many milliseconds (`timediff(@SystemTime)`, a documented filter). */
  withinMs: number
  /** At most this many, newest first. */
  count: number
}

/**
 * The XPath of a query. The event-log XPath subset has no contains()/starts-with(): providers are listed in full.
 * Provider names are ours (constants), never user input.
 */
export function buildEventXPath(query: EventQuery): string {
  const providers = query.providers.map((p) => `Provider[@Name='${p}']`).join(' or ')
  const ids = query.eventIds?.length
    ? ` and (${query.eventIds.map((id) => `EventID=${id}`).join(' or ')})`
    : ''
  const within = Math.max(1000, Math.ceil(query.withinMs))
  return `*[System[(${providers})${ids} and TimeCreated[timediff(@SystemTime) <= ${within}]]]`
}

/** `wevtutil qe <log> /q:<xpath> /c:<n> /rd:true /f:xml /e:Events /uni:true` as argv (no shell). */
export function buildQueryEventsArgs(query: EventQuery): string[] {
  return [
    'qe',
    query.log,
    `/q:${buildEventXPath(query)}`,
    `/c:${query.count}`,
    '/rd:true',
    '/f:xml',
    '/e:Events',
    '/uni:true'
  ]
}

export type EventRead = { ok: true; events: WindowsEvent[] } | { ok: false; reason: string }

/**
 * Why a query failed, in words a user can act on. wevtutil prints `Failed to read events. Access is denied.` for
 * a log the account may not read; exit codes above 255 do not survive on Linux, so the text decides first.
 */
export function describeQueryFailure(log: string, exitCode: number, output: string): string {
  // With /uni:true stdout is UTF-16LE; if stderr came in the console code page, decoding it as UTF-16LE turns
  // ASCII pairs into CJK characters: undo that (unverified which one wevtutil does, so both read right).
  const readable = /[a-z]/i.test(output) ? output : Buffer.from(output, 'utf16le').toString('utf8')
  const text = readable.trim().split(/\r?\n/).find(Boolean) ?? ''
  if (/access is denied/i.test(text) || exitCode === 5)
    return `${log} event log: access denied (wevtutil exit code ${exitCode}); run the deploy elevated (as an administrator) to read it.`
  if (/could not be found|channel.*not found/i.test(text) || exitCode === 15007)
    return `${log} event log: absent on this server (wevtutil exit code ${exitCode}: ${text}).`
  return `${log} event log: wevtutil failed with exit code ${exitCode}${text ? `: ${text}` : ''}.`
}

/** Runs one query through the CommandRunner port; never throws for a failed or garbled read. */
export async function queryEvents(
  runner: CommandRunner,
  wevtutil: string,
  query: EventQuery,
  options: { signal?: AbortSignal; timeoutMs?: number } = {}
): Promise<EventRead> {
  let result
  try {
    result = await runner.run(wevtutil, buildQueryEventsArgs(query), {
      silent: true,
      outputEncoding: 'utf16le',
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? 30_000
    })
  } catch (error) {
    return {
      ok: false,
      reason: `${query.log} event log: wevtutil could not run (${error instanceof Error ? error.message : String(error)}).`
    }
  }
  if (result.exitCode !== 0)
    return {
      ok: false,
      reason: describeQueryFailure(query.log, result.exitCode, result.stderr || result.stdout)
    }
  try {
    return { ok: true, events: parseEventXml(result.stdout, query.log) }
  } catch (error) {
    return {
      ok: false,
      reason: `${query.log} event log: wevtutil's output is not event XML (${error instanceof Error ? error.message : String(error)}).`
    }
  }
}
