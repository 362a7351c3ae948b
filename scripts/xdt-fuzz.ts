// `node --import tsx scripts/xdt-fuzz.ts [--cases N] [--seed S] [--keep DIR] [--only I]`: a differential fuzzer for
// our XDT engine. A seeded generator writes N realistic (web.config, transform) pairs; Microsoft.Web.XmlTransform (the
// SDK's copy, through scripts/xdt-oracle in its --batch mode: one dotnet process for every case) and our engine
// (in-process, applyXdtTransformFiles + encodeXmlDocument) transform each; every case whose bytes or whose warnings
// and errors (severity, file, line, column) differ is printed with a minimal diff. Exit code 1 when any differs.
// Needs `dotnet` (exits 2 without it). --keep writes the cases to DIR (case-<i>/) to study or to turn into fixtures
// under __tests__/fixtures/xdt; --only runs one case number of the same seed. See docs/xdt-formatting.md.

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { applyXdtTransformFiles } from '../src/steps/xdt/apply-files.js'
import { encodeXmlDocument } from '../src/steps/xdt/encode-document.js'
import { buildOracle, findEngine } from './xdt-oracle.js'

// --- the seeded generator ------------------------------------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Dice {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }
}

/** A tiny element tree the generator lays out as text in many styles. */
interface Node {
  kind: 'element' | 'comment' | 'cdata' | 'pi' | 'text'
  name?: string
  attributes?: Array<[string, string]>
  children?: Node[]
  text?: string
}

const el = (name: string, attributes: Array<[string, string]> = [], children: Node[] = []): Node => ({
  kind: 'element',
  name,
  attributes,
  children
})

/** Attribute values as they appear in real files: plain, with entity and character references, quotes. */
function attributeValue(dice: Dice, plain: string): string {
  return dice.pick([
    plain,
    plain,
    plain,
    `${plain} &gt; 1`,
    `a&#x20;${plain}`,
    `say &quot;${plain}&quot;`,
    `it's ${plain}`,
    `${plain}&amp;x=1`,
    `line1&#xA;${plain}`,
    `tab&#9;${plain}`,
    `&lt;${plain}&gt;`,
    `${plain} > 2`,
    `caf\u00e9 ${plain}`,
    `raw\nnewline ${plain}`,
    `say "hi" ${plain}`,
    `one " quote ${plain}`,
    `it's "both" ${plain}`,
    `${plain} ${'long-value-'.repeat(12)}`,
    `\u{1F600} ${plain}`,
    `raw\ttab ${plain}`,
    `  padded ${plain}  `,
    ''
  ])
}

interface Layout {
  eol: string
  indent: string
  /** Attributes of some elements on their own lines. */
  multiLineAttributes: number
  selfClosingSpace: boolean
  oneLineParents: number
}

function textOf(dice: Dice, node: Node, depth: number, layout: Layout, parentOneLine: boolean): string {
  const pad = layout.indent.repeat(depth)
  switch (node.kind) {
    case 'comment':
      return `<!--${dice.pick([' a comment ', ' <add key="old" /> ', 'x', ' multi\n line '])}-->`
    case 'cdata':
      return `<![CDATA[${dice.pick(['a < b && c', ' x ', ']]'.slice(0, 1) + 'y'])}]]>`
    case 'pi':
      return `<?${dice.pick(['my-pi data', 'target', 'xml-stylesheet href="a.xsl"'])}?>`
    case 'text':
      return node.text ?? ''
    default:
      break
  }
  const attributes = node.attributes ?? []
  const multi = attributes.length > 1 && dice.chance(layout.multiLineAttributes)
  let start = `<${node.name}`
  attributes.forEach(([name, value], i) => {
    const quote =
      value.includes('"') && !value.includes("'")
        ? "'"
        : value.includes("'")
          ? '"'
          : dice.chance(0.1)
            ? "'"
            : '"'
    const safe = quote === '"' ? value.replace(/"/g, '&quot;') : value.replace(/'/g, '&apos;')
    const lead =
      multi && i > 0
        ? `${layout.eol}${pad}${dice.pick([layout.indent, '      ', '\t'])}`
        : dice.chance(0.05)
          ? '  '
          : ' '
    start += `${lead}${name}=${quote}${safe}${quote}`
  })
  const children = node.children ?? []
  if (children.length === 0) {
    const form = dice.int(0, 9)
    if (form < 6) return `${start}${layout.selfClosingSpace ? ' ' : ''}/>`
    if (form < 8) return `${start}></${node.name}>`
    return `${start}>${dice.pick([' ', layout.eol + pad, '\t'])}</${node.name}>`
  }
  const oneLine = parentOneLine || dice.chance(layout.oneLineParents)
  if (oneLine) {
    return `${start}>${children.map((c) => textOf(dice, c, depth + 1, layout, true)).join('')}</${node.name}>`
  }
  const inner = children
    .map((c) => `${layout.eol}${pad}${layout.indent}${textOf(dice, c, depth + 1, layout, false)}`)
    .join('')
  return `${start}>${inner}${layout.eol}${pad}</${node.name}${dice.chance(0.05) ? ' ' : ''}>`
}

interface Source {
  tree: Node
  /** key attribute values of <add> under appSettings, for Match/Condition locators. */
  keys: string[]
  /** The default namespace of the source's root, if any. */
  defaultNamespace?: string
}

function sourceTree(dice: Dice): Source {
  const keys: string[] = []
  const extra = (): Node[] => {
    const nodes: Node[] = []
    if (dice.chance(0.2)) nodes.push({ kind: 'comment' })
    if (dice.chance(0.05)) nodes.push({ kind: 'pi' })
    return nodes
  }
  const appSettings = el('appSettings')
  const count = dice.pick([0, 1, 2, 3, 5])
  for (let i = 0; i < count; i++) {
    const key = dice.pick(['Mode', 'Url', 'Flag', 'Timeout', 'Name', 'Secret'])
    const value = attributeValue(dice, `v${i}`)
    keys.push(key)
    appSettings.children?.push(
      ...extra(),
      el('add', [
        ['key', key],
        ['value', value]
      ])
    )
  }
  const sections: Node[] = [appSettings]
  if (dice.chance(0.6)) {
    sections.push(
      el(
        'connectionStrings',
        [],
        [
          el('add', [
            ['name', 'Default'],
            ['connectionString', attributeValue(dice, 'Server=.;Database=app')],
            ['providerName', 'System.Data.SqlClient']
          ])
        ]
      )
    )
  }
  if (dice.chance(0.8)) {
    const web = el(
      'system.web',
      [],
      [
        el(
          'compilation',
          dice.chance(0.5)
            ? [
                ['debug', 'true'],
                ['targetFramework', '4.8']
              ]
            : [['debug', 'true']]
        )
      ]
    )
    if (dice.chance(0.5)) web.children?.push(el('customErrors', [['mode', 'Off']]))
    if (dice.chance(0.3))
      web.children?.push(
        el('httpRuntime', [
          ['targetFramework', '4.8'],
          ['maxRequestLength', '4096']
        ])
      )
    sections.push(web)
  }
  if (dice.chance(0.7)) {
    const handlers = el(
      'handlers',
      [],
      [
        el('add', [
          ['name', 'aspNetCore'],
          ['path', '*'],
          ['verb', '*'],
          ['modules', 'AspNetCoreModuleV2']
        ])
      ]
    )
    const aspNetCore = el('aspNetCore', [
      ['processPath', 'dotnet'],
      ['arguments', '.\\App.dll'],
      ['stdoutLogEnabled', 'false']
    ])
    if (dice.chance(0.5)) {
      aspNetCore.children = [
        el(
          'environmentVariables',
          [],
          [
            el('environmentVariable', [
              ['name', 'ASPNETCORE_ENVIRONMENT'],
              ['value', 'Staging']
            ])
          ]
        )
      ]
    }
    const server = el('system.webServer', [], [handlers, aspNetCore])
    if (dice.chance(0.3)) server.children?.push(el('rewrite', [], [el('rules')]))
    sections.push(server)
  }
  if (dice.chance(0.3)) {
    const binding = el(
      'assemblyBinding',
      [['xmlns', 'urn:schemas-microsoft-com:asm.v1']],
      [
        el(
          'dependentAssembly',
          [],
          [
            el('assemblyIdentity', [
              ['name', 'Newtonsoft.Json'],
              ['publicKeyToken', '30ad4fe6b2a6aeed']
            ]),
            el('bindingRedirect', [
              ['oldVersion', '0.0.0.0-13.0.0.0'],
              ['newVersion', '13.0.0.0']
            ])
          ]
        )
      ]
    )
    sections.push(el('runtime', [], [binding]))
  }
  if (dice.chance(0.1))
    sections.push(
      el(
        'x:custom',
        [
          ['xmlns:x', 'urn:custom'],
          ['x:flag', 'on']
        ],
        [el('x:item', [['id', '1']])]
      )
    )
  if (dice.chance(0.2))
    sections.push(el('location', [['path', 'admin']], [el('system.web', [], [el('authorization')])]))
  if (dice.chance(0.15)) {
    sections.push(
      el(
        'description',
        [],
        [
          {
            kind: dice.pick(['cdata', 'text'] as const),
            text: dice.pick(['a &gt; b', 'x &#x20; y', '"quoted" &amp; \'single\'', '  '])
          }
        ]
      )
    )
  }
  const root = el(
    'configuration',
    [],
    sections.flatMap((s) => [...extra(), s])
  )
  if (dice.chance(0.08)) root.children = []
  // The classic .NET 2.0 web.config: a default namespace on the root, which XPath locators must then name.
  if (dice.chance(0.08)) root.attributes = [['xmlns', 'http://schemas.microsoft.com/.NetConfiguration/v2.0']]
  if (dice.chance(0.05)) root.attributes = [...(root.attributes ?? []), ['version', '1']]
  const defaultNamespace = root.attributes?.find(([n]) => n === 'xmlns')?.[1]
  return defaultNamespace ? { tree: root, keys, defaultNamespace } : { tree: root, keys }
}

interface Operation {
  /** Path of element names from configuration's child down to the transform element. */
  path: string[]
  attributes: Array<[string, string]>
  children?: Node[]
  /** A default namespace declared on the first element of the path. */
  ns?: string
  /** The namespace of the x: prefix, declared on the first element of the path. */
  xmlns?: string
}

/** One transform element (with its ancestors' names) per operation, over the source's shape. */
function operations(dice: Dice, source: Source, prefix: string): Operation[] {
  const t = (name: string): [string, string] => [`${prefix}:Transform`, name]
  const l = (name: string): [string, string] => [`${prefix}:Locator`, name]
  const key = (): string =>
    source.keys.length && dice.chance(0.8) ? dice.pick(source.keys) : dice.pick(['Missing', 'Other'])
  const newAdd = (): Node =>
    el('add', [
      ['key', dice.pick(['New', 'Extra'])],
      ['value', attributeValue(dice, 'n')]
    ])
  const ops: Array<() => Operation> = [
    () => ({
      path: ['appSettings'],
      attributes: [t('InsertIfMissing')],
      children: [
        el('add', [
          ['key', 'Nested'],
          ['value', '1']
        ]),
        { kind: 'comment' },
        el('clear')
      ]
    }),
    () => ({
      path: ['system.web', 'pages', 'namespaces'],
      attributes: [t('Insert')],
      children: [el('add', [['namespace', 'System.Linq']])]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [
        ['key', `${'VeryLongKeyName'.repeat(6)}`],
        ['value', `${'long value '.repeat(10)}`],
        ['extra', 'x'],
        t('Insert')
      ]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [['key', key()], ['value', attributeValue(dice, 's')], t('SetAttributes'), l('Match(key)')]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [
        ['key', key()],
        ['value', attributeValue(dice, 's')],
        ['extra', 'x'],
        t(
          dice.pick([
            'SetAttributes(value)',
            'SetAttributes(extra)',
            'SetAttributes(value,extra)',
            'SetAttributes(nope)'
          ])
        ),
        l('Match(key)')
      ]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [
        ['key', key()],
        ['value', attributeValue(dice, 'r')],
        t('Replace'),
        l(`Condition(@key='${key()}' or @key='${key()}')`)
      ]
    }),
    () => ({ path: ['appSettings', 'add'], attributes: [['key', key()], t('Remove'), l('Match(key)')] }),
    () => ({ path: ['appSettings', 'add'], attributes: [t('RemoveAll')] }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [['key', dice.pick(['New', 'Extra'])], ['value', attributeValue(dice, 'i')], t('Insert')]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [
        ['key', 'Before'],
        ['value', 'b'],
        t(`InsertBefore(/configuration/appSettings/add[@key='${key()}'])`)
      ]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [
        ['key', 'After'],
        ['value', 'a'],
        t(`InsertAfter(/configuration/appSettings/add[@key='${key()}'])`)
      ]
    }),
    () => ({
      path: ['system.web', 'compilation'],
      attributes: [
        t(
          dice.pick([
            'RemoveAttributes(debug)',
            'RemoveAttributes(targetFramework)',
            'RemoveAttributes(debug,targetFramework)',
            'RemoveAttributes(nope)'
          ])
        )
      ]
    }),
    () => ({
      path: ['system.web', 'compilation'],
      attributes: [['batch', 'false'], ['optimizeCompilations', 'true'], t('SetAttributes')]
    }),
    () => ({
      path: ['system.web', 'customErrors'],
      attributes: [['mode', 'RemoteOnly'], ['defaultRedirect', 'Error.htm'], t('Replace')],
      children: [
        el('error', [
          ['statusCode', '500'],
          ['redirect', 'InternalError.htm']
        ])
      ]
    }),
    () => ({ path: ['system.web', 'customErrors'], attributes: [['mode', 'On'], t('InsertIfMissing')] }),
    () => ({
      path: ['system.web', 'x'],
      attributes: [t('SetAttributes'), l('XPath(/configuration/system.web/compilation)'), ['debug', 'false']]
    }),
    () => ({
      path: ['system.webServer', 'aspNetCore'],
      attributes: [
        ['stdoutLogEnabled', 'true'],
        ['stdoutLogFile', '.\\logs\\stdout'],
        ['hostingModel', 'inprocess'],
        t('SetAttributes')
      ]
    }),
    () => ({
      path: ['system.webServer', 'aspNetCore', 'environmentVariables'],
      attributes: [t('Insert')],
      children: [
        el('environmentVariable', [
          ['name', 'A'],
          ['value', attributeValue(dice, 'e')]
        ])
      ]
    }),
    () => ({
      path: ['system.webServer', 'aspNetCore', 'environmentVariables', 'environmentVariable'],
      attributes: [
        ['name', 'ASPNETCORE_ENVIRONMENT'],
        ['value', 'Production'],
        t('SetAttributes'),
        l('Match(name)')
      ]
    }),
    () => ({
      path: ['system.webServer', 'rewrite', 'rules', 'rule'],
      attributes: [['name', 'https'], ['stopProcessing', 'true'], t('Insert')],
      children: [
        el('match', [['url', '(.*)']]),
        el('action', [
          ['type', 'Redirect'],
          ['url', 'https://{HTTP_HOST}/{R:1}']
        ])
      ]
    }),
    () => ({
      path: ['connectionStrings', 'add'],
      attributes: [
        ['name', 'Default'],
        ['connectionString', attributeValue(dice, 'Server=prod')],
        t('SetAttributes(connectionString)'),
        l('Match(name)')
      ]
    }),
    () => ({ path: ['connectionStrings'], attributes: [t('Remove')] }),
    () => ({
      path: ['system.webServer'],
      attributes: [t('Replace')],
      children: [
        el('handlers'),
        el('aspNetCore', [
          ['processPath', 'dotnet'],
          ['arguments', 'App.dll']
        ])
      ]
    }),
    () => ({ path: ['appSettings'], attributes: [t('CommentOut')] }),
    () => ({
      path: ['newSection'],
      attributes: [['enabled', 'true'], t('Insert')],
      children: [el('item', [['id', '1']])]
    }),
    () => ({ path: ['missing', 'add'], attributes: [['key', 'k'], t('Insert')] }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [['key', 'k'], t(dice.pick(['Frobnicate', 'insert', 'SetAttribute']))]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [['key', 'k'], t('Insert'), l(dice.pick(['Find(key)', 'Match()']))]
    }),
    () => ({
      path: ['location', 'system.web', 'authorization'],
      attributes: [t('Insert')].concat([]),
      children: [el('deny', [['users', '?']])]
    }),
    () => ({
      path: ['appSettings'],
      attributes: [t(dice.pick(['Insert', 'InsertIfMissing']))],
      children: [newAdd()]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [
        ['key', key()],
        ['value', 'w'],
        t('SetAttributes'),
        l('Match(key)'),
        [`${prefix}:SupressWarnings`, dice.pick(['true', 'false'])]
      ]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [
        t('SetAttributes(value)'),
        l(`XPath(add[@key='${key()}'])`),
        ['value', attributeValue(dice, 'x')]
      ]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [['key', key()], t('RemoveAttributes(value)'), l('Match(key)')]
    }),
    () => ({
      path: ['system.web', 'compilation', 'assemblies'],
      attributes: [t('Insert')],
      children: [el('add', [['assembly', '*']])]
    }),
    () => ({
      path: ['system.web', 'customErrors', 'error'],
      attributes: [['statusCode', '404'], ['redirect', attributeValue(dice, 'NotFound.htm')], t('Insert')]
    }),
    () => ({
      path: ['system.web', 'httpRuntime'],
      attributes: [
        ['enableVersionHeader', 'false'],
        ['maxRequestLength', '1'],
        t('SetAttributes(enableVersionHeader,maxRequestLength)')
      ]
    }),
    () => ({
      path: ['system.webServer', 'handlers', 'add'],
      attributes: [['name', 'aspNetCore'], t('Remove'), l('Match(name)')]
    }),
    () => ({
      path: ['appSettings', 'add'],
      attributes: [['key', 'Text'], t('Insert')],
      children: [{ kind: dice.pick(['text', 'cdata', 'comment'] as const), text: 'a &lt; b' }]
    }),
    () => ({
      path: ['runtime', 'assemblyBinding', 'dependentAssembly'],
      ns: 'urn:schemas-microsoft-com:asm.v1',
      attributes: [t('Insert')],
      children: [
        el('assemblyIdentity', [
          ['name', 'System.Memory'],
          ['publicKeyToken', 'cc7b13ffcd2ddd51']
        ]),
        el('bindingRedirect', [
          ['oldVersion', '0.0.0.0-4.0.1.2'],
          ['newVersion', '4.0.1.2']
        ])
      ]
    }),
    () => ({
      path: ['runtime', 'assemblyBinding', 'dependentAssembly', 'bindingRedirect'],
      ns: dice.pick(['urn:schemas-microsoft-com:asm.v1', undefined]),
      attributes: [['newVersion', '13.0.1.0'], t('SetAttributes')]
    }),
    () => ({ path: ['runtime'], attributes: [t('Remove')] }),
    () => ({
      path: ['x:custom'],
      xmlns: 'urn:custom',
      attributes: [
        ['x:flag', 'off'],
        t(dice.pick(['SetAttributes', 'SetAttributes(x:flag)', 'RemoveAttributes(x:flag)']))
      ]
    }),
    () => ({ path: ['x:custom', 'x:item'], xmlns: 'urn:custom', attributes: [['id', '2'], t('Insert')] }),
    () => ({ path: ['configuration'].slice(1), attributes: [] }),
    () => ({
      path: ['description'],
      attributes: [t('Replace')],
      children: [{ kind: 'text', text: dice.pick(['new &amp; text', 'a &gt; b', '  ']) }]
    })
  ]
  const count = dice.int(1, 4)
  return Array.from({ length: count }, () => dice.pick(ops)())
}

function transformText(dice: Dice, source: Source, eol: string): string {
  const prefix = dice.pick(['xdt', 'xdt', 'xdt', 't'])
  const indent = dice.pick(['  ', '    ', '\t'])
  const ops = operations(dice, source, prefix)
  const body = ops.map((op) => {
    const names = op.path
    let text = ''
    if (names.length === 0) return ''
    const declare = (depth: number): string =>
      depth > 1 && op.ns && names[depth - 1] === 'assemblyBinding'
        ? ` xmlns="${op.ns}"`
        : depth === 1 && op.xmlns
          ? ` xmlns:x="${op.xmlns}"`
          : ''
    names.slice(0, -1).forEach((name, depth) => {
      const before = dice.chance(0.05) ? '<!-- \u00e9\u{1F600} -->' : ''
      text += `${indent.repeat(depth + 1)}${before}<${name}${declare(depth + 1)}>${eol}`
    })
    const depth = names.length
    const pad = indent.repeat(depth)
    const multiLine = dice.chance(0.15)
    const attrs = op.attributes
      .map(([n, v]) => `${multiLine ? `${eol}${pad}${indent}` : ' '}${n}="${v.replace(/"/g, '&quot;')}"`)
      .join('')
    if (dice.chance(0.1))
      text += `${pad}<!-- ${op.attributes.find(([n]) => n.endsWith(':Transform'))?.[1] ?? ''} -->${eol}`
    const last = names[names.length - 1]
    const lastDeclare = declare(depth)
    if (op.children?.length) {
      const layout: Layout = {
        eol,
        indent,
        multiLineAttributes: 0,
        selfClosingSpace: false,
        oneLineParents: 0
      }
      const inner = op.children
        .map((c) => `${eol}${pad}${indent}${textOf(dice, c, depth + 1, layout, false)}`)
        .join('')
      text += `${pad}<${last}${lastDeclare}${attrs}>${inner}${eol}${pad}</${last}>${eol}`
    } else {
      text += `${pad}<${last}${lastDeclare}${attrs}${dice.chance(0.5) ? ' ' : ''}/>${eol}`
    }
    for (let d = names.length - 2; d >= 0; d--) text += `${indent.repeat(d + 1)}</${names[d]}>${eol}`
    return text
  })
  const decl = dice.chance(0.7) ? `<?xml version="1.0" encoding="utf-8"?>${eol}` : ''
  const defaultNamespace =
    source.defaultNamespace && dice.chance(0.7) ? ` xmlns="${source.defaultNamespace}"` : ''
  const rootTransform = dice.chance(0.05)
    ? dice.pick([
        ` ${prefix}:Transform="SetAttributes" version="2"`,
        ` ${prefix}:Transform="RemoveAttributes(version)"`
      ])
    : ''
  return `${decl}<configuration${defaultNamespace} xmlns:${prefix}="http://schemas.microsoft.com/XML-Document-Transform"${rootTransform}>${eol}${body.join('')}</configuration>${eol}`
}

interface FuzzCase {
  source: Buffer
  transform: Buffer
}

function generate(seed: number): FuzzCase {
  const dice = new Dice(randomSource(seed))
  const layout: Layout = {
    eol: dice.pick(['\n', '\r\n']),
    indent: dice.pick(['  ', '    ', '\t']),
    multiLineAttributes: dice.pick([0, 0.3, 1]),
    selfClosingSpace: dice.chance(0.6),
    oneLineParents: dice.pick([0, 0, 0.3])
  }
  const source = sourceTree(dice)
  const declaration = dice.pick([
    '',
    '<?xml version="1.0"?>',
    '<?xml version="1.0" encoding="utf-8"?>',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    "<?xml version='1.0' encoding='utf-8'?>"
  ])
  const prolog = declaration ? `${declaration}${layout.eol}` : ''
  const leadingComment = dice.chance(0.1) ? `<!-- web.config -->${layout.eol}` : ''
  const trailing = dice.pick(['', layout.eol, layout.eol + layout.eol])
  let text = `${prolog}${leadingComment}${textOf(dice, source.tree, 0, layout, false)}${trailing}`
  const bom = dice.chance(0.3)
  let sourceBytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf8')
  if (dice.chance(0.04)) {
    text = text.replace(/encoding="utf-8"/, 'encoding="utf-16"')
    if (!text.includes('utf-16'))
      text = `<?xml version="1.0" encoding="utf-16"?>${layout.eol}${text.replace(/^<\?xml[^>]*\?>\r?\n?/, '')}`
    sourceBytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  }
  const transformEol = dice.chance(0.7) ? layout.eol : dice.pick(['\n', '\r\n'])
  return { source: sourceBytes, transform: Buffer.from(transformText(dice, source, transformEol), 'utf8') }
}

// --- comparing ------------------------------------------------------------------------------------------------------

/** `warning source.config:4:6` from the engine's log lines and from our diagnostics. */
function engineDiagnostics(log: string): string[] {
  return log
    .split('\n')
    .map(
      (line) =>
        /^(\S+) \((\d+), (\d+)\) (warning|error): /.exec(line) ?? /^(?:(\S+) )?(warning|error): /.exec(line)
    )
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => (m.length === 5 ? `${m[4]} ${m[1]}:${m[2]}:${m[3]}` : (m[2] as string)))
}

function firstDifference(expected: string, actual: string): string {
  let i = 0
  while (i < expected.length && expected[i] === actual[i]) i++
  const lineStart = Math.max(expected.lastIndexOf('\n', i - 1), 0)
  const from = Math.max(lineStart - 60, 0)
  const show = (text: string): string => JSON.stringify(text.slice(from, i + 80))
  return `at char ${i}:\n    engine: ${show(expected)}\n    ours:   ${show(actual)}`
}

function compare(dir: string): string[] {
  const log = fs.readFileSync(path.join(dir, 'log.txt'), 'utf8')
  const crash = /^crash: (.*)$/m.exec(log)
  const theirs = engineDiagnostics(log)
  const engineOk = /^exit: 0$/m.test(log)
  const result = applyXdtTransformFiles('source.config', ['transform.config'], { cwd: dir })
  // Unpositioned problems (the engine's exceptions) compare by severity only; positioned ones by file:line:col.
  const ours = result.diagnostics.map((d) =>
    d.line ? `${d.severity} ${path.basename(d.file)}:${d.line}:${d.column}` : d.severity
  )
  const problems: string[] = []
  if (crash) {
    // The engine throws (a transform file it cannot load, or its formatter failing to save): we must refuse too,
    // unless it is the formatter's known NullReferenceException (docs/xdt-formatting.md), where we write.
    if (result.ok && !/NullReference/.test(crash[1] ?? ''))
      problems.push(`the engine crashed (${crash[1]}) but we succeeded`)
    return problems
  }
  if (ours.join('|') !== theirs.join('|')) {
    problems.push(
      `diagnostics: engine [${theirs.join(', ')}], ours [${ours.join(', ')}]\n    ${result.diagnostics.map((d) => d.message).join('\n    ')}`
    )
  }
  if (engineOk !== result.ok)
    problems.push(`engine ${engineOk ? 'succeeded' : 'failed'}, ours ${result.ok ? 'succeeded' : 'failed'}`)
  if (engineOk && result.ok && result.document) {
    const expected = fs.readFileSync(path.join(dir, 'result.config'))
    const actual = encodeXmlDocument(result.document)
    if (!expected.equals(actual)) {
      const utf16 = expected[0] === 0xff && expected[1] === 0xfe
      const decode = (b: Buffer): string => (utf16 ? b.subarray(2).toString('utf16le') : b.toString('utf8'))
      problems.push(`bytes ${firstDifference(decode(expected), decode(actual))}`)
    }
  }
  return problems
}

function main(): number {
  const args = process.argv.slice(2)
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const cases = Number(option('--cases') ?? 300)
  const seed = Number(option('--seed') ?? 1)
  const only = option('--only')
  const keep = option('--keep')
  const engine = findEngine()
  if (!engine) {
    console.error('xdt-fuzz: no .NET SDK with Microsoft.Web.XmlTransform.dll found (`dotnet --list-sdks`).')
    return 2
  }
  const oracle = buildOracle(engine)
  const work = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'xdt-fuzz-'))
  fs.mkdirSync(work, { recursive: true })
  const numbers = only !== undefined ? [Number(only)] : Array.from({ length: cases }, (_, i) => i)
  const dirs = numbers.map((i) => {
    const dir = path.join(work, `case-${i}`)
    fs.mkdirSync(dir, { recursive: true })
    // Each case's own seed: `--only i` reproduces case i of a run.
    const generated = generate(seed * 1_000_003 + i)
    fs.writeFileSync(path.join(dir, 'source.config'), generated.source)
    fs.writeFileSync(path.join(dir, 'transform.config'), generated.transform)
    for (const stale of ['result.config', 'log.txt']) fs.rmSync(path.join(dir, stale), { force: true })
    return dir
  })
  const list = path.join(work, 'cases.txt')
  fs.writeFileSync(list, dirs.join('\n'))
  const run = spawnSync('dotnet', [oracle, '--batch', list], { encoding: 'utf8' })
  if (run.status !== 0) {
    console.error(`xdt-oracle --batch failed (exit ${run.status}): ${run.stderr}`)
    return 2
  }
  let differing = 0
  numbers.forEach((n, index) => {
    const dir = dirs[index] as string
    const problems = compare(dir)
    if (problems.length === 0) return
    differing++
    console.log(`DIFF case ${n} (${dir}):\n  ${problems.join('\n  ')}`)
  })
  console.log(`${numbers.length} cases (seed ${seed}): ${differing} differ`)
  if (!keep) fs.rmSync(work, { recursive: true, force: true })
  return differing ? 1 : 0
}

process.exitCode = main()
