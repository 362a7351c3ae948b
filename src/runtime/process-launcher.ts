// The ProcessLauncher port on node's spawn (never a shell), for processes that keep running: IIS Express during a
// smoke test. Ends the whole tree: on POSIX the child leads its own process group (signalled as a group); on
// Windows `taskkill /T /F` ends the child and its descendants. Whatever is still running when we exit is ended,
// so no orphan survives a crash of the run, except processes launched with keepAlive.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { LaunchOptions, LaunchedProcess, ProcessLauncher } from '../core/ports.js'

const MAX_OUTPUT = 256 * 1024

export interface NodeProcessLauncherOptions {
  /** After SIGTERM, wait this long before SIGKILL (POSIX). Default 3000. */
  killGraceMs?: number
}

const running = new Set<ChildProcess>()
let exitHookInstalled = false

function taskkillPath(): string {
  const windir = process.env['SystemRoot'] ?? process.env['windir'] ?? 'C:\\Windows'
  return path.win32.join(windir, 'System32', 'taskkill.exe')
}

/** Synchronous, for the exit hook: kills the child's tree right away. */
function killTreeNow(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    if (process.platform === 'win32')
      spawnSync(taskkillPath(), ['/PID', String(child.pid), '/T', '/F'], {
        windowsHide: true,
        stdio: 'ignore'
      })
    else process.kill(-child.pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const child of running) killTreeNow(child)
  })
}

export class NodeProcessLauncher implements ProcessLauncher {
  constructor(private readonly options: NodeProcessLauncherOptions = {}) {}

  launch(tool: string, args: readonly string[], options: LaunchOptions = {}): LaunchedProcess {
    const windows = process.platform === 'win32'
    const keepAlive = options.keepAlive
    let logFd: number | undefined
    if (keepAlive) {
      fs.mkdirSync(path.dirname(keepAlive.logFile), { recursive: true })
      logFd = fs.openSync(keepAlive.logFile, 'a')
    }
    const child = spawn(tool, [...args], {
      cwd: options.cwd,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      shell: false,
      windowsHide: true,
      // POSIX: its own process group, so the whole tree can be signalled. Windows: taskkill /T walks the tree.
      detached: !windows || keepAlive !== undefined,
      // keepAlive: no pipe may tie it to us (a pipe also keeps our event loop alive); it is then ended by tree kill.
      stdio: [keepAlive ? 'ignore' : 'pipe', logFd ?? 'pipe', logFd ?? 'pipe']
    })
    if (logFd !== undefined) fs.closeSync(logFd)

    let output = ''
    let spawnError: Error | undefined
    const append = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      if (output.length > MAX_OUTPUT) output = output.slice(-MAX_OUTPUT)
    }
    child.stdout?.on('data', append)
    child.stderr?.on('data', append)
    child.stdin?.on('error', () => undefined) // writing to a process that just exited

    const exited = new Promise<number | null>((resolve) => {
      child.once('error', (error) => {
        spawnError = error
        running.delete(child)
        resolve(null)
      })
      child.once('exit', (code) => {
        running.delete(child)
        resolve(code)
      })
    })

    if (keepAlive) {
      child.unref()
    } else {
      running.add(child)
      installExitHook()
    }

    const graceMs = this.options.killGraceMs ?? 3000
    const isDone = (): boolean =>
      child.exitCode !== null || child.signalCode !== null || spawnError !== undefined
    return {
      get pid() {
        return child.pid
      },
      output: () =>
        keepAlive && fs.existsSync(keepAlive.logFile) ? fs.readFileSync(keepAlive.logFile, 'utf8') : output,
      exited,
      spawnError: () => spawnError,
      write: (text) => {
        if (!isDone() && child.stdin?.writable) child.stdin.write(text)
      },
      killTree: async () => {
        if (isDone() || child.pid === undefined) {
          await exited
          return
        }
        if (windows) {
          await new Promise<void>((resolve) => {
            const killer = spawn(taskkillPath(), ['/PID', String(child.pid), '/T', '/F'], {
              windowsHide: true,
              stdio: 'ignore'
            })
            killer.once('error', () => resolve())
            killer.once('exit', () => resolve())
          })
        } else {
          try {
            process.kill(-child.pid, 'SIGTERM')
          } catch {
            // The group is gone already.
          }
          const timer = setTimeout(() => {
            try {
              if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
            } catch {
              // Gone meanwhile.
            }
          }, graceMs)
          await exited
          clearTimeout(timer)
          // Descendants that ignored SIGTERM and outlived the leader.
          try {
            process.kill(-child.pid, 'SIGKILL')
          } catch {
            // None left.
          }
        }
        await exited
      }
    }
  }
}
