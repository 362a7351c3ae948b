// Rules between inputs and the new `state-dir` input (issue 9 item 3, issue 10 items 2, 3 and 8): refused before
// anything changes, each message naming the input.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputErrors } from '../../src/core/errors.js'
import { parseDeployOptions, type DeployOptions, type OptionsContext } from '../../src/pipeline/options.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

const workspace = path.resolve('/work/space')

function parse(inputs: Record<string, string>, overrides: Partial<OptionsContext> = {}): DeployOptions {
  return parseDeployOptions((name) => inputs[name], {
    workspace,
    runNumber: '42',
    env: {},
    platform: 'linux',
    reporter: new MemoryReporter(),
    ...overrides
  })
}

function errorsOf(
  inputs: Record<string, string>,
  overrides: Partial<OptionsContext> = {}
): Array<{ input: string; message: string }> {
  try {
    parse(inputs, overrides)
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => ({ input: e.input, message: e.message }))
    throw error
  }
  return []
}

describe('site is required whenever IIS is to be configured', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    [
      'create, app-pool and bindings without a site',
      { create: 'true', 'app-pool': 'P', bindings: 'http/*:8080:', 'physical-path': '/srv/app' },
      /'create', 'bindings', 'app-pool'|'app-pool'.*'create'/
    ],
    [
      'a whitespace-only site is no site',
      { site: '   ', create: 'true', 'physical-path': '/srv/app' },
      /Input 'site' is required with 'create'/
    ],
    [
      'a pool identity without a site',
      { 'pool-identity': 'NetworkService', 'physical-path': '/srv/app' },
      /'pool-identity'/
    ],
    [
      'pool environment variables without a site',
      { 'pool-environment-variables': 'A=1', 'physical-path': '/srv/app' },
      /'pool-environment-variables'/
    ],
    [
      'stop-pool without a site',
      { 'take-offline': 'stop-pool', 'physical-path': '/srv/app' },
      /'take-offline'/
    ]
  ])('refuses %s', (_name, inputs, message) => {
    const errors = errorsOf(inputs)
    expect(errors.map((e) => e.input)).toContain('site')
    expect(errors.find((e) => e.input === 'site')?.message).toMatch(message)
  })

  it('keeps the documented folder-only sync: physical-path, no site, no IIS input', () => {
    const options = parse({
      'physical-path': '/srv/app',
      'take-offline': 'none',
      'grant-access': 'false',
      'delete-extra': 'true'
    })
    expect(options.site).toBeUndefined()
    expect(options.steps).toEqual(['web-config', 'sync'])
  })

  it('an input left at its default does not count (bindings http/*:80:, pool-identity ApplicationPoolIdentity)', () => {
    expect(
      errorsOf({
        'physical-path': '/srv/app',
        bindings: 'http/*:80:',
        'pool-identity': 'ApplicationPoolIdentity'
      })
    ).toEqual([])
  })

  it('names with quotes or brackets are refused only when provisioning writes through appcmd indexers', () => {
    expect(errorsOf({ site: "Bob's", create: 'true', 'physical-path': '/srv/app' })[0]?.input).toBe('site')
    expect(errorsOf({ site: "Bob's" })).toEqual([])
  })
})

describe('paths that reach visitors or the server stay in the workspace', () => {
  it.each([
    ['app-offline-file', '/etc/passwd'],
    ['app-offline-file', '../outside.htm'],
    ['xdt-transforms', '/etc/shadow']
  ])('%s %s', (input, value) => {
    const errors = errorsOf({ site: 'Shop', 'web-config': 'transform', [input]: value })
    expect(errors.map((e) => e.input)).toEqual([input])
    expect(errors[0]?.message).toMatch(/outside the workspace/)
  })
})

describe('state-dir', () => {
  it('is undefined when not set: the default is resolved at run time', () => {
    expect(parse({ site: 'Shop' }).stateDir).toBeUndefined()
  })

  it.each(['/var/lib/iis-deploy', 'C:\\ProgramData\\iis-deploy', '\\\\server\\share\\iis-deploy'])(
    'accepts the absolute path %s',
    (value) => {
      expect(parse({ site: 'Shop', 'state-dir': value }).stateDir).toBe(value)
    }
  )

  it.each<[string, Record<string, string>, Partial<OptionsContext>, RegExp]>([
    ['a relative path', { 'state-dir': 'state' }, {}, /'state': use an absolute path/],
    [
      'inside the source folder',
      { 'state-dir': path.join(workspace, 'publish', 'state') },
      {},
      /inside the source folder/
    ],
    [
      'the source folder itself',
      { 'state-dir': path.join(workspace, 'publish') },
      {},
      /inside the source folder/
    ],
    [
      'inside the web root',
      { 'physical-path': 'C:\\inetpub\\Shop', 'state-dir': 'c:\\INETPUB\\shop\\state' },
      {},
      /inside the web root/
    ],
    [
      'inside the source folder on Windows, in another case',
      { source: 'out', 'state-dir': 'd:\\A\\REPO\\out\\x' },
      { workspace: 'D:\\a\\repo', platform: 'win32' },
      /inside the source folder/
    ]
  ])('refuses %s', (_name, inputs, overrides, message) => {
    const errors = errorsOf({ site: 'Shop', ...inputs }, overrides)
    expect(errors.map((e) => e.input)).toEqual(['state-dir'])
    expect(errors[0]?.message).toMatch(message)
  })

  it('a .zip source holds no folder: a state-dir next to it is fine', () => {
    expect(
      parse({ site: 'Shop', source: 'out/app.zip', 'state-dir': path.join(workspace, 'out', 'state') })
        .stateDir
    ).toBe(path.join(workspace, 'out', 'state'))
  })
})

describe('inputs refused before anything changes (issue 10 item 3)', () => {
  it('reports a bad release id, an appcmd-unfriendly pool variable and an unknown feature together', () => {
    const errors = errorsOf({
      site: 'Shop',
      strategy: 'releases',
      'release-id': 'CON',
      'pool-environment-variables': "P1=it's",
      'iis-features': 'WebSockets\nBogus'
    })
    expect(errors.map((e) => e.input)).toEqual(['release-id', 'iis-features', 'pool-environment-variables'])
    expect(errors[0]?.message).toMatch(/device name/)
    expect(errors[1]?.message).toMatch(/'Bogus' is not an IIS feature/)
    expect(errors[2]?.message).toMatch(/collection syntax/)
  })

  it('a secret pool variable is refused without quoting its value', () => {
    const errors = errorsOf({ site: 'Shop', 'secret-pool-environment-variables': "TOKEN=s3cr'et" })
    expect(errors.map((e) => e.input)).toEqual(['secret-pool-environment-variables'])
    expect(errors[0]?.message).not.toContain("s3cr'et")
  })

  it('keeps the folders-only slash of an exclude pattern for the sync steps', () => {
    expect(parse({ site: 'Shop', exclude: 'docs/\n.\\obj\\' }).exclude).toEqual(['docs/', 'obj/'])
  })
})

describe('source and physical-path apart (issue 10 item 2, input-rules §4)', () => {
  it.each<[string, string, RegExp]>([
    ['the same folder', '/work/space/publish', /are the same folder/],
    ['the target inside the source', '/work/space/publish/inner', /is inside the source folder/],
    ['the source inside the target', '/work/space', /is inside the target folder/]
  ])('%s is refused, naming both and the fix', (_, physicalPath, says) => {
    const errors = errorsOf({ 'physical-path': physicalPath })
    expect(errors).toHaveLength(1)
    expect(errors[0]?.input).toBe('physical-path')
    expect(errors[0]?.message).toMatch(says)
    expect(errors[0]?.message).toContain(physicalPath)
    expect(errors[0]?.message).toMatch(/separate folders/)
  })

  it.each([['/work/space/publish-old'], ['/srv/app'], ['/work/other']])('%s is accepted', (physicalPath) => {
    expect(errorsOf({ 'physical-path': physicalPath })).toEqual([])
  })

  it('a .zip source is extracted elsewhere: a target beside it is fine', () => {
    expect(errorsOf({ source: 'app.zip', 'physical-path': '/work/space' })).toEqual([])
  })
})
