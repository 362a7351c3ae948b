// Level 4: the built bundles under the real Windows node.exe (Wine). Catches win32-only behaviour that Linux runs
// never exercise: path.win32, drive letters, PATH/PATHEXT resolution, Windows exit codes above 255.
// Set IIS_DEPLOY_SKIP_WINE=1 to skip locally; CI always runs it.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runUnderWine, toWindowsPath, wineReady } from '../../test-support/wine/wine.js'

const root = path.resolve(import.meta.dirname, '..', '..')
const skip = process.env.IIS_DEPLOY_SKIP_WINE === '1'

describe.skipIf(skip)('the CLI bundle under Windows node.exe (Wine)', () => {
  beforeAll(() => {
    if (!wineReady())
      execFileSync('bash', [path.join(root, 'test-support', 'wine', 'setup.sh')], { stdio: 'inherit' })
    expect(fs.existsSync(path.join(root, 'dist', 'cli', 'index.js'))).toBe(true)
  }, 600_000)

  it('runs on win32 and prints its version', async () => {
    const result = await runUnderWine(path.join(root, 'dist', 'cli', 'index.js'), {}, { args: ['--version'] })
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    expect(result.exitCode).toBe(0)
  })

  it('exits 2 on wrong usage, as the contract says', async () => {
    const result = await runUnderWine(
      path.join(root, 'dist', 'cli', 'index.js'),
      {},
      { args: ['no-such-command'] }
    )
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(/unknown command 'no-such-command'/)
  })

  it('maps Unix paths to drive Z: for the Windows side', () => {
    expect(toWindowsPath('/tmp/a b')).toBe('Z:\\tmp\\a b')
  })
})
