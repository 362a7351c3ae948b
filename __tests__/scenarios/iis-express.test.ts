// The IIS Express smoke test against the fake iisexpress, with the real launcher and HTTP client: it answers,
// the health check runs, and no process is left behind (seed "IIS Express Overview").

import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runIisExpressSmokeTest } from '../../src/steps/iis/iis-express.js'
import { ToolError } from '../../src/core/errors.js'
import { NodeHttpClient } from '../../src/runtime/http-client.js'
import { NodeProcessLauncher } from '../../src/runtime/process-launcher.js'
import { systemClock } from '../../src/runtime/clock.js'
import type { LaunchOptions, ProcessLauncher } from '../../src/core/ports.js'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { fakeEnv, toolPath } from '../steps/iis/scenario-helpers.js'

const http = new NodeHttpClient()
let iis: FakeIis
beforeEach(async () => {
  iis = await createFakeIis({ defaultSite: false })
})
afterEach(async () => {
  await iis.dispose()
})

function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The real launcher, with the fake's environment (it records the IIS Express process in the fake's state). */
function launcher(): ProcessLauncher {
  const inner = new NodeProcessLauncher({ killGraceMs: 500 })
  return {
    launch: (tool, args, options: LaunchOptions = {}) =>
      inner.launch(tool, args, { ...options, env: { ...fakeEnv(iis), ...options.env } })
  }
}

function base() {
  return {
    launcher: launcher(),
    iisExpressPath: toolPath(iis, 'iisexpress'),
    http,
    reporter: new MemoryReporter(),
    clock: systemClock,
    physicalPath: iis.publishApp({ body: 'Smoke OK', version: '2.0.0' }),
    startTimeoutMs: 20_000,
    stopGraceMs: 2000
  }
}

describe('runIisExpressSmokeTest against the fake iisexpress', () => {
  it('launches the published app, runs the health check, and ends IIS Express with Q', async () => {
    const seen: string[] = []
    const result = await runIisExpressSmokeTest({
      ...base(),
      healthCheck: async (url) => {
        const answer = await http.get(`${url}health`)
        seen.push(`${answer.status} ${answer.body}`)
        if (answer.status !== 200) throw new Error(`health check: ${answer.status}`)
      }
    })
    expect(seen).toEqual(['200 Smoke OK'])
    expect(result.kept).toBe(false)
    expect(result.output).toMatch(/IIS Express is running\./)
    expect(isAlive(result.pid)).toBe(false)
    expect(iis.readState().expressProcesses).toEqual([])
  })

  it('runs a site of your own applicationhost.config (/config: /site:)', async () => {
    const port = await iis.freePort()
    const app = iis.publishApp({ body: 'From config' })
    const configFile = path.join(iis.root, 'applicationhost.config')
    fs.writeFileSync(
      configFile,
      `<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <sites>
      <site name="My Site" id="1">
        <application path="/" applicationPool="Clr4IntegratedAppPool">
          <virtualDirectory path="/" physicalPath="${app}" />
        </application>
        <bindings>
          <binding protocol="http" bindingInformation="*:${port}:localhost" />
        </bindings>
      </site>
    </sites>
  </system.applicationHost>
</configuration>
`
    )
    const { physicalPath: _unused, ...rest } = base()
    const checked: number[] = []
    await runIisExpressSmokeTest({
      ...rest,
      config: { file: configFile, site: 'My Site', url: `http://localhost:${port}/` },
      healthCheck: async (url) => {
        const answer = await http.get(`${url}health`)
        checked.push(answer.status)
        expect(answer.body).toBe('From config')
      }
    })
    expect(checked).toEqual([200])
    expect(iis.readState().expressProcesses).toEqual([])
  })

  it('keeps it running when asked, until the caller ends it', async () => {
    const result = await runIisExpressSmokeTest({ ...base(), keepRunning: true })
    try {
      expect(result.kept).toBe(true)
      expect(isAlive(result.pid)).toBe(true)
      expect((await http.get(`${result.url}version`)).body).toBe('2.0.0')
    } finally {
      if (result.pid) process.kill(-result.pid, 'SIGKILL')
    }
  })

  it('a port in use: fails with the fix, and leaves nothing running', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, resolve))
    const address = blocker.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      const error = (await runIisExpressSmokeTest({ ...base(), port }).catch((e: unknown) => e)) as ToolError
      expect(error).toBeInstanceOf(ToolError)
      expect(error.message).toMatch(/did not start: Failed to register URL/)
      expect(error.fix).toMatch(/port is in use/)
      expect(iis.readState().expressProcesses).toEqual([])
    } finally {
      blocker.close()
    }
  })

  it('a failing health check ends IIS Express and fails the smoke test', async () => {
    let pid: number | undefined
    await expect(
      runIisExpressSmokeTest({
        ...base(),
        physicalPath: iis.publishApp({ health: 500, body: 'boom' }),
        healthCheck: async (url) => {
          pid = iis.readState().expressProcesses[0]?.pid
          const answer = await http.get(`${url}health`)
          if (answer.status !== 200) throw new Error(`health check: expected 200, got ${answer.status}`)
        }
      })
    ).rejects.toThrow(/got 500/)
    expect(pid).toBeDefined()
    expect(isAlive(pid)).toBe(false)
  })
})
