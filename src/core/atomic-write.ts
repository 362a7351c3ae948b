// Writes a user's file so that it is never half-written: the bytes go to a temporary file in the same folder
// (same volume, so the rename is atomic), are flushed to disk, then replace the target in one rename. On any
// failure the temporary file is removed and the target is untouched. Used by every writer of user files.

import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export interface AtomicWriteOptions {
  /** File mode of a new file; an existing file keeps its own. Default 0o666 (minus umask). */
  mode?: number
  /**
   * On Windows, a rename over a file that an antivirus or indexer holds open fails for a moment (EPERM/EBUSY):
   * retry this many times. Default 5.
   */
  retries?: number
  /** Milliseconds between retries. Default 50. */
  retryDelayMs?: number
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES'])

function temporaryName(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
}

function refuseDirectory(file: string): number | undefined {
  try {
    const stat = fs.statSync(file)
    if (stat.isDirectory()) throw new Error(`Cannot write ${file}: it is a directory.`)
    return stat.mode & 0o7777
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** Atomically replaces (or creates) `file` with `data`. */
export function writeFileAtomicSync(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {}
): void {
  const existingMode = refuseDirectory(file)
  const temp = temporaryName(file)
  let fd: number | undefined
  try {
    fd = fs.openSync(temp, 'wx', existingMode ?? options.mode ?? 0o666)
    // The umask applied at open must not change an existing file's mode.
    if (existingMode !== undefined) fs.fchmodSync(fd, existingMode)
    fs.writeFileSync(fd, data)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = undefined
    const retries = options.retries ?? 5
    for (let attempt = 0; ; attempt++) {
      try {
        fs.renameSync(temp, file)
        break
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? ''
        if (attempt >= retries || !RETRYABLE.has(code) || process.platform !== 'win32') throw error
        sleepSync(options.retryDelayMs ?? 50)
      }
    }
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd)
    fs.rmSync(temp, { force: true })
    throw error
  }
}

/** Promise flavour of writeFileAtomicSync, for the pipeline. */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {}
): Promise<void> {
  const existingMode = refuseDirectory(file)
  const temp = temporaryName(file)
  let handle: fs.promises.FileHandle | undefined
  try {
    handle = await fs.promises.open(temp, 'wx', existingMode ?? options.mode ?? 0o666)
    if (existingMode !== undefined) await handle.chmod(existingMode)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    const retries = options.retries ?? 5
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.promises.rename(temp, file)
        break
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? ''
        if (attempt >= retries || !RETRYABLE.has(code) || process.platform !== 'win32') throw error
        await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 50))
      }
    }
  } catch (error) {
    await handle?.close()
    await fs.promises.rm(temp, { force: true })
    throw error
  }
}
