// A JSON (with comments, as .NET configuration reads it) parser that keeps every token's position, so a value can
// be replaced or a key added by editing the text in place: indentation, comments, key order, line endings and the
// BOM stay exactly as they were.

export type JsonNode = JsonObject | JsonArray | JsonScalar

interface Span {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
}

export interface JsonMember {
  key: string
  keySpan: Span
  value: JsonNode
}

export interface JsonObject extends Span {
  kind: 'object'
  members: JsonMember[]
}

export interface JsonArray extends Span {
  kind: 'array'
  items: JsonNode[]
}

export interface JsonScalar extends Span {
  kind: 'string' | 'number' | 'boolean' | 'null'
  value: string | number | boolean | null
}

/** Not JSON; `line`/`column` are 1-based. */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError'
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number
  ) {
    super(`${message} at line ${line}, column ${column}`)
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

class Parser {
  private pos = 0
  constructor(private readonly text: string) {}

  fail(message: string, at = this.pos): never {
    const { line, column } = lineAndColumn(this.text, at)
    throw new JsonSyntaxError(message, at, line, column)
  }

  /** Skips whitespace and comments (`//`, `/* *\/`), which .NET's JSON configuration provider allows. */
  skip(): void {
    const t = this.text
    for (;;) {
      const c = t[this.pos]
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.pos++
      else if (c === '/' && t[this.pos + 1] === '/') {
        while (this.pos < t.length && t[this.pos] !== '\n') this.pos++
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const close = t.indexOf('*/', this.pos + 2)
        if (close < 0) this.fail('unterminated comment')
        this.pos = close + 2
      } else return
    }
  }

  document(): JsonNode {
    this.skip()
    const node = this.value()
    this.skip()
    if (this.pos < this.text.length) this.fail('unexpected text after the JSON value')
    return node
  }

  value(): JsonNode {
    const c = this.text[this.pos]
    if (c === '{') return this.object()
    if (c === '[') return this.array()
    if (c === '"') {
      const start = this.pos
      const value = this.string()
      return { kind: 'string', value, start, end: this.pos }
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.pos, this.pos + 400)
    )
    if (!literal) this.fail(c === undefined ? 'unexpected end of the file' : `unexpected '${c}'`)
    const start = this.pos
    this.pos += literal[0].length
    const text = literal[0]
    if (text === 'true' || text === 'false')
      return { kind: 'boolean', value: text === 'true', start, end: this.pos }
    if (text === 'null') return { kind: 'null', value: null, start, end: this.pos }
    return { kind: 'number', value: Number(text), start, end: this.pos }
  }

  string(): string {
    const start = this.pos
    this.pos++ // opening quote
    const t = this.text
    while (this.pos < t.length) {
      const c = t[this.pos]
      if (c === '"') {
        this.pos++
        return JSON.parse(t.slice(start, this.pos)) as string
      }
      if (c === '\\') this.pos += 2
      else if (c === '\n') this.fail('line break inside a string')
      else this.pos++
    }
    return this.fail('unterminated string', start)
  }

  object(): JsonObject {
    const start = this.pos
    this.pos++
    const members: JsonMember[] = []
    for (;;) {
      this.skip()
      if (this.text[this.pos] === '}') break
      if (this.text[this.pos] !== '"') this.fail('expected a "key" or }')
      const keyStart = this.pos
      const key = this.string()
      const keySpan = { start: keyStart, end: this.pos }
      this.skip()
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after "${key}"`)
      this.pos++
      this.skip()
      members.push({ key, keySpan, value: this.value() })
      this.skip()
      if (this.text[this.pos] === ',') {
        this.pos++
        continue
      }
      if (this.text[this.pos] !== '}') this.fail("expected ',' or }")
    }
    this.pos++
    return { kind: 'object', members, start, end: this.pos }
  }

  array(): JsonArray {
    const start = this.pos
    this.pos++
    const items: JsonNode[] = []
    for (;;) {
      this.skip()
      if (this.text[this.pos] === ']') break
      items.push(this.value())
      this.skip()
      if (this.text[this.pos] === ',') {
        this.pos++
        continue
      }
      if (this.text[this.pos] !== ']') this.fail("expected ',' or ]")
    }
    this.pos++
    return { kind: 'array', items, start, end: this.pos }
  }
}

/** Parses JSON with comments and trailing commas, keeping positions. */
export function parseJsonDocument(text: string): JsonNode {
  return new Parser(text).document()
}

/** Why a variable could not be set (the key is missing, or the path runs through a value that has no keys). */
export class JsonPathError extends Error {
  override name = 'JsonPathError'
  constructor(
    message: string,
    /** The longest prefix of the path that exists. */
    readonly found: string
  ) {
    super(message)
  }
}

export interface SetJsonResult {
  text: string
  action: 'replaced' | 'added' | 'unchanged'
  /** The key path as written in the file (its case). */
  path: string
}

interface Located {
  /** The deepest node reached. */
  node: JsonNode
  /** Path segments consumed, as written in the file. */
  consumed: string[]
  /** Segments still to find. */
  rest: string[]
}

/**
 * Follows `segments` from `root`. Keys match exactly first, then ignoring case (.NET configuration keys are
 * case-insensitive); a key that itself contains dots (`Microsoft.AspNetCore`) is matched by joining segments,
 * longest first. Numeric segments index arrays.
 */
function locate(root: JsonNode, segments: string[]): Located {
  let node = root
  const consumed: string[] = []
  let i = 0
  outer: while (i < segments.length) {
    if (node.kind === 'object') {
      for (let take = segments.length - i; take >= 1; take--) {
        const key = segments.slice(i, i + take).join('.')
        const member =
          node.members.find((m) => m.key === key) ??
          node.members.find((m) => m.key.toLowerCase() === key.toLowerCase())
        if (member) {
          consumed.push(member.key)
          node = member.value
          i += take
          continue outer
        }
      }
      break
    }
    if (node.kind === 'array') {
      const segment = segments[i] as string
      const index = /^\d+$/.test(segment) ? Number(segment) : -1
      const item = node.items[index]
      if (!item) break
      consumed.push(segment)
      node = item
      i++
      continue
    }
    break
  }
  return { node, consumed, rest: segments.slice(i) }
}

/** The JSON text for `value` where a node of `existing` kind was. Keeps numbers and booleans typed. */
export function jsonValueFor(existing: JsonNode['kind'] | undefined, value: string): string {
  const trimmed = value.trim()
  if (existing === 'number' && /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(trimmed)) return trimmed
  if (existing === 'boolean' && /^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase()
  if (existing === 'null' && trimmed === 'null') return 'null'
  if (existing === 'object' || existing === 'array') {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      const kind = Array.isArray(parsed)
        ? 'array'
        : typeof parsed === 'object' && parsed !== null
          ? 'object'
          : 'other'
      if (kind === existing) return trimmed
    } catch {
      // Falls through to the error below.
    }
    throw new JsonPathError(
      `holds ${existing === 'object' ? 'an object' : 'an array'}: give a JSON ${existing} or a key below it`,
      ''
    )
  }
  return JSON.stringify(value)
}

/** How the file indents: the whitespace of the first indented line (2 spaces when there is none). */
export function detectIndentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  '
}

export function detectEol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/** The indentation of the line `offset` is on. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? ''
}

/** Offset just after the last member's value, and after a trailing comma if the file has one. */
function afterLastMember(text: string, object: JsonObject): { offset: number; hasTrailingComma: boolean } {
  const last = object.members[object.members.length - 1] as JsonMember
  const offset = last.value.end
  const tail = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*,/.exec(text.slice(offset, object.end))
  if (tail) return { offset: offset + tail[0].length, hasTrailingComma: true }
  return { offset, hasTrailingComma: false }
}

/**
 * Sets `keyPath` (`Logging.LogLevel.Default`, `Servers.0.Name`) to `value` in the JSON `text`, editing the text in
 * place. A missing key is a JsonPathError unless `addMissing`, which adds it (and any missing parent objects).
 */
export function setJsonValue(
  text: string,
  keyPath: string,
  value: string,
  addMissing: boolean
): SetJsonResult {
  const root = parseJsonDocument(text)
  const segments = keyPath.split('.')
  const found = locate(root, segments)
  if (found.rest.length === 0) {
    const replacement = (() => {
      try {
        return jsonValueFor(found.node.kind, value)
      } catch (error) {
        if (error instanceof JsonPathError)
          throw new JsonPathError(`'${found.consumed.join('.')}' ${error.message}`, found.consumed.join('.'))
        throw error
      }
    })()
    const current = text.slice(found.node.start, found.node.end)
    const path = found.consumed.join('.')
    if (current === replacement) return { text, action: 'unchanged', path }
    return {
      text: text.slice(0, found.node.start) + replacement + text.slice(found.node.end),
      action: 'replaced',
      path
    }
  }
  const foundPath = found.consumed.join('.')
  if (!addMissing) {
    throw new JsonPathError(
      foundPath
        ? `'${keyPath}' is not there ('${foundPath}' is, without '${found.rest.join('.')}')`
        : `'${keyPath}' is not there`,
      foundPath
    )
  }
  const unit = detectIndentUnit(text)
  const eol = detectEol(text)
  const [first = '', ...others] = found.rest
  const node = found.node
  if (node.kind === 'array') {
    if (/^\d+$/.test(first) && Number(first) === node.items.length && others.length === 0) {
      return appendToArray(text, node, JSON.stringify(value), eol, [...found.consumed, first].join('.'))
    }
    throw new JsonPathError(
      `'${foundPath}' is an array: '${first}' must be an index below ${node.items.length + 1}`,
      foundPath
    )
  }
  if (node.kind !== 'object') {
    throw new JsonPathError(
      `'${foundPath}' is a ${node.kind}, so '${found.rest.join('.')}' cannot be added below it`,
      foundPath
    )
  }
  const memberIndent = memberIndentOf(text, node, unit)
  const nested = renderNestedValue(others, JSON.stringify(value), memberIndent, unit, eol)
  const member = `${JSON.stringify(first)}: ${nested}`
  const path = [...found.consumed, ...found.rest].join('.')
  if (node.members.length === 0) {
    const closeIndent = lineIndent(text, node.end - 1)
    const inner = text.slice(node.start + 1, node.end - 1)
    const insertion = `${eol}${memberIndent}${member}${eol}${closeIndent}`
    // `{}` or `{ }` (maybe with a comment): put the member inside, keeping what was there.
    return {
      text: text.slice(0, node.start + 1) + inner.trimEnd() + insertion + text.slice(node.end - 1),
      action: 'added',
      path
    }
  }
  const { offset, hasTrailingComma } = afterLastMember(text, node)
  const multiline = text.slice(node.start, node.members[0]?.keySpan.start).includes('\n')
  const separator = multiline ? `${eol}${memberIndent}` : ' '
  const insertion = `${hasTrailingComma ? '' : ','}${separator}${member}${hasTrailingComma ? ',' : ''}`
  return { text: text.slice(0, offset) + insertion + text.slice(offset), action: 'added', path }
}

function memberIndentOf(text: string, object: JsonObject, unit: string): string {
  const first = object.members[0]
  if (first && text.slice(object.start, first.keySpan.start).includes('\n'))
    return lineIndent(text, first.keySpan.start)
  return lineIndent(text, object.start) + unit
}

/** Renders `{ "a": { "b": value } }` for the missing segments below the added key, in the file's style. */
function renderNestedValue(
  rest: string[],
  valueText: string,
  indent: string,
  unit: string,
  eol: string
): string {
  if (rest.length === 0) return valueText
  const [key = '', ...others] = rest
  const inner = renderNestedValue(others, valueText, indent + unit, unit, eol)
  return `{${eol}${indent}${unit}${JSON.stringify(key)}: ${inner}${eol}${indent}}`
}

function appendToArray(
  text: string,
  array: JsonArray,
  valueText: string,
  eol: string,
  path: string
): SetJsonResult {
  const last = array.items[array.items.length - 1]
  if (!last) {
    return {
      text: `${text.slice(0, array.start + 1)}${valueText}${text.slice(array.end - 1)}`,
      action: 'added',
      path
    }
  }
  const multiline = text.slice(array.start, array.items[0]?.start).includes('\n')
  const indent = multiline ? lineIndent(text, array.items[0]?.start ?? array.start) : ''
  const insertion = multiline ? `,${eol}${indent}${valueText}` : `, ${valueText}`
  return { text: text.slice(0, last.end) + insertion + text.slice(last.end), action: 'added', path }
}
