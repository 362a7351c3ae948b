// The Azure DevOps extension that `npm run package:ado` writes: its task.json is the repository's, its task runs
// (dist/index.js and the external task-lib are inside), and its version is package.json's. Builds the .vsix when
// it is missing or stale (.ci/run runs package:ado as a check before the tests).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

const root = path.resolve(import.meta.dirname, '..', '..')
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
  .version
const vsix = path.join(root, '.tmp', 'vsix', `iis-deploy-${version}.vsix`)

/** Every file of the .vsix (a zip), by name. */
async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file)
  const files = new Map<string, Buffer>()
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue
    const chunks: Buffer[] = []
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    files.set(entry.fileName, Buffer.concat(chunks))
  }
  zip.close()
  return files
}

let files: Map<string, Buffer>
beforeAll(async () => {
  // Rebuilt when missing or older than what it packs (a stale .vsix from an earlier build would fail for nothing).
  const packed = ['task.json', 'dist/index.js'].map((f) => path.join(root, 'tasks', 'IisDeployV1', f))
  const stale = !fs.existsSync(vsix) || packed.some((f) => fs.statSync(f).mtimeMs > fs.statSync(vsix).mtimeMs)
  if (stale) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'package-ado.mjs')], {
      cwd: root,
      stdio: 'pipe'
    })
  }
  files = await readZip(vsix)
}, 300_000)

describe(`the Azure DevOps extension (.tmp/vsix/iis-deploy-${version}.vsix)`, () => {
  it('holds tasks/IisDeployV1/task.json exactly as in the repository', () => {
    const packed = files.get('tasks/IisDeployV1/task.json')
    expect(packed, 'task.json is missing from the .vsix').toBeDefined()
    expect(JSON.parse(String(packed))).toEqual(
      JSON.parse(fs.readFileSync(path.join(root, 'tasks', 'IisDeployV1', 'task.json'), 'utf8'))
    )
  })

  it('holds the task bundle and the task-lib it requires at run time', () => {
    expect(
      files
        .get('tasks/IisDeployV1/dist/index.js')
        ?.equals(fs.readFileSync(path.join(root, 'tasks', 'IisDeployV1', 'dist', 'index.js')))
    ).toBe(true)
    expect(files.has('tasks/IisDeployV1/node_modules/azure-pipelines-task-lib/task.js')).toBe(true)
  })

  it("has package.json's version and contributes the task", () => {
    const manifest = String(files.get('extension.vsixmanifest'))
    expect(manifest).toMatch(new RegExp(`<Identity [^>]*Version="${version.replace(/\./g, '\\.')}"`))
    expect(String(files.get('extension.vsomanifest'))).toContain('tasks/IisDeployV1')
  })
})
