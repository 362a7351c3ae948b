// `npm run demo`: the README's first command. Deploys samples/publish with the built CLI bundle
// (dist/cli/index.js) into a local fake IIS (test-support/fakes: appcmd, robocopy, icacls... keeping an IIS state
// on disk and serving HTTP), health-checks it, then redeploys a changed version. `npm run demo -- --dry-run`
// prints the plan only. Works on Linux, macOS and Windows: nothing here touches a real IIS.
// `npm run demo -- --real` (needs the .NET SDK): publishes samples/SampleApp for real, 1.0.0 and 2.0.0, serves the
// real app behind the fake IIS, then deploys a 3.0.0 whose start-up throws and watches the rollback.

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createFakeIis, freePort } from '../test-support/fake-iis.js'
import { sdkVersion } from './dotnet-sdk.mjs'
import { publishSample } from './sample-app.mjs'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist', 'cli', 'index.js')
const dryRun = process.argv.includes('--dry-run')
const real = process.argv.includes('--real')

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'deploy', ...args], { stdio: 'inherit', env })
    child.on('close', (code) => resolve(code ?? 1))
  })
}

async function main(): Promise<number> {
  if (!fs.existsSync(cli)) {
    console.error('dist/cli/index.js is missing: run `npm run build` first.')
    return 1
  }
  const iis = await createFakeIis({ defaultSite: false })
  // Inside the repository: the source must be inside the workspace (contract: `source` is relative to it).
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true })
  const work = fs.mkdtempSync(path.join(root, '.tmp', 'demo-'))
  try {
    const port = await freePort()
    const sitePath = path.join(work, 'sites', 'Demo')
    const env = { ...process.env, ...iis.env, GITHUB_WORKSPACE: root }
    const common = [
      '--site',
      'Demo',
      '--app-pool',
      'Demo',
      '--physical-path',
      sitePath,
      '--create',
      'true',
      '--bindings',
      `http/*:${port}:`,
      '--environment',
      'Demo',
      '--health-check-url',
      `http://127.0.0.1:${port}/health`,
      '--health-check-timeout',
      '20'
    ]
    if (real && !sdkVersion()) {
      console.error('--real needs the .NET SDK (`dotnet` on PATH).')
      return 1
    }
    const v1 = real ? path.join(work, 'publish-v1') : path.join(root, 'samples', 'publish')
    const v2 = path.join(work, 'publish-v2')
    if (real) {
      console.log('\n=== 0. dotnet publish samples/SampleApp as 1.0.0 and 2.0.0 ===\n')
      const artifactsPath = path.join(work, 'artifacts')
      publishSample({ outDir: v1, artifactsPath, version: '1.0.0' })
      publishSample({ outDir: v2, artifactsPath, version: '2.0.0', noRestore: true })
    }
    console.log(
      `\n=== 1. First deploy of ${path.relative(root, v1)} into a fresh fake IIS (site Demo on port ${port}) ===\n`
    )
    const first = await runCli(
      ['--source', path.relative(root, v1), ...common, ...(dryRun ? ['--dry-run', 'true'] : [])],
      env
    )
    if (first !== 0 || dryRun) return first

    if (!real) {
      // Version 2: a new "assembly", so the deploy must take the app offline around the locked files.
      fs.cpSync(path.join(root, 'samples', 'publish'), v2, { recursive: true, preserveTimestamps: true })
      fs.writeFileSync(
        path.join(v2, 'SampleApp.dll'),
        'FAKEAPP {"name":"SampleApp","version":"2.0.0","health":200,"body":"Healthy"}\n'
      )
    }
    console.log(
      '\n=== 2. Redeploy version 2.0.0: offline, wait for the worker to exit, sync, start, health ===\n'
    )
    const second = await runCli(['--source', path.relative(root, v2), ...common], env)
    if (second !== 0) return second
    const answer = await fetch(`http://127.0.0.1:${port}/version`).then((r) => r.text())
    console.log(`\nThe site now answers /version with: ${answer.trim()}`)
    if (!real) return 0

    // Version 3: the same app configured to throw at start-up (Sample:FailOnStart): a real 500.30.
    const v3 = path.join(work, 'publish-v3')
    fs.cpSync(v2, v3, { recursive: true })
    const settings = path.join(v3, 'appsettings.json')
    const json = JSON.parse(fs.readFileSync(settings, 'utf8')) as Record<string, unknown>
    fs.writeFileSync(settings, JSON.stringify({ ...json, Sample: { FailOnStart: true } }, null, 2))
    console.log('\n=== 3. Deploy a version whose start-up throws: the health check fails, rollback ===\n')
    const third = await runCli(['--source', path.relative(root, v3), ...common], env)
    const after = await fetch(`http://127.0.0.1:${port}/version`).then((r) => r.text())
    console.log(`\nThe deploy exited with ${third}; the site answers /version with: ${after.trim()}`)
    return third !== 0 && after.trim() === '2.0.0' ? 0 : 1
  } finally {
    await iis.dispose()
    fs.rmSync(work, { recursive: true, force: true })
  }
}

process.exitCode = await main()
