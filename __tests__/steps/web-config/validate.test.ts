import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  WEB_CONFIG_RULES,
  formatDiagnostic,
  type Diagnostic,
  type WebConfigRule
} from '../../../src/steps/web-config/diagnostics.js'
import {
  parseTimeSpan,
  validatePublishFolder,
  validateWebConfig,
  validateWebConfigFile
} from '../../../src/steps/web-config/validate.js'

// `‸` marks where the diagnostic must point; it is removed before validation.
const MARK = '‸'
const covered = new Set<WebConfigRule>()

function locate(marked: string): { text: string; line: number; column: number } {
  const at = marked.indexOf(MARK)
  const before = marked.slice(0, at)
  const line = before.split('\n').length
  const column = at - (before.lastIndexOf('\n') + 1) + 1
  return { text: marked.replace(MARK, ''), line, column }
}

const HANDLER =
  '<add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />'
const GOOD =
  'processPath="dotnet" arguments=".\\SampleApp.dll" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout"'

/** A root-level web.config: handlers, then aspNetCore (with children when given), then `extra`. */
function config(
  options: { handlers?: string; aspNetCore?: string; children?: string; extra?: string; top?: string } = {}
): string {
  const handlers = options.handlers ?? `      ${HANDLER}\n`
  const attributes = options.aspNetCore ?? `${GOOD} hostingModel="inprocess"`
  const aspNetCore = options.children
    ? `    <aspNetCore ${attributes}>\n${options.children}    </aspNetCore>\n`
    : `    <aspNetCore ${attributes} />\n`
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n${options.top ?? ''}  <system.webServer>\n` +
    `    <handlers>\n${handlers}    </handlers>\n${aspNetCore}${options.extra ?? ''}  </system.webServer>\n</configuration>\n`
  )
}

let publishDir: string
beforeAll(() => {
  publishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'))
  for (const file of ['SampleApp.dll', 'SampleApp.runtimeconfig.json', 'Self.exe', 'NoConfig.dll']) {
    fs.writeFileSync(path.join(publishDir, file), '{}')
  }
  fs.mkdirSync(path.join(publishDir, 'bin'))
  fs.writeFileSync(path.join(publishDir, 'bin', 'Nested.dll'), '')
  fs.writeFileSync(path.join(publishDir, 'bin', 'Nested.runtimeconfig.json'), '{}')
})
afterAll(() => fs.rmSync(publishDir, { recursive: true, force: true }))

type Case = [
  name: string,
  marked: string,
  rule: WebConfigRule,
  severity: 'error' | 'warning',
  options?: { publish?: boolean; subApplication?: boolean; others?: WebConfigRule[] }
]

const cases: Case[] = [
  // Structure (§2.4: root configuration; system.webServer directly or under location path="." / "")
  ['root is not <configuration>', `<?xml version="1.0"?>\n${MARK}<appSettings />`, 'root-element', 'error'],
  [
    'system.webServer only under a location that is not the app',
    `${MARK}<configuration>\n  <location path="api">\n    <system.webServer />\n  </location>\n</configuration>`,
    'system-webserver-missing',
    'error'
  ],
  [
    'no system.webServer at all',
    `${MARK}<configuration>\n  <system.webServerX />\n</configuration>`,
    'system-webserver-missing',
    'error'
  ],
  [
    'the same section at the root and under location path="."',
    config({
      top: '  <location path="." inheritInChildApplications="false">\n    <system.webServer>\n      <aspNetCore processPath="dotnet" arguments=".\\SampleApp.dll" />\n    </system.webServer>\n  </location>\n'
    }).replace(
      /(\n {4})(<aspNetCore processPath="dotnet" arguments="\.\\SampleApp\.dll" stdout)/,
      `$1${MARK}$2`
    ),
    'duplicate-section',
    'error'
  ],
  // Handler (§2.2 handler entry)
  [
    'no aspNetCore handler',
    config({
      handlers: '      <add name="StaticFile" path="*" verb="*" modules="StaticFileModule" />\n'
    }).replace('    <handlers>', `    ${MARK}<handlers>`),
    'handler-missing',
    'error'
  ],
  [
    'a second aspNetCore handler',
    config({
      handlers: `      ${HANDLER}\n      ${MARK}<add name="AspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" />\n`
    }),
    'handler-duplicate',
    'error'
  ],
  [
    'a second handler running the module under another name',
    config({
      handlers: `      ${HANDLER}\n      ${MARK}<add name="core2" path="*" verb="*" modules="AspNetCoreModuleV2" />\n`
    }),
    'handler-duplicate',
    'error'
  ],
  [
    '<remove> after the <add>',
    config({ handlers: `      ${HANDLER}\n      ${MARK}<remove name="aspNetCore" />\n` }),
    'handler-removed',
    'error'
  ],
  [
    '<clear /> after the <add>',
    config({ handlers: `      ${HANDLER}\n      ${MARK}<clear />\n` }),
    'handler-removed',
    'error'
  ],
  [
    'ANCM V1 module',
    config({
      handlers: `      <add name="aspNetCore" path="*" verb="*" modules="${MARK}AspNetCoreModule" resourceType="Unspecified" />\n`,
      aspNetCore: `${GOOD} hostingModel="outofprocess"`
    }),
    'handler-module',
    'warning'
  ],
  [
    'another module',
    config({
      handlers: `      <add name="aspNetCore" path="*" verb="*" modules="${MARK}IsapiModule" resourceType="Unspecified" />\n`
    }),
    'handler-module',
    'error'
  ],
  [
    'handler without modules',
    config({ handlers: `      ${MARK}<add name="aspNetCore" path="*" verb="*" />\n` }),
    'handler-attributes',
    'error'
  ],
  [
    'handler without path',
    config({ handlers: `      ${MARK}<add name="aspNetCore" verb="*" modules="AspNetCoreModuleV2" />\n` }),
    'handler-attributes',
    'error'
  ],
  [
    'handler path other than *',
    config({
      handlers: `      <add name="aspNetCore" path="${MARK}*.dll" verb="*" modules="AspNetCoreModuleV2" />\n`
    }),
    'handler-attributes',
    'warning'
  ],
  [
    'handler verb other than *',
    config({
      handlers: `      <add name="aspNetCore" path="*" verb="${MARK}GET" modules="AspNetCoreModuleV2" />\n`
    }),
    'handler-attributes',
    'warning'
  ],
  [
    'handler resourceType File',
    config({
      handlers: `      <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="${MARK}File" />\n`
    }),
    'handler-attributes',
    'warning'
  ],
  // aspNetCore element (§2.1)
  [
    'no <aspNetCore>',
    `<configuration>\n  ${MARK}<system.webServer>\n    <handlers>\n      ${HANDLER}\n    </handlers>\n  </system.webServer>\n</configuration>`,
    'aspnetcore-missing',
    'error'
  ],
  [
    'no processPath',
    config({ aspNetCore: 'arguments=".\\SampleApp.dll"' }).replace('<aspNetCore', `${MARK}<aspNetCore`),
    'process-path-missing',
    'error',
    { others: ['arguments-file'] }
  ],
  [
    'empty processPath',
    config({ aspNetCore: `processPath="${MARK} " arguments=".\\SampleApp.dll"` }),
    'process-path-missing',
    'error'
  ],
  [
    '%LAUNCHER_PATH% from Visual Studio',
    config({ aspNetCore: `processPath="${MARK}%LAUNCHER_PATH%" arguments="%LAUNCHER_ARGS%"` }),
    'launcher-placeholder',
    'error'
  ],
  [
    '%LAUNCHER_ARGS% from Visual Studio',
    config({ aspNetCore: `processPath="dotnet" arguments="${MARK}%LAUNCHER_ARGS%"` }),
    'launcher-placeholder',
    'error'
  ],
  [
    '-argFile IISExeLauncherArgs.txt',
    config({ aspNetCore: `processPath=".\\Self.exe" arguments="${MARK}-argFile IISExeLauncherArgs.txt"` }),
    'launcher-placeholder',
    'error'
  ],
  // Publish folder (§2.4: the dll/exe must exist in the package)
  [
    'processPath .exe missing from the publish folder',
    config({ aspNetCore: `processPath="${MARK}.\\Missing.exe"` }),
    'process-path-file',
    'error',
    { publish: true }
  ],
  [
    'processPath without extension, no such exe',
    config({ aspNetCore: `processPath="${MARK}.\\Missing"` }),
    'process-path-file',
    'error',
    { publish: true }
  ],
  [
    'dotnet with a .dll the folder lacks',
    config({ aspNetCore: `processPath="dotnet" arguments="${MARK}.\\Missing.dll --x"` }),
    'arguments-file',
    'error',
    { publish: true }
  ],
  [
    'dotnet without any .dll argument',
    config({ aspNetCore: `processPath="dotnet" arguments="${MARK}--urls http://+:80"` }),
    'arguments-file',
    'error'
  ],
  [
    'dotnet without arguments at all',
    config({ aspNetCore: `processPath="${MARK}dotnet"` }),
    'arguments-file',
    'error'
  ],
  [
    'the .dll named twice (dotnet/sdk de-duplication)',
    config({ aspNetCore: `processPath="dotnet" arguments=".\\SampleApp.dll ${MARK}.\\SampleApp.dll"` }),
    'arguments-file',
    'warning'
  ],
  [
    'a .dll without its runtimeconfig.json',
    config({ aspNetCore: `processPath="dotnet" arguments="${MARK}.\\NoConfig.dll"` }),
    'runtimeconfig-missing',
    'error',
    { publish: true }
  ],
  // Hosting model (§2.1: inprocess | outofprocess, case-insensitive)
  [
    'unknown hostingModel',
    config({ aspNetCore: `${GOOD} hostingModel="${MARK}InProc"` }),
    'hosting-model',
    'error'
  ],
  [
    'empty hostingModel',
    config({ aspNetCore: `${GOOD} hostingModel="${MARK}"` }),
    'hosting-model',
    'warning'
  ],
  [
    'in-process with the V1 module (SDK: not supported)',
    config({
      handlers: `      <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModule" resourceType="Unspecified" />\n`,
      aspNetCore: `${GOOD} hostingModel="${MARK}InProcess"`
    }),
    'inprocess-v1',
    'error',
    { others: ['handler-module'] }
  ],
  // Types and ranges (aspnetcore_schema_v2.xml)
  [
    'startupTimeLimit not a number',
    config({ aspNetCore: `${GOOD} startupTimeLimit="${MARK}2m"` }),
    'attribute-format',
    'error'
  ],
  [
    'negative shutdownTimeLimit',
    config({ aspNetCore: `${GOOD} shutdownTimeLimit="${MARK}-1"` }),
    'attribute-format',
    'error'
  ],
  [
    'stdoutLogEnabled not a boolean',
    config({ aspNetCore: `processPath="dotnet" arguments=".\\SampleApp.dll" stdoutLogEnabled="${MARK}yes"` }),
    'attribute-format',
    'error'
  ],
  [
    'disableStartUpErrorPage not a boolean',
    config({ aspNetCore: `${GOOD} disableStartUpErrorPage="${MARK}1"` }),
    'attribute-format',
    'error'
  ],
  [
    'requestTimeout not a time span',
    config({ aspNetCore: `${GOOD} hostingModel="outofprocess" requestTimeout="${MARK}120"` }),
    'attribute-format',
    'error'
  ],
  [
    'requestTimeout with minutes 60',
    config({ aspNetCore: `${GOOD} hostingModel="outofprocess" requestTimeout="${MARK}00:60:00"` }),
    'attribute-format',
    'error'
  ],
  [
    'startupTimeLimit above 3600',
    config({ aspNetCore: `${GOOD} startupTimeLimit="${MARK}3601"` }),
    'attribute-range',
    'error'
  ],
  [
    'shutdownTimeLimit above 600',
    config({ aspNetCore: `${GOOD} shutdownTimeLimit="${MARK}601"` }),
    'attribute-range',
    'error'
  ],
  [
    'rapidFailsPerMinute above 100',
    config({ aspNetCore: `${GOOD} hostingModel="outofprocess" rapidFailsPerMinute="${MARK}101"` }),
    'attribute-range',
    'error'
  ],
  [
    'processesPerApplication 0',
    config({ aspNetCore: `${GOOD} hostingModel="outofprocess" processesPerApplication="${MARK}0"` }),
    'attribute-range',
    'error'
  ],
  [
    'processesPerApplication above 100',
    config({ aspNetCore: `${GOOD} hostingModel="outofprocess" processesPerApplication="${MARK}101"` }),
    'attribute-range',
    'error'
  ],
  [
    'requestTimeout above 360 hours',
    config({ aspNetCore: `${GOOD} hostingModel="outofprocess" requestTimeout="${MARK}360:00:01"` }),
    'attribute-range',
    'error'
  ],
  [
    'requestTimeout with a fraction of a second',
    config({ aspNetCore: `${GOOD} hostingModel="outofprocess" requestTimeout="${MARK}00:00:01.5"` }),
    'attribute-range',
    'error'
  ],
  [
    'startupTimeLimit 0 is not "no limit"',
    config({ aspNetCore: `${GOOD} startupTimeLimit="${MARK}0"` }),
    'attribute-range',
    'warning'
  ],
  [
    'requestTimeout in-process (ignored)',
    config({ aspNetCore: `${GOOD} hostingModel="inprocess" requestTimeout="${MARK}00:10:00"` }),
    'ignored-in-process',
    'warning'
  ],
  [
    'rapidFailsPerMinute in-process (out-of-process only)',
    config({ aspNetCore: `${GOOD} hostingModel="inprocess" rapidFailsPerMinute="${MARK}5"` }),
    'ignored-in-process',
    'warning'
  ],
  [
    'processesPerApplication > 1 in-process',
    config({ aspNetCore: `${GOOD} hostingModel="InProcess" processesPerApplication="${MARK}4"` }),
    'ignored-in-process',
    'warning'
  ],
  [
    'stdout logging left on (never rotated)',
    config({
      aspNetCore: `processPath="dotnet" arguments=".\\SampleApp.dll" stdoutLogEnabled="${MARK}true"`
    }),
    'stdout-log-enabled',
    'warning'
  ],
  [
    'unknown attribute',
    config({ aspNetCore: `${GOOD} ${MARK}stdoutLogLevel="debug"` }),
    'unknown-attribute',
    'warning'
  ],
  [
    'attribute with the wrong case',
    config({
      aspNetCore: `processPath="dotnet" arguments=".\\SampleApp.dll" ${MARK}StdoutLogEnabled="false"`
    }),
    'unknown-attribute',
    'warning'
  ],
  [
    'unknown element in aspNetCore',
    config({ children: `      ${MARK}<environmentVariable name="A" value="1" />\n` }),
    'unknown-element',
    'warning'
  ],
  [
    'recycleOnFileChange file without path',
    config({
      children: `      <recycleOnFileChange>\n        ${MARK}<file />\n      </recycleOnFileChange>\n`
    }),
    'unknown-element',
    'error'
  ],
  // Ignored ASP.NET 4 sections (Hosting guide)
  [
    '<appSettings>',
    config({ top: `  ${MARK}<appSettings>\n    <add key="a" value="b" />\n  </appSettings>\n` }),
    'ignored-section',
    'warning'
  ],
  ['<connectionStrings>', config({ top: `  ${MARK}<connectionStrings />\n` }), 'ignored-section', 'warning'],
  [
    '<system.web> under a location',
    config({
      top: `  <location path=".">\n    ${MARK}<system.web>\n      <httpRuntime maxRequestLength="1048576" />\n    </system.web>\n  </location>\n`
    }),
    'ignored-section',
    'warning'
  ],
  // environmentVariables
  [
    'an <add> in environmentVariables',
    config({
      children: `      <environmentVariables>\n        ${MARK}<add name="A" value="1" />\n      </environmentVariables>\n`
    }),
    'environment-variables',
    'error'
  ],
  [
    'environmentVariable without name',
    config({
      children: `      <environmentVariables>\n        ${MARK}<environmentVariable value="1" />\n      </environmentVariables>\n`
    }),
    'environment-variables',
    'error'
  ],
  [
    'environmentVariable with an empty name',
    config({
      children: `      <environmentVariables>\n        <environmentVariable name="${MARK}" value="1" />\n      </environmentVariables>\n`
    }),
    'environment-variables',
    'error'
  ],
  [
    'environmentVariable without value',
    config({
      children: `      <environmentVariables>\n        ${MARK}<environmentVariable name="A" />\n      </environmentVariables>\n`
    }),
    'environment-variables',
    'error'
  ],
  [
    'environment name with =',
    config({
      children: `      <environmentVariables>\n        <environmentVariable name="${MARK}A=B" value="1" />\n      </environmentVariables>\n`
    }),
    'environment-variables',
    'error'
  ],
  [
    'environment name with spaces around',
    config({
      children: `      <environmentVariables>\n        <environmentVariable name="${MARK} A " value="1" />\n      </environmentVariables>\n`
    }),
    'environment-variables',
    'warning'
  ],
  [
    'ANCM_LAUNCHER_PATH overrides processPath',
    config({
      children: `      <environmentVariables>\n        ${MARK}<environmentVariable name="ANCM_LAUNCHER_PATH" value="x" />\n      </environmentVariables>\n`
    }),
    'environment-variables',
    'warning'
  ],
  [
    'two environmentVariables elements',
    config({ children: `      <environmentVariables />\n      ${MARK}<environmentVariables />\n` }),
    'environment-variables',
    'error'
  ],
  [
    'a variable set twice, names differing in case',
    config({
      children: `      <environmentVariables>\n        <environmentVariable name="Feature" value="1" />\n        ${MARK}<environmentVariable name="FEATURE" value="2" />\n      </environmentVariables>\n`
    }),
    'environment-variable-duplicate',
    'error'
  ],
  [
    'ASPNETCORE_ENVIRONMENT set twice',
    config({
      children: `      <environmentVariables>\n        <environmentVariable name="ASPNETCORE_ENVIRONMENT" value="Production" />\n        ${MARK}<environmentVariable name="ASPNETCORE_ENVIRONMENT" value="Staging" />\n      </environmentVariables>\n`
    }),
    'environment-variable-duplicate',
    'error'
  ],
  [
    'ASPNETCORE_ENVIRONMENT=Development on a server',
    config({
      children: `      <environmentVariables>\n        ${MARK}<environmentVariable name="ASPNETCORE_ENVIRONMENT" value="development" />\n      </environmentVariables>\n`
    }),
    'environment-development',
    'warning'
  ],
  [
    'DOTNET_ENVIRONMENT=Development',
    config({
      children: `      <environmentVariables>\n        ${MARK}<environmentVariable name="DOTNET_ENVIRONMENT" value="Development" />\n      </environmentVariables>\n`
    }),
    'environment-development',
    'warning'
  ],
  [
    'ASPNETCORE_DETAILEDERRORS on',
    config({
      children: `      <environmentVariables>\n        ${MARK}<environmentVariable name="ASPNETCORE_DETAILEDERRORS" value="1" />\n      </environmentVariables>\n`
    }),
    'environment-development',
    'warning'
  ],
  // handlerSettings (§2.1 known names, §6 shadow copy)
  [
    'unknown handlerSetting',
    config({
      children: `      <handlerSettings>\n        ${MARK}<handlerSetting name="enableShadowCopies" value="true" />\n      </handlerSettings>\n`
    }),
    'handler-settings',
    'warning'
  ],
  [
    'handlerSetting set twice',
    config({
      children: `      <handlerSettings>\n        <handlerSetting name="debugLevel" value="FILE" />\n        ${MARK}<handlerSetting name="DebugLevel" value="TRACE" />\n      </handlerSettings>\n`
    }),
    'handler-settings',
    'error'
  ],
  [
    'boolean handlerSetting not a boolean',
    config({
      children: `      <handlerSettings>\n        <handlerSetting name="enableShadowCopy" value="${MARK}yes" />\n        <handlerSetting name="shadowCopyDirectory" value="../ShadowCopy/app/" />\n      </handlerSettings>\n`
    }),
    'handler-settings',
    'warning'
  ],
  [
    'shutdownDelay not milliseconds',
    config({
      children: `      <handlerSettings>\n        <handlerSetting name="shutdownDelay" value="${MARK}1s" />\n      </handlerSettings>\n`
    }),
    'handler-settings',
    'warning'
  ],
  [
    'debugLevel with an unknown level',
    config({
      children: `      <handlerSettings>\n        <handlerSetting name="debugLevel" value="${MARK}FILE,VERBOSE" />\n      </handlerSettings>\n`
    }),
    'handler-settings',
    'warning'
  ],
  [
    'shadow copy without a directory of its own',
    config({
      children: `      ${MARK}<handlerSettings>\n        <handlerSetting name="enableShadowCopy" value="true" />\n      </handlerSettings>\n`
    }),
    'handler-settings',
    'warning'
  ],
  [
    'an <add> in handlerSettings',
    config({
      children: `      <handlerSettings>\n        ${MARK}<add name="a" value="b" />\n      </handlerSettings>\n`
    }),
    'handler-settings',
    'error'
  ],
  [
    'handlerSetting without value',
    config({
      children: `      <handlerSettings>\n        ${MARK}<handlerSetting name="stackSize" />\n      </handlerSettings>\n`
    }),
    'handler-settings',
    'error'
  ],
  [
    'handlerVersion in-process (out-of-process only)',
    config({
      children: `      <handlerSettings>\n        ${MARK}<handlerSetting name="handlerVersion" value="2.0.0" />\n      </handlerSettings>\n`
    }),
    'ignored-in-process',
    'warning'
  ],
  // Leftovers and sub-applications
  [
    'an XDT attribute left in the file',
    config({ extra: `    <httpErrors ${MARK}xdt:Transform="Replace" />\n` }).replace(
      '<configuration>',
      '<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">'
    ),
    'xdt-leftover',
    'warning'
  ],
  [
    'sub-application: own <add> without <remove> first',
    config().replace('<add name="aspNetCore"', `${MARK}<add name="aspNetCore"`),
    'sub-application-handler',
    'warning',
    { subApplication: true }
  ],
  [
    'sub-application without a handler of its own',
    config({ handlers: '' }).replace('    <handlers>', `    ${MARK}<handlers>`),
    'sub-application-handler',
    'warning',
    { subApplication: true }
  ]
]

describe('validateWebConfig: one table row per rule (windows-facts §2.1, §2.2, §2.4)', () => {
  it.each(cases)('%s', (_name, marked, rule, severity, options = {}) => {
    covered.add(rule)
    const { text, line, column } = locate(marked)
    const diagnostics = validateWebConfig(text, {
      file: 'web.config',
      publishDir: options.publish ? publishDir : undefined,
      subApplication: options.subApplication
    })
    const hit = diagnostics.find((d) => d.rule === rule)
    expect(hit, JSON.stringify(diagnostics, null, 2)).toMatchObject({
      rule,
      severity,
      line,
      column,
      file: 'web.config'
    })
    expect(hit?.message.length).toBeGreaterThan(20)
    const unexpected = diagnostics.filter((d) => d.rule !== rule && !(options.others ?? []).includes(d.rule))
    expect(unexpected).toEqual([])
  })
})

describe('documents that are fine', () => {
  const valid: Array<[string, string, { publish?: boolean; subApplication?: boolean }?]> = [
    ['the sample published file', fs.readFileSync('samples/publish/web.config', 'utf8'), { publish: true }],
    ['root-level system.webServer', config(), { publish: true }],
    [
      'location path="" counts as the app',
      config()
        .replace('  <system.webServer>', '  <location path="">\n  <system.webServer>')
        .replace('  </system.webServer>\n', '  </system.webServer>\n  </location>\n')
    ],
    [
      'self-contained exe in the folder',
      config({ aspNetCore: 'processPath=".\\Self.exe" hostingModel="outofprocess"' }),
      { publish: true }
    ],
    [
      'dll in a sub-folder and lookups ignore case',
      config({ aspNetCore: 'processPath="DOTNET.EXE" arguments="bin/nested.DLL"' }),
      { publish: true }
    ],
    [
      'absolute or %VAR% paths are not checked',
      config({ aspNetCore: 'processPath="%ProgramFiles%\\dotnet\\dotnet.exe" arguments="D:\\apps\\x.dll"' }),
      { publish: true }
    ],
    [
      'every numeric attribute at its bounds',
      config({
        aspNetCore: `${GOOD} hostingModel="OutOfProcess" startupTimeLimit="3600" shutdownTimeLimit="0" rapidFailsPerMinute="100" processesPerApplication="100" requestTimeout="360:00:00" forwardWindowsAuthToken="False" disableStartUpErrorPage="TRUE"`
      })
    ],
    [
      'requestTimeout with days',
      config({ aspNetCore: `${GOOD} hostingModel="outofprocess" requestTimeout="15.00:00:00"` })
    ],
    [
      'clear then set again',
      config({
        children:
          '      <environmentVariables>\n        <environmentVariable name="A" value="1" />\n        <clear />\n        <environmentVariable name="A" value="" />\n      </environmentVariables>\n'
      })
    ],
    [
      'handler removed then added again',
      config({ handlers: `      <remove name="aspNetCore" />\n      ${HANDLER}\n` }),
      { subApplication: true }
    ],
    [
      'shadow copy with a directory of its own',
      config({
        children:
          '      <handlerSettings>\n        <handlerSetting name="enableShadowCopy" value="true" />\n        <handlerSetting name="shadowCopyDirectory" value="../ShadowCopyDirectory/app/" />\n        <handlerSetting name="debugLevel" value="FILE,TRACE" />\n        <handlerSetting name="stackSize" value="0x200000" />\n      </handlerSettings>\n'
      })
    ],
    [
      'the SDK test template with non-app locations first',
      fs
        .readFileSync(
          '__tests__/fixtures/web-config/transform/sdk-location-non-relevant-first/input.config',
          'utf8'
        )
        .replace(/AspNetCoreModule"/g, 'AspNetCoreModuleV2"')
    ],
    [
      'comments, CDATA, entities and unicode around',
      fs
        .readFileSync(
          '__tests__/fixtures/web-config/transform/preserve-hostile-content/expected.config',
          'utf8'
        )
        .replace(/<appSettings>[\s\S]*<\/appSettings>\n/, '')
    ]
  ]
  it.each(valid)('%s: no diagnostics', (_name, text, options = {}) => {
    const diagnostics = validateWebConfig(text, {
      file: 'web.config',
      publishDir: options.publish ? publishDir : undefined,
      subApplication: options.subApplication
    })
    expect(diagnostics).toEqual([])
  })
})

describe('bad input is reported, never thrown', () => {
  it.each([
    ['not well-formed', '<configuration>\n  <system.webServer>\n</configuration>', 'not-well-formed', 3],
    ['empty', '', 'not-well-formed', 1],
    ['not XML', 'hello = world', 'not-well-formed', 1],
    ['binary', 'MZ\u0000\u0001', 'not-well-formed', 1]
  ] as const)('%s', (_name, text, rule, line) => {
    covered.add(rule)
    const [diagnostic, ...rest] = validateWebConfig(text, { file: 'web.config' })
    expect(rest).toEqual([])
    expect(diagnostic).toMatchObject({ severity: 'error', rule, line })
    expect(formatDiagnostic(diagnostic as Diagnostic)).toMatch(
      new RegExp(`^error: web\\.config:${line}:\\d+: `)
    )
  })

  let folder: string
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-file-'))
  })
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

  it.each([
    ['a directory', (f: string) => fs.mkdirSync(f), /directory/, 'not-well-formed'],
    ['a missing file', () => undefined, /does not exist.*sensitive files/, 'missing-file'],
    [
      'UTF-8 declaring UTF-16',
      (f: string) => fs.writeFileSync(f, '<?xml version="1.0" encoding="utf-16"?><configuration/>'),
      /declares encoding="utf-16"/,
      'encoding'
    ],
    [
      'Windows-1252 bytes',
      (f: string) =>
        fs.writeFileSync(
          f,
          Buffer.from('<?xml version="1.0" encoding="windows-1252"?><configuration a="caf\xe9"/>', 'latin1')
        ),
      /not UTF-8/,
      'encoding'
    ],
    [
      'a binary file',
      (f: string) => fs.writeFileSync(f, Buffer.from([0x4d, 0x5a, 0x00, 0x90])),
      /binary/,
      'not-well-formed'
    ]
  ] as const)('%s', (name, create, message, rule) => {
    covered.add(rule)
    const file = path.join(folder, name.replace(/\W+/g, '-'))
    create(file)
    const diagnostics = validateWebConfigFile(file, { displayName: 'web.config' })
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule, file: 'web.config' })
    expect(diagnostics[0]?.message).toMatch(message)
  })

  it('reads a UTF-16 file with its BOM', () => {
    const file = path.join(folder, 'utf16.config')
    const text = `<?xml version="1.0" encoding="utf-16"?>\r\n${config().split('\n').slice(1).join('\r\n')}`
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect(validateWebConfigFile(file)).toEqual([])
  })
})

describe('validatePublishFolder', () => {
  it('a publish folder without web.config is an error that explains the risk (Hosting guide)', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-web-config-'))
    try {
      const { file, diagnostics } = validatePublishFolder(empty)
      expect(file).toBe(path.join(empty, 'web.config'))
      expect(diagnostics).toHaveLength(1)
      expect(diagnostics[0]?.message).toMatch(/may serve sensitive files/)
      expect(formatDiagnostic(diagnostics[0] as Diagnostic)).toMatch(
        /^error: .*web\.config: web\.config does not exist/
      )
    } finally {
      fs.rmSync(empty, { recursive: true, force: true })
    }
  })

  it('finds Web.config whatever its case and checks the files it names', () => {
    fs.writeFileSync(
      path.join(publishDir, 'Web.config'),
      config({ aspNetCore: 'processPath="dotnet" arguments=".\\Gone.dll"' })
    )
    try {
      const { file, diagnostics } = validatePublishFolder(publishDir)
      expect(path.basename(file)).toBe('Web.config')
      expect(diagnostics.map((d) => d.rule)).toEqual(['arguments-file'])
      expect(diagnostics[0]?.message).toContain('Gone.dll')
    } finally {
      fs.rmSync(path.join(publishDir, 'Web.config'))
    }
  })
})

describe('parseTimeSpan (IIS timeSpan: [d.]hh:mm:ss[.fraction])', () => {
  it.each([
    ['00:02:00', 120],
    ['360:00:00', 1_296_000],
    ['1.05:00:00', 104_400],
    ['00:00:01.5', 1.5],
    ['00:00:01.0', 1],
    ['2:3:4', 7384]
  ])('%s = %s s', (value, seconds) => expect(parseTimeSpan(value)).toBe(seconds))
  it.each(['', '120', '00:60:00', '00:00:60', '1.24:00:00', '-00:01:00', 'PT2M'])(
    '%j is malformed',
    (value) => expect(parseTimeSpan(value)).toBeUndefined()
  )
})

describe('hostile content', () => {
  it('does not expand DTD entities (billion laughs) and still validates', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE configuration [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n' +
      config({ aspNetCore: 'processPath="dotnet" arguments=".\\SampleApp.dll &c;"' }).replace(
        /^<\?xml[^>]*>\n/,
        ''
      )
    const diagnostics = validateWebConfig(bomb, { file: 'web.config' })
    expect(diagnostics).toEqual([])
  })

  it('handles deep nesting without exhausting the stack', () => {
    const depth = 5000
    const deep = `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`
    const diagnostics = validateWebConfig(config({ extra: `    <custom>${deep}</custom>\n` }), {
      file: 'web.config'
    })
    expect(diagnostics).toEqual([])
  })
})

describe('coverage of the rule list', () => {
  it('every rule has a table row above', () => {
    // encoding, missing-file and not-well-formed come from the file-level tables.
    expect([...WEB_CONFIG_RULES].filter((rule) => !covered.has(rule))).toEqual([])
  })
})
