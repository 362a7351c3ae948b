// The CommandRunner used by every adapter: node's spawn, never a shell. On Windows, `verbatimArguments` hands the
// arguments to CreateProcess untouched (msdeploy parses its own command line, so its builder quotes for it).
// Output is decoded in the code page the tool writes (RunOptions.outputEncoding, docs/windows-locale.md): the
// system's OEM and ANSI code pages are read once per runner from the registry with reg.exe (no shell).
// A timeout or a cancellation ends the whole process tree, not just the direct child: an installer's or DISM's own
// children would otherwise keep running (and keep our pipes open). Windows: `taskkill /PID n /T /F`; elsewhere the
// child leads its own process group, which is signalled as a whole.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { CancelledError, TimeoutError, ToolNotFoundError } from '../core/errors.js'
import type { CommandResult, CommandRunner, Reporter, RunOptions } from '../core/ports.js'
import { formatCommandLine, quoteWindowsArgument } from '../core/command-line.js'
import {
  CODE_PAGES_VARIABLE,
  TOOL_ENCODINGS_VARIABLE,
  decodeOutput,
  loadDecoders,
  mayNeedDecoders,
  parseFixedCodePages,
  parseRegCodePage,
  parseToolEncodings,
  toolKey,
  type CodePages,
  type OutputEncoding
} from '../core/output-encoding.js'

/** Where the system code pages live (values OEMCP and ACP, REG_SZ). */
export const CODE_PAGE_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage'

export interface ProcessRunnerOptions {
  /** Where command lines and (unless silent) output go; everything is masked by the reporter. */
  reporter?: Reporter
  /**
   * The OEM and ANSI code pages, or where to find them: `registry` (reg query, default on Windows) or `utf8`
   * (treat both as UTF-8, default elsewhere). The IIS_DEPLOY_CODE_PAGES environment variable of a call (`registry`,
   * `utf8`, `oem=850,ansi=1252`) wins, so a fake Windows can say which code pages it uses.
   */
  codePages?: CodePages | 'registry' | 'utf8'
  /** reg.exe for the registry lookup. Default %SystemRoot%\System32\reg.exe on Windows, `reg` on PATH elsewhere. */
  regPath?: string
}

function taskkillPath(): string {
  const windir = process.env['SystemRoot'] ?? process.env['windir'] ?? 'C:\\Windows'
  return path.win32.join(windir, 'System32', 'taskkill.exe')
}

/** Children that lead their own process group (POSIX), ended with us if we exit while they run. */
const runningGroups = new Set<number>()
let exitHookInstalled = false
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const pid of runningGroups) {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // Gone already.
      }
    }
  })
}

/** Ends the child and everything it started. */
function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  if (process.platform === 'win32') {
    // Before the parent dies, so that /T still finds its children through their parent id.
    spawnSync(taskkillPath(), ['/PID', String(child.pid), '/T', '/F'], { windowsHide: true, stdio: 'ignore' })
    child.kill(signal)
    return
  }
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

interface RawResult {
  exitCode: number
  stdout: Buffer
  stderr: Buffer
}

export class ProcessRunner implements CommandRunner {
  private codePagesLookup: Promise<CodePages | undefined> | undefined
  constructor(private readonly options: ProcessRunnerOptions = {}) {}

  async run(tool: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const reporter = this.options.reporter
    if (!options.silent)
      reporter?.info(`[command]${formatCommandLine(tool, args, options.verbatimArguments)}`)
    const raw = await this.spawnRaw(tool, args, options)
    const encoding = this.encodingFor(tool, options)
    const codePages =
      encoding === 'utf8' || encoding === 'utf16le' ? undefined : await this.codePages(options)
    if (mayNeedDecoders(encoding, codePages)) await loadDecoders()
    const result: CommandResult = {
      exitCode: raw.exitCode,
      stdout: decodeOutput(raw.stdout, encoding, codePages),
      stderr: decodeOutput(raw.stderr, encoding, codePages)
    }
    if (!options.silent && reporter) {
      if (result.stdout.trim()) reporter.info(result.stdout.trimEnd())
      if (result.stderr.trim()) reporter.info(result.stderr.trimEnd())
    }
    return result
  }

  /** The step's encoding for this tool, unless IIS_DEPLOY_TOOL_ENCODINGS names the tool. */
  private encodingFor(tool: string, options: RunOptions): OutputEncoding {
    const overrides = parseToolEncodings(this.environment(options)[TOOL_ENCODINGS_VARIABLE])
    return overrides[toolKey(tool)] ?? options.outputEncoding ?? 'utf8'
  }

  private environment(options: RunOptions): Record<string, string | undefined> {
    return options.env ? { ...process.env, ...options.env } : process.env
  }

  /** The system code pages: fixed, from the registry (once per runner), or unknown (UTF-8). */
  private codePages(options: RunOptions): Promise<CodePages | undefined> {
    const setting = this.environment(options)[CODE_PAGES_VARIABLE]?.trim() || this.options.codePages
    if (typeof setting === 'object') return Promise.resolve(setting)
    const fixed = parseFixedCodePages(setting)
    if (fixed) return Promise.resolve(fixed)
    const source = setting ?? (process.platform === 'win32' ? 'registry' : 'utf8')
    if (source !== 'registry') return Promise.resolve(undefined)
    this.codePagesLookup ??= this.readCodePages(options)
    return this.codePagesLookup
  }

  private async readCodePages(options: RunOptions): Promise<CodePages | undefined> {
    const windir = process.env['SystemRoot'] ?? process.env['windir'] ?? 'C:\\Windows'
    const reg =
      this.options.regPath ??
      (process.platform === 'win32' ? path.win32.join(windir, 'System32', 'reg.exe') : 'reg')
    try {
      const raw = await this.spawnRaw(reg, ['query', CODE_PAGE_KEY], { env: options.env })
      // Only ASCII matters here (value names, REG_SZ, digits): latin1 keeps every byte as it is.
      const text = raw.stdout.toString('latin1')
      const oem = parseRegCodePage(text, 'OEMCP')
      const ansi = parseRegCodePage(text, 'ACP')
      if (raw.exitCode === 0 && oem !== undefined && ansi !== undefined) {
        this.options.reporter?.debug(`System code pages: OEM ${oem}, ANSI ${ansi} (from ${CODE_PAGE_KEY}).`)
        return { oem, ansi }
      }
      this.options.reporter?.warning(
        `Could not read the code pages from ${CODE_PAGE_KEY} (reg exit code ${raw.exitCode}): tool output is read as UTF-8, so non-ASCII names may not match. Set ${CODE_PAGES_VARIABLE}=oem=<n>,ansi=<n> (see \`chcp\`) to fix.`
      )
    } catch (error) {
      this.options.reporter?.warning(
        `Could not run ${reg} to read the code pages (${(error as Error).message}): tool output is read as UTF-8. Set ${CODE_PAGES_VARIABLE}=oem=<n>,ansi=<n> to fix.`
      )
    }
    return undefined
  }

  private spawnRaw(tool: string, args: readonly string[], options: RunOptions): Promise<RawResult> {
    return new Promise<RawResult>((resolve, reject) => {
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
        // POSIX: a process group of its own, so a timeout can end the whole tree (Windows: taskkill /T).
        detached: process.platform !== 'win32',
        // Standard input only when there is something to send (a secret travels there, never in argv).
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
      })
      if (options.input !== undefined && child.stdin) {
        // A child that exits without reading closes the pipe: EPIPE is its answer, not ours to throw.
        child.stdin.on('error', () => {})
        child.stdin.end(options.input, 'utf8')
      }
      const group = process.platform !== 'win32' ? child.pid : undefined
      if (group !== undefined) {
        runningGroups.add(group)
        installExitHook()
      }
      const stdout: Buffer[] = []
      const stderr: Buffer[] = []
      let settled = false
      let timedOut = false
      let cancelled = false
      const finish = (fn: () => void): void => {
        if (settled) return
        settled = true
        if (timer) clearTimeout(timer)
        if (group !== undefined) runningGroups.delete(group)
        options.signal?.removeEventListener('abort', onAbort)
        fn()
      }
      const onAbort = (): void => {
        cancelled = true
        killTree(child, 'SIGTERM')
      }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true
            killTree(child, 'SIGKILL')
          }, options.timeoutMs)
        : undefined

      child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
      child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
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
          const result: RawResult = {
            exitCode: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(stdout),
            stderr: Buffer.concat(stderr)
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
