// `diagnose-stdout-log`: the ASP.NET Core Module's stdout log on for the first start after a deploy, so a start-up
// failure leaves the app's own output for the diagnosis, then off again (docs/diagnosis.md "The stdout log for the
// first start"). Three moments:
//   1. prepare: switched on in our staged copy of web.config, so the very first start already logs (no extra restart);
//   2. after the sync: the live web.config recorded in the ledger with how to switch it off again (its SHA-256 and the
//      original attributes), the log folder created with the pool identity's Modify;
//   3. off again: after the health check passed (one app restart: IIS recycles the app on a web.config change), or,
//      on a failure, by the rollback/cleanup once the diagnosis has read the log; a killed run by the next run's
//      recovery (recovery.ts, step 0).

import fs from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../../core/errors.js'
import { findAttribute } from '../../steps/iis/appcmd.js'
import { accountOfPool, grantAccess } from '../../steps/iis/permissions.js'
import { restoreIfUnchanged, sha256, switchStdoutLogOn } from '../../steps/diagnosis/stdout-log-switch.js'
import type { DeployContext } from '../context.js'
import type { DeployOptions } from '../options.js'
import type { PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'
import { resolveAppcmd } from './shared.js'

/** Only on this machine's IIS: the log must be read back here, and only a staged copy may be edited. */
export function wantsStdoutLog(o: DeployOptions): boolean {
  return o.diagnoseStdoutLog && o.diagnose && o.target === 'iis' && !o.msdeployUrl && !o.dryRun
}

/** Whether prepare must stage a copy for the switch (never edit the user's publish folder). */
export function stdoutLogNeedsCopy(o: DeployOptions): boolean {
  return wantsStdoutLog(o)
}

/** Step 1: in the staged copy. Returns the line for the web-config row, or undefined when nothing was switched. */
export function switchOnInCopy(
  ctx: DeployContext,
  app: PreparedApp,
  file: string | undefined
): string | undefined {
  if (!wantsStdoutLog(ctx.options)) {
    if (ctx.options.diagnoseStdoutLog && !ctx.options.dryRun)
      ctx.reporter.info(
        "diagnose-stdout-log: ignored: the log can only be switched and read on this machine's IIS (not with Web Deploy or IIS Express)."
      )
    return undefined
  }
  if (!app.staged || !file) return undefined
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  const switched = switchStdoutLogOn(text)
  if (!switched) return undefined
  fs.writeFileSync(file, switched.text)
  app.stdoutLog = {
    original: switched.original,
    writtenSha256: sha256(fs.readFileSync(file)),
    logFile: switched.logFile
  }
  return `aspNetCore: stdoutLogEnabled="true" for the first start (diagnose-stdout-log; switched off again after it)`
}

/** Step 2: after a local sync, against the live file. */
export async function recordStdoutLog(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget,
  outcome: SyncOutcome
): Promise<void> {
  const sw = app.stdoutLog
  const folder = outcome.releasePath ?? target.physicalPath
  if (!sw || !folder || target.kind !== 'local-iis') return
  const file = path.join(folder, 'web.config')
  const mutation = ctx.ledger.begin('stdout-log', 'sync', `stdout log on in ${file} for the first start`, {
    undo: { kind: 'restore-stdout-log', file, writtenSha256: sw.writtenSha256, original: sw.original }
  })
  const prefix = sw.logFile.replace(/^\\\\\?\\/, '')
  const absolute = path.win32.isAbsolute(prefix) || path.posix.isAbsolute(prefix)
  const logDir = absolute ? path.win32.dirname(prefix) : path.dirname(prefix.replace(/\\/g, '/'))
  try {
    const pool = target.appPool
    const tree = pool ? await (await resolveAppcmd(ctx)).readObject('apppool', pool) : undefined
    const account =
      pool &&
      accountOfPool(
        tree ? findAttribute(tree, 'processModel.identityType') : undefined,
        tree ? findAttribute(tree, 'processModel.userName') : undefined,
        pool
      )
    if (!pool || !account) {
      ctx.reporter.warning(
        `diagnose-stdout-log: the pool's account is not known, so no write access was granted on ${logDir}: the module may not be able to create the log there.`
      )
      if (!absolute) fs.mkdirSync(path.join(folder, logDir), { recursive: true })
    } else {
      // Current modules create the folder themselves, older ones do not; the pool identity needs Modify either way.
      await grantAccess({
        runner: ctx.ports.runner,
        icaclsPath: await ctx.tool('icacls'),
        reporter: ctx.reporter,
        physicalPath: folder,
        pool,
        account,
        logsFolder: logDir,
        signal: ctx.signal
      })
    }
    ctx.ledger.done(mutation)
    ctx.reporter.info(
      `stdout log on for the first start (${sw.logFile}_*.log under ${folder}); it is switched off again after the health check.`
    )
  } catch (error) {
    // The log is on in any case; the undo is recorded, so it is switched off like a finished one.
    ctx.ledger.done(mutation, { note: `the log folder's access was not granted: ${errorMessage(error)}` })
    ctx.reporter.warning(
      `diagnose-stdout-log: could not prepare ${logDir} for the log: ${errorMessage(error)}`
    )
  }
}

/** Step 3 on success: off again after the health check; one app restart (IIS recycles the app on the change). */
export function switchOffAfterHealthCheck(ctx: DeployContext): void {
  for (const mutation of ctx.ledger.open(['stdout-log'])) {
    const undo = mutation.undo
    if (undo?.kind !== 'restore-stdout-log') continue
    try {
      const note = restoreIfUnchanged(undo.file, undo.writtenSha256, undo.original)
      ctx.ledger.revert(mutation, note)
      ctx.reporter.info(
        `${note}. IIS restarts the app on this change; the next request starts it with the configuration as deployed.`
      )
    } catch (error) {
      ctx.reporter.warning(
        `diagnose-stdout-log: could not switch the stdout log off in ${undo.file}: ${errorMessage(error)}. Set stdoutLogEnabled="false" there by hand, or deploy again.`
      )
    }
  }
}
