import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InputError } from '../../src/core/errors.js'
import { extractZip } from '../../src/pipeline/zip.js'
import { writeZip } from './zip-writer.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const time = new Date(2026, 10, 22, 10, 15, 30)

describe('extractZip', () => {
  it('extracts deflated entries into folders, keeping their times (2 s DOS resolution)', async () => {
    const zip = path.join(dir, 'app.zip')
    writeZip(
      [
        { name: 'web.config', data: Buffer.from('<configuration />'), time },
        { name: 'wwwroot/css/site.css', data: Buffer.from('body{}'), time },
        { name: 'ünïcode.txt', data: Buffer.from('x'.repeat(10_000)), time }
      ],
      zip
    )
    const out = path.join(dir, 'out')
    await expect(extractZip(zip, out)).resolves.toBe(3)
    expect(fs.readFileSync(path.join(out, 'wwwroot', 'css', 'site.css'), 'utf8')).toBe('body{}')
    expect(fs.readFileSync(path.join(out, 'ünïcode.txt'), 'utf8')).toHaveLength(10_000)
    expect(fs.statSync(path.join(out, 'web.config')).mtime.getTime()).toBe(time.getTime())
  })

  it('extracts a ZIP64 archive (sizes and offsets in the ZIP64 fields, as written past 4 GiB or when streaming)', async () => {
    const zip = path.join(dir, 'app.zip')
    writeZip(
      [
        { name: 'web.config', data: Buffer.from('<configuration />'), time },
        { name: 'wwwroot/app.js', data: Buffer.from('let a = 1\n'.repeat(1000)), time }
      ],
      zip,
      { zip64: true }
    )
    const out = path.join(dir, 'out')
    await expect(extractZip(zip, out)).resolves.toBe(2)
    expect(fs.readFileSync(path.join(out, 'web.config'), 'utf8')).toBe('<configuration />')
    expect(fs.readFileSync(path.join(out, 'wwwroot', 'app.js'), 'utf8')).toBe('let a = 1\n'.repeat(1000))
  })

  it('treats backslashes in names as folder separators (Windows zip tools)', async () => {
    const zip = path.join(dir, 'app.zip')
    writeZip([{ name: 'wwwroot\\css\\site.css', data: Buffer.from('body{}'), time }], zip)
    const out = path.join(dir, 'out')
    await expect(extractZip(zip, out)).resolves.toBe(1)
    expect(fs.readFileSync(path.join(out, 'wwwroot', 'css', 'site.css'), 'utf8')).toBe('body{}')
  })

  it('refuses an encrypted entry, naming it', async () => {
    const zip = path.join(dir, 'app.zip')
    writeZip([{ name: 'secret.txt', data: Buffer.from('x'), time }], zip, { extraFlags: 1 })
    await expect(extractZip(zip, path.join(dir, 'out'))).rejects.toThrow(/encrypted entry 'secret.txt'/)
  })

  it.each<[string, string]>([
    ['../evil.txt', 'points outside the folder'],
    ['..\\evil.txt', 'points outside the folder'],
    ['C:\\Windows\\evil.dll', 'points outside the folder'],
    ['\\\\server\\share\\evil.dll', 'points outside the folder'],
    ['/etc/evil', 'points outside the folder'],
    ['C:/Windows/evil.dll', 'points outside the folder'],
    ['a/../../evil', 'points outside the folder']
  ])('refuses the entry %s (zip slip)', async (name, message) => {
    const zip = path.join(dir, 'evil.zip')
    writeZip([{ name, data: Buffer.from('x'), time }], zip)
    const error = await extractZip(zip, path.join(dir, 'out')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(message)
    expect((error as Error).message).toContain(`'${name.replace(/\\/g, '/')}'`)
    expect(fs.existsSync(path.join(dir, 'evil.txt'))).toBe(false)
  })

  it.each<[string, Buffer, RegExp]>([
    ['not a zip', Buffer.from('hello'), /is not a zip file/],
    ['empty', Buffer.alloc(0), /is not a zip file/]
  ])('refuses %s', async (_name, bytes, message) => {
    const zip = path.join(dir, 'bad.zip')
    fs.writeFileSync(zip, bytes)
    await expect(extractZip(zip, path.join(dir, 'out'))).rejects.toThrow(message)
  })

  it('refuses a damaged entry (checksum)', async () => {
    const zip = path.join(dir, 'app.zip')
    writeZip([{ name: 'a.txt', data: Buffer.from('hello world'), time }], zip)
    const bytes = fs.readFileSync(zip)
    bytes.writeUInt32LE(0xdeadbeef, 14) // local header CRC is not read; corrupt the central one
    bytes.writeUInt32LE(0xdeadbeef, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 16)
    fs.writeFileSync(zip, bytes)
    await expect(extractZip(zip, path.join(dir, 'out'))).rejects.toThrow(/does not match its checksum/)
  })
})
