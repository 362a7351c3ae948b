// Makes a web.config fit an IIS application that lives below an ASP.NET Core app (windows-facts §2.2, the Hosting
// guide's "Sub-application configuration"). A child inherits the parent's `aspNetCore` handler unless the parent
// wraps its system.webServer in <location path="." inheritInChildApplications="false"> (what dotnet publish
// writes, but hand-written or older parents do not):
// - an ASP.NET Core child: `<remove name="aspNetCore" />` right before its own <add>, so the two never collide
//   (500.19 "Cannot add duplicate collection entry") whatever the parent does; the child keeps its own handler,
//   because with the wrapper in the parent it inherits none;
// - any other child (static site, ASP.NET 4, PHP): `<handlers><remove name="aspNetCore" /></handlers>`, so the
//   parent's module does not take its requests.
// Idempotent: a second run changes nothing.

import { InputError } from '../../core/errors.js'
import type { XmlDocument, XmlElement } from '../../core/xml/xml-document.js'
import {
  appendElement,
  childElement,
  childElements,
  createElement,
  getAttribute,
  insertSibling
} from '../../core/xml/xml-edit.js'
import {
  ASPNETCORE_HANDLER,
  appWebServerSections,
  editScope,
  isAppLocation,
  isAspNetCoreHandler,
  isAspNetCoreName,
  MODULE_V2,
  toConfigurationDocument,
  toDocument
} from './model.js'
import type { TransformResult } from './transform.js'

/** `aspnetcore`: an ASP.NET Core app below an ASP.NET Core app; `other`: anything else below one. */
export const SUB_APPLICATION_KINDS = ['aspnetcore', 'other'] as const
export type SubApplicationKind = (typeof SUB_APPLICATION_KINDS)[number]

export interface SubApplicationOptions {
  kind: SubApplicationKind
  /** How the file is named in errors. */
  file?: string
  /** Line ending of a generated file (`other` without a web.config). Default CRLF. */
  newline?: '\r\n' | '\n'
}

const REMOVE_WHY =
  'so the handler inherited from the parent ASP.NET Core app does not collide with it (IIS 500.19) when the ' +
  'parent does not use inheritInChildApplications="false"'

/** Adapts a child application's web.config (`text` undefined = none yet, only for `kind: 'other'`). */
export function fitSubApplication(text: string | undefined, options: SubApplicationOptions): TransformResult {
  const file = options.file ?? 'web.config'
  if (text === undefined && options.kind === 'aspnetcore') {
    throw new InputError(
      'web-config',
      `${file} does not exist: an ASP.NET Core sub-application needs its own web.config (run the transform first).`
    )
  }
  const newline = options.newline ?? '\r\n'
  const generated = text === undefined
  const source =
    text ?? `<?xml version="1.0" encoding="utf-8"?>${newline}<configuration>${newline}</configuration>`
  const doc = toConfigurationDocument(source, file)
  const root = doc.root as XmlElement
  const changes =
    options.kind === 'aspnetcore' ? fitAspNetCoreChild(root) : fitOtherChild(root, file, generated)
  const output = doc.toString()
  return {
    text: output,
    changes: generated
      ? ['did not exist: generated one that removes the inherited aspNetCore handler']
      : changes,
    generated,
    changed: generated || output !== source
  }
}

function getOrCreate(parent: XmlElement, name: string, changes: string[]): XmlElement {
  const existing = childElement(parent, name)
  if (existing) return existing
  changes.push(`added <${name}>`)
  return appendElement(parent, createElement(name))
}

/** True when a `<clear />` or `<remove name="aspNetCore" />` comes before `before` (or anywhere, if undefined). */
function removesInheritedHandler(handlers: XmlElement, before?: XmlElement): boolean {
  for (const child of childElements(handlers)) {
    if (child === before) return false
    if (child.name === 'clear') return true
    if (child.name === 'remove' && isAspNetCoreName(getAttribute(child, 'name'))) return true
  }
  return false
}

function fitAspNetCoreChild(root: XmlElement): string[] {
  const changes: string[] = []
  const webServer = getOrCreate(editScope(root), 'system.webServer', changes)
  let handlers = childElement(webServer, 'handlers')
  if (!handlers) {
    // Before <aspNetCore>, where dotnet publish puts it.
    handlers = createElement('handlers')
    const aspNetCore = childElement(webServer, 'aspNetCore')
    if (aspNetCore) insertSibling(aspNetCore, handlers, 'before')
    else appendElement(webServer, handlers)
    changes.push('added <handlers>')
  }
  let add = childElements(handlers, 'add').find((a) => isAspNetCoreName(getAttribute(a, 'name')))
  if (!add) {
    add = appendElement(
      handlers,
      createElement('add', [
        ['name', ASPNETCORE_HANDLER],
        ['path', '*'],
        ['verb', '*'],
        ['modules', MODULE_V2],
        ['resourceType', 'Unspecified']
      ])
    )
    changes.push(
      "handlers: added the app's own aspNetCore handler: a parent published by dotnet publish " +
        '(inheritInChildApplications="false") passes none down'
    )
  }
  if (!removesInheritedHandler(handlers, add)) {
    insertSibling(add, createElement('remove', [['name', ASPNETCORE_HANDLER]]), 'before')
    changes.push(`handlers: added <remove name="aspNetCore" /> before the app's own handler, ${REMOVE_WHY}`)
  }
  return changes
}

function fitOtherChild(root: XmlElement, file: string, generated: boolean): string[] {
  const changes: string[] = []
  const sections = appWebServerSections(root)
  const own = sections
    .flatMap((s) => childElements(s, 'handlers'))
    .flatMap((h) => childElements(h, 'add'))
    .find(isAspNetCoreHandler)
  if (own) {
    throw new InputError(
      'web-config',
      `${file} has its own aspNetCore handler, so it is an ASP.NET Core app: use the ASP.NET Core sub-application mode.`
    )
  }
  const handlersElements = sections.flatMap((s) => childElements(s, 'handlers'))
  if (handlersElements.some((h) => removesInheritedHandler(h))) return changes
  const scope =
    sections[0] ??
    getOrCreate(childElements(root, 'location').find(isAppLocation) ?? root, 'system.webServer', changes)
  const handlers = handlersElements[0] ?? getOrCreate(scope, 'handlers', changes)
  const remove = createElement('remove', [['name', ASPNETCORE_HANDLER]])
  const first = childElements(handlers)[0]
  if (first) insertSibling(first, remove, 'before')
  else appendElement(handlers, remove)
  if (!generated) {
    changes.push(
      'handlers: added <remove name="aspNetCore" />: this app is not ASP.NET Core, so the handler inherited from ' +
        'the parent ASP.NET Core app must not take its requests'
    )
  }
  return changes
}

/**
 * True when a parent's web.config passes its aspNetCore handler down to child applications, i.e. the handler
 * is not inside <location inheritInChildApplications="false">. Children of such a parent need the remove.
 */
export function passesHandlerToChildren(parent: string | XmlDocument, file = 'web.config'): boolean {
  const root = toDocument(parent, file).root as XmlElement
  if (root.name !== 'configuration') return false
  for (const child of childElements(root)) {
    const blocked =
      child.name === 'location' && /^false$/i.test(getAttribute(child, 'inheritInChildApplications') ?? '')
    const sections =
      child.name === 'system.webServer'
        ? [child]
        : child.name === 'location' && isAppLocation(child)
          ? childElements(child, 'system.webServer')
          : []
    for (const section of sections) {
      const handler = childElements(section, 'handlers')
        .flatMap((h) => childElements(h, 'add'))
        .find(isAspNetCoreHandler)
      if (handler && !blocked) return true
    }
  }
  return false
}

/** The kind of child a web.config describes: `aspnetcore` when it adds its own aspNetCore handler. */
export function subApplicationKindOf(text: string | undefined, file = 'web.config'): SubApplicationKind {
  if (text === undefined) return 'other'
  const root = toConfigurationDocument(text, file).root as XmlElement
  const own = appWebServerSections(root)
    .flatMap((s) => childElements(s, 'handlers'))
    .flatMap((h) => childElements(h, 'add'))
    .some(isAspNetCoreHandler)
  return own ? 'aspnetcore' : 'other'
}

/** `/a/b` → `['/a', '/']`: the applications above an application path, nearest first. */
export function parentApplicationPaths(application: string): string[] {
  const parts = application.split('/').filter(Boolean)
  const parents: string[] = []
  for (let n = parts.length - 1; n >= 1; n--) parents.push(`/${parts.slice(0, n).join('/')}`)
  if (parts.length > 0) parents.push('/')
  return parents
}
