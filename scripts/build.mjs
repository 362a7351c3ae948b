// Builds dist/: the action bundle (dist/index.js) and the CLI bundle (dist/cli/index.js), with @vercel/ncc.
// Deterministic: CI rebuilds and fails when dist/ differs from what is committed.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

function bundle(entry, outDir, extra = []) {
  fs.rmSync(path.join(root, outDir), { recursive: true, force: true })
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', outDir, '--license', 'licenses.txt', '--quiet', ...extra],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
}

bundle('src/index.ts', 'dist')
bundle('src/cli.ts', 'dist/cli')
const cli = path.join(root, 'dist', 'cli', 'index.js')
const text = fs.readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) fs.writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
fs.chmodSync(cli, 0o755)
for (const file of ['dist/index.js', 'dist/cli/index.js']) {
  if (fs.readFileSync(path.join(root, file), 'utf8').includes('webpackMissingModule')) {
    throw new Error(`${file} has a webpackMissingModule stub: a dependency did not bundle.`)
  }
}
