// What several pipeline steps share: the appcmd wrapper for a run, the default pool name, the web.config rejection.

import { InputError } from '../../core/errors.js'
import { Appcmd } from '../../steps/iis/appcmd.js'
import type { DeployContext } from '../context.js'
import type { WebConfigDiagnostic } from '../types.js'

/** A web.config that cannot be deployed; carries the problems at their place in the user's files. */
export class WebConfigRejected extends InputError {
  override name = 'WebConfigRejected'
  constructor(
    message: string,
    readonly diagnostics: WebConfigDiagnostic[]
  ) {
    super('web-config', message)
  }
}

export function appcmdFor(ctx: DeployContext, appcmdPath: string): Appcmd {
  return new Appcmd({
    runner: ctx.ports.runner,
    path: appcmdPath,
    reporter: ctx.reporter,
    clock: ctx.ports.clock,
    signal: ctx.signal
  })
}

/** appcmd for the run, found (and recorded in the plan) through the context. */
export async function resolveAppcmd(ctx: DeployContext): Promise<Appcmd> {
  return appcmdFor(ctx, await ctx.tool('appcmd'))
}

/** The context with a signal that never fires: for the work that must finish (putting things back). */
export function uncancellable(ctx: DeployContext): DeployContext {
  return { ...ctx, signal: new AbortController().signal }
}

/** Default pool name for a new application: the site name, plus the application path for a sub-application. */
export function defaultPoolName(site: string, application: string): string {
  return application === '/' ? site : `${site}${application.replace(/\//g, '_')}`
}
