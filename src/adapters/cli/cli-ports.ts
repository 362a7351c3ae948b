// The ports every CLI command that touches a server gets: the Node implementations, the tool cache, the command's
// environment and cancellation, and the test overrides of CliIo.

import type { Reporter } from '../../core/ports.js'
import { createNodePorts } from '../../runtime/node-ports.js'
import { createToolCache } from '../shared/tool-cache.js'
import type { CliIo } from './io.js'

export function cliPorts(io: CliIo, reporter: Reporter): ReturnType<typeof createNodePorts> {
  return createNodePorts({
    reporter,
    toolCache: createToolCache(),
    env: io.env,
    signal: io.signal,
    overrides: io.ports
  })
}
