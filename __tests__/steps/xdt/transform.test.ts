import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseXml } from '../../../src/core/xml/parse-xml.js'
import {
  applyXdtTransform,
  formatXdtDiagnostic,
  XDT_NAMESPACE,
  type XdtResult
} from '../../../src/steps/xdt/transform.js'

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/xdt')
const XDT = `xmlns:xdt="${XDT_NAMESPACE}"`

function transform(source: string, transformText: string): XdtResult {
  return applyXdtTransform(parseXml(source, 'web.config'), parseXml(transformText, 'web.Release.config'), {
    sourceFile: 'web.config',
    transformFile: 'web.Release.config'
  })
}

function lines(result: XdtResult): string[] {
  return result.diagnostics.map(formatXdtDiagnostic)
}

// Each fixture folder: source.config + transform.config → expected.config, and diagnostics.txt when the run warns
// or fails.
// Every verb and every locator has one (windows-facts §2.5).
const fixtureCases = fs
  .readdirSync(FIXTURES)
  .filter((name) => fs.existsSync(path.join(FIXTURES, name, 'expected.config')))
  .sort()

describe('XDT fixtures: every verb and locator against an expected document (windows-facts §2.5)', () => {
  it('covers every verb and every locator', () => {
    const transforms = fixtureCases.map((name) =>
      fs.readFileSync(path.join(FIXTURES, name, 'transform.config'), 'utf8')
    )
    const all = transforms.join('\n')
    for (const verb of [
      'Replace',
      'Insert',
      'InsertIfMissing',
      'InsertBefore(',
      'InsertAfter(',
      'Remove',
      'RemoveAll',
      'SetAttributes"',
      'SetAttributes(',
      'RemoveAttributes(',
      'CommentOut',
      'SetTokenizedAttributes('
    ]) {
      expect(all, verb).toContain(`Transform="${verb}`)
    }
    for (const locator of ['Match(', 'Condition(', 'XPath('])
      expect(all, locator).toContain(`Locator="${locator}`)
  })

  it.each(fixtureCases)('%s', (name) => {
    const read = (file: string): string => fs.readFileSync(path.join(FIXTURES, name, file), 'utf8')
    const result = applyXdtTransform(parseXml(read('source.config')), parseXml(read('transform.config')), {
      sourceFile: 'source.config',
      transformFile: 'transform.config'
    })
    const expectedDiagnostics = fs.existsSync(path.join(FIXTURES, name, 'diagnostics.txt'))
      ? read('diagnostics.txt').trimEnd().split('\n')
      : []
    expect(lines(result)).toEqual(expectedDiagnostics)
    // A fixture with errors checks where they are reported; its result is never written (expected.config is what
    // the engine saves anyway, kept for the oracle).
    const failed = expectedDiagnostics.some((line) => line.startsWith('error:'))
    expect(result.ok).toBe(!failed)
    if (!failed) expect(result.document.toString()).toBe(read('expected.config'))
  })
})

// Expected documents below were produced by Microsoft.Web.XmlTransform itself (the SDK's copy), see
// docs/xdt-formatting.md: quirks included.
describe('XDT formatting (as Microsoft.Web.XmlTransform saves)', () => {
  it('keeps CRLF, tabs, comments and attribute whitespace; values are rewritten in double quotes', () => {
    const source =
      '\uFEFF<?xml version="1.0"?>\r\n<configuration>\r\n\t<!-- c -->\r\n\t<appSettings>\r\n\t\t<add  key = \'a\'\r\n\t\t\tvalue="1"/>\r\n\t</appSettings>\r\n</configuration>'
    const result = transform(
      source,
      `<configuration ${XDT}><appSettings><add key="a" value="2" xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key)"/></appSettings></configuration>`
    )
    expect(result.document.toString()).toBe(
      source.replace('value="1"', 'value="2"').replace(`key = 'a'`, 'key="a"')
    )
  })

  it('indents an inserted element like its new siblings (the engine also indents the end of <c>, a blank line)', () => {
    const result = transform(
      '<a>\r\n    <b />\r\n</a>',
      `<a ${XDT}>\n  <c xdt:Transform="Insert">\n    <d />\n  </c>\n</a>`
    )
    expect(result.document.toString()).toBe(
      '<a>\r\n    <b />\r\n    <c>\r\n    \r\n    <d/>\r\n    </c>\r\n</a>'
    )
  })

  it('opens a self-closing parent to insert into it, keeping the space before its `/>` as `<b >`', () => {
    const result = transform('<a>\n  <b />\n</a>', `<a ${XDT}><b><c xdt:Transform="Insert" /></b></a>`)
    expect(result.document.toString()).toBe('<a>\n  <b >\n  \n  <c/>\n  </b>\n</a>')
    // The blank line comes from the root having no line before it (its indent is empty); with a declaration
    // line above the root, one step of indentation is the two spaces.
    const tidy = transform(
      '<?xml version="1.0"?>\n<a>\n  <b/>\n  <e/>\n</a>',
      `<a ${XDT}><b><c xdt:Transform="Insert" /></b></a>`
    )
    expect(tidy.document.toString()).toBe('<?xml version="1.0"?>\n<a>\n  <b>\n    <c/>\n  </b>\n  <e/>\n</a>')
  })

  it('removes a whole line with the element, leaving no blank line', () => {
    const result = transform('<a>\n  <b />\n  <c />\n</a>', `<a ${XDT}><b xdt:Transform="Remove" /></a>`)
    expect(result.document.toString()).toBe('<a>\n  <c />\n</a>')
  })

  it('removing elements between three blanks keeps one line break (where the engine itself throws)', () => {
    // Microsoft.Web.XmlTransform fails to save this one (NullReferenceException in XmlFormatter.HandleWhiteSpace):
    // the blank it just dropped is compared again. We compare with the blank still there.
    const result = transform(
      '<?xml version="1.0"?>\n<a>\n  <b>\n    <c/>\n    <d/> <e/>\n  </b>\n</a>',
      `<a ${XDT}><b><x xdt:Transform="RemoveAll" xdt:Locator="XPath(/a/b/*[not(self::c)])" /></b></a>`
    )
    expect(lines(result)).toEqual([])
    expect(result.document.toString()).toBe('<?xml version="1.0"?>\n<a>\n  <b>\n    <c/>\n  </b>\n</a>')
  })

  it('drops the xdt namespace declaration and xdt:* attributes from inserted elements, whatever the prefix', () => {
    const result = transform(
      '<a />',
      `<a xmlns:t="${XDT_NAMESPACE}"><b t:Transform="Insert" t:Locator="Match(x)" t:SupressWarnings="false" x="1" xmlns:t2="${XDT_NAMESPACE}"><c t2:SupressWarnings="false" /></b></a>`
    )
    // A root without whitespace around it: the engine's first indent is empty and one tab is a tab.
    expect(result.document.toString()).toBe('<a >\t<b x="1">\t\t<c/>\t</b></a>')
    expect(result.document.toString()).not.toContain('XML-Document-Transform')
  })
})

describe('XDT namespaces', () => {
  const source =
    '<configuration xmlns="urn:cfg">\n  <appSettings>\n    <add key="a" value="1" />\n  </appSettings>\n</configuration>'

  it('matches elements by namespace: a transform without the source default namespace finds nothing', () => {
    const result = transform(
      source,
      `<configuration ${XDT}><appSettings><add key="a" value="2" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" /></appSettings></configuration>`
    )
    expect(result.document.toString()).toBe(source)
    expect(lines(result)).toEqual([
      "warning: web.Release.config:1:2: No element in the source document matches '/configuration'"
    ])
  })

  it('keeps an element inserted from another namespace in that namespace (xmlns="" as .NET writes it)', () => {
    const result = transform(
      source,
      `<configuration xmlns:c="urn:cfg" ${XDT}><add key="b" xdt:Transform="Insert" xdt:Locator="XPath(/c:configuration/c:appSettings)" /><x:add xmlns:x="urn:other" xdt:Transform="Insert" xdt:Locator="XPath(/c:configuration)" /></configuration>`
    )
    expect(lines(result)).toEqual([])
    expect(result.document.toString()).toBe(
      '<configuration xmlns="urn:cfg">\n  <appSettings>\n    <add key="a" value="1" />\n    <add xmlns="" key="b"/>\n  </appSettings>\n  <x:add xmlns:x="urn:other"/>\n</configuration>'
    )
    // The other way round, a declaration already in scope is dropped.
    const same = transform(
      source,
      `<c:configuration xmlns:c="urn:cfg" ${XDT}><c:appSettings><add xmlns="urn:cfg" key="b" xdt:Transform="Insert" /></c:appSettings></c:configuration>`
    )
    expect(same.document.toString()).toContain('    <add key="b"/>\n')
  })

  it('adds the declaration an inserted element needs from the transform root', () => {
    const result = transform(
      '<a>\n  <b />\n</a>',
      `<a ${XDT} xmlns:p="urn:p"><b><p:c p:v="1" xdt:Transform="Insert" /></b></a>`
    )
    expect(result.document.toString()).toBe('<a>\n  <b >\n  \n  <p:c xmlns:p="urn:p" p:v="1"/>\n  </b>\n</a>')
  })

  it('warns (and applies nothing) when the transform does not declare the XDT namespace', () => {
    const result = transform('<a><b/></a>', '<a><b Transform="Remove" /></a>')
    expect(result.ok).toBe(true)
    expect(result.document.toString()).toBe('<a><b/></a>')
    expect(lines(result)[0]).toMatch(
      /^warning: web\.Release\.config:1:2: The transform does not declare the XDT namespace/
    )
  })
})

// A malformed transform is an error at file:line:col of its attribute (an element: of its name), and fails the run.
const malformed: Array<[string, string, RegExp, number, number]> = [
  [
    'an unknown verb',
    '<b xdt:Transform="Replce" />',
    /Unknown transform 'Replce'\. Known transforms: Replace, Remove/,
    3,
    6
  ],
  ['a verb in the wrong case', '<b xdt:Transform="replace" />', /did you mean 'Replace'/, 3, 6],
  [
    'a locator used as a verb',
    '<b xdt:Transform="Match(x)" />',
    /'Match' is a locator: use xdt:Locator/,
    3,
    6
  ],
  [
    'an unknown locator',
    '<b x="1" xdt:Locator="Mtch(x)" xdt:Transform="Remove" />',
    /Unknown locator 'Mtch'/,
    3,
    12
  ],
  ['a bad value', '<b xdt:Transform="Replace(" />', /xdt:Transform="Replace\(" is not valid/, 3, 6],
  ['an empty value', '<b xdt:Transform="" />', /is not valid/, 3, 6],
  [
    'Match()',
    '<b xdt:Locator="Match()" xdt:Transform="Remove" />',
    /Match needs the names of the attributes/,
    3,
    4
  ],
  ['Match(name,)', '<b name="x" xdt:Locator="Match(name,)" xdt:Transform="Remove" />', /Match needs/, 3, 4],
  [
    'Match on a missing attribute',
    '<b name="x" xdt:Locator="Match(nme)" xdt:Transform="Remove" />',
    /Match\(nme\): <b> has no attribute 'nme' to match on/,
    3,
    4
  ],
  [
    'Condition()',
    '<b xdt:Locator="Condition()" xdt:Transform="Remove" />',
    /Condition requires exactly 1 argument/,
    3,
    4
  ],
  [
    'Condition(a,b)',
    '<b xdt:Locator="Condition(@a,@b)" xdt:Transform="Remove" />',
    /exactly 1 argument/,
    3,
    4
  ],
  [
    'XPath(a,b)',
    '<b xdt:Locator="XPath(/a,/b)" xdt:Transform="Remove" />',
    /XPath requires exactly 1 argument/,
    3,
    4
  ],
  ['a bad XPath', '<b xdt:Locator="XPath(/a/[b])" xdt:Transform="Remove" />', /XPath '\/a\/\[b\]'/, 3, 34],
  [
    'an XPath 2.0 function',
    `<b xdt:Locator="Condition(ends-with(@k, 'x'))" xdt:Transform="Remove" />`,
    /Unknown function 'ends-with\(\)' \(an XPath 2\.0 function/,
    3,
    50
  ],
  [
    'InsertBefore without XPath',
    '<b xdt:Transform="InsertBefore" />',
    /InsertBefore requires an XPath argument/,
    3,
    6
  ],
  ['InsertAfter()', '<b xdt:Transform="InsertAfter()" />', /InsertAfter requires an XPath argument/, 3, 6],
  [
    'InsertAfter(a,b)',
    '<b xdt:Transform="InsertAfter(/a/b,/a/c)" />',
    /Too many arguments to InsertAfter/,
    3,
    6
  ],
  ['a bad InsertBefore XPath', '<b xdt:Transform="InsertBefore(/a/b[)" />', /XPath '\/a\/b\['/, 3, 6],
  [
    'SupressWarnings that is not a boolean',
    '<b xdt:SupressWarnings="maybe" />',
    /must be true or false/,
    3,
    4
  ],
  [
    'xdt:Import (it loads .NET assemblies)',
    '<xdt:Import assembly="Custom.Transforms" namespace="Custom" />',
    /xdt:Import loads custom transforms from a \.NET assembly, which iis-deploy cannot run/,
    3,
    4
  ],
  [
    'an undeclared prefix',
    '<b t:Transform="Remove" />',
    /The prefix 't' of 't:Transform' is not declared/,
    3,
    6
  ]
]

describe('XDT malformed transforms', () => {
  const source = '<a>\n  <b x="1" />\n</a>'

  it.each(malformed)('%s is an error naming file:line:col', (_name, element, message, line, column) => {
    const result = transform(
      source,
      `<?xml version="1.0"?>\n<a ${XDT}>\n  ${element}\n  <b xdt:Transform="Remove" />\n</a>`
    )
    expect(result.ok).toBe(false)
    const errors = result.diagnostics.filter((d) => d.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ file: 'web.Release.config', line, column })
    expect(errors[0]?.message).toMatch(message)
    // Like the .NET engine, the run goes on after the error (so every problem is reported at once); the failed
    // result is never written (apply-files.test.ts).
  })

  it('forgetting xmlns:xdt is an error, not a silent no-op', () => {
    const result = transform('<a><b/></a>', '<a>\n  <b xdt:Transform="Remove" />\n</a>')
    expect(lines(result)).toEqual([
      `error: web.Release.config:2:6: The prefix 'xdt' of 'xdt:Transform' is not declared. Add xmlns:xdt="${XDT_NAMESPACE}" to the root element.`
    ])
  })

  it('reports every problem of the file, as often as the engine does', () => {
    const result = transform(
      '<a><b/></a>',
      `<a ${XDT}>\n<b xdt:Transform="Nope" />\n<b xdt:Locator="Match()" xdt:Transform="Remove"><c xdt:Transform="Remove" /></b>\n</a>`
    )
    expect(lines(result)).toEqual([
      "error: web.Release.config:2:4: Unknown transform 'Nope'. Known transforms: Replace, Remove, RemoveAll, Insert, InsertIfMissing, InsertBefore, InsertAfter, SetAttributes, SetTokenizedAttributes, RemoveAttributes, CommentOut.",
      // As the engine: at the element, and again for the child whose path needs that locator.
      'error: web.Release.config:3:2: Match needs the names of the attributes to match, e.g. Match(name) or Match(name,path).',
      'error: web.Release.config:3:2: Match needs the names of the attributes to match, e.g. Match(name) or Match(name,path).'
    ])
  })
})

describe('XDT warnings (the .NET engine logs these and carries on)', () => {
  const source =
    '<configuration>\n  <appSettings>\n    <add key="a" value="1" />\n    <add key="b" value="2" />\n  </appSettings>\n</configuration>'

  it.each([
    [
      'no element matches: the line of the highest transform element that matched nothing',
      `<configuration ${XDT}>\n  <system.web>\n    <compilation xdt:Transform="RemoveAttributes(debug)" />\n  </system.web>\n</configuration>`,
      [
        "warning: web.Release.config:2:4: No element in the source document matches '/configuration/system.web'"
      ]
    ],
    [
      'a Match that finds nothing',
      `<configuration ${XDT}>\n  <appSettings>\n    <add key="zz" value="x" xdt:Transform="Replace" xdt:Locator="Match(key)" />\n  </appSettings>\n</configuration>`,
      [
        "warning: web.Release.config:3:6: No element in the source document matches '/configuration/appSettings/add[@key='zz']'"
      ]
    ],
    [
      'a node removed by an earlier transform of the same file',
      `<configuration ${XDT}>\n  <appSettings xdt:Transform="Remove" />\n  <appSettings>\n    <add xdt:Transform="RemoveAll" />\n  </appSettings>\n</configuration>`,
      [
        "warning: web.Release.config:3:4: '/configuration/appSettings' did not find a match, because matching nodes in the source document were modified or removed by a previous transform"
      ]
    ],
    [
      'arguments to a verb that takes none',
      `<configuration ${XDT}>\n  <appSettings xdt:Transform="Replace(x)" />\n</configuration>`,
      ['warning: web.Release.config:2:16: Replace does not expect arguments; ignoring.']
    ],
    [
      'SetAttributes naming an attribute the transform element lacks',
      `<configuration ${XDT}>\n  <appSettings>\n    <add key="a" xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key)" />\n  </appSettings>\n</configuration>`,
      [
        "warning: web.Release.config:3:18: Argument 'value' did not match any attributes.",
        'warning: web.Release.config:3:18: No attributes found to set.'
      ]
    ],
    [
      'RemoveAttributes naming an attribute the target lacks',
      `<configuration ${XDT}>\n  <appSettings>\n    <add xdt:Transform="RemoveAttributes(debug)" />\n  </appSettings>\n</configuration>`,
      [
        // Like the engine: both once per target, the second at the target in the source.
        "warning: web.Release.config:3:10: Argument 'debug' did not match any attributes.",
        'warning: web.config:3:6: No attributes found to remove.',
        "warning: web.Release.config:3:10: Argument 'debug' did not match any attributes.",
        'warning: web.config:4:6: No attributes found to remove.'
      ]
    ],
    [
      'an unknown xdt attribute (a typo is not silent)',
      `<configuration ${XDT}>\n  <appSettings xdt:Transfrom="Remove" xdt:SuppressWarnings="true" />\n</configuration>`,
      [
        "warning: web.Release.config:2:16: Unknown attribute 'xdt:Transfrom': XDT knows Transform, Locator and SupressWarnings; it is ignored.",
        "warning: web.Release.config:2:39: Unknown attribute 'xdt:SuppressWarnings' (XDT spells it SupressWarnings, with one p): XDT knows Transform, Locator and SupressWarnings; it is ignored."
      ]
    ],
    [
      'an unknown xdt element',
      `<configuration ${XDT}>\n  <xdt:Something />\n</configuration>`,
      ["warning: web.Release.config:2:4: Unknown tag 'xdt:Something'."]
    ],
    [
      'xdt:SupressWarnings="true" silences the element it is on',
      `<configuration ${XDT}>\n  <system.web xdt:Transform="Remove" xdt:SupressWarnings="true" />\n</configuration>`,
      []
    ]
  ])('%s', (_name, transformText, expected) => {
    const result = transform(source, transformText)
    expect(result.ok).toBe(true)
    expect(lines(result)).toEqual(expected)
  })
})

// A transform that would not leave one well-formed document is an error (nothing gets written by the callers).
const invalidResults: Array<[string, string, RegExp]> = [
  [
    'Insert at the top level (a second root)',
    '<z xdt:Transform="Insert" />',
    /Insert on the top-level element <z> would add a second root element/
  ],
  [
    'InsertIfMissing at the top level',
    '<z xdt:Transform="InsertIfMissing" />',
    /InsertIfMissing on the top-level element <z> would add a second root/
  ],
  [
    'InsertAfter the root',
    '<a><z xdt:Transform="InsertAfter(/a)" /></a>',
    /InsertAfter\(\/a\) would put a second root element next to <a>/
  ],
  ['Remove of the root', '<a xdt:Transform="Remove" />', /Remove would remove the root element <a>/],
  ['RemoveAll of the root', '<a xdt:Transform="RemoveAll" />', /RemoveAll would remove the root element <a>/],
  ['CommentOut of the root', '<a xdt:Transform="CommentOut" />', /Cannot comment out the whole XML document/],
  [
    'CommentOut of an element holding a comment',
    '<a><b xdt:Transform="CommentOut" /></a>',
    /CommentOut cannot comment out <b>: its XML contains '--'/
  ]
]

describe('XDT results that would not be XML', () => {
  it.each(invalidResults)('%s is an error', (_name, body, message) => {
    const source = '<a>\n  <b><!-- inner --></b>\n</a>'
    const result = transform(source, body.replace(/^<(\w+)/, `<$1 ${XDT}`))
    expect(result.ok).toBe(false)
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
      expect.stringMatching(message)
    ])
    expect(result.document.toString()).toBe(source)
  })

  it('Replace of the root is fine: still one root', () => {
    const result = transform(
      '<a><b/></a>',
      `<c ${XDT} xdt:Transform="Replace" xdt:Locator="XPath(/a)"><d/></c>`
    )
    expect(result.ok).toBe(true)
    // The engine itself cannot save this one (its formatter throws inserting whitespace before the new root);
    // ours indents like everywhere else: an empty indent, then one tab.
    expect(result.document.toString()).toBe('<c>\t<d/></c>')
  })
})

describe('XDT runtime errors (the Insert family needs its parent, as in dotnet/xdt)', () => {
  const source =
    '<configuration>\n  <appSettings>\n    <add key="a" value="1" />\n  </appSettings>\n</configuration>'

  it.each([
    [
      'Insert whose parent is missing names the context whose parent matched (XmlElementContext.HasTargetParent)',
      `<configuration ${XDT}>\n  <system.web>\n    <compilation>\n      <assemblies xdt:Transform="Insert" />\n    </compilation>\n  </system.web>\n</configuration>`,
      "error: web.Release.config:3:6: No element in the source document matches '/configuration/system.web/compilation': nowhere to Insert <assemblies>."
    ],
    [
      'InsertBefore whose sibling is missing',
      `<configuration ${XDT}>\n  <appSettings>\n    <add key="x" xdt:Transform="InsertBefore(add[@key='nope'])" />\n  </appSettings>\n</configuration>`,
      "error: web.Release.config:3:18: No element in the source document matches 'add[@key='nope']'."
    ],
    [
      'InsertAfter an attribute',
      `<configuration ${XDT}>\n  <appSettings>\n    <add key="x" xdt:Transform="InsertAfter(add/@key)" />\n  </appSettings>\n</configuration>`,
      "error: web.Release.config:3:18: 'add/@key' does not evaluate to an element."
    ],
    [
      'an XPath locator that selects attributes',
      `<configuration ${XDT}>\n  <x xdt:Transform="Remove" xdt:Locator="XPath(//add/@key)" />\n</configuration>`,
      "error: web.Release.config:2:4: '//add/@key' selects a attribute node: XDT transforms apply to elements."
    ],
    [
      'SetTokenizedAttributes with a token nothing fills',
      `<configuration ${XDT}>\n  <appSettings>\n    <add value="$(nothing)" xdt:Transform="SetTokenizedAttributes" />\n  </appSettings>\n</configuration>`,
      "error: web.Release.config:3:29: SetTokenizedAttributes: no attribute 'nothing' on <add> or on the transform element to fill $(nothing)."
    ]
  ])('%s', (_name, transformText, expected) => {
    const result = transform(source, transformText)
    expect(result.ok).toBe(false)
    expect(lines(result)).toEqual([expected])
  })
})

describe('XDT semantics from dotnet/xdt', () => {
  const source =
    '<configuration>\n  <appSettings>\n    <add key="a" value="1" />\n    <add key="b" value="2" />\n  </appSettings>\n  <appSettings>\n    <add key="c" value="3" />\n  </appSettings>\n</configuration>'

  it('SetAttributes and RemoveAttributes apply to every match, even across several parents', () => {
    const result = transform(
      source,
      `<configuration ${XDT}><appSettings><add v="x" xdt:Transform="SetAttributes(v)" /><add xdt:Transform="RemoveAttributes(value)" /></appSettings></configuration>`
    )
    // An element with one attribute counts as "one attribute per line" for the engine, hence the line break.
    expect(result.document.toString()).toBe(source.replace(/ value="\d"/g, '\n    \n  v="x"'))
  })

  it('Insert goes into the first matching parent only', () => {
    const result = transform(
      source,
      `<configuration ${XDT}><appSettings><add key="d" xdt:Transform="Insert" /></appSettings></configuration>`
    )
    expect(result.document.toString()).toBe(
      source.replace('<add key="b" value="2" />', '<add key="b" value="2" />\n    <add key="d"/>')
    )
  })

  it('RemoveAttributes without arguments removes every attribute (but no namespace declaration)', () => {
    const result = transform(
      '<a xmlns:p="urn:p"><b x="1" p:y="2"/></a>',
      `<a ${XDT}><b xdt:Transform="RemoveAttributes" /></a>`
    )
    expect(result.document.toString()).toBe('<a xmlns:p="urn:p"><b/></a>')
  })

  it('a relative XPath locator is appended to the element own path; its children build on it', () => {
    const result = transform(
      source,
      `<configuration ${XDT}><appSettings xdt:Locator="XPath(self::node()[add/@key='c'])"><add value="30" xdt:Transform="SetAttributes" /></appSettings></configuration>`
    )
    expect(result.document.toString()).toBe(source.replace('value="3"', 'value="30"'))
  })

  it('Match values with quotes are matched literally', () => {
    const quoted = `<a>\n  <b k="it's &quot;q&quot;" v="1" />\n</a>`
    const result = transform(
      quoted,
      `<a ${XDT}><b k="it's &quot;q&quot;" v="2" xdt:Transform="SetAttributes(v)" xdt:Locator="Match(k)" /></a>`
    )
    expect(result.diagnostics).toEqual([])
    expect(result.document.toString()).toBe(quoted.replace('v="1"', 'v="2"'))
  })

  it('Condition arguments keep commas inside quotes and parentheses', () => {
    const result = transform(
      `<a><b k="x,y" /><b k="z" /></a>`,
      `<a ${XDT}><b xdt:Transform="RemoveAll" xdt:Locator="Condition(@k='x,y' or contains(@k, 'z'))" /></a>`
    )
    expect(result.document.toString()).toBe('<a></a>')
  })

  it('transforms of one file apply in document order, each seeing the previous ones', () => {
    const result = transform(
      '<a>\n  <b />\n</a>',
      `<a ${XDT}>\n  <c xdt:Transform="Insert" />\n  <c n="1" xdt:Transform="SetAttributes" />\n  <b xdt:Transform="Remove" />\n</a>`
    )
    expect(result.document.toString()).toBe('<a>\n  <c n="1"/>\n</a>')
  })
})

describe('Match() finds what earlier rules of the same file changed (the lookup index follows every change)', () => {
  const source =
    '<configuration><appSettings><add key="a" value="1" /><add key="b" value="2" /></appSettings></configuration>'
  const run = (rules: string): { text: string; diagnostics: string[] } => {
    const result = transform(
      source,
      `<configuration ${XDT}><appSettings>${rules}</appSettings></configuration>`
    )
    return { text: result.document.toString(), diagnostics: lines(result) }
  }

  it('a key renamed by SetAttributes is found by its new name, and no longer by its old one', () => {
    const { text, diagnostics } = run(
      '<add key="a" value="1" xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key)" />' +
        '<add key="a" xdt:Transform="SetAttributes(key)" xdt:Locator="Match(value)" value="1" />' +
        '<add key="b" value="1" xdt:Transform="SetAttributes(key)" xdt:Locator="Match(value)" />' +
        '<add key="b" value="one" xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key)" />' +
        '<add key="a" value="gone" xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key)" />'
    )
    // Both elements had value="1" when the third rule ran, so both are named b; the fourth sets both to one.
    expect(text).toContain('<add key="b" value="one" /><add key="b" value="one" />')
    expect(diagnostics.join('\n')).toMatch(/add\[@key='a'\]' did not find a match/)
  })

  it('an inserted element is found by a later Match, a removed one is not', () => {
    const { text, diagnostics } = run(
      '<add key="c" value="3" xdt:Transform="Insert" />' +
        '<add key="c" value="three" xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key)" />' +
        '<add key="a" xdt:Transform="Remove" xdt:Locator="Match(key)" />' +
        '<add key="a" value="x" xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key)" />'
    )
    expect(text).toContain('<add key="c" value="three"/>')
    expect(text).not.toContain('key="a"')
    expect(diagnostics.join('\n')).toMatch(/add\[@key='a'\]' did not find a match/)
  })
})
