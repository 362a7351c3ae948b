// scripts/ascii-bundle.mjs: the action and CLI bundles are rewritten as pure ASCII (so Node reads them without a
// UTF-16 decode), and every rewritten program must still do exactly what it did.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { asciiBundle } from '../../scripts/ascii-bundle.mjs'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true })
})

function bundleOf(code: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascii-bundle-'))
  roots.push(dir)
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}')
  const file = path.join(dir, 'index.js')
  fs.writeFileSync(file, code)
  return { dir, file }
}

function run(file: string): string {
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8' })
  expect(result.stderr).toBe('')
  return result.stdout
}

const NON_ASCII = /[\u0080-\uffff]/

describe('asciiBundle', () => {
  it.each([
    ['a string and a template', 'console.log("— § ü", `日本語 ${1}`)'],
    ['an identifier', 'const größe = 3; console.log(größe)'],
    [
      'a regular expression, a class and an astral character',
      'console.log(/erreur syst[eè]me|系统错误/i.test("ERREUR SYSTÈME"), /😀/u.test("a😀"))'
    ],
    ['an identity escape in a regular expression', 'console.log(/\\é\\\\ö/.test("é\\\\ö"))'],
    ['a comment between operands', 'const a = 0; console.log(a /* ö */ || "ß")'],
    ['a hashbang line', '#!/usr/bin/env node\nconsole.log("ñ")']
  ])('%s: same output, only ASCII left', async (_, code) => {
    const { dir, file } = bundleOf(code)
    const before = run(file)
    await asciiBundle(dir)
    const rewritten = fs.readFileSync(file, 'utf8')
    expect(rewritten).not.toMatch(NON_ASCII)
    expect(run(file)).toBe(before)
  })

  it('refuses a tagged template holding a non-ASCII character (an escape would change what the tag sees)', async () => {
    const { dir, file } = bundleOf('console.log(String.raw`é`)')
    await expect(asciiBundle(dir)).rejects.toThrow(
      /index\.js:1: a tagged template holds a non-ASCII character/
    )
    expect(fs.readFileSync(file, 'utf8')).toBe('console.log(String.raw`é`)') // left as it was
  })

  it('the committed action and CLI bundles are ASCII', () => {
    const folders = ['dist', 'dist/cli']
    for (const folder of folders) {
      for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.js'))) {
        const text = fs.readFileSync(path.join(folder, name), 'utf8')
        expect(NON_ASCII.test(text), `${folder}/${name}`).toBe(false)
      }
    }
  })
})
