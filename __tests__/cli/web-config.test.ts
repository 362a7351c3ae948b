import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/adapters/cli/main.js'
import type { CliIo } from '../../src/adapters/cli/io.js'

// `iis-deploy web-config ...` in-process (contract §4): exit 0 success (warnings allowed), 1 errors, 2 usage;
// the document on stdout (or --out), diagnostics on stderr as `error: <file>:<line>:<col>: <message>`.
let cwd: string
beforeEach(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-web-config-'))
  fs.cpSync('samples/publish', path.join(cwd, 'publish'), { recursive: true })
})
afterEach(() => fs.rmSync(cwd, { recursive: true, force: true }))

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: {}
  }
  const code = await runCli(['web-config', ...argv], io)
  return { code, stdout, stderr }
}

const file = (name: string): string => path.join(cwd, name)
const write = (name: string, content: string | Buffer): void => fs.writeFileSync(file(name), content)
const SAMPLE = fs.readFileSync('samples/publish/web.config', 'utf8')
const GENERATED = fs.readFileSync(
  '__tests__/fixtures/web-config/transform/generate-framework-dependent/expected.config'
)

describe('web-config validate', () => {
  it('a valid file: exit 0, a summary on stdout, nothing on stderr', async () => {
    const result = await run('validate', 'publish/web.config', '--publish-dir', 'publish')
    expect(result).toEqual({ code: 0, stdout: 'publish/web.config: valid\n', stderr: '' })
  })

  it('warnings: exit 0, one `warning: file:line:col: message` line each', async () => {
    write('w.config', SAMPLE.replace('stdoutLogEnabled="false"', 'stdoutLogEnabled="true"'))
    const { code, stdout, stderr } = await run('validate', 'w.config')
    expect(code).toBe(0)
    expect(stderr).toMatch(/^warning: w\.config:8:\d+: stdoutLogEnabled="true": stdout logs .* never rotated/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stdout).toBe('w.config: valid (1 warning)\n')
  })

  it('errors: exit 1 with their positions', async () => {
    write(
      'e.config',
      SAMPLE.replace('hostingModel="inprocess"', 'hostingModel="inproc" startupTimeLimit="5000"')
    )
    const { code, stdout, stderr } = await run('validate', 'e.config')
    expect(code).toBe(1)
    const lines = stderr.trim().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(
        /^error: e\.config:8:\d+: hostingModel="inproc": the module accepts only inprocess or outofprocess/
      ),
      expect.stringMatching(/^error: e\.config:8:\d+: startupTimeLimit="5000" is outside 0–3600 seconds/)
    ])
    expect(stdout).toBe('e.config: 2 errors, 0 warnings\n')
  })

  it('--publish-dir checks the files the web.config names', async () => {
    fs.rmSync(file('publish/SampleApp.dll'))
    const { code, stderr } = await run('validate', 'publish/web.config', '--publish-dir', 'publish')
    expect(code).toBe(1)
    expect(stderr).toMatch(
      /^error: publish\/web\.config:8:\d+: arguments names \.\\SampleApp\.dll, but the publish folder has no such file/
    )
  })

  it('--json: machine-readable diagnostics on stdout, exit code as without it', async () => {
    write('j.config', SAMPLE.replace('modules="AspNetCoreModuleV2"', 'modules="AspNetCoreModule"'))
    const { code, stdout, stderr } = await run('validate', 'j.config', '--json')
    expect(code).toBe(1)
    expect(stderr).toBe('')
    const report = JSON.parse(stdout) as {
      valid: boolean
      errors: number
      warnings: number
      diagnostics: unknown[]
    }
    expect(report).toMatchObject({ file: 'j.config', valid: false, errors: 1, warnings: 1 })
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'handler-module', file: 'j.config', line: 6 }),
      expect.objectContaining({ severity: 'error', rule: 'inprocess-v1', file: 'j.config', line: 8 })
    ])
  })

  it('--sub-application: an own handler without <remove> first is a warning', async () => {
    const { code, stderr } = await run('validate', 'publish/web.config', '--sub-application')
    expect(code).toBe(0)
    expect(stderr).toMatch(/^warning: publish\/web\.config:6:9: In a sub-application this <add> collides/)
  })

  it.each<[string, (name: string) => void, RegExp]>([
    ['missing', () => undefined, /^error: bad: web\.config does not exist\. .*sensitive files/],
    ['a directory', (name) => fs.mkdirSync(file(name)), /^error: bad: This is a directory/],
    ['empty', (name) => write(name, ''), /^error: bad:1:1: The file is empty/],
    [
      'binary',
      (name) => write(name, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01])),
      /^error: bad:1:1: The file is binary/
    ],
    ['not XML', (name) => write(name, '{"json": true}'), /^error: bad:1:1: The file is not XML/],
    [
      'not well-formed',
      (name) => write(name, '<configuration>\n  <system.webServer>\n</configuration>'),
      /^error: bad:\d+:\d+: Not well-formed XML/
    ]
  ])('bad input (%s): exit 1 and a clear error', async (_name, create, message) => {
    create('bad')
    const { code, stderr } = await run('validate', 'bad')
    expect(code).toBe(1)
    expect(stderr).toMatch(message)
  })

  it.each([
    [[], /takes exactly one file, got 0/],
    [['a', 'b'], /takes exactly one file, got 2/],
    [['a', '--strict'], /Unknown option '--strict'/],
    [['publish/web.config', '--publish-dir', 'nowhere'], /--publish-dir 'nowhere' is not a folder/],
    [['publish/web.config', '--json=maybe'], /takes true or false/]
  ])('wrong usage %j: exit 2 with the usage', async (argv, message) => {
    const { code, stderr, stdout } = await run('validate', ...argv)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr).toContain('Usage:')
    expect(stdout).toBe('')
  })
})

describe('web-config (no or unknown command)', () => {
  it.each([[[]], [['frobnicate']]])('%j: exit 2', async (argv) => {
    const { code, stderr } = await run(...argv)
    expect(code).toBe(2)
    expect(stderr).toMatch(/validate, transform or sub-application/)
  })

  it('--help: exit 0 and the usage on stdout', async () => {
    const { code, stdout } = await run('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('web-config transform <file>')
  })
})

describe('web-config transform', () => {
  it('prints the transformed document on stdout and the changes on stderr', async () => {
    const { code, stdout, stderr } = await run('transform', 'publish/web.config', '--environment', 'Staging')
    expect(code).toBe(0)
    expect(stdout).toBe(
      SAMPLE.replace(
        'hostingModel="inprocess" />',
        'hostingModel="inprocess">\r\n        <environmentVariables>\r\n          <environmentVariable name="ASPNETCORE_ENVIRONMENT" value="Staging" />\r\n        </environmentVariables>\r\n      </aspNetCore>'
      )
    )
    expect(stderr).toBe(
      'info: publish/web.config: added <environmentVariables>\n' +
        'info: publish/web.config: environment variable ASPNETCORE_ENVIRONMENT added: "Staging"\n'
    )
    expect(fs.readFileSync(file('publish/web.config'), 'utf8')).toBe(SAMPLE)
  })

  it('a file that does not exist: generates what dotnet publish writes (app detected from its folder)', async () => {
    fs.rmSync(file('publish/web.config'))
    const { code, stdout } = await run('transform', 'publish/web.config')
    expect(code).toBe(0)
    expect(Buffer.from(stdout, 'utf8')).toEqual(GENERATED)
  })

  it('--out writes atomically: the exact bytes, no temporary file, nothing on stdout', async () => {
    fs.rmSync(file('publish/web.config'))
    const { code, stdout } = await run('transform', 'publish/web.config', '--out', 'publish/web.config')
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(fs.readFileSync(file('publish/web.config'))).toEqual(GENERATED)
    expect(fs.readdirSync(file('publish')).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('--out keeps a BOM, CRLF and UTF-16 as they were', async () => {
    const text = `\uFEFF${SAMPLE}`
    write('bom.config', text)
    expect((await run('transform', 'bom.config', '--app-name', 'SampleApp', '--out', 'bom.out')).code).toBe(0)
    expect(fs.readFileSync(file('bom.out'), 'utf8')).toBe(text)
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(SAMPLE.replace('encoding="utf-8"', 'encoding="utf-16"'), 'utf16le')
    ])
    write('u16.config', utf16)
    const result = await run(
      'transform',
      'u16.config',
      '--app-name',
      'SampleApp',
      '--env',
      'A=1',
      '--out',
      'u16.out'
    )
    expect(result.code).toBe(0)
    const out = fs.readFileSync(file('u16.out'))
    expect([...out.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(out.subarray(2).toString('utf16le')).toContain('<environmentVariable name="A" value="1" />\r\n')
  })

  it('--self-contained, --hosting-model and --env', async () => {
    const { code, stdout } = await run(
      'transform',
      'publish/web.config',
      '--self-contained',
      '--hosting-model',
      'OutOfProcess',
      '--env',
      'A=x=y',
      '--env',
      'B='
    )
    expect(code).toBe(0)
    expect(stdout).toContain(
      '<aspNetCore processPath=".\\SampleApp.exe" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" hostingModel="outofprocess">'
    )
    expect(stdout).toContain('<environmentVariable name="A" value="x=y" />')
    expect(stdout).toContain('<environmentVariable name="B" value="" />')
  })

  it('--like-sdk: a project file with extra arguments gets the dll again, as dotnet publish does', async () => {
    const project = SAMPLE.replace(
      'arguments=".\\SampleApp.dll"',
      'arguments=".\\SampleApp.dll --urls-from-config"'
    )
    expect(project).not.toBe(SAMPLE)
    write('project.config', project)
    const deploy = await run('transform', 'project.config', '--app-name', 'SampleApp')
    const likeSdk = await run('transform', 'project.config', '--app-name', 'SampleApp', '--like-sdk')
    expect([deploy.code, likeSdk.code]).toEqual([0, 0])
    expect(deploy.stdout).toContain('arguments=".\\SampleApp.dll --urls-from-config"')
    expect(likeSdk.stdout).toContain('arguments=".\\SampleApp.dll .\\SampleApp.dll --urls-from-config"')
  })

  it('secret values stay out of stderr and stdout when written with --out', async () => {
    const secret = 'P@ss "w0rd" & <more>'
    const { code, stdout, stderr } = await run(
      'transform',
      'publish/web.config',
      '--secret-env',
      `DB=${secret}`,
      '--out',
      'out.config'
    )
    expect(code).toBe(0)
    expect(stdout + stderr).not.toContain('P@ss')
    expect(stderr).toContain('environment variable DB added: (secret value)')
    expect(fs.readFileSync(file('out.config'), 'utf8')).toContain(
      'value="P@ss &quot;w0rd&quot; &amp; &lt;more>"'
    )
  })

  it('--secret-env-file reads NAME=value lines, the value verbatim, so no secret is on the command line', async () => {
    const secret = 'C:\\x "y" & <z>'
    write('secrets.env', `# web.config secrets\r\nDB=${secret}\r\n\r\n`)
    const { code, stdout, stderr } = await run(
      'transform',
      'publish/web.config',
      '--secret-env-file',
      'secrets.env',
      '--out',
      'out.config'
    )
    expect(code).toBe(0)
    expect(stdout + stderr).not.toContain('C:\\x')
    expect(stderr).toContain('environment variable DB added: (secret value)')
    expect(fs.readFileSync(file('out.config'), 'utf8')).toContain('value="C:\\x &quot;y&quot; &amp; &lt;z>"')
  })

  it('a diagnostic quoting a secret is masked', async () => {
    // The secret also sits in an attribute the validator quotes.
    write('s.config', SAMPLE.replace('hostingModel="inprocess"', 'hostingModel="hunter2"'))
    const { code, stderr } = await run(
      'transform',
      's.config',
      '--app-name',
      'SampleApp',
      '--secret-env',
      'X=hunter2'
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(/hostingModel="\*\*\*"/)
    expect(stderr).not.toContain('hunter2')
  })

  it('--out refuses a directory: exit 2, nothing written', async () => {
    fs.mkdirSync(file('outdir'))
    const { code, stderr } = await run('transform', 'publish/web.config', '--out', 'outdir')
    expect(code).toBe(2)
    expect(stderr).toMatch(/--out 'outdir' is a directory/)
    expect(fs.readdirSync(file('outdir'))).toEqual([])
  })

  it('input not well-formed: exit 1 with the diagnostic, --out untouched', async () => {
    write(
      'broken.config',
      '<configuration>\n  <system.webServer>\n    <aspNetCore processPath="dotnet">\n</configuration>\n'
    )
    write('target.config', 'previous content')
    const { code, stdout, stderr } = await run(
      'transform',
      'broken.config',
      '--app-name',
      'A',
      '--out',
      'target.config'
    )
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^error: broken\.config:\d+:\d+: Not well-formed XML/)
    expect(fs.readFileSync(file('target.config'), 'utf8')).toBe('previous content')
    expect(fs.readdirSync(cwd).sort()).toEqual(['broken.config', 'publish', 'target.config'])
  })

  it('a result with errors is not written', async () => {
    write('range.config', SAMPLE.replace('<aspNetCore ', '<aspNetCore shutdownTimeLimit="601" '))
    const { code, stderr } = await run(
      'transform',
      'range.config',
      '--app-name',
      'SampleApp',
      '--out',
      'range.out'
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(/^error: range\.config:8:\d+: shutdownTimeLimit="601" is outside 0–600 seconds/m)
    expect(stderr).toMatch(/nothing was written/)
    expect(fs.existsSync(file('range.out'))).toBe(false)
  })

  it.each<[string, string | Buffer]>([
    ['empty', ''],
    ['binary', Buffer.from([0x00, 0xff, 0x00])],
    ['not XML', 'just text'],
    ['wrong root', '<appSettings />']
  ])('bad input (%s): exit 1', async (_name, content) => {
    write('bad.config', content)
    const { code, stdout, stderr } = await run('transform', 'bad.config', '--app-name', 'A')
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^error: bad\.config(:\d+:\d+)?: /)
  })

  it('a directory as input: exit 1', async () => {
    const { code, stderr } = await run('transform', 'publish', '--app-name', 'A')
    expect(code).toBe(1)
    expect(stderr).toMatch(/^error: publish: This is a directory/)
  })

  it.each([
    [
      ['publish/web.config', '--hosting-model', 'sideways'],
      /--hosting-model 'sideways': use inprocess or outofprocess/
    ],
    [['publish/web.config', '--env', 'novalue'], /--env takes NAME=value, got 'novalue'/],
    [['publish/web.config', '--secret-env', '=s3cr3t'], /--secret-env takes NAME=value\./],
    [['publish/web.config', '--self-contained=perhaps'], /takes true or false/],
    [['x.config'], /No \*\.runtimeconfig\.json in .*Pass --app-name/],
    [[], /takes exactly one file/]
  ])('wrong usage %j: exit 2', async (argv, message) => {
    const { code, stderr } = await run('transform', ...argv)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr).not.toContain('s3cr3t')
  })
})

describe('web-config sub-application', () => {
  it('adds the remove before the own handler (ASP.NET Core child)', async () => {
    const { code, stdout, stderr } = await run('sub-application', 'publish/web.config')
    expect(code).toBe(0)
    expect(stdout).toContain('<remove name="aspNetCore" />\r\n        <add name="aspNetCore"')
    expect(stderr).toMatch(/^info: publish\/web\.config: handlers: added <remove name="aspNetCore" \/>/)
  })

  it('--kind other without a web.config generates one with --out', async () => {
    const { code } = await run(
      'sub-application',
      'static/web.config',
      '--kind',
      'other',
      '--out',
      'child.config'
    )
    expect(code).toBe(0)
    expect(fs.readFileSync(file('child.config'), 'utf8')).toContain(
      '<handlers>\r\n      <remove name="aspNetCore" />'
    )
  })

  it('--kind must be aspnetcore or other', async () => {
    const { code, stderr } = await run('sub-application', 'publish/web.config', '--kind', 'php')
    expect(code).toBe(2)
    expect(stderr).toMatch(/--kind 'php': use aspnetcore or other/)
  })
})
