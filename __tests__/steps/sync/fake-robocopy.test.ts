// The fake robocopy must behave like the real one for the switches we emit (windows-facts §5), and fail like
// Windows on files a running worker holds, so the scenario tests mean something.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import {
  decodeRobocopyExitCode,
  parseRobocopyErrors,
  parseRobocopyFileLines,
  parseRobocopySummary
} from '../../../src/steps/sync/robocopy.js'
import { newPool, updateState } from '../../../test-support/fakes/lib/iis-state.mjs'
import { readTree, T0, tempDir, writeTree } from './tree-helpers.js'

const BIN = fileURLToPath(new URL('../../../test-support/fakes/bin/robocopy', import.meta.url))
const QUIET = ['/R:1', '/W:1', '/FP', '/NP', '/NDL', '/NJH', '/BYTES']

const roots: string[] = []
function fresh(): { root: string; src: string; dst: string } {
  const root = tempDir('fake-robocopy-')
  roots.push(root)
  return { root, src: path.join(root, 'src'), dst: path.join(root, 'dst') }
}
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true })
})

function robocopy(args: string[], env: Record<string, string> = {}): { code: number; out: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FAKE_IIS_STATE: '', FAKE_ROBOCOPY_WAIT_SCALE: '0.01', ...env }
  })
  return { code: result.status ?? -1, out: result.stdout + result.stderr }
}

/** A fake IIS whose running worker holds the binaries under `root` (a virtual worker: no process needed). */
function lockFolder(stateDir: string, root: string, exitAfterMs?: number): void {
  updateState(stateDir, (state, now) => {
    state.pools.push(newPool('AppPool'))
    state.sites.push({
      name: 'Site',
      id: 1,
      bindings: [],
      state: 'Started',
      serverAutoStart: true,
      attributes: {}
    } as never)
    state.apps.push({ site: 'Site', path: '/', applicationPool: 'AppPool' })
    state.vdirs.push({ site: 'Site', app: '/', path: '/', physicalPath: root })
    state.workers.push({
      pid: 999999,
      pool: 'AppPool',
      startedAt: now,
      exitAt: exitAfterMs === undefined ? null : now + exitAfterMs,
      virtual: true
    })
  })
}

describe('fake robocopy', () => {
  it('copies for real, keeps times, and returns the bitmask: 1 on copy, 0 when in sync', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'a.txt': 'hello', 'sub/b.dll': 'bin', 'empty/.keep': '' })
    const first = robocopy([src, dst, '/E', ...QUIET])
    expect(first.code).toBe(1)
    expect(readTree(dst)).toEqual({ 'a.txt': 'hello', 'sub/b.dll': 'bin', 'empty/.keep': '' })
    expect(fs.statSync(path.join(dst, 'a.txt')).mtimeMs).toBe(T0.getTime())
    expect(parseRobocopySummary(first.out)?.files).toEqual({
      total: 3,
      copied: 3,
      skipped: 0,
      mismatch: 0,
      failed: 0,
      extras: 0
    })
    expect(parseRobocopyFileLines(first.out).map((l) => [l.kind, l.bytes, l.path])).toEqual([
      ['New File', 5, path.join(src, 'a.txt')],
      ['New File', 0, path.join(src, 'empty/.keep')],
      ['New File', 3, path.join(src, 'sub/b.dll')]
    ])
    const second = robocopy([src, dst, '/E', ...QUIET])
    expect(second.code).toBe(0)
    expect(parseRobocopySummary(second.out)?.files.skipped).toBe(3)
  })

  it('classifies Newer / Older / Changed like robocopy and copies each', () => {
    const { src, dst } = fresh()
    const later = new Date(T0.getTime() + 60_000)
    writeTree(src, { 'newer.txt': { content: 'n', mtime: later }, 'older.txt': 'o', 'changed.txt': 'ccc' })
    writeTree(dst, { 'newer.txt': 'n', 'older.txt': { content: 'o', mtime: later }, 'changed.txt': 'c' })
    const run = robocopy([src, dst, '/E', ...QUIET])
    expect(parseRobocopyFileLines(run.out).map((l) => `${l.kind} ${path.basename(l.path)}`)).toEqual([
      'Changed changed.txt',
      'Newer newer.txt',
      'Older older.txt'
    ])
    expect(run.code).toBe(1)
    expect(readTree(dst)['changed.txt']).toBe('ccc')
  })

  it('/E keeps extras (exit 2), /PURGE deletes them (exit 3) and their folders', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'a.txt': 'a' })
    writeTree(dst, { 'stale.txt': 's', 'old/x.txt': 'x' })
    const keep = robocopy([src, dst, '/E', ...QUIET])
    expect(keep.code).toBe(3)
    expect(readTree(dst)).toEqual({ 'a.txt': 'a', 'stale.txt': 's', 'old/x.txt': 'x' })
    const purge = robocopy([src, dst, '/E', '/PURGE', ...QUIET])
    expect(purge.code).toBe(2)
    expect(readTree(dst)).toEqual({ 'a.txt': 'a' })
    expect(parseRobocopySummary(purge.out)?.files.extras).toBe(2)
    expect(parseRobocopySummary(purge.out)?.dirs.extras).toBe(1)
  })

  it('/MIR = /E + /PURGE', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'a.txt': 'a' })
    writeTree(dst, { 'stale.txt': 's' })
    expect(robocopy([src, dst, '/MIR', ...QUIET]).code).toBe(3)
    expect(readTree(dst)).toEqual({ 'a.txt': 'a' })
  })

  it('/XF and /XD by name exclude on both sides: not copied and not purged', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'a.pdb': 'p', 'a.txt': 'a', 'node_modules/m.js': 'm', 'app_offline.htm': 'src offline' })
    writeTree(dst, { 'old.pdb': 'o', 'node_modules/keep.js': 'k', 'App_Offline.htm': 'live offline' })
    const run = robocopy([
      src,
      dst,
      '/E',
      '/PURGE',
      ...QUIET,
      '/XF',
      'app_offline.htm',
      '*.pdb',
      '/XD',
      'node_modules'
    ])
    expect(run.code).toBe(1)
    expect(readTree(dst)).toEqual({
      'a.txt': 'a',
      'old.pdb': 'o',
      'node_modules/keep.js': 'k',
      'App_Offline.htm': 'live offline'
    })
  })

  it('/XD with full paths on both sides keeps a preserved target folder from being purged or overwritten', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'a.txt': 'a', 'App_Data/seed.db': 'publish copy' })
    writeTree(dst, { 'App_Data/seed.db': 'live data', 'App_Data/user.db': 'u' })
    const xd = [path.join(src, 'App_Data'), path.join(dst, 'App_Data')]
    const run = robocopy([src, dst, '/E', '/PURGE', ...QUIET, '/XF', 'app_offline.htm', ...xd, '/XD', ...xd])
    expect(run.code).toBe(1)
    expect(readTree(dst)).toEqual({ 'a.txt': 'a', 'App_Data/seed.db': 'live data', 'App_Data/user.db': 'u' })
  })

  it('/L lists what would change and changes nothing', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'a.txt': 'a' })
    writeTree(dst, { 'stale.txt': 's' })
    const run = robocopy([src, dst, '/E', '/PURGE', '/L', ...QUIET])
    expect(run.code).toBe(3)
    expect(readTree(dst)).toEqual({ 'stale.txt': 's' })
    expect(parseRobocopySummary(run.out)?.files).toMatchObject({ copied: 1, extras: 1 })
  })

  it('lands a source name on the existing target name case-insensitively (Windows)', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'MyApp.DLL': 'v2!' })
    writeTree(dst, { 'myapp.dll': 'v1' })
    robocopy([src, dst, '/E', ...QUIET])
    expect(readTree(dst)).toEqual({ 'myapp.dll': 'v2!' })
  })

  it('prints k/m sizes without /BYTES, which the summary parser reads', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'big.bin': 'x'.repeat(3 * 1024 + 512) })
    const run = robocopy([src, dst, '/E', '/R:0', '/W:0', '/NP', '/NJH'])
    expect(run.out).toMatch(/Bytes : +3\.50 k/)
    expect(parseRobocopySummary(run.out)?.bytes.copied).toBe(3 * 1024 + 512)
  })

  it('fails with exit 16 on an unknown switch or a missing source, like robocopy', () => {
    const { src, dst } = fresh()
    const bogus = robocopy([src, dst, '/E', '/BOGUS'])
    expect(bogus.code).toBe(16)
    expect(parseRobocopyErrors(bogus.out)).toEqual([
      { code: undefined, action: 'Invalid Parameter #4 : "/BOGUS"', path: '', message: '' }
    ])
    const missing = robocopy([src, dst, '/E', ...QUIET])
    expect(missing.code).toBe(16)
    expect(parseRobocopyErrors(missing.out)[0]).toMatchObject({
      code: 2,
      action: 'Accessing Source Directory'
    })
  })

  it('treats /tmp/... values after /XD as paths, and the first two positional slots as source and target', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'keep/a.txt': 'a', 'b.txt': 'b' })
    const run = robocopy([src, dst, '/E', '/XD', path.join(src, 'keep'), '/NP', '/NJH'])
    expect(run.code).toBe(1)
    expect(readTree(dst)).toEqual({ 'b.txt': 'b' })
  })

  describe('locked files (FAKE_IIS_STATE: a running worker holds the .dll/.exe files)', () => {
    it('prints ERROR 32 per attempt, waits /W:, gives up after /R: retries with exit 8+', () => {
      const { root, src, dst } = fresh()
      const stateDir = path.join(root, 'iis')
      writeTree(src, {
        'MyApp.dll': { content: 'v2', mtime: new Date(T0.getTime() + 60_000) },
        'site.css': 'new css'
      })
      writeTree(dst, { 'MyApp.dll': 'v1', 'site.css': 'old' })
      lockFolder(stateDir, dst)
      const run = robocopy([src, dst, '/E', '/R:2', '/W:1', '/FP', '/NP', '/NDL', '/NJH', '/BYTES'], {
        FAKE_IIS_STATE: stateDir
      })
      expect(run.code).toBe(9) // 1 (site.css copied) + 8 (MyApp.dll failed)
      expect(decodeRobocopyExitCode(run.code).success).toBe(false)
      const errors = parseRobocopyErrors(run.out)
      expect(errors).toHaveLength(3) // the first try and two retries
      expect(errors[0]).toEqual({
        code: 32,
        action: 'Copying File',
        path: path.join(src, 'MyApp.dll'),
        message: 'The process cannot access the file because it is being used by another process.'
      })
      expect(run.out.match(/Waiting 1 seconds\.\.\. Retrying\.\.\./g)).toHaveLength(2)
      expect(run.out).toMatch(/ERROR: RETRY LIMIT EXCEEDED\./)
      expect(parseRobocopySummary(run.out)?.files).toMatchObject({ copied: 1, failed: 1 })
      expect(readTree(dst)).toEqual({ 'MyApp.dll': 'v1', 'site.css': 'new css' })
    })

    it('succeeds on a retry once the worker lets go of the file', () => {
      const { root, src, dst } = fresh()
      const stateDir = path.join(root, 'iis')
      writeTree(src, { 'MyApp.dll': { content: 'v2', mtime: new Date(T0.getTime() + 60_000) } })
      writeTree(dst, { 'MyApp.dll': 'v1' })
      // The worker exits 3 s after the lock: long enough for robocopy's first try to meet it even when starting a
      // process takes a second on a loaded machine. /W:1 scaled by 0.2 → 200 ms between tries, 60 tries.
      lockFolder(stateDir, dst, 3000)
      const run = robocopy([src, dst, '/E', '/R:60', '/W:1', ...QUIET.slice(2)], {
        FAKE_IIS_STATE: stateDir,
        FAKE_ROBOCOPY_WAIT_SCALE: '0.2'
      })
      expect(run.code).toBe(1)
      expect(parseRobocopyErrors(run.out).length).toBeGreaterThan(0)
      expect(readTree(dst)).toEqual({ 'MyApp.dll': 'v2' })
    })

    it('cannot purge a locked extra .dll either (Deleting Extra File)', () => {
      const { root, src, dst } = fresh()
      const stateDir = path.join(root, 'iis')
      writeTree(src, { 'a.txt': 'a' })
      writeTree(dst, { 'a.txt': 'a', 'Old.Plugin.dll': 'x' })
      lockFolder(stateDir, dst)
      const run = robocopy([src, dst, '/E', '/PURGE', '/R:0', '/W:0', '/FP', '/NP', '/NJH', '/BYTES'], {
        FAKE_IIS_STATE: stateDir
      })
      expect(run.code).toBe(10)
      expect(parseRobocopyErrors(run.out)[0]).toMatchObject({
        code: 32,
        action: 'Deleting Extra File',
        path: path.join(dst, 'Old.Plugin.dll')
      })
      expect(readTree(dst)).toEqual({ 'a.txt': 'a', 'Old.Plugin.dll': 'x' })
    })

    it('logs the command in the fake IIS command log', () => {
      const { root, src, dst } = fresh()
      const stateDir = path.join(root, 'iis')
      writeTree(src, { 'a.txt': 'a' })
      lockFolder(stateDir, dst)
      robocopy([src, dst, '/E', ...QUIET], { FAKE_IIS_STATE: stateDir })
      const state = JSON.parse(fs.readFileSync(path.join(stateDir, 'state.json'), 'utf8')) as {
        log: string[]
      }
      expect(state.log).toContain(['robocopy', src, dst, '/E', ...QUIET].join(' '))
    })
  })
})

describe('fake robocopy: junction points (symbolic links stand for them) and silent write faults', () => {
  function arrangeLinks(): { root: string; src: string; dst: string; outside: string } {
    const dirs = fresh()
    const outside = path.join(dirs.root, 'outside')
    writeTree(outside, { 'precious.txt': 'outside' })
    writeTree(dirs.src, { 'a.txt': 'a', 'linked/precious.txt': 'deployed' })
    writeTree(dirs.dst, { 'a.txt': 'a' })
    fs.symlinkSync(outside, path.join(dirs.dst, 'linked'), 'dir')
    return { ...dirs, outside }
  }

  it('without /XJ follows a destination junction: copies into the folder it points to', () => {
    const { src, dst, outside } = arrangeLinks()
    expect(robocopy([src, dst, '/E', ...QUIET]).code).toBeLessThan(8)
    expect(readTree(outside)).toEqual({ 'precious.txt': 'deployed' })
  })

  it.each(['/XJ', '/XJD'])('%s: a destination junction is neither copied into nor purged', (flag) => {
    const { src, dst, outside } = arrangeLinks()
    fs.rmSync(path.join(src, 'linked'), { recursive: true })
    const extra = robocopy([src, dst, '/E', '/PURGE', flag, ...QUIET])
    expect(extra.code).toBeLessThan(8)
    expect(fs.lstatSync(path.join(dst, 'linked')).isSymbolicLink()).toBe(true)
    writeTree(src, { 'linked/precious.txt': 'deployed' })
    expect(robocopy([src, dst, '/E', '/PURGE', flag, ...QUIET]).code).toBeLessThan(8)
    expect(readTree(outside)).toEqual({ 'precious.txt': 'outside' })
  })

  it('/XJF excludes file junctions only; /XJD folder ones only (source side)', () => {
    const { root, src, dst } = fresh()
    writeTree(path.join(root, 'elsewhere'), { 'f.txt': 'file', 'd/inner.txt': 'inner' })
    writeTree(src, { 'a.txt': 'a' })
    fs.symlinkSync(path.join(root, 'elsewhere', 'f.txt'), path.join(src, 'file-link.txt'))
    fs.symlinkSync(path.join(root, 'elsewhere', 'd'), path.join(src, 'dir-link'), 'dir')
    robocopy([src, dst, '/E', '/XJF', ...QUIET])
    expect(readTree(dst)).toEqual({ 'a.txt': 'a', 'dir-link/inner.txt': 'inner' })
    fs.rmSync(dst, { recursive: true })
    robocopy([src, dst, '/E', '/XJD', ...QUIET])
    expect(readTree(dst)).toEqual({ 'a.txt': 'a', 'file-link.txt': 'file' })
    fs.rmSync(dst, { recursive: true })
    robocopy([src, dst, '/E', '/XJ', ...QUIET])
    expect(readTree(dst)).toEqual({ 'a.txt': 'a' })
  })

  it('FAKE_ROBOCOPY_LOSE_FILES and _TRUNCATE_FILES report a copy that did not land, with a success exit code', () => {
    const { src, dst } = fresh()
    writeTree(src, { 'a.txt': 'aaaa', 'sub/b.txt': 'bbbbbbbb', 'c.txt': 'c' })
    const run = robocopy([src, dst, '/E', ...QUIET], {
      FAKE_ROBOCOPY_LOSE_FILES: 'sub/b.txt',
      FAKE_ROBOCOPY_TRUNCATE_FILES: 'A.TXT'
    })
    expect(run.code).toBe(1)
    expect(parseRobocopySummary(run.out)?.files).toMatchObject({ copied: 3, failed: 0 })
    expect(readTree(dst)).toEqual({ 'a.txt': 'aa', 'c.txt': 'c' })
  })
})
