import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic, writeFileAtomicSync } from '../../src/core/atomic-write.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-write-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const flavours = [
  ['sync', async (file: string, data: string | Uint8Array) => writeFileAtomicSync(file, data)],
  ['async', writeFileAtomic]
] as const

describe.each(flavours)('writeFileAtomic (%s)', (_name, write) => {
  it('creates a file and replaces one, leaving no temporary file', async () => {
    const file = path.join(dir, 'web.config')
    await write(file, 'one')
    await write(file, Buffer.from([0xef, 0xbb, 0xbf, 0x41]))
    expect([...fs.readFileSync(file)]).toEqual([0xef, 0xbb, 0xbf, 0x41])
    expect(fs.readdirSync(dir)).toEqual(['web.config'])
  })

  it('refuses a directory and leaves it alone', async () => {
    const target = path.join(dir, 'folder')
    fs.mkdirSync(target)
    await expect(write(target, 'x')).rejects.toThrow(/is a directory/)
    expect(fs.statSync(target).isDirectory()).toBe(true)
    expect(fs.readdirSync(dir)).toEqual(['folder'])
  })

  it('fails without touching anything when the folder does not exist', async () => {
    await expect(write(path.join(dir, 'missing', 'web.config'), 'x')).rejects.toThrow(/ENOENT/)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it.skipIf(process.platform === 'win32')('keeps the mode of the file it replaces', async () => {
    const file = path.join(dir, 'script.sh')
    fs.writeFileSync(file, 'old', { mode: 0o750 })
    fs.chmodSync(file, 0o750)
    await write(file, 'new')
    expect(fs.statSync(file).mode & 0o777).toBe(0o750)
  })
})

describe('a failed rename leaves the old content and no temporary file', () => {
  it('sync', () => {
    const file = path.join(dir, 'web.config')
    fs.writeFileSync(file, 'old')
    const rename = vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' })
    })
    expect(() => writeFileAtomicSync(file, 'new')).toThrow(/simulated/)
    rename.mockRestore()
    expect(fs.readFileSync(file, 'utf8')).toBe('old')
    expect(fs.readdirSync(dir)).toEqual(['web.config'])
  })

  it('async', async () => {
    const file = path.join(dir, 'web.config')
    fs.writeFileSync(file, 'old')
    const rename = vi
      .spyOn(fs.promises, 'rename')
      .mockRejectedValue(Object.assign(new Error('simulated'), { code: 'EIO' }))
    await expect(writeFileAtomic(file, 'new')).rejects.toThrow(/simulated/)
    rename.mockRestore()
    expect(fs.readFileSync(file, 'utf8')).toBe('old')
    expect(fs.readdirSync(dir)).toEqual(['web.config'])
  })
})
