// Many fake processes write the state at once: the O_EXCL lock and the atomic rename keep it whole.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { updateState } from '../../test-support/fakes/lib/iis-state.mjs'

let iis: FakeIis
beforeAll(async () => {
  iis = await createFakeIis({ defaultSite: false })
})
afterAll(() => iis.dispose())

it('keeps every change of concurrent appcmd calls and a valid state file', async () => {
  const n = 16
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      i % 2 === 0
        ? iis.run('appcmd', ['add', 'apppool', `/name:Pool ${i}`])
        : iis.run('appcmd', [
            'add',
            'site',
            `/name:Site ${i}`,
            `/bindings:http/*:${40000 + i}:`,
            '/physicalPath:C:\\x'
          ])
    )
  )
  expect(results.map((r) => r.exitCode)).toEqual(Array(n).fill(0))
  const state = iis.readState()
  expect(state.pools.map((p) => p.name).sort()).toEqual(
    Array.from({ length: n / 2 }, (_, i) => `Pool ${i * 2}`).sort()
  )
  expect(state.sites).toHaveLength(n / 2)
  expect(new Set(state.sites.map((s) => s.id)).size).toBe(n / 2)
  expect(() => JSON.parse(fs.readFileSync(path.join(iis.stateDir, 'state.json'), 'utf8'))).not.toThrow()
  expect(fs.readdirSync(iis.stateDir).filter((f) => f !== 'state.json')).toEqual([])
})

it('breaks a lock left behind by a process that died', () => {
  fs.writeFileSync(path.join(iis.stateDir, 'state.lock'), '999999999')
  const past = new Date(Date.now() - 10_000)
  fs.utimesSync(path.join(iis.stateDir, 'state.lock'), past, past)
  expect(updateState(iis.stateDir, (s) => s.pools.length)).toBe(8)
})
