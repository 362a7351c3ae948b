// IIS's web.config size limit (input-rules §3): the registry value when set, IIS's 250 KB otherwise, and the
// message naming the file, the size, the limit and the registry value.
import { describe, expect, it } from 'vitest'
import {
  readWebConfigLimit,
  webConfigSizeProblem,
  WEB_CONFIG_LIMIT_KEY
} from '../../../src/steps/web-config/size-limit.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'

const QUERY = `reg query ${WEB_CONFIG_LIMIT_KEY} /v MaxWebConfigFileSizeInKB /reg:64`

describe('readWebConfigLimit', () => {
  it('reads MaxWebConfigFileSizeInKB (a REG_DWORD as reg prints it)', async () => {
    const runner = new FakeRunner({
      [QUERY]: {
        stdout: `\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Configuration\r\n    MaxWebConfigFileSizeInKB    REG_DWORD    0x400\r\n\r\n`
      }
    })
    expect(await readWebConfigLimit(runner, 'reg')).toEqual({ kb: 1024, source: 'registry' })
    expect(runner.lines()).toEqual([QUERY])
  })

  it.each<[string, ConstructorParameters<typeof FakeRunner>[1]]>([
    [
      'the value is not set (reg exits 1)',
      { exitCode: 1, stderr: 'ERROR: The system was unable to find the specified registry key or value.' }
    ],
    [
      'reg prints a zero',
      { stdout: 'HKEY_LOCAL_MACHINE\\X\r\n    MaxWebConfigFileSizeInKB    REG_DWORD    0x0\r\n' }
    ],
    [
      'reg cannot start',
      () => {
        throw new Error('spawn reg ENOENT')
      }
    ]
  ])("IIS's default 250 KB when %s", async (_, answer) => {
    expect(await readWebConfigLimit(new FakeRunner({}, answer), 'reg')).toEqual({
      kb: 250,
      source: 'default'
    })
  })
})

describe('webConfigSizeProblem', () => {
  it('accepts a file at the limit exactly', () => {
    expect(webConfigSizeProblem('web.config', 250 * 1024, { kb: 250, source: 'default' })).toBeUndefined()
  })

  it('refuses one byte more, naming the file, the size, the limit and the registry value', () => {
    const problem = webConfigSizeProblem('publish/web.config', 250 * 1024 + 1, { kb: 250, source: 'default' })
    expect(problem).toContain('publish/web.config is 251 KB, over the 250 KB IIS reads')
    expect(problem).toContain(`${WEB_CONFIG_LIMIT_KEY}\\MaxWebConfigFileSizeInKB`)
    expect(problem).toMatch(/500\.19/)
    expect(problem).toMatch(/configSource/)
  })

  it('says when the limit is the one set on this server', () => {
    const problem = webConfigSizeProblem('web.config', 2048 * 1024, { kb: 1024, source: 'registry' })
    expect(problem).toMatch(
      /over the 1024 KB IIS reads \(MaxWebConfigFileSizeInKB: the registry value .* on this server\)/
    )
  })
})
