import { describe, expect, it } from 'vitest'
import { runCli, usageOf } from '../../src/adapters/cli/main.js'
import type { CliIo } from '../../src/adapters/cli/io.js'

function io(): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    cwd: process.cwd(),
    env: {},
    stdout: (text: string) => {
      captured.out += text
    },
    stderr: (text: string) => {
      captured.err += text
    }
  }
  return captured
}

describe('iis-deploy command line (contract §4 exit codes: 0 ok, 1 errors, 2 usage)', () => {
  it.each([
    [[], 2, 'err', /Usage:/],
    [['--help'], 0, 'out', /iis-deploy hosting-bundle resolve/],
    [['--version'], 0, 'out', /^1\.2\.3\n$/],
    [['frobnicate'], 2, 'err', /unknown command 'frobnicate'/],
    [['xdt', '--help'], 0, 'out', /^Usage:\n {2}iis-deploy xdt <source> <transform> \[--out <file>\]\n$/],
    [['hosting-bundle', '-h'], 0, 'out', /hosting-bundle resolve <spec>/],
    [['xdt'], 2, 'err', /./]
  ] as const)('%j exits %i', async (argv, code, stream, text) => {
    const captured = io()
    expect(await runCli(argv, captured, '1.2.3')).toBe(code)
    expect(captured[stream]).toMatch(text)
  })

  it('extracts one command with its continuation lines', () => {
    expect(usageOf('web-config')).toContain('--secret-env NAME=value')
    expect(usageOf('web-config')).not.toContain('iis-deploy xdt')
  })
})
