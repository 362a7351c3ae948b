// After a failed start or health check, before the rollback changes anything: collect the evidence on the server
// (the answer to the health URL, the module's and the runtime's events, the WAS events, the stdout log, the
// HTTP.sys error log, the active checks) and explain it (src/steps/diagnosis, docs/diagnosis.md). Reads only;
// never throws: a diagnosis that cannot be made must not hide the failure it explains.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { errorMessage } from '../../core/errors.js'
import { runActiveChecks, peBitness, readHead, type CheckFacts } from '../../steps/diagnosis/active-checks.js'
import { diagnose, renderDiagnosis } from '../../steps/diagnosis/diagnose.js'
import { parseErrorPage } from '../../steps/diagnosis/error-page.js'
import { processIdOf } from '../../steps/diagnosis/event-xml.js'
import { responderName } from '../../steps/diagnosis/diagnose.js'
import { loopbackProbeFor } from '../../steps/diagnosis/loopback.js'
import {
  findNewestStdoutLog,
  httpErrSince,
  lastLines,
  parseHttpErrLog,
  readStartupTimeLimit,
  readStdoutLogSettings
} from '../../steps/diagnosis/logs.js'
import type { Diagnosis, ErrorPage, Evidence, WindowsEvent } from '../../steps/diagnosis/types.js'
import {
  ANCM_PROVIDER,
  APPLICATION_ERROR_PROVIDER,
  DOTNET_RUNTIME_PROVIDER,
  queryEvents,
  WAS_EVENT_IDS,
  WAS_PROVIDER
} from '../../steps/diagnosis/wevtutil.js'
import { readAppFrameworkNeed } from '../../steps/hosting-bundle/runtime-config.js'
import { detectHostingBundle } from '../../steps/hosting-bundle/detect.js'
import {
  parseObjectLines,
  rootVdirIdentifier,
  buildListArgs,
  parseTextValues
} from '../../steps/iis/appcmd.js'
import type { DeployContext } from '../context.js'
import type { PreparedApp, ResolvedTarget } from '../types.js'
import { resolveAppcmd } from './shared.js'

export interface DiagnoseInput {
  target: ResolvedTarget
  app?: PreparedApp
  /** When the deploy began (ms): events and logs older than this are not evidence. */
  since: number
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** One GET, keeping what the health check throws away: headers and the whole body. */
async function get(
  ctx: DeployContext,
  url: string,
  host: string | undefined,
  allowUntrusted: boolean
): Promise<ErrorPage> {
  try {
    const response = await ctx.ports.http.get(url, {
      headers: host ? { host } : undefined,
      allowUntrusted,
      timeoutMs: 15_000
    })
    return parseErrorPage(response)
  } catch (error) {
    return parseErrorPage({ transportError: errorMessage(error) })
  }
}

function describeAnswer(page: ErrorPage): string {
  if (page.responder === 'none') return page.transportError ?? 'no answer'
  return `HTTP ${page.code ?? page.status} from ${responderName(page.responder)}`
}

/**
 * The health URL, and through loopback when it names another host and the deploy runs on the IIS server: IIS shows
 * its detailed error page only to local requests (docs/diagnosis.md "Loopback probe"). The loopback answer is the
 * evidence when there is one; `evidence.probes` says which URL answered (only for a remote URL: a local one is the
 * only URL asked).
 */
async function probe(ctx: DeployContext, target: ResolvedTarget, evidence: Evidence): Promise<void> {
  const o = ctx.options
  if (!o.healthCheckUrl) return
  const page = await get(ctx, o.healthCheckUrl, o.healthCheckHost, o.allowUntrusted)
  evidence.page = page
  const machine = [os.hostname(), ctx.ports.env.COMPUTERNAME ?? '']
  const loopback = loopbackProbeFor(o.healthCheckUrl, o.healthCheckHost, machine)
  const first = `${o.healthCheckUrl}: ${describeAnswer(page)}`
  // A local health URL already gets the detailed page: the answer needs no "Asked" list.
  if (!loopback) return
  if (target.kind !== 'local-iis') {
    evidence.probes.push(
      `${first} (this answer is the evidence)`,
      `loopback probe not possible: the app runs on another server (${target.kind === 'remote' ? 'Web Deploy' : target.kind}), and IIS shows its detailed error page only to requests made on that server`
    )
    return
  }
  // The certificate names the public host, not localhost: a loopback request cannot be intercepted.
  const local = await get(ctx, loopback.url, loopback.host, true)
  const second = `${loopback.url} (Host: ${loopback.host}): ${describeAnswer(local)}`
  if (local.responder === 'none') {
    evidence.probes.push(`${first} (this answer is the evidence)`, second)
    return
  }
  evidence.page = local
  evidence.probes.push(first, `${second} (this answer is the evidence: IIS answers local requests in detail)`)
}

/** The module's events of the worker that failed (the newest error's pid), and every other provider's. */
function keyToWorker(events: WindowsEvent[]): WindowsEvent[] {
  const newestError = events.find(
    (e) => e.provider === ANCM_PROVIDER && (e.level ?? 2) <= 3 && processIdOf(e)
  )
  const pid = newestError ? processIdOf(newestError) : undefined
  if (pid === undefined) return events
  return events.filter(
    (e) => e.provider !== ANCM_PROVIDER || processIdOf(e) === undefined || processIdOf(e) === pid
  )
}

async function readEvents(ctx: DeployContext, since: number, evidence: Evidence): Promise<void> {
  let wevtutil: string
  try {
    wevtutil = await ctx.tools.resolve('wevtutil')
  } catch (error) {
    evidence.unreadable.push(`event logs: ${errorMessage(error)}`)
    return
  }
  const withinMs = ctx.ports.clock.now() - since + 60_000
  const reads = await Promise.all([
    queryEvents(ctx.ports.runner, wevtutil, {
      log: 'Application',
      providers: [ANCM_PROVIDER, DOTNET_RUNTIME_PROVIDER, APPLICATION_ERROR_PROVIDER],
      withinMs,
      count: 50
    }),
    queryEvents(ctx.ports.runner, wevtutil, {
      log: 'System',
      providers: [WAS_PROVIDER],
      eventIds: WAS_EVENT_IDS,
      withinMs,
      count: 50
    })
  ])
  for (const read of reads) {
    if (read.ok) evidence.events.push(...read.events)
    else evidence.unreadable.push(read.reason)
  }
  evidence.events = keyToWorker(evidence.events)
}

function readStdoutLog(root: string, since: number, evidence: Evidence): void {
  const webConfig = readText(path.join(root, 'web.config'))
  const settings = webConfig ? readStdoutLogSettings(webConfig) : undefined
  if (!settings?.enabled) return
  const file = findNewestStdoutLog(root, settings.prefix, since)
  if (!file) {
    evidence.unreadable.push(
      `stdout log: stdoutLogEnabled is true but no ${settings.prefix}_*.log was written since the deploy began`
    )
    return
  }
  evidence.stdoutLog = { file, lines: lastLines(readText(file) ?? '', 30) }
}

function readHttpErr(ctx: DeployContext, since: number, evidence: Evidence): void {
  const systemRoot = ctx.ports.env.SystemRoot ?? ctx.ports.env.windir
  if (!systemRoot) {
    evidence.unreadable.push('HTTP.sys error log: %SystemRoot% is not set')
    return
  }
  const p = ctx.ports.platform === 'win32' ? path.win32 : path
  const dir = p.join(systemRoot, 'System32', 'LogFiles', 'HTTPERR')
  let names: string[]
  try {
    names = fs.readdirSync(dir).filter((n) => /^httperr\d*\.log$/i.test(n))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    evidence.unreadable.push(
      code === 'EACCES' || code === 'EPERM'
        ? `HTTP.sys error log ${dir}: access denied; only administrators may read it (run the deploy elevated)`
        : `HTTP.sys error log ${dir}: absent (${code ?? errorMessage(error)})`
    )
    return
  }
  const newest = names
    .map((n) => ({ file: p.join(dir, n), mtime: fs.statSync(p.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)[0]
  if (!newest) return
  evidence.httpErr = httpErrSince(
    parseHttpErrLog(readText(newest.file) ?? ''),
    since,
    evidence.appPool
  ).slice(-5)
}

/** The facts the active checks decide on; each read that fails just leaves its fact out. */
async function gatherCheckFacts(
  ctx: DeployContext,
  input: DiagnoseInput,
  page: ErrorPage | undefined
): Promise<CheckFacts> {
  const { target, app } = input
  // The start-up time only matters when the health check ran out of patience: nothing answered in time, or the
  // app answers now, after the check gave up.
  const impatient =
    page?.responder === 'none' ||
    (page?.status !== undefined && ctx.options.healthCheckStatus.includes(page.status))
  const facts: CheckFacts = {
    pool: target.appPool,
    healthTimeoutMs: ctx.options.healthCheckUrl && impatient ? ctx.options.healthCheckTimeoutMs : undefined
  }
  const root = target.physicalPath
  const webConfig = root ? readText(path.join(root, 'web.config')) : undefined
  if (webConfig) {
    facts.startupTimeLimitSec = readStartupTimeLimit(webConfig)
    const tag = /<aspNetCore\b[^>]*>/i.exec(webConfig)?.[0] ?? ''
    facts.hostingModel = /hostingModel\s*=\s*["']outofprocess["']/i.test(tag) ? 'outofprocess' : 'inprocess'
    const main =
      /arguments\s*=\s*["']\s*(?:"?\.?[\\/])?([^"'\s\\/]+)\.dll/i.exec(tag)?.[1] ??
      /processPath\s*=\s*["'](?:\.[\\/])?([^"'\\/]+)\.exe["']/i.exec(tag)?.[1]
    if (main && root) {
      facts.appDir = root
      facts.appName = main
      const exe = readHead(path.join(root, `${main}.exe`))
      if (exe) facts.appBitness = peBitness(exe)
    }
  }
  try {
    facts.need = readAppFrameworkNeed(app?.dir ?? root ?? '', facts.appName)
  } catch {
    // no runtimeconfig.json: nothing to compare
  }
  if (facts.need?.kind === 'framework-dependent') {
    try {
      const found = await detectHostingBundle({
        runner: ctx.ports.runner,
        env: ctx.ports.env,
        platform: ctx.ports.platform,
        tools: ctx.tools
      })
      // Nothing at all found (no module, no runtime) says more about the detection than about the server.
      if (found.ancm.present || found.aspNetCore.length > 0)
        facts.installedAspNetCore = found.aspNetCore.map((f) => f.version)
    } catch {
      // detection failed: the runtime check is left out
    }
  }
  if (target.appPool && target.kind === 'local-iis') {
    try {
      const appcmd = await resolveAppcmd(ctx)
      const pool = await appcmd.run(
        buildListArgs('apppool', target.appPool, { text: 'enable32BitAppOnWin64' }),
        { accept: [1] }
      )
      const value = parseTextValues(pool.stdout)[0]
      if (value !== undefined) facts.pool32Bit = /^true$/i.test(value)
      const apps = await appcmd.run(
        buildListArgs('app', undefined, { filters: { 'apppool.name': target.appPool } }),
        { accept: [1168, 1] }
      )
      const mine =
        `${target.site ?? ''}${target.application === '/' ? '/' : target.application}`.toLowerCase()
      const others = parseObjectLines(apps.stdout).filter(
        (o) => o.type === 'APP' && o.id.toLowerCase() !== mine
      )
      facts.otherInProcessApps = []
      for (const other of others) {
        const slash = other.id.indexOf('/')
        const vdir = await appcmd.run(
          buildListArgs('vdir', rootVdirIdentifier(other.id.slice(0, slash), other.id.slice(slash)), {
            text: 'physicalPath'
          }),
          { accept: [1168, 1] }
        )
        const dir = parseTextValues(vdir.stdout)[0]
        const config = dir ? readText(path.join(dir, 'web.config')) : undefined
        const tag = config ? /<aspNetCore\b[^>]*>/i.exec(config)?.[0] : undefined
        if (tag && !/hostingModel\s*=\s*["']outofprocess["']/i.test(tag))
          facts.otherInProcessApps.push(other.id)
      }
    } catch (error) {
      ctx.reporter.debug(`diagnosis: reading the pool failed: ${errorMessage(error)}`)
    }
  }
  return facts
}

/** Collects and explains; logs the "Why it failed" block. Undefined only when `diagnose: false` or a dry run. */
export async function diagnoseFailure(
  ctx: DeployContext,
  input: DiagnoseInput
): Promise<Diagnosis | undefined> {
  if (!ctx.options.diagnose || ctx.dryRun) return undefined
  const evidence: Evidence = {
    events: [],
    httpErr: [],
    checks: [],
    unreadable: [],
    probes: [],
    appPool: input.target.appPool
  }
  try {
    await probe(ctx, input.target, evidence)
    if (input.target.kind === 'local-iis') {
      await readEvents(ctx, input.since, evidence)
      if (input.target.physicalPath) readStdoutLog(input.target.physicalPath, input.since, evidence)
      if (evidence.page?.status === 503 && evidence.page.responder === 'http.sys')
        readHttpErr(ctx, input.since, evidence)
      evidence.checks = runActiveChecks(await gatherCheckFacts(ctx, input, evidence.page))
    } else evidence.unreadable.push(`event logs: the target is ${input.target.kind}, not this machine's IIS`)
  } catch (error) {
    evidence.unreadable.push(`diagnosis stopped early: ${errorMessage(error)}`)
  }
  const diagnosis = diagnose(evidence, (text) => ctx.reporter.mask(text))
  for (const line of renderDiagnosis(diagnosis, 'text')) ctx.reporter.info(line)
  return diagnosis
}
