// A minimal zip writer for tests (deflated entries, DOS times, UTF-8 names; ZIP64 on request, as tools write it for
// archives over 4 GiB or 65,535 entries, or when streaming): no zip tool is needed. Layout from PKWARE's APPNOTE.TXT
// (4.3.7 local header, 4.3.12 central header, 4.3.14-16 ZIP64 end records, 4.5.3 ZIP64 extra field).
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export interface ZipInput {
  name: string
  data: Buffer
  time: Date
}

export interface ZipOptions {
  /** Sizes and offsets in ZIP64 extra fields and end records (the 32-bit fields set to 0xFFFFFFFF). */
  zip64?: boolean
  /** General purpose flags added to every entry (bit 0: encrypted). */
  extraFlags?: number
}

/** The ZIP64 extended information extra field (id 1) with the given 64-bit values. */
function zip64Extra(values: readonly number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length)
  extra.writeUInt16LE(0x0001, 0)
  extra.writeUInt16LE(8 * values.length, 2)
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i))
  return extra
}

/** Writes `entries` as a zip file. */
export function writeZip(entries: readonly ZipInput[], file: string, options: ZipOptions = {}): void {
  const zip64 = options.zip64 === true
  const flags = 0x800 | (options.extraFlags ?? 0)
  const version = zip64 ? 45 : 20
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data, time } of entries) {
    const deflated = zlib.deflateRawSync(data)
    const dosTime = (time.getHours() << 11) | (time.getMinutes() << 5) | Math.floor(time.getSeconds() / 2)
    const dosDate = ((time.getFullYear() - 1980) << 9) | ((time.getMonth() + 1) << 5) | time.getDate()
    const nameBytes = Buffer.from(name, 'utf8')
    const localExtra = zip64 ? zip64Extra([data.length, deflated.length]) : Buffer.alloc(0)
    const centralExtra = zip64 ? zip64Extra([data.length, deflated.length, offset]) : Buffer.alloc(0)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(version, 4)
    header.writeUInt16LE(flags, 6)
    header.writeUInt16LE(8, 8)
    header.writeUInt16LE(dosTime, 10)
    header.writeUInt16LE(dosDate, 12)
    header.writeUInt32LE(zlib.crc32(data), 14)
    header.writeUInt32LE(zip64 ? 0xffffffff : deflated.length, 18)
    header.writeUInt32LE(zip64 ? 0xffffffff : data.length, 22)
    header.writeUInt16LE(nameBytes.length, 26)
    header.writeUInt16LE(localExtra.length, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(version, 4)
    central.writeUInt16LE(version, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(dosTime, 12)
    central.writeUInt16LE(dosDate, 14)
    central.writeUInt32LE(zlib.crc32(data), 16)
    central.writeUInt32LE(zip64 ? 0xffffffff : deflated.length, 20)
    central.writeUInt32LE(zip64 ? 0xffffffff : data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt16LE(centralExtra.length, 30)
    central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42)
    locals.push(header, nameBytes, localExtra, deflated)
    centrals.push(central, nameBytes, centralExtra)
    offset += header.length + nameBytes.length + localExtra.length + deflated.length
  }
  const centralDirectory = Buffer.concat(centrals)
  const zip64End: Buffer[] = []
  if (zip64) {
    const record = Buffer.alloc(56)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4) // size of the rest of the record
    record.writeUInt16LE(45, 12)
    record.writeUInt16LE(45, 14)
    record.writeBigUInt64LE(BigInt(entries.length), 24)
    record.writeBigUInt64LE(BigInt(entries.length), 32)
    record.writeBigUInt64LE(BigInt(centralDirectory.length), 40)
    record.writeBigUInt64LE(BigInt(offset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(offset + centralDirectory.length), 8)
    locator.writeUInt32LE(1, 16)
    zip64End.push(record, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8)
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10)
  end.writeUInt32LE(zip64 ? 0xffffffff : centralDirectory.length, 12)
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16)
  fs.writeFileSync(file, Buffer.concat([...locals, centralDirectory, ...zip64End, end]))
}

/** A zip of every file under `dir`, with the files' times. */
export function zipFolder(dir: string, file: string): void {
  const entries: ZipInput[] = []
  const walk = (current: string, prefix: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      const name = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(full, name)
      else entries.push({ name, data: fs.readFileSync(full), time: fs.statSync(full).mtime })
    }
  }
  walk(dir, '')
  writeZip(entries, file)
}
