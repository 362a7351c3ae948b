// The deterministic 20,000-file tree of the planner bench (seeded generator): files in nested folders, sizes
// 0–4 KiB; the target is a copy with 1% of the files rewritten (new size), 0.5% touched (same content, new time),
// 0.5% deleted from the source and 0.5% new in the source.

import fs from 'node:fs'
import path from 'node:path'

/** mulberry32: a tiny seeded generator, so every run builds the same tree. */
function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Tree {
  source: string
  target: string
  expected: { add: number; update: number; delete: number; touched: number }
}

export function buildTree(root: string, count: number): Tree {
  const random = generator(20_000)
  const source = path.join(root, 'publish')
  const target = path.join(root, 'site')
  const t0 = new Date('2026-01-01T00:00:00Z')
  const later = new Date('2026-01-02T00:00:00Z')
  const files: string[] = []
  for (let i = 0; i < count; i++) {
    // ~50 files per folder, folders nested up to three deep: wwwroot/lib/x/y.js-like shapes.
    const folder = Math.floor(i / 50)
    const parts = [`d${folder % 20}`, `e${Math.floor(folder / 20) % 10}`, `f${folder}`].slice(
      0,
      1 + (folder % 3)
    )
    const ext = ['.js', '.css', '.dll', '.json', '.png', '.html'][i % 6] as string
    files.push([...parts, `file${i}${ext}`].join('/'))
  }
  const content = (n: number, salt: string): Buffer => {
    const buf = Buffer.alloc(n)
    for (let i = 0; i < n; i++) buf[i] = (i * 31 + salt.length * 7) & 0xff
    return buf
  }
  const write = (root: string, relative: string, data: Buffer, time: Date): void => {
    const full = path.join(root, ...relative.split('/'))
    fs.mkdirSync(path.dirname(full), { recursive: true })
    fs.writeFileSync(full, data)
    fs.utimesSync(full, time, time)
  }
  const expected = { add: 0, update: 0, delete: 0, touched: 0 }
  for (const relative of files) {
    const size = Math.floor(random() * 4096)
    const data = content(size, relative)
    const roll = random()
    if (roll < 0.005) {
      write(target, relative, data, t0) // gone from the source: delete-extra removes it
      expected.delete++
    } else if (roll < 0.01) {
      write(source, relative, data, t0) // new in the source
      expected.add++
    } else if (roll < 0.02) {
      write(source, relative, content(size + 1, relative), later) // rewritten
      write(target, relative, data, t0)
      expected.update++
    } else if (roll < 0.025) {
      write(source, relative, data, later) // same content, new time (a clean build)
      write(target, relative, data, t0)
      expected.touched++
    } else {
      write(source, relative, data, t0)
      write(target, relative, data, t0)
    }
  }
  return { source, target, expected }
}
