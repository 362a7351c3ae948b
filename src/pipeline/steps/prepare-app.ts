// The web-config step: the files to deploy. The publish folder (or the extracted zip) as it is, or with `configure`
// a prepared copy with the JSON variables, web.config and XDT transforms applied and validated. Throws (before
// anything on the server changes) when web.config is unusable.

import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../core/errors.js'
import type { Reporter, SourceLocation } from '../../core/ports.js'
import { applyJsonVariables } from '../../steps/json-variables/json-variables.js'
import { applyWebConfig } from '../../steps/web-config/apply-web-config.js'
import { findWebConfig } from '../../steps/web-config/publish-folder.js'
import { validatePublishFolder } from '../../steps/web-config/validate.js'
import { applyXdtTransformFiles } from '../../steps/xdt/apply-files.js'
import { encodeXmlDocument, writeFileAtomically } from '../../steps/xdt/write-output.js'
import type { DeployContext } from '../context.js'
import type { PreparedApp, WebConfigDiagnostic } from '../types.js'
import { extractZip } from '../zip.js'
import { WebConfigRejected } from './shared.js'
import { decideSubApplication, fitPreparedSubApplication } from './sub-application.js'

/** Forwards everything except the located warnings/errors the pipeline reports itself (as annotations). */
function withoutLocated(reporter: Reporter): Reporter {
  return {
    debug: (m) => reporter.debug(m),
    info: (m) => reporter.info(m),
    notice: (m, l) => reporter.notice(m, l),
    warning: (m: string, l?: SourceLocation) => (l ? reporter.debug(m) : reporter.warning(m)),
    error: (m: string, l?: SourceLocation) => (l ? reporter.debug(m) : reporter.error(m)),
    group: (n, fn) => reporter.group(n, fn),
    registerSecret: (v) => reporter.registerSecret(v),
    mask: (t) => reporter.mask(t)
  }
}

function copyTree(from: string, to: string): void {
  // Times are kept: the planner compares size and time, so unchanged files must stay unchanged.
  fs.cpSync(from, to, { recursive: true, preserveTimestamps: true, dereference: false })
}

function listFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
  }
}

/** `configure`: the web-config step is selected (apply settings and check web.config). */
export async function prepareApp(ctx: DeployContext, configure: boolean): Promise<PreparedApp> {
  const o = ctx.options
  if (!fs.existsSync(o.source)) {
    throw new InputError(
      'source',
      `Input 'source': ${o.source} does not exist. Point it at the output of 'dotnet publish' (e.g. dotnet publish -o publish).`
    )
  }
  const stat = fs.statSync(o.source)
  let origin = o.source
  let root: string | undefined
  const newRoot = (): string => {
    fs.mkdirSync(o.tempDir, { recursive: true })
    return fs.mkdtempSync(path.join(o.tempDir, `iis-deploy-${o.releaseId}-`))
  }
  if (o.sourceIsZip || stat.isFile()) {
    if (!o.sourceIsZip)
      throw new InputError(
        'source',
        `Input 'source': ${o.source} is a file; give the publish folder or a .zip.`
      )
    root = newRoot()
    origin = path.join(root, 'app')
    await extractZip(o.source, origin)
  } else if (listFiles(o.source).length === 0) {
    throw new InputError('source', `Input 'source': ${o.source} is empty. Run 'dotnet publish' first.`)
  }
  const edits = configure && o.webConfig !== 'skip'
  const subApplication = edits ? await decideSubApplication(ctx) : { fit: false, reason: '' }
  if (o.application !== '/' && edits)
    ctx.reporter.info(
      `Sub-application '${o.application}': ${subApplication.fit ? 'its web.config removes the inherited aspNetCore handler' : 'web.config left as it is'} (${subApplication.reason}).`
    )
  const changesFiles =
    configure &&
    (o.jsonVariables.length > 0 ||
      subApplication.fit ||
      (edits &&
        (o.webConfig === 'transform' ||
          o.environment !== undefined ||
          o.environmentVariables.length > 0 ||
          o.xdtTransforms.length > 0)))
  let dir = origin
  if (changesFiles && root === undefined) {
    root = newRoot()
    dir = path.join(root, 'app')
    copyTree(origin, dir)
  } else if (root !== undefined) dir = origin
  const modified: string[] = []
  const app: PreparedApp = {
    dir,
    staged: root !== undefined,
    diagnostics: [],
    changes: [],
    root,
    modified
  }
  const userPath = (file: string): string => {
    if (o.sourceIsZip)
      return file.startsWith(dir) ? `${o.source}!${path.relative(dir, file).replace(/\\/g, '/')}` : file
    return file.startsWith(dir) ? path.join(o.source, path.relative(dir, file)) : file
  }

  if (!configure) {
    if (!findWebConfig(dir))
      ctx.reporter.warning(
        `${userPath(path.join(dir, 'web.config'))} does not exist; the web-config step is not selected, so it was not checked.`
      )
    return app
  }

  if (o.jsonVariables.length > 0) {
    const json = await applyJsonVariables({
      appDir: dir,
      variables: o.jsonVariables,
      files: o.jsonFiles,
      addMissing: o.jsonAddMissing,
      reporter: ctx.reporter
    })
    const changed = json.changes.filter((c) => c.action !== 'unchanged')
    for (const file of new Set(changed.map((c) => c.file))) modified.push(file)
    if (changed.length > 0)
      app.changes.push(
        `${changed.length} JSON variable(s) set in ${[...new Set(changed.map((c) => c.file))].join(', ')}`
      )
  }

  if (o.webConfig === 'skip') {
    if (!findWebConfig(dir))
      ctx.reporter.warning(
        `The app has no web.config ('web-config: skip'): IIS may serve appsettings.json and other files as static content.`
      )
    return app
  }
  const mode =
    o.webConfig === 'validate' && (o.environment !== undefined || o.environmentVariables.length > 0)
      ? 'transform'
      : o.webConfig
  const quiet = withoutLocated(ctx.reporter)
  const toDiagnostic = (d: {
    severity: string
    message: string
    file?: string
    line?: number
    column?: number
  }): WebConfigDiagnostic => ({
    severity: d.severity === 'warning' ? 'warning' : 'error',
    message: ctx.reporter.mask(d.message),
    file: userPath(d.file ?? path.join(dir, 'web.config')),
    line: d.line || undefined,
    column: d.column || undefined
  })
  const reject = (diagnostics: WebConfigDiagnostic[]): never => {
    throw new WebConfigRejected(
      `web.config cannot be deployed:\n${diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''}: ${d.message}`)
        .join('\n')}`,
      diagnostics
    )
  }
  let result
  try {
    result = await applyWebConfig(
      dir,
      {
        mode,
        appName: o.appName,
        selfContained: o.selfContained,
        hostingModel: o.hostingModel,
        environment: o.environment,
        environmentVariables: o.environmentVariables.map((v) => ({
          name: v.name,
          value: v.value,
          secret: v.secret
        }))
      },
      quiet
    )
  } catch (error) {
    const list = (error as { diagnostics?: unknown }).diagnostics
    if (Array.isArray(list)) reject(list.map(toDiagnostic))
    throw error
  }
  app.diagnostics.push(...result.diagnostics.map(toDiagnostic))
  app.hostingModel = result.hostingModel
  if (result.written) modified.push(path.relative(dir, result.file).replace(/\\/g, '/'))
  if (result.changes.length > 0) app.changes.push(`web.config: ${result.changes.join(', ')}`)

  if (subApplication.fit) {
    const fitted = fitPreparedSubApplication(dir)
    const relative = path.relative(dir, fitted.file).replace(/\\/g, '/')
    if (fitted.written && !modified.includes(relative)) modified.push(relative)
    if (fitted.changes.length > 0)
      app.changes.push(`web.config (sub-application): ${fitted.changes.join(', ')}`)
  }

  if (o.xdtTransforms.length > 0) {
    const file = findWebConfig(dir) ?? path.join(dir, 'web.config')
    const xdt = applyXdtTransformFiles(file, o.xdtTransforms)
    const diagnostics = xdt.diagnostics.map((d) => toDiagnostic({ ...d, file: d.file }))
    if (!xdt.ok || !xdt.document) reject(diagnostics)
    app.diagnostics.push(...diagnostics)
    writeFileAtomically(file, encodeXmlDocument(xdt.document as NonNullable<typeof xdt.document>))
    if (!modified.includes(path.basename(file))) modified.push(path.basename(file))
    app.changes.push(`XDT: ${o.xdtTransforms.map((t) => path.basename(t)).join(', ')}`)
    const again = validatePublishFolder(dir)
    const after = again.diagnostics.map(toDiagnostic)
    if (after.some((d) => d.severity === 'error')) reject(after)
    for (const d of after)
      if (!app.diagnostics.some((x) => x.message === d.message && x.line === d.line)) app.diagnostics.push(d)
  }
  return app
}
