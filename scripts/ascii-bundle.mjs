// Rewrites ncc's ESM output files as pure ASCII. Why: Node reads a script as Latin-1 when every byte is ASCII,
// and as UTF-16 otherwise; our bundles hold a few hundred characters such as "—", "§" or CJK text in localized
// patterns, which made Node decode the whole 2.4 MB action bundle to UTF-16 on every start (bench/README.md).
// esbuild (charset: ascii) parses the code and escapes each string, template and identifier character as its
// place allows. It also drops most comments (the licence notices are in licenses.txt, which ncc writes) and may
// rename a local variable (ncc's `exports` parameter, say) to keep ESM names apart; it changes no behaviour. It
// leaves regular expression literals, a few comments and tagged templates as written: in the first two a \u escape
// means the same character (for a regular expression with or without the u flag, a surrogate pair written as two
// escapes included), so they are escaped here; in a tagged template (String.raw) an escape would change the text
// the tag sees, so one there stops the build (acorn finds them).
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { simple } from 'acorn-walk'
import { transform } from 'esbuild'

const NON_ASCII = /[\u0080-\uffff]/

/** Fails when a tagged template of `code` holds a non-ASCII character (an escape would change what it is). */
function refuseTaggedNonAscii(code, file) {
  const ast = parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: true,
    locations: true
  })
  simple(ast, {
    TaggedTemplateExpression(node) {
      const quasi = node.quasi.quasis.find((element) => NON_ASCII.test(element.value.raw))
      if (quasi) {
        throw new Error(
          `${file}:${quasi.loc.start.line}: a tagged template holds a non-ASCII character, which cannot be escaped ` +
            'without changing what the tag sees: write it with String.fromCodePoint or an untagged template.'
        )
      }
    }
  })
}

/** The `.js` files directly in `dir`, rewritten as ASCII ESM. */
export async function asciiBundle(dir) {
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.js')) continue
    const file = path.join(dir, name)
    const { code } = await transform(fs.readFileSync(file, 'utf8'), {
      charset: 'ascii',
      format: 'esm',
      legalComments: 'none',
      logLevel: 'silent'
    })
    if (NON_ASCII.test(code)) refuseTaggedNonAscii(code, file)
    // What is left is in regular expression literals and comments: one \u escape per UTF-16 code unit. An
    // identity escape (`\é`, the same as `é`) loses its backslash, or the escape would read as a backslash.
    const ascii = code.replace(/(\\*)([\u0080-\uffff])/g, (match, backslashes, char) => {
      const kept = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes
      return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
    })
    fs.writeFileSync(file, ascii)
  }
}
