// scripts/eager-factories.mjs: the module factories of the action and CLI bundles become parenthesized `function`
// expressions (so V8 parses each once, eagerly), unless one reads something an arrow and a function see differently.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'acorn'
import { afterEach, describe, expect, it } from 'vitest'
import { eagerFactories, eagerFactoriesOf } from '../../scripts/eager-factories.mjs'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true })
})

/** A module map as ncc writes it, with one factory whose body is `body`, and a runtime that calls it. */
function bundle(body: string, params = '(module, exports, require)'): string {
  return [
    'var __webpack_modules__ = {',
    '  12: (',
    '    /***/',
    `    (${params} => {`,
    `      ${body}`,
    '    })',
    '  ),',
    '  34: (',
    '    /***/',
    '    ((module) => { module.exports = 34 })',
    '  )',
    '};',
    'const cache = {}',
    'function load(id) { if (!(id in cache)) { const module = cache[id] = { exports: {} }; __webpack_modules__[id](module, module.exports, load) } return cache[id].exports }',
    'console.log(JSON.stringify(load(12)))'
  ].join('\n')
}

function run(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eager-factories-'))
  roots.push(dir)
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}')
  const file = path.join(dir, 'index.js')
  fs.writeFileSync(file, code)
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8' })
  expect(result.stderr).toBe('')
  return result.stdout
}

/** The factories of `code`'s module map, by key: 'function' or 'arrow'. */
function factoryKinds(code: string): Record<string, string> {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as {
    body: Array<{
      declarations?: Array<{
        init: { properties: Array<{ key: { value: number }; value: { type: string } }> }
      }>
    }>
  }
  const map = ast.body[0]?.declarations?.[0]?.init.properties ?? []
  return Object.fromEntries(
    map.map((p) => [String(p.key.value), p.value.type === 'FunctionExpression' ? 'function' : 'arrow'])
  )
}

describe('eagerFactoriesOf', () => {
  it.each([
    ['a plain body', 'module.exports = { a: require(34), b: typeof exports }'],
    ['a nested function with its own this', 'module.exports = function () { return this }.call(7)'],
    [
      'a class using this in its body',
      'class A { x = 1; get y() { return this.x } }; module.exports = new A().y'
    ],
    ['a method reading arguments', 'module.exports = { f() { return arguments.length } }.f(1, 2)'],
    ['a property named arguments', 'const o = { arguments: 5 }; module.exports = o.arguments']
  ])('%s: becomes an eager function and does the same', (_, body) => {
    const code = bundle(body)
    const { code: eager, count } = eagerFactoriesOf(code)
    expect(count).toBe(2)
    expect(factoryKinds(eager)).toEqual({ 12: 'function', 34: 'function' })
    // Still parenthesized: V8 compiles `(function` eagerly, not `function` alone.
    expect(eager).toMatch(/\(\s*function\(module, exports, require\) \{/)
    expect(eager).toMatch(/\(function\(module\) \{ module.exports = 34 \}\)/)
    expect(run(eager)).toBe(run(code))
  })

  it.each([
    ['this', 'module.exports = typeof this'],
    ['this in a nested arrow', 'module.exports = (() => typeof this)()'],
    ['this in a class heritage', 'module.exports = typeof class extends (this ?? Object) {}'],
    [
      'this in a computed class member name',
      'module.exports = Object.keys(new (class { [typeof this] = 1 })())'
    ],
    ['arguments', 'module.exports = (() => { try { return arguments.length } catch { return -1 } })()']
  ])('reads %s: left an arrow, as it would see something else as a function', (_, body) => {
    const code = bundle(body)
    const { code: eager, count } = eagerFactoriesOf(code)
    expect(count).toBe(1)
    expect(factoryKinds(eager)).toEqual({ 12: 'arrow', 34: 'function' })
    expect(run(eager)).toBe(run(code))
  })

  it('wraps a factory that was not parenthesized, and takes a single bare parameter', () => {
    const code =
      'const modules = { 5: module => { module.exports = 5 } }\nconst m = { exports: 0 }\nmodules[5](m)\nconsole.log(m.exports)'
    const { code: eager, count } = eagerFactoriesOf(code)
    expect(count).toBe(1)
    expect(eager).toContain('5: (function(module) { module.exports = 5 })')
    expect(run(eager)).toBe('5\n')
  })

  it('leaves code without a module map alone', () => {
    const code = 'const other = { 1: () => { return 1 } }\nconsole.log(other[1]())'
    expect(eagerFactoriesOf(code)).toEqual({ code, count: 0 })
  })

  it('refuses an entry file without factories: the build would silently lose the start-up gain', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eager-factories-'))
    roots.push(dir)
    fs.writeFileSync(path.join(dir, 'index.js'), 'console.log(1)')
    expect(() => eagerFactories(dir)).toThrow(/index\.js: no module factory found/)
  })

  it('the committed action and CLI bundles hold no arrow factory', () => {
    for (const folder of ['dist', 'dist/cli']) {
      for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.js'))) {
        const { count } = eagerFactoriesOf(fs.readFileSync(path.join(folder, name), 'utf8'))
        expect(count, `${folder}/${name}`).toBe(0)
      }
    }
  })
})
