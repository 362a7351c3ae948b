// How Microsoft.Web.XmlTransform writes a transformed document, reproduced over our lossless model so that our output
// is the engine's output byte for byte (docs/xdt-formatting.md). Written from the rules of dotnet/xdt's public source
// (src/Microsoft.Web.XmlTransform: XmlFormatter.cs, XmlAttributePreservationDict.cs, XmlAttributePreservingWriter.cs,
// XmlFileInfoDocument.cs); no library does this, because it is one engine's private layout algorithm.
//
// Three steps, run once after a transform file was applied:
// 1. indentation (XmlFormatter): walks the document, gives nodes inserted by the transform the indentation of their
//    new siblings, drops the extra whitespace a removal left, keeps the whitespace before an end tag at the end;
// 2. attribute layout (XmlAttributePreservationDict): the attributes of every element keep the whitespace they had
//    in the source; removed ones give theirs to the next; added ones follow the element's one-per-line habit;
// 3. writing (XmlTextWriter behind XmlAttributePreservingWriter): values re-escaped the .NET way (`>` is `&gt;`,
//    double quotes), an added attribute goes on a new line when the line would reach 160 characters.
// The model is rewritten in place to that output, so `document.toString()` is the engine's file.

import {
  decodeEntities,
  type XmlAttribute,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
  type XmlText
} from '../../core/xml/xml-document.js'
import { declaredPrefix, lookupNamespace, splitQName } from './namespaces.js'

/** The engine starts a new attribute line when the line would reach this length (AttributeTextWriter). */
const MAX_LINE_LENGTH = 160
/** The writer's attribute line break when an element has none of its own. */
const WRITER_NEWLINE = '\r\n'
const DEFAULT_TAB = '\t'

// ---------------------------------------------------------------------------------------------------------------
// A map with .NET Dictionary's enumeration order: a removed key frees its slot and the next added key takes it
// (last freed first). The attribute layout enumerates its whitespace in that order to find a line break to copy.

class SlotMap {
  private keys: Array<string | undefined> = []
  private values: string[] = []
  private free: number[] = []

  has(key: string): boolean {
    return this.keys.includes(key)
  }
  get(key: string): string | undefined {
    const index = this.keys.indexOf(key)
    return index === -1 ? undefined : this.values[index]
  }
  set(key: string, value: string): void {
    const index = this.keys.indexOf(key)
    if (index !== -1) {
      this.values[index] = value
      return
    }
    const slot = this.free.pop()
    if (slot === undefined) {
      this.keys.push(key)
      this.values.push(value)
    } else {
      this.keys[slot] = key
      this.values[slot] = value
    }
  }
  delete(key: string): void {
    const index = this.keys.indexOf(key)
    if (index === -1) return
    this.keys[index] = undefined
    this.values[index] = ''
    this.free.push(index)
  }
  clear(): void {
    this.keys = []
    this.values = []
    this.free = []
  }
  get size(): number {
    return this.keys.filter((k) => k !== undefined).length
  }
  *entries(): Generator<string> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== undefined) yield this.values[i] as string
  }
}

const hasNewline = (space: string): boolean => space.includes('\n')

/** The attribute whitespace of one start tag as the source wrote it, and what the transform did to it. */
export class AttributeLayout {
  /** Attribute names in source order, then added ones. */
  private ordered: string[] = []
  /** Whitespace before each attribute; '' holds the whitespace before `>` or `/>`. */
  private leading = new SlotMap()
  private newLine: string | undefined
  private onePerLine: boolean | undefined

  /** The layout of an element read from the source (an inserted element starts with an empty one). */
  static of(element: XmlElement): AttributeLayout {
    const layout = new AttributeLayout()
    for (const attribute of element.attributes) {
      layout.ordered.push(attribute.name)
      layout.leading.set(attribute.name, attribute.leading)
    }
    layout.leading.set('', element.tagTail)
    return layout
  }

  /**
   * The source attribute `name` no longer counts as the live attribute of that name: it is treated as removed, and
   * an attribute of the same name as added (at the end, without whitespace of its own).
   */
  forget(name: string): void {
    const index = this.ordered.indexOf(name)
    if (index === -1) return
    const ghost = `\u0000${name}`
    this.ordered[index] = ghost
    const space = this.leading.get(name)
    this.leading.delete(name)
    if (space !== undefined) this.leading.set(ghost, space)
  }

  /** The whitespace before `>` or `/>` as the engine read it. */
  setTrailing(space: string): void {
    this.leading.set('', space)
  }

  /** The same attributes in the same order, each with its whitespace: `update` would change nothing. */
  private unchanged(current: readonly string[]): boolean {
    if (current.length !== this.ordered.length || current.length === 0) return false
    for (let i = 0; i < current.length; i++) {
      const name = current[i] as string
      if (name !== this.ordered[i] || !this.leading.has(name)) return false
    }
    return true
  }

  /** Whitespace to write before `name`, or undefined to let the writer choose (a space or a new line). */
  leadingOf(name: string): string | undefined {
    return this.leading.get(name)
  }
  get trailing(): string | undefined {
    return this.leading.get('')
  }
  get order(): readonly string[] {
    return this.ordered
  }
  /** The line break (with indentation) the writer uses before an added attribute. */
  get writerNewLine(): string {
    return this.newLine ?? WRITER_NEWLINE
  }

  /** A line break this element already uses between attributes (what siblings copy), cached once found. */
  attributeIndent(formatter: IndentTracker | undefined): string | undefined {
    if (this.newLine === undefined) {
      this.newLine = this.lookAheadForNewLine() ?? formatter?.currentAttributeIndent()
    }
    return this.newLine
  }

  private lookAheadForNewLine(): string | undefined {
    for (const space of this.leading.entries()) if (hasNewline(space)) return space
    return undefined
  }

  private isOnePerLine(): boolean {
    if (this.onePerLine === undefined) {
      this.onePerLine = false
      if (this.leading.size > 1) {
        // Every attribute after the first starts a line: keep doing so. Added attributes have no whitespace yet
        // and do not count against it.
        this.onePerLine = this.ordered
          .slice(1)
          .every((name) => !this.leading.has(name) || hasNewline(this.leading.get(name) as string))
      }
    }
    return this.onePerLine
  }

  /** Fits the layout to the attributes the element has now (names in document order). */
  update(current: readonly string[], formatter: IndentTracker): void {
    if (this.unchanged(current)) return
    if (current.length === 0) {
      if (this.ordered.length > 0) {
        this.leading.clear()
        this.ordered = []
      }
      return
    }
    const exists = new Map<string, boolean>()
    for (const name of this.ordered) exists.set(name, false)
    for (const name of current) {
      if (!exists.has(name)) this.ordered.push(name)
      exists.set(name, true)
    }
    let first = true
    let carried: string | undefined
    for (const name of this.ordered) {
      const present = exists.get(name) === true
      if (!present) {
        // A removed attribute's whitespace: the first one's always survives, a line break survives, the rest goes.
        const space = this.leading.get(name)
        if (space !== undefined) {
          if (first) carried ??= space
          else if (hasNewline(space)) carried = space
          this.leading.delete(name)
        }
      } else if (carried !== undefined) {
        const own = this.leading.get(name)
        if (first || own === undefined || !hasNewline(own)) this.leading.set(name, carried)
        carried = undefined
      } else if (!this.leading.has(name)) {
        if (first) this.leading.set(name, ' ')
        else if (this.isOnePerLine()) this.leading.set(name, this.attributeIndent(formatter) as string)
        else this.attributeIndent(formatter)
      }
      first = first && !present
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Step 1: indentation (XmlFormatter)

type ParentNode = XmlElement | XmlDocument
type AnyNode = XmlNode

/** XML white space only: what the reader keeps as a whitespace node. */
function isBlank(raw: string): boolean {
  return /^[ \t\r\n]*$/.test(raw)
}

function isWhitespaceNode(node: AnyNode | ParentNode | undefined): node is XmlText {
  return node !== undefined && node.type === 'text' && /^[ \t\r\n]*$/.test(node.raw)
}

function isTextNode(node: AnyNode | ParentNode | undefined): boolean {
  return node !== undefined && node.type === 'text' && !isWhitespaceNode(node)
}

/** Index of the last line break in an indentation string, or -1 (also when it holds anything but blanks). */
function lastNewLine(whitespace: string): number {
  for (let i = whitespace.length - 1; i >= 0; i--) {
    const ch = whitespace[i]
    if (ch === '\r') return i
    if (ch === '\n') return i > 0 && whitespace[i - 1] === '\r' ? i - 1 : i
    if (ch !== ' ' && ch !== '\t') return -1
  }
  return -1
}

function indentOf(whitespace: string): string | undefined {
  const index = lastNewLine(whitespace)
  return index >= 0 ? whitespace.slice(index) : undefined
}

function whitespaceNode(raw: string, parent: ParentNode): XmlText {
  return { type: 'text', raw, parent, offset: -1 }
}

export interface IndentTracker {
  currentAttributeIndent(): string
}

class Formatter implements IndentTracker {
  private readonly indents: string[] = []
  private readonly attributeIndents: Array<string | undefined> = []
  private indent: string | undefined = ''
  private attributeIndentCache: string | undefined
  private oneTabCache: string | undefined
  private current: AnyNode | undefined
  private previous: AnyNode | undefined

  constructor(
    private readonly isNew: (node: AnyNode) => boolean,
    private readonly layoutOf: (element: XmlElement) => AttributeLayout
  ) {}

  private visit(node: AnyNode): void {
    this.previous = this.current
    this.current = node
  }

  private get currentIndent(): string {
    this.indent ??= this.lookAheadForIndent() ?? (this.indents[this.indents.length - 1] ?? '') + this.oneTab
    return this.indent
  }

  private get oneTab(): string {
    this.oneTabCache ??= this.computeOneTab()
    return this.oneTabCache
  }

  currentAttributeIndent(): string {
    this.attributeIndentCache ??= this.lookForSiblingIndent() ?? this.currentIndent + this.oneTab
    return this.attributeIndentCache
  }

  loop(parent: ParentNode): void {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as AnyNode
      this.visit(node)
      if (node.type === 'element') i += this.handleElement(node)
      else if (isWhitespaceNode(node)) i += this.handleWhitespace(node)
      else if (node.type === 'comment') i += this.ensureIndent(node, false)
    }
  }

  private handleElement(element: XmlElement): number {
    let change = this.ensureIndent(element, false)
    this.layoutOf(element).update(
      element.attributes.map((a) => a.name),
      this
    )
    this.pushIndent()
    this.moveEndWhitespaceLast(element)
    this.loop(element)
    this.visit(element)
    this.popIndent()
    if (!(element.selfClosing && element.children.length === 0)) change += this.ensureIndent(element, true)
    return change
  }

  /** The whitespace before an original end tag stays last when elements were appended after it. */
  private moveEndWhitespaceLast(element: XmlElement): void {
    if (this.isNew(element)) return
    const children = element.children
    let index = children.length - 1
    if (index < 0 || isWhitespaceNode(children[index])) return
    while (index >= 0) {
      const node = children[index] as AnyNode
      if (node.type === 'element' && this.isNew(node)) {
        index--
        continue
      }
      if (isWhitespaceNode(node)) {
        children.splice(index, 1)
        children.push(node)
      }
      return
    }
  }

  private handleWhitespace(node: XmlText): number {
    let change = 0
    // Two whitespace nodes in a row: an element between them was removed. Keep one, preferring a line break.
    // When the previous one was itself just dropped, the engine fails (NullReferenceException in HandleWhiteSpace,
    // three blanks in a row); we compare with the whitespace now before this one instead.
    let previous = this.previous
    if (previous !== undefined && previous.parent === undefined) {
      const siblings = node.parent?.children ?? []
      previous = siblings[siblings.indexOf(node) - 1]
    }
    if (isWhitespaceNode(previous)) {
      const remove = lastNewLine(node.raw) < 0 && lastNewLine(previous.raw) >= 0 ? node : previous
      const siblings = remove.parent?.children
      if (siblings) siblings.splice(siblings.indexOf(remove), 1)
      remove.parent = undefined
      change = -1
    }
    const indent = indentOf(node.raw)
    if (indent !== undefined && this.indent !== indent) {
      this.indent = indent
      this.oneTabCache = undefined
      this.attributeIndentCache = undefined
    }
    return change
  }

  private ensureIndent(node: AnyNode, beforeEnd: boolean): number {
    const previous = this.previous
    const needs =
      !isWhitespaceNode(previous) &&
      !isTextNode(previous) &&
      (this.isNew(node) || (previous !== undefined && this.isNew(previous)))
    if (!needs) return 0
    if (beforeEnd && node.type === 'element') {
      node.children.push(whitespaceNode(this.currentIndent, node))
      return 0
    }
    const parent = node.parent as ParentNode
    parent.children.splice(parent.children.indexOf(node), 0, whitespaceNode(this.currentIndent, parent))
    return 1
  }

  private pushIndent(): void {
    this.indents.push(this.currentIndent)
    this.indent = undefined
    this.attributeIndents.push(this.attributeIndentCache)
    this.attributeIndentCache = undefined
  }

  private popIndent(): void {
    this.indent = this.indents.pop()
    this.attributeIndentCache = this.attributeIndents.pop()
  }

  /** The first line-break whitespace among the current node's siblings that is not the last child. */
  private lookAheadForIndent(): string | undefined {
    const siblings = this.current?.parent?.children
    if (!siblings) return undefined
    for (let i = 0; i < siblings.length - 1; i++) {
      const node = siblings[i]
      if (isWhitespaceNode(node)) {
        const indent = indentOf(node.raw)
        if (indent !== undefined) return indent
      }
    }
    return undefined
  }

  /** One indentation step: the difference between the two innermost indents that extend each other. */
  private computeOneTab(): string {
    for (let i = this.indents.length - 1; i > 0; i--) {
      const inner = this.indents[i] as string
      const outer = this.indents[i - 1] as string
      if (inner.startsWith(outer)) return inner.slice(outer.length)
    }
    const outermost = this.indents[0]
    if (outermost === undefined) return DEFAULT_TAB
    // The engine's fallback: what follows the first character after the line break.
    for (let i = 0; i < outermost.length - 1; i++) {
      const ch = outermost[i]
      if (ch !== '\r' && ch !== '\n') return outermost.slice(i + 1)
    }
    return DEFAULT_TAB
  }

  /** An attribute line break used by the nearest sibling element: the one before, else the first one after. */
  private lookForSiblingIndent(): string | undefined {
    const node = this.current
    const siblings = node?.parent?.children ?? []
    let before = true
    let found: string | undefined
    for (const sibling of siblings) {
      if (sibling === node) before = false
      else if (sibling.type === 'element') found = this.layoutOf(sibling).attributeIndent(undefined)
      if (!before && found !== undefined) return found
    }
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Step 3: writing

/** An attribute value as XmlTextWriter writes it between double quotes. */
export function escapeAttributeLikeDotnet(value: string): string {
  if (!/[&<>"\n\r]/.test(value)) return value // most values: nothing to escape, no six passes
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;')
}

/** Text content as XmlTextWriter writes it. */
export function escapeTextLikeDotnet(value: string): string {
  if (!/[&<>]/.test(value)) return value
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** `version="1.0" encoding="utf-8"`: the declaration rebuilt from its values, as XmlDeclaration writes it. */
function declarationContent(content: string): string {
  const value = (name: string): string | undefined =>
    new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
      .exec(content)
      ?.slice(1)
      .find((v) => v !== undefined)
  const parts = [`version="${value('version') ?? '1.0'}"`]
  const encoding = value('encoding')
  if (encoding) parts.push(`encoding="${encoding}"`)
  const standalone = value('standalone')
  if (standalone) parts.push(`standalone="${standalone}"`)
  return `xml ${parts.join(' ')}`
}

function processingInstructionContent(content: string): string {
  if (/^xml[ \t\r\n]/.test(content) || content === 'xml') return declarationContent(content)
  const match = /^(\S+)[ \t\r\n]*([\s\S]*)$/.exec(content)
  if (!match) return content
  // XmlTextWriter.WriteProcessingInstruction writes a space after the target even when there is no data.
  return `${match[1]} ${match[2]}`
}

/** `<!DOCTYPE name PUBLIC "p" "s"[subset]>` rebuilt from its parts, as XmlTextWriter.WriteDocType writes it. */
function doctypeLikeDotnet(raw: string): string {
  const match =
    /^<!DOCTYPE[ \t\r\n]+([^ \t\r\n[>]+)[ \t\r\n]*(?:(PUBLIC)[ \t\r\n]+("[^"]*"|'[^']*')[ \t\r\n]+("[^"]*"|'[^']*')|(SYSTEM)[ \t\r\n]+("[^"]*"|'[^']*'))?[ \t\r\n]*(?:\[([\s\S]*)\])?[ \t\r\n]*>$/i.exec(
      raw
    )
  if (!match) return raw
  const literal = (quoted: string): string => `"${quoted.slice(1, -1)}"`
  let text = `<!DOCTYPE ${match[1]}`
  if (match[2]) text += ` PUBLIC ${literal(match[3] as string)} ${literal(match[4] as string)}`
  else if (match[5]) text += ` SYSTEM ${literal(match[6] as string)}`
  // The engine's document type always has an internal subset, empty when the source has none: `[]`.
  text += `[${match[7] ?? ''}]`
  return `${text}>`
}

class Writer {
  private column = 0

  constructor(private readonly layoutOf: (element: XmlElement) => AttributeLayout) {}

  private advance(text: string): void {
    const newline = text.lastIndexOf('\n')
    this.column = newline === -1 ? this.column + text.length : text.length - newline - 1
  }

  /** `advance` for text without a line break (names, escaped values, markup), without building the string. */
  private advanceBy(length: number): void {
    this.column += length
  }

  write(parent: ParentNode): void {
    for (const node of parent.children) this.writeNode(node)
  }

  private writeNode(node: AnyNode): void {
    switch (node.type) {
      case 'text':
        if (!isBlank(node.raw)) node.raw = escapeTextLikeDotnet(decodeEntities(node.raw))
        this.advance(node.raw)
        return
      case 'comment':
        this.advance(`<!--${node.content}-->`)
        return
      case 'cdata':
        this.advance(`<![CDATA[${node.content}]]>`)
        return
      case 'pi':
        node.content = processingInstructionContent(node.content)
        this.advance(`<?${node.content}?>`)
        return
      case 'doctype':
        node.raw = doctypeLikeDotnet(node.raw)
        this.advance(node.raw)
        return
      case 'element':
        this.writeElement(node)
        return
    }
  }

  private writeElement(element: XmlElement): void {
    const layout = this.layoutOf(element)
    this.advanceBy(1 + element.name.length)
    const attributes = element.attributes
    const written = []
    for (const name of layout.order) {
      // Elements have a handful of attributes: a scan costs less than building a map per element.
      const attribute = attributes.find((a) => a.name === name)
      if (!attribute) continue
      attribute.equals = '='
      attribute.quote = '"'
      attribute.rawValue = escapeAttributeLikeDotnet(decodeEntities(attribute.rawValue))
      // `name="value"`: the escaped value holds no line break.
      const textLength = attribute.name.length + attribute.rawValue.length + 3
      let leading = layout.leadingOf(name)
      if (leading === undefined) {
        // The writer's choice for an attribute without whitespace of its own: a space, or a line break when
        // the line would otherwise reach the maximum length.
        leading = this.column + 1 + textLength + 1 > MAX_LINE_LENGTH ? layout.writerNewLine : ' '
      }
      attribute.leading = leading
      this.advance(leading)
      this.advanceBy(textLength)
      written.push(attribute)
    }
    element.attributes = written
    element.tagTail = layout.trailing ?? ''
    element.endTagTail = ''
    const empty = element.selfClosing && element.children.length === 0
    this.advance(element.tagTail)
    this.advanceBy(empty ? 2 : 1)
    if (empty) return
    element.selfClosing = false
    this.write(element)
    this.advanceBy(3 + element.name.length)
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The forward-only reader with which the engine cuts each start tag out of the source text to learn its attribute
 * layout (XmlAttributePreservationProvider and PositionTrackingTextReader): it moves to the element's line by whole
 * lines and then to its column character by character, never back, and reads from the `<` to the first `>` outside
 * double quotes (single quotes are not quotes to it).
 */
class EngineTagReader {
  private at = 0
  private line = 1
  private column = 1

  constructor(private readonly text: string) {}

  private read(): string | undefined {
    const c = this.text[this.at]
    if (c === undefined) return undefined
    this.at++
    if (c === '\n') {
      this.line++
      this.column = 1
    } else this.column++
    return c
  }

  /** The start tag at `line`:`column` as the engine cuts it, or undefined when the reader is already past it. */
  tagAt(line: number, column: number): string | undefined {
    while (this.line < line && this.at < this.text.length) {
      let c: string | undefined
      do c = this.read()
      while (c !== undefined && c !== '\n')
    }
    // Past the line already, this still reads on to the column in whatever line it is on: that is the engine.
    while (this.column < column && this.at < this.text.length) this.read()
    if (this.line !== line || this.column !== column) return undefined
    const start = this.at
    let quoted = false
    for (let c = this.read(); c !== undefined; c = this.read()) {
      if (c === '"') quoted = !quoted
      else if (c === '>' && !quoted) return this.text.slice(start, this.at)
    }
    return undefined
  }
}

/** The real end of the start tag at `offset` (both quote characters honoured). */
function realTagEnd(text: string, offset: number): number {
  let quote: string | undefined
  for (let i = offset; i < text.length; i++) {
    const c = text[i] as string
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i + 1
  }
  return -1
}

/** A start tag the engine cannot read (it throws an XmlException while loading the source). */
export interface UnreadableTag {
  element: XmlElement
  /** The single-quoted attribute whose `>` cuts the tag short. */
  attribute: XmlAttribute | undefined
}

/** Where the engine keeps each element's attribute layout between the transform and the writing. */
export class LayoutRegistry {
  // A Map, not a WeakMap: it lives for one transform, and a WeakMap's set costs several times more per element.
  private readonly layouts = new Map<XmlElement, AttributeLayout>()
  /** The first source start tag the engine fails to read, if any: it then refuses the whole document. */
  unreadable: UnreadableTag | undefined

  /**
   * Records the source layout of every element of `document` (call before transforming). The engine reads the
   * layouts with one forward-only reader: after a tag that ran past its end (see engineTagEnd), the elements it ran
   * over get no layout at all and are written like new ones.
   */
  static snapshot(document: XmlDocument): LayoutRegistry {
    const registry = new LayoutRegistry()
    // The engine reads the decoded text, without the byte order mark.
    const bom = document.source.charCodeAt(0) === 0xfeff ? 1 : 0
    const text = bom ? document.source.slice(1) : document.source
    const reader = new EngineTagReader(text)
    const walk = (parent: ParentNode): void => {
      for (const child of parent.children) {
        if (child.type !== 'element') continue
        registry.layouts.set(child, registry.read(child, text, bom, reader, document))
        walk(child)
      }
    }
    walk(document)
    return registry
  }

  private read(
    element: XmlElement,
    text: string,
    bom: number,
    reader: EngineTagReader,
    document: XmlDocument
  ): AttributeLayout {
    const layout = AttributeLayout.of(element)
    if (element.offset < 0) return layout
    const offset = element.offset - bom
    const at = document.position(element.offset)
    const tag = reader.tagAt(at.line, bom && at.line === 1 ? at.column - 1 : at.column)
    // No tag where the engine looked: no layout, the element is written like a new one.
    if (tag === undefined) return new AttributeLayout()
    const real = realTagEnd(text, offset) - offset
    if (tag.length < real) {
      this.unreadable ??= {
        element,
        attribute: element.attributes.find((a) => a.quote === "'" && a.rawValue.includes('>'))
      }
    } else if (tag.length > real) {
      // The engine took more than the tag: the whitespace before the last `>` (or `/>`) it read is the tail.
      const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1
      layout.setTrailing(/[ \t\r\n]*$/.exec(tag.slice(0, close))?.[0] ?? '')
    }
    return layout
  }

  /** The element's layout; an element that was not in the source gets an empty one (the engine's new element). */
  of(element: XmlElement): AttributeLayout {
    let layout = this.layouts.get(element)
    if (!layout) {
      layout = new AttributeLayout()
      this.layouts.set(element, layout)
    }
    return layout
  }
}

/**
 * Rewrites a transformed document the way Microsoft.Web.XmlTransform saves it. `newElements` holds every element
 * the transform inserted (with their descendants); `layouts` was taken from the source before transforming.
 */
export function formatLikeXdtEngine(
  document: XmlDocument,
  newElements: ReadonlySet<XmlElement> | WeakSet<XmlElement>,
  layouts: LayoutRegistry
): void {
  const none = newElements instanceof Set && newElements.size === 0
  const isNew = (node: AnyNode): boolean => {
    if (none) return false
    let current: AnyNode | ParentNode | undefined = node
    while (current && current.type !== 'element' && current.type !== 'document') current = current.parent
    return current?.type === 'element' && newElements.has(current)
  }
  const layoutOf = (element: XmlElement): AttributeLayout => layouts.of(element)
  new Formatter(isNew, layoutOf).loop(document)
  new Writer(layoutOf).write(document)
  // The engine saves in the encoding the source was read with: a UTF-8 BOM stays, and a declaration that names
  // UTF-8 makes .NET's writer (Encoding.UTF8) start the file with one.
  const declaration = document.children.find((c) => c.type === 'pi' && /^xml\s/.test(c.content))
  if (declaration?.type === 'pi' && /\bencoding="utf-?8"/i.test(declaration.content)) document.bom = true
}

/**
 * An element as .NET's OuterXml writes it (what CommentOut puts in its comment): attributes single-spaced and
 * re-escaped, ` />` for an empty element, everything inside as the writer writes it. The writer starts with no
 * namespace in scope, so an element or attribute whose namespace is not declared yet gets its declaration after the
 * attributes, the last needed first (XmlTextWriter's end of start tag): `<appSettings a="1" xmlns="urn:d">`.
 * `scope` holds what the writer has declared so far (prefix → URI, '' the default namespace).
 */
export function outerXmlLikeDotnet(node: AnyNode, scope: ReadonlyMap<string, string> = new Map()): string {
  switch (node.type) {
    case 'text':
      return isBlank(node.raw) ? node.raw : escapeTextLikeDotnet(decodeEntities(node.raw))
    case 'comment':
      return `<!--${node.content}-->`
    case 'cdata':
      return `<![CDATA[${node.content}]]>`
    case 'pi':
      return `<?${processingInstructionContent(node.content)}?>`
    case 'doctype':
      return doctypeLikeDotnet(node.raw)
    case 'element': {
      const declared = new Map(scope)
      for (const a of node.attributes) {
        const prefix = declaredPrefix(a.name)
        if (prefix !== undefined) declared.set(prefix, decodeEntities(a.rawValue))
      }
      const pending: string[] = []
      const need = (prefix: string): void => {
        const uri = lookupNamespace(node, prefix)
        if (uri === undefined || (declared.get(prefix) ?? '') === uri) return
        declared.set(prefix, uri)
        pending.push(prefix)
      }
      need(splitQName(node.name).prefix)
      for (const a of node.attributes) {
        const { prefix } = splitQName(a.name)
        if (prefix && prefix !== 'xml' && prefix !== 'xmlns') need(prefix)
      }
      const declarations = pending
        .reverse()
        .map((prefix) => {
          const uri = escapeAttributeLikeDotnet(declared.get(prefix) ?? '')
          return prefix ? ` xmlns:${prefix}="${uri}"` : ` xmlns="${uri}"`
        })
        .join('')
      const attributes =
        node.attributes
          .map((a) => ` ${a.name}="${escapeAttributeLikeDotnet(decodeEntities(a.rawValue))}"`)
          .join('') + declarations
      if (node.selfClosing && node.children.length === 0) return `<${node.name}${attributes} />`
      const inner = node.children.map((child) => outerXmlLikeDotnet(child, declared)).join('')
      return `<${node.name}${attributes}>${inner}</${node.name}>`
    }
  }
}
