// dist/index.js at the edges of the file system (issue 10, docs/links-and-verification.md): a symbolic link in the
// site folder is never written, backed up or rolled back through; a copy that did not land is a failed sync that
// rolls back; pruning removes only the release folders this tool created; a link loop in the publish folder is
// refused before anything changes. Real symlinks on Linux stand for junctions (docs/windows-on-linux.md).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeAppSpec, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runnerFolders, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-edges-links-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

function env(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01', ...overrides }
}

function publish(app: FakeAppSpec = {}, files: Record<string, string> = {}): string {
  const dir = path.join(folders.workspace, 'publish')
  fs.rmSync(dir, { recursive: true, force: true })
  iis.publishApp({ name: 'SampleApp', ...app }, dir)
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true })
    fs.writeFileSync(path.join(dir, relative), content)
  }
  return dir
}

async function version(url: string): Promise<string> {
  let last = ''
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`${url}/version`, { signal: AbortSignal.timeout(5000) })
      last = await response.text()
      if (response.status === 200) return last
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return last
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-3000)}`
}

/** The commands the fake tools ran that change something (robocopy, appcmd other than list). */
function mutatingCommands(): string[] {
  return iis.readState().log.filter((line) => /^robocopy |^appcmd (?!list)/.test(line))
}

// Whole deploys with real processes: generous bounds for a loaded 2-core machine (no timing is asserted).
describe('dist/index.js at the edges: links, verified copies, pruning', { timeout: 240_000 }, () => {
  it('a symlink in the site folder is never written, backed up or rolled back through', async () => {
    // Arrange: the live site has `linked` pointing at a folder outside it; the publish folder has linked/precious.txt.
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const outside = path.join(root, 'outside')
    fs.mkdirSync(outside)
    fs.writeFileSync(path.join(outside, 'precious.txt'), 'outside the site')
    fs.symlinkSync(outside, path.join(site.physicalPath, 'linked'), 'dir')
    const inputs = { site: site.name, 'health-check-url': `${site.url}/health`, 'health-check-timeout': '10' }

    // Act 1: a healthy deploy.
    publish({ version: '2.0.0' }, { 'linked/precious.txt': 'from the publish folder' })
    const first = await runAction(inputs, folders, env())

    // Assert 1: deployed, the outside file untouched, the hidden source file named with the fix.
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(await version(site.url)).toContain('2.0.0')
    expect(fs.readFileSync(path.join(outside, 'precious.txt'), 'utf8')).toBe('outside the site')
    expect(first.stdout).toMatch(/::warning::1 file\(s\) of the publish folder were not deployed .*\(linked\): linked\/precious\.txt\. Exclude them \(exclude: linked\/\*\*\)/)
    expect(mutatingCommands().find((c) => c.startsWith('robocopy'))).toContain(path.join(site.physicalPath, 'linked'))

    // Act 2: a version that fails its health check is rolled back.
    publish({ version: '3.0.0', health: 500, body: 'broken' }, { 'linked/precious.txt': 'from the publish folder' })
    const second = await runAction(inputs, folders, env({ GITHUB_RUN_NUMBER: '8' }))

    // Assert 2: rolled back; the link and the file behind it are as they were.
    expect(second.exitCode, describeRun(second)).toBe(1)
    expect(second.outputs['rolled-back']).toBe('true')
    expect(await version(site.url)).toContain('2.0.0')
    expect(fs.lstatSync(path.join(site.physicalPath, 'linked')).isSymbolicLink()).toBe(true)
    expect(fs.readdirSync(outside)).toEqual(['precious.txt'])
    expect(fs.readFileSync(path.join(outside, 'precious.txt'), 'utf8')).toBe('outside the site')
  })

  it('a file that robocopy reports copied but that never landed fails the sync, which is rolled back', async () => {
    // Arrange: the disk loses the write of one new file while robocopy reports success.
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0' }, { 'wwwroot/new.js': 'console.log("new")' })

    // Act
    const run = await runAction(
      { site: site.name, 'health-check-url': `${site.url}/health`, 'health-check-timeout': '10' },
      folders,
      env({ FAKE_ROBOCOPY_LOSE_FILES: 'wwwroot/new.js' })
    )

    // Assert: exit 1, the file named, the previous version back and online.
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stdout).toMatch(/::error::.*robocopy reported success \(exit code \d+\), but 1 file\(s\) in .* do not match the publish folder \(size and modification time\): wwwroot\/new\.js \(missing\)/)
    expect(run.outputs['rolled-back']).toBe('true')
    expect(await version(site.url)).toContain('1.0.0')
    expect(fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')).toContain('"1.0.0"')
    expect(fs.existsSync(path.join(site.physicalPath, 'wwwroot', 'new.js'))).toBe(false)
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
  })

  it('with checksum: true the check compares content, and a truncated copy fails the sync', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0' })
    const run = await runAction(
      { site: site.name, checksum: 'true' },
      folders,
      env({ FAKE_ROBOCOPY_TRUNCATE_FILES: 'SampleApp.dll' })
    )
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stdout).toMatch(/do not match the publish folder \(content, byte for byte\): SampleApp\.dll \(differs\)/)
    expect(run.outputs['rolled-back']).toBe('true')
    expect(fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')).toContain('"1.0.0"')
  })

  it('release pruning removes only release folders this tool created, and says which it kept', async () => {
    // Arrange: folders under releases/ that are not ours, older than any release.
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const releases = path.join(site.physicalPath, 'releases')
    for (const [name, file] of [
      ['zz-other-app-1', 'index.html'],
      ['backups-2025', 'db.bak']
    ] as const) {
      fs.mkdirSync(path.join(releases, name), { recursive: true })
      fs.writeFileSync(path.join(releases, name, file), 'not ours')
      const old = new Date('2025-01-01T00:00:00Z')
      fs.utimesSync(path.join(releases, name), old, old)
    }
    const inputs = { site: site.name, strategy: 'releases', 'keep-releases': '2' }

    // Act: three releases with keep-releases 2.
    const runs: ProductRun[] = []
    for (const [n, v] of [
      ['30', '3.0.0'],
      ['31', '3.1.0'],
      ['32', '3.2.0']
    ]) {
      publish({ version: v })
      runs.push(await runAction(inputs, folders, env({ GITHUB_RUN_NUMBER: n })))
    }

    // Assert: the oldest release removed, the foreign folders kept and named.
    for (const run of runs) expect(run.exitCode, describeRun(run)).toBe(0)
    expect(fs.readdirSync(releases).filter((n) => !n.startsWith('.')).sort()).toEqual([
      '31-1',
      '32-1',
      'backups-2025',
      'zz-other-app-1'
    ])
    expect(fs.readFileSync(path.join(releases, 'zz-other-app-1', 'index.html'), 'utf8')).toBe('not ours')
    expect(fs.existsSync(path.join(releases, '32-1', '.iis-deploy-release'))).toBe(true)
    expect(runs[2]?.stdout).toMatch(/Removed old releases: .*30-1/)
    expect(runs[2]?.stdout).toMatch(/Kept .*backups-2025.*zz-other-app-1|Kept .*zz-other-app-1.*backups-2025/)
    expect(await version(site.url)).toContain('3.2.0')
  })

  it('a symlink loop in the publish folder is refused before anything changes, naming the link', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const dir = publish({ version: '2.0.0' })
    fs.mkdirSync(path.join(dir, 'wwwroot', 'deep'), { recursive: true })
    fs.symlinkSync('../..', path.join(dir, 'wwwroot', 'deep', 'up'), 'dir')
    const before = mutatingCommands()

    const run = await runAction({ site: site.name }, folders, env())

    expect([1, 2], describeRun(run)).toContain(run.exitCode)
    expect(run.stdout).toMatch(/::error::.*the link 'wwwroot\/deep\/up' points to .*publish, a folder that contains it: following it would loop for ever/)
    expect(mutatingCommands()).toEqual(before)
    expect(fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')).toContain('"1.0.0"')
  })
})

describe('dist/index.js plans a large site with worker threads (more than 2,000 files, two cores or more)', () => {
  // The worker runs functions of the bundle inserted as source text (paired-walk.ts, same-content.ts): this is the
  // check that they still work once bundled. The files are spread over six root folders, so that root entries are
  // left for the worker once this thread has listed 500 files (the paired walk's units are the root's entries). On
  // a one-core machine the same plan runs on one thread.
  it('redeploys 2,600 files with checksum: true, finding exactly the files that changed', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const name = (i: number): string => `assets${i % 6}/lib${i % 9}/part${i % 4}/file${i}.js`
    const files: Record<string, string> = {}
    for (let i = 0; i < 2600; i++) files[name(i)] = `// file ${i}\n`
    publish({ version: '2.0.0' }, files)
    const first = await runAction({ site: site.name, checksum: 'true' }, folders, env())
    expect(first.exitCode, describeRun(first)).toBe(0)

    // Same sizes and times as deployed, other bytes in three files; one file new, one gone.
    const dir = path.join(folders.workspace, 'publish')
    const changed = [name(0), name(1300), name(2591)]
    for (const relative of changed) {
      const file = path.join(dir, relative)
      const stat = fs.statSync(file)
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('// file', '// FILE'))
      fs.utimesSync(file, stat.atime, stat.mtime)
    }
    fs.writeFileSync(path.join(dir, 'assets2', 'lib2', 'new.js'), 'new')
    fs.rmSync(path.join(dir, name(5)))
    const second = await runAction(
      { site: site.name, checksum: 'true', 'take-offline': 'auto', 'delete-extra': 'true' },
      folders,
      env()
    )
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(second.outputs['files-added']).toBe('1')
    expect(second.outputs['files-updated']).toBe('3')
    expect(second.outputs['files-deleted']).toBe('1')
    for (const relative of changed) {
      expect(fs.readFileSync(path.join(site.physicalPath, relative), 'utf8')).toContain('// FILE')
    }
    expect(fs.existsSync(path.join(site.physicalPath, name(5)))).toBe(false)
    expect(second.outputs['offline-ms']).toBe('0') // static files only: the app stayed online
  }, 120_000)
})
