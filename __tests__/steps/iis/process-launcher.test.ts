import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NodeProcessLauncher } from '../../../src/runtime/process-launcher.js'
import type { LaunchedProcess } from '../../../src/core/ports.js'

const launched: LaunchedProcess[] = []
afterEach(async () => {
  await Promise.all(launched.splice(0).map((p) => p.killTree()))
})

function launch(script: string, options?: Parameters<NodeProcessLauncher['launch']>[2], graceMs = 200) {
  const child = new NodeProcessLauncher({ killGraceMs: graceMs }).launch(
    process.execPath,
    ['-e', script],
    options
  )
  launched.push(child)
  return child
}

/** Alive and not a zombie (containers whose PID 1 does not reap keep zombies around). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3))
  } catch {
    return true
  }
}

describe('NodeProcessLauncher', () => {
  it('captures output, takes stdin, and reports the exit code', async () => {
    const child = launch(
      `process.stdout.write('ready\\n'); process.stdin.on('data', d => { if (String(d).includes('Q')) { console.log('bye'); process.exit(3) } })`
    )
    await vi.waitFor(() => expect(child.output()).toContain('ready'))
    child.write('Q\n')
    expect(await child.exited).toBe(3)
    expect(child.output()).toContain('bye')
    child.write('ignored after exit')
  })

  it('killTree ends a process that ignores SIGTERM, and the child it started', async () => {
    const child = launch(
      `const { spawn } = require('node:child_process');
       process.on('SIGTERM', () => {});
       const grandchild = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
       console.log('grandchild ' + grandchild.pid);
       setInterval(() => {}, 1000)`
    )
    await vi.waitFor(() => expect(child.output()).toMatch(/grandchild \d+/))
    const grandchild = Number(/grandchild (\d+)/.exec(child.output())?.[1])
    expect(isAlive(grandchild)).toBe(true)
    await child.killTree()
    expect(child.pid !== undefined && isAlive(child.pid)).toBe(false)
    await vi.waitFor(() => expect(isAlive(grandchild)).toBe(false))
  })

  it('reports a file that cannot be started', async () => {
    const child = new NodeProcessLauncher().launch(path.join(os.tmpdir(), 'no-such-tool-here'), [])
    expect(await child.exited).toBeNull()
    expect((child.spawnError() as NodeJS.ErrnoException).code).toBe('ENOENT')
    await child.killTree() // harmless
  })

  it('keepAlive: output goes to the log file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-'))
    try {
      const logFile = path.join(dir, 'out.log')
      const child = launch(`console.log('kept'); setInterval(() => {}, 1000)`, { keepAlive: { logFile } })
      await vi.waitFor(() => expect(child.output()).toContain('kept'))
      expect(fs.readFileSync(logFile, 'utf8')).toContain('kept')
      await child.killTree()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
