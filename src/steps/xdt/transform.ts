// Microsoft.Web.XmlTransform (XDT) in TypeScript, over the lossless XML model, following dotnet/xdt's source
// (windows-facts §2.5): every element of the transform file is a context whose XPath is its parent's XPath plus
// its own name and locator predicate (`/configuration/appSettings/add[@key='a']`), evaluated against the whole
// source document; the element's xdt:Transform runs on what that XPath selects (Insert-family verbs on what the
// parent's XPath selects); then its children are processed, whatever the verb was.
//
// The result is written as the engine saves it (output-format.ts, docs/xdt-formatting.md), and problems are reported
// where the engine reports them: an element at its name, an attribute at its name; every problem of the file in one
// run, in document order (the engine goes on after an error; the failed result is not written).
//
// What differs from the .NET engine, on purpose:
// - messages are ours (they say what to fix); their positions and their number are the engine's;
// - a result that would not be an XML document (a second root, no root, `--` inside CommentOut) is an error;
// - where the engine throws while saving (three blanks in a row after removals, a replaced root) we still write;
// - xdt:Import is refused: it loads .NET assemblies.

import {
  type XmlAttribute,
  type XmlComment,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
  decodeEntities,
  parseXmlDocument
} from '../../core/xml/xml-document.js'
import {
  childElements,
  cloneNode,
  descendants,
  getAttribute,
  removeAttribute,
  replaceNode,
  setAttribute
} from '../../core/xml/xml-edit.js'
import {
  formatLikeXdtEngine,
  LayoutRegistry,
  outerXmlLikeDotnet,
  type UnreadableTag
} from './output-format.js'
import { declaredPrefix, inScopeNamespaces, lookupNamespace, splitQName } from './namespaces.js'
import { parseNameAndArguments, xpathLiteral, type NameAndArguments } from './syntax.js'
import { ChildAttributeIndex, compileXPath, selectNodes, XPathError, type XPathNode } from './xpath.js'

export const XDT_NAMESPACE = 'http://schemas.microsoft.com/XML-Document-Transform'

export const XDT_TRANSFORMS = [
  'Replace',
  'Remove',
  'RemoveAll',
  'Insert',
  'InsertIfMissing',
  'InsertBefore',
  'InsertAfter',
  'SetAttributes',
  'SetTokenizedAttributes',
  'RemoveAttributes',
  'CommentOut'
] as const
export const XDT_LOCATORS = ['Match', 'Condition', 'XPath'] as const

type TransformName = (typeof XDT_TRANSFORMS)[number]
type LocatorName = (typeof XDT_LOCATORS)[number]

/** A problem found while transforming, in the `file:line:col` convention. */
export interface XdtDiagnostic {
  severity: 'error' | 'warning'
  message: string
  file: string
  /** 1-based; absent when the problem has no position (an unreadable file). */
  line?: number
  column?: number
}

export interface XdtFileNames {
  /** How diagnostics name the source document. */
  sourceFile: string
  /** How diagnostics name the transform file (every positioned diagnostic points into it). */
  transformFile: string
}

export interface XdtResult {
  /** The source document, transformed in place. Do not write it when `ok` is false. */
  document: XmlDocument
  diagnostics: XdtDiagnostic[]
  /** No error was reported (warnings allowed). */
  ok: boolean
}

/** `error: web.Release.config:12:6: message` (the CLI's and the compilers' convention). */
export function formatXdtDiagnostic(diagnostic: XdtDiagnostic): string {
  const where = diagnostic.line
    ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}`
    : diagnostic.file
  return `${diagnostic.severity}: ${where}: ${diagnostic.message}`
}

/**
 * Applies an XDT transform document to a source document, in place (like XmlTransformation.Apply). "No element
 * matches" is a warning; a malformed transform or a result that would not be XML is an error.
 */
export function applyXdtTransform(
  source: XmlDocument,
  transform: XmlDocument,
  files: XdtFileNames
): XdtResult {
  const layouts = LayoutRegistry.snapshot(source)
  if (layouts.unreadable) return refuseUnreadable(source, layouts.unreadable, files)
  const engine = new XdtEngine(source, transform, files, layouts)
  engine.run()
  // Saved the way the engine saves (XmlFormatter + XmlAttributePreservingWriter), even after errors, like .NET.
  formatLikeXdtEngine(source, engine.newElements, layouts)
  const diagnostics = engine.diagnostics
  return { document: source, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') }
}

/**
 * The engine cannot load a source whose start tag holds `>` inside a single-quoted value (it cuts the tag there and
 * throws "There is an unclosed literal string"): nothing is transformed, like `dotnet publish`, and we say why.
 */
function refuseUnreadable(source: XmlDocument, unreadable: UnreadableTag, files: XdtFileNames): XdtResult {
  const { element, attribute } = unreadable
  const at = source.position(attribute ? attribute.offset : nameOffset(element))
  const name = attribute ? `'${attribute.name}'` : 'an attribute'
  const diagnostic: XdtDiagnostic = {
    severity: 'error',
    message:
      `Microsoft.Web.XmlTransform cannot read <${element.name}>: the value of ${name} is in single quotes and ` +
      `holds '>', which the engine takes for the end of the tag ("There is an unclosed literal string"), so ` +
      `Visual Studio and dotnet publish fail on this file too. Put the value in double quotes or write '>' as &gt;.`,
    file: files.sourceFile
  }
  if (at.line) Object.assign(diagnostic, { line: at.line, column: at.column })
  return { document: source, diagnostics: [diagnostic], ok: false }
}

// -----------------------------------------------------------------------------------------------------------------

/** An error that points at a node of the transform file (by source offset). */
class XdtError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

interface Call<Name extends string> extends NameAndArguments {
  name: Name
  attribute: XmlAttribute
}

const INSERT_FAMILY = new Set<TransformName>(['Insert', 'InsertIfMissing', 'InsertBefore', 'InsertAfter'])

/** One element of the transform file, with its lazily built XPath and targets (XmlElementContext). */
class TransformContext {
  transform: Call<TransformName> | undefined
  locator: Call<LocatorName> | undefined
  suppressWarnings = false
  /** Its transform's arguments were refused (reported); it does not run, its children still do. */
  invalidArguments = false
  /** Its transform cannot be built (reported): neither it nor its children run, as in the engine. */
  broken = false
  /** Why its locator cannot be built; reported whenever a transform needs this element's path. */
  pathErrors: Array<{ message: string; offset: number }> = []
  /** Its xdt:Locator names no locator (or does not parse): the engine fails on that before looking for parents. */
  locatorUnknown = false
  private xpathCache: string | undefined
  private targetsCache: XmlElement[] | undefined
  private parentsCache: XmlElement[] | undefined
  private namespaceCache: Record<string, string> | undefined

  constructor(
    readonly element: XmlElement,
    readonly parent: TransformContext | undefined,
    private readonly engine: XdtEngine
  ) {}

  /** The XPath of the source elements this element stands for (Locator.ConstructPath). */
  get xpath(): string {
    if (this.xpathCache === undefined) this.xpathCache = this.constructPath()
    return this.xpathCache
  }

  /** Where Insert-family verbs insert: the parent's XPath, or with an XPath locator its own (ConstructParentPath). */
  get parentXPath(): string {
    if (this.locator?.name === 'XPath') return this.xpath
    return this.parent ? this.parent.xpath : ''
  }

  targetNodes(): XmlElement[] {
    if (!this.targetsCache) this.targetsCache = this.engine.selectElements(this.xpath, this)
    return this.targetsCache
  }

  /** Undefined for a top-level element: it has no parent context. */
  targetParents(): XmlElement[] | undefined {
    if (!this.parent) return undefined
    if (!this.parentsCache) this.parentsCache = this.engine.selectElements(this.parentXPath, this)
    return this.parentsCache
  }

  /** Prefixes in scope at the transform element, the default namespace as `_defaultNamespace` (as .NET does). */
  namespaces(): Record<string, string> {
    if (!this.namespaceCache) {
      const map: Record<string, string> = {}
      for (const [prefix, uri] of inScopeNamespaces(this.element)) {
        if (prefix === '') {
          if (uri) map['_defaultNamespace'] = uri
        } else map[prefix] = uri
      }
      this.namespaceCache = map
    }
    return this.namespaceCache
  }

  private nodeTest(): string {
    const { prefix, local } = splitQName(this.element.name)
    return !prefix && lookupNamespace(this.element, '') ? `_defaultNamespace:${local}` : this.element.name
  }

  private constructPath(): string {
    const parentPath = this.parent ? this.parent.xpath : ''
    const locator = this.locator
    if (locator?.name === 'XPath') {
      const path = locator.args[0] as string
      if (path.startsWith('/')) return path
      return appendStep(appendStep(parentPath, this.nodeTest()), path).replace(/\/\.\//g, '/')
    }
    let predicate = ''
    if (locator?.name === 'Match') {
      predicate = locator.args
        .map((key) => `@${key}=${xpathLiteral(getAttribute(this.element, key) as string)}`)
        .join(' and ')
    } else if (locator?.name === 'Condition') {
      predicate = locator.args[0] as string
    }
    return appendStep(parentPath, this.nodeTest(), predicate)
  }
}

/** Where .NET places an element in messages: at its name, just after the `<`. */
function nameOffset(element: XmlElement): number {
  return element.offset < 0 ? element.offset : element.offset + 1
}

function appendStep(basePath: string, nodeTest: string, predicate = ''): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`
  let bracketed = predicate
  if (bracketed) {
    if (!bracketed.startsWith('[')) bracketed = `[${bracketed}`
    if (!bracketed.endsWith(']')) bracketed = `${bracketed}]`
  }
  return `${base}${nodeTest}${bracketed}`
}

class XdtEngine {
  readonly diagnostics: XdtDiagnostic[] = []
  private suppressWarnings = false
  private collecting: Array<{ message: string; offset: number }> | undefined
  private originalText: string | undefined
  private original: XmlDocument | undefined
  /** Elements this transform inserted, with their descendants (the engine's "new" nodes, formatted on save). */
  readonly newElements = new Set<XmlElement>() // a Set: asked once per node when the output is formatted
  /** Inserted elements → offset of the transform element they copy (the engine reports them at that line). */
  private readonly copiedFrom = new WeakMap<XmlElement, number>()
  /** Match() lookups on the source by attribute value (one scan per parent, not one per rule); see beforeChange. */
  private readonly index = new ChildAttributeIndex()
  /** What the running transform changed: attribute names, or 'all' for elements (the index forgets it after). */
  private changed: readonly string[] | 'all' | undefined

  constructor(
    private readonly source: XmlDocument,
    private readonly transform: XmlDocument,
    private readonly files: XdtFileNames,
    private readonly layouts: LayoutRegistry
  ) {}

  run(): void {
    const root = this.transform.root
    if (!root) return
    // Namespace well-formedness first: `xdt:Transform` without xmlns:xdt must not pass as "nothing to do".
    const errorsBefore = this.errorCount()
    for (const element of descendants(this.transform)) this.checkPrefixes(element)
    if (this.errorCount() > errorsBefore) return
    if (!this.declaresXdtNamespace()) {
      this.warn(
        `The transform does not declare the XDT namespace (xmlns:xdt="${XDT_NAMESPACE}"): nothing was applied.`,
        nameOffset(root)
      )
      return
    }
    // As the engine runs (XmlTransformation.PreprocessTransformDocument, then TransformLoop): xdt: elements first,
    // then every element in document order, its own transform then its children's. An element whose transform
    // or locator cannot be built is reported and its children are skipped; nothing stops the run, so every
    // problem is reported at once (the result is failed and is not written).
    for (const element of descendants(this.transform)) this.checkXdtElement(element)
    for (const element of childElements(this.transform)) this.process(element, undefined)
  }

  private process(element: XmlElement, parent: TransformContext | undefined): void {
    const context = this.prepare(element, parent)
    if (context.broken) return
    if (context.transform && !context.invalidArguments) {
      const runnable = context as TransformContext & { transform: Call<TransformName> }
      if (this.pathUsable(runnable)) this.execute(runnable)
    }
    for (const child of childElements(element)) this.process(child, context)
  }

  /** An element in the XDT namespace: Import (which we refuse) or a tag the engine does not know (a warning). */
  private checkXdtElement(element: XmlElement): void {
    const elementName = splitQName(element.name)
    if (!elementName.prefix || lookupNamespace(element, elementName.prefix) !== XDT_NAMESPACE) return
    if (elementName.local === 'Import') {
      this.error(
        `${element.name} loads custom transforms from a .NET assembly, which iis-deploy cannot run: remove it ` +
          `and use the built-in transforms (${XDT_TRANSFORMS.join(', ')}).`,
        nameOffset(element)
      )
    } else {
      this.warn(`Unknown tag '${element.name}'.`, nameOffset(element))
    }
  }

  // --- diagnostics -----------------------------------------------------------------------------------------------

  private report(severity: 'error' | 'warning', message: string, offset: number): void {
    const { line, column } = this.transform.position(offset)
    const diagnostic: XdtDiagnostic = { severity, message, file: this.files.transformFile }
    if (line) Object.assign(diagnostic, { line, column })
    // Repeated as often as the engine logs it (e.g. once per target), so the two logs line up.
    this.diagnostics.push(diagnostic)
  }

  private warn(message: string, offset: number): void {
    if (!this.suppressWarnings) this.report('warning', message, offset)
  }

  private error(message: string, offset: number): void {
    if (this.collecting) this.collecting.push({ message, offset })
    else this.report('error', message, offset)
  }

  private errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length
  }

  // --- the transform file ----------------------------------------------------------------------------------------

  private declaresXdtNamespace(): boolean {
    for (const element of descendants(this.transform)) {
      for (const attribute of element.attributes) {
        if (
          declaredPrefix(attribute.name) !== undefined &&
          decodeEntities(attribute.rawValue) === XDT_NAMESPACE
        ) {
          return true
        }
      }
    }
    return false
  }

  private isXdt(element: XmlElement, qualifiedName: string): boolean {
    const { prefix } = splitQName(qualifiedName)
    return prefix !== '' && prefix !== 'xmlns' && lookupNamespace(element, prefix) === XDT_NAMESPACE
  }

  /** Builds and checks the context of `element` (XmlElementContext with its Transform and Locator). */
  private prepare(element: XmlElement, parent: TransformContext | undefined): TransformContext {
    const context = new TransformContext(element, parent, this)

    for (const attribute of element.attributes) {
      if (!this.isXdt(element, attribute.name)) continue
      const { local } = splitQName(attribute.name)
      if (local === 'Transform') {
        context.transform = this.parseCall(attribute, 'transform')
        if (!context.transform) context.broken = true
      } else if (local === 'Locator') {
        // A locator is built when a path is needed: its problems are reported then (see pathUsable).
        const problems = this.collectErrors(() => {
          context.locator = this.parseCall(attribute, 'locator')
        })
        context.pathErrors.push(...problems)
        if (problems.length) context.locatorUnknown = true
      } else if (local === 'SupressWarnings') {
        const value = decodeEntities(attribute.rawValue).trim().toLowerCase()
        if (value === 'true' || value === 'false') context.suppressWarnings = value === 'true'
        else {
          // Like the engine: reported at the element, which then does nothing (nor do its children).
          this.error(
            `${attribute.name} must be true or false, not '${attribute.rawValue}'.`,
            nameOffset(element)
          )
          context.broken = true
        }
      } else {
        const hint = local === 'SuppressWarnings' ? ' (XDT spells it SupressWarnings, with one p)' : ''
        this.warn(
          `Unknown attribute '${attribute.name}'${hint}: XDT knows Transform, Locator and SupressWarnings; it is ignored.`,
          attribute.offset
        )
      }
    }
    this.checkArguments(context)
    return context
  }

  /** Namespace well-formedness, which .NET's loader enforces: every prefix used is declared. */
  private checkPrefixes(element: XmlElement): void {
    const names: Array<[string, number]> = [[element.name, nameOffset(element)]]
    for (const attribute of element.attributes) {
      if (declaredPrefix(attribute.name) === undefined) names.push([attribute.name, attribute.offset])
    }
    for (const [name, offset] of names) {
      const { prefix } = splitQName(name)
      if (prefix && lookupNamespace(element, prefix) === undefined) {
        const fix = prefix === 'xdt' ? ` Add xmlns:xdt="${XDT_NAMESPACE}" to the root element.` : ''
        this.error(`The prefix '${prefix}' of '${name}' is not declared.${fix}`, offset)
      }
    }
  }

  private parseCall(attribute: XmlAttribute, kind: 'transform'): Call<TransformName> | undefined
  private parseCall(attribute: XmlAttribute, kind: 'locator'): Call<LocatorName> | undefined
  private parseCall(attribute: XmlAttribute, kind: 'transform' | 'locator'): Call<string> | undefined {
    const value = decodeEntities(attribute.rawValue)
    const parsed = parseNameAndArguments(value)
    if (!parsed) {
      this.error(
        `${attribute.name}="${value}" is not valid: write a ${kind} name, optionally followed by arguments in ` +
          `parentheses, e.g. ${kind === 'transform' ? 'SetAttributes(value)' : 'Match(name)'}.`,
        attribute.offset
      )
      return undefined
    }
    const known: readonly string[] = kind === 'transform' ? XDT_TRANSFORMS : XDT_LOCATORS
    if (!known.includes(parsed.name)) {
      const other: readonly string[] = kind === 'transform' ? XDT_LOCATORS : XDT_TRANSFORMS
      const caseless = known.find((name) => name.toLowerCase() === parsed.name.toLowerCase())
      const hint = caseless
        ? ` Names are case-sensitive: did you mean '${caseless}'?`
        : other.includes(parsed.name)
          ? ` '${parsed.name}' is a ${kind === 'transform' ? 'locator' : 'transform'}: use xdt:${kind === 'transform' ? 'Locator' : 'Transform'}.`
          : ''
      this.error(
        `Unknown ${kind} '${parsed.name}'.${hint} Known ${kind}s: ${known.join(', ')}.`,
        attribute.offset
      )
      return undefined
    }
    return { ...parsed, attribute }
  }

  /** Argument counts that dotnet/xdt refuses (EnsureArguments, InsertBase.SiblingElement, Match's attributes). */
  private checkArguments(context: TransformContext): void {
    const { locator, transform, element } = context
    // The engine reports a locator's arguments at the element (the locator is built from it), not at xdt:Locator.
    const at = nameOffset(element)
    if (locator) {
      const { name, args } = locator
      if (name === 'Match') {
        if (args.length === 0 || args.some((a) => a === '')) {
          context.pathErrors.push({
            message: `Match needs the names of the attributes to match, e.g. Match(name) or Match(name,path).`,
            offset: at
          })
        } else {
          for (const key of args) {
            if (getAttribute(element, key) === undefined) {
              context.pathErrors.push({
                message: `Match(${locator.argumentString}): <${element.name}> has no attribute '${key}' to match on.`,
                offset: at
              })
            }
          }
        }
      } else if (args.length !== 1 || args[0] === '') {
        const example =
          name === 'Condition' ? "Condition(@name='a' or @name='b')" : 'XPath(/configuration/appSettings)'
        context.pathErrors.push({
          message: `${name} requires exactly 1 argument, e.g. ${example}.`,
          offset: at
        })
      }
    }
    if (transform && (transform.name === 'InsertBefore' || transform.name === 'InsertAfter')) {
      context.invalidArguments = true
      if (transform.args.length === 0 || transform.args[0] === '') {
        this.error(
          `${transform.name} requires an XPath argument: the element to insert ${transform.name === 'InsertBefore' ? 'before' : 'after'}, e.g. ${transform.name}(/configuration/system.web/authentication).`,
          transform.attribute.offset
        )
      } else if (transform.args.length > 1) {
        this.error(
          `Too many arguments to ${transform.name}: it takes one XPath (got ${transform.args.length}).`,
          transform.attribute.offset
        )
      } else {
        context.invalidArguments = !this.checkXPath(transform.args[0] as string, transform.attribute.offset)
      }
    }
  }

  /**
   * Whether the paths this transform needs can be built and parsed: the first locator problem of its ancestors or of
   * itself (outermost first) is reported, as the engine reports it each time a path needs that locator; a path that
   * does not parse is reported at xdt:Transform.
   */
  private pathUsable(context: TransformContext & { transform: Call<TransformName> }): boolean {
    const chain: TransformContext[] = []
    for (let current = context.parent; current; current = current.parent) chain.unshift(current)
    for (const link of chain) {
      const problem = link.pathErrors[0]
      if (problem) {
        this.error(problem.message, problem.offset)
        return false
      }
    }
    if (this.missingParentFirst(context)) return true
    const own = context.pathErrors[0]
    if (own) {
      this.error(own.message, own.offset)
      return false
    }
    return this.checkXPath(context.xpath, context.transform.attribute.offset)
  }

  /**
   * An Insert-family element whose parent path matches nothing fails on that before its own locator is built
   * (XmlElementContext.HasTargetParent looks for the parents first, then names the failed context's path): when the
   * failed context is an ancestor, the missing parent is the error (reported by requireParents), even if this
   * element's own locator is broken.
   */
  private missingParentFirst(context: TransformContext & { transform: Call<TransformName> }): boolean {
    if (!INSERT_FAMILY.has(context.transform.name) || context.locator?.name === 'XPath' || !context.parent)
      return false
    if (context.locatorUnknown) return false
    if (!this.checkXPath(context.parentXPath, context.transform.attribute.offset)) return false
    try {
      const parents = context.targetParents()
      if (!parents || parents.length > 0) return false
      return this.failedParentContext(context) !== context
    } catch {
      // A path that selects something other than elements: reported when the transform runs.
      return false
    }
  }

  /** Runs `action` and returns the errors it would have reported, without reporting them. */
  private collectErrors(action: () => void): Array<{ message: string; offset: number }> {
    const collected: Array<{ message: string; offset: number }> = []
    this.collecting = collected
    try {
      action()
    } finally {
      this.collecting = undefined
    }
    return collected
  }

  private checkXPath(xpath: string, offset: number): boolean {
    try {
      compileXPath(xpath)
      return true
    } catch (error) {
      if (!(error instanceof XPathError)) throw error
      this.error(error.message, offset)
      return false
    }
  }

  // --- applying --------------------------------------------------------------------------------------------------

  /** Runs an XPath against the source document with the transform element's namespaces; elements only. */
  selectElements(
    xpath: string,
    context: TransformContext,
    document: XmlDocument = this.source
  ): XmlElement[] {
    const nodes = selectNodes(xpath, document, {
      namespaces: context.namespaces(),
      index: document === this.source ? this.index : undefined
    })
    return nodes.filter((node): node is XmlElement => {
      if (node.type === 'element') return true
      throw new XdtError(
        `'${xpath}' selects a ${node.type === 'attribute' ? 'attribute' : node.type} node: XDT transforms apply to elements.`,
        nameOffset(context.element)
      )
    })
  }

  private execute(context: TransformContext & { transform: Call<TransformName> }): void {
    const transform = context.transform
    this.suppressWarnings = context.suppressWarnings
    try {
      if (INSERT_FAMILY.has(transform.name)) this.executeInsert(context)
      else this.executeOnTargets(context)
    } catch (error) {
      if (error instanceof XdtError) this.error(error.message, error.offset)
      else if (error instanceof XPathError) this.error(error.message, transform.attribute.offset)
      else throw error
    } finally {
      this.suppressWarnings = false
      // Again after the change: a lookup made while it was under way may hold what it replaced.
      if (this.changed !== undefined) this.forget(this.changed)
      this.changed = undefined
    }
  }

  private executeOnTargets(context: TransformContext & { transform: Call<TransformName> }): void {
    const { transform } = context
    const targets = this.requireTargets(context)
    if (!targets) return
    const at = transform.attribute.offset
    const first = targets[0] as XmlElement
    switch (transform.name) {
      case 'Replace': {
        this.expectNoArguments(context)
        this.warnIfMultipleTargets(context, targets)
        const clone = this.cloneTransformElement(context)
        this.beforeChange()
        replaceNode(first, clone)
        this.fixNamespaces(clone, context.element)
        return
      }
      case 'Remove':
        this.warnIfMultipleTargets(context, targets)
        this.expectNoArguments(context)
        this.refuseRoot(first, 'Remove', at)
        this.beforeChange()
        removeNodes([first])
        return
      case 'RemoveAll':
        this.expectNoArguments(context)
        for (const target of targets) this.refuseRoot(target, 'RemoveAll', at)
        this.beforeChange()
        removeNodes(targets)
        return
      case 'CommentOut': {
        this.expectNoArguments(context)
        if (first.parent?.type !== 'element') {
          throw new XdtError(
            `Cannot comment out the whole XML document (the root element <${first.name}>).`,
            at
          )
        }
        const content = ` ${outerXmlLikeDotnet(first)} `
        if (content.includes('--')) {
          throw new XdtError(
            `CommentOut cannot comment out <${first.name}>: its XML contains '--' (a comment inside it?), which ` +
              `an XML comment cannot hold.`,
            at
          )
        }
        const comment: XmlComment = { type: 'comment', content, parent: undefined, offset: -1 }
        this.beforeChange()
        replaceNode(first, comment)
        return
      }
      case 'SetAttributes':
      case 'SetTokenizedAttributes': {
        const attributes = this.transformAttributes(context)
        // The names it may set: its arguments (SetAttributes(a,b)), or all of them with none or `*`.
        const args = transform.args
        this.beforeChange(args.length === 0 || args.includes('*') ? attributes.map((a) => a.name) : args)
        for (const target of targets) {
          const selected = this.selectAttributes(attributes, context)
          for (const attribute of selected) {
            const value = decodeEntities(attribute.rawValue)
            const finalValue =
              transform.name === 'SetTokenizedAttributes'
                ? this.substituteTokens(value, attribute, target, context)
                : value
            if (
              transform.name === 'SetAttributes' &&
              this.replaceQualifiedAttribute(target, attribute, context, finalValue)
            )
              continue
            setAttribute(target, attribute.name, finalValue)
          }
          // The engine reports this one at the transform attribute, and "nothing to remove" at the target.
          if (selected.length === 0) this.warn('No attributes found to set.', at)
        }
        return
      }
      case 'RemoveAttributes':
        this.beforeChange()
        for (const target of targets) {
          const selected = this.selectAttributes(
            target.attributes.filter((a) => declaredPrefix(a.name) === undefined),
            context
          )
          for (const attribute of selected) removeAttribute(target, attribute.name)
          if (selected.length === 0) this.warnAtTarget('No attributes found to remove.', target)
        }
        return
      default:
        return
    }
  }

  private executeInsert(context: TransformContext & { transform: Call<TransformName> }): void {
    const { transform } = context
    const parent = this.requireParents(context)[0] as XmlElement
    switch (transform.name) {
      case 'Insert':
        this.expectNoArguments(context)
        this.beforeChange()
        this.place(this.cloneTransformElement(context), context, parent, parent.children.length)
        return
      case 'InsertIfMissing':
        this.expectNoArguments(context)
        if (context.targetNodes().length === 0) {
          this.beforeChange()
          this.place(this.cloneTransformElement(context), context, parent, parent.children.length)
        }
        return
      case 'InsertBefore':
      case 'InsertAfter': {
        const at = transform.attribute.offset
        const xpath = transform.args[0] as string
        // A relative path is evaluated from the parent target (InsertBase.SiblingElement).
        const found: XPathNode[] = selectNodes(xpath, parent, { namespaces: context.namespaces() })
        const sibling = found[0]
        if (!sibling) throw new XdtError(`No element in the source document matches '${xpath}'.`, at)
        if (sibling.type !== 'element') throw new XdtError(`'${xpath}' does not evaluate to an element.`, at)
        if (sibling.parent?.type !== 'element') {
          throw new XdtError(
            `${transform.name}(${xpath}) would put a second root element next to <${sibling.name}>: an XML ` +
              `document has exactly one.`,
            at
          )
        }
        const clone = this.cloneTransformElement(context)
        this.beforeChange()
        const siblingParent = sibling.parent
        const index = siblingParent.children.indexOf(sibling)
        this.place(clone, context, siblingParent, transform.name === 'InsertBefore' ? index : index + 1)
        return
      }
      default:
        return
    }
  }

  /** The targets, or undefined after the engine's warning when there are none (Transform.HasRequiredTarget). */
  private requireTargets(context: TransformContext): XmlElement[] | undefined {
    const targets = context.targetNodes()
    if (targets.length) return targets
    let failed = context
    while (failed.parent && failed.parent.targetNodes().length === 0) failed = failed.parent
    this.warn(this.noMatchMessage(failed, failed.xpath), nameOffset(failed.element))
    return undefined
  }

  /** The parents to insert into; none is an error for the Insert family (MissingTargetMessage.Error). */
  private requireParents(context: TransformContext & { transform: Call<TransformName> }): XmlElement[] {
    const parents = context.targetParents()
    if (!parents) {
      throw new XdtError(
        `${context.transform.name} on the top-level element <${context.element.name}> would add a second root ` +
          `element to the document: put the element inside the one it belongs to.`,
        context.transform.attribute.offset
      )
    }
    if (parents.length) return parents
    const failed = this.failedParentContext(context)
    // Like the engine (XmlElementContext.HasTargetParent): the message names the failed context's own path and
    // points at its element.
    throw new XdtError(
      `${this.noMatchMessage(failed, failed.xpath)}: nowhere to ${context.transform.name} <${context.element.name}>.`,
      nameOffset(failed.element)
    )
  }

  /** The outermost context, from `context` up, whose parents are missing while its parent's own parents are not. */
  private failedParentContext(context: TransformContext): TransformContext {
    let failed: TransformContext = context
    while (failed.parent && failed.parent.parentXPath !== '' && failed.parent.targetParents()?.length === 0) {
      failed = failed.parent
    }
    return failed
  }

  private noMatchMessage(context: TransformContext, xpath: string): string {
    if (this.existedInOriginal(xpath, context)) {
      return (
        `'${xpath}' did not find a match, because matching nodes in the source document were modified or ` +
        `removed by a previous transform`
      )
    }
    return `No element in the source document matches '${xpath}'`
  }

  private existedInOriginal(xpath: string, context: TransformContext): boolean {
    if (this.originalText === undefined) return false
    this.original ??= parseXmlDocument(this.originalText)
    try {
      return this.selectElements(xpath, context, this.original).length > 0
    } catch {
      return false
    }
  }

  /**
   * Keeps the source as it was before this file's first change (the engine's IXmlOriginalDocumentService), and
   * keeps the lookup index true: every change to the source is announced here first, with the names of the
   * attributes it sets when that is all it does (anything else makes the index start over).
   */
  private beforeChange(attributeNames?: readonly string[]): void {
    this.originalText ??= this.source.toString()
    const change = attributeNames ?? 'all'
    if (change === 'all' || this.changed === 'all') this.changed = 'all'
    else this.changed = [...(this.changed ?? []), ...change]
    this.forget(change)
  }

  private forget(change: readonly string[] | 'all'): void {
    if (change === 'all') this.index.clear()
    else this.index.attributesChanged(change)
  }

  private expectNoArguments(context: TransformContext & { transform: Call<TransformName> }): void {
    if (context.transform.argumentString) {
      this.warn(
        `${context.transform.name} does not expect arguments; ignoring.`,
        context.transform.attribute.offset
      )
    }
  }

  private warnIfMultipleTargets(
    context: TransformContext & { transform: Call<TransformName> },
    targets: XmlElement[]
  ): void {
    if (targets.length > 1) {
      this.warn(
        `Found multiple target elements, but the '${context.transform.name}' Transform only applies to the first match.`,
        context.transform.attribute.offset
      )
    }
  }

  private refuseRoot(target: XmlElement, verb: string, offset: number): void {
    if (target.parent?.type !== 'element') {
      throw new XdtError(
        `${verb} would remove the root element <${target.name}>: the result would not be an XML document.`,
        offset
      )
    }
  }

  // --- attributes ------------------------------------------------------------------------------------------------

  /** The transform element's own attributes, without xdt:* ones and namespace declarations. */
  private transformAttributes(context: TransformContext): XmlAttribute[] {
    return context.element.attributes.filter(
      (a) => declaredPrefix(a.name) === undefined && !this.isXdt(context.element, a.name)
    )
  }

  /** AttributeTransform.GetAttributesFrom: all attributes, or the named ones, warning for names that match none. */
  private selectAttributes(
    attributes: XmlAttribute[],
    context: TransformContext & { transform: Call<TransformName> }
  ) {
    const { args, attribute: at } = context.transform
    if (args.length === 0) return attributes
    const prefixed = args.find((name) => name.includes(':'))
    if (prefixed !== undefined) {
      // The engine selects the attributes with the XPath `@a|@b` and no namespace manager: a prefixed name throws
      // ("Namespace Manager or XsltContext needed"), reported without a position, and the transform does nothing.
      throw new XdtError(
        `${context.transform.name}(${context.transform.argumentString}): '${prefixed}' has a prefix, which ` +
          `Microsoft.Web.XmlTransform cannot look up in this list (it fails with "Namespace Manager or XsltContext ` +
          `needed"). Use ${context.transform.name} without arguments, or Replace the element.`,
        -1
      )
    }
    const wanted = new Set<XmlAttribute>()
    for (const name of args) {
      const matching = attributes.filter((a) => name === '*' || a.name === name)
      if (matching.length === 0) this.warn(`Argument '${name}' did not match any attributes.`, at.offset)
      for (const a of matching) wanted.add(a)
    }
    return attributes.filter((a) => wanted.has(a))
  }

  /**
   * SetAttributes on an attribute in a namespace (`x:flag`) that the target already has, under any prefix of the
   * same namespace: the engine drops the old attribute and appends the new value at the end, with the target's
   * prefix, laid out as an added attribute (checked against Microsoft.Web.XmlTransform, docs/xdt-formatting.md).
   */
  private replaceQualifiedAttribute(
    target: XmlElement,
    attribute: XmlAttribute,
    context: TransformContext,
    value: string
  ): boolean {
    const { prefix, local } = splitQName(attribute.name)
    if (!prefix || prefix === 'xml' || prefix === 'xmlns') return false
    const uri = lookupNamespace(context.element, prefix)
    if (uri === undefined) return false
    const existing = target.attributes.find((candidate) => {
      const name = splitQName(candidate.name)
      return (
        name.prefix !== '' &&
        name.prefix !== 'xmlns' &&
        name.local === local &&
        lookupNamespace(target, name.prefix) === uri
      )
    })
    if (!existing) return false
    this.layouts.of(target).forget(existing.name)
    removeAttribute(target, existing.name)
    setAttribute(target, existing.name, value)
    return true
  }

  /** SetTokenizedAttributes: `$(name)` takes the target's attribute `name` (or the transform element's). */
  private substituteTokens(
    value: string,
    attribute: XmlAttribute,
    target: XmlElement,
    context: TransformContext & { transform: Call<TransformName> }
  ): string {
    return value.replace(/\$\(([\p{L}\p{Nd}_:.]+)\)/gu, (_token, name: string) => {
      const fromTarget = getAttribute(target, name)
      const fromTransform =
        name.toLowerCase() === attribute.name.toLowerCase() ? undefined : getAttribute(context.element, name)
      const resolved = fromTarget ?? fromTransform
      if (resolved === undefined) {
        throw new XdtError(
          `SetTokenizedAttributes: no attribute '${name}' on <${target.name}> or on the transform element to fill $(${name}).`,
          context.transform.attribute.offset
        )
      }
      return resolved
    })
  }

  // --- inserted elements -----------------------------------------------------------------------------------------

  /**
   * The transform element without xdt:* attributes and XDT namespace declarations (the engine's TransformNode),
   * without the whitespace between its tags: the engine reads the transform file without whitespace, so inserted
   * elements get their line breaks and indentation from the formatter, like their new siblings.
   */
  private cloneTransformElement(context: TransformContext): XmlElement {
    const clone = cloneNode(context.element)
    const scrub = (copy: XmlElement, original: XmlElement): void => {
      this.newElements.add(copy)
      this.copiedFrom.set(copy, original.offset)
      copy.offset = -1
      copy.endOffset = -1
      copy.attributes = copy.attributes
        .filter((a) => {
          if (declaredPrefix(a.name) !== undefined) return decodeEntities(a.rawValue) !== XDT_NAMESPACE
          return !this.isXdt(original, a.name)
        })
        .map((a) => ({ ...a, offset: -1, valueOffset: -1 }))
      const originals = original.children
      copy.children = copy.children.filter((child, i) => {
        child.offset = -1
        const originalChild = originals[i]
        if (child.type === 'element' && originalChild?.type === 'element') scrub(child, originalChild)
        return !(child.type === 'text' && /^[ \t\r\n]*$/.test(child.raw))
      })
    }
    scrub(clone, context.element)
    return clone
  }

  /** Puts an inserted element at `index` among the parent's children, nothing else (the formatter indents it). */
  private place(clone: XmlElement, context: TransformContext, parent: XmlElement, index: number): void {
    parent.children.splice(index, 0, clone)
    clone.parent = parent
    // An empty element that receives a child is no longer written as `<a/>`, even if the child is removed again
    // later (XmlElement.IsEmpty turns false for good): `<a></a>`.
    parent.selfClosing = false
    this.fixNamespaces(clone, context.element)
  }

  /** A warning about a target element, where the engine puts it: the target's own line (the transform's for a copy). */
  private warnAtTarget(message: string, target: XmlElement): void {
    if (this.suppressWarnings) return
    const copied = this.copiedFrom.get(target)
    const { line, column } =
      copied === undefined
        ? this.source.position(nameOffset(target))
        : this.transform.position(copied < 0 ? copied : copied + 1)
    const diagnostic: XdtDiagnostic = { severity: 'warning', message, file: this.files.sourceFile }
    if (line) Object.assign(diagnostic, { line, column })
    this.diagnostics.push(diagnostic)
  }

  /**
   * Keeps the inserted element in the namespaces it had in the transform file, as .NET's writer does: declarations
   * that are already in scope at the new place are dropped, missing ones are added (`xmlns=""` included, the XDT
   * classic when the source has a default namespace and the transform does not).
   */
  private fixNamespaces(clone: XmlElement, original: XmlElement): void {
    const walk = (
      copy: XmlElement,
      source: XmlElement,
      scope: (prefix: string) => string | undefined
    ): void => {
      const own = new Map<string, string>()
      copy.attributes = copy.attributes.filter((a) => {
        const prefix = declaredPrefix(a.name)
        if (prefix === undefined) return true
        const uri = decodeEntities(a.rawValue)
        if (scope(prefix) === uri) return false
        own.set(prefix, uri)
        return true
      })
      const local = (prefix: string): string | undefined =>
        own.has(prefix) ? own.get(prefix) : scope(prefix)
      const used = new Set<string>([splitQName(copy.name).prefix])
      for (const a of copy.attributes) {
        const { prefix } = splitQName(a.name)
        if (prefix && prefix !== 'xml' && prefix !== 'xmlns') used.add(prefix)
      }
      for (const prefix of used) {
        const expected = lookupNamespace(source, prefix)
        if (expected === undefined) {
          throw new XdtError(
            `The prefix '${prefix}' of <${source.name}> is not declared.`,
            nameOffset(source)
          )
        }
        if (local(prefix) !== expected) {
          copy.attributes.unshift({
            name: prefix ? `xmlns:${prefix}` : 'xmlns',
            leading: ' ',
            equals: '=',
            quote: '"',
            rawValue: expected.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'),
            offset: -1,
            valueOffset: -1
          })
          own.set(prefix, expected)
        }
      }
      copy.children.forEach((child, i) => {
        const sourceChild = source.children[i]
        if (child.type === 'element' && sourceChild?.type === 'element') walk(child, sourceChild, local)
      })
    }
    const newParent = clone.parent
    walk(clone, original, (prefix) => lookupNamespace(newParent, prefix))
  }
}

/** Removes elements and nothing else, as the engine does; the formatter then drops the doubled whitespace. */
function removeNodes(nodes: readonly XmlElement[]): void {
  const remove = new Set<XmlNode>(nodes)
  const parents = new Set<XmlElement | XmlDocument>()
  for (const node of nodes) if (node.parent) parents.add(node.parent)
  for (const parent of parents) parent.children = parent.children.filter((child) => !remove.has(child))
  for (const node of nodes) node.parent = undefined
}
