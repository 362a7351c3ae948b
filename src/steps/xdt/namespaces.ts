// Namespace lookup over the lossless XML model (which keeps `xmlns` declarations as plain attributes). XDT needs it
// to find `xdt:` attributes under any prefix, to match elements by namespace as .NET's XPath does, and to keep
// inserted elements in the namespace they had in the transform file.

import {
  decodeEntities,
  type XmlDocument,
  type XmlElement,
  type XmlNode
} from '../../core/xml/xml-document.js'

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'

/** `p:local` → { prefix: 'p', local: 'local' }; `local` → { prefix: '', local: 'local' }. */
export function splitQName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':')
  return colon === -1
    ? { prefix: '', local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) }
}

/** The prefix an attribute declares (`xmlns` → '', `xmlns:p` → 'p'), or undefined for an ordinary attribute. */
export function declaredPrefix(attributeName: string): string | undefined {
  if (attributeName === 'xmlns') return ''
  return attributeName.startsWith('xmlns:') ? attributeName.slice(6) : undefined
}

function parentElement(node: XmlNode | XmlElement): XmlElement | undefined {
  const parent = node.parent
  return parent && parent.type === 'element' ? parent : undefined
}

/**
 * The namespace URI bound to `prefix` where `element` stands ('' is the default namespace). The default namespace
 * falls back to '' (no namespace); an undeclared prefix gives undefined.
 */
export function lookupNamespace(
  element: XmlElement | XmlDocument | undefined,
  prefix: string
): string | undefined {
  if (prefix === 'xml') return XML_NAMESPACE
  if (prefix === 'xmlns') return 'http://www.w3.org/2000/xmlns/'
  const name = prefix === '' ? 'xmlns' : `xmlns:${prefix}`
  let current = element && element.type === 'element' ? element : undefined
  while (current) {
    const declaration = current.attributes.find((a) => a.name === name)
    if (declaration) return decodeEntities(declaration.rawValue)
    current = parentElement(current)
  }
  return prefix === '' ? '' : undefined
}

/** Every prefix in scope at `element` with its URI ('' = the default namespace), nearest declaration first. */
export function inScopeNamespaces(element: XmlElement): Map<string, string> {
  const scope = new Map<string, string>([['xml', XML_NAMESPACE]])
  let current: XmlElement | undefined = element
  while (current) {
    for (const attribute of current.attributes) {
      const prefix = declaredPrefix(attribute.name)
      if (prefix !== undefined && !scope.has(prefix)) scope.set(prefix, decodeEntities(attribute.rawValue))
    }
    current = parentElement(current)
  }
  return scope
}

/** Resolves element namespaces, remembering default-namespace answers (the common, hot case in big files). */
export class NamespaceResolver {
  private readonly defaults = new Map<XmlElement, string>()

  /** The namespace URI of an element's name ('' for none). Undefined when its prefix is not declared. */
  elementNamespace(element: XmlElement): string | undefined {
    const { prefix } = splitQName(element.name)
    return prefix === '' ? this.defaultNamespace(element) : lookupNamespace(element, prefix)
  }

  /** The namespace URI of an attribute's name: '' when unprefixed (attributes never take the default). */
  attributeNamespace(owner: XmlElement, attributeName: string): string | undefined {
    const { prefix } = splitQName(attributeName)
    return prefix === '' ? '' : lookupNamespace(owner, prefix)
  }

  private defaultNamespace(element: XmlElement): string {
    const known = this.defaults.get(element)
    if (known !== undefined) return known
    const declaration = element.attributes.find((a) => a.name === 'xmlns')
    const parent = parentElement(element)
    const uri = declaration
      ? decodeEntities(declaration.rawValue)
      : parent
        ? this.defaultNamespace(parent)
        : ''
    this.defaults.set(element, uri)
    return uri
  }
}
