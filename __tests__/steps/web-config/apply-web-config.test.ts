import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import { applyWebConfig } from '../../../src/steps/web-config/apply-web-config.js'
import { WebConfigError } from '../../../src/steps/web-config/diagnostics.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

// Scenarios of the deploy's web.config step on a copy of samples/publish (framework-dependent SampleApp).
let dir: string
let reporter: MemoryReporter
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apply-web-config-'))
  fs.cpSync('samples/publish', dir, { recursive: true })
  reporter = new MemoryReporter()
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const webConfig = (): string => path.join(dir, 'web.config')
const read = (): string => fs.readFileSync(webConfig(), 'utf8')

describe('validate mode', () => {
  it('passes the sample and reports what the next steps need', async () => {
    const before = read()
    const result = await applyWebConfig(dir, { mode: 'validate' }, reporter)
    expect(result).toMatchObject({
      written: false,
      generated: false,
      hostingModel: 'inprocess',
      diagnostics: []
    })
    expect(result.stdoutLog).toEqual({
      enabled: false,
      prefix: '.\\logs\\stdout',
      directory: 'logs',
      relative: true
    })
    expect(read()).toBe(before)
  })

  it('a missing web.config stops the deploy (sensitive files would be served)', async () => {
    fs.rmSync(webConfig())
    await expect(applyWebConfig(dir, { mode: 'validate' }, reporter)).rejects.toThrow(WebConfigError)
    expect(reporter.errors.join('\n')).toMatch(/may serve sensitive files/)
  })

  it('errors go to the reporter with their location, then stop the deploy', async () => {
    fs.writeFileSync(webConfig(), read().replace('SampleApp.dll', 'Renamed.dll'))
    const error = await applyWebConfig(dir, { mode: 'validate' }, reporter).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WebConfigError)
    expect(error).toBeInstanceOf(InputError)
    const line = reporter.lines.find((l) => l.level === 'error')
    expect(line?.location).toMatchObject({ file: webConfig(), line: 8, title: 'arguments-file' })
    expect(line?.message).toMatch(/^error: .*web\.config:8:\d+: arguments names \.\\Renamed\.dll/)
  })

  it('warnings do not stop the deploy', async () => {
    fs.writeFileSync(webConfig(), read().replace('stdoutLogEnabled="false"', 'stdoutLogEnabled="true"'))
    const result = await applyWebConfig(dir, { mode: 'validate' }, reporter)
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['stdout-log-enabled'])
    expect(result.stdoutLog?.enabled).toBe(true)
    expect(reporter.warnings).toHaveLength(1)
  })
})

describe('transform mode', () => {
  it('writes environment variables, masks secrets in the log, keeps everything else', async () => {
    const before = read()
    const result = await applyWebConfig(
      dir,
      {
        mode: 'transform',
        environment: 'Production',
        environmentVariables: [
          { name: 'FEATURE_X', value: 'on' },
          { name: 'DB_PASSWORD', value: 'pa"ss&word', secret: true }
        ]
      },
      reporter
    )
    expect(result.written).toBe(true)
    const after = read()
    expect(after).toContain('<environmentVariable name="DB_PASSWORD" value="pa&quot;ss&amp;word" />')
    expect(after.startsWith(before.slice(0, before.indexOf('hostingModel="inprocess"')))).toBe(true)
    expect(after.endsWith(before.slice(before.indexOf('    </system.webServer>')))).toBe(true)
    expect(reporter.text()).not.toContain('pa"ss&word')
    expect(reporter.text()).not.toContain('pa&quot;ss&amp;word')
    expect(reporter.messages('info')).toContain(
      'web.config: environment variable DB_PASSWORD added: (secret value)'
    )
  })

  it('generates a missing web.config from the folder (app name and framework-dependent detected)', async () => {
    fs.rmSync(webConfig())
    const result = await applyWebConfig(dir, { mode: 'transform' }, reporter)
    expect(result).toMatchObject({ generated: true, written: true, hostingModel: 'inprocess' })
    expect(fs.readFileSync(webConfig())).toEqual(
      fs.readFileSync('__tests__/fixtures/web-config/transform/generate-framework-dependent/expected.config')
    )
  })

  it('does not rewrite a file that is already right', async () => {
    const stat = fs.statSync(webConfig())
    const result = await applyWebConfig(dir, { mode: 'transform' }, reporter)
    expect(result).toMatchObject({ written: false, changes: [] })
    expect(fs.statSync(webConfig()).mtimeMs).toBe(stat.mtimeMs)
  })

  it('a dry run reports the changes and writes nothing', async () => {
    const before = read()
    const result = await applyWebConfig(
      dir,
      { mode: 'transform', environment: 'Staging', dryRun: true },
      reporter
    )
    expect(result.written).toBe(false)
    expect(result.changes).toContain('environment variable ASPNETCORE_ENVIRONMENT added: "Staging"')
    expect(read()).toBe(before)
  })

  it('errors in the result leave the file untouched', async () => {
    fs.rmSync(path.join(dir, 'SampleApp.runtimeconfig.json'))
    fs.writeFileSync(webConfig(), read().replace('<aspNetCore ', '<aspNetCore startupTimeLimit="9999" '))
    const before = read()
    await expect(
      applyWebConfig(dir, { mode: 'transform', appName: 'SampleApp', selfContained: false }, reporter)
    ).rejects.toThrow(/startupTimeLimit="9999" is outside 0–3600/)
    expect(read()).toBe(before)
  })

  it('a sub-application gets the remove before its own handler', async () => {
    const result = await applyWebConfig(dir, { mode: 'transform', subApplication: true }, reporter)
    expect(result.written).toBe(true)
    expect(read()).toMatch(/<remove name="aspNetCore" \/>\r\n\s+<add name="aspNetCore"/)
    expect(result.diagnostics).toEqual([])
  })

  it('an unreadable web.config is reported with its position, and left alone', async () => {
    fs.writeFileSync(webConfig(), '<configuration>\n  <system.webServer>\n</configuration>\n')
    await expect(applyWebConfig(dir, { mode: 'transform' }, reporter)).rejects.toThrow(WebConfigError)
    expect(reporter.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        location: expect.objectContaining({ file: webConfig(), line: 3 })
      })
    ])
    expect(read()).toBe('<configuration>\n  <system.webServer>\n</configuration>\n')
  })

  it('a generated sub-application web.config says it was generated', async () => {
    fs.rmSync(webConfig())
    const result = await applyWebConfig(dir, { mode: 'transform', subApplication: true }, reporter)
    expect(result.generated).toBe(true)
    expect(read()).toContain('<remove name="aspNetCore" />\r\n        <add name="aspNetCore"')
  })

  it('keeps a UTF-16 file UTF-16', async () => {
    const text = read().replace('encoding="utf-8"', 'encoding="utf-16"')
    fs.writeFileSync(webConfig(), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    await applyWebConfig(dir, { mode: 'transform', environment: 'Production' }, reporter)
    const bytes = fs.readFileSync(webConfig())
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(bytes.subarray(2).toString('utf16le')).toContain('value="Production"')
  })
})

describe('skip mode', () => {
  it('touches nothing but still reports the hosting model', async () => {
    const result = await applyWebConfig(dir, { mode: 'skip' }, reporter)
    expect(result).toMatchObject({ written: false, hostingModel: 'inprocess' })
    expect(reporter.lines).toEqual([])
  })
})
