// `source: app.zip`: extracts a zip of the publish output with yauzl (ZIP64, CP437 and UTF-8 names, the Info-ZIP
// Unicode path and timestamp fields). Entry times are kept, so the planner sees unchanged files as unchanged. What
// is ours: names that would leave the folder (zip slip, absolute paths, drive letters) and encrypted entries are
// refused with an error naming the entry, and every file is checked against its CRC-32 (yauzl checks sizes only).

import fs from 'node:fs'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type zlib from 'node:zlib'
import type yauzl from 'yauzl'
import { InputError } from '../core/errors.js'

function fail(file: string, message: string): never {
  throw new InputError('source', `Input 'source': ${file} ${message}`)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The entry's name as a relative path inside the destination, or an error for names that would leave it. Names
 * are decoded here (decodeStrings: false) so the refusal is ours and names the entry, not yauzl's bare message.
 */
function safeRelative(
  zipLib: typeof yauzl,
  entry: yauzl.Entry,
  file: string
): { name: string; relative: string } {
  const name = zipLib.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    false // backslashes are folder separators, as Windows zip tools write them
  )
  const segments = name.split('/').filter((s) => s !== '' && s !== '.')
  if (zipLib.validateFileName(name) !== null || segments.includes('..')) {
    fail(file, `has an entry '${name}' that points outside the folder it is extracted to; refusing it.`)
  }
  return { name, relative: segments.join('/') }
}

/** Passes the data through while computing its CRC-32. */
function crcMeter(crc32: typeof zlib.crc32): Transform & { crc: number } {
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      meter.crc = crc32(chunk, meter.crc)
      done(null, chunk)
    }
  }) as Transform & { crc: number }
  meter.crc = 0
  return meter
}

async function open(zipLib: typeof yauzl, zipFile: string): Promise<yauzl.ZipFile> {
  try {
    return await zipLib.openPromise(zipFile, { decodeStrings: false, autoClose: false })
  } catch (error) {
    fail(zipFile, `is not a zip file or is damaged (${describe(error)}).`)
  }
}

/** Extracts `zipFile` into `destination` (created), keeping entry times. Returns the number of files. */
export async function extractZip(zipFile: string, destination: string): Promise<number> {
  // Loaded here, not at start-up: only a zip source needs them (issue 15, the bundle's start).
  const zipLib = (await import('yauzl')).default
  const { crc32 } = await import('node:zlib')
  const zip = await open(zipLib, zipFile)
  let files = 0
  try {
    fs.mkdirSync(destination, { recursive: true })
    const entries = zip.eachEntry()
    for (;;) {
      let next: IteratorResult<yauzl.Entry>
      try {
        next = await entries.next()
      } catch (error) {
        fail(zipFile, `is damaged (${describe(error)}).`)
      }
      if (next.done) break
      const entry = next.value
      const { name, relative } = safeRelative(zipLib, entry, zipFile)
      if (relative === '') continue
      const target = path.join(destination, ...relative.split('/'))
      if (name.endsWith('/')) {
        fs.mkdirSync(target, { recursive: true })
        continue
      }
      if (entry.isEncrypted()) fail(zipFile, `has an encrypted entry '${name}'.`)
      if (!entry.canDecodeFileData()) {
        fail(
          zipFile,
          `uses compression method ${entry.compressionMethod} for '${name}'; only stored and deflated entries are supported.`
        )
      }
      fs.mkdirSync(path.dirname(target), { recursive: true })
      const meter = crcMeter(crc32)
      try {
        await pipeline(await zip.openReadStreamPromise(entry), meter, fs.createWriteStream(target))
      } catch (error) {
        fail(zipFile, `is damaged: '${name}' could not be read (${describe(error)}).`)
      }
      if (meter.crc !== entry.crc32) fail(zipFile, `is damaged: '${name}' does not match its checksum.`)
      const modified = entry.getLastModDate()
      fs.utimesSync(target, modified, modified)
      files++
    }
  } finally {
    zip.close()
  }
  if (files === 0) fail(zipFile, 'holds no files.')
  return files
}
