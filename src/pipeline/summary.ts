// The job summary (GITHUB_STEP_SUMMARY, the ADO summary attachment, the CLI's closing report): the steps table
// with result and duration, the file changes, the offline window, the health result, the rollback, the warnings.
// And the web.config diagnostics as annotations on the file and line.

import type { Reporter } from '../core/ports.js'
import { renderDiagnosis } from '../steps/diagnosis/render-diagnosis.js'
import type { DeployResult, StepRecord, WebConfigDiagnostic } from './types.js'

const RESULT_ICONS: Record<StepRecord['result'], string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  cancelled: '🛑 cancelled',
  skipped: '⏭️ skipped',
  planned: '📝 planned'
}

const STEP_LABELS: Record<StepRecord['name'], string> = {
  'iis-features': 'iis-features',
  'hosting-bundle': 'hosting-bundle',
  provision: 'provision',
  'web-config': 'web-config',
  offline: 'offline',
  sync: 'sync',
  online: 'online',
  'health-check': 'health-check',
  rollback: 'rollback',
  manage: 'manage'
}

/** Text safe inside a markdown table cell: no HTML, no pipes, one line. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

export function formatDuration(ms: number): string {
  if (ms <= 0) return ''
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

export interface SummaryContext {
  /** `Shop/api` or the IIS Express folder. */
  title: string
  version?: string
  mask: (text: string) => string
}

/** The job summary as GitHub-flavoured markdown. Every line goes through `mask`. */
export function renderSummary(result: DeployResult, context: SummaryContext): string {
  const lines: string[] = []
  const verdict =
    result.dryRun && result.ok
      ? '📝 Dry run'
      : result.ok
        ? '✅ Deployed'
        : result.rolledBack
          ? '↩️ Failed and rolled back'
          : '❌ Failed'
  lines.push(`## iis-deploy: ${verdict} ${cell(context.title)}`, '')
  if (result.diagnosis) lines.push(...renderDiagnosis(result.diagnosis, 'markdown'))
  lines.push(cell(result.serverState), '')
  if (result.recovery) lines.push(...recoveryLines(result.recovery).map((line) => cell(line)), '')
  if (result.error) {
    lines.push('```text', result.error.message.replace(/```/g, "'''"), '```', '')
  }

  lines.push('| Step | Result | Duration | Details |', '|---|---|---|---|')
  for (const step of result.steps) {
    lines.push(
      `| ${STEP_LABELS[step.name]} | ${RESULT_ICONS[step.result]} | ${formatDuration(step.durationMs)} | ${cell(step.detail)} |`
    )
  }
  lines.push('', `Total: ${formatDuration(result.durationMs) || '0 ms'}`, '')

  const counts =
    result.sync ??
    (result.changes && {
      filesAdded: result.changes.filesAdded,
      filesUpdated: result.changes.filesUpdated,
      filesDeleted: result.changes.filesDeleted,
      bytesCopied: result.changes.bytesToCopy
    })
  if (counts) {
    lines.push(result.dryRun ? '### File changes (planned)' : '### File changes', '')
    lines.push('| Added | Updated | Deleted | Copied |', '|---:|---:|---:|---:|')
    lines.push(
      `| ${counts.filesAdded} | ${counts.filesUpdated} | ${counts.filesDeleted} | ${formatBytes(counts.bytesCopied)} |`,
      ''
    )
    const files = result.changes?.changes ?? []
    if (files.length > 0) {
      const shown = files.slice(0, 50)
      lines.push(
        `<details><summary>${files.length} changed file${files.length === 1 ? '' : 's'}</summary>`,
        ''
      )
      lines.push(
        '```text',
        ...shown.map((f) => `${f.kind.padEnd(6)} ${f.path}`),
        ...(files.length > shown.length ? [`… and ${files.length - shown.length} more`] : []),
        '```',
        '',
        '</details>',
        ''
      )
    }
    if (result.releasePath || result.previousPath) {
      lines.push(
        `Release: \`${cell(result.releasePath ?? '')}\`${result.previousPath ? ` (previous: \`${cell(result.previousPath)}\`)` : ''}`,
        ''
      )
    }
  }

  if (!result.dryRun) {
    lines.push('### Offline window', '')
    lines.push(
      result.offlineMeasured === 'probe'
        ? `The app answered 503 or nothing for **${formatDuration(result.offlineMs) || '0 ms'}** (measured by probing the health URL).`
        : result.offlineMeasured === 'window'
          ? `The app was offline for **${formatDuration(result.offlineMs) || '0 ms'}** (from taking it offline to bringing it online).`
          : 'The app was not taken offline.',
      ''
    )
  }

  if (result.health) {
    const h = result.health
    lines.push('### Health check', '')
    lines.push(
      h.healthy
        ? `✅ \`${cell(h.url)}\` answered HTTP ${h.status} after ${h.attempts} attempt${h.attempts === 1 ? '' : 's'}.`
        : `❌ \`${cell(h.url)}\`: ${h.status === undefined ? cell(h.reason) : `HTTP ${h.status} (${cell(h.reason)})`}${h.bodyExcerpt ? `: “${cell(h.bodyExcerpt)}”` : ''}`,
      ''
    )
  }

  if (result.rolledBack) {
    const rollback = result.steps.find((s) => s.name === 'rollback')
    lines.push(
      '### Rollback',
      '',
      `↩️ ${cell(rollback?.detail ?? 'The previous version was brought back.')}`,
      ''
    )
  }

  if (result.diagnostics.length > 0) {
    lines.push('### web.config', '')
    for (const d of result.diagnostics)
      lines.push(`- ${d.severity === 'error' ? '❌' : '⚠️'} ${cell(formatLocation(d))}: ${cell(d.message)}`)
    lines.push('')
  }

  if (result.warnings.length > 0) {
    lines.push('### Warnings', '')
    for (const warning of result.warnings) lines.push(`- ⚠️ ${cell(warning)}`)
    lines.push('')
  }

  if (result.plan.commands.length > 0 || result.plan.creates.length > 0) {
    lines.push(
      `<details><summary>${result.dryRun ? 'Plan' : 'Commands run'} (${result.plan.commands.length})</summary>`,
      ''
    )
    if (result.plan.creates.length > 0) {
      lines.push('Creates:', '', ...result.plan.creates.map((c) => `- ${cell(c)}`), '')
    }
    if (Object.keys(result.plan.tools).length > 0) {
      lines.push(
        'Tools:',
        '',
        ...Object.entries(result.plan.tools).map(([name, p]) => `- ${name}: \`${cell(p)}\``),
        ''
      )
    }
    lines.push(
      '```text',
      ...result.plan.commands.map((c) => `[${c.step}] ${c.command}`),
      '```',
      '',
      '</details>',
      ''
    )
  }
  if (context.version) lines.push(`<sub>iis-deploy ${cell(context.version)}</sub>`, '')
  return context.mask(lines.join('\n'))
}

function formatLocation(d: WebConfigDiagnostic): string {
  return d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file
}

/** Each web.config problem as an annotation on its file and line (GitHub: `::error file=...,line=...`). */
export function annotateDiagnostics(
  reporter: Pick<Reporter, 'error' | 'warning'>,
  diagnostics: readonly WebConfigDiagnostic[]
): void {
  for (const d of diagnostics) {
    const location = {
      file: d.file,
      line: d.line || undefined,
      column: d.column || undefined,
      title: 'web.config'
    }
    if (d.severity === 'error') reporter.error(d.message, location)
    else reporter.warning(d.message, location)
  }
}

/** What the run repaired first, in words: `Recovered from an interrupted deploy started at …`. */
export function recoveryLines(recovery: NonNullable<DeployResult['recovery']>): string[] {
  const what = recovery.actions.length > 0 ? recovery.actions.join('; ') : 'nothing was left to put back'
  const lines = [
    `♻️ Recovered from an interrupted deploy started at ${recovery.startedAt} (${recovery.by}): ${what}.`
  ]
  for (const problem of recovery.problems) lines.push(`⚠️ ${problem}`)
  return lines
}

/** A plain-text report for the console (CLI): the steps and the outcome. */
export function renderTextSummary(result: DeployResult): string {
  const lines = result.steps.map(
    (s) =>
      `  ${s.name.padEnd(15)} ${s.result.padEnd(10)} ${formatDuration(s.durationMs).padStart(9)}  ${s.detail}`
  )
  const counts = result.sync
  if (counts)
    lines.push(
      `  files: +${counts.filesAdded} ~${counts.filesUpdated} -${counts.filesDeleted}, ${formatBytes(counts.bytesCopied)} ${result.dryRun ? 'to copy' : 'copied'}`
    )
  if (!result.dryRun && result.offlineMeasured !== 'none') lines.push(`  offline: ${result.offlineMs} ms`)
  if (result.health && !result.dryRun)
    lines.push(`  health: ${result.health.status ?? 'no answer'} from ${result.health.url}`)
  if (result.recovery) lines.push(...recoveryLines(result.recovery).map((line) => `  ${line}`))
  lines.push(result.serverState)
  return lines.join('\n')
}
