// The workflow commands as GitHub documents them (src/adapters/github/workflow-commands.ts): one command per line,
// its message and properties escaped, outputs as `name<<delimiter` blocks in $GITHUB_OUTPUT.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  escapeData,
  escapeProperty,
  formatCommand,
  getInput,
  setFailed,
  setOutput,
  warning
} from '../../src/adapters/github/workflow-commands.js'

afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

describe('workflow commands', () => {
  it('escapes %, CR and LF in messages, and : and , in properties too', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b')
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A')
    expect(
      formatCommand('warning', { title: 'x: y', file: 'a.cs', line: 3, col: undefined }, 'two\nlines')
    ).toBe('::warning title=x%3A y,file=a.cs,line=3::two%0Alines')
    expect(formatCommand('endgroup', {}, '')).toBe('::endgroup::')
  })

  it('writes annotations with the documented property names', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    warning('careful', { file: 'web.config', startLine: 4, startColumn: 2, title: 'Input' })
    expect(write).toHaveBeenCalledWith(`::warning title=Input,file=web.config,line=4,col=2::careful${os.EOL}`)
  })

  it('reads INPUT_<NAME> (spaces as _, upper case), trimmed', () => {
    expect(getInput('health check-url', { 'INPUT_HEALTH_CHECK-URL': '  http://x/ \n' })).toBe('http://x/')
    expect(getInput('missing', {})).toBe('')
  })

  it('appends each output as a delimited block that survives newlines', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wf-')), 'output.txt')
    fs.writeFileSync(file, '')
    setOutput('plan', 'line 1\nline 2', { GITHUB_OUTPUT: file })
    setOutput('empty', undefined, { GITHUB_OUTPUT: file })
    const text = fs.readFileSync(file, 'utf8')
    const blocks = [...text.matchAll(/^(\w+)<<(ghadelimiter_[0-9a-f-]+)\r?\n([\s\S]*?)\r?\n\2\r?$/gm)].map(
      (m) => [m[1], m[3]]
    )
    expect(blocks).toEqual([
      ['plan', 'line 1\nline 2'],
      ['empty', '']
    ])
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  })

  it('setFailed sets exit code 1 and writes an error line', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    setFailed('it broke')
    expect(process.exitCode).toBe(1)
    expect(write).toHaveBeenCalledWith(`::error::it broke${os.EOL}`)
  })
})
