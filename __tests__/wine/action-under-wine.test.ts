// Level 4: dist/index.js under the real Windows node.exe (Wine), started as a Windows runner starts it, against the
// fake tools as PE executables on the Windows PATH. What a Linux run cannot show: path.win32 and drive letters,
// PATH + PATHEXT discovery of `appcmd.exe`/`robocopy.exe`, Windows argument quoting, 32-bit exit codes.
// The fake IIS state lives on the Linux side and is shared through drive Z:.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { runUnderWine, toWindowsPath, wineReady } from '../../test-support/wine/wine.js'

const repo = path.resolve(import.meta.dirname, '..', '..')
const skip = process.env.IIS_DEPLOY_SKIP_WINE === '1'

interface Folders {
  root: string
  workspace: string
  output: string
  summary: string
}

let iis: FakeIis | undefined
let folders: Folders

function makeFolders(): Folders {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wine-action-'))
  const workspace = path.join(root, 'workspace')
  fs.mkdirSync(path.join(root, 'temp'), { recursive: true })
  fs.mkdirSync(path.join(root, 'tool-cache'), { recursive: true })
  fs.cpSync(path.join(repo, 'samples', 'publish'), path.join(workspace, 'publish'), { recursive: true })
  const output = path.join(root, 'github-output.txt')
  const summary = path.join(root, 'summary.md')
  fs.writeFileSync(output, '')
  fs.writeFileSync(summary, '')
  return { root, workspace, output, summary }
}

/** The action's environment as a Windows runner sets it; every path in Windows form. */
function runnerEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: toWindowsPath(folders.workspace),
    GITHUB_OUTPUT: toWindowsPath(folders.output),
    GITHUB_STEP_SUMMARY: toWindowsPath(folders.summary),
    GITHUB_RUN_NUMBER: '3',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: toWindowsPath(path.join(folders.root, 'temp')),
    RUNNER_TOOL_CACHE: toWindowsPath(path.join(folders.root, 'tool-cache')),
    FAKE_ROBOCOPY_WAIT_SCALE: '0.01'
  }
  if (iis) env.FAKE_IIS_STATE = toWindowsPath(iis.stateDir)
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

function outputs(): Record<string, string> {
  const text = fs.readFileSync(folders.output, 'utf8')
  const result: Record<string, string> = {}
  // GITHUB_OUTPUT uses `name<<delimiter` blocks.
  const block = /^([\w-]+)<<(\S+)\r?\n([\s\S]*?)\r?\n\2\r?$/gm
  for (const match of text.matchAll(block)) result[match[1] as string] = match[3] as string
  return result
}

describe.skipIf(skip)('dist/index.js under Windows node.exe (Wine) with the fake tools as .exe', () => {
  beforeAll(() => {
    if (!wineReady())
      execFileSync('bash', [path.join(repo, 'test-support', 'wine', 'setup.sh')], { stdio: 'inherit' })
  }, 600_000)

  afterEach(async () => {
    await iis?.dispose()
    iis = undefined
    fs.rmSync(folders.root, { recursive: true, force: true })
  })

  it('plans a deploy (dry-run): discovers appcmd.exe and robocopy.exe through PATHEXT, reads IIS, changes nothing', async () => {
    folders = makeFolders()
    iis = await createFakeIis({ defaultSite: false })
    const sitePath = path.join(folders.root, 'sites', 'Shop')
    fs.mkdirSync(sitePath, { recursive: true })
    iis.addPool('Shop', { state: 'Stopped' })
    await iis.addSite({ name: 'Shop', pool: 'Shop', physicalPath: sitePath, state: 'Stopped' })
    const withoutLog = (state: ReturnType<FakeIis['readState']>): string =>
      JSON.stringify({ ...state, log: [] })
    const stateBefore = withoutLog(iis.readState())

    const result = await runUnderWine(
      path.join(repo, 'dist', 'index.js'),
      runnerEnv({
        site: 'Shop',
        source: 'publish',
        'dry-run': 'true',
        'web-config': 'transform',
        environment: 'Staging'
      })
    )

    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    const plan = JSON.parse(outputs().plan ?? '{}') as {
      tools?: Record<string, string>
      commands?: unknown[]
    }
    // Tools were found as Windows executables on the Windows PATH (PATHEXT), not as bare names.
    expect(plan.tools?.appcmd).toMatch(/^Z:\\.*\\appcmd\.exe$/i)
    expect(plan.tools?.icacls).toMatch(/^Z:\\.*\\icacls\.exe$/i)
    // The staged copy of the publish folder is under RUNNER_TEMP, a Windows path, and robocopy runs with /L.
    expect(JSON.stringify(plan.commands)).toMatch(/robocopy Z:\\\\.*\\\\app .* \/L /)
    expect(fs.readdirSync(sitePath)).toEqual([])
    expect(withoutLog(iis.readState())).toBe(stateBefore)
    // Only reads reached the tools: appcmd list, icacls without /grant, robocopy /L.
    for (const command of iis.readState().log) {
      expect(command).toMatch(/^(appcmd list |icacls (?!.*\/grant)|robocopy .* \/L )/)
    }
  })

  it('syncs with robocopy.exe into a Windows path and reports the counts as outputs', async () => {
    folders = makeFolders()
    const target = path.join(folders.root, 'sites', 'Static Site')
    fs.mkdirSync(target, { recursive: true })

    const result = await runUnderWine(
      path.join(repo, 'dist', 'index.js'),
      runnerEnv({
        source: 'publish',
        steps: 'web-config,sync',
        method: 'robocopy',
        'physical-path': toWindowsPath(target),
        'take-offline': 'none',
        environment: 'Production'
      })
    )

    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(fs.readFileSync(path.join(target, 'SampleApp.dll'), 'utf8')).toContain('FAKEAPP')
    const webConfig = fs.readFileSync(path.join(target, 'web.config'), 'utf8')
    expect(webConfig).toContain('ASPNETCORE_ENVIRONMENT')
    expect(webConfig).toContain('\r\n')
    expect(outputs()['files-added']).toBe('7')
    // The publish folder itself is never modified: the transform works on a staged copy.
    expect(fs.readFileSync(path.join(folders.workspace, 'publish', 'web.config'), 'utf8')).not.toContain(
      'ASPNETCORE_ENVIRONMENT'
    )
  })

  it('plans a 2,600-file redeploy with checksum on worker threads (Windows paths, eval workers, shared memory)', async () => {
    // More than 2,000 source files: with two cores the plan walks the target on a worker thread beside the main
    // thread and compares content on both (target-walk.ts, same-content.ts), here with drive-letter paths and `\`.
    folders = makeFolders()
    const target = path.join(folders.root, 'sites', 'Large Site')
    fs.mkdirSync(target, { recursive: true })
    const publish = path.join(folders.workspace, 'publish')
    const name = (i: number): string => path.join('wwwroot', `lib${i % 9}`, `part${i % 4}`, `file${i}.js`)
    for (let i = 0; i < 2600; i++) {
      fs.mkdirSync(path.dirname(path.join(publish, name(i))), { recursive: true })
      fs.writeFileSync(path.join(publish, name(i)), `// file ${i}\n`)
    }
    const inputs = {
      source: 'publish',
      steps: 'sync',
      method: 'robocopy',
      'physical-path': toWindowsPath(target),
      'take-offline': 'none',
      'delete-extra': 'true',
      checksum: 'true'
    }
    const first = await runUnderWine(path.join(repo, 'dist', 'index.js'), runnerEnv(inputs))
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)

    // Other bytes, same size and time, in two files; one file gone from the publish folder.
    for (const i of [7, 2599]) {
      const file = path.join(publish, name(i))
      const stat = fs.statSync(file)
      fs.writeFileSync(file, `// FILE ${i}\n`)
      fs.utimesSync(file, stat.atime, stat.mtime)
    }
    fs.rmSync(path.join(publish, name(100)))
    fs.writeFileSync(folders.output, '')
    const second = await runUnderWine(path.join(repo, 'dist', 'index.js'), {
      ...runnerEnv(inputs),
      GITHUB_RUN_NUMBER: '4'
    })
    expect(second.exitCode, second.stdout + second.stderr).toBe(0)
    expect(outputs()['files-updated']).toBe('2')
    expect(outputs()['files-deleted']).toBe('1')
    expect(outputs()['files-added']).toBe('0')
    expect(fs.readFileSync(path.join(target, name(2599)), 'utf8')).toBe('// FILE 2599\n')
    expect(fs.existsSync(path.join(target, name(100)))).toBe(false)
  }, 600_000)

  it('reads a 16-bit appcmd exit code in full (Windows does not truncate it to 8 bits as Linux does)', async () => {
    folders = makeFolders()
    iis = await createFakeIis({ defaultSite: false })
    const sitePath = path.join(folders.root, 'sites', 'Shop')
    fs.mkdirSync(sitePath, { recursive: true })
    iis.addPool('Shop', { state: 'Started' })
    await iis.addSite({ name: 'Shop', pool: 'Shop', physicalPath: sitePath, state: 'Stopped' })
    // An error line without an hresult: the code can only come from the exit code, which Windows keeps whole.
    iis.addFault({
      match: 'stop apppool',
      output: 'ERROR ( message:The object identifier does not represent a valid object. )',
      exitCode: 4312
    })

    const result = await runUnderWine(
      path.join(repo, 'dist', 'index.js'),
      runnerEnv({
        site: 'Shop',
        source: 'publish',
        steps: 'offline,sync,online',
        'take-offline': 'stop-pool'
      })
    )

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(/::error::[^\n]*4312/)
    expect(fs.existsSync(path.join(sitePath, 'SampleApp.dll'))).toBe(false)
  })

  it('deploys to a site and pool with non-ASCII names end to end, twice: argv reaches the tools as Unicode, output is decoded from the code pages', async () => {
    // en-US fake tools write as Windows does (appcmd in ANSI 1252, icacls/netsh/reg in OEM 437), and the product
    // learns those code pages from Wine's own reg.exe (HKLM\...\Nls\CodePage: OEMCP 437, ACP 1252): no override.
    folders = makeFolders()
    iis = await createFakeIis({ defaultSite: false })
    const sitePath = path.join(folders.root, 'sites', 'Bücher-Site')
    const port = await iis.freePort()
    const inputs = {
      site: 'Bücher-Site',
      'app-pool': 'Bücher-Pool',
      create: 'true',
      source: 'publish',
      'physical-path': toWindowsPath(sitePath),
      bindings: `http/*:${port}:`,
      'take-offline': 'none'
    }
    const env = (): Record<string, string> => ({ ...runnerEnv(inputs), FAKE_IIS_LOCALE: 'en-US' })

    const first = await runUnderWine(path.join(repo, 'dist', 'index.js'), env())
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    // The names arrived whole in the tools' argv (Windows node.exe → CreateProcessW → the fake's process.argv).
    const state = iis.readState()
    expect(state.pools.map((p) => p.name)).toEqual(['Bücher-Pool'])
    expect(state.sites.map((s) => s.name)).toEqual(['Bücher-Site'])
    const vdir = state.vdirs.find((v) => v.site === 'Bücher-Site' && v.app === '/')
    expect(vdir?.physicalPath).toBe(toWindowsPath(sitePath))
    expect(state.log.some((c) => c.startsWith('appcmd add apppool') && c.includes('Bücher-Pool'))).toBe(true)
    // robocopy copied into the non-ASCII folder; web.config was written there.
    expect(fs.readFileSync(path.join(sitePath, 'SampleApp.dll'), 'utf8')).toContain('FAKEAPP')

    // Second run: the pool and site are read back through appcmd's ANSI output and found, not created again.
    const second = await runUnderWine(path.join(repo, 'dist', 'index.js'), {
      ...env(),
      GITHUB_RUN_NUMBER: '4'
    })
    expect(second.exitCode, second.stdout + second.stderr).toBe(0)
    const after = iis.readState()
    expect(after.pools.map((p) => p.name)).toEqual(['Bücher-Pool'])
    expect(after.log.filter((c) => /^appcmd add (apppool|site)/.test(c))).toHaveLength(2)
    // Text output decoded in the right code page: no mojibake (`BÃ¼cher`: UTF-8 read as 1252), and the ACL that the
    // first run granted is recognized in icacls' OEM listing, so nothing is granted again.
    expect(second.stdout).not.toMatch(/B\u00c3\u00bccher|B\?cher/)
    expect(second.stdout).not.toMatch(/icacls \S+ \/grant/)
  }, 600_000)
})
