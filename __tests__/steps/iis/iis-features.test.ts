import { describe, expect, it } from 'vitest'
import {
  IIS_FEATURES,
  buildEnableFeaturesArgs,
  buildGetFeatureInfoArgs,
  dismFeatureName,
  ensureIisFeatures,
  exitCodeIs,
  parseDismError,
  parseFeatureState,
  resolveIisFeatures
} from '../../../src/steps/iis/iis-features.js'
import { InputError, InputErrors, ToolError } from '../../../src/core/errors.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'
import { ok } from './helpers.js'

const info = (feature: string, state: string) =>
  ok(
    [
      '',
      'Deployment Image Servicing and Management tool',
      'Version: 10.0.20348.681',
      '',
      'Image Version: 10.0.20348.2402',
      '',
      'Feature Information:',
      '',
      `Feature Name : ${feature}`,
      'Display Name : Some feature',
      'Restart Required : Possible',
      `State : ${state}`,
      '',
      'Custom Properties:',
      '',
      '(No custom properties found)',
      '',
      'The operation completed successfully.'
    ].join('\r\n')
  )

describe('feature names', () => {
  it.each([
    ['WebSockets', 'IIS-WebSockets'],
    ['websockets', 'IIS-WebSockets'],
    ['IIS-WebSockets', 'IIS-WebSockets'],
    ['Web-WebSockets', 'IIS-WebSockets'],
    ['WindowsAuthentication', 'IIS-WindowsAuthentication'],
    ['Web-Windows-Auth', 'IIS-WindowsAuthentication'],
    ['ManagementService', 'IIS-ManagementService'],
    [' ApplicationInit ', 'IIS-ApplicationInit'],
    ['Nope', undefined]
  ])('%s → %s', (name, dism) => {
    expect(dismFeatureName(name)).toBe(dism)
  })

  it('the table has no duplicate names', () => {
    const all = IIS_FEATURES.flatMap((f) => [f.name, f.dism, f.serverManager].map((n) => n.toLowerCase()))
    expect(new Set(all).size).toBe(all.length)
  })

  it('always puts the Web Server role first and drops duplicates', () => {
    expect(resolveIisFeatures(['WebSockets', 'IIS-WebSockets', '', 'WebServer'])).toEqual([
      'IIS-WebServerRole',
      'IIS-WebServer',
      'IIS-WebSockets'
    ])
    expect(resolveIisFeatures([])).toEqual(['IIS-WebServerRole', 'IIS-WebServer'])
  })

  it('names the input for unknown features, all at once', () => {
    expect(() => resolveIisFeatures(['Bogus'])).toThrow(InputError)
    expect(() => resolveIisFeatures(['Bogus', 'Other'])).toThrow(InputErrors)
    expect(() => resolveIisFeatures(['Bogus'])).toThrow(
      /'iis-features': 'Bogus' is not an IIS feature.*WebSockets/
    )
  })
})

describe('DISM builders and parsers', () => {
  it('builds the query and the enable commands', () => {
    expect(buildGetFeatureInfoArgs('IIS-WebSockets')).toEqual([
      '/online',
      '/get-featureinfo',
      '/featurename:IIS-WebSockets',
      '/English'
    ])
    expect(buildEnableFeaturesArgs(['IIS-WebSockets', 'IIS-ASPNET45'])).toEqual([
      '/online',
      '/enable-feature',
      '/featurename:IIS-WebSockets',
      '/featurename:IIS-ASPNET45',
      '/all',
      '/norestart',
      '/quiet',
      '/English'
    ])
  })

  it.each([
    ['Enabled', 'Enabled'],
    ['Disabled', 'Disabled'],
    ['Disabled with Payload Removed', 'Disabled with Payload Removed'],
    ['Enable Pending', 'Enable Pending']
  ])('State : %s', (state, parsed) => {
    expect(parseFeatureState(info('X', state).stdout ?? '')).toBe(parsed)
  })

  it.each([
    ['Error: 0x800f080c\r\n\r\nFeature name Foo is unknown.', '0x800f080c'],
    ['Error: 740\r\n\r\nElevated permissions are required to run DISM.', '740'],
    ['The operation completed successfully.', undefined]
  ])('parseDismError(%j)', (text, code) => {
    expect(parseDismError(text)).toBe(code)
  })

  it.each([
    [3010, 3010, true],
    [194, 3010, true], // truncated on Linux
    [0, 3010, false],
    [1, 1, true]
  ])('exitCodeIs(%i, %i) = %s', (actual, expected, result) => {
    expect(exitCodeIs(actual, expected)).toBe(result)
  })
})

describe('ensureIisFeatures', () => {
  it('queries each feature and enables only what is missing; 3010 means reboot required', async () => {
    const runner = new FakeRunner({
      'dism /online /get-featureinfo /featurename:IIS-WebServerRole /English': info(
        'IIS-WebServerRole',
        'Enabled'
      ),
      'dism /online /get-featureinfo /featurename:IIS-WebServer /English': info('IIS-WebServer', 'Enabled'),
      'dism /online /get-featureinfo /featurename:IIS-WebSockets /English': info(
        'IIS-WebSockets',
        'Disabled'
      ),
      'dism /online /get-featureinfo /featurename:IIS-WindowsAuthentication /English': info('X', 'Disabled'),
      'dism /online /enable-feature /featurename:IIS-WebSockets /featurename:IIS-WindowsAuthentication /all /norestart /quiet /English':
        { exitCode: 194 }
    })
    const reporter = new MemoryReporter()
    const result = await ensureIisFeatures({
      runner,
      dismPath: 'dism',
      reporter,
      features: ['WebSockets', 'Web-Windows-Auth']
    })
    expect(result).toEqual({
      enabled: ['IIS-WebSockets', 'IIS-WindowsAuthentication'],
      alreadyEnabled: ['IIS-WebServerRole', 'IIS-WebServer'],
      rebootRequired: true
    })
    expect(reporter.warnings[0]).toMatch(/reboot is required/)
  })

  it('changes nothing when all are enabled, and says so', async () => {
    const runner = new FakeRunner({}, () => info('X', 'Enabled'))
    const reporter = new MemoryReporter()
    const result = await ensureIisFeatures({
      runner,
      dismPath: 'dism',
      reporter,
      features: ['WindowsAuthentication']
    })
    expect(result.enabled).toEqual([])
    expect(runner.lines().some((l) => l.includes('/enable-feature'))).toBe(false)
    expect(reporter.messages('info').join('\n')).toMatch(/all enabled already/)
  })

  it('dry run: queries, enables nothing', async () => {
    const runner = new FakeRunner({}, () => info('X', 'Disabled'))
    const result = await ensureIisFeatures({
      runner,
      dismPath: 'dism',
      reporter: new MemoryReporter(),
      features: [],
      dryRun: true
    })
    expect(result.enabled).toEqual(['IIS-WebServerRole', 'IIS-WebServer'])
    expect(runner.lines().every((l) => l.includes('/get-featureinfo'))).toBe(true)
  })

  it.each([
    ['Error: 740\r\n\r\nElevated permissions are required to run DISM.', 740 & 0xff, /Run elevated/],
    ['Error: 0x800f081f\r\n\r\nThe source files could not be found.', 31, /Windows Update/]
  ])('fails with a fix: %j', async (stdout, exitCode, fix) => {
    const runner = new FakeRunner({}, { exitCode, stdout })
    const error = (await ensureIisFeatures({
      runner,
      dismPath: 'dism',
      reporter: new MemoryReporter(),
      features: []
    }).catch((e: unknown) => e)) as ToolError
    expect(error).toBeInstanceOf(ToolError)
    expect(error.fix).toMatch(fix)
  })
})
