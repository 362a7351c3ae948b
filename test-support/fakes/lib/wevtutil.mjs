// Fake wevtutil.exe, `qe` (query-events) only: `wevtutil qe <log> [/q:<XPath>] [/c:<n>] [/rd:true|false]
// [/f:xml|text] [/e:<root>] [/uni:true|false]` over the fake event store (event-log.mjs). Switches take `/` or
// `-`, long or short names, any case. The XPath is the event-log subset: `*[System[…]]` with `Provider[@Name='…']`,
// `EventID=N`, `Level=N`, `TimeCreated[timediff(@SystemTime) <= N]`, `TimeCreated[@SystemTime>='…']`, `and`,
// `or` and parentheses; anything else is an invalid query, as it is for Windows (no contains(), starts-with()).
// Output: raw event XML, newest first with /rd:true; UTF-16LE with /uni:true, else the OEM code page.
// Faults: FAKE_WEVTUTIL_DENIED=Application,System (or `*`) → "Access is denied." exit 5, as for an account that
// may not read the log; an unknown log → "The specified channel could not be found." exit 15007.
import { readEvents, renderEventXml } from './event-log.mjs'
import { resolveStateDir } from './iis-state.mjs'

const KNOWN_LOGS = ['Application', 'System', 'Security', 'Setup']

/** @param {string} name */
function switchName(name) {
  const n = name.toLowerCase()
  const long = /** @type {Record<string, string>} */ ({
    query: 'q',
    count: 'c',
    reversedirection: 'rd',
    format: 'f',
    element: 'e',
    unicode: 'uni',
    logfile: 'lf'
  })
  return long[n] ?? n
}

/**
 * A tiny parser for the event-log XPath subset. Returns a predicate over stored events, or throws.
 * @param {string} xpath @param {number} now
 * @returns {(e: import('./event-log.mjs').StoredEvent) => boolean}
 */
export function compileQuery(xpath, now = Date.now()) {
  const text = xpath.trim()
  if (text === '*' || text === '') return () => true
  const outer = /^\*\[System\[([\s\S]*)\]\]$/.exec(text)
  if (!outer) throw new Error('invalid query')
  const tokens = /** @type {string[]} */ (
    outer[1]?.match(
      /\(|\)|and\b|or\b|Provider\[@Name=(?:'[^']*'|"[^"]*")\]|EventID\s*=\s*\d+|Level\s*=\s*\d+|TimeCreated\[[^\]]*\]|\S+/g
    ) ?? []
  )
  let i = 0
  /** @returns {(e: any) => boolean} */
  const primary = () => {
    const t = tokens[i++]
    if (t === undefined) throw new Error('invalid query')
    if (t === '(') {
      const inner = orExpr()
      if (tokens[i++] !== ')') throw new Error('invalid query')
      return inner
    }
    const provider = /^Provider\[@Name=['"]([^'"]*)['"]\]$/.exec(t)
    if (provider)
      return (e) =>
        e.provider === provider[1] || (e.eventSourceName !== undefined && e.eventSourceName === provider[1])
    const id = /^EventID\s*=\s*(\d+)$/.exec(t)
    if (id) return (e) => e.eventId === Number(id[1])
    const level = /^Level\s*=\s*(\d+)$/.exec(t)
    if (level) return (e) => e.level === Number(level[1])
    const diff = /^TimeCreated\[timediff\(@SystemTime\)\s*<=\s*(\d+)\]$/.exec(t)
    if (diff) return (e) => now - Date.parse(e.time) <= Number(diff[1])
    const since = /^TimeCreated\[@SystemTime\s*>=\s*['"]([^'"]+)['"]\]$/.exec(t)
    if (since) return (e) => Date.parse(e.time) >= Date.parse(/** @type {string} */ (since[1]))
    throw new Error('invalid query')
  }
  const andExpr = () => {
    let left = primary()
    while (tokens[i] === 'and') {
      i++
      const a = left
      const b = primary()
      left = (e) => a(e) && b(e)
    }
    return left
  }
  /** @returns {(e: any) => boolean} */
  const orExpr = () => {
    let left = andExpr()
    while (tokens[i] === 'or') {
      i++
      const a = left
      const b = andExpr()
      left = (e) => a(e) || b(e)
    }
    return left
  }
  const predicate = orExpr()
  if (i !== tokens.length) throw new Error('invalid query')
  return predicate
}

/**
 * @param {string[]} argv @param {NodeJS.ProcessEnv} [env]
 * @returns {{ stdout: string, stderr: string, exitCode: number, unicode: boolean }}
 */
export function wevtutil(argv, env = process.env) {
  const [command, log, ...rest] = argv
  if (!command || !['qe', 'query-events'].includes(command.toLowerCase()))
    return {
      stdout: '',
      stderr: `fake wevtutil: only qe is modelled (got: ${argv.join(' ')})\r\n`,
      exitCode: 87,
      unicode: false
    }
  /** @type {Record<string, string>} */
  const options = {}
  for (const arg of rest) {
    const m = /^[/-]([a-z]+):([\s\S]*)$/i.exec(arg)
    if (!m) return { stdout: '', stderr: `The parameter is incorrect.\r\n`, exitCode: 87, unicode: false }
    options[switchName(/** @type {string} */ (m[1]))] = /** @type {string} */ (m[2])
  }
  const unicode = /^true$/i.test(options.uni ?? '')
  const fail = (/** @type {string} */ text, /** @type {number} */ code) => ({
    stdout: '',
    stderr: `${text}\r\n`,
    exitCode: code,
    unicode
  })
  const channel = KNOWN_LOGS.find((l) => l.toLowerCase() === (log ?? '').toLowerCase())
  if (!channel) return fail('Failed to query events. The specified channel could not be found.', 15007)
  const denied = (env.FAKE_WEVTUTIL_DENIED ?? '').split(',').map((s) => s.trim().toLowerCase())
  if (denied.includes('*') || denied.includes(channel.toLowerCase()))
    return fail('Failed to read events. Access is denied.', 5)
  let predicate
  try {
    predicate = compileQuery(options.q ?? '*')
  } catch {
    return fail('Failed to read events. The specified query is invalid.', 15001)
  }
  const events = readEvents(resolveStateDir()).filter((e) => e.log === channel && predicate(e))
  if (/^true$/i.test(options.rd ?? '')) events.reverse()
  const count = options.c === undefined ? events.length : Number(options.c)
  const chosen = events.slice(0, count)
  const format = (options.f ?? 'text').toLowerCase()
  let body
  if (format === 'xml') {
    body = chosen.map((e) => renderEventXml(e)).join('\r\n')
    if (options.e) body = `<${options.e}>${body}</${options.e}>`
  } else {
    // The text format renders through message files (localised); the product never asks for it.
    body = chosen
      .map(
        (e, n) =>
          `Event[${n}]:\r\n  Log Name: ${e.log}\r\n  Source: ${e.provider}\r\n  Event ID: ${e.eventId}\r\n`
      )
      .join('\r\n')
  }
  return { stdout: body ? `${body}\r\n` : '', stderr: '', exitCode: 0, unicode }
}
