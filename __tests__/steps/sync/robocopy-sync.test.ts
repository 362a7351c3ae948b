import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ToolError } from '../../../src/core/errors.js'
import type { Clock, CommandResult } from '../../../src/core/ports.js'
import { syncWithRobocopy, type SyncWithRobocopyOptions } from '../../../src/steps/sync/robocopy.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'
import { LOCKED_OUTPUT, SYNC_OUTPUT } from './robocopy-fixtures.js'

const ROBOCOPY = 'C:\\Windows\\System32\\robocopy.exe'
const OPTIONS: SyncWithRobocopyOptions = {
  source: 'C:\\build\\publish',
  target: 'C:\\inetpub\\MyApp',
  deleteExtra: true,
  preserve: []
}

function setup(answers: Array<Partial<CommandResult>>) {
  const queue = [...answers]
  const runner = new FakeRunner({}, () => (queue.length > 1 ? queue.shift() : queue[0]) ?? {})
  const reporter = new MemoryReporter()
  const sleeps: number[] = []
  const clock: Clock = {
    now: () => 0,
    sleep: async (ms) => {
      sleeps.push(ms)
    }
  }
  const tools = { resolve: async () => ROBOCOPY }
  return { ports: { runner, reporter, clock, tools }, runner, reporter, sleeps }
}

describe('syncWithRobocopy', () => {
  it('runs the resolved robocopy with the built arguments and reports the counts', async () => {
    const { ports, runner, reporter } = setup([{ exitCode: 3, stdout: SYNC_OUTPUT }])
    const result = await syncWithRobocopy(ports, OPTIONS)
    expect(runner.calls).toHaveLength(1)
    expect(runner.calls[0]?.tool).toBe(ROBOCOPY)
    expect(runner.calls[0]?.args.slice(0, 4)).toEqual([
      'C:\\build\\publish',
      'C:\\inetpub\\MyApp',
      '/E',
      '/PURGE'
    ])
    expect(runner.calls[0]?.options.silent).toBe(true)
    expect(result).toMatchObject({
      method: 'robocopy',
      filesAdded: 1,
      filesUpdated: 2,
      filesDeleted: 1,
      bytesCopied: 156772,
      exitCode: 3,
      dryRun: false,
      attempts: 1
    })
    expect(result.summary).toBe(
      'robocopy copied 3 file(s) (1 new, 2 updated, 156772 bytes), deleted 1; exit code 3: files copied; extra files or folders in the target (deleted with /PURGE)'
    )
    expect(reporter.messages('info')[0]).toMatch(
      /^\[command\]C:\\Windows\\System32\\robocopy.exe C:\\build\\publish/
    )
    expect(reporter.messages('info')).toContain(result.summary)
  })

  it('dry run passes /L and says what would happen', async () => {
    const { ports, runner } = setup([{ exitCode: 3, stdout: SYNC_OUTPUT }])
    const result = await syncWithRobocopy(ports, { ...OPTIONS, dryRun: true })
    expect(runner.calls[0]?.args).toContain('/L')
    expect(result.dryRun).toBe(true)
    expect(result.summary).toMatch(/^robocopy would copy 3 file\(s\).*would delete 1/)
  })

  it('retries a locked file (ERROR 32) after a wait, then succeeds', async () => {
    const { ports, runner, reporter, sleeps } = setup([
      { exitCode: 8, stdout: LOCKED_OUTPUT },
      { exitCode: 1, stdout: SYNC_OUTPUT }
    ])
    const result = await syncWithRobocopy(ports, { ...OPTIONS, lockRetryDelayMs: 2500 })
    expect(runner.calls).toHaveLength(2)
    expect(sleeps).toEqual([2500])
    expect(result.attempts).toBe(2)
    expect(reporter.warnings).toEqual([
      'robocopy: 1 file(s) are locked by another process (ERROR 32, sharing violation): MyApp.dll. Waiting 3 s, then running robocopy again (retry 1 of 2).'
    ])
  })

  it('fails like Windows after the bounded retries, naming the locked files and the fix', async () => {
    const { ports, runner, sleeps } = setup([{ exitCode: 8, stdout: LOCKED_OUTPUT }])
    const error = await syncWithRobocopy(ports, { ...OPTIONS, lockRetries: 2, lockRetryDelayMs: 10 }).catch(
      (e: unknown) => e
    )
    expect(runner.calls).toHaveLength(3)
    expect(sleeps).toEqual([10, 10])
    expect(error).toBeInstanceOf(ToolError)
    const toolError = error as ToolError
    expect(toolError.tool).toBe('robocopy')
    expect(toolError.exitCode).toBe(8)
    expect(toolError.message).toContain(
      'robocopy could not replace 1 file(s) because another process holds them (ERROR 32, sharing violation), after 3 run(s) with /R:3 each: MyApp.dll.'
    )
    expect(toolError.fix).toMatch(/take-offline.*strategy: releases/)
  })

  it('does not retry other failures (access denied) and names the error and its fix', async () => {
    const output = [
      '2024/03/04 09:12:55 ERROR 5 (0x00000005) Copying File C:\\build\\publish\\MyApp.dll',
      'Access is denied.',
      '',
      '               Total    Copied   Skipped  Mismatch    FAILED    Extras',
      '    Dirs :         1         0         1         0         0         0',
      '   Files :         1         0         0         0         1         0',
      '   Bytes :        10         0         0         0        10         0'
    ].join('\r\n')
    const { ports, runner } = setup([{ exitCode: 8, stdout: output }])
    const error = (await syncWithRobocopy(ports, OPTIONS).catch((e: unknown) => e)) as ToolError
    expect(runner.calls).toHaveLength(1)
    expect(error).toBeInstanceOf(ToolError)
    expect(error.message).toContain(
      'robocopy failed with exit code 8 (some files or folders could not be copied'
    )
    expect(error.message).toContain('ERROR 5 Copying File C:\\build\\publish\\MyApp.dll: Access is denied.')
    expect(error.fix).toMatch(/modify rights/)
  })

  it('decides from the output first: FAILED items fail the sync even when the exit code says success', async () => {
    const output = SYNC_OUTPUT.replace(
      '   Files :       212         3       209         0         0         1',
      '   Files :       212         3       208         0         1         1'
    )
    const { ports } = setup([{ exitCode: 1, stdout: output }])
    await expect(syncWithRobocopy(ports, OPTIONS)).rejects.toThrow(/1 item\(s\) FAILED/)
  })

  it('reports a usage error (exit 16) with robocopy own words', async () => {
    const { ports } = setup([{ exitCode: 16, stdout: 'ERROR : Invalid Parameter #9 : "/BOGUS"' }])
    await expect(syncWithRobocopy(ports, OPTIONS)).rejects.toThrow(
      /exit code 16 \(fatal error.*\n.*Invalid Parameter #9/
    )
  })

  it('makes relative folders absolute, so the /XD full paths name what robocopy resolves', async () => {
    const { ports, runner } = setup([{ exitCode: 0, stdout: SYNC_OUTPUT }])
    await syncWithRobocopy(ports, { source: 'publish', target: 'C:\\sites\\app', preserve: ['logs'] })
    const args = runner.calls[0]?.args ?? []
    expect(args[0]).toBe(path.resolve('publish'))
    expect(args).toContain(path.join(path.resolve('publish'), 'logs'))
    expect(args[1]).toBe('C:\\sites\\app')
  })

  it('validates the options before resolving or running anything', async () => {
    const { ports, runner } = setup([{ exitCode: 0 }])
    await expect(syncWithRobocopy(ports, { ...OPTIONS, exclude: ['a/*/b'] })).rejects.toThrow(
      /Input 'exclude'/
    )
    expect(runner.calls).toHaveLength(0)
  })
})
