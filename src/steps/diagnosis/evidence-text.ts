// Small readers over collected evidence, shared by the rules: the module's events by ID, the app's exception
// quoted from wherever it was captured, and one-line quotes.

import { ANCM_PROVIDER, DOTNET_RUNTIME_PROVIDER, WAS_PROVIDER } from './wevtutil.js'
import type { Evidence, WindowsEvent } from './types.js'

const QUOTE_LENGTH = 300

/** One line, at most `length` characters. */
export function oneLine(text: string, length = QUOTE_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length)}…` : flat
}

/** The ASP.NET Core Module's events with one of `ids`, newest first (as queried). */
export function moduleEvents(e: Evidence, ...ids: number[]): WindowsEvent[] {
  return e.events.filter((ev) => ev.provider === ANCM_PROVIDER && ids.includes(ev.eventId))
}

export function wasEvents(e: Evidence, ...ids: number[]): WindowsEvent[] {
  return e.events.filter((ev) => ev.provider === WAS_PROVIDER && ids.includes(ev.eventId))
}

/** The module's own message (Data[1]), English on every Windows. */
export function messageOf(event: WindowsEvent): string {
  return event.data[0] ?? ''
}

/** `IIS AspNetCore Module V2 event 1031: "…"`. */
export function quoteEvent(event: WindowsEvent, text = messageOf(event)): string {
  return `${event.provider} event ${event.eventId}: "${oneLine(text)}"`
}

/** `System.InvalidOperationException: message` or `Unhandled exception. X: y` in captured output. */
const EXCEPTION_LINE =
  /^\s*(?:Unhandled exception\.\s*|Exception Info:\s*)?((?:[A-Za-z_]\w*\.)*\w*(?:Exception|Error)\b(?::\s*.*)?)$/m

/** The first exception line in `text`. */
export function exceptionIn(text: string): string | undefined {
  const line = EXCEPTION_LINE.exec(text)?.[1]
  return line === undefined ? undefined : oneLine(line)
}

/**
 * The app's exception, and where it was read: the module's start-up events carry up to 30 KB of the app's
 * stdout/stderr (1018, 1035), the .NET Runtime event has `Exception Info:`, and the stdout log has it all.
 */
export function appException(e: Evidence): { text: string; source: string } | undefined {
  for (const event of moduleEvents(e, 1018, 1035, 1007, 1020)) {
    const text = exceptionIn(messageOf(event))
    if (text) return { text, source: `${event.provider} event ${event.eventId}` }
  }
  for (const event of e.events.filter((ev) => ev.provider === DOTNET_RUNTIME_PROVIDER)) {
    const text = exceptionIn([...event.data, ...Object.values(event.named)].join('\n'))
    if (text) return { text, source: `${event.provider} event ${event.eventId}` }
  }
  if (e.stdoutLog) {
    const text = exceptionIn(e.stdoutLog.lines.join('\n'))
    if (text) return { text, source: `the stdout log ${e.stdoutLog.file}` }
  }
  return undefined
}

/** `exit code = '3'` in 1011/1035. */
export function exitCodeIn(text: string): string | undefined {
  return /exit code = '(-?\d+)'/i.exec(text)?.[1]
}
