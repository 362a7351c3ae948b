// The web-config step: the files to deploy. The publish folder (or the extracted zip) as it is, or with `configure`
// a prepared copy with the JSON variables, web.config and XDT transforms applied and validated. Throws (before
// anything on the server changes) when web.config is unusable.

import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../core/errors.js'
import type { Reporter, SourceLocation } from '../../core/ports.js'
import type { WebDeployPackage } from '../../steps/sync/web-deploy-package.js'
import { applyWebConfig } from '../../steps/web-config/apply-web-config.js'
import { findWebConfig } from '../../steps/web-config/publish-folder.js'
import {
  DEFAULT_WEB_CONFIG_LIMIT_KB,
  readWebConfigLimit,
  webConfigSizeProblem,
  type WebConfigLimit
} from '../../steps/web-config/size-limit.js'
import { validatePublishFolder } from '../../steps/web-config/validate.js'
import { resolveAppKind } from '../../steps/web-config/app-kind.js'
import { stdoutLogNeedsCopy, switchOnInCopy } from './stdout-log.js'
import type { DeployContext } from '../context.js'
import type { PreparedApp, WebConfigDiagnostic } from '../types.js'
import { extractZip } from '../zip.js'
import { applyXmlVariablesToApp, openPackage } from './prepare-package.js'
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
  let webDeployPackage: WebDeployPackage | undefined
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
    webDeployPackage = openPackage(ctx, origin)
    if (webDeployPackage) origin = webDeployPackage.contentRoot
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
      o.xmlVariables.length > 0 ||
      subApplication.fit ||
      (edits &&
        (o.webConfig === 'transform' ||
          o.environment !== undefined ||
          o.environmentVariables.length > 0 ||
          o.xdtTransforms.length > 0)) ||
      stdoutLogNeedsCopy(o))
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
    modified,
    package: webDeployPackage
  }
  const userPath = (file: string): string => {
    if (o.sourceIsZip)
      return file.startsWith(dir) ? `${o.source}!${path.relative(dir, file).replace(/\\/g, '/')}` : file
    return file.startsWith(dir) ? path.join(o.source, path.relative(dir, file)) : file
  }

  // Before anything reads it (a 200 MB file would be parsed first), and again after the edits below.
  await checkWebConfigSize(ctx, dir, userPath)
  if (!configure) {
    if (!findWebConfig(dir))
      ctx.reporter.warning(
        `${userPath(path.join(dir, 'web.config'))} does not exist; the web-config step is not selected, so it was not checked.`
      )
    return app
  }

  if (o.jsonVariables.length > 0) {
    // With jsonc-parser: a chunk of its own in dist/, loaded by the runs that set variables.
    const { applyJsonVariables } = await import('../../steps/json-variables/json-variables.js')
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

  await applyXmlVariablesToApp(ctx, app)

  if (o.webConfig === 'skip') {
    if (!findWebConfig(dir))
      ctx.reporter.warning(
        `The app has no web.config ('web-config: skip'): IIS may serve appsettings.json and other files as static content.`
      )
    return app
  }
  // A .NET Framework app or a static site has no ASP.NET Core Module entry, and needs none (issue 13).
  const kind = resolveAppKind(o.appKind, dir)
  const aspNetCore = kind === 'aspnetcore'
  if (!aspNetCore) {
    const ancmOnly = [
      o.environment !== undefined && 'environment',
      o.environmentVariables.length > 0 && 'environment-variables',
      o.hostingModel !== undefined && 'hosting-model',
      o.webConfig === 'transform' && 'web-config: transform'
    ].filter((x): x is string => typeof x === 'string')
    if (ancmOnly.length > 0)
      throw new InputError(
        'app-kind',
        `The app is ${kind === 'static' ? 'a static site' : 'a .NET Framework app'} (app-kind${o.appKind === 'auto' ? ' detected' : ''}: ${kind}), but ${ancmOnly.join(', ')} configure the ASP.NET Core Module, which it does not use: remove them, or set \`app-kind: aspnetcore\` if it is an ASP.NET Core app.`
      )
    ctx.reporter.info(
      `app-kind ${kind}${o.appKind === 'auto' ? ' (detected)' : ''}: web.config is not checked for the ASP.NET Core Module; the pool's .NET CLR version is ${kind === 'netframework' ? 'v4.0' : 'No Managed Code'} unless pool-runtime-version says otherwise.`
    )
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
    // Not ASP.NET Core: the module's settings and checks do not apply.
    result = !aspNetCore
      ? undefined
      : await applyWebConfig(
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
  if (result) {
    app.diagnostics.push(...result.diagnostics.map(toDiagnostic))
    app.hostingModel = result.hostingModel
    if (result.written) modified.push(path.relative(dir, result.file).replace(/\\/g, '/'))
    if (result.changes.length > 0) app.changes.push(`web.config: ${result.changes.join(', ')}`)
  }

  if (subApplication.fit) {
    const fitted = fitPreparedSubApplication(dir)
    const relative = path.relative(dir, fitted.file).replace(/\\/g, '/')
    if (fitted.written && !modified.includes(relative)) modified.push(relative)
    if (fitted.changes.length > 0)
      app.changes.push(`web.config (sub-application): ${fitted.changes.join(', ')}`)
  }

  if (o.xdtTransforms.length > 0) {
    const file = findWebConfig(dir) ?? path.join(dir, 'web.config')
    // The XDT engine is a chunk of its own in dist/: most runs transform nothing.
    const { applyXdtTransformFiles } = await import('../../steps/xdt/apply-files.js')
    const { encodeXmlDocument, writeFileAtomically } = await import('../../steps/xdt/write-output.js')
    const xdt = applyXdtTransformFiles(file, o.xdtTransforms)
    const diagnostics = xdt.diagnostics.map((d) => toDiagnostic({ ...d, file: d.file }))
    if (!xdt.ok || !xdt.document) reject(diagnostics)
    app.diagnostics.push(...diagnostics)
    writeFileAtomically(file, encodeXmlDocument(xdt.document as NonNullable<typeof xdt.document>))
    if (!modified.includes(path.basename(file))) modified.push(path.basename(file))
    app.changes.push(`XDT: ${o.xdtTransforms.map((t) => path.basename(t)).join(', ')}`)
    const after = aspNetCore ? validatePublishFolder(dir).diagnostics.map(toDiagnostic) : []
    if (after.some((d) => d.severity === 'error')) reject(after)
    for (const d of after)
      if (!app.diagnostics.some((x) => x.message === d.message && x.line === d.line)) app.diagnostics.push(d)
  }
  const webConfig = findWebConfig(dir)
  const stdoutLog = switchOnInCopy(ctx, app, webConfig)
  if (stdoutLog && webConfig) {
    app.changes.push(`web.config: ${stdoutLog}`)
    if (!modified.includes(path.basename(webConfig))) modified.push(path.basename(webConfig))
  }
  if (modified.length > 0) await checkWebConfigSize(ctx, dir, userPath)
  return app
}

/**
 * The web-config step's size rule (input-rules §3): IIS does not read a web.config over MaxWebConfigFileSizeInKB.
 * The registry is read only for a file over IIS's default, to honour a raised limit; a remote server's registry
 * is out of reach, so its limit is taken as the default.
 */
async function checkWebConfigSize(
  ctx: DeployContext,
  dir: string,
  userPath: (file: string) => string
): Promise<void> {
  const file = findWebConfig(dir)
  if (file === undefined) return
  const bytes = fs.statSync(file).size
  if (bytes <= DEFAULT_WEB_CONFIG_LIMIT_KB * 1024) return
  let limit: WebConfigLimit = { kb: DEFAULT_WEB_CONFIG_LIMIT_KB, source: 'default' }
  if (ctx.options.msdeployUrl === undefined) {
    const reg = await ctx.tool('reg').catch(() => undefined)
    if (reg !== undefined) limit = await readWebConfigLimit(ctx.ports.runner, reg, ctx.signal)
  }
  const problem = webConfigSizeProblem(userPath(file), bytes, limit)
  if (problem) throw new InputError('web-config', problem)
}
