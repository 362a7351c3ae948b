// The inputs of issue 13 part A: sub-application handler, replace-bindings, drain hooks, manage actions, and the
// refusal of local Web Deploy with release folders; plus the pure rules they rely on.

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputErrors } from '../../src/core/errors.js'
import { parseDeployOptions, type OptionsContext } from '../../src/pipeline/options.js'
import { buildRemoveSiteBindingArgs } from '../../src/steps/iis/appcmd.js'
import { accountOfPool } from '../../src/steps/iis/permissions.js'
import { parentApplicationPaths, subApplicationKindOf } from '../../src/steps/web-config/sub-application.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

function parse(inputs: Record<string, string>) {
  const context: OptionsContext = {
    workspace: path.resolve('/work/space'),
    runNumber: '42',
    runAttempt: '1',
    env: { RUNNER_TEMP: '/runner/temp' },
    platform: 'linux',
    reporter: new MemoryReporter()
  }
  return parseDeployOptions((name) => inputs[name], context)
}

function errorsOf(inputs: Record<string, string>): string[] {
  try {
    parse(inputs)
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => `${e.input}: ${e.message}`)
    throw error
  }
  return []
}

const HEALTH = { 'health-check-url': 'http://localhost/health' }

describe('issue 13 part A inputs', () => {
  it('reads the drain hooks as argv lists, one argument per line, spaces kept inside an argument', () => {
    const o = parse({
      site: 'Shop',
      ...HEALTH,
      'drain-command': 'C:\\lb\\lbctl.exe\ndrain\nweb 01',
      'undrain-url': 'https://lb.example.com/enable'
    })
    expect(o.drainCommand).toEqual(['C:\\lb\\lbctl.exe', 'drain', 'web 01'])
    expect(o.undrainUrl).toBe('https://lb.example.com/enable')
    expect(o.undrainCommand).toEqual([])
  })

  it.each([
    [
      { 'drain-command': 'cmd.exe\n/c\necho hi', 'undrain-url': 'https://lb/x', ...HEALTH },
      'drain-command',
      'a shell'
    ],
    [
      { 'drain-command': 'lbctl drain web01', 'undrain-url': 'https://lb/x', ...HEALTH },
      'drain-command',
      'one argument per line'
    ],
    [{ 'drain-url': 'https://lb/d', ...HEALTH }, 'undrain-command', 'without its pair'],
    [
      { 'drain-url': 'https://lb/d', 'undrain-url': 'https://lb/u' },
      'health-check-url',
      'need the health check'
    ],
    [
      { 'drain-url': 'https://lb/d', 'drain-command': 'x.exe', 'undrain-url': 'https://lb/u', ...HEALTH },
      'drain-url',
      'both set'
    ],
    [{ method: 'msdeploy', strategy: 'releases' }, 'strategy', 'cannot create release folders'],
    [{ 'replace-bindings': 'true' }, 'replace-bindings', "'bindings' is not set"],
    [{ action: 'halt' }, 'action', 'allowed values are'],
    [{ 'sub-application-handler': 'maybe' }, 'sub-application-handler', 'allowed values are']
  ])('refuses %j (%s)', (inputs, input, text) => {
    const errors = errorsOf({ site: 'Shop', ...inputs })
    expect(
      errors.some((e) => e.startsWith(`${input}: `) && e.includes(text)),
      errors.join('\n')
    ).toBe(true)
  })

  it('a manage action needs a pool or a site, runs no deploy step, and takes app-pool alone', () => {
    expect(errorsOf({ action: 'stop' }).join('\n')).toContain("set 'site'")
    const pool = parse({ action: 'recycle', 'app-pool': 'Shop' })
    expect(pool).toMatchObject({ action: 'recycle', appPool: 'Shop', steps: [] })
    expect(
      errorsOf({ action: 'stop', site: 'Shop', 'msdeploy-url': 'https://iis:8172/msdeploy.axd' }).join('\n')
    ).toContain('manage actions run appcmd on this machine')
  })

  it('bindings count as given only when they differ from the default (the runners fill the default in)', () => {
    expect(parse({ site: 'Shop', bindings: 'http/*:80:' }).bindingsGiven).toBe(false)
    expect(parse({ site: 'Shop', bindings: 'http/*:8080:' }).bindingsGiven).toBe(true)
    expect(parse({ site: 'Shop' }).subApplicationHandler).toBe('auto')
  })
})

describe('the rules behind them', () => {
  it.each([
    ['/api', ['/']],
    ['/a/b/c', ['/a/b', '/a', '/']],
    ['/', []]
  ])('parent applications of %s', (application, parents) => {
    expect(parentApplicationPaths(application)).toEqual(parents)
  })

  it.each([
    [
      '<configuration><system.webServer><handlers><add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" /></handlers></system.webServer></configuration>',
      'aspnetcore'
    ],
    ['<configuration><system.webServer><staticContent /></system.webServer></configuration>', 'other'],
    [undefined, 'other']
  ])('kind of child %#', (text, kind) => {
    expect(subApplicationKindOf(text)).toBe(kind)
  })

  it.each([
    ['ApplicationPoolIdentity', '', 'IIS AppPool\\Shop'],
    ['NetworkService', '', '*S-1-5-20'],
    ['LocalService', '', '*S-1-5-19'],
    ['LocalSystem', '', '*S-1-5-18'],
    ['SpecificUser', 'CONTOSO\\web$', 'CONTOSO\\web$'],
    ['SpecificUser', '', undefined],
    [undefined, undefined, 'IIS AppPool\\Shop']
  ])(
    'the account of a pool running as %s (%s) is %s (application-pool-identities; well-known SIDs)',
    (type, user, account) => {
      expect(accountOfPool(type, user, 'Shop')).toBe(account)
    }
  )

  it('removes one binding with the collection indexer (appcmd /-)', () => {
    expect(
      buildRemoveSiteBindingArgs('Shop', { protocol: 'http', ip: '*', port: 8080, host: 'a.example' })
    ).toEqual(['set', 'site', 'Shop', "/-bindings.[protocol='http',bindingInformation='*:8080:a.example']"])
  })
})
