// The deploy's web.config step (contract input `web-config`): validate the publish folder's web.config, or first
// do what `dotnet publish` does to it (generating it when missing), then validate. Errors stop the deploy before
// anything on the server changes; warnings and changes go to the log with their file:line:col.

import path from 'node:path'
import { writeFileAtomic } from '../../core/atomic-write.js'
import type { Reporter } from '../../core/ports.js'
import type { XmlDocument } from '../../core/xml/xml-document.js'
import { formatDiagnostic, hasErrors, WebConfigError, type Diagnostic } from './diagnostics.js'
import { parseOwnOutput, type EnvironmentVariable, type HostingModel } from './model.js'
import { detectAppName, detectSelfContained, findWebConfig } from './publish-folder.js'
import { fitSubApplication } from './sub-application.js'
import { readHostingModel, stdoutLogPath, transformWebConfig, type StdoutLog } from './transform.js'
import { validatePublishFolder, validateWebConfig } from './validate.js'
import { encodeWebConfig, readWebConfigSource } from './web-config-file.js'

export interface WebConfigStepSettings {
  mode: 'validate' | 'transform' | 'skip'
  /** Assembly name; undefined = detected from `*.runtimeconfig.json`. */
  appName?: string
  /** undefined = detected from the publish folder. */
  selfContained?: boolean
  hostingModel?: HostingModel
  environment?: string
  environmentVariables?: readonly EnvironmentVariable[]
  /** The app is an IIS application below an ASP.NET Core app: its handler must not collide with the parent's. */
  subApplication?: boolean
  /** Report what would change, write nothing. */
  dryRun?: boolean
}

export interface WebConfigStepResult {
  /** The web.config path (where it is or would be). */
  file: string
  diagnostics: Diagnostic[]
  changes: string[]
  /** The transformed file was written (false in validate mode, dry runs, or when nothing changed). */
  written: boolean
  generated: boolean
  /** The app's effective hosting model, for the offline and pool steps; undefined if unknown. */
  hostingModel?: HostingModel
  /** Where ANCM writes stdout logs, so the IIS step can create the folder and grant access. */
  stdoutLog?: StdoutLog
}

function report(reporter: Reporter, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const location = d.line
      ? { file: d.file, line: d.line, column: d.column, title: d.rule }
      : { file: d.file }
    if (d.severity === 'error') reporter.error(formatDiagnostic(d), location)
    else reporter.warning(formatDiagnostic(d), location)
  }
}

function facts(
  text: string | XmlDocument | undefined,
  file: string
): Pick<WebConfigStepResult, 'hostingModel' | 'stdoutLog'> {
  if (text === undefined) return {}
  try {
    return { hostingModel: readHostingModel(text, file), stdoutLog: stdoutLogPath(text, file) }
  } catch {
    return {}
  }
}

function readQuietly(file: string): string | undefined {
  try {
    return readWebConfigSource(file).text
  } catch {
    return undefined
  }
}

/** Runs `fn`; a WebConfigError's diagnostics reach the log with their location before it propagates. */
function reportFailure<T>(reporter: Reporter, fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    if (error instanceof WebConfigError) report(reporter, error.diagnostics)
    throw error
  }
}

/** Validates or transforms the web.config of `publishDir`. Throws WebConfigError (an InputError) on errors. */
export async function applyWebConfig(
  publishDir: string,
  settings: WebConfigStepSettings,
  reporter: Reporter
): Promise<WebConfigStepResult> {
  for (const variable of settings.environmentVariables ?? []) {
    if (variable.secret) reporter.registerSecret(variable.value)
  }
  const existing = findWebConfig(publishDir)
  const file = existing ?? path.join(publishDir, 'web.config')
  const empty = { file, diagnostics: [], changes: [], written: false, generated: false }

  if (settings.mode === 'skip') {
    return { ...empty, ...facts(existing ? readQuietly(existing) : undefined, file) }
  }
  if (settings.mode === 'validate') {
    const { diagnostics } = validatePublishFolder(publishDir, { subApplication: settings.subApplication })
    report(reporter, diagnostics)
    if (hasErrors(diagnostics)) throw new WebConfigError(diagnostics.filter((d) => d.severity === 'error'))
    const text = readWebConfigSource(file).text
    return { ...empty, diagnostics, ...facts(text, file) }
  }

  const { source, result } = reportFailure(reporter, () => {
    const source = existing ? readWebConfigSource(existing) : undefined
    const appName = settings.appName ?? detectAppName(publishDir)
    const selfContained = settings.selfContained ?? detectSelfContained(publishDir, appName)
    let result = transformWebConfig(source?.text, {
      file,
      appName,
      selfContained,
      hostingModel: settings.hostingModel,
      environment: settings.environment,
      environmentVariables: settings.environmentVariables,
      encoding: source?.encoding
    })
    if (settings.subApplication) {
      const fitted = fitSubApplication(result.text, { kind: 'aspnetcore', file })
      result = {
        ...fitted,
        changes: [...result.changes, ...fitted.changes],
        changed: result.changed || fitted.changed,
        generated: result.generated
      }
    }
    return { source, result }
  })
  for (const change of result.changes) reporter.info(`${path.basename(file)}: ${change}`)
  const document = result.document ?? parseOwnOutput(result.text, file)
  const diagnostics = validateWebConfig(document, {
    file,
    publishDir,
    subApplication: settings.subApplication
  })
  report(reporter, diagnostics)
  if (hasErrors(diagnostics)) throw new WebConfigError(diagnostics.filter((d) => d.severity === 'error'))
  const write = result.changed && !settings.dryRun
  if (write) await writeFileAtomic(file, encodeWebConfig(result.text, source?.encoding ?? 'utf8'))
  return {
    file,
    diagnostics,
    changes: result.changes,
    written: write,
    generated: result.generated,
    ...facts(document, file)
  }
}
