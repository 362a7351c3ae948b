// `source: app.zip`: extracts a zip of the publish output (stored or deflated entries, as `dotnet publish` and
// every zip tool write them). Entry times are kept, so the planner sees unchanged files as unchanged; names that
// would leave the folder (zip slip), encrypted entries and ZIP64 archives are refused with a clear error.

import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { InputError } from '../core/errors.js'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export interface ZipEntry {
  /** Relative path with forward slashes. */
  name: string
  directory: boolean
  method: number
  compressedSize: number
  size: number
  crc: number
  localOffset: number
  modified: Date
  encrypted: boolean
}

function fail(file: string, message: string): never {
  throw new InputError('source', `Input 'source': ${file} ${message}`)
}

/** DOS date/time (local time, 2 s resolution) → Date. */
function dosTime(date: number, time: number): Date {
  return new Date(
    ((date >> 9) & 0x7f) + 1980,
    ((date >> 5) & 0x0f) - 1,
    date & 0x1f,
    (time >> 11) & 0x1f,
    (time >> 5) & 0x3f,
    (time & 0x1f) * 2
  )
}

/** The extended timestamp extra field (0x5455) holds the UTC modification time, when a tool wrote it. */
function extendedTime(extra: Buffer): Date | undefined {
  let at = 0
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    if (id === 0x5455 && size >= 5 && (extra[at + 4] ?? 0) & 1)
      return new Date(extra.readUInt32LE(at + 5) * 1000)
    at += 4 + size
  }
  return undefined
}

/** Lists the entries of a zip from its central directory. */
export function readZipEntries(buffer: Buffer, file: string): ZipEntry[] {
  const min = Math.max(0, buffer.length - 22 - 0xffff)
  let eocd = -1
  for (let i = buffer.length - 22; i >= min; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) fail(file, 'is not a zip file (no end of central directory).')
  const count = buffer.readUInt16LE(eocd + 10)
  const offset = buffer.readUInt32LE(eocd + 16)
  if (count === 0xffff || offset === 0xffffffff)
    fail(file, 'is a ZIP64 archive, which is not supported: give the publish folder instead.')
  const entries: ZipEntry[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL)
      fail(file, 'is damaged (bad central directory).')
    const flags = buffer.readUInt16LE(at + 8)
    const nameLength = buffer.readUInt16LE(at + 28)
    const extraLength = buffer.readUInt16LE(at + 30)
    const commentLength = buffer.readUInt16LE(at + 32)
    const rawName = buffer.subarray(at + 46, at + 46 + nameLength)
    const name = (flags & 0x800 ? rawName.toString('utf8') : rawName.toString('latin1')).replace(/\\/g, '/')
    const extra = buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength)
    entries.push({
      name,
      directory: name.endsWith('/'),
      method: buffer.readUInt16LE(at + 10),
      crc: buffer.readUInt32LE(at + 16),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
      modified: extendedTime(extra) ?? dosTime(buffer.readUInt16LE(at + 14), buffer.readUInt16LE(at + 12)),
      encrypted: (flags & 1) === 1
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** A relative path inside the destination, or an error for names that would leave it. */
function safeRelative(name: string, file: string): string {
  const segments = name.split('/').filter((s) => s !== '' && s !== '.')
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || segments.includes('..')) {
    fail(file, `has an entry '${name}' that points outside the folder it is extracted to; refusing it.`)
  }
  return segments.join('/')
}

/** Extracts `zipFile` into `destination` (created), keeping entry times. */
export async function extractZip(zipFile: string, destination: string): Promise<number> {
  const buffer = await fs.promises.readFile(zipFile)
  const entries = readZipEntries(buffer, zipFile)
  fs.mkdirSync(destination, { recursive: true })
  let files = 0
  for (const entry of entries) {
    const relative = safeRelative(entry.name, zipFile)
    if (relative === '') continue
    const target = path.join(destination, ...relative.split('/'))
    if (entry.directory) {
      fs.mkdirSync(target, { recursive: true })
      continue
    }
    if (entry.encrypted) fail(zipFile, `has an encrypted entry '${entry.name}'.`)
    const at = entry.localOffset
    if (buffer.readUInt32LE(at) !== LOCAL) fail(zipFile, `is damaged (bad local header of '${entry.name}').`)
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28)
    const data = buffer.subarray(start, start + entry.compressedSize)
    let content: Buffer
    if (entry.method === 0) content = Buffer.from(data)
    else if (entry.method === 8) content = zlib.inflateRawSync(data)
    else
      fail(
        zipFile,
        `uses compression method ${entry.method} for '${entry.name}'; only stored and deflated entries are supported.`
      )
    if (content.length !== entry.size || zlib.crc32(content) !== entry.crc)
      fail(zipFile, `is damaged: '${entry.name}' does not match its checksum.`)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, content)
    fs.utimesSync(target, entry.modified, entry.modified)
    files++
  }
  if (files === 0) fail(zipFile, 'holds no files.')
  return files
}
