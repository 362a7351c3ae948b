// Web farm hooks (docs/web-farm.md): `drain-command`/`drain-url` take this server out of the load balancer before
// the deploy changes anything the app serves (before the offline step or the sync, whichever comes first), and
// `undrain-command`/`undrain-url` put it back once a health check passes (of the new version, or of the previous
// one after a rollback). They wrap the steps the pipeline runs, so the pipeline's order stays where it is.
//
// Each call is recorded in the ledger (kind `load-balancer`) before it runs. No undo on purpose: a deploy that
// fails without a healthy rollback, or a run that dies, leaves the server drained: it must not get traffic. The next run
// that passes its health check puts it back (undrain is idempotent on every load balancer we know of; the hook
// must be). A command is an argv list run through CommandRunner (never a shell); a URL is called with HTTP GET and
// must answer 2xx.

import { errorMessage, ToolError } from '../core/errors.js'
import type { DeployContext, DeploySteps } from './context.js'

async function callHook(ctx: DeployContext, which: 'drain' | 'undrain'): Promise<void> {
  const o = ctx.options
  const argv = which === 'drain' ? o.drainCommand : o.undrainCommand
  const url = which === 'drain' ? o.drainUrl : o.undrainUrl
  const what = argv.length > 0 ? ctx.reporter.mask(argv.join(' ')) : `GET ${url ?? ''}`
  const summary = `${which === 'drain' ? 'drain this server from' : 'put this server back into'} the load balancer: ${what}`
  if (ctx.dryRun) {
    ctx.plan.action(which, what)
    ctx.ledger.begin('load-balancer', which, summary)
    return
  }
  await ctx.ledger.track('load-balancer', which, summary, async () => {
    ctx.reporter.info(`${which}: ${what}`)
    const input = `${which}-${argv.length > 0 ? 'command' : 'url'}`
    if (argv.length > 0) {
      const [program = '', ...args] = argv
      const result = await ctx.ports.runner.run(program, args, { signal: ctx.signal, timeoutMs: 5 * 60_000 })
      if (result.exitCode !== 0)
        throw new ToolError(
          program,
          result.exitCode,
          `'${input}' (${what}) failed with exit code ${result.exitCode}: ${ctx.reporter.mask(`${result.stderr || result.stdout}`.trim().slice(0, 500))}`,
          which === 'drain'
            ? 'Nothing was deployed. Fix the command (or the load balancer) and run again.'
            : 'The app is deployed and healthy but the server is still drained: put it back by hand, or run again.'
        )
      return
    }
    const response = await ctx.ports.http.get(url as string, {
      timeoutMs: 60_000,
      allowUntrusted: o.allowUntrusted,
      signal: ctx.signal
    })
    if (response.status < 200 || response.status > 299)
      throw new ToolError(
        'http',
        undefined,
        `'${input}' (${what}) answered HTTP ${response.status}: ${ctx.reporter.mask(response.body.slice(0, 300))}`,
        which === 'drain'
          ? 'Nothing was deployed. Check the URL and the load balancer, and run again.'
          : 'The app is deployed and healthy but the server is still drained: put it back by hand, or run again.'
      )
  })
}

function hasHooks(ctx: DeployContext): boolean {
  return ctx.options.drainCommand.length > 0 || ctx.options.drainUrl !== undefined
}

/**
 * The steps with the drain hooks around them (they act only when a hook is set). Which runs drained is kept by
 * their ledger, so one steps object serves any number of runs.
 */
export function withDrainHooks(steps: DeploySteps): DeploySteps {
  const drained = new WeakSet<object>()
  const drainOnce = async (run: DeployContext): Promise<void> => {
    if (!hasHooks(run) || drained.has(run.ledger)) return
    await callHook(run, 'drain')
    drained.add(run.ledger)
  }
  return {
    ...steps,
    takeOffline: async (run, ...rest) => {
      await drainOnce(run)
      return steps.takeOffline(run, ...rest)
    },
    sync: async (run, ...rest) => {
      await drainOnce(run)
      return steps.sync(run, ...rest)
    },
    checkHealth: async (run, ...rest) => {
      const health = await steps.checkHealth(run, ...rest)
      // Only a server this run drained is put back, once it answers as expected (checkHealth throws otherwise).
      if (drained.has(run.ledger) && health.healthy) {
        drained.delete(run.ledger)
        // The app is deployed and healthy: a load balancer that does not answer is not a reason to roll it back.
        await callHook(run, 'undrain').catch((error: unknown) => run.reporter.warning(errorMessage(error)))
      }
      return health
    }
  }
}
