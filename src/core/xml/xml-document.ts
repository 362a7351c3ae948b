// A lossless XML document for web.config work. fast-xml-parser's validator decides well-formedness (with its
// line:col errors, see parse-xml.ts); this model keeps every byte of the source (BOM, declaration, line endings,
// whitespace inside tags, attribute quotes, entity spellings, comments, CDATA) so that an edit touches only what it
// changes. Nodes remember their source offset for `file:line:col` diagnostics.

export type XmlNode = XmlElement | XmlText | XmlComment | XmlCData | XmlProcessingInstruction | XmlDocType

interface NodeBase {
  parent: XmlElement | XmlDocument | undefined
  /** Offset of the node's first character in the source, or -1 for nodes created by code. */
  offset: number
}

export interface XmlText extends NodeBase {
  type: 'text'
  /** The text as written (entities not decoded). */
  raw: string
}

export interface XmlComment extends NodeBase {
  type: 'comment'
  /** The comment's content, between `<!--` and `-->`. */
  content: string
}

export interface XmlCData extends NodeBase {
  type: 'cdata'
  /** The content between `<![CDATA[` and `]]>`. */
  content: string
}

export interface XmlProcessingInstruction extends NodeBase {
  type: 'pi'
  /** Everything between `<?` and `?>`, e.g. `xml version="1.0" encoding="utf-8"`. */
  content: string
}

export interface XmlDocType extends NodeBase {
  type: 'doctype'
  /** The whole `<!DOCTYPE ...>` text. */
  raw: string
}

export interface XmlAttribute {
  /** Qualified name as written (`name`, `xdt:Transform`, `xmlns:xdt`). */
  name: string
  /** Whitespace before the name, as written (a space, or a newline and indentation). */
  leading: string
  /** The `=` with any whitespace around it, as written. */
  equals: string
  quote: '"' | "'"
  /** The value as written, entities not decoded. */
  rawValue: string
  /** Offset of the attribute name in the source, or -1. */
  offset: number
  /** Offset of the first character of the value (after the quote), or -1. */
  valueOffset: number
}

export interface XmlElement extends NodeBase {
  type: 'element'
  /** Qualified name (`aspNetCore`, `xdt:Import`). */
  name: string
  attributes: XmlAttribute[]
  children: XmlNode[]
  /** `<a/>` in the source and no children since. */
  selfClosing: boolean
  /** Whitespace after the last attribute and before `>` or `/>`. */
  tagTail: string
  /** The end tag's whitespace before `>` (`</a >`). */
  endTagTail: string
  /** Offset of the end tag, or -1. */
  endOffset: number
}

export class XmlDocument {
  readonly type = 'document'
  children: XmlNode[] = []
  /** The source started with a UTF-8 byte order mark. */
  bom = false
  /** The line ending the document mostly uses; new lines that we add use it. */
  newline: '\n' | '\r\n' = '\n'
  /** Where each line starts: found on the first `position()` call (most documents never need one). */
  private lineStarts: number[] | undefined

  constructor(readonly source = '') {}

  /** 1-based line and column of a source offset. */
  position(offset: number): { line: number; column: number } {
    if (offset < 0) return { line: 0, column: 0 }
    const starts = (this.lineStarts ??= lineStartsOf(this.source))
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 }
  }

  /** The root element. */
  get root(): XmlElement | undefined {
    return this.children.find((c): c is XmlElement => c.type === 'element')
  }

  toString(): string {
    return serialize(this)
  }
}

function lineStartsOf(source: string): number[] {
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** Counts `\n` and `\r\n` with indexOf (a regular expression's match array costs a string per line). */
export function dominantNewline(source: string): '\n' | '\r\n' {
  let crlf = 0
  let lf = 0
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
    if (i > 0 && source.charCodeAt(i - 1) === 13) crlf++
    else lf++
  }
  return crlf > lf ? '\r\n' : '\n'
}

// ---------------------------------------------------------------------------------------------------------------
// Entities

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes the predefined and numeric entities; anything else (a DTD entity) is kept as written, never expanded. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16), whole)
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10), whole)
    return PREDEFINED[ref] ?? whole
  })
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeAttribute(value: string, quote: '"' | "'" = '"'): string {
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r/g, '&#xD;')
    .replace(/\n/g, '&#xA;')
    .replace(/\t/g, '&#x9;')
  return quote === '"' ? escaped.replace(/"/g, '&quot;') : escaped.replace(/'/g, '&apos;')
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing (of a document that the validator already accepted; still defensive)

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError'
  constructor(
    message: string,
    readonly line: number,
    readonly column: number
  ) {
    super(message)
  }
}

// Character tests by code, not regular expressions: the parser looks at every character of multi-megabyte files.
/** XML white space (XML 1.0 production S): space, tab, CR, LF. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** Ends a tag or attribute name: white space, `/`, `>`, `=`. */
function isNameEnd(code: number): boolean {
  return isSpace(code) || code === 47 || code === 62 || code === 61
}

/** Parses XML text into a lossless document. Throws XmlSyntaxError with line and column. */
export function parseXmlDocument(text: string): XmlDocument {
  const bom = text.charCodeAt(0) === 0xfeff
  const source = bom ? text.slice(1) : text
  const doc = new XmlDocument(source)
  doc.bom = bom
  doc.newline = dominantNewline(source)

  const fail = (message: string, offset: number): never => {
    const { line, column } = doc.position(offset)
    throw new XmlSyntaxError(message, line, column)
  }

  let pos = 0
  const stack: Array<XmlElement | XmlDocument> = [doc]
  const current = (): XmlElement | XmlDocument => stack[stack.length - 1] as XmlElement | XmlDocument
  const append = (node: XmlNode): void => {
    const parent = current()
    node.parent = parent
    parent.children.push(node)
  }

  while (pos < source.length) {
    const lt = source.indexOf('<', pos)
    if (lt === -1 || lt > pos) {
      const end = lt === -1 ? source.length : lt
      append({ type: 'text', raw: source.slice(pos, end), parent: undefined, offset: pos })
      pos = end
      continue
    }
    const next = source.charCodeAt(pos + 1)
    // `!` comment, CDATA or DOCTYPE; `?` processing instruction; `/` end tag; anything else a start tag.
    if (next === 33 && source.startsWith('<!--', pos)) {
      const end = source.indexOf('-->', pos + 4)
      if (end === -1) fail('Comment is not closed: expected -->.', pos)
      append({ type: 'comment', content: source.slice(pos + 4, end), parent: undefined, offset: pos })
      pos = end + 3
      continue
    }
    if (next === 33 && source.startsWith('<![CDATA[', pos)) {
      const end = source.indexOf(']]>', pos + 9)
      if (end === -1) fail('CDATA section is not closed: expected ]]>.', pos)
      append({ type: 'cdata', content: source.slice(pos + 9, end), parent: undefined, offset: pos })
      pos = end + 3
      continue
    }
    if (next === 63) {
      const end = source.indexOf('?>', pos + 2)
      if (end === -1) fail('Processing instruction is not closed: expected ?>.', pos)
      append({ type: 'pi', content: source.slice(pos + 2, end), parent: undefined, offset: pos })
      pos = end + 2
      continue
    }
    if (next === 33 && (source.startsWith('<!DOCTYPE', pos) || source.startsWith('<!doctype', pos))) {
      // Skip an internal subset: brackets, quoted strings. Entities declared there are never expanded.
      let i = pos + 9
      let depth = 0
      let quote = ''
      for (; i < source.length; i++) {
        const ch = source[i]
        if (quote) {
          if (ch === quote) quote = ''
        } else if (ch === '"' || ch === "'") quote = ch
        else if (ch === '[') depth++
        else if (ch === ']') depth--
        else if (ch === '>' && depth <= 0) break
      }
      if (i >= source.length) fail('DOCTYPE is not closed.', pos)
      append({ type: 'doctype', raw: source.slice(pos, i + 1), parent: undefined, offset: pos })
      pos = i + 1
      continue
    }
    if (next === 47) {
      // End tag.
      let i = pos + 2
      while (i < source.length && !isNameEnd(source.charCodeAt(i))) i++
      const name = source.slice(pos + 2, i)
      const close = source.indexOf('>', i)
      if (close === -1) fail(`End tag </${name}> is not closed.`, pos)
      const open = current()
      if (open.type !== 'element') fail(`Unexpected end tag </${name}>: no element is open.`, pos)
      const element = open as XmlElement
      if (element.name !== name) fail(`End tag </${name}> does not match <${element.name}>.`, pos)
      element.endTagTail = source.slice(i, close)
      element.endOffset = pos
      stack.pop()
      pos = close + 1
      continue
    }
    // Start tag.
    let i = pos + 1
    while (i < source.length && !isNameEnd(source.charCodeAt(i))) i++
    const name = source.slice(pos + 1, i)
    if (!name) fail('Expected an element name after <.', pos)
    const element: XmlElement = {
      type: 'element',
      name,
      attributes: [],
      children: [],
      selfClosing: false,
      tagTail: '',
      endTagTail: '',
      parent: undefined,
      offset: pos,
      endOffset: -1
    }
    for (;;) {
      const wsStart = i
      while (i < source.length && isSpace(source.charCodeAt(i))) i++
      const ws = source.slice(wsStart, i)
      if (i >= source.length) fail(`Start tag <${name}> is not closed.`, pos)
      const code = source.charCodeAt(i)
      if (code === 62) {
        element.tagTail = ws
        i++
        break
      }
      if (code === 47 && source.charCodeAt(i + 1) === 62) {
        element.tagTail = ws
        element.selfClosing = true
        i += 2
        break
      }
      if (!ws) fail(`Expected whitespace between attributes in <${name}>.`, i)
      const nameStart = i
      while (i < source.length && !isNameEnd(source.charCodeAt(i))) i++
      const attrName = source.slice(nameStart, i)
      if (!attrName) fail(`Unexpected character '${source[i]}' in <${name}>.`, i)
      const eqStart = i
      while (isSpace(source.charCodeAt(i))) i++
      if (source[i] !== '=') fail(`Attribute '${attrName}' has no value.`, nameStart)
      i++
      while (isSpace(source.charCodeAt(i))) i++
      const quote = source[i]
      if (quote !== '"' && quote !== "'") fail(`The value of attribute '${attrName}' must be quoted.`, i)
      const valueEnd = source.indexOf(quote as string, i + 1)
      if (valueEnd === -1) fail(`The value of attribute '${attrName}' is not closed.`, i)
      const rawValue = source.slice(i + 1, valueEnd)
      if (rawValue.includes('<')) fail(`The value of attribute '${attrName}' contains '<'.`, i + 1)
      for (const other of element.attributes) {
        if (other.name === attrName) fail(`Attribute '${attrName}' is repeated.`, nameStart)
      }
      element.attributes.push({
        name: attrName,
        leading: ws,
        equals: source.slice(eqStart, i),
        quote: quote as '"' | "'",
        rawValue,
        offset: nameStart,
        valueOffset: i + 1
      })
      i = valueEnd + 1
    }
    append(element)
    if (!element.selfClosing) stack.push(element)
    pos = i
  }
  if (stack.length > 1) {
    const open = current() as XmlElement
    fail(`Element <${open.name}> is not closed.`, open.offset)
  }
  if (!doc.root) fail('The document has no root element.', 0)
  for (const node of doc.children) {
    if (node.type === 'element' && node !== doc.root)
      fail(`A second root element <${node.name}>: only one is allowed.`, node.offset)
    if (node.type === 'text' && node.raw.trim()) fail('Text outside the root element.', node.offset)
  }
  return doc
}

// ---------------------------------------------------------------------------------------------------------------
// Serialization

function serializeNode(node: XmlNode, out: string[]): void {
  switch (node.type) {
    case 'text':
      out.push(node.raw)
      return
    case 'comment':
      out.push(`<!--${node.content}-->`)
      return
    case 'cdata':
      out.push(`<![CDATA[${node.content}]]>`)
      return
    case 'pi':
      out.push(`<?${node.content}?>`)
      return
    case 'doctype':
      out.push(node.raw)
      return
    case 'element': {
      out.push('<', node.name)
      for (const a of node.attributes) out.push(a.leading, a.name, a.equals, a.quote, a.rawValue, a.quote)
      out.push(node.tagTail)
      if (node.selfClosing && node.children.length === 0) {
        out.push('/>')
        return
      }
      out.push('>')
      for (const child of node.children) serializeNode(child, out)
      out.push('</', node.name, node.endTagTail, '>')
      return
    }
  }
}

export function serialize(doc: XmlDocument): string {
  const out: string[] = doc.bom ? ['\uFEFF'] : []
  for (const child of doc.children) serializeNode(child, out)
  return out.join('')
}

/** Serializes one element (with its children), e.g. for messages or XDT. */
export function serializeElement(node: XmlNode): string {
  const out: string[] = []
  serializeNode(node, out)
  return out.join('')
}
