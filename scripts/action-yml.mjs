// Reads action.yml (a small YAML subset: nested maps of scalars, as action.yml files are) and renders the README
// input/output tables from it. No YAML dependency: the subset is all action.yml needs, and the test that compares
// action.yml with the option parser fails on anything this reader misreads.
import fs from 'node:fs'

function unquote(text, file, lineNo) {
  const value = text.trim()
  if (value.startsWith("'")) {
    if (!value.endsWith("'") || value.length < 2) throw new Error(`${file}:${lineNo}: unterminated '...'`)
    return value.slice(1, -1).replace(/''/g, "'")
  }
  if (value.startsWith('"')) return JSON.parse(value.replace(/\\([^"\\/bfnrtu])/g, '\\\\$1'))
  return value
}

/** Parses nested maps of scalars by indentation. */
export function parseYamlMaps(text, file = 'action.yml') {
  const root = {}
  const stack = [{ indent: -1, map: root }]
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim() || raw.trim().startsWith('#')) return
    const indent = raw.length - raw.trimStart().length
    const match = /^([A-Za-z0-9_.-]+):(?:\s+(.*))?$/.exec(raw.trim())
    if (!match) throw new Error(`${file}:${index + 1}: cannot read '${raw.trim()}'`)
    while (stack.length > 1 && (stack[stack.length - 1]?.indent ?? -1) >= indent) stack.pop()
    const parent = stack[stack.length - 1].map
    const [, key, rest] = match
    if (rest === undefined || rest === '') {
      const map = {}
      parent[key] = map
      stack.push({ indent, map })
    } else parent[key] = unquote(rest, file, index + 1)
  })
  return root
}

export function readActionYml(file) {
  return parseYamlMaps(fs.readFileSync(file, 'utf8'), file)
}

/** `List` for newline lists, `Boolean`, `Number`, else `String`. */
export function inputType(name, input) {
  const value = input.default ?? ''
  if (/^(true|false)$/.test(value) || name === 'self-contained') return 'Boolean'
  if (/^newline list|^same as .*(variables|list)/i.test(input.description) || value.includes('\n'))
    return 'List'
  if (/^\d+$/.test(value)) return 'Number'
  return 'String'
}

function cell(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

export function renderInputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const fallback = input.default === undefined ? '' : `\`${cell(input.default).replace(/<br>/g, '`, `')}\``
    return `| \`${name}\` | ${inputType(name, input)} | ${fallback} | ${cell(input.description ?? '')} |`
  })
  return ['| Name | Type | Default | Description |', '|---|---|---|---|', ...rows].join('\n')
}

export function renderOutputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`
  )
  return ['| Name | Description |', '|---|---|', ...rows].join('\n')
}

/** Replaces the text between `<!-- <name>:start -->` and `<!-- <name>:end -->`; undefined when the markers are missing. */
export function replaceBetweenMarkers(text, name, content) {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < a) return undefined
  return `${text.slice(0, a + start.length)}\n${content}\n${text.slice(b)}`
}
