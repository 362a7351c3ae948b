// Edits on an XmlDocument that keep the file looking hand-written: new attributes and elements follow the
// indentation and line endings around them; removals take their own line with them.

import {
  decodeEntities,
  escapeAttribute,
  type XmlAttribute,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
  type XmlText
} from './xml-document.js'

export function childElements(parent: XmlElement | XmlDocument, name?: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement => c.type === 'element' && (name === undefined || c.name === name)
  )
}

export function childElement(parent: XmlElement | XmlDocument, name: string): XmlElement | undefined {
  return childElements(parent, name)[0]
}

export function findAttribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name)
}

/** The decoded value of an attribute, or undefined when it is absent. */
export function getAttribute(element: XmlElement, name: string): string | undefined {
  const attribute = findAttribute(element, name)
  return attribute === undefined ? undefined : decodeEntities(attribute.rawValue)
}

/** Sets an attribute's value; a new attribute goes last, written like its neighbours. Returns true if it changed. */
export function setAttribute(element: XmlElement, name: string, value: string): boolean {
  const existing = findAttribute(element, name)
  if (existing) {
    if (decodeEntities(existing.rawValue) === value) return false
    existing.rawValue = escapeAttribute(value, existing.quote)
    return true
  }
  const last = element.attributes[element.attributes.length - 1]
  // Attributes one per line stay one per line; otherwise a single space.
  const leading = last && /[\r\n]/.test(last.leading) ? last.leading : ' '
  element.attributes.push({
    name,
    leading,
    equals: '=',
    quote: '"',
    rawValue: escapeAttribute(value, '"'),
    offset: -1,
    valueOffset: -1
  })
  return true
}

export function removeAttribute(element: XmlElement, name: string): boolean {
  const index = element.attributes.findIndex((a) => a.name === name)
  if (index === -1) return false
  element.attributes.splice(index, 1)
  return true
}

export function createElement(name: string, attributes: Array<[string, string]> = []): XmlElement {
  const element: XmlElement = {
    type: 'element',
    name,
    attributes: [],
    children: [],
    selfClosing: true,
    tagTail: ' ',
    endTagTail: '',
    parent: undefined,
    offset: -1,
    endOffset: -1
  }
  for (const [key, value] of attributes) setAttribute(element, key, value)
  return element
}

function createText(raw: string): XmlText {
  return { type: 'text', raw, parent: undefined, offset: -1 }
}

function documentOf(node: XmlNode | XmlElement | XmlDocument): XmlDocument | undefined {
  let current: XmlNode | XmlDocument | undefined = node
  while (current && current.type !== 'document') current = current.parent
  return current
}

function isWhitespaceText(node: XmlNode | undefined): node is XmlText {
  return node?.type === 'text' && /^\s*$/.test(node.raw)
}

/** The whitespace that starts the line an element is on (its indentation), or '' when it shares a line. */
export function indentationOf(node: XmlNode): string {
  const siblings = node.parent?.children ?? []
  const previous = siblings[siblings.indexOf(node) - 1]
  if (previous?.type === 'text') {
    const match = /(?:^|\n)([ \t]*)$/.exec(previous.raw)
    if (match && (previous.raw.includes('\n') || previous.parent?.type === 'document')) return match[1] ?? ''
  }
  return ''
}

/** The indentation step the document uses (two spaces when nothing tells). */
export function indentUnit(doc: XmlDocument | undefined): string {
  const root = doc?.root
  if (!root) return '  '
  const first = childElements(root)[0]
  const indent = first ? indentationOf(first) : ''
  return indent || '  '
}

function newlineOf(node: XmlElement | XmlDocument): string {
  return documentOf(node)?.newline ?? '\n'
}

function childIndentation(parent: XmlElement): string {
  const existing = childElements(parent)[0]
  if (existing) {
    const indent = indentationOf(existing)
    if (
      indent ||
      isWhitespaceText(existing.parent?.children[existing.parent.children.indexOf(existing) - 1])
    ) {
      return indent
    }
  }
  return indentationOf(parent) + indentUnit(documentOf(parent))
}

/** Appends `child` as the last element of `parent`, on its own line, indented like its siblings. */
export function appendElement(parent: XmlElement, child: XmlElement): XmlElement {
  const newline = newlineOf(parent)
  const indent = childIndentation(parent)
  child.parent = parent
  if (parent.children.length === 0) {
    parent.selfClosing = false
    if (parent.tagTail === ' ') parent.tagTail = ''
    parent.children.push(createText(newline + indent), child, createText(newline + indentationOf(parent)))
  } else {
    const last = parent.children[parent.children.length - 1]
    const at = isWhitespaceText(last) ? parent.children.length - 1 : parent.children.length
    const inserted: XmlNode[] = [createText(newline + indent), child]
    if (at === parent.children.length) inserted.push(createText(newline + indentationOf(parent)))
    parent.children.splice(at, 0, ...inserted)
  }
  for (const node of parent.children) node.parent = parent
  return child
}

/** Inserts `node` as a sibling before (`position: 'before'`) or after `reference`, on its own line. */
export function insertSibling(
  reference: XmlNode,
  node: XmlElement | XmlNode,
  position: 'before' | 'after'
): void {
  const parent = reference.parent
  if (!parent) throw new Error('Cannot insert next to a node that has no parent.')
  const indent = indentationOf(reference)
  const separator = createText(newlineOf(parent) + indent)
  const index = parent.children.indexOf(reference)
  if (position === 'before') parent.children.splice(index, 0, node, separator)
  else parent.children.splice(index + 1, 0, separator, node)
  separator.parent = parent
  node.parent = parent
}

/** Removes a node and the indentation line before it, so no blank line is left behind. */
export function removeNode(node: XmlNode): void {
  const parent = node.parent
  if (!parent) return
  const index = parent.children.indexOf(node)
  if (index === -1) return
  const previous = parent.children[index - 1]
  if (isWhitespaceText(previous) && previous.raw.includes('\n')) parent.children.splice(index - 1, 2)
  else parent.children.splice(index, 1)
  node.parent = undefined
}

/** Replaces `node` with `replacement` in place (same position, same surrounding whitespace). */
export function replaceNode(node: XmlNode, replacement: XmlNode): void {
  const parent = node.parent
  if (!parent) return
  const index = parent.children.indexOf(node)
  parent.children[index] = replacement
  replacement.parent = parent
  node.parent = undefined
}

/** Deep copy of a node, detached (offsets kept for diagnostics that point at the original). */
export function cloneNode<T extends XmlNode>(node: T): T {
  if (node.type !== 'element') return { ...node, parent: undefined }
  const element = node as XmlElement
  const copy: XmlElement = {
    ...element,
    parent: undefined,
    attributes: element.attributes.map((a) => ({ ...a })),
    children: element.children.map((c) => cloneNode(c))
  }
  for (const child of copy.children) child.parent = copy
  return copy as T
}

/** The decoded text of an element (text and CDATA, comments skipped). */
export function textContent(node: XmlElement): string {
  return node.children
    .map((c) =>
      c.type === 'text'
        ? decodeEntities(c.raw)
        : c.type === 'cdata'
          ? c.content
          : c.type === 'element'
            ? textContent(c)
            : ''
    )
    .join('')
}

/** `/configuration/location/system.webServer` for messages. */
export function elementPath(element: XmlElement): string {
  const names: string[] = []
  let current: XmlElement | XmlDocument | undefined = element
  while (current && current.type === 'element') {
    names.unshift(current.name)
    current = current.parent
  }
  return `/${names.join('/')}`
}

/** Every element in document order (depth first). */
export function* descendants(parent: XmlElement | XmlDocument): Generator<XmlElement> {
  for (const child of parent.children) {
    if (child.type === 'element') {
      yield child
      yield* descendants(child)
    }
  }
}
