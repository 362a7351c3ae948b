// Parses `wevtutil qe … /f:xml` output: raw event XML (schema
// http://schemas.microsoft.com/win/2004/08/events/event), one <Event> per record, wrapped in one root by `/e:`.
// Only the raw fields are read (provider, ID, time, the Data strings), never a rendered message: the ASP.NET Core
// Module writes its full English text into Data[1] itself, and WAS events carry named data (docs/diagnosis.md).

import { XMLParser } from 'fast-xml-parser'
import type { WindowsEvent } from './types.js'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => name === 'Event' || name === 'Data'
})

type Node = Record<string, unknown>

function asNode(value: unknown): Node {
  return typeof value === 'object' && value !== null ? (value as Node) : {}
}

/** `<EventID Qualifiers="0">1027</EventID>` and `<EventID>1027</EventID>` alike. */
function textOf(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  const text = asNode(value)['#text']
  return typeof text === 'string' || typeof text === 'number' ? String(text) : ''
}

function attr(value: unknown, name: string): string {
  const v = asNode(value)[`@${name}`]
  return typeof v === 'string' ? v : ''
}

/** The events in `xml` (with or without a wrapping root); `log` names the log they came from. */
export function parseEventXml(xml: string, log: string): WindowsEvent[] {
  const body = xml.replace(/^\ufeff/, '').trim()
  if (body === '') return []
  // Without `/e:` wevtutil prints the events one after the other, with no root.
  const wrapped = /^<Event[\s>]/.test(body) ? `<Events>${body}</Events>` : body
  const doc = asNode(parser.parse(wrapped))
  const root = Object.values(doc).find((v) => typeof v === 'object' && v !== null && 'Event' in asNode(v))
  const events = (asNode(root).Event as unknown[] | undefined) ?? []
  return events.map((raw) => {
    const event = asNode(raw)
    const system = asNode(event.System)
    const data: string[] = []
    const named: Record<string, string> = {}
    for (const item of (asNode(event.EventData).Data as unknown[] | undefined) ?? []) {
      const name = attr(item, 'Name')
      const value = textOf(item)
      if (name) named[name] = value
      else data.push(value)
    }
    const level = Number(textOf(system.Level))
    const recordId = Number(textOf(system.EventRecordID))
    return {
      log: textOf(system.Channel) || log,
      provider: attr(system.Provider, 'Name'),
      eventId: Number(textOf(system.EventID)),
      ...(Number.isFinite(level) && textOf(system.Level) !== '' ? { level } : {}),
      time: attr(system.TimeCreated, 'SystemTime'),
      ...(Number.isFinite(recordId) && textOf(system.EventRecordID) !== '' ? { recordId } : {}),
      data,
      named
    }
  })
}

/** The worker process id of an ASP.NET Core Module event (`Process Id: 11408.` in Data[2]). */
export function processIdOf(event: WindowsEvent): number | undefined {
  const fromData = event.data.map((d) => /^Process Id: (\d+)\.?$/.exec(d.trim())?.[1]).find(Boolean)
  const id = fromData ?? event.named.ProcessID
  return id === undefined ? undefined : Number(id)
}
