// The ports the core talks to. Adapters (GitHub Action, Azure DevOps task, CLI) implement them; the core never
// imports @actions/* or azure-pipelines-task-lib. Tests hand the core fakes of these interfaces.

import type { OutputEncoding } from './output-encoding.js'

/** What a finished process reports. */
export interface CommandResult {
  /** Exit code; on Linux (test fakes) only the low 8 bits survive, so decide from the output text first. */
  exitCode: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd?: string
  /**
   * The encoding the tool writes to a pipe (core/output-encoding: `oem`, `ansi`, `xml`, `utf8`, `utf16le`); the
   * runner decodes stdout and stderr with it. Default `utf8`. Steps pass their tool's entry of
   * TOOL_OUTPUT_ENCODINGS; the IIS_DEPLOY_TOOL_ENCODINGS environment variable overrides it per tool.
   */
  outputEncoding?: OutputEncoding
  /** Extra environment variables, merged over the current environment. */
  env?: Record<string, string>
  /**
   * Pass the arguments to the Windows command line exactly as given (no quoting by libuv). Only msdeploy needs
   * this: it parses its own raw command line, so the caller builds that line itself (see steps/sync/msdeploy).
   */
  verbatimArguments?: boolean
  /** Kill the process (and fail) after this many milliseconds. */
  timeoutMs?: number
  /** Cancels the process: it is killed and the promise rejects with a CancelledError. */
  signal?: AbortSignal
  /** Do not echo the command line and its output to the log (the caller logs what it needs). */
  silent?: boolean
  /**
   * Written (UTF-8) to the process's standard input, which is then closed. The way to hand a secret to a tool: the
   * command line of a process is readable by every user of the machine (Task Manager, WMI), its stdin is not.
   * Never logged. Undefined: stdin is not connected.
   */
  input?: string
}

/** The only place that spawns processes. Never through a shell. */
export interface CommandRunner {
  run(tool: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>
}

/** Where a message points: a file, and optionally a line and column (1-based). */
export interface SourceLocation {
  file: string
  line?: number
  column?: number
  title?: string
}

export interface LaunchOptions {
  cwd?: string
  /** Extra environment variables, merged over the current environment. */
  env?: Record<string, string>
  /**
   * The process may outlive us (`keep running`): its output goes to `logFile` instead of pipes, and it is not
   * ended when we exit.
   */
  keepAlive?: { logFile: string }
}

/** A long-running process started by a ProcessLauncher. The caller ends it. */
export interface LaunchedProcess {
  readonly pid: number | undefined
  /** Everything it printed so far (stdout and stderr, interleaved; capped). */
  output(): string
  /** Resolves with its exit code once it has exited (null when a signal ended it). Never rejects. */
  readonly exited: Promise<number | null>
  /** Set when it could not be started at all (file missing, not executable). */
  spawnError(): Error | undefined
  /** Writes to its stdin (IIS Express stops on `Q`). Ignored once it has exited. */
  write(text: string): void
  /** Ends it and every process it started; resolves once it has exited. */
  killTree(): Promise<void>
}

/**
 * Starts processes that keep running (IIS Express for a smoke test), where CommandRunner waits for the exit.
 * Never through a shell. Implementations end every process still running (and not keepAlive) when we exit.
 */
export interface ProcessLauncher {
  launch(tool: string, args: readonly string[], options?: LaunchOptions): LaunchedProcess
}

/** Logging, grouping and secret masking. Every message goes through `mask` before it is written. */
export interface Reporter {
  debug(message: string): void
  info(message: string): void
  notice(message: string, location?: SourceLocation): void
  warning(message: string, location?: SourceLocation): void
  error(message: string, location?: SourceLocation): void
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Registers a secret: from now on it (and its escaped/encoded forms) is masked everywhere. */
  registerSecret(value: string): void
  /** Replaces every registered secret (and derived forms) in `text` with `***`. */
  mask(text: string): string
}

export interface HttpRequestOptions {
  headers?: Record<string, string>
  timeoutMs?: number
  /** Accept a self-signed or otherwise untrusted TLS certificate. */
  allowUntrusted?: boolean
  signal?: AbortSignal
}

export interface HttpResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** Plain HTTP GET, used for release metadata and health checks. Never follows redirects to another scheme silently. */
export interface HttpClient {
  get(url: string, options?: HttpRequestOptions): Promise<HttpResponse>
}

/** Tool cache for downloads (implemented with @actions/tool-cache by the adapters). */
export interface ToolCache {
  /** Path of a cached file or folder for `tool`@`version`, or undefined (async: the library loads on first use). */
  find(tool: string, version: string): string | undefined | Promise<string | undefined>
  /** Downloads `url` to a temporary file whose name ends with `fileName`; returns its path. */
  download(url: string, fileName: string): Promise<string>
  /** Caches a downloaded file as `tool`@`version` under `fileName`; returns the cached folder. */
  cacheFile(sourceFile: string, fileName: string, tool: string, version: string): Promise<string>
}

/** Everything a step may use. Steps take the ports they need, not this whole bag, where that stays readable. */
export interface Ports {
  runner: CommandRunner
  reporter: Reporter
  http: HttpClient
  toolCache: ToolCache
  /** Current time in ms; injectable so waits and measured windows are testable. */
  clock: Clock
  /** Environment (for tool discovery: PATH, PATHEXT, windir, ProgramFiles...). */
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  /** Long-running processes (IIS Express); optional, only the iis-express target needs it. */
  launcher?: ProcessLauncher
}

export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}
