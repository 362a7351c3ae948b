import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyXdtTransformFiles, transformFileWithXdt } from '../../../src/steps/xdt/apply-files.js'
import { formatXdtDiagnostic, XDT_NAMESPACE } from '../../../src/steps/xdt/transform.js'
import { parseXml } from '../../../src/core/xml/parse-xml.js'
import { encodeXmlDocument } from '../../../src/steps/xdt/encode-document.js'

const XDT = `xmlns:xdt="${XDT_NAMESPACE}"`
const SOURCE =
  '<configuration>\n  <appSettings>\n    <add key="a" value="1" />\n  </appSettings>\n</configuration>\n'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xdt-files-'))
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

function write(name: string, content: string | Buffer): string {
  fs.writeFileSync(path.join(dir, name), content)
  return name
}

describe('applyXdtTransformFiles', () => {
  it('applies transforms in order, each on the result of the previous one (the xdt-transforms input)', () => {
    write('web.config', SOURCE)
    write(
      '1.config',
      `<configuration ${XDT}><appSettings><add key="b" value="2" xdt:Transform="Insert" /></appSettings></configuration>`
    )
    write(
      '2.config',
      `<configuration ${XDT}><appSettings><add key="b" value="3" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" /></appSettings></configuration>`
    )
    const result = applyXdtTransformFiles('web.config', ['1.config', '2.config'], { cwd: dir })
    expect(result.diagnostics).toEqual([])
    expect(result.ok).toBe(true)
    expect(result.document?.toString()).toBe(
      SOURCE.replace('</appSettings>', '  <add key="b" value="3"/>\n  </appSettings>')
    )
  })

  it.each([
    ['a missing file', undefined, 'error: nope.config: The file does not exist.'],
    ['an empty file', '', 'error: bad.config: The file is empty: expected an XML document.'],
    [
      'a binary file',
      Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]),
      'error: bad.config: The file is binary (it contains NUL bytes), not XML.'
    ],
    [
      'text that is not XML',
      'name=value\n',
      'error: bad.config:1:1: The file is not XML: it does not start with a tag.'
    ],
    [
      'XML that is not well-formed',
      '<configuration>\n  <a>\n</configuration>',
      /^error: bad\.config:3:\d+: Not well-formed XML: /
    ]
  ])('%s as the transform is a clear error', (_name, content, expected) => {
    write('web.config', SOURCE)
    const transform = content === undefined ? 'nope.config' : write('bad.config', content)
    const result = applyXdtTransformFiles('web.config', [transform], { cwd: dir })
    expect(result.ok).toBe(false)
    const lines = result.diagnostics.map(formatXdtDiagnostic)
    expect(lines).toHaveLength(1)
    if (typeof expected === 'string') expect(lines[0]).toBe(expected)
    else expect(lines[0]).toMatch(expected)
  })

  it('a directory as the source is a clear error', () => {
    fs.mkdirSync(path.join(dir, 'folder'))
    const result = applyXdtTransformFiles('folder', [], { cwd: dir })
    expect(result.ok).toBe(false)
    expect(result.document).toBeUndefined()
    expect(result.diagnostics.map(formatXdtDiagnostic)).toEqual([
      'error: folder: This is a directory, not an XML file.'
    ])
  })

  it('stops at the first transform that fails', () => {
    write('web.config', SOURCE)
    write('bad.config', `<configuration ${XDT}><appSettings xdt:Transform="Nope" /></configuration>`)
    write('good.config', `<configuration ${XDT}><appSettings xdt:Transform="Remove" /></configuration>`)
    const result = applyXdtTransformFiles('web.config', ['bad.config', 'good.config'], { cwd: dir })
    expect(result.ok).toBe(false)
    expect(result.diagnostics.map((d) => d.file)).toEqual(['bad.config'])
    expect(result.document?.toString()).toBe(SOURCE)
  })
})

describe('transformFileWithXdt', () => {
  it('writes the result over the source by default, atomically, leaving no temporary file', async () => {
    write('web.config', SOURCE)
    write(
      't.config',
      `<configuration ${XDT}><appSettings><add key="a" value="9" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" /></appSettings></configuration>`
    )
    const result = await transformFileWithXdt({ source: 'web.config', transforms: ['t.config'], cwd: dir })
    expect(result).toMatchObject({ ok: true, written: true })
    expect(fs.readFileSync(path.join(dir, 'web.config'), 'utf8')).toBe(
      SOURCE.replace('value="1"', 'value="9"')
    )
    expect(fs.readdirSync(dir).sort()).toEqual(['t.config', 'web.config'])
  })

  it('writes nothing when a transform fails (here: it would remove the root element)', async () => {
    write('web.config', SOURCE)
    write('t.config', `<configuration ${XDT} xdt:Transform="Remove" />`)
    const result = await transformFileWithXdt({
      source: 'web.config',
      transforms: ['t.config'],
      out: 'out.config',
      cwd: dir
    })
    expect(result).toMatchObject({ ok: false, written: false })
    expect(result.diagnostics[0]?.message).toMatch(/would remove the root element <configuration>/)
    expect(fs.existsSync(path.join(dir, 'out.config'))).toBe(false)
    expect(fs.readFileSync(path.join(dir, 'web.config'), 'utf8')).toBe(SOURCE)
  })
})

describe('writing the document', () => {
  it('round-trips a UTF-16 web.config as UTF-16', async () => {
    const text = `<?xml version="1.0" encoding="utf-16"?>\n<configuration>\n  <a v="é" />\n</configuration>\n`
    write('web.config', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    write('t.config', `<configuration ${XDT}><a v="ü" xdt:Transform="SetAttributes" /></configuration>`)
    expect(
      await transformFileWithXdt({ source: 'web.config', transforms: ['t.config'], cwd: dir })
    ).toMatchObject({
      ok: true
    })
    const bytes = fs.readFileSync(path.join(dir, 'web.config'))
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(bytes.subarray(2).toString('utf16le')).toBe(text.replace('é', 'ü'))
  })

  it('fails cleanly when the output folder does not exist, leaving nothing behind', async () => {
    write('web.config', SOURCE)
    write('t.config', `<configuration ${XDT} />`)
    await expect(
      transformFileWithXdt({
        source: 'web.config',
        transforms: ['t.config'],
        out: 'missing/web.config',
        cwd: dir
      })
    ).rejects.toThrow(/ENOENT/)
    expect(fs.readdirSync(dir).sort()).toEqual(['t.config', 'web.config'])
  })

  it('keeps a UTF-8 BOM, and writes UTF-16 when the declaration says so', () => {
    expect([...encodeXmlDocument(parseXml('\uFEFF<a/>')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const utf16 = encodeXmlDocument(parseXml('<?xml version="1.0" encoding="utf-16"?><a>é</a>'))
    expect([...utf16.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(utf16.subarray(2).toString('utf16le')).toBe('<?xml version="1.0" encoding="utf-16"?><a>é</a>')
  })
})
