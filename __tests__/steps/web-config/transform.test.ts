import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import { WebConfigError } from '../../../src/steps/web-config/diagnostics.js'
import {
  readHostingModel,
  stdoutLogPath,
  transformWebConfig,
  type TransformOptions
} from '../../../src/steps/web-config/transform.js'
import { validateWebConfig } from '../../../src/steps/web-config/validate.js'

// Golden files: __tests__/fixtures/web-config/transform/<case>/{input.config?, options.json, expected.config}.
// No input.config = the file does not exist and is generated. Read as UTF-8 with the BOM kept as U+FEFF.
const FIXTURES = path.resolve('__tests__/fixtures/web-config/transform')
const cases = fs
  .readdirSync(FIXTURES)
  .sort()
  .map((name) => {
    const dir = path.join(FIXTURES, name)
    const read = (file: string): string | undefined =>
      fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), 'utf8') : undefined
    return {
      name,
      input: read('input.config'),
      expected: read('expected.config') as string,
      options: JSON.parse(read('options.json') as string) as TransformOptions
    }
  })

describe('transformWebConfig: golden files (dotnet/sdk WebConfigTransform, windows-facts §2.3)', () => {
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(20))

  it.each(cases)('$name', ({ input, expected, options }) => {
    const result = transformWebConfig(input, { file: 'web.config', ...options })
    expect(result.text).toBe(expected)
    expect(result.changed).toBe(input === undefined || input !== expected)
    expect(result.generated).toBe(input === undefined)
    // A change list exactly when something changed.
    expect(result.changes.length > 0).toBe(result.changed)
  })

  it.each(cases)('$name: transforming twice gives the same file as once', ({ input, options }) => {
    const once = transformWebConfig(input, { file: 'web.config', ...options })
    const twice = transformWebConfig(once.text, { file: 'web.config', ...options })
    expect(twice.text).toBe(once.text)
    expect(twice.changes).toEqual([])
    expect(twice.changed).toBe(false)
  })

  it.each(cases.filter((c) => !c.name.startsWith('sdk-') && c.name !== 'keep-custom-values'))(
    '$name: the result passes validation (no errors)',
    ({ expected }) => {
      const errors = validateWebConfig(expected, { file: 'web.config' }).filter((d) => d.severity === 'error')
      expect(errors).toEqual([])
    }
  )
})

// What dotnet publish wrote (with its BOM), and the same text as a file saved without one.
const PUBLISHED_WITH_BOM = fs.readFileSync(path.join(FIXTURES, 'published-unchanged', 'input.config'), 'utf8')
const PUBLISHED = PUBLISHED_WITH_BOM.replace(/^\uFEFF/, '')
const FD = { appName: 'SampleApp', selfContained: false }

describe('what is preserved byte for byte', () => {
  it.each([
    ['LF', PUBLISHED],
    ['CRLF', PUBLISHED.replace(/\n/g, '\r\n')],
    ['BOM + CRLF', `\uFEFF${PUBLISHED.replace(/\n/g, '\r\n')}`],
    ['no declaration, trailing newline', `${PUBLISHED.replace(/^<\?xml[^>]*>\n/, '')}\n`]
  ])(
    '%s: only the added lines (and the BOM dotnet publish writes) differ, in the same line ending',
    (_name, input) => {
      const { text } = transformWebConfig(input, { ...FD, environment: 'Production' })
      const newline = input.includes('\r\n') ? '\r\n' : '\n'
      const added =
        `>${newline}        <environmentVariables>${newline}` +
        `          <environmentVariable name="ASPNETCORE_ENVIRONMENT" value="Production" />${newline}` +
        `        </environmentVariables>${newline}      </aspNetCore>`
      const withBom = input.startsWith('\uFEFF') ? input : `\uFEFF${input}`
      expect(text).toBe(withBom.replace('hostingModel="inprocess" />', `hostingModel="inprocess"${added}`))
    }
  )

  it('the UTF-8 BOM dotnet publish writes is added, and is then the only change (TransformWebConfig saves with one)', () => {
    const once = transformWebConfig(PUBLISHED, FD)
    expect(once.text).toBe(PUBLISHED_WITH_BOM)
    expect(once.changed).toBe(true)
    expect(once.changes).toEqual(['added the UTF-8 byte order mark (BOM) that dotnet publish writes'])
    expect(transformWebConfig(once.text, FD).changed).toBe(false)
  })

  it('a UTF-16 file gets no U+FEFF in its text: its BOM is written by encodeWebConfig', () => {
    const result = transformWebConfig(PUBLISHED, { ...FD, encoding: 'utf16le' })
    expect(result.text).toBe(PUBLISHED)
    expect(result.changed).toBe(false)
  })

  it('a generated file is what dotnet publish saves: BOM, declaration, CRLF, no trailing newline', () => {
    const { text } = transformWebConfig(undefined, FD)
    expect(text.startsWith('\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<configuration>\r\n')).toBe(true)
    expect(text.endsWith('</configuration>')).toBe(true)
    expect(text).toContain('<location path="." inheritInChildApplications="false">')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  })
})

describe('changes are explained, secrets are not shown', () => {
  it('lists what changed, and never a secret value', () => {
    const { changes, text } = transformWebConfig(PUBLISHED_WITH_BOM, {
      ...FD,
      environmentVariables: [
        { name: 'Plain', value: 'visible-value' },
        { name: 'ApiKey', value: 'sup3r-s3cret', secret: true }
      ]
    })
    expect(changes).toEqual([
      'added <environmentVariables>',
      'environment variable Plain added: "visible-value"',
      'environment variable ApiKey added: (secret value)'
    ])
    expect(changes.join('\n')).not.toContain('sup3r-s3cret')
    // The file itself carries the value: that is where it goes.
    expect(text).toContain('value="sup3r-s3cret"')
  })

  it('explains a generated file in one line', () => {
    const { changes } = transformWebConfig(undefined, {
      ...FD,
      selfContained: true,
      hostingModel: 'outofprocess'
    })
    expect(changes).toEqual([
      'did not exist: generated what dotnet publish writes (processPath=".\\SampleApp.exe", hostingModel="outofprocess")'
    ])
  })
})

describe('what the SDK does to arguments (WebConfigTransformTests)', () => {
  // [input arguments, framework-dependent result, self-contained result]
  it.each([
    ['', '.\\myapp.dll', ''],
    ['%LAUNCHER_ARGS%', '.\\myapp.dll', ''],
    ['%LAUNCHER_ARGS% %launcher_args%', '.\\myapp.dll', ''],
    ['-my-switch', '.\\myapp.dll -my-switch', '-my-switch'],
    [' %launcher_args% -my-switch', '.\\myapp.dll -my-switch', '-my-switch'],
    ['-switch-1 %LAUNCHER_ARGS% -switch-2', '.\\myapp.dll -switch-1  -switch-2', '-switch-1  -switch-2'],
    ['-my-switch %LaUnChEr_ArGs% -argFile iisexelauncherargs.txt', '.\\myapp.dll -my-switch', '-my-switch'],
    [
      '-argFile IISExeLauncherArgs.txt -switch -argFile IISExeLauncherArgs.txt %launcher_args%',
      '.\\myapp.dll -switch',
      '-switch'
    ],
    ['.\\myapp.dll', '.\\myapp.dll', undefined],
    ['.\\MyApp.dll --port 5', '.\\MyApp.dll --port 5', '--port 5']
  ])('%j', (input, frameworkDependent, selfContained) => {
    const text = `<configuration><system.webServer><aspNetCore processPath="x" arguments="${input}" /></system.webServer></configuration>`
    const read = (out: string): string | undefined => /arguments="([^"]*)"/.exec(out)?.[1]
    expect(read(transformWebConfig(text, { appName: 'myapp', selfContained: false }).text)).toBe(
      frameworkDependent
    )
    expect(read(transformWebConfig(text, { appName: 'myapp', selfContained: true }).text)).toBe(selfContained)
  })

  it('overwrites processPath as the SDK does', () => {
    const text =
      '<configuration><system.webServer><aspNetCore processPath=".\\old.exe" /></system.webServer></configuration>'
    expect(transformWebConfig(text, { appName: 'app.dll', selfContained: true }).text).toContain(
      'processPath=".\\app.exe"'
    )
    expect(transformWebConfig(text, { appName: 'app', selfContained: false }).text).toContain(
      'processPath="dotnet" arguments=".\\app.dll"'
    )
  })

  it('an apphost without extension when asked (non-Windows RID)', () => {
    expect(
      transformWebConfig(undefined, { appName: 'app', selfContained: true, executableExtension: '' }).text
    ).toContain('processPath=".\\app"')
  })

  it('uses the module name only when the handler has none', () => {
    const text = `<configuration><system.webServer><handlers><add name="aspNetCore" modules="AspNetCoreModule" /></handlers></system.webServer></configuration>`
    const out = transformWebConfig(text, {
      ...FD,
      moduleName: 'AspNetCoreModuleV2',
      hostingModel: 'outofprocess'
    }).text
    expect(out).toContain('modules="AspNetCoreModule"')
  })
})

describe('errors: nothing is transformed', () => {
  it.each([
    [
      'not well-formed',
      '<configuration><system.webServer></configuration>',
      WebConfigError,
      /Not well-formed/
    ],
    ['empty', '', WebConfigError, /empty/],
    ['binary', '\u0000\u0001', WebConfigError, /binary/],
    ['not XML', 'key=value', WebConfigError, /not XML/],
    [
      'root is not configuration',
      '<?xml version="1.0"?>\n<appSettings />',
      WebConfigError,
      /root element is <appSettings>/
    ]
  ])('%s', (_name, input, type, message) => {
    expect(() => transformWebConfig(input, { ...FD, file: 'site/web.config' })).toThrow(type)
    expect(() => transformWebConfig(input, { ...FD, file: 'site/web.config' })).toThrow(message)
    try {
      transformWebConfig(input, { ...FD, file: 'site/web.config' })
    } catch (error) {
      const [diagnostic] = (error as WebConfigError).diagnostics
      expect(diagnostic?.file).toBe('site/web.config')
      expect(diagnostic?.line).toBeGreaterThan(0)
      expect((error as WebConfigError).input).toBe('web-config')
    }
  })

  it.each<[string, Partial<TransformOptions>, string | undefined, RegExp]>([
    [
      'in-process with the V1 module (SDK: WebConfigTransform_InvalidHostingOption)',
      { hostingModel: 'inprocess' },
      '<configuration><system.webServer><handlers><add name="aspNetCore" modules="AspNetCoreModule" /></handlers></system.webServer></configuration>',
      /In-process hosting is not supported by AspNetCoreModule/
    ],
    [
      'an unknown hosting model',
      { hostingModel: 'sideways' as never },
      undefined,
      /'hosting-model' is 'sideways'/
    ],
    ['an app name with a path', { appName: '..\\evil' }, undefined, /'app-name'/],
    ['an empty app name', { appName: '.dll' }, undefined, /'app-name'/],
    [
      'the same variable twice',
      {
        environmentVariables: [
          { name: 'A', value: '1' },
          { name: 'a', value: '2' }
        ]
      },
      undefined,
      /A is given twice/
    ],
    [
      'a control character XML cannot hold, without quoting the secret',
      { environmentVariables: [{ name: 'K', value: 'se\u0001cret', secret: true }] },
      undefined,
      /^The value of environment variable K contains U\+0001, which XML \(and so web\.config\) cannot hold\.$/
    ],
    [
      'a lone surrogate in the environment',
      { environment: 'Prod\uD800' },
      undefined,
      /'environment' contains U\+D800/
    ],
    [
      'environment and ASPNETCORE_ENVIRONMENT disagree',
      {
        environment: 'Production',
        environmentVariables: [{ name: 'ASPNETCORE_ENVIRONMENT', value: 'Staging' }]
      },
      undefined,
      /Both 'environment' and 'environment-variables'/
    ]
  ])('%s is an InputError', (_name, options, input, message) => {
    expect(() => transformWebConfig(input, { ...FD, ...options })).toThrow(InputError)
    expect(() => transformWebConfig(input, { ...FD, ...options })).toThrow(message)
  })

  it('astral characters (a surrogate pair) are fine', () => {
    expect(transformWebConfig(undefined, { ...FD, environment: 'Prod 🚀' }).text).toContain('value="Prod 🚀"')
  })

  it('environment and the same ASPNETCORE_ENVIRONMENT value agree', () => {
    const { text } = transformWebConfig(undefined, {
      ...FD,
      environment: 'Staging',
      environmentVariables: [{ name: 'ASPNETCORE_ENVIRONMENT', value: 'Staging' }]
    })
    expect(text.match(/ASPNETCORE_ENVIRONMENT/g)).toHaveLength(1)
  })
})

describe('hostile files', () => {
  it('never expands entities while editing next to them', () => {
    const input =
      '<!DOCTYPE configuration [<!ENTITY e "&#x3C;evil/&#x3E;">]>\n<configuration>\n  <system.webServer>\n' +
      '    <aspNetCore processPath="dotnet" arguments=".\\SampleApp.dll &e;" />\n  </system.webServer>\n</configuration>\n'
    const { text } = transformWebConfig(input, FD)
    expect(text).toContain('arguments=".\\SampleApp.dll &e;"')
    expect(text).not.toContain('<evil/>')
  })
})

describe('readHostingModel and stdoutLogPath (for the pool and IIS steps)', () => {
  it.each([
    ['hostingModel="inprocess"', 'inprocess'],
    ['hostingModel="OutOfProcess"', 'outofprocess'],
    ['', 'outofprocess'],
    ['hostingModel=""', 'outofprocess'],
    ['hostingModel="bogus"', undefined]
  ])('%s → %s (absent = out-of-process, §2.1)', (attribute, model) => {
    const text = `<configuration><location path="."><system.webServer><aspNetCore processPath="dotnet" ${attribute} /></system.webServer></location></configuration>`
    expect(readHostingModel(text)).toBe(model)
  })

  it('is undefined without an aspNetCore element', () => {
    expect(readHostingModel('<configuration />')).toBeUndefined()
    expect(stdoutLogPath('<configuration />')).toBeUndefined()
  })

  it.each([
    [
      'stdoutLogEnabled="true" stdoutLogFile=".\\logs\\stdout"',
      { enabled: true, prefix: '.\\logs\\stdout', directory: 'logs', relative: true }
    ],
    [
      'stdoutLogFile="./logs/app/out"',
      { enabled: false, prefix: './logs/app/out', directory: 'logs\\app', relative: true }
    ],
    [
      'stdoutLogEnabled="True"',
      { enabled: true, prefix: '.\\aspnetcore-stdout', directory: '.', relative: true }
    ],
    [
      'stdoutLogFile="D:\\Logs\\MyApp\\stdout"',
      { enabled: false, prefix: 'D:\\Logs\\MyApp\\stdout', directory: 'D:\\Logs\\MyApp', relative: false }
    ],
    [
      'stdoutLogFile="\\\\?\\%home%\\LogFiles\\stdout"',
      {
        enabled: false,
        prefix: '\\\\?\\%home%\\LogFiles\\stdout',
        directory: '\\\\?\\%home%\\LogFiles',
        relative: false
      }
    ],
    [
      'stdoutLogFile="..\\logs\\stdout"',
      { enabled: false, prefix: '..\\logs\\stdout', directory: '..\\logs', relative: true }
    ]
  ])('%s', (attributes, expected) => {
    const text = `<configuration><system.webServer><aspNetCore processPath="dotnet" ${attributes} /></system.webServer></configuration>`
    expect(stdoutLogPath(text)).toEqual(expected)
  })
})
