// Issue 13 part C through dist/index.js against the fake IIS: a Web Deploy package (parameters from the package,
// a SetParameters file and set-parameters; IIS Web Application Name from site/application), vetted msdeploy skips
// and flags, and XML variables (refused where a package parameter would overwrite them). Every scenario runs twice:
// the second run must change nothing.
//
// The package is made by hand with the layout `dotnet publish -p:WebPublishMethod=Package` produces
// (docs/web-deploy-packages.md): parameters.xml, archive.xml and systemInfo.xml at the root, the app under
// Content\C_C\<build path>. The SDK cannot build one here (it runs msdeploy.exe, Windows only).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { zipFolder } from '../pipeline/zip-writer.js'
import { ensureBuilt, runAction, runCli, runnerFolders, secretForms, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis | undefined
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-parity-c-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  await iis?.dispose()
  iis = undefined
  fs.rmSync(root, { recursive: true, force: true })
})

function env(fake: FakeIis, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...fake.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01', ...overrides }
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-8000)}\n--- stderr\n${run.stderr.slice(-3000)}`
}

const BUILD_PATH = 'C:\\agent\\_work\\1\\s\\obj\\Release\\Package\\PackageTmp'
const PACKAGE_TIME = new Date('2026-11-30T10:00:00Z')

const SETTINGS = `
  <appSettings>
    <!-- kept: comments survive the substitution -->
    <add key="Greeting" value="hello from the build" />
    <add key="Mode" value="build" />
  </appSettings>
  <connectionStrings>
    <add name="DefaultConnection" connectionString="Server=build;Database=app" providerName="System.Data.SqlClient" />
  </connectionStrings>
`

/** The parameters.xml of the package: IIS Web Application Name, the auto-parameterized connection string, and two of the user's. */
const PARAMETERS = `<?xml version="1.0" encoding="utf-8"?>
<parameters>
  <parameter name="IIS Web Application Name" description="IIS site/application" defaultValue="Default Web Site" tags="IisApp">
    <parameterEntry kind="ProviderPath" scope="IisApp" match="^${BUILD_PATH.replace(/\\/g, '\\\\').replace(/\./g, '\\.')}$" />
  </parameter>
  <parameter name="DefaultConnection-Web.config Connection String" description="DefaultConnection" defaultValue="Server=build;Database=app" tags="SqlConnectionString">
    <parameterEntry kind="XmlFile" scope="\\\\web\\.config$" match="/configuration/connectionStrings/add[@name='DefaultConnection']/@connectionString" />
  </parameter>
  <parameter name="Greeting" defaultValue="hello from the package">
    <parameterEntry kind="XmlFile" scope="\\\\web\\.config$" match="/configuration/appSettings/add[@key='Greeting']/@value" />
  </parameter>
  <parameter name="Banner" defaultValue="dev">
    <parameterEntry kind="TextFile" scope="\\\\wwwroot\\\\banner\\.txt$" match="@@BANNER@@" />
  </parameter>
</parameters>
`

/** Builds the package zip in the workspace from the fake's sample app. */
function makePackage(fake: FakeIis, name = 'app.zip', version = '7.0.0'): string {
  const dir = path.join(root, 'package-src')
  fs.rmSync(dir, { recursive: true, force: true })
  const content = path.join(dir, 'Content', 'C_C', ...BUILD_PATH.slice(3).split('\\'))
  fake.publishApp({ name: 'SampleApp', version }, content)
  const webConfig = path.join(content, 'web.config')
  const text = fs.readFileSync(webConfig, 'utf8')
  fs.writeFileSync(webConfig, text.replace(/<configuration>/, `<configuration>${SETTINGS}`))
  fs.mkdirSync(path.join(content, 'wwwroot'), { recursive: true })
  fs.writeFileSync(path.join(content, 'wwwroot', 'banner.txt'), 'environment: @@BANNER@@\n')
  fs.writeFileSync(path.join(content, 'wwwroot', 'debug.txt'), 'build diagnostics')
  fs.writeFileSync(path.join(dir, 'parameters.xml'), PARAMETERS)
  fs.writeFileSync(
    path.join(dir, 'archive.xml'),
    `<?xml version="1.0" encoding="utf-8"?>\n<sitemanifest>\n  <iisApp path="${BUILD_PATH}" />\n</sitemanifest>\n`
  )
  fs.writeFileSync(path.join(dir, 'systemInfo.xml'), '<?xml version="1.0" encoding="utf-8"?>\n<systemInfo osVersion="10.0" />\n')
  const walk = (p: string): void => {
    if (fs.statSync(p).isDirectory()) for (const n of fs.readdirSync(p)) walk(path.join(p, n))
    fs.utimesSync(p, PACKAGE_TIME, PACKAGE_TIME)
  }
  walk(dir)
  const zip = path.join(folders.workspace, name)
  zipFolder(dir, zip)
  return zip
}

function msdeployLines(run: ProductRun): string[] {
  return run.stdout.split('\n').filter((l) => /msdeploy\S* -verb:sync/.test(l))
}

describe('dist/index.js: parity part C', { timeout: 240_000 }, () => {
  it('deploys a Web Deploy package with SetParameters file, set-parameters and secret-set-parameters; twice, the second changes nothing', async () => {
    // Arrange
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    makePackage(iis)
    // The user's SetParameters.xml as the SDK writes it (its IIS Web Application Name is the build default: ours wins).
    fs.writeFileSync(
      path.join(folders.workspace, 'app.SetParameters.xml'),
      `<?xml version="1.0" encoding="utf-8"?>\n<parameters>\n  <setParameter name="IIS Web Application Name" value="Default Web Site" />\n  <setParameter name="Banner" value="production" />\n</parameters>\n`
    )
    const secret = 'Server=db;Password="p@ss, w0rd"'
    const inputs = {
      site: site.name,
      source: 'app.zip',
      'set-parameters-file': 'app.SetParameters.xml',
      'set-parameters': 'Greeting=hello from the pipeline',
      'secret-set-parameters': `DefaultConnection-Web.config Connection String=${secret}`,
      'msdeploy-skip': 'objectName=filePath,absolutePath=\\\\debug\\.txt$',
      'msdeploy-flags': '-retryAttempts:2\n-disableLink:AppPoolExtension'
    }

    // Act
    const first = await runAction(inputs, folders, env(iis))

    // Assert: deployed to the site's folder with every parameter applied.
    expect(first.exitCode, describeRun(first)).toBe(0)
    const web = fs.readFileSync(path.join(site.physicalPath, 'web.config'), 'utf8')
    expect(web).toContain('value="hello from the pipeline"')
    expect(web).toContain('connectionString="Server=db;Password=&quot;p@ss, w0rd&quot;"')
    expect(web).toContain('<!-- kept: comments survive the substitution -->')
    expect(fs.readFileSync(path.join(site.physicalPath, 'wwwroot', 'banner.txt'), 'utf8')).toBe('environment: production\n')
    expect(fs.existsSync(path.join(site.physicalPath, 'wwwroot', 'debug.txt'))).toBe(false)
    const [line] = msdeployLines(first)
    expect(line).toMatch(/-source:package=\S*app\.zip /)
    expect(line).toContain('-dest:auto')
    expect(line).toContain(`-setParam:name="IIS Web Application Name",value="${site.name}"`)
    expect(line).toContain('-setParam:name=Greeting,value="hello from the pipeline"')
    expect(line).toMatch(/-setParamFile:\S*iis-deploy\.SetParameters\.xml/)
    expect(line).toContain('-skip:objectName=filePath,absolutePath="\\\\debug\\.txt$"')
    expect(line).toContain('-retryAttempts:2')
    expect(line).toContain('-disableLink:AppPoolExtension')
    for (const form of secretForms(secret)) expect(first.everything).not.toContain(form)

    // Act 2: the same package again.
    const second = await runAction(inputs, folders, env(iis))

    // Assert: nothing changed.
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(second.stdout).toMatch(/Total changes: 0 /)
    expect(second.outputs['files-updated']).toBe('0')
    expect(second.outputs['files-added']).toBe('0')
    expect(fs.readFileSync(path.join(site.physicalPath, 'web.config'), 'utf8')).toBe(web)
  })

  it('deploys a package to an application (IIS Web Application Name = Site/app), and refuses a parameter the package does not declare', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    makePackage(iis)
    const appDir = path.join(root, 'api-folder')
    const inputs = { site: site.name, application: '/api', source: 'app.zip', create: 'true', 'physical-path': appDir }
    const first = await runAction(inputs, folders, env(iis))
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(msdeployLines(first)[0]).toContain(`-setParam:name="IIS Web Application Name",value="${site.name}/api"`)
    expect(fs.readFileSync(path.join(appDir, 'web.config'), 'utf8')).toContain('value="hello from the package"')
    const second = await runAction(inputs, folders, env(iis))
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(second.stdout).toMatch(/Total changes: 0 /)

    // A new version with a parameter the package does not declare: refused before anything on the server changed
    // (no pool stopped for the new dll, no msdeploy run).
    makePackage(iis, 'app.zip', '7.1.0')
    const logBefore = iis.readState().log.length
    const refused = await runAction({ ...inputs, 'set-parameters': 'NoSuchParameter=1' }, folders, env(iis))
    expect(refused.exitCode).toBe(1)
    expect(refused.everything).toContain("the package declares no parameter 'NoSuchParameter'")
    expect(msdeployLines(refused)).toEqual([])
    expect(iis.readState().log.slice(logBefore).filter((l) => /stop apppool|msdeploy/i.test(l))).toEqual([])

    // The CLI takes the same inputs as options.
    const cli = await runCli(
      ['deploy', '--site', site.name, '--application', '/api', '--source', 'app.zip', '--set-parameters', 'Greeting=from the CLI'],
      folders.workspace,
      { ...env(iis), RUNNER_TEMP: folders.temp }
    )
    expect(cli.exitCode, describeRun(cli)).toBe(0)
    expect(fs.readFileSync(path.join(appDir, 'web.config'), 'utf8')).toContain('value="from the CLI"')
  })

  it('XML variables: set by name in web.config of a publish folder, formatting kept; twice, the second changes nothing', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const publish = path.join(folders.workspace, 'publish')
    iis.publishApp({ name: 'SampleApp', version: '8.0.0' }, publish)
    const webConfig = path.join(publish, 'web.config')
    fs.writeFileSync(webConfig, fs.readFileSync(webConfig, 'utf8').replace(/<configuration>/, `<configuration>${SETTINGS}`))
    const secret = 'Server=prod;Password=s3cr3t&<>'
    const inputs = {
      site: site.name,
      'xml-variables': 'greeting=hello from xml-variables',
      'secret-xml-variables': `DefaultConnection=${secret}`
    }
    const first = await runAction(inputs, folders, env(iis))
    expect(first.exitCode, describeRun(first)).toBe(0)
    const deployed = fs.readFileSync(path.join(site.physicalPath, 'web.config'), 'utf8')
    expect(deployed).toContain('<add key="Greeting" value="hello from xml-variables" />')
    expect(deployed).toContain('connectionString="Server=prod;Password=s3cr3t&amp;&lt;>" providerName="System.Data.SqlClient"')
    expect(deployed).toContain('<!-- kept: comments survive the substitution -->')
    // Only the two values changed: the rest of the file is byte for byte the user's.
    expect(deployed.replace(/value="hello from xml-variables"/, 'value="hello from the build"').replace('Server=prod;Password=s3cr3t&amp;&lt;>', 'Server=build;Database=app')).toBe(
      fs.readFileSync(webConfig, 'utf8')
    )
    for (const form of secretForms(secret)) expect(first.everything).not.toContain(form)
    expect(first.stdout).toContain("/configuration/appSettings/add[@key='Greeting']/@value replaced")

    const second = await runAction(inputs, folders, env(iis))
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(second.outputs['files-updated']).toBe('0')
    expect(fs.readFileSync(path.join(site.physicalPath, 'web.config'), 'utf8')).toBe(deployed)

    const unknown = await runAction({ site: site.name, 'xml-variables': 'Nope=1' }, folders, env(iis))
    expect(unknown.exitCode).toBe(1)
    expect(unknown.everything).toContain("'Nope' is not an appSettings key")
  })

  it('XML variables in a package: refused where a package parameter would overwrite them; applied (archiveDir) where none does', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    makePackage(iis)
    const refused = await runAction(
      { site: site.name, source: 'app.zip', 'xml-variables': 'DefaultConnection=Server=other' },
      folders,
      env(iis)
    )
    expect(refused.exitCode).toBe(1)
    expect(refused.everything).toContain("also set by the package's parameter 'DefaultConnection-Web.config Connection String'")
    expect(msdeployLines(refused)).toEqual([])

    const inputs = { site: site.name, source: 'app.zip', 'xml-variables': 'Mode=production' }
    const first = await runAction(inputs, folders, env(iis))
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(msdeployLines(first)[0]).toMatch(/-source:archiveDir=\S+ .*-useChecksum/)
    const web = fs.readFileSync(path.join(site.physicalPath, 'web.config'), 'utf8')
    expect(web).toContain('<add key="Mode" value="production" />')
    expect(web).toContain('value="hello from the package"')
    const second = await runAction(inputs, folders, env(iis))
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(second.outputs['files-updated']).toBe('0')
  })

  it('refuses a raw msdeploy argument and an unknown skip key before anything runs', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    iis.publishApp({ name: 'SampleApp' }, path.join(folders.workspace, 'publish'))
    const run = await runAction(
      {
        site: site.name,
        method: 'msdeploy',
        'msdeploy-flags': '-preSync:runCommand="del C:\\*"',
        'msdeploy-skip': 'objectName=filePath,command=x'
      },
      folders,
      env(iis)
    )
    expect(run.exitCode).toBe(1)
    expect(run.everything).toContain("Input 'msdeploy-flags' has '-preSync")
    expect(run.everything).toContain("'command' is not a skip setting")
    expect(msdeployLines(run)).toEqual([])
  })
})
