// Every value the options accept is a value the step accepts (issue 9 item 5, issue 10 item 3): for each rule a
// step owns, a table of accepted and refused values goes through parseDeployOptions AND through the step's own
// parser or argv builder. A value the options accept but the step refuses would fail after the server changed.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, InputErrors } from '../../src/core/errors.js'
import { parseDeployOptions, type DeployOptions } from '../../src/pipeline/options.js'
import { parseHostingBundleArgs } from '../../src/steps/hosting-bundle/inputs.js'
import {
  buildAddAppArgs,
  buildAddAppPoolArgs,
  buildAddPoolEnvironmentVariableArgs,
  buildAddSiteArgs,
  buildAddSiteBindingArgs,
  buildSetAuthenticationArgs,
  formatBinding
} from '../../src/steps/iis/appcmd.js'
import { parseBindings } from '../../src/steps/iis/bindings.js'
import { resolveIisFeatures } from '../../src/steps/iis/iis-features.js'
import {
  parseApplicationPath,
  parseAuthenticationLine,
  parsePoolIdentity,
  poolEnvironmentVariableProblems,
  validateIisName
} from '../../src/steps/iis/inputs.js'
import { needsSni, normalizeThumbprint } from '../../src/steps/iis/provision.js'
import { buildMsDeploySkipRules, formatSkipArgument } from '../../src/steps/sync/msdeploy.js'
import { parsePreserveList } from '../../src/steps/sync/planner.js'
import { planReleaseLayout, validateReleaseId } from '../../src/steps/sync/releases.js'
import { buildRobocopyExclusions } from '../../src/steps/sync/robocopy.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

const workspace = path.resolve('/work/space')

function parse(inputs: Record<string, string>): DeployOptions {
  return parseDeployOptions((name) => inputs[name], {
    workspace,
    runNumber: '42',
    runAttempt: '1',
    env: { RUNNER_TEMP: '/runner/temp' },
    platform: 'linux',
    reporter: new MemoryReporter()
  })
}

/** The inputs refused by parseDeployOptions, or [] when it accepted them. */
function refusedInputs(inputs: Record<string, string>): string[] {
  try {
    parse(inputs)
    return []
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.input)
    throw error
  }
}

function stepRefuses(step: () => unknown): boolean {
  try {
    step()
    return false
  } catch (error) {
    // A step may refuse with an InputError (its parser) or a plain Error (an argv builder's guard).
    if (error instanceof InputError || error instanceof InputErrors || error instanceof Error) return true
    throw error
  }
}

interface Rule {
  input: string
  /** The other inputs that select the step (a local IIS site with provisioning, ...). */
  with: Record<string, string>
  accepted: string[]
  refused: string[]
  /** The step's own parser or argv builder, given the value as the options hand it on. */
  step: (value: string, options: DeployOptions | undefined) => unknown
}

const provisioning = { site: 'Shop', create: 'true', 'physical-path': 'C:\\inetpub\\Shop' }

const RULES: Rule[] = [
  {
    input: 'bindings',
    with: provisioning,
    accepted: [
      'http/*:80:',
      'HTTPS/*:443:Shop.Example.com',
      'https/*:443:*.example.com',
      'http/10.0.0.5:8080:',
      'http/[::1]:8080:',
      'http/[2001:db8::1]:80:',
      'http/*:80:\nhttps/*:443:a.example.com'
    ],
    refused: [
      'http/*:80:*', // the options once accepted a bare `*` host; provisioning refused it
      'http/*:80:a*b',
      'http/999.1.1.1:80:',
      'http/[:::::]:80:',
      'http/*:80:\nHTTP/*:80:', // listed twice
      'ftp/*:21:',
      'http/*:0:',
      'http/*:80:bad_host',
      'http:80'
    ],
    step: (value) => {
      const bindings = parseBindings(value.split('\n'))
      buildAddSiteArgs({ name: 'Shop', bindings, physicalPath: 'C:\\s' })
      for (const b of bindings) buildAddSiteBindingArgs('Shop', b, needsSni(b))
      return bindings
    }
  },
  {
    input: 'application',
    with: { site: 'Shop' },
    accepted: ['/', '', 'api', '/api/', '\\api', '/a/b', 'api//'],
    refused: ['/a//b', '/./x', '/a/../b', '..', '/a"b'],
    step: (value) =>
      buildAddAppArgs({ site: 'Shop', path: parseApplicationPath(value), physicalPath: 'C:\\x' })
  },
  {
    input: 'pool-identity',
    with: provisioning,
    accepted: ['ApplicationPoolIdentity', 'networkservice', 'LocalService', 'LocalSystem'],
    refused: ['Custom', 'Admin'],
    step: (value) => buildAddAppPoolArgs('P', { identityType: parsePoolIdentity(value) })
  },
  {
    input: 'authentication',
    with: provisioning,
    accepted: ['anonymous=false', 'Windows = TRUE', 'basic=true\nanonymous=false'],
    refused: ['digest=true', 'windows', 'windows=yes'],
    step: (value) => {
      for (const line of value.split('\n')) {
        const { kind, enabled } = parseAuthenticationLine(line)
        buildSetAuthenticationArgs('Shop', '/', kind, enabled)
      }
    }
  },
  {
    input: 'pool-environment-variables',
    with: provisioning,
    accepted: ['A=1', 'DOTNET_gcServer=1', 'A.B=x y z', 'CS=Server=x;Db=y', 'EMPTY='],
    refused: ["P1=it's", "Q='quoted'"],
    step: (value) => {
      const eq = value.indexOf('=')
      const [name, val] = [value.slice(0, eq), value.slice(eq + 1)]
      const problems = poolEnvironmentVariableProblems(name, val)
      if (problems.length > 0) throw new Error(problems.join('; '))
      return buildAddPoolEnvironmentVariableArgs('Shop', name, val)
    }
  },
  {
    input: 'app-pool',
    with: provisioning,
    accepted: ['ShopPool', 'Shop Pool', 'Shop.Pool-1'],
    refused: ["Bob's", 'Pool[1]', 'a"b'],
    // The pool name travels in appcmd's collection indexer when pool variables are written.
    step: (value) => {
      validateIisName('app-pool', value, true)
      return buildAddPoolEnvironmentVariableArgs(value, 'A', '1')
    }
  },
  {
    input: 'site',
    with: { create: 'true', 'physical-path': 'C:\\inetpub\\Shop' },
    accepted: ['Shop', 'Default Web Site'],
    refused: ["Bob's", 'a/b', 'a\\b', 'S[1]'],
    step: (value) => validateIisName('site', value, true)
  },
  {
    input: 'release-id',
    with: { site: 'Shop', strategy: 'releases' },
    accepted: ['42-1', '2026.11.22-1', 'v1.2.3_rc', 'a', 'CONSOLE', 'com10', 'x'.repeat(100)],
    refused: [
      '_x',
      '-x',
      '.hidden',
      'x.',
      'CON',
      'con.txt',
      'Nul',
      'COM1',
      'lpt9.log',
      'AUX',
      'PRN',
      'a b',
      '../x',
      'a/b',
      'x'.repeat(101)
    ],
    step: (value) =>
      planReleaseLayout({ physicalPath: 'C:\\sites\\shop', releaseId: validateReleaseId(value) })
  },
  {
    input: 'iis-features',
    with: { site: 'Shop' },
    accepted: ['WebSockets', 'IIS-WebSockets', 'Web-WebSockets', 'websockets\nWindowsAuthentication'],
    refused: ['Bogus', 'Web Sockets', 'IIS-Nope'],
    step: (value) => resolveIisFeatures(value.split('\n'))
  },
  {
    input: 'certificate-thumbprint',
    with: provisioning,
    accepted: [
      '\u200eab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01',
      'AB'.repeat(20),
      'ab'.repeat(32)
    ],
    refused: ['xyz', 'ab'.repeat(19)],
    step: (value) => {
      if (normalizeThumbprint(value) === undefined) throw new Error('not a thumbprint')
    }
  },
  {
    input: 'exclude',
    with: { site: 'Shop' },
    accepted: ['*.pdb', 'docs/', 'node_modules/', 'wwwroot/uploads', '/bin/x.dll', './a.txt'],
    refused: ['../secrets', 'C:\\data', '**', 'a|b', 'wwwroot/*.map', 'src/**/x.cs'],
    // In-place robocopy is the default sync: its /XF /XD translation is the step.
    step: (value) => buildRobocopyExclusions('C:\\src', 'C:\\dst', value.split('\n'), [])
  },
  {
    input: 'exclude',
    with: { site: 'Shop', 'msdeploy-url': 'https://h:8172/msdeploy.axd', 'msdeploy-username': 'u' },
    accepted: ['*.pdb', 'docs/', 'wwwroot/*.map', 'src/**/x.cs'],
    refused: ['../secrets', '**', 'a"b'],
    step: (value) => buildMsDeploySkipRules(value.split('\n'), []).map(formatSkipArgument)
  },
  {
    input: 'preserve',
    with: { site: 'Shop' },
    accepted: ['App_Data\nlogs', 'App_Data\\keys', 'logs\\', 'wwwroot/uploads'],
    refused: ['C:\\data', '../x', 'logs/*.txt', '*'],
    step: (value) => {
      parsePreserveList(value.split('\n'))
      buildRobocopyExclusions('C:\\src', 'C:\\dst', [], value.split('\n'))
    }
  },
  {
    input: 'hosting-bundle-args',
    with: { site: 'Shop', 'hosting-bundle': 'lts' },
    accepted: ['OPT_NO_ANCM=0', 'OPT_NO_X86=1 OPT_NO_SHAREDFX=0'],
    refused: ['/passive', 'OPT_NO_ANCM=2', 'OPT_NO_ANCM=0 OPT_NO_ANCM=1'],
    step: (value) => parseHostingBundleArgs(value)
  }
]

describe.each(RULES.map((rule) => [`${rule.input} (${Object.keys(rule.with).join(', ')})`, rule] as const))(
  'the options accept exactly what the step accepts: %s',
  (_name, rule) => {
    it.each(rule.accepted)('accepts %j, and so does the step', (value) => {
      expect(refusedInputs({ ...rule.with, [rule.input]: value })).toEqual([])
      expect(stepRefuses(() => rule.step(value, undefined))).toBe(false)
    })
    it.each(rule.refused)('refuses %j up front, as the step would later', (value) => {
      expect(refusedInputs({ ...rule.with, [rule.input]: value })).toContain(rule.input)
      expect(stepRefuses(() => rule.step(value, undefined))).toBe(true)
    })
  }
)

describe('what the options hand on is what the step makes of the value', () => {
  it.each(['http/*:80:', 'HTTPS/*:443:Shop.Example.com', 'http/[::1]:8080:'])('bindings %j', (value) => {
    const options = parse({ ...provisioning, bindings: value })
    expect(options.bindings.map((b) => b.text)).toEqual(parseBindings([value]).map(formatBinding))
  })
  it.each(['api/', '\\api', '/a/b/', ''])('application %j', (value) => {
    expect(parse({ site: 'Shop', application: value }).application).toBe(parseApplicationPath(value))
  })
  it('the default release id is one the release step accepts', () => {
    const options = parse({ site: 'Shop', strategy: 'releases' })
    expect(validateReleaseId(options.releaseId)).toBe(options.releaseId)
  })
})
