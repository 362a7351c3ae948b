// The fake iisexpress: the real start-up lines, HTTP like a worker, Q on stdin to stop, the port-in-use failure
// (seed "IIS Express Overview"; console text from captured runs).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { lockedFiles } from '../../test-support/fakes/lib/iis-state.mjs'
import { get, waitFor } from './helpers.js'

let iis: FakeIis
beforeAll(async () => {
  iis = await createFakeIis({ defaultSite: false })
})
afterAll(() => iis.dispose())

interface Running {
  child: ChildProcessWithoutNullStreams
  output: () => string
  exited: Promise<number | null>
}

function launch(args: string[]): Running {
  const child = spawn(path.join(iis.binDir, 'iisexpress'), args, { env: iis.env })
  let out = ''
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => out, exited }
}

describe('iisexpress /path: /port:', () => {
  it('prints the start-up lines, serves the app, holds its files, and stops on Q', async () => {
    const app = iis.publishApp({ version: '4.2.0' })
    const port = await iis.freePort()
    const run = launch([`/path:${app}`, `/port:${port}`, '/clr:v4.0', '/systray:false', '/trace:error'])
    try {
      await waitFor(() => run.output().includes("Enter 'Q' to stop IIS Express"), 'IIS Express to be running')
      const lines = run.output().trimEnd().split('\n')
      expect(lines[0]).toMatch(/^Copied template config file '.*applicationhost\.config' to '.*'$/)
      expect(lines[1]).toMatch(/^Updated configuration file '.*' with given cmd line info\.$/)
      expect(lines.slice(2)).toEqual([
        'Starting IIS Express ...',
        `Successfully registered URL "http://localhost:${port}/" for site "Development Web Site" application "/"`,
        'Registration completed',
        'IIS Express is running.',
        "Enter 'Q' to stop IIS Express"
      ])
      expect(await get(`http://127.0.0.1:${port}/version`)).toMatchObject({ status: 200, body: '4.2.0' })
      expect(lockedFiles(iis.stateDir)).toEqual([path.join(app, 'SampleApp.dll')])
      run.child.stdin.write('Q\n')
      expect(await run.exited).toBe(0)
      expect(lockedFiles(iis.stateDir)).toEqual([])
    } finally {
      run.child.kill('SIGKILL')
    }
  })

  it('fails with the real text when the port is in use', async () => {
    const squatter = net.createServer()
    const port = await new Promise<number>((resolve) =>
      squatter.listen(0, () => resolve((squatter.address() as net.AddressInfo).port))
    )
    try {
      const run = launch([`/path:${iis.publishApp()}`, `/port:${port}`])
      expect(await run.exited).toBe(1)
      expect(run.output()).toContain(
        `Failed to register URL "http://localhost:${port}/" for site "Development Web Site" application "/". Error description: The process cannot access the file because it is being used by another process. (0x80070020)`
      )
      expect(run.output()).toContain('Unable to start iisexpress.')
    } finally {
      squatter.close()
    }
  })
})

describe('iisexpress /config: /site:', () => {
  it('runs the named site of an applicationhost.config with its applications and app_offline.htm', async () => {
    const root = iis.publishApp({ version: '1.0.0' })
    const api = iis.publishApp({ version: '2.0.0' })
    const port = await iis.freePort()
    const config = path.join(iis.root, 'applicationhost.config')
    fs.writeFileSync(
      config,
      `<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <sites>
      <site name="Other" id="1"><application path="/"><virtualDirectory path="/" physicalPath="C:\\nowhere" /></application>
        <bindings><binding protocol="http" bindingInformation="*:1:localhost" /></bindings></site>
      <site name="Shop" id="2">
        <application path="/" applicationPool="Clr4IntegratedAppPool"><virtualDirectory path="/" physicalPath="${root}" /></application>
        <application path="/api"><virtualDirectory path="/" physicalPath="${api}" /></application>
        <bindings><binding protocol="http" bindingInformation="*:${port}:localhost" /></bindings>
      </site>
    </sites>
  </system.applicationHost>
</configuration>`
    )
    const run = launch([`/config:${config}`, '/site:Shop'])
    try {
      await waitFor(() => run.output().includes('IIS Express is running.'), 'IIS Express to be running')
      expect(run.output()).toContain(
        `Successfully registered URL "http://localhost:${port}/api/" for site "Shop" application "/api"`
      )
      expect(await get(`http://127.0.0.1:${port}/api/version`)).toMatchObject({ body: '2.0.0' })
      fs.writeFileSync(path.join(root, 'app_offline.htm'), 'maintenance')
      expect(await get(`http://127.0.0.1:${port}/health`)).toMatchObject({ status: 503, body: 'maintenance' })
      run.child.kill('SIGTERM')
      expect(await run.exited).toBe(0)
    } finally {
      run.child.kill('SIGKILL')
    }
  })
})
