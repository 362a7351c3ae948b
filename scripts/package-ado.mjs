// `npm run package:ado`: builds the Azure DevOps extension (.vsix) with tfx-cli into .tmp/vsix/. The extension
// version is package.json's; the task's is in tasks/IisDeployV1/task.json, which `npm run build` generates from
// package.json (Major 1, Minor and Patch of the package). The task's runtime dependency (azure-pipelines-task-lib,
// kept out of the ncc bundle so the agent's mocks and updates apply) is installed into a staged copy of the task,
// because the agent runs the task from the extension's files only.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version
const task = path.join(root, 'tasks', 'IisDeployV1')
const taskJson = JSON.parse(fs.readFileSync(path.join(task, 'task.json'), 'utf8'))
const [, minor, patch] = version.split('.').map(Number)
const taskVersion = taskJson.version
if (taskVersion.Major !== 1 || taskVersion.Minor !== minor || taskVersion.Patch !== patch) {
  throw new Error(
    `tasks/IisDeployV1/task.json has version ${taskVersion.Major}.${taskVersion.Minor}.${taskVersion.Patch}, but package.json ${version} gives 1.${minor}.${patch}: run 'npm run build' first.`
  )
}
if (!fs.existsSync(path.join(task, 'dist', 'index.js'))) {
  throw new Error("tasks/IisDeployV1/dist/index.js is missing: run 'npm run build' first.")
}

const staging = path.join(root, '.tmp', 'ado-package')
fs.rmSync(staging, { recursive: true, force: true })
const stagedTask = path.join(staging, 'tasks', 'IisDeployV1')
fs.mkdirSync(stagedTask, { recursive: true })
for (const file of ['vss-extension.json', 'README.md'])
  fs.copyFileSync(path.join(root, file), path.join(staging, file))
for (const entry of ['task.json', 'package.json', 'dist']) {
  fs.cpSync(path.join(task, entry), path.join(stagedTask, entry), { recursive: true })
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
execFileSync(npm, ['install', '--omit=dev', '--no-package-lock', '--no-audit', '--no-fund', '--silent'], {
  cwd: stagedTask,
  stdio: 'inherit',
  shell: process.platform === 'win32' // npm.cmd needs a shell on Windows; the arguments are fixed
})

const outDir = path.join(root, '.tmp', 'vsix')
fs.mkdirSync(outDir, { recursive: true })
const output = path.join(outDir, `iis-deploy-${version}.vsix`)
fs.rmSync(output, { force: true })
const tfx = path.join(root, 'node_modules', 'tfx-cli', '_build', 'tfx-cli.js')
execFileSync(
  process.execPath,
  [
    tfx,
    'extension',
    'create',
    '--root',
    staging,
    '--manifests',
    'vss-extension.json',
    '--override',
    JSON.stringify({ version }),
    '--output-path',
    output,
    '--no-prompt'
  ],
  { cwd: staging, stdio: 'inherit' }
)
console.log(`Wrote ${path.relative(root, output)} (extension ${version}, task 1.${minor}.${patch}).`)
