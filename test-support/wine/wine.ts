// Runs a script with the real Windows node.exe under Wine, the way a Windows runner would run the action, working
// around Wine's pitfalls (docs/windows-on-linux.md): stdio goes to files (a Unix pipe makes Windows
// node die with EBADF), environment variables travel in an --env-file (Wine drops names with '-' or '.'), and
// the fake tools are PE forwarders on the Windows PATH.

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const WINE_DIR = path.resolve(import.meta.dirname, '..', '..', '.tmp', 'wine')
export const FAKES_BIN = path.resolve(import.meta.dirname, '..', 'fakes', 'bin')

/** True when test-support/wine/setup.sh has prepared everything. */
export function wineReady(): boolean {
  return (
    fs.existsSync(path.join(WINE_DIR, 'node', 'node.exe')) &&
    fs.existsSync(path.join(WINE_DIR, 'fakebin', 'appcmd.exe')) &&
    fs.existsSync(path.join(WINE_DIR, 'prefix', 'system.reg'))
  )
}

/** A Unix absolute path as Windows sees it under Wine (drive Z: is the Unix root). */
export function toWindowsPath(unixPath: string): string {
  return `Z:${path.resolve(unixPath).replace(/\//g, '\\')}`
}

export interface WineRunResult {
  exitCode: number
  stdout: string
  stderr: string
}

/**
 * Runs `script` (a Unix path) with Windows node.exe. `env` is written to an env file; PATH gets the fake tools
 * first. Resolves when the process exits (Wine's exit code is the Windows one, 32 bits).
 */
export async function runUnderWine(
  script: string,
  env: Record<string, string>,
  options: { cwd?: string; timeoutMs?: number; args?: string[] } = {}
): Promise<WineRunResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-wine-'))
  const envFile = path.join(work, 'env')
  const lines = Object.entries({
    FAKE_NODE_EXE: toWindowsPath(path.join(WINE_DIR, 'node', 'node.exe')),
    FAKE_BIN_DIR: toWindowsPath(FAKES_BIN),
    ...env
  }).map(([key, value]) => {
    if (/[\r\n]/.test(value)) {
      // Node's env-file format: double-quoted values may span lines.
      return `${key}="${value.replace(/"/g, '\\"')}"`
    }
    return `${key}=${value}`
  })
  fs.writeFileSync(envFile, `${lines.join('\n')}\n`)
  const stdoutFile = path.join(work, 'stdout')
  const stderrFile = path.join(work, 'stderr')
  const node = path.join(WINE_DIR, 'node', 'node.exe')
  // Files, not pipes: Windows node under Wine dies with EBADF on a Unix pipe.
  const out = fs.openSync(stdoutFile, 'w')
  const err = fs.openSync(stderrFile, 'w')
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn(
      'wine',
      [node, `--env-file=${toWindowsPath(envFile)}`, toWindowsPath(script), ...(options.args ?? [])],
      {
        cwd: options.cwd,
        stdio: ['ignore', out, err],
        env: {
          ...process.env,
          WINEPREFIX: path.join(WINE_DIR, 'prefix'),
          WINEDEBUG: '-all',
          WINEPATH: toWindowsPath(path.join(WINE_DIR, 'fakebin'))
        }
      }
    )
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve(code ?? 1)
    })
  })
  fs.closeSync(out)
  fs.closeSync(err)
  const read = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')
  const result = { exitCode, stdout: read(stdoutFile), stderr: read(stderrFile) }
  fs.rmSync(work, { recursive: true, force: true })
  return result
}
