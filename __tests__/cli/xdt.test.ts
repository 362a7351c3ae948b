import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/adapters/cli/main.js'
import type { CliIo } from '../../src/adapters/cli/io.js'
import { XDT_NAMESPACE } from '../../src/steps/xdt/transform.js'

const XDT = `xmlns:xdt="${XDT_NAMESPACE}"`
const SOURCE =
  '<?xml version="1.0"?>\n<configuration>\n  <system.web>\n    <compilation debug="true" />\n  </system.web>\n</configuration>\n'
const RELEASE = `<configuration ${XDT}>\n  <system.web>\n    <compilation xdt:Transform="RemoveAttributes(debug)" />\n  </system.web>\n</configuration>\n`
// As Microsoft.Web.XmlTransform writes it: with its last attribute gone, the element loses the space before `/>`.
const EXPECTED = SOURCE.replace(' debug="true" ', '')

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xdt-cli-'))
  fs.writeFileSync(path.join(dir, 'web.config'), SOURCE)
  fs.writeFileSync(path.join(dir, 'web.Release.config'), RELEASE)
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: dir,
    env: {}
  }
  const code = await runCli(['xdt', ...argv], io)
  return { code, stdout, stderr }
}

function write(name: string, content: string | Buffer): void {
  fs.writeFileSync(path.join(dir, name), content)
}

describe('iis-deploy xdt <source> <transform> [--out <file>] (contract §4)', () => {
  it('writes the transformed document to stdout, exit 0', async () => {
    expect(await run('web.config', 'web.Release.config')).toEqual({ code: 0, stdout: EXPECTED, stderr: '' })
  })

  it('writes --out atomically and nothing to stdout; the source is untouched', async () => {
    const result = await run('web.config', 'web.Release.config', '--out', 'result.config')
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(fs.readFileSync(path.join(dir, 'result.config'), 'utf8')).toBe(EXPECTED)
    expect(fs.readFileSync(path.join(dir, 'web.config'), 'utf8')).toBe(SOURCE)
    // No temporary file left behind.
    expect(fs.readdirSync(dir).sort()).toEqual(['result.config', 'web.Release.config', 'web.config'])
    const inPlace = await run('web.config', 'web.Release.config', '--out=web.config')
    expect(inPlace.code).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'web.config'), 'utf8')).toBe(EXPECTED)
  })

  it('a target that is not found is a warning on stderr, exit 0 (as in Microsoft.Web.XmlTransform)', async () => {
    write('t.config', `<configuration ${XDT}>\n  <appSettings xdt:Transform="Remove" />\n</configuration>`)
    const result = await run('web.config', 't.config')
    expect(result).toEqual({
      code: 0,
      stdout: SOURCE,
      stderr:
        "warning: t.config:2:4: No element in the source document matches '/configuration/appSettings'\n"
    })
  })

  it('a malformed transform is an error naming file:line:col, exit 1, nothing written', async () => {
    write('t.config', `<configuration ${XDT}>\n  <system.web xdt:Transform="Replcae" />\n</configuration>`)
    const result = await run('web.config', 't.config', '--out', 'result.config')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^error: t\.config:2:15: Unknown transform 'Replcae'\./)
    expect(fs.existsSync(path.join(dir, 'result.config'))).toBe(false)
  })

  it('a transform that would produce invalid XML is an error, exit 1, the existing --out file is unchanged', async () => {
    write(
      't.config',
      `<configuration ${XDT}>\n  <extra xdt:Transform="InsertBefore(/configuration)" />\n</configuration>`
    )
    write('result.config', 'previous')
    const result = await run('web.config', 't.config', '--out', 'result.config')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: t\.config:2:10: InsertBefore\(\/configuration\) would put a second root element/
    )
    expect(fs.readFileSync(path.join(dir, 'result.config'), 'utf8')).toBe('previous')
  })

  it.each([
    [
      'a missing source',
      ['nope.config', 'web.Release.config'],
      'error: nope.config: The file does not exist.\n'
    ],
    ['a directory', ['.', 'web.Release.config'], 'error: .: This is a directory, not an XML file.\n'],
    [
      'an empty transform',
      ['web.config', 'empty.config'],
      'error: empty.config: The file is empty: expected an XML document.\n'
    ],
    [
      'a binary transform',
      ['web.config', 'binary.config'],
      'error: binary.config: The file is binary (it contains NUL bytes), not XML.\n'
    ],
    [
      'a transform that is not XML',
      ['web.config', 'text.config'],
      'error: text.config:1:1: The file is not XML: it does not start with a tag.\n'
    ]
  ])('%s: clear error, exit 1', async (_name, argv, stderr) => {
    write('empty.config', '')
    write('binary.config', Buffer.from([0x00, 0x01, 0x02]))
    write('text.config', 'hello')
    expect(await run(...argv)).toEqual({ code: 1, stdout: '', stderr })
  })

  it('--out naming a directory is an error, exit 1', async () => {
    fs.mkdirSync(path.join(dir, 'folder'))
    const result = await run('web.config', 'web.Release.config', '--out', 'folder')
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: folder: --out names a directory; give a file name.\n'
    })
  })

  it.each([
    ['no arguments', []],
    ['one argument', ['web.config']],
    ['three arguments', ['web.config', 'web.Release.config', 'extra']],
    ['an unknown option', ['web.config', 'web.Release.config', '--output', 'x']],
    ['--out without a value', ['web.config', 'web.Release.config', '--out']],
    ['--out with an empty value', ['web.config', 'web.Release.config', '--out=']]
  ])('wrong usage (%s): exit 2 with the usage on stderr', async (_name, argv) => {
    const result = await run(...argv)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^error: .*\nUsage:\n/)
    expect(result.stderr).toContain('iis-deploy xdt <source> <transform> [--out <file>]')
  })
})
