// The fake appcmd.exe. Grammar (windows-facts §3.1): appcmd <verb> <object> [<id>] [/param:value]*, params with `/` or
// `-`, positional ids or /apppool.name: /site.name: /app.name: /vdir.name: /wp.name:, output as the one-line
// `OBJECT "id" (k:v,...)` summary, /text:<prop>, /text:* or /xml. Errors are `ERROR ( [hresult:X, ]message:... )`
// on stdout and the exit code is the low 16 bits of the HRESULT (§3.4). Arguments arrive exactly as the caller's
// process runner passed them (no shell): quotes in the documentation's cmd.exe examples are not part of values.
import net from 'node:net'
import {
  appcmdFailure,
  appcmdMessageFailure,
  ensureListener,
  exitCodeOfHresult,
  logCommand,
  startWorker,
  takeCommandFault,
  takeFault,
  ToolFailure
} from './common.mjs'
import { newPool, parseBindingInformation, readState, resolveStateDir, updateState } from './iis-state.mjs'

/** @typedef {import('./iis-state.mjs').State} State */
/** @typedef {{ op: 'set' | 'add' | 'remove', name: string, key: string, value: string | undefined }} Param */
/** @typedef {'APPPOOL' | 'SITE' | 'APP' | 'VDIR' | 'WP' | 'CONFIG'} Kind */

const OBJECTS = /** @type {Record<string, Kind>} */ ({
  apppool: 'APPPOOL',
  apppools: 'APPPOOL',
  site: 'SITE',
  sites: 'SITE',
  app: 'APP',
  apps: 'APP',
  vdir: 'VDIR',
  vdirs: 'VDIR',
  wp: 'WP',
  wps: 'WP',
  config: 'CONFIG',
  configs: 'CONFIG'
})
const VERBS = ['list', 'add', 'set', 'delete', 'start', 'stop', 'recycle']
const GLOBAL_SWITCHES = ['text', 'xml', 'commit', 'section', 'in', 'config']
const ID_PARAM = /** @type {Record<Kind, string>} */ ({
  APPPOOL: 'apppool.name',
  SITE: 'site.name',
  APP: 'app.name',
  VDIR: 'vdir.name',
  WP: 'wp.name',
  CONFIG: 'config.name'
})

const NOT_FOUND_EXIT = 1168 // ERROR_NOT_FOUND (windows-facts §3.4)
const DUPLICATE_EXIT = 183 // ERROR_ALREADY_EXISTS, hresult 800700b7 (azure-pipelines-extensions#677 log)
const INVALID_EXIT = 87 // ERROR_INVALID_PARAMETER
const MACHINE = 'MACHINE/WEBROOT/APPHOST'
const CONFIG_FILE = '\\\\?\\C:\\Windows\\system32\\inetsrv\\config\\applicationHost.config'

// ---------------------------------------------------------------------------------------------- parsing

/** Index of the first ':' outside [...] and quotes: `/+[name='a:b'].x` has no value part. @param {string} s */
function valueSeparator(s) {
  let depth = 0
  /** @type {string | null} */
  let quote = null
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (quote) {
      if (c === quote) quote = null
    } else if (c === "'" || c === '"') quote = c
    else if (c === '[') depth++
    else if (c === ']') depth--
    else if (c === ':' && depth === 0) return i
  }
  return -1
}

/** @param {string[]} argv */
export function parseCommandLine(argv) {
  /** @type {string[]} */
  const positionals = []
  /** @type {Param[]} */
  const params = []
  for (const arg of argv) {
    if ((arg.startsWith('/') || arg.startsWith('-')) && arg.length > 1) {
      let body = arg.slice(1)
      /** @type {Param['op']} */
      let op = 'set'
      if (body.startsWith('+')) {
        op = 'add'
        body = body.slice(1)
      } else if (body.startsWith('-')) {
        op = 'remove'
        body = body.slice(1)
      }
      const i = op === 'set' ? valueSeparator(body) : -1
      const name = i < 0 ? body : body.slice(0, i)
      params.push({ op, name, key: name.toLowerCase(), value: i < 0 ? undefined : body.slice(i + 1) })
    } else positionals.push(arg)
  }
  return { positionals, params }
}

/**
 * A collection indexer `[name='a',value='b''c']` (quotes doubled inside a value) → { name: 'a', value: "b'c" }.
 * @param {string} text @returns {Record<string, string>}
 */
export function parseIndexer(text) {
  const malformed = () =>
    appcmdMessageFailure(
      "Malformed collection indexer; format is [@position,name='value',name2='value2',...].  The @position specifier is optional, and be '@start', '@end', or '@N' where N is a numeric index into the collection.",
      INVALID_EXIT
    )
  if (!text.startsWith('[') || !text.endsWith(']')) throw malformed()
  const inner = text.slice(1, -1)
  /** @type {Record<string, string>} */
  const out = {}
  let i = 0
  while (i < inner.length) {
    if (inner[i] === '@') {
      const end = inner.indexOf(',', i)
      i = end < 0 ? inner.length : end + 1
      continue
    }
    const eq = inner.indexOf('=', i)
    if (eq < 0) throw malformed()
    const key = inner.slice(i, eq).trim()
    const quote = inner[eq + 1]
    if (quote !== "'" && quote !== '"') throw malformed()
    let j = eq + 2
    let value = ''
    for (;;) {
      if (j >= inner.length) throw malformed()
      if (inner[j] === quote) {
        if (inner[j + 1] === quote) {
          value += quote
          j += 2
          continue
        }
        break
      }
      value += inner[j]
      j++
    }
    out[key] = value
    j++
    if (j < inner.length && inner[j] !== ',') throw malformed()
    i = j + 1
  }
  return out
}

/** Splits `a.[x='1'].b` into ['a', "[x='1']", 'b'] (dots inside brackets/quotes kept). @param {string} s */
function splitPath(s) {
  /** @type {string[]} */
  const parts = []
  let depth = 0
  /** @type {string | null} */
  let quote = null
  let cur = ''
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = null
    } else if (c === "'" || c === '"') quote = c
    else if (c === '[') depth++
    else if (c === ']') depth--
    else if (c === '.' && depth === 0) {
      parts.push(cur)
      cur = ''
      continue
    }
    cur += c
  }
  parts.push(cur)
  return parts.filter((p) => p !== '')
}

// ---------------------------------------------------------------------------------------------- objects

const same = (/** @type {string} */ a, /** @type {string} */ b) => a.toLowerCase() === b.toLowerCase()

/** @param {import('./iis-state.mjs').App} app */
const appName = (app) => `${app.site}${app.path}`
/** @param {import('./iis-state.mjs').Vdir} v */
const vdirName = (v) =>
  v.app === '/' ? `${v.site}${v.path}` : `${v.site}${v.app}${v.path === '/' ? '/' : v.path}`
/** @param {import('./iis-state.mjs').Site} s */
const bindingsText = (s) => s.bindings.map((b) => `${b.protocol}/${b.bindingInformation}`).join(',')

/** `S/api` → { site: 'S', path: '/api' }; `S/` and `S` → path '/'. @param {string} name */
function splitAppName(name) {
  const i = name.indexOf('/')
  if (i < 0) return { site: name, path: '/' }
  const rest = name.slice(i).replace(/\/+$/, '')
  return { site: name.slice(0, i), path: rest === '' ? '/' : rest }
}

/** @typedef {{ kind: Kind, id: string, rec: any, identity: [string, string][], config: [string, string][], element: string, collections?: { name: string, under?: string, items: [string, string][][] }[], summary: [string, string][] }} View */

/** @param {State} state @param {import('./iis-state.mjs').Pool} p @returns {View} */
function poolView(state, p) {
  const a = p.attributes
  /** @type {[string, string][]} */
  const config = [
    ['name', p.name],
    ['queueLength', a.queueLength ?? '1000'],
    ['autoStart', String(p.autoStart)],
    ['enable32BitAppOnWin64', String(p.enable32BitAppOnWin64)],
    ['managedRuntimeVersion', p.managedRuntimeVersion],
    ['managedRuntimeLoader', 'webengine4.dll'],
    ['enableConfigurationOverride', 'true'],
    ['managedPipelineMode', p.managedPipelineMode],
    ['CLRConfigFile', ''],
    ['passAnonymousToken', a.passAnonymousToken ?? 'true'],
    ['startMode', p.startMode],
    ['processModel.identityType', p.processModel.identityType],
    ['processModel.userName', p.processModel.userName],
    ['processModel.password', p.processModel.password],
    ['processModel.loadUserProfile', String(p.processModel.loadUserProfile)],
    ['processModel.setProfileEnvironment', a['processModel.setProfileEnvironment'] ?? 'true'],
    ['processModel.logonType', 'LogonBatch'],
    ['processModel.manualGroupMembership', 'false'],
    ['processModel.idleTimeout', a['processModel.idleTimeout'] ?? '00:20:00'],
    ['processModel.idleTimeoutAction', a['processModel.idleTimeoutAction'] ?? 'Terminate'],
    ['processModel.maxProcesses', a['processModel.maxProcesses'] ?? '1'],
    ['processModel.shutdownTimeLimit', a['processModel.shutdownTimeLimit'] ?? '00:01:30'],
    ['processModel.startupTimeLimit', a['processModel.startupTimeLimit'] ?? '00:01:30'],
    ['processModel.pingingEnabled', a['processModel.pingingEnabled'] ?? 'true'],
    ['recycling.periodicRestart.time', a['recycling.periodicRestart.time'] ?? '1.05:00:00'],
    ['failure.rapidFailProtection', a['failure.rapidFailProtection'] ?? 'true'],
    ['failure.rapidFailProtectionInterval', a['failure.rapidFailProtectionInterval'] ?? '00:05:00'],
    [
      'failure.rapidFailProtectionMaxCrashes',
      a['failure.rapidFailProtectionMaxCrashes'] ?? String(state.timings.rapidFailThreshold)
    ],
    ['cpu.limit', a['cpu.limit'] ?? '0']
  ]
  return {
    kind: 'APPPOOL',
    id: p.name,
    rec: p,
    identity: [
      ['APPPOOL.NAME', p.name],
      ['PipelineMode', p.managedPipelineMode],
      ['RuntimeVersion', p.managedRuntimeVersion],
      ['state', p.state]
    ],
    element: 'add',
    config,
    collections: [
      {
        name: 'environmentVariables',
        items: p.environmentVariables.map((e) => [
          ['name', e.name],
          ['value', e.value]
        ])
      },
      // <recycling><periodicRestart><schedule><add value="03:00:00"/>: printed inside its parent element.
      {
        name: 'schedule',
        under: 'recycling.periodicRestart',
        items: (p.recycleSchedule ?? []).map((t) => [['value', t]])
      }
    ],
    summary: [
      ['MgdVersion', p.managedRuntimeVersion],
      ['MgdMode', p.managedPipelineMode],
      ['state', p.state]
    ]
  }
}

/** @param {import('./iis-state.mjs').Site} s @returns {View} */
function siteView(s) {
  return {
    kind: 'SITE',
    id: s.name,
    rec: s,
    identity: [
      ['SITE.NAME', s.name],
      ['SITE.ID', String(s.id)],
      ['bindings', bindingsText(s)],
      ['state', s.state]
    ],
    element: 'site',
    config: [
      ['name', s.name],
      ['id', String(s.id)],
      ['serverAutoStart', String(s.serverAutoStart)],
      ...Object.entries(s.attributes)
    ],
    collections: [
      {
        name: 'bindings',
        items: s.bindings.map((b) => [
          ['protocol', b.protocol],
          ['bindingInformation', b.bindingInformation],
          ['sslFlags', b.sslFlags ?? '0']
        ])
      }
    ],
    summary: [
      ['id', String(s.id)],
      ['bindings', bindingsText(s)],
      ['state', s.state]
    ]
  }
}

/** @param {import('./iis-state.mjs').App} app @returns {View} */
function appView(app) {
  const a = app.attributes ?? {}
  return {
    kind: 'APP',
    id: appName(app),
    rec: app,
    identity: [
      ['APP.NAME', appName(app)],
      ['APPPOOL.NAME', app.applicationPool],
      ['SITE.NAME', app.site],
      ['path', app.path]
    ],
    element: 'application',
    config: [
      ['path', app.path],
      ['applicationPool', app.applicationPool],
      ['enabledProtocols', a.enabledProtocols ?? 'http'],
      ['serviceAutoStartEnabled', a.serviceAutoStartEnabled ?? 'false'],
      ['preloadEnabled', a.preloadEnabled ?? 'false']
    ],
    summary: [['applicationPool', app.applicationPool]]
  }
}

/** @param {import('./iis-state.mjs').Vdir} v @returns {View} */
function vdirView(v) {
  const appId = v.app === '/' ? `${v.site}/` : `${v.site}${v.app}`
  return {
    kind: 'VDIR',
    id: vdirName(v),
    rec: v,
    identity: [
      ['VDIR.NAME', vdirName(v)],
      ['APP.NAME', appId],
      ['physicalPath', v.physicalPath],
      ['path', v.path]
    ],
    element: 'virtualDirectory',
    config: [
      ['path', v.path],
      ['physicalPath', v.physicalPath],
      ['userName', ''],
      ['password', ''],
      ['logonMethod', 'ClearText'],
      ['allowSubDirConfig', 'true']
    ],
    summary: [['physicalPath', v.physicalPath]]
  }
}

/** @param {import('./iis-state.mjs').Worker} w @returns {View} */
function wpView(w) {
  return {
    kind: 'WP',
    id: String(w.pid),
    rec: w,
    identity: [
      ['WP.NAME', String(w.pid)],
      ['APPPOOL.NAME', w.pool]
    ],
    element: '',
    config: [],
    // windows-facts §3.1: WP "3577" (apppool:DefaultAppPool)
    summary: [['apppool', w.pool]]
  }
}

/** @param {State} state @param {Kind} kind @returns {View[]} */
function viewsOf(state, kind) {
  switch (kind) {
    case 'APPPOOL':
      return state.pools.map((p) => poolView(state, p))
    case 'SITE':
      return state.sites.map(siteView)
    case 'APP':
      return state.apps.map(appView)
    case 'VDIR':
      return state.vdirs.map(vdirView)
    case 'WP':
      return state.workers.map(wpView)
    default:
      return []
  }
}

/** @param {View} view @param {string} key lower case @returns {string | undefined} */
function propOf(view, key) {
  for (const [k, v] of [...view.identity, ...view.config]) if (k.toLowerCase() === key) return v
  return undefined
}

/** @param {View} v */
const summaryLine = (v) => `${v.kind} "${v.id}" (${v.summary.map(([k, val]) => `${k}:${val}`).join(',')})`

/** @param {View} v */
function textStar(v) {
  const lines = [v.kind]
  for (const [k, val] of v.identity) lines.push(`  ${k}:"${val}"`)
  if (!v.element) return lines.join('\n')
  lines.push(`  [${v.element}]`)
  /** @type {Map<string, [string, string][]>} */
  const groups = new Map()
  for (const [k, val] of v.config) {
    const dot = k.lastIndexOf('.')
    if (dot < 0) lines.push(`    ${k}:"${val}"`)
    else {
      const group = k.slice(0, dot)
      if (!groups.has(group)) groups.set(group, [])
      groups.get(group)?.push([k.slice(dot + 1), val])
    }
  }
  for (const [group, entries] of groups) {
    const depth = group.split('.').length
    group.split('.').forEach((g, i) => lines.push(`${'  '.repeat(i + 2)}[${g}]`))
    for (const [k, val] of entries) lines.push(`${'  '.repeat(depth + 2)}${k}:"${val}"`)
    for (const c of (v.collections ?? []).filter((x) => x.under === group)) {
      lines.push(`${'  '.repeat(depth + 2)}[${c.name}]`)
      for (const item of c.items) {
        lines.push(`${'  '.repeat(depth + 3)}[add]`)
        for (const [k, val] of item) lines.push(`${'  '.repeat(depth + 4)}${k}:"${val}"`)
      }
    }
  }
  for (const c of (v.collections ?? []).filter((x) => x.under === undefined)) {
    lines.push(`    [${c.name}]`)
    for (const item of c.items) {
      lines.push(`      [${c.name === 'bindings' ? 'binding' : 'add'}]`)
      for (const [k, val] of item) lines.push(`        ${k}:"${val}"`)
    }
  }
  return lines.join('\n')
}

/** @param {string} s */
const xmlEscape = (s) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The object's configuration element as `/config` prints it inside the object: dotted attributes become child
 * elements (`processModel.idleTimeout` → `<processModel idleTimeout=…/>`), collections their `<add>` lists.
 * @param {View} v @returns {string[]}
 */
function configXml(v) {
  /** @typedef {{ attrs: [string, string][], children: Map<string, Node>, items: { name: string, items: [string, string][][] }[] }} Node */
  /** @returns {Node} */
  const node = () => ({ attrs: [], children: new Map(), items: [] })
  const root = node()
  /** @param {string} path */
  const at = (path) => {
    let cur = root
    for (const part of path ? path.split('.') : []) {
      if (!cur.children.has(part)) cur.children.set(part, node())
      cur = /** @type {Node} */ (cur.children.get(part))
    }
    return cur
  }
  for (const [k, val] of v.config) {
    const dot = k.lastIndexOf('.')
    at(dot < 0 ? '' : k.slice(0, dot)).attrs.push([dot < 0 ? k : k.slice(dot + 1), val])
  }
  for (const c of v.collections ?? []) at(c.under ?? '').items.push(c)
  /** @param {string} name @param {Node} n @param {number} depth @returns {string[]} */
  const render = (name, n, depth) => {
    const pad = '    '.repeat(depth)
    const attrs = n.attrs.map(([k, val]) => ` ${k}="${xmlEscape(val)}"`).join('')
    const inner = [...n.children].flatMap(([child, sub]) => render(child, sub, depth + 1))
    for (const c of n.items) {
      inner.push(`${pad}    <${c.name}>`)
      for (const item of c.items)
        inner.push(
          `${pad}        <${c.name === 'bindings' ? 'binding' : 'add'}${item.map(([k, val]) => ` ${k}="${xmlEscape(val)}"`).join('')} />`
        )
      inner.push(`${pad}    </${c.name}>`)
    }
    return inner.length === 0
      ? [`${pad}<${name}${attrs} />`]
      : [`${pad}<${name}${attrs}>`, ...inner, `${pad}</${name}>`]
  }
  return render(v.element, root, 2)
}

/** @param {View[]} views @param {boolean} [withConfig] `/config`: each object's configuration inside it */
function xmlOutput(views, withConfig = false) {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<appcmd>']
  for (const v of views) {
    const head = `    <${v.kind} ${v.identity.map(([k, val]) => `${k}="${xmlEscape(val)}"`).join(' ')}`
    if (withConfig && v.element) lines.push(`${head}>`, ...configXml(v), `    </${v.kind}>`)
    else lines.push(`${head} />`)
  }
  lines.push('</appcmd>')
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------- attribute setters

const IDENTITY_TYPES = [
  'ApplicationPoolIdentity',
  'NetworkService',
  'LocalService',
  'LocalSystem',
  'SpecificUser'
]

/** @param {string} attr @param {string} value */
function invalidValue(attr, value) {
  return appcmdFailure(`Failed to process attribute "${attr}".  Invalid value "${value}".`, '80070057')
}
/** @param {string} attr */
function unknownAttribute(attr) {
  return appcmdMessageFailure(`Unknown attribute "${attr}".  Replace with -? for help.`, INVALID_EXIT)
}

/** @param {string} attr @param {string | undefined} value */
function toBool(attr, value) {
  const v = (value ?? '').toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw invalidValue(attr, value ?? '')
}
/** @param {string} attr @param {string | undefined} value @param {string[]} allowed */
function toEnum(attr, value, allowed) {
  const found = allowed.find((a) => same(a, value ?? ''))
  if (!found) throw invalidValue(attr, value ?? '')
  return found
}
/** @param {string} attr @param {string | undefined} value */
function toUint(attr, value) {
  if (!/^\d+$/.test(value ?? '')) throw invalidValue(attr, value ?? '')
  return String(Number(value))
}
/** @param {string} attr @param {string | undefined} value */
function toTimeSpan(attr, value) {
  if (!/^(\d+\.)?\d{1,2}:\d{2}:\d{2}$/.test(value ?? '')) throw invalidValue(attr, value ?? '')
  return /** @type {string} */ (value)
}

/** Pool attributes kept as text, with their validator. */
const POOL_EXTRA = /** @type {Record<string, [string, (a: string, v: string | undefined) => string]>} */ ({
  queuelength: ['queueLength', toUint],
  passanonymoustoken: ['passAnonymousToken', (a, v) => String(toBool(a, v))],
  'processmodel.setprofileenvironment': [
    'processModel.setProfileEnvironment',
    (a, v) => String(toBool(a, v))
  ],
  'processmodel.idletimeout': ['processModel.idleTimeout', toTimeSpan],
  'processmodel.idletimeoutaction': [
    'processModel.idleTimeoutAction',
    (a, v) => toEnum(a, v, ['Terminate', 'Suspend'])
  ],
  'processmodel.maxprocesses': ['processModel.maxProcesses', toUint],
  'processmodel.shutdowntimelimit': ['processModel.shutdownTimeLimit', toTimeSpan],
  'processmodel.startuptimelimit': ['processModel.startupTimeLimit', toTimeSpan],
  'processmodel.pingingenabled': ['processModel.pingingEnabled', (a, v) => String(toBool(a, v))],
  'recycling.periodicrestart.time': ['recycling.periodicRestart.time', toTimeSpan],
  'failure.rapidfailprotection': ['failure.rapidFailProtection', (a, v) => String(toBool(a, v))],
  'failure.rapidfailprotectioninterval': ['failure.rapidFailProtectionInterval', toTimeSpan],
  'failure.rapidfailprotectionmaxcrashes': ['failure.rapidFailProtectionMaxCrashes', toUint],
  'cpu.limit': ['cpu.limit', toUint]
})

/** @param {import('./iis-state.mjs').Pool} pool @param {Param} p */
function setPoolAttribute(pool, p) {
  const v = p.value ?? ''
  switch (p.key) {
    case 'name':
      if (!same(v, pool.name))
        throw appcmdMessageFailure('Renaming an application pool is not supported by the fake.', INVALID_EXIT)
      return
    case 'managedruntimeversion':
      pool.managedRuntimeVersion = v // '' = No Managed Code (windows-facts §3.3)
      return
    case 'managedpipelinemode':
      pool.managedPipelineMode = toEnum(p.name, v, ['Integrated', 'Classic'])
      return
    case 'autostart':
      pool.autoStart = toBool(p.name, v)
      return
    case 'startmode':
      pool.startMode = toEnum(p.name, v, ['OnDemand', 'AlwaysRunning'])
      return
    case 'enable32bitapponwin64':
      pool.enable32BitAppOnWin64 = toBool(p.name, v)
      return
    case 'processmodel.identitytype':
      pool.processModel.identityType = toEnum(p.name, v, IDENTITY_TYPES)
      return
    case 'processmodel.username':
      pool.processModel.userName = v
      return
    case 'processmodel.password':
      pool.processModel.password = v
      return
    case 'processmodel.loaduserprofile':
      pool.processModel.loadUserProfile = toBool(p.name, v)
      return
    default: {
      const extra = POOL_EXTRA[p.key]
      if (!extra) throw unknownAttribute(p.name)
      pool.attributes[extra[0]] = extra[1](p.name, v)
    }
  }
}

/**
 * `http/*:80:host,https/*:443:host` → bindings.
 * @param {string} text @returns {import('./iis-state.mjs').Binding[]}
 */
export function parseBindings(text) {
  if (text.trim() === '') return []
  return text.split(',').map((item) => {
    const slash = item.indexOf('/')
    const protocol = slash < 0 ? '' : item.slice(0, slash)
    const bindingInformation = slash < 0 ? '' : item.slice(slash + 1)
    if (!protocol || !parseBindingInformation(bindingInformation)) {
      throw appcmdFailure(`Invalid binding "${item}": expected protocol/ip:port:host.`, '80070057')
    }
    return { protocol, bindingInformation, sslFlags: '0' }
  })
}

/** @param {State} state @param {import('./iis-state.mjs').Site} site @param {string} appPath @param {string} physicalPath */
function setRootPhysicalPath(state, site, appPath, physicalPath) {
  const vdir = state.vdirs.find((v) => v.site === site.name && v.app === appPath && v.path === '/')
  if (vdir) vdir.physicalPath = physicalPath
  else state.vdirs.push({ site: site.name, app: appPath, path: '/', physicalPath })
}

/** @param {State} state @param {import('./iis-state.mjs').Site} site @param {Param} p */
function setSiteAttribute(state, site, p) {
  const v = p.value ?? ''
  if (p.op === 'add' || p.op === 'remove') {
    const [head, indexer] = splitPath(p.name)
    if (head?.toLowerCase() !== 'bindings' || !indexer) throw unknownAttribute(p.name)
    const keys = parseIndexer(indexer)
    const protocol = keys.protocol ?? ''
    const info = keys.bindingInformation ?? ''
    const existing = site.bindings.findIndex(
      (b) => same(b.protocol, protocol) && same(b.bindingInformation, info)
    )
    if (p.op === 'remove') {
      if (existing < 0)
        throw appcmdMessageFailure('Cannot find requested collection element.', NOT_FOUND_EXIT)
      site.bindings.splice(existing, 1)
      return
    }
    if (!protocol || !parseBindingInformation(info)) {
      throw appcmdMessageFailure('New binding object missing required attributes.', INVALID_EXIT)
    }
    if (existing >= 0) {
      throw appcmdMessageFailure(
        `New binding object missing required attributes. Cannot add duplicate collection entry of type 'binding' with combined key attributes 'protocol, bindingInformation' respectively set to '${protocol}, ${info}'\n.`,
        DUPLICATE_EXIT
      )
    }
    site.bindings.push({ protocol, bindingInformation: info, sslFlags: keys.sslFlags ?? '0' })
    return
  }
  const indexed = p.name.match(/^\[path='([^']*)'\]\.(.+)$/i)
  if (indexed) {
    // set site "S" /[path='/'].applicationPool:P (collection indexer on the site's applications)
    const app = state.apps.find(
      (a) => a.site === site.name && same(a.path, /** @type {string} */ (indexed[1]))
    )
    if (!app) throw appcmdMessageFailure('Cannot find requested collection element.', NOT_FOUND_EXIT)
    return setAppAttribute(state, app, {
      ...p,
      name: /** @type {string} */ (indexed[2]),
      key: /** @type {string} */ (indexed[2]).toLowerCase()
    })
  }
  switch (p.key) {
    case 'name':
      if (!same(v, site.name))
        throw appcmdMessageFailure('Renaming a site is not supported by the fake.', INVALID_EXIT)
      return
    case 'id':
      site.id = Number(toUint(p.name, v))
      return
    case 'bindings':
      site.bindings = parseBindings(v)
      return
    case 'serverautostart':
      site.serverAutoStart = toBool(p.name, v)
      return
    case 'physicalpath':
      setRootPhysicalPath(state, site, '/', v)
      return
    case 'limits.connectiontimeout':
    case 'logfile.directory':
    case 'logfile.enabled':
      site.attributes[p.name] = v
      return
    default:
      throw unknownAttribute(p.name)
  }
}

/** @param {State} state @param {import('./iis-state.mjs').App} app @param {Param} p */
function setAppAttribute(state, app, p) {
  const v = p.value ?? ''
  app.attributes ??= {}
  switch (p.key) {
    case 'applicationpool':
      app.applicationPool = v
      return
    case 'enabledprotocols':
      app.attributes.enabledProtocols = v
      return
    case 'preloadenabled':
    case 'serviceautostartenabled':
      app.attributes[p.key === 'preloadenabled' ? 'preloadEnabled' : 'serviceAutoStartEnabled'] = String(
        toBool(p.name, v)
      )
      return
    case 'physicalpath':
    case "[path='/'].physicalpath": {
      const vdir = state.vdirs.find((x) => x.site === app.site && x.app === app.path && x.path === '/')
      if (vdir) vdir.physicalPath = v
      else state.vdirs.push({ site: app.site, app: app.path, path: '/', physicalPath: v })
      return
    }
    case 'path':
      if (v !== app.path)
        throw appcmdMessageFailure('Moving an application is not supported by the fake.', INVALID_EXIT)
      return
    default:
      throw unknownAttribute(p.name)
  }
}

/** @param {import('./iis-state.mjs').Vdir} vdir @param {Param} p */
function setVdirAttribute(vdir, p) {
  switch (p.key) {
    case 'physicalpath':
      vdir.physicalPath = p.value ?? ''
      return
    case 'username':
    case 'password':
    case 'logonmethod':
    case 'allowsubdirconfig':
    case 'path':
      return
    default:
      throw unknownAttribute(p.name)
  }
}

// ---------------------------------------------------------------------------------------------- config sections

const AUTH_SECTIONS = /** @type {Record<string, Record<string, string>>} */ ({
  'system.webserver/security/authentication/anonymousauthentication': {
    enabled: 'true',
    userName: 'IUSR',
    password: ''
  },
  'system.webserver/security/authentication/windowsauthentication': {
    enabled: 'false',
    authPersistNonNTLM: 'true'
  },
  'system.webserver/security/authentication/basicauthentication': {
    enabled: 'false',
    realm: '',
    defaultLogonDomain: ''
  }
})
const APP_POOLS_SECTION = 'system.applicationHost/applicationPools'

/** @param {string | undefined} name @returns {string} full section name */
function resolveSection(name) {
  if (!name) throw appcmdMessageFailure('Section name is required: -section:<name>.', INVALID_EXIT)
  const lower = name.toLowerCase()
  const known = [APP_POOLS_SECTION, ...Object.keys(AUTH_SECTIONS)]
  const full = known.find((k) => k.toLowerCase() === lower || k.toLowerCase().endsWith('/' + lower))
  if (full) return AUTH_SECTIONS[full.toLowerCase()] ? canonicalSection(full) : full
  if (name.includes('/')) return name
  throw appcmdMessageFailure(`Unknown config section "${name}".  Replace with ? for help.`, INVALID_EXIT)
}
/** @param {string} lower */
function canonicalSection(lower) {
  const last = lower.split('/').pop() ?? ''
  const proper = {
    anonymousauthentication: 'anonymousAuthentication',
    windowsauthentication: 'windowsAuthentication',
    basicauthentication: 'basicAuthentication'
  }[last]
  return `system.webServer/security/authentication/${proper}`
}

/** @param {State} state @param {string} location '' or 'Site[/path]' */
function checkLocation(state, location) {
  if (location === '') return
  const site = location.split('/')[0] ?? ''
  if (!state.sites.some((s) => same(s.name, site))) {
    throw appcmdMessageFailure(`Cannot find SITE object with identifier "${site}".`, NOT_FOUND_EXIT)
  }
}

/** @param {State} state @param {string} location @param {string} section @param {string} attr */
function configValue(state, location, section, attr) {
  const candidates = [location]
  let cur = location
  while (cur.includes('/')) {
    cur = cur.slice(0, cur.lastIndexOf('/'))
    candidates.push(cur)
  }
  if (location !== '') candidates.push('')
  for (const loc of candidates) {
    const entry = Object.entries(state.config).find(([k]) =>
      same(k.replace(/\/$/, ''), loc.replace(/\/$/, ''))
    )?.[1]
    const sec = entry && Object.entries(entry).find(([k]) => same(k, section))?.[1]
    const value = sec && Object.entries(sec).find(([k]) => same(k, attr))?.[1]
    if (value !== undefined) return value
  }
  const defaults = AUTH_SECTIONS[section.toLowerCase()] ?? {}
  return Object.entries(defaults).find(([k]) => same(k, attr))?.[1]
}

/** @param {string} section @param {string} location @param {string} commitPath */
const appliedLine = (section, location, commitPath) =>
  `Applied configuration changes to section "${section}" for "${location ? `${MACHINE}/${location}` : MACHINE}" at configuration commit path "${commitPath}"`

/** @param {State} state @param {string} location @param {Param[]} params @param {string} commit */
function setConfig(state, location, params, commit) {
  const section = resolveSection(params.find((p) => p.key === 'section')?.value)
  checkLocation(state, location)
  const changes = params.filter((p) => !GLOBAL_SWITCHES.includes(p.key) || p.op !== 'set')
  const atApphost = commit === '' ? location === '' : same(commit, 'apphost') || same(commit, MACHINE)
  if (section === APP_POOLS_SECTION) {
    if (location !== '') {
      throw appcmdFailure(
        'This configuration section cannot be used at this path. This happens when the section is locked at a parent level.',
        '80070021'
      )
    }
    for (const p of changes) setApplicationPoolsConfig(state, p)
    return appliedLine(section, location, MACHINE)
  }
  if (AUTH_SECTIONS[section.toLowerCase()] && location !== '' && !atApphost) {
    // overrideModeDefault="Deny" for the authentication sections: only /commit:apphost writes them for a site.
    const site = state.sites.find((s) => same(s.name, location.split('/')[0] ?? ''))
    const root =
      state.vdirs.find((v) => v.site === site?.name && v.app === '/' && v.path === '/')?.physicalPath ?? ''
    throw appcmdFailure(
      `Configuration error\nFilename: \\\\?\\${root}\\web.config\nLine Number: 0\nDescription: This configuration section cannot be used at this path. This happens when the section is locked at a parent level. Locking is either by default (overrideModeDefault="Deny"), or set explicitly by a location tag with overrideMode="Deny" or the legacy allowOverride="false".\n.`,
      '80070021'
    )
  }
  const defaults = AUTH_SECTIONS[section.toLowerCase()]
  for (const p of changes) {
    if (p.op !== 'set')
      throw appcmdMessageFailure(
        'Collection edits are not supported by the fake for this section.',
        INVALID_EXIT
      )
    if (defaults && !Object.keys(defaults).some((k) => same(k, p.name))) throw unknownAttribute(p.name)
    const value = p.key === 'enabled' ? String(toBool(p.name, p.value)) : (p.value ?? '')
    const attrName = defaults ? (Object.keys(defaults).find((k) => same(k, p.name)) ?? p.name) : p.name
    const loc = (state.config[location] ??= {})
    const sec = (loc[section] ??= {})
    sec[attrName] = value
  }
  return appliedLine(section, location, atApphost ? MACHINE : `${MACHINE}/${location}`)
}

/** `/+"[name='P'].environmentVariables.[name='N',value='V']"` and friends. @param {State} state @param {Param} p */
function setApplicationPoolsConfig(state, p) {
  const parts = splitPath(p.name)
  const first = parts[0] ?? ''
  if (!first.startsWith('[')) throw unknownAttribute(p.name)
  const key = parseIndexer(first)
  const pool = state.pools.find((x) => same(x.name, key.name ?? ''))
  if (!pool) throw appcmdMessageFailure('Cannot find requested collection element.', NOT_FOUND_EXIT)
  const rest = parts.slice(1)
  if ((rest[0] ?? '').toLowerCase() === 'environmentvariables' && (p.op === 'add' || p.op === 'remove')) {
    const item = parseIndexer(rest[1] ?? '')
    const name = item.name ?? ''
    const index = pool.environmentVariables.findIndex((e) => same(e.name, name))
    if (p.op === 'remove') {
      if (index < 0) throw appcmdMessageFailure('Cannot find requested collection element.', NOT_FOUND_EXIT)
      pool.environmentVariables.splice(index, 1)
      return
    }
    if (!name) throw appcmdMessageFailure('New add object missing required attributes.', INVALID_EXIT)
    if (index >= 0) {
      throw appcmdMessageFailure(
        `New add object missing required attributes. Cannot add duplicate collection entry of type 'add' with unique key attribute 'name' set to '${name}'\n.`,
        DUPLICATE_EXIT
      )
    }
    pool.environmentVariables.push({ name, value: item.value ?? '' })
    return
  }
  const attr = rest.join('.')
  if (p.op !== 'set') return editPoolCollection(pool, { ...p, name: attr, key: attr.toLowerCase() })
  setPoolAttribute(pool, { ...p, name: attr, key: attr.toLowerCase() })
}

/**
 * `/+recycling.periodicRestart.schedule.[value='03:00:00']` (and `/-`): the pool's recycle times. The value is a
 * timespan; a duplicate is refused as IIS refuses a duplicate collection key.
 * @param {import('./iis-state.mjs').Pool} pool @param {Param} p
 */
function editPoolCollection(pool, p) {
  const parts = splitPath(p.name)
  const path = parts.slice(0, -1).join('.').toLowerCase()
  if (path !== 'recycling.periodicrestart.schedule') throw unknownAttribute(p.name)
  const value = parseIndexer(parts[parts.length - 1] ?? '').value
  if (value === undefined)
    throw appcmdMessageFailure('New add object missing required attributes.', INVALID_EXIT)
  const time = toTimeSpan('value', value)
  const schedule = (pool.recycleSchedule ??= [])
  const index = schedule.findIndex((t) => t === time)
  if (p.op === 'remove') {
    if (index < 0) throw appcmdMessageFailure('Cannot find requested collection element.', NOT_FOUND_EXIT)
    schedule.splice(index, 1)
    return
  }
  if (index >= 0)
    throw appcmdMessageFailure(
      `New add object missing required attributes. Cannot add duplicate collection entry of type 'add' with unique key attribute 'value' set to '${time}'\n.`,
      DUPLICATE_EXIT
    )
  schedule.push(time)
}

/** @param {State} state @param {string} location @param {Param[]} params @param {string | undefined} text */
function listConfig(state, location, params, text) {
  const section = resolveSection(params.find((p) => p.key === 'section')?.value)
  checkLocation(state, location)
  if (section === APP_POOLS_SECTION) {
    const lines = ['<system.applicationHost>', '  <applicationPools>']
    for (const p of state.pools) {
      lines.push(
        `    <add name="${xmlEscape(p.name)}" autoStart="${p.autoStart}" managedRuntimeVersion="${xmlEscape(p.managedRuntimeVersion)}" managedPipelineMode="${p.managedPipelineMode}" startMode="${p.startMode}">`,
        `      <processModel identityType="${p.processModel.identityType}" userName="${xmlEscape(p.processModel.userName)}" loadUserProfile="${p.processModel.loadUserProfile}" />`
      )
      if (p.environmentVariables.length > 0) {
        lines.push('      <environmentVariables>')
        for (const e of p.environmentVariables)
          lines.push(`        <add name="${xmlEscape(e.name)}" value="${xmlEscape(e.value)}" />`)
        lines.push('      </environmentVariables>')
      }
      lines.push('    </add>')
    }
    lines.push('  </applicationPools>', '</system.applicationHost>')
    return lines.join('\n')
  }
  const defaults = AUTH_SECTIONS[section.toLowerCase()] ?? {}
  const stored = Object.keys(state.config[location]?.[section] ?? {})
  const attrs = [...new Set([...Object.keys(defaults), ...stored])]
  if (text !== undefined && text !== '*') return configValue(state, location, section, text) ?? ''
  const element = section.split('/').pop() ?? section
  const values = attrs.map((a) => [a, configValue(state, location, section, a) ?? ''])
  if (text === '*') {
    return [
      'CONFIG',
      `  CONFIG.SECTION:"${section}"`,
      `  path:"${location ? `${MACHINE}/${location}` : MACHINE}"`,
      '  overrideMode:"Inherit"',
      '  locked:"false"',
      `  [${element}]`,
      ...values.map(([a, v]) => `    ${a}:"${v}"`)
    ].join('\n')
  }
  const outer = section.split('/').slice(0, -1)
  const lines = outer.map((s, i) => `${'  '.repeat(i)}<${s}>`)
  lines.push(
    `${'  '.repeat(outer.length)}<${element} ${values.map(([a, v]) => `${a}="${xmlEscape(v ?? '')}"`).join(' ')} />`
  )
  for (let i = outer.length - 1; i >= 0; i--) lines.push(`${'  '.repeat(i)}</${outer[i]}>`)
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------- commands

/** @param {Kind} kind @param {string} id */
const notFound = (kind, id) =>
  appcmdMessageFailure(`Cannot find ${kind} object with identifier "${id}".`, NOT_FOUND_EXIT)
/** @param {string} id */
const duplicate = (id) =>
  appcmdMessageFailure(`Failed to add duplicate collection element "${id}".`, DUPLICATE_EXIT)
const ALREADY_STOPPED = () =>
  appcmdFailure('Command execution failed. The service has not been started.', '80070426')
const ALREADY_STARTED = () =>
  appcmdFailure('Command execution failed. An instance of the service is already running.', '80070420')
const BUSY = () =>
  appcmdFailure(
    'Command execution failed. The service cannot accept control messages at this time.',
    '80070425'
  )

/** @param {State} state @param {Kind} kind @param {string} id */
function findView(state, kind, id) {
  const view = viewsOf(state, kind).find((v) => same(v.id, id))
  if (!view) throw notFound(kind, id)
  return view
}

/** @param {State} state @param {import('./iis-state.mjs').Pool} pool @param {number} now */
function stopPool(state, pool, now) {
  if (pool.state === 'Stopped') throw ALREADY_STOPPED()
  if (pool.state === 'Stopping') throw BUSY()
  const neverStops = takeFault(state, 'poolNeverStops', pool.name, { consume: false })
  const neverExits = takeFault(state, 'workerNeverExits', pool.name, { consume: false })
  const { stopDelayMs, workerLingerMs } = state.timings
  pool.state = stopDelayMs > 0 || neverStops ? 'Stopping' : 'Stopped'
  pool.stoppedAt = neverStops ? null : now + stopDelayMs
  for (const w of state.workers) {
    if (!same(w.pool, pool.name)) continue
    w.exitAt = neverExits ? null : Math.min(w.exitAt ?? Infinity, now + stopDelayMs + workerLingerMs)
  }
}

/** @param {State} state @param {string} subject @param {string} pool */
function startFault(state, subject, pool) {
  const f = takeFault(state, 'startFails', pool)
  if (!f) return
  const hresult = f.hresult ?? '80004005'
  throw appcmdFailure(
    f.message ?? `Command execution failed. Unspecified error (${subject} could not start).`,
    hresult
  )
}

/** @param {State} state @param {import('./iis-state.mjs').Pool} pool @param {number} now */
function startPool(state, pool, now) {
  if (pool.state === 'Started') throw ALREADY_STARTED()
  if (pool.state === 'Stopping') throw BUSY()
  startFault(state, pool.name, pool.name)
  pool.state = 'Started'
  pool.stoppedAt = null
  pool.crashes = []
  // The fake starts the worker with the pool (as with startMode AlwaysRunning), so crashOnStart shows at once.
  startWorker(state, pool.name, now)
}

/** @param {number} port @returns {Promise<boolean>} */
function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

/**
 * Ports of these bindings held by some other process (not by this fake's own HTTP.sys stand-in for another
 * started site). A port the stand-in is about to release (a site just stopped) gets a short grace period.
 * @param {import('./iis-state.mjs').Binding[]} bindings @param {string} siteName
 */
async function foreignPortsInUse(bindings, siteName) {
  const state = readState()
  const ours = new Set()
  for (const s of state.sites) {
    if (s.state !== 'Started' || same(s.name, siteName)) continue
    for (const b of s.bindings) ours.add(parseBindingInformation(b.bindingInformation)?.port)
  }
  /** @type {number[]} */
  const busy = []
  for (const b of bindings) {
    if (b.protocol.toLowerCase() !== 'http') continue
    const port = parseBindingInformation(b.bindingInformation)?.port
    if (port === undefined || ours.has(port)) continue
    let free = await portFree(port)
    for (let i = 0; !free && state.listener && i < 10; i++) {
      await new Promise((r) => setTimeout(r, state.timings.pollMs))
      free = await portFree(port)
    }
    if (!free) busy.push(port)
  }
  return busy
}

/**
 * Runs one appcmd command line.
 * @param {string[]} argv
 * @returns {Promise<{ output: string, exitCode: number }>}
 */
export async function appcmd(argv) {
  const stateDir = resolveStateDir()
  const { positionals, params } = parseCommandLine(argv)
  const verb = (positionals[0] ?? '').toLowerCase()
  const objectWord = (positionals[1] ?? '').toLowerCase()
  if (!readState(stateDir).iisInstalled) {
    return {
      output:
        "'appcmd' is not recognized as an internal or external command,\noperable program or batch file.",
      exitCode: 9009
    }
  }
  if (!VERBS.includes(verb)) {
    throw appcmdMessageFailure(
      `Command "${positionals[0] ?? ''}" is not supported.  Run 'appcmd.exe /?' to display supported commands.`,
      INVALID_EXIT
    )
  }
  const kind = OBJECTS[objectWord]
  if (!kind) {
    throw appcmdMessageFailure(
      `Object '${positionals[1] ?? ''}' is not supported.  Run 'appcmd.exe /?' to display supported objects.`,
      INVALID_EXIT
    )
  }
  const idParam = params.find((p) => p.key === ID_PARAM[kind] && p.op === 'set')
  const id = positionals[2] ?? idParam?.value
  const text = params.find((p) => p.key === 'text')
  const wantsXml = params.some((p) => p.key === 'xml')
  const commit = params.find((p) => p.key === 'commit')?.value ?? ''
  const changes = params.filter((p) => !(GLOBAL_SWITCHES.includes(p.key) && p.op === 'set') && p !== idParam)
  const commandText = [verb, kind.toLowerCase(), id].filter(Boolean).join(' ')

  // Port checks need async I/O: done before taking the state lock.
  /** @type {number[]} */
  let busyPorts = []
  if (kind === 'SITE' && (verb === 'start' || verb === 'add')) {
    const state = readState(stateDir)
    const siteName = verb === 'add' ? (changes.find((p) => p.key === 'name')?.value ?? '') : (id ?? '')
    const bindingsParam = changes.find((p) => p.key === 'bindings')?.value
    const bindings =
      verb === 'add'
        ? safeBindings(bindingsParam)
        : (state.sites.find((s) => same(s.name, siteName))?.bindings ?? [])
    busyPorts = await foreignPortsInUse(bindings, siteName)
  }

  const result = updateState(stateDir, (state, now) => {
    logCommand(state, ['appcmd', ...argv].join(' '))
    const fault = takeCommandFault(state, [commandText, `appcmd ${commandText}`])
    if (fault) {
      if (fault.output !== undefined) return { output: fault.output, exitCode: fault.exitCode ?? 1 }
      const hresult = fault.hresult ?? '80004005'
      return {
        output: `ERROR ( hresult:${hresult.toLowerCase()}, message:${fault.message ?? 'Command execution failed. Unspecified error'} )`,
        exitCode: fault.exitCode ?? exitCodeOfHresult(hresult)
      }
    }
    // A failed command changes nothing (only its consumed faults and the log stay).
    const snapshot = structuredClone(state)
    try {
      if (['add', 'set', 'delete'].includes(verb) && takeFault(state, 'configLocked')) {
        // Another writer holds applicationHost.config (peers §3 item 10: "Cannot write configuration file").
        throw appcmdFailure(
          `Filename: ${CONFIG_FILE}\nError: Cannot write configuration file\n\n`,
          '80070020'
        )
      }
      return { output: run(state, now), exitCode: 0 }
    } catch (e) {
      if (!(e instanceof ToolFailure)) throw e
      const { faults, log } = state
      Object.assign(state, snapshot, { faults, log })
      return { output: e.output, exitCode: e.exitCode }
    }
  })
  if (verb !== 'list' && result.exitCode === 0) ensureListener(stateDir)
  return result

  /** @param {State} state @param {number} now @returns {string} */
  function run(state, now) {
    if (kind === 'CONFIG') {
      const location = positionals[2] ?? ''
      if (verb === 'list') return listConfig(state, location, params, text?.value)
      if (verb === 'set') return setConfig(state, location, params, commit)
      throw appcmdMessageFailure(
        `Command "${verb}" is not supported for object CONFIG by the fake.`,
        INVALID_EXIT
      )
    }
    switch (verb) {
      case 'list':
        return list(state)
      case 'add':
        return add(state)
      case 'set':
        return set(state)
      case 'delete':
        return remove(state)
      default:
        return control(state, now)
    }
  }

  /** @param {State} state */
  function list(state) {
    let views = viewsOf(state, kind)
    if (id !== undefined) {
      views = views.filter((v) => same(v.id, id))
      if (views.length === 0) throw notFound(kind, id)
    }
    for (const f of changes) {
      views = views.filter((v) => {
        const value = propOf(v, f.key)
        return value !== undefined && same(value, f.value ?? '')
      })
    }
    if (wantsXml)
      return xmlOutput(
        views,
        params.some((p) => p.key === 'config')
      )
    if (text) {
      if (text.value === '*' || text.value === undefined) return views.map(textStar).join('\n')
      const key = text.value.toLowerCase()
      return views.map((v) => propOf(v, key) ?? '').join('\n')
    }
    return views.map(summaryLine).join('\n')
  }

  /** @param {string} key */
  function value(key) {
    return changes.find((p) => p.key === key && p.op === 'set')?.value
  }

  /** @param {State} state */
  function add(state) {
    const rest = (/** @type {string[]} */ ...skip) => changes.filter((p) => !skip.includes(p.key))
    switch (kind) {
      case 'APPPOOL': {
        const name = value('name') ?? id
        if (!name)
          throw appcmdMessageFailure(
            'New apppool object missing required attributes. Cannot add an object with an empty name.',
            INVALID_EXIT
          )
        if (state.pools.some((p) => same(p.name, name))) throw duplicate(name)
        const pool = newPool(name)
        for (const p of rest('name')) setPoolAttribute(pool, p)
        state.pools.push(pool)
        return `APPPOOL object "${name}" added`
      }
      case 'SITE': {
        const name = value('name') ?? id
        if (!name)
          throw appcmdMessageFailure(
            'New site object missing required attributes. Cannot add an object with an empty name.',
            INVALID_EXIT
          )
        if (state.sites.some((s) => same(s.name, name))) throw duplicate(name)
        const siteId =
          value('id') !== undefined
            ? Number(toUint('id', value('id')))
            : Math.max(0, ...state.sites.map((s) => s.id)) + 1
        if (state.sites.some((s) => s.id === siteId)) throw duplicate(String(siteId))
        /** @type {import('./iis-state.mjs').Site} */
        const site = {
          name,
          id: siteId,
          bindings: [],
          state: 'Stopped',
          serverAutoStart: true,
          attributes: {}
        }
        const physicalPath = value('physicalpath')
        for (const p of rest('name', 'id', 'physicalpath')) setSiteAttribute(state, site, p)
        state.sites.push(site)
        const lines = [`SITE object "${name}" added`]
        if (physicalPath !== undefined) {
          state.apps.push({ site: name, path: '/', applicationPool: 'DefaultAppPool' })
          state.vdirs.push({ site: name, app: '/', path: '/', physicalPath })
          lines.push(`APP object "${name}/" added`, `VDIR object "${name}/" added`)
        }
        // W3SVC starts a new site at once unless a binding's port is taken.
        if (site.serverAutoStart && busyPorts.length === 0) site.state = 'Started'
        return lines.join('\n')
      }
      case 'APP': {
        const siteName = value('site.name') ?? (id ? splitAppName(id).site : undefined)
        const path = value('path') ?? (id ? splitAppName(id).path : undefined)
        if (!siteName)
          throw appcmdMessageFailure(
            'New application object missing required attributes. Specify site.name.',
            INVALID_EXIT
          )
        const site = state.sites.find((s) => same(s.name, siteName))
        if (!site) throw notFound('SITE', siteName)
        if (!path || !path.startsWith('/'))
          throw appcmdMessageFailure(
            `Invalid application path "${path ?? ''}": it must start with "/".`,
            INVALID_EXIT
          )
        const appPath = path.length > 1 ? path.replace(/\/+$/, '') : path
        if (state.apps.some((a) => a.site === site.name && same(a.path, appPath))) throw duplicate(appPath)
        /** @type {import('./iis-state.mjs').App} */
        const app = { site: site.name, path: appPath, applicationPool: 'DefaultAppPool' }
        const physicalPath = value('physicalpath')
        for (const p of rest('site.name', 'path', 'physicalpath')) setAppAttribute(state, app, p)
        state.apps.push(app)
        const lines = [`APP object "${appName(app)}" added`]
        if (physicalPath !== undefined) {
          state.vdirs.push({ site: site.name, app: appPath, path: '/', physicalPath })
          lines.push(`VDIR object "${appName(app)}${appPath === '/' ? '' : '/'}" added`)
        }
        return lines.join('\n')
      }
      case 'VDIR': {
        const appId = value('app.name')
        if (!appId)
          throw appcmdMessageFailure(
            'New virtualDirectory object missing required attributes. Specify app.name.',
            INVALID_EXIT
          )
        const { site: siteName, path: appPath } = splitAppName(appId)
        const app = state.apps.find((a) => same(a.site, siteName) && same(a.path, appPath))
        if (!app) throw notFound('APP', appId)
        const path = value('path') ?? '/'
        if (!path.startsWith('/'))
          throw appcmdMessageFailure(
            `Invalid virtual directory path "${path}": it must start with "/".`,
            INVALID_EXIT
          )
        const vPath = path.length > 1 ? path.replace(/\/+$/, '') : path
        if (state.vdirs.some((v) => v.site === app.site && v.app === app.path && same(v.path, vPath)))
          throw duplicate(vPath)
        const vdir = { site: app.site, app: app.path, path: vPath, physicalPath: value('physicalpath') ?? '' }
        for (const p of rest('app.name', 'path', 'physicalpath')) setVdirAttribute(vdir, p)
        state.vdirs.push(vdir)
        return `VDIR object "${vdirName(vdir)}" added`
      }
      default:
        throw appcmdMessageFailure(`Command "add" is not supported for object ${kind}.`, INVALID_EXIT)
    }
  }

  /** @param {State} state */
  function set(state) {
    if (id === undefined)
      throw appcmdMessageFailure(`Cannot find ${kind} object with identifier "".`, NOT_FOUND_EXIT)
    const view = findView(state, kind, id)
    for (const p of changes) {
      if (kind === 'APPPOOL') {
        if (p.op !== 'set') editPoolCollection(view.rec, p)
        else setPoolAttribute(view.rec, p)
      } else if (kind === 'SITE') setSiteAttribute(state, view.rec, p)
      else if (kind === 'APP') setAppAttribute(state, view.rec, p)
      else if (kind === 'VDIR') setVdirAttribute(view.rec, p)
      else throw appcmdMessageFailure(`Command "set" is not supported for object ${kind}.`, INVALID_EXIT)
    }
    return `${kind} object "${view.id}" changed`
  }

  /** @param {State} state */
  function remove(state) {
    if (id === undefined)
      throw appcmdMessageFailure(`Cannot find ${kind} object with identifier "".`, NOT_FOUND_EXIT)
    const view = findView(state, kind, id)
    switch (kind) {
      case 'APPPOOL':
        state.pools = state.pools.filter((p) => p !== view.rec)
        state.workers = state.workers.filter((w) => !same(w.pool, view.id))
        break
      case 'SITE':
        state.sites = state.sites.filter((s) => s !== view.rec)
        state.apps = state.apps.filter((a) => a.site !== view.rec.name)
        state.vdirs = state.vdirs.filter((v) => v.site !== view.rec.name)
        break
      case 'APP':
        state.apps = state.apps.filter((a) => a !== view.rec)
        state.vdirs = state.vdirs.filter((v) => !(v.site === view.rec.site && v.app === view.rec.path))
        break
      case 'VDIR':
        state.vdirs = state.vdirs.filter((v) => v !== view.rec)
        break
      default:
        throw appcmdMessageFailure(`Command "delete" is not supported for object ${kind}.`, INVALID_EXIT)
    }
    return `${kind} object "${view.id}" deleted`
  }

  /** @param {State} state @param {number} now */
  function control(state, now) {
    if (id === undefined)
      throw appcmdMessageFailure(`Cannot find ${kind} object with identifier "".`, NOT_FOUND_EXIT)
    if (kind === 'APPPOOL') {
      const pool = findView(state, kind, id).rec
      if (verb === 'stop') stopPool(state, pool, now)
      else if (verb === 'start') startPool(state, pool, now)
      else {
        if (pool.state !== 'Started') throw ALREADY_STOPPED()
        const neverExits = takeFault(state, 'workerNeverExits', pool.name, { consume: false })
        for (const w of state.workers) {
          if (same(w.pool, pool.name) && w.exitAt === null && !neverExits)
            w.exitAt = now + state.timings.workerLingerMs
        }
        startWorker(state, pool.name, now)
      }
      return `"${pool.name}" successfully ${verb === 'stop' ? 'stopped' : verb === 'start' ? 'started' : 'recycled'}.`
    }
    if (kind === 'SITE' && verb !== 'recycle') {
      const site = findView(state, kind, id).rec
      if (verb === 'stop') {
        if (site.state === 'Stopped') throw ALREADY_STOPPED()
        site.state = 'Stopped'
        return `"${site.name}" successfully stopped.`
      }
      if (site.state === 'Started') throw ALREADY_STARTED()
      const rootPool = state.apps.find((a) => a.site === site.name && a.path === '/')?.applicationPool ?? ''
      startFault(state, site.name, rootPool)
      if (busyPorts.length > 0) {
        throw appcmdFailure(
          'Command execution failed. The process cannot access the file because it is being used by another process.',
          '80070020'
        )
      }
      site.state = 'Started'
      return `"${site.name}" successfully started.`
    }
    throw appcmdMessageFailure(`Command "${verb}" is not supported for object ${kind}.`, INVALID_EXIT)
  }
}

/** @param {string | undefined} text */
function safeBindings(text) {
  try {
    return parseBindings(text ?? '')
  } catch {
    return []
  }
}
