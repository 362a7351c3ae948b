// Small helpers for tests that build folder trees on disk.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fixed time well in the past, so "unchanged" never depends on how fast a test runs. */
export const T0 = new Date('2026-01-01T00:00:00Z')

export function tempDir(prefix = 'iis-deploy-sync-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export type FileSpec = string | { content: string; mtime?: Date }

/** Writes files (relative path → content); every file gets time T0 unless given. */
export function writeTree(root: string, files: Record<string, FileSpec>): void {
  for (const [relative, spec] of Object.entries(files)) {
    const full = path.join(root, ...relative.split('/'))
    fs.mkdirSync(path.dirname(full), { recursive: true })
    const content = typeof spec === 'string' ? spec : spec.content
    const mtime = typeof spec === 'string' ? T0 : (spec.mtime ?? T0)
    fs.writeFileSync(full, content)
    fs.utimesSync(full, mtime, mtime)
  }
}

/** Every file under root: relative path → content. */
export function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name
      const full = path.join(dir, entry.name)
      if (entry.isSymbolicLink()) out[relative] = `-> ${fs.readlinkSync(full)}`
      else if (entry.isDirectory()) walk(full, relative)
      else out[relative] = fs.readFileSync(full, 'utf8')
    }
  }
  if (fs.existsSync(root)) walk(root, '')
  return out
}

/** Every folder under root (relative), for exact restore checks. */
export function listDirectories(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name
      out.push(relative)
      walk(path.join(dir, entry.name), relative)
    }
  }
  if (fs.existsSync(root)) walk(root, '')
  return out.sort()
}

export function mtimeOf(file: string): number {
  return fs.statSync(file).mtimeMs
}
