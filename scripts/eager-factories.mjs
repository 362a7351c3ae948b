// Rewrites each module factory of an ncc (webpack) ESM bundle from an arrow function to a parenthesized `function`
// expression. Why: V8 compiles a function lazily unless it looks immediately invoked, and only a `function`
// expression right after "(" does (the "PIFE" heuristic; arrows never qualify on Node 20). webpack's factories are
// arrows, so V8 pre-parsed our 1.1 MB application module while compiling the bundle, then parsed it again in full
// the moment the bundle ran it: about 25 ms of every start (bench/README.md). Eager, the body is parsed once.
// No bundler option does this (ncc passes none through, and webpack's `output.environment.arrowFunction: false`
// would also rewrite every arrow of the runtime); esbuild prints what it parsed, so it cannot either.
// Safe by construction: a factory is rewritten only when nothing in its own scope (arrows nested in it included)
// reads `this` or `arguments`, the only things an arrow and a function see differently there (`new.target` and
// `super` are syntax errors in an arrow outside a function); ESM is strict, so neither form sees a global `this`.
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { base, recursive } from 'acorn-walk'

/** The names ncc gives the module map: `__webpack_modules__` in the entry file, `modules` in each chunk. */
const MODULE_MAPS = new Set(['__webpack_modules__', 'modules'])

/** Whether `fn`'s body reads something an arrow takes from outside and a function has of its own. */
function readsOwnScope(fn) {
  let found = false
  recursive(fn.body, null, {
    // Their own `this` and `arguments`: what they read is theirs either way.
    Function(node, state, walk) {
      if (node.type === 'ArrowFunctionExpression') base.Function(node, state, walk)
    },
    Class(node, state, walk) {
      // `extends` and computed member names are evaluated in the enclosing scope; the rest has its own `this`.
      if (node.superClass) walk(node.superClass, state)
      for (const member of node.body.body) if (member.computed) walk(member.key, state)
    },
    ThisExpression() {
      found = true
    },
    Identifier(node) {
      if (node.name === 'arguments') found = true
    }
  })
  return found
}

/** The module factories of `code`'s top-level module map(s): arrow functions that may become functions. */
function arrowFactories(code) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true })
  const factories = []
  for (const statement of ast.body) {
    if (statement.type !== 'VariableDeclaration') continue
    for (const declarator of statement.declarations) {
      if (!MODULE_MAPS.has(declarator.id.name) || declarator.init?.type !== 'ObjectExpression') continue
      for (const property of declarator.init.properties) {
        const fn = property.value
        if (fn?.type !== 'ArrowFunctionExpression' || fn.async || fn.expression) continue
        if (!readsOwnScope(fn)) factories.push(fn)
      }
    }
  }
  return factories
}

/**
 * `code` with each safe factory written `function(params) {…}`, in parentheses (ncc already wraps each one).
 * Returns how many were rewritten too, so the build can tell that it found the module map at all.
 */
export function eagerFactoriesOf(code) {
  const factories = arrowFactories(code)
  let out = ''
  let at = 0
  for (const fn of factories) {
    const arrow = code.lastIndexOf('=>', fn.body.start)
    const params = code.slice(fn.start, arrow).trim()
    const parenthesized = /\(\s*(\/\*[^]*?\*\/\s*)*$/.test(code.slice(Math.max(0, fn.start - 200), fn.start))
    out += code.slice(at, fn.start)
    if (!parenthesized) out += '('
    out += `function${params.startsWith('(') ? params : `(${params})`} `
    out += code.slice(fn.body.start, fn.end)
    if (!parenthesized) out += ')'
    at = fn.end
  }
  return { code: out + code.slice(at), count: factories.length }
}

/** Rewrites the `.js` files directly in `dir` (the entry and its chunks). Fails when the entry has no factories. */
export function eagerFactories(dir) {
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.js')) continue
    const file = path.join(dir, name)
    const { code, count } = eagerFactoriesOf(fs.readFileSync(file, 'utf8'))
    if (name === 'index.js' && count === 0) {
      throw new Error(
        `${file}: no module factory found: has ncc's output changed? (scripts/eager-factories.mjs)`
      )
    }
    fs.writeFileSync(file, code)
  }
}
