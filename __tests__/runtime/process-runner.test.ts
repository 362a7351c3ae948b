import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
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

  it.skipIf(process.platform === 'win32')(
    'a cancellation or timeout ends the whole tree: a grandchild holding our pipes dies too',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-tree-'))
      const pidFile = path.join(dir, 'grandchild.pid')
      // The child starts a grandchild that inherits stdout (as an installer's helper would), then waits forever.
      const script = `const { spawn } = require('node:child_process');
const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: ['ignore', 'inherit', 'inherit'] });
require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(g.pid));
setInterval(() => {}, 1000)`
      const controller = new AbortController()
      const running = new ProcessRunner().run(node, ['-e', script], { signal: controller.signal })
      while (!fs.existsSync(pidFile) || fs.readFileSync(pidFile, 'utf8') === '')
        await new Promise((resolve) => setTimeout(resolve, 20))
      controller.abort()
      await expect(running).rejects.toBeInstanceOf(CancelledError)
      const grandchild = Number(fs.readFileSync(pidFile, 'utf8'))
      const alive = (): boolean => {
        try {
          process.kill(grandchild, 0)
          return true
        } catch {
          return false
        }
      }
      // Resolving at all proves it: `close` waits for every holder of the pipes, the grandchild included.
      for (let i = 0; i < 100 && alive(); i++) await new Promise((resolve) => setTimeout(resolve, 20))
      expect(alive()).toBe(false)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  )

  it('decodes output in the code page the call names (fixed code pages from IIS_DEPLOY_CODE_PAGES)', async () => {
    const bytes = (text: string, codePage: string): string =>
      `[${[...iconv.encode(text, codePage)].join(',')}]`
    const print = (text: string, codePage: string): string[] => [
      '-e',
      `process.stdout.write(Buffer.from(${bytes(text, codePage)}))`
    ]
    const runner = new ProcessRunner()
    const env = { IIS_DEPLOY_CODE_PAGES: 'oem=850,ansi=932' }
    const oem = await runner.run(node, print('NT-AUTORITÄT', 'cp850'), { env, outputEncoding: 'oem' })
    expect(oem.stdout).toBe('NT-AUTORITÄT')
    const ansi = await runner.run(node, print('日本語', 'cp932'), { env, outputEncoding: 'ansi' })
    expect(ansi.stdout).toBe('日本語')
    // The per-tool override wins over what the step said (the tool here is node).
    const overridden = await runner.run(node, print('Bücher', 'cp850'), {
      env: { ...env, IIS_DEPLOY_TOOL_ENCODINGS: 'node=oem' },
      outputEncoding: 'ansi'
    })
    expect(overridden.stdout).toBe('Bücher')
    // Off Windows, without a setting, everything stays UTF-8.
    expect(
      (await runner.run(node, ['-e', 'process.stdout.write("Bücher")'], { outputEncoding: 'oem' })).stdout
    ).toBe('Bücher')
  })
})
