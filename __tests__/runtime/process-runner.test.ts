import { describe, expect, it } from 'vitest'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import { CancelledError, TimeoutError, ToolNotFoundError } from '../../src/core/errors.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

const node = process.execPath

describe('ProcessRunner (no shell, ever)', () => {
  it('passes arguments untouched, with no shell interpretation', async () => {
    const hostile = ['a b', '"q"', '$(echo x)', '`id`', '%PATH%', '& | ; > <', 'é日本']
    const result = await new ProcessRunner().run(node, [
      '-e',
      'console.log(JSON.stringify(process.argv.slice(1)))',
      ...hostile
    ])
    expect(JSON.parse(result.stdout)).toEqual(hostile)
  })

  it('returns exit code, stdout and stderr', async () => {
    const result = await new ProcessRunner().run(node, [
      '-e',
      'process.stdout.write("o"); process.stderr.write("e"); process.exit(3)'
    ])
    expect(result).toEqual({ exitCode: 3, stdout: 'o', stderr: 'e' })
  })

  it('logs the command line and output through the reporter, masked', async () => {
    const reporter = new MemoryReporter()
    reporter.registerSecret('hunter2')
    await new ProcessRunner({ reporter }).run(node, ['-e', 'console.log("pw=hunter2")', 'hunter2'])
    expect(reporter.text()).not.toContain('hunter2')
    expect(reporter.text()).toContain('pw=***')
  })

  it('logs nothing when silent', async () => {
    const reporter = new MemoryReporter()
    await new ProcessRunner({ reporter }).run(node, ['-e', 'console.log("x")'], { silent: true })
    expect(reporter.lines).toEqual([])
  })

  it('reports a missing tool as ToolNotFoundError', async () => {
    await expect(new ProcessRunner().run('/no/such/tool', [])).rejects.toBeInstanceOf(ToolNotFoundError)
  })

  it('kills on timeout and on cancellation', async () => {
    const forever = ['-e', 'setInterval(() => {}, 1000)']
    await expect(new ProcessRunner().run(node, forever, { timeoutMs: 200 })).rejects.toBeInstanceOf(
      TimeoutError
    )
    const controller = new AbortController()
    const running = new ProcessRunner().run(node, forever, { signal: controller.signal })
    setTimeout(() => controller.abort(), 100)
    await expect(running).rejects.toBeInstanceOf(CancelledError)
  })
})
