import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import { quoteWindowsArgument } from '../../../src/core/command-line.js'
import {
  MsDeployCommandLineError,
  msDeployValueProblem,
  parseMsDeployCommandLine,
  parseMsDeploySettings,
  quoteMsDeployProgram,
  quoteMsDeployValue,
  settingValue,
  splitMsDeployCommandLine,
  unquoteMsDeployValue
} from '../../../src/steps/sync/msdeploy-command-line.js'

describe('splitMsDeployCommandLine (msdeploy reads its raw line: quotes stay in the token, §4.5)', () => {
  it.each([
    ['-verb:sync -whatif', ['-verb:sync', '-whatif']],
    ['  -a:1 \t -b:2  ', ['-a:1', '-b:2']],
    ['-source:contentPath="C:\\my pub" -whatif', ['-source:contentPath="C:\\my pub"', '-whatif']],
    ["-p:v='a b' -q", ["-p:v='a b'", '-q']],
    // The other quote character is literal inside a quoted run.
    [`-p:v="it's here" -q`, [`-p:v="it's here"`, '-q']],
    [`-p:v='say "hi"' -q`, [`-p:v='say "hi"'`, '-q']],
    // No escape character: a backslash before a quote does not protect it (not CommandLineToArgvW).
    ['-p:v="a\\" -q', ['-p:v="a\\"', '-q']],
    ['', []]
  ])('%j → %j', (line, tokens) => {
    expect(splitMsDeployCommandLine(line)).toEqual(tokens)
  })

  it('refuses an unterminated quote', () => {
    expect(() => splitMsDeployCommandLine('-p:v="a b')).toThrow(MsDeployCommandLineError)
  })
})

describe('parseMsDeploySettings', () => {
  it.each([
    [
      'contentPath="C:\\a,b",computerName=x',
      [
        { key: 'contentPath', value: 'C:\\a,b' },
        { key: 'computerName', value: 'x' }
      ]
    ],
    ['recycleApp', [{ key: 'recycleApp', value: undefined }]],
    [
      'password=,authType=Basic',
      [
        { key: 'password', value: '' },
        { key: 'authType', value: 'Basic' }
      ]
    ],
    ['password=""', [{ key: 'password', value: '' }]],
    // Split at the first `=` outside quotes: the rest belongs to the value.
    [
      'computerName="https://h:8172/msdeploy.axd?site=S"',
      [{ key: 'computerName', value: 'https://h:8172/msdeploy.axd?site=S' }]
    ],
    ['password=a=b', [{ key: 'password', value: 'a=b' }]],
    [
      'name=\'IIS Web Application Name\',value="Site/app"',
      [
        { key: 'name', value: 'IIS Web Application Name' },
        { key: 'value', value: 'Site/app' }
      ]
    ]
  ])('%s', (text, settings) => {
    expect(parseMsDeploySettings(text)).toEqual(settings)
  })

  it.each([
    ['"C:\\a b"', 'C:\\a b'],
    [`"it's"`, "it's"],
    [`'say "hi"'`, 'say "hi"'],
    ['plain', 'plain'],
    [`'a'"b"c`, 'abc']
  ])('unquote %s → %s', (text, value) => {
    expect(unquoteMsDeployValue(text)).toBe(value)
  })
})

describe('parseMsDeployCommandLine', () => {
  it('reads the canonical remote command of windows-facts §4.3', () => {
    const line =
      '-verb:sync -source:contentPath="C:\\build\\publish" ' +
      '-dest:contentPath="MySite",computerName="https://web01:8172/msdeploy.axd?site=MySite",userName="deploy",password="p w",authType="Basic",includeAcls="False" ' +
      '-allowUntrusted -enableRule:AppOffline -enableRule:DoNotDeleteRule ' +
      '-skip:objectName=dirPath,absolutePath="\\\\logs$" -retryAttempts:5 -retryInterval:3000 -whatif'
    const parsed = parseMsDeployCommandLine(line)
    expect(parsed.verb).toBe('sync')
    expect(parsed.source).toEqual({ provider: 'contentPath', path: 'C:\\build\\publish', settings: [] })
    expect(parsed.dest?.provider).toBe('contentPath')
    expect(parsed.dest?.path).toBe('MySite')
    expect(settingValue(parsed.dest?.settings ?? [], 'computername')).toBe(
      'https://web01:8172/msdeploy.axd?site=MySite'
    )
    expect(settingValue(parsed.dest?.settings ?? [], 'password')).toBe('p w')
    expect(parsed.enabledRules).toEqual(['AppOffline', 'DoNotDeleteRule'])
    expect(parsed.skips).toEqual([
      [
        { key: 'objectName', value: 'dirPath' },
        { key: 'absolutePath', value: '\\\\logs$' }
      ]
    ])
    expect(parsed.flags).toEqual(['allowUntrusted', 'whatif'])
    expect(parsed.retryAttempts).toBe(5)
    expect(parsed.retryInterval).toBe(3000)
  })

  it('accepts `=` as the switch separator and any casing (§4.2: -retryAttempts=N)', () => {
    const parsed = parseMsDeployCommandLine(
      '-Verb=sync -RETRYATTEMPTS=3 -UseChecksum -enableRule:AppOffline,DoNotDeleteRule'
    )
    expect(parsed.verb).toBe('sync')
    expect(parsed.retryAttempts).toBe(3)
    expect(parsed.flags).toEqual(['useChecksum'])
    expect(parsed.enabledRules).toEqual(['AppOffline', 'DoNotDeleteRule'])
  })

  it.each([
    // What node/libuv does without verbatim arguments: outer quotes (azure-pipelines-tasks #3587, #18817).
    [
      '"-setParam:name=x,value=a b"',
      `Unrecognized argument '"-setParam:name=x,value=a b"'. All arguments must begin with "-".`
    ],
    ['-verb:sync Files\\IIS', `Unrecognized argument 'Files\\IIS'. All arguments must begin with "-".`],
    ['-nosuchswitch:1', "Unrecognized argument '-nosuchswitch:1'."],
    ['-whatif:true', "The argument '-whatif' does not take a value: '-whatif:true'."],
    ['-verb', "The argument '-verb' requires a value: '-verb'."],
    ['-retryAttempts:five', "The value 'five' of -retryAttempts is not a whole number."],
    ['-source:,x=1', "A provider is required in ',x=1' (provider[=path][,setting=value]...)."]
  ])('refuses %s as msdeploy would', (line, message) => {
    expect(() => parseMsDeployCommandLine(line)).toThrow(new MsDeployCommandLineError(message))
  })

  it('with { program: true } reads argv[0] too: an unquoted path with spaces breaks the line (#17634, #18811)', () => {
    const exe = 'C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe'
    expect(() => parseMsDeployCommandLine(`${exe} -verb:sync`, { program: true })).toThrow(
      `Unrecognized argument 'Files\\IIS\\Microsoft'.`
    )
    const parsed = parseMsDeployCommandLine(`${quoteMsDeployProgram(exe)} -verb:sync`, { program: true })
    expect(parsed.program).toBe(exe)
    expect(parsed.verb).toBe('sync')
  })

  it('shows why msdeploy needs its own quoting: CommandLineToArgvW-style quoting of a whole argument fails', () => {
    // This is what a runner without verbatim arguments would put on the command line.
    const arg = '-dest:iisApp="Default Web Site/App"'
    expect(() => parseMsDeployCommandLine(quoteWindowsArgument(arg))).toThrow(MsDeployCommandLineError)
    expect(parseMsDeployCommandLine(arg).dest?.path).toBe('Default Web Site/App')
  })
})

describe('quoteMsDeployValue (windows-facts §4.5)', () => {
  const input = { input: 'source' }
  it.each([
    ['C:\\build\\publish', 'C:\\build\\publish'],
    ['C:\\my publish', '"C:\\my publish"'],
    ['Default Web Site/MyApp', '"Default Web Site/MyApp"'],
    ['DOMAIN\\deploy', 'DOMAIN\\deploy'],
    ['https://web01:8172/msdeploy.axd?site=S', '"https://web01:8172/msdeploy.axd?site=S"'],
    ['a,b', '"a,b"'],
    ["it's", `"it's"`],
    ['p&|<>^%;=#', '"p&|<>^%;=#"'],
    ['Café 日本', '"Café 日本"'],
    ['', '""'],
    // A trailing backslash: bare when nothing forces quotes (no `\"` is ever written)...
    ['C:\\', 'C:\\'],
    ['p&ss\\', 'p&ss\\']
  ])('%j → %s', (value, written) => {
    expect(quoteMsDeployValue(value, input)).toBe(written)
    // ...and whatever is written reads back as the value.
    expect(parseMsDeploySettings(`k=${written}`)).toEqual([{ key: 'k', value }])
  })

  it.each([
    ['say "hi"', 'double quote'],
    ['a b\\', 'ends with a backslash'],
    ['a,b\\', 'ends with a backslash'],
    ['line\nbreak', 'control character'],
    ['tab\there', 'control character'],
    ['lone \uD800 surrogate', 'not valid Unicode']
  ])('refuses %j (%s)', (value, why) => {
    expect(msDeployValueProblem(value)).toContain(why)
    expect(() => quoteMsDeployValue(value, { input: 'source', what: 'the publish folder' })).toThrow(
      InputError
    )
    try {
      quoteMsDeployValue(value, { input: 'source', what: 'the publish folder' })
    } catch (error) {
      expect((error as InputError).input).toBe('source')
      expect((error as InputError).message).toMatch(
        /^Input 'source': the publish folder '.*' cannot be passed to msdeploy: /s
      )
    }
  })

  it('masks a refused secret in the error', () => {
    expect(() =>
      quoteMsDeployValue('pa"ss', { input: 'msdeploy-password', secret: true, what: 'the password' })
    ).toThrow(
      `Input 'msdeploy-password': the password '***' cannot be passed to msdeploy: it contains a double quote (")`
    )
  })

  it('shows control characters of a refused non-secret value visibly', () => {
    expect(() => quoteMsDeployValue('a\nb', input)).toThrow(`'a\\u000ab'`)
  })

  it.each([
    [
      'C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe',
      '"C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe"'
    ],
    ['C:\\tools\\msdeploy.exe', 'C:\\tools\\msdeploy.exe']
  ])('quotes the program %s when it has spaces', (program, written) => {
    expect(quoteMsDeployProgram(program)).toBe(written)
  })
})
