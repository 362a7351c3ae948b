#!/usr/bin/env node
// Entry of the `iis-deploy` CLI (package.json bin; bundled to dist/cli/index.js).

import { runCli } from './adapters/cli/main.js'
import { VERSION } from './version.js'

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => controller.abort())
}

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    signal: controller.signal
  },
  VERSION
)
process.exitCode = code
