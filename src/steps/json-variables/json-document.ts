// Reads and edits JSON with comments and trailing commas (as .NET's JSON configuration provider reads it) with
// jsonc-parser, the parser and editor VS Code uses: a value is replaced or a key added by editing the text in place,
// so indentation, comments, key order, line endings and the BOM stay as they were. What is ours is .NET's meaning
// of a key path: `Logging.LogLevel.Default`, keys matched ignoring case, keys that contain dots, array indexes.

// Named imports: the package's ESM build (what ncc bundles) has no default export; Node reads the names from its
// CommonJS build.
import {
  applyEdits,
  modify,
  parseTree,
  printParseErrorCode,
  visit,
  type FormattingOptions,
  type Node,
  type ParseErrorCode,
  type ParseOptions
} from 'jsonc-parser'

/** A parsed value with its position in the text (jsonc-parser's tree). */
export type JsonNode = Node

/** The kinds of JSON value a key can hold. */
export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null'

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

const PARSE_OPTIONS: ParseOptions = { allowTrailingComma: true, disallowComments: false }
const UTF8_BOM = '\ufeff'

/** Our wording for jsonc-parser's error codes: what was expected, in the words of the file's author. */
function describeError(
  code: ParseErrorCode,
  text: string,
  offset: number,
  length: number,
  container: 'object' | 'array' | undefined,
  afterRoot: boolean
): string {
  // By name: the codes are a const enum in jsonc-parser's types, which isolated modules cannot read.
  const name = printParseErrorCode(code)
  const close = container === 'array' ? ']' : '}'
  switch (name) {
    case 'CommaExpected':
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return offset >= text.length
        ? `unexpected end of the file (expected ${close})`
        : `expected ',' or ${close}`
    case 'UnexpectedEndOfString':
      return /[\r\n]/.test(text[offset + length] ?? '') ? 'line break inside a string' : 'unterminated string'
    case 'ValueExpected':
      return text.slice(offset).trim() === '' ? 'unexpected end of the file' : 'expected a value'
    case 'PropertyNameExpected':
      return 'expected a "key" or }'
    case 'ColonExpected':
      return "expected ':' after the key"
    case 'UnexpectedEndOfComment':
      return 'unterminated comment'
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return 'invalid number'
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return 'invalid escape sequence in a string'
    case 'InvalidCharacter':
      return 'control character inside a string'
    case 'EndOfFileExpected':
      return 'unexpected text after the JSON value'
    default:
      return afterRoot
        ? 'unexpected text after the JSON value'
        : `unexpected '${text.slice(offset, offset + Math.max(1, length))}'`
  }
}

/** Throws a JsonSyntaxError for the first problem in `text`, if any. */
function checkSyntax(text: string): void {
  const containers: ('object' | 'array')[] = []
  let rootDone = false
  let first: JsonSyntaxError | undefined
  const closed = (): void => {
    containers.pop()
    if (containers.length === 0) rootDone = true
  }
  visit(
    text,
    {
      onObjectBegin: () => void containers.push('object'),
      onArrayBegin: () => void containers.push('array'),
      onObjectEnd: closed,
      onArrayEnd: closed,
      onLiteralValue: () => {
        if (containers.length === 0) rootDone = true
      },
      onError: (code, offset, length, startLine, startCharacter) => {
        const container = containers[containers.length - 1]
        first ??= new JsonSyntaxError(
          describeError(code, text, offset, length, container, rootDone && containers.length === 0),
          offset,
          startLine + 1,
          startCharacter + 1
        )
      }
    },
    PARSE_OPTIONS
  )
  if (first) throw first
}

/** Parses JSON with comments and trailing commas, keeping positions. Throws JsonSyntaxError. */
export function parseJsonDocument(text: string): JsonNode {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text
  checkSyntax(body)
  const tree = parseTree(body, [], PARSE_OPTIONS)
  if (!tree) throw new JsonSyntaxError('unexpected end of the file', 0, 1, 1)
  return tree
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
  /** The deepest value reached. */
  node: JsonNode
  /** Path segments consumed, as written in the file (jsonc-parser's path: keys and indexes). */
  consumed: (string | number)[]
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
  const consumed: (string | number)[] = []
  let i = 0
  outer: while (i < segments.length) {
    if (node.type === 'object') {
      const members = (node.children ?? []).flatMap((property) => {
        const [key, value] = property.children ?? []
        return key && value ? [{ key: String(key.value), value }] : []
      })
      for (let take = segments.length - i; take >= 1; take--) {
        const wanted = segments.slice(i, i + take).join('.')
        const member =
          members.find((m) => m.key === wanted) ??
          members.find((m) => m.key.toLowerCase() === wanted.toLowerCase())
        if (member) {
          consumed.push(member.key)
          node = member.value
          i += take
          continue outer
        }
      }
      break
    }
    if (node.type === 'array') {
      const segment = segments[i] as string
      const index = /^\d+$/.test(segment) ? Number(segment) : -1
      const item = node.children?.[index]
      if (!item) break
      consumed.push(index)
      node = item
      i++
      continue
    }
    break
  }
  return { node, consumed, rest: segments.slice(i) }
}

/** The JSON text for `value` where a value of `existing` kind was. Keeps numbers and booleans typed. */
export function jsonValueFor(existing: JsonKind | undefined, value: string): string {
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

/** How the file indents, for jsonc-parser's formatter: the whitespace of the first indented line (else 2 spaces). */
function formattingOf(text: string): FormattingOptions {
  const unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  '
  const tabs = unit.startsWith('\t')
  return {
    insertSpaces: !tabs,
    tabSize: tabs ? 1 : unit.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    keepLines: true
  }
}

function kindOf(node: JsonNode): JsonKind {
  return node.type === 'property' ? 'object' : node.type
}

/**
 * Sets `keyPath` (`Logging.LogLevel.Default`, `Servers.0.Name`) to `value` in the JSON `text`, editing the text in
 * place. A missing key is a JsonPathError unless `addMissing`, which adds it (and any missing parent objects).
 */
export function setJsonValue(
  full: string,
  keyPath: string,
  value: string,
  addMissing: boolean
): SetJsonResult {
  const bom = full.startsWith(UTF8_BOM) ? UTF8_BOM : ''
  const text = full.slice(bom.length)
  const root = parseJsonDocument(text)
  const found = locate(root, keyPath.split('.'))
  const foundPath = found.consumed.join('.')
  if (found.rest.length === 0) {
    let replacement: string
    try {
      replacement = jsonValueFor(kindOf(found.node), value)
    } catch (error) {
      if (error instanceof JsonPathError)
        throw new JsonPathError(`'${foundPath}' ${error.message}`, foundPath)
      throw error
    }
    const { offset, length } = found.node
    if (text.slice(offset, offset + length) === replacement) {
      return { text: full, action: 'unchanged', path: foundPath }
    }
    // The value's own span is replaced by the exact text (not re-serialized: `1e3` or a 20-digit number stay as
    // given), which is the edit jsonc-parser's modify would make for an existing key.
    const edited = applyEdits(text, [{ offset, length, content: replacement }])
    return { text: bom + edited, action: 'replaced', path: foundPath }
  }
  if (!addMissing) {
    throw new JsonPathError(
      foundPath
        ? `'${keyPath}' is not there ('${foundPath}' is, without '${found.rest.join('.')}')`
        : `'${keyPath}' is not there`,
      foundPath
    )
  }
  const [first = '', ...others] = found.rest
  const node = found.node
  let path: (string | number)[]
  if (node.type === 'array') {
    const length = node.children?.length ?? 0
    if (!/^\d+$/.test(first) || Number(first) !== length || others.length > 0) {
      throw new JsonPathError(
        `'${foundPath}' is an array: '${found.rest.join('.')}' must be an index below ${length + 1}`,
        foundPath
      )
    }
    path = [...found.consumed, -1] // -1: append
  } else if (node.type === 'object') {
    path = [...found.consumed, ...found.rest]
  } else {
    throw new JsonPathError(
      `'${foundPath}' is a ${node.type}, so '${found.rest.join('.')}' cannot be added below it`,
      foundPath
    )
  }
  const edits = modify(text, path, value, { formattingOptions: formattingOf(text) })
  return {
    text: bom + applyEdits(text, edits),
    action: 'added',
    path: [...found.consumed, ...found.rest].join('.')
  }
}
