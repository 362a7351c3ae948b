// Concurrent deploys to one site on one machine are serialized (peers §3 item 10, §4 idea 11): each "deploy" here
// takes the lock, stops the pool, replaces a file and starts the pool, against the fake IIS. Without the lock the
// two would interleave (one starting the pool while the other copies).

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deployLockName, withDeployLock } from '../../src/steps/iis/deploy-lock.js'
import { startAppPool, stopAppPool } from '../../src/steps/iis/app-pool.js'
import { systemClock } from '../../src/runtime/clock.js'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { fakeAppcmd } from '../steps/iis/scenario-helpers.js'

let iis: FakeIis
let lockDir: string
beforeEach(async () => {
  iis = await createFakeIis()
  lockDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-locks-'))
})
afterEach(async () => {
  await iis.dispose()
  fs.rmSync(lockDir, { recursive: true, force: true })
})

const fastPoll = { initialMs: 20, maxMs: 100 }

describe('deploy lock against the fake IIS', () => {
  it('serializes two concurrent deploys of the same site: stop → copy → start never interleave', async () => {
    const site = iis.defaultSite
    if (!site) throw new Error('no default site')
    const events: string[] = []
    const deploy = async (name: string) => {
      const reporter = new MemoryReporter()
      const { appcmd } = fakeAppcmd(iis, reporter)
      await withDeployLock(
        { site: site.name, directory: lockDir, reporter, clock: systemClock, pollMs: 20, description: name },
        async () => {
          events.push(`${name} locked`)
          await stopAppPool({ appcmd, pool: site.pool, poll: fastPoll })
          events.push(`${name} stopped`)
          fs.writeFileSync(path.join(site.physicalPath, 'version.txt'), name)
          await startAppPool({ appcmd, pool: site.pool, poll: fastPoll, settleMs: 100 })
          events.push(`${name} started`)
        }
      )
      return reporter
    }
    const [a, b] = await Promise.all([deploy('A'), deploy('B')])
    const first = events[0]?.[0] ?? ''
    const second = first === 'A' ? 'B' : 'A'
    expect(events).toEqual([
      `${first} locked`,
      `${first} stopped`,
      `${first} started`,
      `${second} locked`,
      `${second} stopped`,
      `${second} started`
    ])
    const waiter = second === 'A' ? a : b
    expect(waiter.messages('info').join('\n')).toMatch(
      new RegExp(
        `Waiting for another deploy of Default Web Site/ to finish: pid ${process.pid} .*\\(${first}\\)`
      )
    )
    expect(fs.readdirSync(lockDir)).toEqual([])
  })

  it('a crashed deploy does not block the next one: its lock is broken because its process is gone', async () => {
    // A real process that exited: its pid is dead.
    const crashed = spawnSync(process.execPath, ['-e', ''])
    const deadPid = crashed.pid ?? 999_999
    const lockPath = path.join(lockDir, deployLockName('Default Web Site'))
    fs.mkdirSync(lockPath, { recursive: true })
    fs.writeFileSync(
      path.join(lockPath, 'owner.json'),
      JSON.stringify({
        token: 'crashed',
        pid: deadPid,
        host: os.hostname(),
        startedAt: Date.now(),
        heartbeatAt: Date.now(),
        target: 'Default Web Site/'
      })
    )
    const reporter = new MemoryReporter()
    const { appcmd } = fakeAppcmd(iis, reporter)
    await withDeployLock(
      { site: 'Default Web Site', directory: lockDir, reporter, clock: systemClock },
      async () => {
        await stopAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll })
      }
    )
    expect(reporter.warnings[0]).toMatch(
      new RegExp(`Breaking the deploy lock .* pid ${deadPid} .*no longer running`)
    )
  })
})
