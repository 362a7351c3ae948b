// The CommandRunner used by every adapter: node's spawn, never a shell. On Windows, `verbatimArguments` hands the
// arguments to CreateProcess untouched (msdeploy parses its own command line, so its builder quotes for it).

import { spawn } from 'node:child_process'
import { CancelledError, TimeoutError, ToolNotFoundError } from '../core/errors.js'
import type { CommandResult, CommandRunner, Reporter, RunOptions } from '../core/ports.js'
import { formatCommandLine, quoteWindowsArgument } from '../core/command-line.js'

export interface ProcessRunnerOptions {
  /** Where command lines and (unless silent) output go; everything is masked by the reporter. */
  reporter?: Reporter
}

export class ProcessRunner implements CommandRunner {
  constructor(private readonly options: ProcessRunnerOptions = {}) {}

  run(tool: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const reporter = this.options.reporter
    if (!options.silent)
      reporter?.info(`[command]${formatCommandLine(tool, args, options.verbatimArguments)}`)
    return new Promise<CommandResult>((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(new CancelledError(`Cancelled before starting ${tool}.`))
        return
      }
      const child = spawn(tool, [...args], {
        cwd: options.cwd,
        env: options.env ? { ...process.env, ...options.env } : process.env,
        shell: false,
        windowsHide: true,
        windowsVerbatimArguments: options.verbatimArguments ?? false,
        // Verbatim means libuv leaves argv[0] unquoted too, and msdeploy parses its whole command line: a path with
        // spaces would split into `Files\IIS\...` arguments (windows-facts §4.5). Quote it, as @actions/exec does.
        ...(options.verbatimArguments && process.platform === 'win32'
          ? { argv0: quoteWindowsArgument(tool) }
          : {}),
        stdio: ['ignore', 'pipe', 'pipe']
      })
      const stdout: Buffer[] = []
      const stderr: Buffer[] = []
      let settled = false
      let timedOut = false
      let cancelled = false
      const finish = (fn: () => void): void => {
        if (settled) return
        settled = true
        if (timer) clearTimeout(timer)
        options.signal?.removeEventListener('abort', onAbort)
        fn()
      }
      const onAbort = (): void => {
        cancelled = true
        child.kill('SIGTERM')
      }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, options.timeoutMs)
        : undefined

      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
      child.on('error', (error: NodeJS.ErrnoException) => {
        finish(() =>
          reject(
            error.code === 'ENOENT'
              ? new ToolNotFoundError(tool, `Could not start '${tool}': the file was not found.`)
              : error
          )
        )
      })
      child.on('close', (code, signal) => {
        finish(() => {
          const result: CommandResult = {
            exitCode: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8')
          }
          if (!options.silent && reporter) {
            if (result.stdout.trim()) reporter.info(result.stdout.trimEnd())
            if (result.stderr.trim()) reporter.info(result.stderr.trimEnd())
          }
          if (cancelled) reject(new CancelledError(`'${tool}' was cancelled.`))
          else if (timedOut)
            reject(
              new TimeoutError(`'${tool}' did not finish within ${options.timeoutMs} ms and was killed.`)
            )
          else resolve(result)
        })
      })
    })
  }
}
