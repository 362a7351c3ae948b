// The ports every adapter hands the pipeline on a real machine. Only the reporter and the tool cache differ per
// adapter (GitHub annotations, task-lib logging commands, the console; @actions/tool-cache or the agent's folders).

import type { Ports, Reporter, ToolCache } from '../core/ports.js'
import { systemClock } from './clock.js'
import { NodeHttpClient } from './http-client.js'
import { NodeProcessLauncher } from './process-launcher.js'
import { ProcessRunner } from './process-runner.js'

export interface NodePortsOptions {
  reporter: Reporter
  toolCache: ToolCache
  env: Readonly<Record<string, string | undefined>>
  signal?: AbortSignal
  /** Replacements for single ports (tests). */
  overrides?: Partial<Ports>
}

export function createNodePorts(options: NodePortsOptions): Ports & { signal?: AbortSignal } {
  return {
    runner: new ProcessRunner({ reporter: options.reporter }),
    reporter: options.reporter,
    http: new NodeHttpClient(),
    toolCache: options.toolCache,
    clock: systemClock,
    env: options.env,
    platform: process.platform,
    launcher: new NodeProcessLauncher(),
    ...options.overrides,
    signal: options.signal
  }
}
