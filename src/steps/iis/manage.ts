// Manage actions (issue 13; what Microsoft's "IIS web app manage" task and Octopus offer): start, stop, recycle or
// remove a pool, a site or an application, idempotent: an object already in the asked state, or already gone, is
// left alone, so a second run changes nothing. What each acts on:
// - `app-pool` alone: that pool;
// - `site` (application `/`): the site for start, stop and remove; its pool (or `app-pool`) for recycle;
// - `site` + `application`: an application has no state of its own in IIS, so start, stop and recycle act on its
//   pool (every application of that pool with it); remove deletes the application (its folder stays).
// A pool that still serves applications is not removed (IIS would leave them pointing at a missing pool).

import { InputError } from '../../core/errors.js'
import {
  appIdentifier,
  buildAppPoolVerbArgs,
  buildDeleteAppPoolArgs,
  buildListAppsOfPoolArgs,
  parseObjectLines,
  type Appcmd
} from './appcmd.js'
import { startAppPool, startSite, stopAppPool, stopSite } from './app-pool.js'

export type ManageVerb = 'start' | 'stop' | 'recycle' | 'remove'

export interface ManageOptions {
  appcmd: Appcmd
  action: ManageVerb
  site?: string
  /** `/` for the site itself. */
  application: string
  /** The pool to act on; undefined = the application's pool as IIS reports it. */
  appPool?: string
  /** Wait for a pool or site to reach the state (ms). */
  timeoutMs: number
  /** Return what would be done; reads still run. */
  dryRun: boolean
}

export interface ManageOutcome {
  /** `app pool 'P'`, `site 'S'`, `application 'S/api'`. */
  object: string
  /** False: already as asked (nothing was run). */
  changed: boolean
  /** One line for the steps table. */
  detail: string
  /** The appcmd command lines that change something, as shown (for the plan). */
  commands: string[]
}

type Subject = { kind: 'pool'; name: string } | { kind: 'site'; name: string } | { kind: 'app'; id: string }

async function subjectOf(options: ManageOptions): Promise<Subject> {
  const { appcmd, site, application, action } = options
  if (site === undefined) {
    if (options.appPool === undefined)
      throw new InputError('action', `Input 'action' is '${action}': set 'site' or 'app-pool'.`)
    return { kind: 'pool', name: options.appPool }
  }
  if (action === 'remove')
    return application === '/'
      ? { kind: 'site', name: site }
      : { kind: 'app', id: appIdentifier(site, application) }
  if (application === '/' && action !== 'recycle' && options.appPool === undefined)
    return { kind: 'site', name: site }
  const pool =
    options.appPool ?? (await appcmd.readProperty('app', appIdentifier(site, application), 'applicationPool'))
  if (pool === undefined || pool === '')
    throw new InputError(
      'application',
      `Application '${appIdentifier(site, application)}' does not exist in IIS, so it has no pool to ${action}: check 'site' and 'application', or set 'app-pool'.`
    )
  return { kind: 'pool', name: pool }
}

/** Runs one manage action; idempotent. */
export async function runManageAction(options: ManageOptions): Promise<ManageOutcome> {
  const { appcmd, action, dryRun } = options
  const subject = await subjectOf(options)
  const object =
    subject.kind === 'pool'
      ? `app pool '${subject.name}'`
      : subject.kind === 'site'
        ? `site '${subject.name}'`
        : `application '${subject.id}'`
  const same = (detail: string): ManageOutcome => ({ object, changed: false, detail, commands: [] })
  const state =
    subject.kind === 'pool'
      ? await appcmd.getAppPoolState(subject.name)
      : subject.kind === 'site'
        ? await appcmd.getSiteState(subject.name)
        : (await appcmd.readProperty('app', subject.id, 'applicationPool')) !== undefined
          ? 'Started'
          : undefined
  if (state === undefined) {
    if (action === 'remove') return same(`${object} does not exist: nothing to remove`)
    throw new InputError(
      subject.kind === 'pool' ? 'app-pool' : 'site',
      `${object} does not exist on this server (see \`appcmd list ${subject.kind === 'pool' ? 'apppools' : 'sites'}\`): check the name.`
    )
  }
  const wanted = action === 'start' ? 'Started' : action === 'stop' ? 'Stopped' : undefined
  if (wanted !== undefined && state === wanted) return same(`${object} is already ${wanted.toLowerCase()}`)
  if (action === 'recycle' && subject.kind === 'pool' && state !== 'Started')
    return same(`${object} is ${state.toLowerCase()}: nothing to recycle (start it instead)`)

  const name = subject.kind === 'app' ? subject.id : subject.name
  const args =
    action === 'remove'
      ? subject.kind === 'pool'
        ? buildDeleteAppPoolArgs(name)
        : ['delete', subject.kind, name]
      : subject.kind === 'pool'
        ? buildAppPoolVerbArgs(action, name)
        : [action, 'site', name]
  if (action === 'remove' && subject.kind === 'pool') {
    const { stdout } = await appcmd.run(buildListAppsOfPoolArgs(name), { accept: [1168, 1] })
    const apps = parseObjectLines(stdout)
      .filter((o) => o.type === 'APP')
      .map((o) => o.id)
    if (apps.length > 0)
      throw new InputError(
        'app-pool',
        `App pool '${name}' still serves ${apps.join(', ')}: remove those applications (or move them to another pool) first.`
      )
  }
  const commands = [appcmd.display(args)]
  const verb =
    action === 'remove'
      ? 'removed'
      : action === 'recycle'
        ? 'recycled'
        : action === 'start'
          ? 'started'
          : 'stopped'
  if (dryRun) return { object, changed: true, detail: `would ${action} ${object}`, commands }
  if (subject.kind === 'pool' && action === 'stop')
    await stopAppPool({ appcmd, pool: name, timeoutMs: options.timeoutMs })
  else if (subject.kind === 'pool' && action === 'start')
    await startAppPool({ appcmd, pool: name, timeoutMs: options.timeoutMs })
  else if (subject.kind === 'site' && action === 'stop')
    await stopSite({ appcmd, site: name, timeoutMs: options.timeoutMs })
  else if (subject.kind === 'site' && action === 'start')
    await startSite({ appcmd, site: name, timeoutMs: options.timeoutMs })
  else await appcmd.run(args)
  return { object, changed: true, detail: `${object} ${verb}`, commands }
}
