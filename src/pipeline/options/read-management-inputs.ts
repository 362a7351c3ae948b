// The inputs of issue 13 part A, read and checked: the sub-application handler rule, the bindings of an existing
// site, the web farm drain hooks and the manage actions. Kept apart from the deploy areas so each rule sits next
// to the inputs it reads.

import { isAbsoluteAnywhere, splitList, type InputCollector } from './read-inputs.js'
import type { DeployOptions } from './deploy-options.js'
import type { ReadOptions } from './combinations.js'
import {
  ACTIONS,
  INPUT_DEFAULTS,
  SUB_APPLICATION_HANDLER_MODES,
  type InputName,
  type PipelineStep
} from './schema.js'
import type { ReadScope } from './validate.js'

/** An argv list (one argument per line, the program first): never a shell string. */
function readCommand(c: InputCollector, name: InputName): string[] {
  const argv = c.list(name)
  const program = argv[0]
  if (
    program !== undefined &&
    /^(cmd(\.exe)?|powershell(\.exe)?|pwsh(\.exe)?|sh|bash)$/i.test(program.trim())
  )
    c.fail(
      name,
      `Input '${name}' starts with '${program}', a shell: give the program and its arguments one per line (e.g. C:\\lb\\drain.exe, then --node, then web01); no shell runs them.`
    )
  if (program !== undefined && /\s/.test(program) && !isAbsoluteAnywhere(program))
    c.fail(
      name,
      `Input '${name}' has '${program}' as its program: write one argument per line, the program on the first.`
    )
  return argv
}

export function readManagementInputs(scope: ReadScope) {
  const { c } = scope
  return {
    subApplicationHandler: c.oneOf('sub-application-handler', SUB_APPLICATION_HANDLER_MODES),
    replaceBindings: c.boolean('replace-bindings'),
    // The runners fill an unset input with its default: only another value says "these bindings".
    bindingsGiven:
      c.list('bindings').join('\n').toLowerCase() !==
      splitList(INPUT_DEFAULTS.bindings).join('\n').toLowerCase(),
    drainCommand: readCommand(c, 'drain-command'),
    drainUrl: c.httpUrl('drain-url'),
    undrainCommand: readCommand(c, 'undrain-command'),
    undrainUrl: c.httpUrl('undrain-url'),
    action: c.oneOf('action', ACTIONS)
  } satisfies Partial<DeployOptions>
}

/** Rules between these inputs and the others; called by checkCombinations' caller after the steps are known. */
export function checkManagementCombinations(
  c: InputCollector,
  o: ReadOptions & { steps: PipelineStep[] }
): void {
  const remote = o.msdeployUrl !== undefined
  if (o.drainCommand.length > 0 && o.drainUrl !== undefined)
    c.fail('drain-url', `Inputs 'drain-command' and 'drain-url' are both set: use one way to drain.`)
  if (o.undrainCommand.length > 0 && o.undrainUrl !== undefined)
    c.fail('undrain-url', `Inputs 'undrain-command' and 'undrain-url' are both set: use one way to undrain.`)
  const drains = o.drainCommand.length > 0 || o.drainUrl !== undefined
  const undrains = o.undrainCommand.length > 0 || o.undrainUrl !== undefined
  if (drains !== undrains)
    c.fail(
      drains ? 'undrain-command' : 'drain-command',
      `Input '${drains ? 'drain' : 'undrain'}-command'/'-url' is set without its pair: a server drained from the load balancer must be put back, so set both.`
    )
  if (drains && o.action === 'deploy' && !o.steps.includes('health-check'))
    c.fail(
      'health-check-url',
      `Inputs 'drain-command'/'drain-url' need the health check ('health-check-url'): the server is put back into the load balancer only once it answers as expected.`
    )
  if (drains && o.action !== 'deploy')
    c.fail('action', `Input 'action' is '${o.action}': the drain hooks are for deploys only.`)
  // Local Web Deploy syncs into the live folder: it has no release folders to switch between.
  if (o.method === 'msdeploy' && !remote && o.strategy === 'releases' && o.action === 'deploy')
    c.fail(
      'strategy',
      `Input 'strategy' is 'releases' with 'method: msdeploy' on this machine: Web Deploy syncs into the live folder and cannot create release folders. Use 'method: robocopy' (or auto) with 'strategy: releases', or 'strategy: in-place' with msdeploy.`
    )
  if (o.replaceBindings && !o.bindingsGiven)
    c.fail(
      'replace-bindings',
      `Input 'replace-bindings' is 'true' but 'bindings' is not set: list the bindings the site must have.`
    )
  if (o.action !== 'deploy') {
    if (remote)
      c.fail(
        'action',
        `Input 'action' is '${o.action}' but 'msdeploy-url' is set: manage actions run appcmd on this machine.`
      )
    if (o.site === undefined && o.appPool === undefined)
      c.fail(
        'action',
        `Input 'action' is '${o.action}': set 'site' (with 'application' for an application) or 'app-pool' to say what to ${o.action}.`
      )
  }
}
