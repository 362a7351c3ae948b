// A fake Windows registry on disk for the fake `reg` (and the fake `dotnet` and Hosting Bundle installer).
// FAKE_REGISTRY names a JSON file, or a directory holding registry.json. The file maps full key paths to their
// values; parent keys exist implicitly:
//
//   { "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components": {
//       "W3SVC": { "type": "REG_DWORD", "data": 1 }, "": { "type": "REG_SZ", "data": "the (Default) value" } } }
//
// Key paths and value names compare case-insensitively, as in Windows. REG_DWORD/REG_QWORD data are numbers,
// REG_MULTI_SZ an array of strings, REG_BINARY a hex string, the rest strings.
// `reg query|add|delete` print what reg.exe prints (layout checked against Windows and Wine output: values indented
// and separated by four spaces, CRLF line ends) and use its exit codes: 0 success, 1 failure/not found.
import fs from 'node:fs'
import path from 'node:path'
import { CODE_PAGES, fakeLocale } from './locale.mjs'

/** @typedef {{ type: string, data: string | number | string[] }} RegValue */
/** @typedef {Record<string, Record<string, RegValue>>} Registry */

const ROOTS = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG'
}
export const NOT_FOUND = 'ERROR: The system was unable to find the specified registry key or value.'
const SUCCESS = 'The operation completed successfully.'
const TYPES = ['REG_SZ', 'REG_EXPAND_SZ', 'REG_MULTI_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_BINARY', 'REG_NONE']

/** The registry file named by FAKE_REGISTRY (a file, or a directory with registry.json). */
export function registryFile(env = process.env) {
  const target = env.FAKE_REGISTRY
  if (!target) throw new Error('fake registry: FAKE_REGISTRY is not set')
  return fs.existsSync(target) && fs.statSync(target).isDirectory()
    ? path.join(target, 'registry.json')
    : target
}

/** @returns {Registry} */
export function loadRegistry(file = registryFile()) {
  if (!fs.existsSync(file)) return {}
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

/** Replaces the file atomically (the fakes run one at a time, but a torn file must never be read). */
/** @param {Registry} registry */
export function saveRegistry(registry, file = registryFile()) {
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, JSON.stringify(registry, null, 2))
  fs.renameSync(temp, file)
}

/** `HKLM\Software\X\` → `HKEY_LOCAL_MACHINE\Software\X` (the rest keeps the caller's case, as reg.exe prints it). */
/** @param {string} key */
export function normalizeKey(key) {
  const trimmed = key.replace(/\\+$/, '')
  const [root = '', ...rest] = trimmed.split('\\')
  const full = ROOTS[/** @type {keyof typeof ROOTS} */ (root.toUpperCase())] ?? root.toUpperCase()
  return [full, ...rest].join('\\')
}

/** @param {Registry} registry @param {string} key @returns {string | undefined} the stored spelling */
function storedKey(registry, key) {
  const wanted = normalizeKey(key).toLowerCase()
  return Object.keys(registry).find((k) => k.toLowerCase() === wanted)
}

/** True when the key is stored or is the parent of a stored key. */
/** @param {Registry} registry @param {string} key */
export function keyExists(registry, key) {
  const wanted = normalizeKey(key).toLowerCase()
  return Object.keys(registry).some((k) => {
    const lower = k.toLowerCase()
    return lower === wanted || lower.startsWith(`${wanted}\\`)
  })
}

/** @param {Registry} registry @param {string} key @returns {Record<string, RegValue>} */
export function valuesOf(registry, key) {
  const stored = storedKey(registry, key)
  return stored ? (registry[stored] ?? {}) : {}
}

/** Immediate subkey names, sorted case-insensitively (reg.exe enumerates them alphabetically). */
/** @param {Registry} registry @param {string} key */
export function subkeysOf(registry, key) {
  const prefix = `${normalizeKey(key).toLowerCase()}\\`
  const names = new Map()
  for (const stored of Object.keys(registry)) {
    if (!stored.toLowerCase().startsWith(prefix)) continue
    const name = stored.slice(prefix.length).split('\\')[0]
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name)
  }
  return [...names.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
}

/** @param {Registry} registry @param {string} key @param {string} name @param {string} type @param {RegValue['data']} data */
export function setValue(registry, key, name, type, data) {
  const stored = storedKey(registry, key) ?? normalizeKey(key)
  const values = (registry[stored] ??= {})
  const existing = Object.keys(values).find((n) => n.toLowerCase() === name.toLowerCase())
  if (existing !== undefined) delete values[existing]
  values[name] = { type, data }
}

/** Creates the key (no values) when missing. */
/** @param {Registry} registry @param {string} key */
export function createKey(registry, key) {
  const stored = storedKey(registry, key) ?? normalizeKey(key)
  registry[stored] ??= {}
}

/** @param {Registry} registry @param {string} key @param {string} name */
export function deleteValue(registry, key, name) {
  const values = valuesOf(registry, key)
  const existing = Object.keys(values).find((n) => n.toLowerCase() === name.toLowerCase())
  if (existing === undefined) return false
  delete values[existing]
  return true
}

/** Deletes the key and everything under it. */
/** @param {Registry} registry @param {string} key */
export function deleteKey(registry, key) {
  const wanted = normalizeKey(key).toLowerCase()
  for (const stored of Object.keys(registry)) {
    const lower = stored.toLowerCase()
    if (lower === wanted || lower.startsWith(`${wanted}\\`)) delete registry[stored]
  }
}

/** The data column as reg.exe prints it. */
/** @param {RegValue} value */
export function formatData(value) {
  switch (value.type) {
    case 'REG_DWORD':
    case 'REG_QWORD':
      return `0x${Number(value.data).toString(16)}`
    case 'REG_MULTI_SZ':
      return (Array.isArray(value.data) ? value.data : [String(value.data)]).join('\\0')
    case 'REG_BINARY':
      return String(value.data).toUpperCase()
    default:
      return String(value.data)
  }
}

/** @param {string} name @param {RegValue} value */
function valueLine(name, value) {
  return `    ${name === '' ? '(Default)' : name}    ${value.type}    ${formatData(value)}`
}

/**
 * Parses reg.exe-style switches: `/v NAME`, `/ve`, `/s`, `/t TYPE`, `/d DATA`, `/f`, `/va`, `/reg:32|64` (ignored).
 * @param {string[]} args @param {string[]} allowed
 */
function parseSwitches(args, allowed) {
  /** @type {Record<string, string | boolean>} */
  const switches = {}
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i])
    const name = arg.toLowerCase()
    if (name === '/reg:32' || name === '/reg:64') continue
    if (!allowed.includes(name)) return undefined
    if (['/v', '/t', '/d'].includes(name)) {
      const value = args[i + 1]
      if (value === undefined) return undefined
      switches[name] = value
      i++
    } else switches[name] = true
  }
  return switches
}

/** @param {string} command */
function invalidSyntax(command) {
  return {
    stdout: '',
    stderr: `ERROR: Invalid syntax.\r\nType "REG ${command} /?" for usage.\r\n`,
    exitCode: 1
  }
}

const EOL = '\r\n'

/**
 * `reg query KEY [/v NAME | /ve] [/s]`.
 * @param {Registry} registry @param {string[]} args
 * @returns {{ stdout: string, stderr: string, exitCode: number }}
 */
export function query(registry, args) {
  const [key, ...rest] = args
  const switches = key && !key.startsWith('/') ? parseSwitches(rest, ['/v', '/ve', '/s']) : undefined
  if (!key || !switches || (switches['/v'] !== undefined && switches['/ve'])) return invalidSyntax('QUERY')
  if (!keyExists(registry, key)) return { stdout: '', stderr: `${NOT_FOUND}${EOL}`, exitCode: 1 }
  const root = normalizeKey(key)
  const wanted = switches['/ve'] ? '' : typeof switches['/v'] === 'string' ? switches['/v'] : undefined
  /** @param {Record<string, RegValue>} values */
  const pick = (values) =>
    Object.entries(values).filter(
      ([name]) => wanted === undefined || name.toLowerCase() === wanted.toLowerCase()
    )

  if (switches['/s']) {
    // Recursive: every key with its values; with /v or /ve it is a search and ends with a match count.
    const lines = ['']
    let matches = 0
    /** @param {string} path */
    const walk = (path) => {
      const values = pick(valuesOf(registry, path))
      if (wanted === undefined || values.length > 0) {
        lines.push(path, ...values.map(([name, value]) => valueLine(name, value)), '')
        matches += wanted === undefined ? 0 : values.length
      }
      for (const sub of subkeysOf(registry, path)) walk(`${path}\\${sub}`)
    }
    walk(root)
    if (wanted === undefined) return { stdout: `${lines.join(EOL)}${EOL}`, stderr: '', exitCode: 0 }
    // A search that finds nothing still prints its count, and fails.
    lines.push(`End of search: ${matches} match(es) found.`, '')
    return { stdout: lines.join(EOL), stderr: '', exitCode: matches ? 0 : 1 }
  }

  const values = pick(valuesOf(registry, key))
  if (wanted !== undefined) {
    if (values.length === 0) return { stdout: '', stderr: `${NOT_FOUND}${EOL}`, exitCode: 1 }
    return {
      stdout: ['', root, ...values.map(([n, v]) => valueLine(n, v)), '', ''].join(EOL),
      stderr: '',
      exitCode: 0
    }
  }
  const lines = ['']
  if (values.length > 0) lines.push(root, ...values.map(([n, v]) => valueLine(n, v)), '')
  lines.push(...subkeysOf(registry, key).map((sub) => `${root}\\${sub}`))
  return { stdout: `${lines.join(EOL)}${EOL}`, stderr: '', exitCode: 0 }
}

/** @param {string} type @param {string} text */
function parseData(type, text) {
  if (type === 'REG_DWORD' || type === 'REG_QWORD') {
    const number = /^0x[0-9a-f]+$/i.test(text) ? parseInt(text, 16) : /^\d+$/.test(text) ? Number(text) : NaN
    return Number.isNaN(number) ? undefined : number
  }
  if (type === 'REG_MULTI_SZ') return text.split('\\0')
  return text
}

/**
 * `reg add KEY [/v NAME | /ve] [/t TYPE] [/d DATA] [/f]`. Without /f an existing value is overwritten too (the real
 * one would prompt, which a non-interactive caller cannot answer).
 * @param {Registry} registry @param {string[]} args
 */
export function add(registry, args) {
  const [key, ...rest] = args
  const switches =
    key && !key.startsWith('/') ? parseSwitches(rest, ['/v', '/ve', '/t', '/d', '/f']) : undefined
  if (!key || !switches) return invalidSyntax('ADD')
  const type = typeof switches['/t'] === 'string' ? switches['/t'].toUpperCase() : 'REG_SZ'
  if (!TYPES.includes(type)) return invalidSyntax('ADD')
  const name = switches['/ve'] ? '' : typeof switches['/v'] === 'string' ? switches['/v'] : undefined
  if (name === undefined) {
    createKey(registry, key)
    return { stdout: `${SUCCESS}${EOL}`, stderr: '', exitCode: 0 }
  }
  const data = parseData(type, typeof switches['/d'] === 'string' ? switches['/d'] : '')
  if (data === undefined) return invalidSyntax('ADD')
  setValue(registry, key, name, type, data)
  return { stdout: `${SUCCESS}${EOL}`, stderr: '', exitCode: 0 }
}

/**
 * `reg delete KEY [/v NAME | /ve | /va] [/f]`.
 * @param {Registry} registry @param {string[]} args
 */
export function remove(registry, args) {
  const [key, ...rest] = args
  const switches = key && !key.startsWith('/') ? parseSwitches(rest, ['/v', '/ve', '/va', '/f']) : undefined
  if (!key || !switches) return invalidSyntax('DELETE')
  if (!keyExists(registry, key)) return { stdout: '', stderr: `${NOT_FOUND}${EOL}`, exitCode: 1 }
  const name = switches['/ve'] ? '' : typeof switches['/v'] === 'string' ? switches['/v'] : undefined
  if (switches['/va']) {
    const values = valuesOf(registry, key)
    for (const n of Object.keys(values)) delete values[n]
  } else if (name !== undefined) {
    if (!deleteValue(registry, key, name)) return { stdout: '', stderr: `${NOT_FOUND}${EOL}`, exitCode: 1 }
  } else deleteKey(registry, key)
  return { stdout: `${SUCCESS}${EOL}`, stderr: '', exitCode: 0 }
}

/** The fake reg.exe: `reg query|add|delete ...` against FAKE_REGISTRY. */
/** @param {string[]} argv */
export function regMain(argv) {
  const [operation = '', ...args] = argv
  if (operation.toLowerCase() === 'query' && !process.env.FAKE_REGISTRY)
    return query(withLocaleCodePages({}), args)
  const file = registryFile()
  const registry = loadRegistry(file)
  switch (operation.toLowerCase()) {
    case 'query':
      return query(withLocaleCodePages(registry), args)
    case 'add': {
      const result = add(registry, args)
      if (result.exitCode === 0) saveRegistry(registry, file)
      return result
    }
    case 'delete': {
      const result = remove(registry, args)
      if (result.exitCode === 0) saveRegistry(registry, file)
      return result
    }
    default:
      return {
        stdout: '',
        stderr: `ERROR: Invalid syntax.\r\nType "REG /?" for usage.\r\n`,
        exitCode: 1
      }
  }
}

/** The Nls\\CodePage key of FAKE_IIS_LOCALE (OEMCP, ACP as REG_SZ, as Windows stores them), unless the file has it. */
/** @param {Registry} registry @returns {Registry} */
function withLocaleCodePages(registry) {
  const locale = fakeLocale()
  const key = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage'
  if (!locale || storedKey(registry, key)) return registry
  const { oem, ansi } = CODE_PAGES[locale]
  return {
    ...registry,
    [key]: {
      ACP: { type: 'REG_SZ', data: String(ansi) },
      OEMCP: { type: 'REG_SZ', data: String(oem) },
      MACCP: { type: 'REG_SZ', data: '10000' }
    }
  }
}
