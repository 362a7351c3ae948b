// Builds dist/: the action bundle (dist/index.js), the CLI bundle (dist/cli/index.js) and the Azure DevOps task
// bundle (tasks/IisDeployV1/dist/index.js, CommonJS, task-lib external), with @vercel/ncc. Then regenerates what
// is derived from action.yml: tasks/IisDeployV1/task.json and the README input/output tables.
// Deterministic: CI rebuilds and fails when anything differs from what is committed.
import { execFileSync } from 'node:child_process'
import * as prettier from 'prettier'
import fs from 'node:fs'
import path from 'node:path'
import { readActionYml, renderInputsTable, renderOutputsTable, replaceBetweenMarkers } from './action-yml.mjs'
import { renderTaskJson } from './task-json.mjs'

const root = path.resolve(import.meta.dirname, '..')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const only = process.argv.slice(2)

function bundle(entry, outDir, extra = []) {
  fs.rmSync(path.join(root, outDir), { recursive: true, force: true })
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', outDir, '--license', 'licenses.txt', '--quiet', ...extra],
    { cwd: root, stdio: 'inherit' }
  )
}

function wanted(name) {
  return only.length === 0 || only.includes(name)
}

if (wanted('action')) bundle('src/index.ts', 'dist')
if (wanted('cli')) {
  bundle('src/cli.ts', 'dist/cli')
  const cli = path.join(root, 'dist', 'cli', 'index.js')
  const text = fs.readFileSync(cli, 'utf8')
  if (!text.startsWith('#!')) fs.writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
  fs.chmodSync(cli, 0o755)
}
if (wanted('task')) {
  // Both names: with only the package name, the /task subpath is bundled and MockTestRunner's mock no longer applies.
  bundle('tasks/IisDeployV1/src/index.ts', 'tasks/IisDeployV1/dist', [
    '-e',
    'azure-pipelines-task-lib',
    '-e',
    'azure-pipelines-task-lib/task'
  ])
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
