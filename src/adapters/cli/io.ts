// What a CLI command may touch: its streams and the process basics. Injected so tests run commands in-process.

import type { Ports } from '../../core/ports.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  /** Fires on SIGINT/SIGTERM. */
  signal?: AbortSignal
  /** Overrides for the ports (tests); the real ones are built by the command. */
  ports?: Partial<Ports>
}

/** Exit codes of the CLI (contract §4). */
export const EXIT_OK = 0
export const EXIT_ERRORS = 1
export const EXIT_USAGE = 2

export type CliCommand = (argv: readonly string[], io: CliIo) => Promise<number>
