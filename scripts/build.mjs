// Builds dist/: the action bundle (dist/index.js), the CLI bundle (dist/cli/index.js) and the Azure DevOps task
// bundle (tasks/IisDeployV1/dist/index.js, CommonJS, task-lib external), with @vercel/ncc. Then regenerates what
// is derived from action.yml: tasks/IisDeployV1/task.json and the README input/output tables.
// Deterministic: CI rebuilds and fails when anything differs from what is committed.
import { execFileSync } from 'node:child_process'
import * as prettier from 'prettier'
import fs from 'node:fs'
import path from 'node:path'
import { readActionYml, renderInputsTable, renderOutputsTable, replaceBetweenMarkers } from './action-yml.mjs'
import { asciiBundle } from './ascii-bundle.mjs'
import { eagerFactories } from './eager-factories.mjs'
import { renderTaskJson } from './task-json.mjs'

const root = path.resolve(import.meta.dirname, '..')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const only = process.argv.slice(2)

// Every bundle is built into a scratch folder first and moved into place only when all succeeded: a failed build
// leaves the committed dist/ as it was.
const scratch = fs.mkdtempSync(path.join(root, '.build-'))
const built = []

async function bundle(entry, outDir, extra = [], { ascii = false } = {}) {
  const out = path.join(scratch, String(built.length))
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', ...extra],
    { cwd: root, stdio: 'inherit' }
  )
  // The ESM bundles Node loads on every action or CLI start: pure ASCII, read without a UTF-16 decode, and module
  // factories V8 compiles once, eagerly (scripts/eager-factories.mjs).
  if (ascii) {
    await asciiBundle(out)
    eagerFactories(out)
  }
  built.push({ out, outDir })
}

function wanted(name) {
  return only.length === 0 || only.includes(name)
}

try {
  if (wanted('action')) await bundle('src/index.ts', 'dist', [], { ascii: true })
  if (wanted('cli')) await bundle('src/cli.ts', 'dist/cli', [], { ascii: true })
  if (wanted('task')) {
    // Transpiled only: the task's CommonJS files are emitted as CommonJS (type checking is `npm run typecheck`'s).
    // Both names: with only the package name, the /task subpath is bundled and MockTestRunner's mock no longer applies.
    await bundle('tasks/IisDeployV1/src/index.ts', 'tasks/IisDeployV1/dist', [
      '--transpile-only',
      '-e',
      'azure-pipelines-task-lib',
      '-e',
      'azure-pipelines-task-lib/task'
    ])
  }
  for (const { out, outDir } of built) {
    const target = path.join(root, outDir)
    // dist/cli lives inside dist: keep it when only the action is rebuilt.
    const keepCli = outDir === 'dist' && !wanted('cli') && fs.existsSync(path.join(target, 'cli'))
    if (keepCli) fs.renameSync(path.join(target, 'cli'), path.join(out, 'cli'))
    fs.rmSync(target, { recursive: true, force: true })
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.renameSync(out, target)
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true })
}
if (wanted('cli')) {
  const cli = path.join(root, 'dist', 'cli', 'index.js')
  const text = fs.readFileSync(cli, 'utf8')
  if (!text.startsWith('#!')) fs.writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
  fs.chmodSync(cli, 0o755)
}
for (const file of ['dist/index.js', 'dist/cli/index.js', 'tasks/IisDeployV1/dist/index.js']) {
  const full = path.join(root, file)
  if (fs.existsSync(full) && fs.readFileSync(full, 'utf8').includes('webpackMissingModule')) {
    throw new Error(`${file} has a webpackMissingModule stub: a dependency did not bundle.`)
  }
}

// Generated from action.yml.
const action = readActionYml(path.join(root, 'action.yml'))
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version
const taskJson = path.join(root, 'tasks', 'IisDeployV1', 'task.json')
// Formatted as `prettier --check` expects, so a rebuild leaves the file unchanged.
const prettierConfig = (await prettier.resolveConfig(taskJson)) ?? {}
fs.writeFileSync(
  taskJson,
  await prettier.format(renderTaskJson(action, version), { ...prettierConfig, parser: 'json' })
)
const readmePath = path.join(root, 'README.md')
if (fs.existsSync(readmePath)) {
  let readme = fs.readFileSync(readmePath, 'utf8')
  const withInputs = replaceBetweenMarkers(readme, 'inputs', renderInputsTable(action))
  const withOutputs = withInputs && replaceBetweenMarkers(withInputs, 'outputs', renderOutputsTable(action))
  if (withOutputs) {
    if (withOutputs !== readme) fs.writeFileSync(readmePath, withOutputs)
  } else {
    console.warn(
      'README.md has no <!-- inputs:start/end --> and <!-- outputs:start/end --> markers: tables not generated.'
    )
  }
}
