// A minimal zip writer for tests (deflated entries, DOS times, UTF-8 names): no zip tool is needed.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export interface ZipInput {
  name: string
  data: Buffer
  time: Date
}

/** Writes `entries` as a zip file. */
export function writeZip(entries: readonly ZipInput[], file: string): void {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data, time } of entries) {
    const deflated = zlib.deflateRawSync(data)
    const dosTime = (time.getHours() << 11) | (time.getMinutes() << 5) | Math.floor(time.getSeconds() / 2)
    const dosDate = ((time.getFullYear() - 1980) << 9) | ((time.getMonth() + 1) << 5) | time.getDate()
    const nameBytes = Buffer.from(name, 'utf8')
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(0x800, 6)
    header.writeUInt16LE(8, 8)
    header.writeUInt16LE(dosTime, 10)
    header.writeUInt16LE(dosDate, 12)
    header.writeUInt32LE(zlib.crc32(data), 14)
    header.writeUInt32LE(deflated.length, 18)
    header.writeUInt32LE(data.length, 22)
    header.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(dosTime, 12)
    central.writeUInt16LE(dosDate, 14)
    central.writeUInt32LE(zlib.crc32(data), 16)
    central.writeUInt32LE(deflated.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(header, nameBytes, deflated)
    centrals.push(central, nameBytes)
    offset += header.length + nameBytes.length + deflated.length
  }
  const centralDirectory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralDirectory.length, 12)
  end.writeUInt32LE(offset, 16)
  fs.writeFileSync(file, Buffer.concat([...locals, centralDirectory, end]))
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
