// The fake machine's Windows event logs: an append-only store (`events.jsonl` in the state directory) that the fake
// worker, HTTP.sys and WAS write to, and that the fake wevtutil reads. Records keep what Windows keeps: the log
// (channel), the provider, the event ID and level, the UTC time, and the insertion strings, unnamed (classic
// ReportEvent sources: the ASP.NET Core Module, .NET Runtime, Application Error) or named (manifest providers:
// WAS's AppPoolID / ProcessID). Rendering follows the event schema (diagnosis §3.2).
import fs from 'node:fs'
import path from 'node:path'

/**
 * @typedef {object} StoredEvent
 * @property {string} log 'Application' | 'System'
 * @property {string} provider
 * @property {string} [guid] manifest providers only
 * @property {string} [eventSourceName] the classic name a manifest provider also answers to (WAS)
 * @property {number} eventId
 * @property {number} [qualifiers] classic sources only
 * @property {number} level 1 critical, 2 error, 3 warning, 4 information
 * @property {string} time ISO UTC
 * @property {number} recordId
 * @property {string[]} [data] unnamed insertion strings
 * @property {Record<string, string>} [named] named insertion strings
 * @property {string} [binary] hex
 */

export const ANCM = 'IIS AspNetCore Module V2'
const ANCM_VERSION =
  'File Version: 19.0.25277.0. Description: IIS ASP.NET Core Module V2. Commit: 5c8b3c1c0e4a'
const WAS = {
  provider: 'Microsoft-Windows-WAS',
  guid: '{524B5D04-133C-4A62-8362-64E8EDB9CE40}',
  eventSourceName: 'WAS'
}

/** @param {string} stateDir */
function storeFile(stateDir) {
  return path.join(stateDir, 'events.jsonl')
}

/** @param {string} stateDir @returns {StoredEvent[]} */
export function readEvents(stateDir) {
  let text
  try {
    text = fs.readFileSync(storeFile(stateDir), 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => ({ ...JSON.parse(line), recordId: 1000 + i }))
}

/**
 * Appends one event (one short line per write: appends of this size do not interleave).
 * @param {string} stateDir @param {Omit<StoredEvent, 'time' | 'recordId'>} event
 */
export function writeEvent(stateDir, event) {
  const time = new Date().toISOString().replace(/Z$/, '0000Z')
  fs.appendFileSync(storeFile(stateDir), `${JSON.stringify({ ...event, time })}\n`)
}

/**
 * An ASP.NET Core Module event: the module formats the whole English message itself and passes it with the
 * worker's process id and its own version as three strings.
 * @param {string} stateDir @param {number} eventId @param {number} level @param {string} message @param {number} pid
 */
export function writeAncmEvent(stateDir, eventId, level, message, pid) {
  writeEvent(stateDir, {
    log: 'Application',
    provider: ANCM,
    eventId,
    qualifiers: 0,
    level,
    data: [message, `Process Id: ${pid}.`, ANCM_VERSION]
  })
}

/** A WAS event in the System log, with its named data. @param {string} stateDir @param {number} eventId @param {number} level @param {Record<string, string>} named */
export function writeWasEvent(stateDir, eventId, level, named) {
  writeEvent(stateDir, {
    log: 'System',
    ...WAS,
    eventId,
    qualifiers: level === 2 ? 49152 : 32768,
    level,
    named
  })
}

/** The runtime's unhandled-exception event (.NET Runtime 1026). @param {string} stateDir @param {string} exception */
export function writeDotnetRuntimeEvent(stateDir, exception) {
  writeEvent(stateDir, {
    log: 'Application',
    provider: '.NET Runtime',
    eventId: 1026,
    qualifiers: 0,
    level: 2,
    data: [
      `Application: w3wp.exe\nCoreCLR Version: 9.0.1025.47515\n.NET Version: 9.0.10\nDescription: The process was terminated due to an unhandled exception.\nException Info: ${exception}\n`
    ]
  })
}

/** @param {string} s */
function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** One event as Windows renders its raw XML (`wevtutil qe … /f:xml`). @param {StoredEvent} e @param {string} computer */
export function renderEventXml(e, computer = 'WEB01') {
  const provider = e.guid
    ? `<Provider Name='${e.provider}' Guid='${e.guid}' EventSourceName='${e.eventSourceName ?? ''}'/>`
    : `<Provider Name='${e.provider}'/>`
  const id =
    e.qualifiers === undefined
      ? `<EventID>${e.eventId}</EventID>`
      : `<EventID Qualifiers='${e.qualifiers}'>${e.eventId}</EventID>`
  const data = [
    ...(e.data ?? []).map((d) => `<Data>${escapeXml(d)}</Data>`),
    ...Object.entries(e.named ?? {}).map(([k, v]) => `<Data Name='${k}'>${escapeXml(v)}</Data>`)
  ].join('')
  return (
    `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>${provider}${id}` +
    `<Version>0</Version><Level>${e.level}</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords>` +
    `<TimeCreated SystemTime='${e.time}'/><EventRecordID>${e.recordId}</EventRecordID><Correlation/>` +
    `<Execution ProcessID='0' ThreadID='0'/><Channel>${e.log}</Channel><Computer>${computer}</Computer><Security/></System>` +
    `<EventData>${data}${e.binary ? `<Binary>${e.binary}</Binary>` : ''}</EventData></Event>`
  )
}
