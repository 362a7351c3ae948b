import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputErrors } from '../../src/core/errors.js'
import {
  INPUT_DEFAULTS,
  INPUT_NAMES,
  parseDeployOptions,
  type DeployOptions,
  type OptionsContext
} from '../../src/pipeline/options.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

const workspace = path.resolve('/work/space')

function parse(inputs: Record<string, string>, overrides: Partial<OptionsContext> = {}) {
  const reporter = new MemoryReporter()
  const context: OptionsContext = {
    workspace,
    runNumber: '42',
    runAttempt: '1',
    env: { RUNNER_TEMP: '/runner/temp' },
    platform: 'linux',
    reporter,
    ...overrides
  }
  const read = (name: string): string | undefined => inputs[name]
  return { reporter, parse: () => parseDeployOptions(read, context) }
}

function errorsOf(inputs: Record<string, string>): Array<{ input: string; message: string }> {
  try {
    parse(inputs).parse()
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => ({ input: e.input, message: e.message }))
    throw error
  }
  throw new Error('expected InputErrors')
}

describe('parseDeployOptions', () => {
  it('applies every contract default (contract §1)', () => {
    // Arrange / Act
    const options = parse({ site: 'Shop' }).parse()
    // Assert
    expect(options).toEqual<DeployOptions>({
      source: path.join(workspace, 'publish'),
      sourceIsZip: false,
      site: 'Shop',
      application: '/',
      appPool: undefined,
      physicalPath: undefined,
      steps: ['provision', 'web-config', 'offline', 'sync', 'online'],
      allSteps: true,
      method: 'robocopy',
      strategy: 'in-place',
      releaseId: '42-1',
      keepReleases: 5,
      takeOffline: 'auto',
      appOfflineFile: undefined,
      stopTimeoutMs: 120_000,
      killWorkers: false,
      keepOfflineOnFailure: false,
      deleteExtra: false,
      exclude: [],
      preserve: ['App_Data', 'logs'],
      backup: true,
      webConfig: 'validate',
      appName: undefined,
      selfContained: undefined,
      hostingModel: undefined,
      environment: undefined,
      environmentVariables: [],
      xdtTransforms: [],
      hostingBundle: 'none',
      hostingBundleArgs: [],
      hostingBundleUrl: undefined,
      hostingBundleSha512: undefined,
      releaseMetadataUrl: undefined,
      restartIis: 'auto',
      create: false,
      bindings: [{ protocol: 'http', ip: '*', port: 80, host: '', text: 'http/*:80:' }],
      poolIdentity: 'ApplicationPoolIdentity',
      appKind: 'auto',
      poolRuntimeVersion: 'auto',
      poolPipelineMode: 'Integrated',
      virtualDirectories: [],
      loadUserProfile: true,
      grantAccess: true,
      iisFeatures: [],
      certificateThumbprint: undefined,
      certificateStore: 'My',
      authentication: [],
      poolEnvironmentVariables: [],
      jsonVariables: [],
      jsonFiles: ['appsettings.json'],
      jsonAddMissing: false,
      xmlVariables: [],
      xmlFiles: ['**/*.config'],
      setParametersFile: undefined,
      setParameters: [],
      msdeploySkip: [],
      msdeployFlags: [],
      msdeployUrl: undefined,
      msdeployUsername: undefined,
      msdeployPassword: undefined,
      msdeployAuthType: 'Basic',
      allowUntrusted: false,
      checksum: false,
      healthCheckUrl: undefined,
      healthCheckHost: undefined,
      healthCheckStatus: [200],
      healthCheckContains: undefined,
      healthCheckTimeoutMs: 60_000,
      rollback: true,
      diagnose: true,
      diagnoseStdoutLog: false,
      target: 'iis',
      dryRun: false,
      appcmdPath: undefined,
      msdeployPath: undefined,
      iisexpressPath: undefined,
      workspace,
      tempDir: '/runner/temp',
      subApplicationHandler: 'auto',
      replaceBindings: false,
      bindingsGiven: false,
      drainCommand: [],
      drainUrl: undefined,
      undrainCommand: [],
      undrainUrl: undefined,
      action: 'deploy'
    })
  })

  it('knows every input of the contract', () => {
    expect(INPUT_NAMES).toHaveLength(Object.keys(INPUT_DEFAULTS).length)
    for (const name of [
      'source',
      'msdeploy-password',
      'secret-json-variables',
      'json-add-missing',
      'iisexpress-path',
      'kill-workers',
      'keep-offline-on-failure'
    ]) {
      expect(INPUT_NAMES).toContain(name)
    }
  })

  it.each<[string, Record<string, string>, Partial<DeployOptions>]>([
    [
      'method auto with msdeploy-url is msdeploy',
      { 'msdeploy-url': 'https://h:8172/msdeploy.axd?site=Shop' },
      { method: 'msdeploy' }
    ],
    ['method names are case-insensitive', { method: 'RoboCopy' }, { method: 'robocopy' }],
    [
      'booleans accept True/FALSE (windows-facts §8.3)',
      { 'delete-extra': 'True', backup: 'FALSE' },
      { deleteExtra: true, backup: false }
    ],
    [
      'kill-workers and keep-offline-on-failure are opt-in booleans',
      { 'kill-workers': 'TRUE', 'keep-offline-on-failure': 'true' },
      { killWorkers: true, keepOfflineOnFailure: true }
    ],
    [
      'seconds become milliseconds',
      { 'stop-timeout': '5', 'health-check-timeout': '7' },
      { stopTimeoutMs: 5000, healthCheckTimeoutMs: 7000 }
    ],
    [
      'lists split on newlines, blanks dropped',
      { exclude: '*.pdb\r\n\n  docs/**  \n' },
      { exclude: ['*.pdb', 'docs/**'] }
    ],
    [
      'preserve backslashes become slashes',
      { preserve: 'App_Data\\keys\nlogs\\' },
      { preserve: ['App_Data/keys', 'logs'] }
    ],
    ['application gets a leading slash, no trailing one', { application: 'api/' }, { application: '/api' }],
    [
      'a .zip source',
      { source: 'out/app.zip' },
      { source: path.join(workspace, 'out/app.zip'), sourceIsZip: true }
    ],
    [
      'explicit steps run in pipeline order',
      { steps: 'sync, web-config' },
      { steps: ['web-config', 'sync'], allSteps: false }
    ],
    [
      'steps: all adds the steps whose inputs are set',
      {
        'iis-features': 'WebSockets',
        'hosting-bundle': 'auto',
        'health-check-url': 'http://localhost/health'
      },
      {
        steps: [
          'iis-features',
          'hosting-bundle',
          'provision',
          'web-config',
          'offline',
          'sync',
          'online',
          'health-check'
        ]
      }
    ],
    [
      'steps: all with a remote target leaves out the local IIS steps',
      {
        'msdeploy-url': 'https://h:8172/msdeploy.axd?site=Shop',
        'msdeploy-username': 'u',
        'msdeploy-password': 'p'
      },
      { steps: ['web-config', 'sync'] }
    ],
    ['release-id from run number alone', {}, {}],
    ['hosting-bundle keywords are case-insensitive', { 'hosting-bundle': 'LTS' }, { hostingBundle: 'lts' }],
    ['hosting-bundle exact version', { 'hosting-bundle': '8.0.11' }, { hostingBundle: '8.0.11' }],
    ['hosting-bundle channel', { 'hosting-bundle': '10.0' }, { hostingBundle: '10.0' }],
    [
      'hosting-bundle-args split on spaces and newlines',
      { 'hosting-bundle-args': 'OPT_NO_ANCM=0\nOPT_NO_X86=1 OPT_NO_SHAREDFX=0' },
      { hostingBundleArgs: ['OPT_NO_ANCM=0', 'OPT_NO_X86=1', 'OPT_NO_SHAREDFX=0'] }
    ],
    [
      'mirror url and sha512 together, hash lower-cased',
      { 'hosting-bundle-url': 'https://mirror/b.exe', 'hosting-bundle-sha512': 'AB'.repeat(64) },
      { hostingBundleUrl: 'https://mirror/b.exe', hostingBundleSha512: 'ab'.repeat(64) }
    ],
    [
      'bindings: https with host, IPv4 and IPv6',
      { bindings: 'https/*:443:www.example.com\nhttp/10.0.0.1:8080:\nHTTP/[::1]:81:' },
      {
        bindings: [
          {
            protocol: 'https',
            ip: '*',
            port: 443,
            host: 'www.example.com',
            text: 'https/*:443:www.example.com'
          },
          { protocol: 'http', ip: '10.0.0.1', port: 8080, host: '', text: 'http/10.0.0.1:8080:' },
          { protocol: 'http', ip: '[::1]', port: 81, host: '', text: 'http/[::1]:81:' }
        ]
      }
    ],
    [
      'thumbprint pasted from certmgr (spaces, left-to-right mark) is cleaned',
      { 'certificate-thumbprint': '\u200eab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01' },
      { certificateThumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' }
    ],
    [
      'authentication switches',
      { authentication: 'anonymous=false\nWindows = TRUE' },
      {
        authentication: [
          { kind: 'anonymous', enabled: false },
          { kind: 'windows', enabled: true }
        ]
      }
    ],
    [
      'environment variables, plain then secret, values keep their = signs',
      {
        'environment-variables': 'A=1\nConnectionStrings__Db=Server=x;Db=y',
        'secret-environment-variables': 'TOKEN=abc'
      },
      {
        environmentVariables: [
          { name: 'A', value: '1', secret: false },
          { name: 'ConnectionStrings__Db', value: 'Server=x;Db=y', secret: false },
          { name: 'TOKEN', value: 'abc', secret: true }
        ]
      }
    ],
    [
      'json variables with array indexes',
      {
        'json-variables': 'Logging.LogLevel.Default=Warning\nServers.0.Name=a',
        'json-files': 'appsettings.json\nconfig/*.json'
      },
      {
        jsonVariables: [
          { name: 'Logging.LogLevel.Default', value: 'Warning', secret: false },
          { name: 'Servers.0.Name', value: 'a', secret: false }
        ],
        jsonFiles: ['appsettings.json', 'config/*.json']
      }
    ],
    [
      'health-check status list',
      { 'health-check-url': 'https://localhost/h', 'health-check-status': '200, 204' },
      { healthCheckStatus: [200, 204] }
    ],
    [
      'target iis-express needs no site',
      { target: 'iis-express', site: '' },
      { target: 'iis-express', site: undefined, steps: ['web-config', 'sync'] }
    ],
    [
      'create with physical-path',
      { create: 'true', 'physical-path': 'C:\\inetpub\\Shop' },
      { create: true, physicalPath: 'C:\\inetpub\\Shop' }
    ]
  ])('%s', (_name, inputs, expected) => {
    const options = parse({ site: 'Shop', ...inputs }).parse()
    expect(options).toMatchObject(expected)
  })

  it('defaults release-id to a UTC timestamp when there is no run number (CLI)', () => {
    const options = parse(
      { site: 'Shop' },
      { runNumber: undefined, now: () => new Date('2026-11-22T10:15:00.123Z') }
    ).parse()
    expect(options.releaseId).toBe('20261122T101500Z')
  })

  it('resolves paths with Windows rules on win32', () => {
    const options = parse(
      { site: 'Shop', source: 'out\\publish', 'app-offline-file': 'deploy\\offline.htm' },
      { workspace: 'D:\\a\\repo\\repo', platform: 'win32' }
    ).parse()
    expect(options.source).toBe('D:\\a\\repo\\repo\\out\\publish')
    expect(options.appOfflineFile).toBe('D:\\a\\repo\\repo\\deploy\\offline.htm')
  })

  it.each<[string, Record<string, string>, string, RegExp]>([
    ['source outside the workspace', { source: '../elsewhere' }, 'source', /outside the workspace/],
    ['absolute source outside the workspace', { source: '/etc' }, 'source', /'\/etc'.*outside the workspace/],
    ['unknown method', { method: 'ftp' }, 'method', /'ftp'.*'auto', 'robocopy', 'msdeploy'/],
    [
      'robocopy with a remote url',
      { method: 'robocopy', 'msdeploy-url': 'https://h/msdeploy.axd' },
      'method',
      /remote target/
    ],
    ['unknown strategy', { strategy: 'blue-green' }, 'strategy', /'in-place', 'releases'/],
    ['bad boolean', { 'delete-extra': 'yes' }, 'delete-extra', /'yes': use true or false/],
    ['kill-workers not a boolean', { 'kill-workers': 'after-timeout' }, 'kill-workers', /true or false/],
    [
      'keep-offline-on-failure not a boolean',
      { 'keep-offline-on-failure': 'on' },
      'keep-offline-on-failure',
      /'on': use true or false/
    ],
    ['negative number', { 'keep-releases': '-1' }, 'keep-releases', /'-1'.*whole number/],
    ['zero timeout', { 'stop-timeout': '0' }, 'stop-timeout', /whole number of seconds from 1/],
    [
      'unknown take-offline',
      { 'take-offline': 'maybe' },
      'take-offline',
      /'app-offline', 'stop-pool', 'both', 'none'/
    ],
    ['exclude with ..', { exclude: '../secrets' }, 'exclude', /without '\.\.'/],
    ['preserve absolute', { preserve: 'C:\\data' }, 'preserve', /relative to the app folder/],
    ['unknown web-config', { 'web-config': 'fix' }, 'web-config', /'validate', 'transform', 'skip'/],
    ['hosting model', { 'hosting-model': 'inproc' }, 'hosting-model', /'inprocess', 'outofprocess'/],
    [
      'env var without =',
      { 'environment-variables': 'JUSTNAME' },
      'environment-variables',
      /'JUSTNAME'.*NAME=value/
    ],
    [
      'env var bad name',
      { 'environment-variables': '1A=x' },
      'environment-variables',
      /'1A' is not a valid NAME/
    ],
    ['env var twice', { 'environment-variables': 'A=1\na=2' }, 'environment-variables', /sets 'a' twice/],
    ['hosting-bundle spec', { 'hosting-bundle': 'v8' }, 'hosting-bundle', /'v8'.*channel \(8\.0\)/],
    [
      'hosting-bundle-args outside OPT_NO_*',
      { 'hosting-bundle-args': 'OPT_NO_ANCM=0 /passive' },
      'hosting-bundle-args',
      /'\/passive'.*OPT_NO_/
    ],
    [
      'mirror url without hash',
      { 'hosting-bundle-url': 'https://m/b.exe' },
      'hosting-bundle-sha512',
      /go together/
    ],
    [
      'short hash',
      { 'hosting-bundle-url': 'https://m/b.exe', 'hosting-bundle-sha512': 'abc' },
      'hosting-bundle-sha512',
      /128 hex digits/
    ],
    [
      'metadata url scheme',
      { 'release-metadata-url': 'ftp://x/y.json' },
      'release-metadata-url',
      /only http and https/
    ],
    ['restart-iis', { 'restart-iis': 'sometimes' }, 'restart-iis', /'auto', 'always', 'never'/],
    ['create without physical-path', { create: 'true' }, 'physical-path', /required with 'create: true'/],
    ['binding without port', { bindings: 'http/*::' }, 'bindings', /'http\/\*::'/],
    ['binding protocol', { bindings: 'ftp/*:21:' }, 'bindings', /protocol 'ftp'/],
    [
      'pool identity',
      { 'pool-identity': 'CustomAccount' },
      'pool-identity',
      /'ApplicationPoolIdentity', 'NetworkService'.*'SpecificUser'/
    ],
    ['iis feature with spaces', { 'iis-features': 'Web Sockets' }, 'iis-features', /'Web Sockets'/],
    ['thumbprint', { 'certificate-thumbprint': 'xyz' }, 'certificate-thumbprint', /40 hex digit/],
    [
      'authentication kind',
      { authentication: 'digest=true' },
      'authentication',
      /'anonymous', 'windows', 'basic'/
    ],
    ['msdeploy-url not a url', { 'msdeploy-url': 'not a url' }, 'msdeploy-url', /not a URL/],
    ['msdeploy auth type', { 'msdeploy-auth-type': 'Kerberos' }, 'msdeploy-auth-type', /'Basic', 'NTLM'/],
    [
      'remote with create',
      { 'msdeploy-url': 'https://h/msdeploy.axd', create: 'true', 'physical-path': 'C:\\x' },
      'create',
      /remote target/
    ],
    [
      'remote with releases',
      { 'msdeploy-url': 'https://h/msdeploy.axd', strategy: 'releases' },
      'strategy',
      /release folders need local IIS/
    ],
    [
      'remote with stop-pool',
      { 'msdeploy-url': 'https://h/msdeploy.axd', 'take-offline': 'stop-pool' },
      'take-offline',
      /cannot be stopped/
    ],
    [
      'health status',
      { 'health-check-url': 'http://x/', 'health-check-status': '200,2xx' },
      'health-check-status',
      /'2xx'/
    ],
    [
      'health step without url',
      { steps: 'sync,health-check' },
      'health-check-url',
      /required when 'steps' lists health-check/
    ],
    ['unknown step', { steps: 'sync,deploy' }, 'steps', /'deploy'/],
    ['offline without online', { steps: 'offline,sync' }, 'steps', /offline without online/],
    ['target', { target: 'azure' }, 'target', /'iis', 'iis-express'/],
    ['release-id with a slash', { 'release-id': '../x' }, 'release-id', /folder name/],
    [
      'web-config skip with environment',
      { 'web-config': 'skip', environment: 'Production' },
      'web-config',
      /'web-config: transform'/
    ],
    ['json variable without =', { 'json-variables': 'Logging' }, 'json-variables', /Path\.To\.Key=value/],
    ['app-name with a path', { 'app-name': 'bin/App.dll' }, 'app-name', /assembly name/],
    [
      'a Web Deploy password msdeploy cannot carry (windows-facts §4.5)',
      { 'msdeploy-url': 'https://h/msdeploy.axd', 'msdeploy-username': 'u', 'msdeploy-password': 'a"b' },
      'msdeploy-password',
      /^Input 'msdeploy-password' cannot be passed to msdeploy: it contains a double quote/
    ]
  ])('refuses %s', (_name, inputs, input, message) => {
    const errors = errorsOf({ site: 'Shop', ...inputs })
    expect(errors.map((e) => e.input)).toContain(input)
    expect(errors.find((e) => e.input === input)?.message).toMatch(message)
  })

  // windows-facts §1.2: the installer's documented properties are OPT_NO_ANCM, _RUNTIME, _SHAREDFX, _X86 and
  // _SHARED_CONFIG_CHECK; any other name is refused here, before anything runs (issue 5).
  it.each<[string, string, RegExp | undefined]>([
    ['every documented property', 'OPT_NO_ANCM=0 OPT_NO_RUNTIME=1 OPT_NO_SHAREDFX=1 OPT_NO_X86=1', undefined],
    ['the shared config check (2.2+)', 'OPT_NO_SHARED_CONFIG_CHECK=1', undefined],
    ['an undocumented OPT_NO_ name', 'OPT_NO_FTS=1', /'OPT_NO_FTS=1'.*OPT_NO_ANCM=0\|1, OPT_NO_RUNTIME/],
    ['a made-up OPT_NO_ name among good ones', 'OPT_NO_ANCM=0\nOPT_NO_WHATEVER=0', /'OPT_NO_WHATEVER=0'/],
    ['a value other than 0 or 1', 'OPT_NO_X86=true', /'OPT_NO_X86=true'/],
    ['lower case', 'opt_no_x86=1', /'opt_no_x86=1'/],
    ['a switch the step sets itself', '/norestart', /'\/norestart'.*switches .* are set by the step/],
    ['the same property twice', 'OPT_NO_X86=1 OPT_NO_X86=0', /sets OPT_NO_X86 twice/]
  ])('hosting-bundle-args: %s', (_name, value, problem) => {
    const inputs = { site: 'Shop', 'hosting-bundle': 'lts', 'hosting-bundle-args': value }
    if (problem === undefined) {
      expect(parse(inputs).parse().hostingBundleArgs).toEqual(value.split(/\s+/))
      return
    }
    const errors = errorsOf(inputs)
    expect(errors).toHaveLength(1)
    expect(errors[0]?.input).toBe('hosting-bundle-args')
    expect(errors[0]?.message).toMatch(problem)
  })

  it('requires site for the steps that touch IIS, naming them', () => {
    const errors = errorsOf({})
    expect(errors).toEqual([
      {
        input: 'site',
        message: "Input 'site' is required for the steps sync: set the IIS site name."
      }
    ])
  })

  it('requires site for explicit IIS steps and for a release switch', () => {
    expect(
      errorsOf({ steps: 'provision,offline,sync,online', 'physical-path': 'C:\\x' })[0]?.message
    ).toMatch(/steps provision, offline, online: set the IIS site name/)
    expect(errorsOf({ strategy: 'releases', 'physical-path': 'C:\\x' })[0]?.message).toMatch(/steps sync:/)
  })

  it('reports every problem at once', () => {
    const errors = errorsOf({
      site: 'Shop',
      method: 'ftp',
      strategy: 'x',
      'stop-timeout': 'soon',
      'dry-run': 'maybe'
    })
    expect(errors.map((e) => e.input)).toEqual(['method', 'strategy', 'stop-timeout', 'dry-run'])
  })

  it('registers secrets before validating, and never quotes them back', () => {
    // Arrange: secret lines that are also invalid, so they would be candidates for an error message.
    const { reporter, parse: run } = parse({
      site: 'Shop',
      'msdeploy-url': 'https://h/msdeploy.axd',
      'msdeploy-username': 'deployer',
      'msdeploy-password': 'p@ss"word',
      'secret-environment-variables': 'TOKEN=tok-123\nbare-secret-line',
      'secret-pool-environment-variables': 'POOL=pool-456',
      'secret-json-variables': 'Db.Password=json-789\n1bad=key-000'
    })
    // Act
    let message = ''
    try {
      run()
    } catch (error) {
      message = (error as Error).message
    }
    // Assert
    expect(message).toMatch(/secret-environment-variables' has line 2/)
    for (const secret of ['p@ss"word', 'tok-123', 'bare-secret-line', 'pool-456', 'json-789', 'key-000']) {
      expect(reporter.mask(`x ${secret} y`)).toBe('x *** y')
      expect(message).not.toContain(secret)
    }
  })

  it('warns when credentials are given for a local target', () => {
    const { reporter, parse: run } = parse({
      site: 'Shop',
      'msdeploy-password': 'pw',
      'msdeploy-username': 'u'
    })
    run()
    expect(reporter.warnings.join('\n')).toMatch(/'msdeploy-url' is not set/)
    expect(reporter.text()).not.toContain('pw')
  })
})
