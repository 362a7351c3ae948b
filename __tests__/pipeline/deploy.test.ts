// The pipeline's order, guarantees and rollback, with stand-in steps (the real steps run against the fake IIS in
// __tests__/scenarios/deploy-*.test.ts and __tests__/dist).

import { describe, expect, it } from 'vitest'
import { CancelledError, InputError } from '../../src/core/errors.js'
import { deploy, DeployError, resolveOfflineMode } from '../../src/pipeline/deploy.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { StaticHttp, StubSteps, testOptions, testPorts } from './helpers.js'

const HEALTH = { 'health-check-url': 'http://localhost/health' }

describe('deploy', () => {
  it('runs the steps in order and reports every output (contract §2)', async () => {
    // Arrange
    const steps = new StubSteps()
    const options = testOptions({ site: 'Shop', 'hosting-bundle': 'auto', ...HEALTH })
    // Act
    const result = await deploy(options, testPorts(), { steps })
    // Assert
    expect(result.error).toBeUndefined()
    expect(steps.log).toEqual([
      'prepareApp configure',
      'lock',
      // The server-wide steps run under the server lock too (another site's deploy may want them).
      'lock server',
      'readTarget',
      'hostingBundle',
      'unlock server',
      'provision',
      'planChanges',
      'takeOffline both',
      'sync',
      'sync:copy',
      'bringOnline',
      'checkHealth',
      'unlock',
      'cleanup'
    ])
    expect(result.steps.map((s) => `${s.name}:${s.result}`)).toEqual([
      'iis-features:skipped',
      'hosting-bundle:succeeded',
      'provision:succeeded',
      'web-config:succeeded',
      'offline:succeeded',
      'sync:succeeded',
      'online:succeeded',
      'health-check:succeeded'
    ])
    expect(result.outputs).toMatchObject({
      'release-path': 'C:\\sites\\shop',
      'previous-path': 'C:\\backup\\7-1',
      'files-added': '0',
      'files-updated': '1',
      'files-deleted': '0',
      'bytes-copied': '10',
      'health-status': '200',
      'rolled-back': 'false',
      'hosting-bundle-version': '8.0.11',
      'reboot-required': 'false'
    })
    expect(Number(result.outputs['offline-ms'])).toBeGreaterThanOrEqual(0)
    expect(JSON.parse(result.outputs.plan)).toMatchObject({
      dryRun: false,
      takeOffline: 'both',
      method: 'robocopy'
    })
    expect(result.serverState).toBe('The site serves the new version from C:\\sites\\shop.')
  })

  it('does not take the app offline when only static files change (take-offline: auto)', async () => {
    const steps = new StubSteps()
    steps.plan = { ...steps.plan, touchesLockedFiles: false }
    const result = await deploy(testOptions({ site: 'Shop' }), testPorts(), { steps })
    expect(steps.log).not.toContain('takeOffline both')
    expect(result.steps.find((s) => s.name === 'offline')).toMatchObject({
      result: 'skipped',
      detail: 'only static files change'
    })
    expect(result.outputs['offline-ms']).toBe('0')
  })

  it.each<[string, Record<string, string>, boolean, string]>([
    ['locked files, in place', {}, true, 'both'],
    ['static files only', {}, false, 'none'],
    ['release folders', { strategy: 'releases' }, true, 'none'],
    ['explicit app-offline', { 'take-offline': 'app-offline' }, false, 'app-offline'],
    ['offline not selected', { steps: 'sync' }, true, 'none']
  ])('resolves take-offline for %s', (_name, inputs, locked, mode) => {
    const options = testOptions({ site: 'Shop', 'physical-path': 'C:\\x', ...inputs })
    expect(resolveOfflineMode(options, { kind: 'local-iis' }, { touchesLockedFiles: locked })).toBe(mode)
  })

  it('refuses a broken web.config before anything on the server changes', async () => {
    const steps = new StubSteps().fail(
      'prepareApp',
      new InputError('web-config', 'web.config:3:5: no aspNetCore handler')
    )
    const result = await deploy(testOptions({ site: 'Shop' }), testPorts(), { steps })
    expect(result.ok).toBe(false)
    expect(steps.log).toEqual(['prepareApp configure'])
    expect(result.error?.message).toMatch(
      /no aspNetCore handler\nServer state: Nothing on the server was changed\./
    )
  })

  it('rolls back a failed health check and checks health again; the run still fails (peers idea 4)', async () => {
    // Arrange: the new version is unhealthy, the previous one is healthy again.
    const steps = new StubSteps()
    steps.healthy = [false, true]
    // Act
    const result = await deploy(testOptions({ site: 'Shop', ...HEALTH }), testPorts(), { steps })
    // Assert
    expect(result.ok).toBe(false)
    expect(result.error).toBeInstanceOf(DeployError)
    expect(steps.log.slice(steps.log.indexOf('checkHealth'))).toEqual([
      'checkHealth',
      'takeOffline both',
      'undo',
      'startPool',
      'removeAppOffline',
      'checkHealth',
      'unlock',
      'cleanup'
    ])
    expect(result.outputs['rolled-back']).toBe('true')
    expect(result.outputs['health-status']).toBe('200')
    expect(result.error?.message).toMatch(
      /did not pass.*\nRolled back: restored 1 file from the backup; the previous version passes the health check/s
    )
    // The undo the sync registered (as data) is the one run, and its folder is the previous path.
    expect(steps.undone).toEqual([{ kind: 'restore-backup', backupDir: 'C:\\backup\\7-1' }])
    expect(result.outputs['previous-path']).toBe('C:\\backup\\7-1')
    expect(result.steps.map((s) => `${s.name}:${s.result}`)).toContain('rollback:succeeded')
    expect(result.steps.find((s) => s.name === 'health-check')?.result).toBe('failed')
  })

  it('says so loudly when the previous version fails the health check too', async () => {
    const steps = new StubSteps()
    steps.healthy = [false]
    const result = await deploy(testOptions({ site: 'Shop', ...HEALTH }), testPorts(), { steps })
    expect(result.outputs['rolled-back']).toBe('true')
    expect(result.serverState).toMatch(
      /Rolled back, but the previous version does not pass the health check either/
    )
  })

  it('keeps the failing version with rollback: false and says so', async () => {
    const steps = new StubSteps()
    steps.healthy = [false]
    const result = await deploy(testOptions({ site: 'Shop', rollback: 'false', ...HEALTH }), testPorts(), {
      steps
    })
    expect(steps.log).not.toContain('undo')
    expect(result.outputs['rolled-back']).toBe('false')
    expect(result.error?.message).toMatch(
      /Server state: The new version is live and failing; 'rollback: false' kept it\./
    )
  })

  it('rolls back when the pool does not start (rapid-fail protection)', async () => {
    const steps = new StubSteps().fail('bringOnline', (n) =>
      n === 1 ? new Error("Pool 'ShopPool' stopped right after it started") : undefined
    )
    const result = await deploy(testOptions({ site: 'Shop', ...HEALTH }), testPorts(), { steps })
    expect(result.outputs['rolled-back']).toBe('true')
    expect(steps.log.slice(steps.log.indexOf('bringOnline'))).toEqual([
      'bringOnline',
      'undo',
      'startPool',
      'removeAppOffline',
      'checkHealth',
      'unlock',
      'cleanup'
    ])
    expect(result.error?.message).toMatch(/stopped right after it started\nRolled back/)
  })

  it('restores the backup and brings the app online when the sync fails half-way', async () => {
    const steps = new StubSteps().fail(
      'sync:copy',
      new Error('robocopy failed: ERROR 32 (0x00000020) The process cannot access the file')
    )
    const result = await deploy(testOptions({ site: 'Shop' }), testPorts(), { steps })
    expect(result.ok).toBe(false)
    expect(steps.log.slice(steps.log.indexOf('sync'))).toEqual([
      'sync',
      'sync:copy',
      'undo',
      'startPool',
      'removeAppOffline',
      'unlock',
      'cleanup'
    ])
    expect(result.outputs['rolled-back']).toBe('true')
    // The sync never returned: the previous path comes from the undo action it registered.
    expect(steps.undone).toEqual([{ kind: 'restore-backup', backupDir: 'C:\\backup\\7-1' }])
    expect(result.outputs['previous-path']).toBe('C:\\backup\\7-1')
    expect(result.error?.message).toMatch(
      /ERROR 32.*\nServer state: The sync did not finish; restored 1 file from the backup\./s
    )
  })

  it('says the folder is partly updated when there is no backup', async () => {
    const steps = new StubSteps().fail('sync:copy', new Error('robocopy failed'))
    steps.backup = false
    const result = await deploy(testOptions({ site: 'Shop', backup: 'false' }), testPorts(), { steps })
    expect(steps.log).toContain('startPool')
    expect(steps.log).toContain('removeAppOffline')
    expect(result.serverState).toMatch(
      /C:\\sites\\shop is partly updated and there is no backup; deploy again\./
    )
  })

  it('on cancellation mid-sync restores, brings the app online and releases the lock', async () => {
    // Arrange: SIGTERM arrives while robocopy runs.
    const controller = new AbortController()
    const steps = new StubSteps()
    steps.duringSync = () => controller.abort()
    // Act
    const result = await deploy(
      testOptions({ site: 'Shop', ...HEALTH }),
      testPorts({ signal: controller.signal }),
      { steps }
    )
    // Assert
    expect(result.error).toBeInstanceOf(CancelledError)
    expect(steps.log.slice(steps.log.indexOf('sync'))).toEqual([
      'sync',
      'undo',
      'startPool',
      'removeAppOffline',
      'unlock',
      'cleanup'
    ])
    expect(result.steps.find((s) => s.name === 'sync')?.result).toBe('cancelled')
    expect(result.steps.find((s) => s.name === 'health-check')).toMatchObject({
      result: 'skipped',
      detail: 'not run: cancelled'
    })
    expect(result.error?.message).toMatch(
      /Server state: The sync did not finish; restored 1 file from the backup\./
    )
  })

  describe('keep-offline-on-failure (issue 3: app_offline.htm stays only when the user asked)', () => {
    /** Says what the cleanup put back: the page (file) and the pool. */
    class OfflineSteps extends StubSteps {
      get online(): string {
        return `file=${this.log.includes('removeAppOffline')} pool=${this.log.includes('startPool')}`
      }
    }
    const FILE = /C:\\sites\\shop[\\/]app_offline\.htm/

    it.each<[string, Record<string, string>, boolean, string]>([
      [
        'kept: sync failed, no backup',
        { 'keep-offline-on-failure': 'true', backup: 'false' },
        false,
        'file=false'
      ],
      ['removed without the input', { backup: 'false' }, false, 'file=true'],
      ['removed when the backup was restored', { 'keep-offline-on-failure': 'true' }, true, 'file=true']
    ])('%s', async (_name, inputs, backup, online) => {
      const steps = new OfflineSteps().fail('sync:copy', new Error('robocopy failed'))
      steps.backup = backup
      const reporter = new MemoryReporter()
      const result = await deploy(testOptions({ site: 'Shop', ...inputs }), testPorts({ reporter }), {
        steps
      })
      expect(result.ok).toBe(false)
      // The pool is started either way (visitors get the page, not HTTP.sys 503); only the file may stay.
      expect(steps.online).toBe(`${online} pool=true`)
      const kept = online === 'file=false'
      expect(FILE.test(result.error?.message ?? '')).toBe(kept)
      expect(FILE.test(result.serverState)).toBe(kept)
      expect(result.warnings.some((w) => FILE.test(w) && /keep-offline-on-failure/.test(w))).toBe(kept)
      if (kept) {
        expect(result.error?.message).toMatch(/Server state: .*partly updated.*The app stays offline: /s)
        expect(result.steps.find((s) => s.name === 'online')).toMatchObject({
          result: 'skipped',
          detail: "app_offline.htm kept ('keep-offline-on-failure: true')"
        })
      }
    })

    it('a sync refused before it copies anything brings the app back online even when asked to keep it offline', async () => {
      const steps = new OfflineSteps().fail('sync:copy', new InputError('exclude', "Input 'exclude' is bad."))
      steps.backup = false
      const result = await deploy(
        testOptions({ site: 'Shop', 'keep-offline-on-failure': 'true', backup: 'false' }),
        testPorts(),
        { steps }
      )
      expect(result.ok).toBe(false)
      expect(steps.online).toBe('file=true pool=true')
      expect(FILE.test(result.serverState)).toBe(false)
    })
  })

  it('fails loudly when the app cannot be brought online in the cleanup', async () => {
    const steps = new StubSteps()
      .fail('sync:copy', new Error('robocopy failed'))
      .fail('removeAppOffline', new Error('Could not delete C:\\sites\\shop\\app_offline.htm: EPERM'))
    steps.backup = false
    const result = await deploy(testOptions({ site: 'Shop', backup: 'false' }), testPorts(), { steps })
    expect(result.error?.message).toMatch(
      /Could not undo 'write C:\\sites\\shop\\app_offline\.htm': Could not delete C:\\sites\\shop\\app_offline\.htm/
    )
    expect(steps.log.slice(-2)).toEqual(['unlock', 'cleanup'])
  })

  it('dry-run: every step planned, nothing changed, the plan is an output', async () => {
    const steps = new StubSteps()
    const result = await deploy(testOptions({ site: 'Shop', 'dry-run': 'true', ...HEALTH }), testPorts(), {
      steps
    })
    expect(result.ok).toBe(true)
    expect(result.steps.filter((s) => s.result === 'planned').map((s) => s.name)).toEqual([
      'provision',
      'offline',
      'sync',
      'online',
      'health-check'
    ])
    expect(result.serverState).toBe('Dry run: nothing on the server was changed.')
    expect(JSON.parse(result.outputs.plan)).toMatchObject({ dryRun: true, changes: { filesUpdated: 1 } })
    expect(result.outputs['files-updated']).toBe('1')
  })

  it('measures the offline window with the health URL probe', async () => {
    // Arrange: the probe sees 503 while offline.
    const http = new StaticHttp()
    const steps = new StubSteps()
    steps.duringSync = async () => {
      http.status = 503
      await new Promise((resolve) => setTimeout(resolve, 5))
      http.status = 200
    }
    // Act
    const result = await deploy(testOptions({ site: 'Shop', ...HEALTH }), testPorts({ http }), { steps })
    // Assert
    expect(result.offlineMeasured).toBe('probe')
    expect(Number(result.outputs['offline-ms'])).toBeGreaterThan(0)
  })

  it('target iis-express: prepares the app and smoke-tests it, no IIS steps', async () => {
    const steps = new StubSteps()
    const result = await deploy(testOptions({ target: 'iis-express' }), testPorts(), { steps })
    expect(result.ok).toBe(true)
    expect(steps.log).toEqual(['prepareApp configure', 'iisExpress', 'cleanup'])
  })

  it('masks secrets in the error and the plan', async () => {
    const reporter = new MemoryReporter()
    const options = testOptions(
      { site: 'Shop', 'secret-environment-variables': 'TOKEN=sup3r-s3cret', 'web-config': 'transform' },
      reporter
    )
    const steps = new StubSteps().fail('provision', new Error('appcmd failed near sup3r-s3cret'))
    const result = await deploy(options, testPorts({ reporter }), { steps })
    expect(result.error?.message).toContain('appcmd failed near ***')
    expect(JSON.stringify(result)).not.toContain('sup3r-s3cret')
  })
})
