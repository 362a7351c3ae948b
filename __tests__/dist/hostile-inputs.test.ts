// The hostile-input corpus (issue 10, points 2, 3 and 8): dist/index.js against the fake IIS with one bad input
// at a time. Each run must end with exit 1 or 2 before anything changed: the fake tools' command log (state.log,
// test-support/fakes/README.md) holds no call that mutates, the site folder is byte for byte what it was, and the
// message names the input and the fix.

import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runnerFolders, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis
let site: SiteHandle
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
  iis = await createFakeIis()
  site = iis.defaultSite as SiteHandle
}, 600_000)

afterAll(async () => {
  await iis?.dispose()
})

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-hostile-'))
  folders = runnerFolders(root)
  iis.publishApp({ name: 'SampleApp', version: '2.0.0' }, path.join(folders.workspace, 'publish'))
  iis.update((state) => {
    state.log = []
  })
  return () => fs.rmSync(root, { recursive: true, force: true })
})

/** Every file under `dir` with its content hash: equal before and after means nothing was written there. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else files[path.relative(dir, full)] = createHash('sha1').update(fs.readFileSync(full)).digest('hex')
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return files
}

/**
 * The logged commands that change something: appcmd other than `list`, dism other than the get-* queries, any
 * robocopy without /L, msdeploy without -whatif, icacls grant/remove/reset, netsh add/delete, taskkill.
 */
function mutatingCalls(log: readonly string[]): string[] {
  return log.filter((line) => {
    const [tool = '', ...args] = line.split(' ')
    const lower = args.map((a) => a.toLowerCase())
    switch (tool) {
      case 'appcmd':
        return lower[0] !== 'list'
      case 'dism':
        return lower.some((a) => /^[/-](enable|disable)-feature/.test(a))
      case 'robocopy':
        return !lower.includes('/l')
      case 'msdeploy':
        return !line.toLowerCase().includes('-whatif')
      case 'icacls':
        return lower.some((a) => /^\/(grant|remove|reset|deny|setowner|inheritance)/.test(a))
      case 'netsh':
        return lower.some((a) => a === 'add' || a === 'delete' || a === 'update')
      case 'taskkill':
        return true
      default:
        return true
    }
  })
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-5000)}\n--- stderr\n${run.stderr.slice(-2000)}`
}

interface HostileCase {
  name: string
  /** The inputs, given the workspace and the default site; `site` defaults to the default site. */
  inputs: (w: { workspace: string; site: SiteHandle }) => Record<string, string>
  /** Writes extra files into the workspace (or adds to IIS) before the run. */
  arrange?: (w: { workspace: string; publish: string }) => void | Promise<void>
  /** The input (or file) the message must name. */
  input: string
  /** What the message must say (the value and the fix). */
  says: RegExp[]
}

const WITH_POOL_VARIABLE = { 'pool-environment-variables': 'FIRST=1' }

const CASES: HostileCase[] = [
  ...['_x', 'CON', 'x.', 'nul.txt', 'COM1', 'LPT9.log', 'aux'].map(
    (id): HostileCase => ({
      name: `release-id '${id}' (a folder name Windows cannot hold), with a pool variable to write first`,
      inputs: () => ({ strategy: 'releases', 'release-id': id, ...WITH_POOL_VARIABLE }),
      input: "'release-id'",
      says: [new RegExp(`'${id.replace('.', '\\.')}'`), /use /i]
    })
  ),
  {
    name: "pool-environment-variables P1=it's (appcmd cannot carry a quote), with an IIS feature to enable first",
    inputs: () => ({ 'iis-features': 'IIS-WebSockets', 'pool-environment-variables': "P1=it's" }),
    input: "'pool-environment-variables'",
    says: [/P1/, /environment-variables/]
  },
  {
    name: 'iis-features with a name DISM does not know',
    inputs: () => ({ 'iis-features': 'IIS-WebServerRole, IIS-NoSuchThing' }),
    input: "'iis-features'",
    says: [/IIS-NoSuchThing/, /allowed|known|use/i]
  },
  {
    name: 'no site, with create, app-pool and bindings',
    inputs: ({ workspace }) => ({
      site: '',
      create: 'true',
      'app-pool': 'Shop',
      bindings: 'http/*:8080:',
      'physical-path': path.join(workspace, '..', 'shop')
    }),
    input: "'site'",
    says: [/required/i, /set the IIS site name/i]
  },
  {
    name: 'a site of spaces only, with create and bindings',
    inputs: ({ workspace }) => ({
      site: '   ',
      create: 'true',
      bindings: 'http/*:8080:',
      'physical-path': path.join(workspace, '..', 'shop')
    }),
    input: "'site'",
    says: [/required/i, /site name/i]
  },
  {
    name: 'physical-path that differs from the folder IIS serves the site from',
    inputs: ({ workspace, site }) => ({ site: site.name, 'physical-path': path.join(workspace, '..', 'typo') }),
    input: "'physical-path'",
    says: [/typo/, /create: true|remove 'physical-path'/i]
  },
  {
    name: 'physical-path that differs from IIS, with an IIS feature to enable first (read before DISM runs)',
    inputs: ({ workspace, site }) => ({
      site: site.name,
      'physical-path': path.join(workspace, '..', 'typo'),
      'iis-features': 'IIS-WebSockets'
    }),
    input: "'physical-path'",
    says: [/typo/, /create: true/]
  },
  {
    name: "no site, with 'take-offline: stop-pool' and a folder",
    inputs: ({ workspace }) => ({
      site: '',
      'take-offline': 'stop-pool',
      'physical-path': path.join(workspace, '..', 'shop')
    }),
    input: "'site'",
    says: [/required/i, /site name/i]
  },
  {
    name: 'no site, with pool-environment-variables and a folder',
    inputs: ({ workspace }) => ({
      site: '',
      'pool-environment-variables': 'A=1',
      'physical-path': path.join(workspace, '..', 'shop')
    }),
    input: "'site'",
    says: [/required/i, /site name/i]
  },
  {
    name: "an app pool name appcmd cannot carry (a quote), with 'create: true'",
    inputs: ({ workspace }) => ({
      create: 'true',
      'app-pool': "Shop's",
      'physical-path': path.join(workspace, '..', 'shop')
    }),
    input: "'app-pool'",
    says: [/Shop's/]
  },
  {
    name: 'source equal to the target folder',
    inputs: ({ workspace }) => ({ site: '', 'physical-path': path.join(workspace, 'publish') }),
    input: "'physical-path'",
    says: [/same folder/, /separate folders/]
  },
  {
    name: 'target inside the source folder',
    inputs: ({ workspace }) => ({ site: '', 'physical-path': path.join(workspace, 'publish', 'inner') }),
    input: "'physical-path'",
    says: [/inner\) is inside the source folder/, /separate folders/]
  },
  {
    name: 'source inside the target folder',
    inputs: ({ workspace }) => ({ site: '', 'physical-path': workspace }),
    input: "'physical-path'",
    says: [/is inside the target folder/, /separate folders/]
  },
  {
    name: 'an existing site that IIS serves from the source folder itself',
    inputs: () => ({ site: 'Nested' }),
    arrange: async ({ publish }) => {
      await iis.addSite({ name: 'Nested', physicalPath: publish, state: 'Stopped' })
    },
    input: "'physical-path'",
    says: [/the folder IIS serves/, /same folder/, /separate folders/]
  },
  {
    name: 'app-offline-file outside the workspace (/etc/passwd would be served to visitors)',
    inputs: () => ({ 'app-offline-file': '/etc/passwd' }),
    input: "'app-offline-file'",
    says: [/\/etc\/passwd/, /inside the workspace/i]
  },
  {
    name: 'xdt-transforms outside the workspace',
    inputs: () => ({ 'xdt-transforms': '/etc/passwd' }),
    input: "'xdt-transforms'",
    says: [/\/etc\/passwd/, /inside the workspace/i]
  },
  {
    name: 'a web.config over the IIS size limit (maxWebConfigFileSizeInKB, 250 KB by default)',
    inputs: () => ({}),
    arrange: ({ publish }) => {
      const file = path.join(publish, 'web.config')
      const text = fs.readFileSync(file, 'utf8')
      const padding = `<!-- ${'x'.repeat(300 * 1024)} -->`
      fs.writeFileSync(file, text.replace('</configuration>', `${padding}\n</configuration>`))
    },
    input: 'web.config',
    says: [/HKLM\\SOFTWARE\\Microsoft\\InetStp\\Configuration\\MaxWebConfigFileSizeInKB/, /over the 250 KB/, /configSource/]
  }
]

// One fake IIS for the whole table: no case may change it, and each checks that none did.
describe('dist/index.js: hostile inputs are refused before anything changes', { timeout: 240_000 }, () => {
  it.each(CASES)('$name', async (c) => {
    const workspace = folders.workspace
    await c.arrange?.({ workspace, publish: path.join(workspace, 'publish') })
    const inputs = { site: site.name, ...c.inputs({ workspace, site }) }
    const before = fingerprint(site.physicalPath)
    const stateBefore = JSON.stringify({ ...iis.readState(), log: [] })

    const run = await runAction(inputs, folders, { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01' })

    expect([1, 2], describeRun(run)).toContain(run.exitCode)
    expect(mutatingCalls(iis.readState().log), describeRun(run)).toEqual([])
    expect(fingerprint(site.physicalPath)).toEqual(before)
    expect(JSON.stringify({ ...iis.readState(), log: [] })).toEqual(stateBefore)
    const errors = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
      .join('\n')
    expect(errors, describeRun(run)).toContain(c.input)
    for (const pattern of c.says) expect(errors, describeRun(run)).toMatch(pattern)
  })
})
