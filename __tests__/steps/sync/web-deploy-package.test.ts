// Web Deploy packages (docs/web-deploy-packages.md): recognising and reading an extracted package, the parameter
// plan (each name given to msdeploy once, secrets never on the command line), and the vetted skip/flag inputs.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseMsDeployCommandLine } from '../../../src/steps/sync/msdeploy-command-line.js'
import {
  contentPathOf,
  formatUserSkip,
  isWebDeployPackageDir,
  parseMsDeployFlags,
  planPackageParameters,
  readSetParametersFile,
  readWebDeployPackage
} from '../../../src/steps/sync/web-deploy-package.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wdp-'))
  const content = path.join(dir, 'Content', 'D_C', 'a', '1', 's', 'PackageTmp')
  fs.mkdirSync(path.join(content, 'bin'), { recursive: true })
  fs.writeFileSync(path.join(content, 'web.config'), '<configuration />')
  fs.writeFileSync(
    path.join(dir, 'Parameters.xml'),
    `<parameters>
  <parameter name="IIS Web Application Name" defaultValue="Default Web Site" tags="IisApp">
    <parameterEntry kind="ProviderPath" scope="IisApp" match="^D:\\\\a\\\\1\\\\s\\\\PackageTmp$" />
  </parameter>
  <parameter name="Db" defaultvalue="x"><parameterentry type="XmlFile" scope="web\\.config$" match="//add/@connectionString" /></parameter>
</parameters>`
  )
  fs.writeFileSync(path.join(dir, 'systeminfo.xml'), '<systemInfo />')
  fs.writeFileSync(
    path.join(dir, 'archive.xml'),
    '<sitemanifest><iisApp path="D:\\a\\1\\s\\PackageTmp" /></sitemanifest>'
  )
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('reading a package', () => {
  it('is recognised by parameters.xml and systemInfo.xml in any casing; a plain folder is not', () => {
    expect(isWebDeployPackageDir(dir)).toBe(true)
    fs.rmSync(path.join(dir, 'systeminfo.xml'))
    expect(isWebDeployPackageDir(dir)).toBe(false)
  })

  it('reads the parameters (kind or type, any attribute casing) and the content folder archive.xml names', () => {
    const pkg = readWebDeployPackage(dir)
    expect(pkg.contentRoot).toBe(path.join(dir, 'Content', 'D_C', 'a', '1', 's', 'PackageTmp'))
    expect(pkg.parameters).toEqual([
      {
        name: 'IIS Web Application Name',
        defaultValue: 'Default Web Site',
        entries: [{ kind: 'ProviderPath', scope: 'IisApp', match: '^D:\\\\a\\\\1\\\\s\\\\PackageTmp$' }]
      },
      {
        name: 'Db',
        defaultValue: 'x',
        entries: [{ kind: 'XmlFile', scope: 'web\\.config$', match: '//add/@connectionString' }]
      }
    ])
  })

  it('without archive.xml, descends single folders to the app', () => {
    fs.rmSync(path.join(dir, 'archive.xml'))
    expect(readWebDeployPackage(dir).contentRoot).toBe(
      path.join(dir, 'Content', 'D_C', 'a', '1', 's', 'PackageTmp')
    )
    expect(contentPathOf('C:\\build\\out\\')).toBe('C_C/build/out')
  })
})

describe('planPackageParameters', () => {
  it('sets IIS Web Application Name; set-parameters as -setParam; the rest of the file and secrets in our file', () => {
    const pkg = readWebDeployPackage(dir)
    const plan = planPackageParameters(pkg, 'Shop/api', {
      setParametersFile: [
        { name: 'IIS Web Application Name', value: 'Default Web Site' },
        { name: 'db', value: 'from-file' }
      ],
      setParameters: [{ name: 'Db', value: 'Server=a;Password=p', secret: true }]
    })
    expect(plan.setParams).toEqual(['-setParam:name="IIS Web Application Name",value=Shop/api'])
    // The file's Db is replaced by the input's (given once), the file's app name by ours.
    expect(plan.setParamFile).toContain('<setParameter name="Db" value="Server=a;Password=p" />')
    expect(plan.setParamFile).not.toContain('from-file')
    expect(plan.setParamFile).not.toContain('Default Web Site')
    const line = plan.setParams.join(' ')
    expect(parseMsDeployCommandLine(line).setParams[0]).toEqual([
      { key: 'name', value: 'IIS Web Application Name' },
      { key: 'value', value: 'Shop/api' }
    ])
  })

  it('refuses an undeclared name, a second target, and a package without IIS Web Application Name', () => {
    const pkg = readWebDeployPackage(dir)
    expect(() => planPackageParameters(pkg, 'S', { setParameters: [{ name: 'Nope', value: '1' }] })).toThrow(
      /declares no parameter 'Nope'.*It declares: 'IIS Web Application Name', 'Db'/
    )
    expect(() =>
      planPackageParameters(pkg, 'S', {
        setParameters: [{ name: 'IIS Web Application Name', value: 'Other' }]
      })
    ).toThrow(/'site'\/'application' say 'S'/)
    expect(() => planPackageParameters({ ...pkg, parameters: pkg.parameters.slice(1) }, 'S', {})).toThrow(
      /declares no 'IIS Web Application Name'/
    )
  })

  it("reads the SDK's own SetParameters file (BOM, as dotnet publish -p:WebPublishMethod=Package writes it)", () => {
    const sdk = path.join(import.meta.dirname, '..', '..', 'fixtures', 'web-deploy-sdk')
    expect(readSetParametersFile(path.join(sdk, 'app.SetParameters.xml'))).toEqual([
      { name: 'IIS Web Application Name', value: 'Default Web Site' }
    ])
  })

  it('reads a SetParameters file and refuses another XML file', () => {
    const file = path.join(dir, 'set.xml')
    fs.writeFileSync(file, '<parameters><setParameter name="Db" value="a&amp;b" /></parameters>')
    expect(readSetParametersFile(file)).toEqual([{ name: 'Db', value: 'a&b' }])
    fs.writeFileSync(file, '<configuration />')
    expect(() => readSetParametersFile(file)).toThrow(/not a SetParameters file/)
  })
})

describe('msdeploy-skip and msdeploy-flags', () => {
  it.each([
    ['Directory=App_Data', '-skip:objectName=dirPath,absolutePath=App_Data'],
    [
      'objectName=filePath,absolutePath=\\\\logs\\\\.*\\.txt$',
      '-skip:objectName=filePath,absolutePath="\\\\logs\\\\.*\\.txt$"'
    ],
    [
      'objectname=dirPath,absolutePath=x,skipaction=Delete',
      '-skip:objectName=dirPath,absolutePath=x,skipAction=Delete'
    ]
  ])('%s', (line, expected) => {
    const arg = formatUserSkip(line)
    expect(arg).toBe(expected)
    expect(parseMsDeployCommandLine(arg).skips).toHaveLength(1)
  })

  it.each([
    ['objectName=filePath,runCommand=x', /'runCommand' is not a skip setting/],
    ['absolutePath=(unclosed', /not a valid regular expression/],
    ['objectName=filePath,skipAction=Explode', /skipAction 'Explode'/],
    ['skipAction=Delete', /skip everything/],
    ['objectName=file"Path', /msdeploy|provider name|quote/]
  ])('refuses %s', (line, message) => {
    expect(() => formatUserSkip(line)).toThrow(message)
  })

  it('keeps allow-listed flags with canonical casing and refuses anything else', () => {
    expect(
      parseMsDeployFlags([
        '-enablerule:skipnewerfilesrule',
        '-disableLink:AppPoolExtension',
        '-retryAttempts:3'
      ])
    ).toEqual({
      args: ['-enableRule:SkipNewerFilesRule', '-disableLink:AppPoolExtension'],
      retryAttempts: 3,
      enabledRules: ['SkipNewerFilesRule'],
      disabledRules: []
    })
    for (const bad of [
      '-verb:delete',
      '-enableRule:Whatever',
      '-retryAttempts:1000',
      '-whatif',
      '-skip:Directory=x',
      '-enableRule:AppOffline -whatif'
    ])
      expect(() => parseMsDeployFlags([bad]), bad).toThrow(/msdeploy-flags/)
  })
})
