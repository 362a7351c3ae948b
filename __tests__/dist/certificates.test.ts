// Issue 13, certificates from the pipeline, through dist/index.js as the Actions runner starts it, against the fake
// IIS (its LocalMachine\My is test-support/fakes/lib/cert-store.mjs, reading the PFX with the real OpenSSL): the PFX
// imported, its key granted to the pool's identity, the https binding made with its thumbprint; twice, the second
// run changing nothing; a PFX without a key and a wrong password refused before any change; and neither the PFX
// nor its password anywhere in the output, the summary or the argv the fakes journal.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runCli, runnerFolders, secretForms, type ProductRun, type RunnerFolders } from './harness.js'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/certificates')
const PASSWORD = 'Fixture"Pfx;Pass=1'
const THUMBPRINT = '649CD65C523A34C7539BAC67D5C6C5524AFD8BCB'
const pfxBase64 = (name: string): string => fs.readFileSync(path.join(FIXTURES, name)).toString('base64')

let iis: FakeIis
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-certificates-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

function env(): NodeJS.ProcessEnv {
  return { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01' }
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-3000)}`
}

/** The script a journaled powershell call ran (its -EncodedCommand, Base64 of UTF-16LE). */
function scriptOf(line: string): string {
  const encoded = /-EncodedCommand (\S+)/.exec(line)?.[1] ?? ''
  return Buffer.from(encoded, 'base64').toString('utf16le')
}

/** Tool calls that change the server; a powershell call counts when its script can write. */
function mutating(lines: readonly string[]): string[] {
  return lines.filter(
    (line) =>
      /^(appcmd (add|set|delete)\b|icacls .*\/grant|netsh http (add|delete)\b)/i.test(line) ||
      (line.startsWith('powershell') && /Set-Acl|\$store\.Add\(/.test(scriptOf(line)))
  )
}

function publishSample(): void {
  iis.publishApp({ name: 'SampleApp', version: '1.0.0' }, path.join(folders.workspace, 'publish'))
}

describe('dist/index.js: a PFX from the pipeline against the fake IIS', { timeout: 240_000 }, () => {
  it('imports it, grants its key to the pool identity, binds it; the second run changes nothing; nothing leaks', async () => {
    // Arrange
    iis = await createFakeIis({ defaultSite: false })
    publishSample()
    const port = await iis.freePort()
    const pfx = pfxBase64('shop-with-key.pfx')
    const inputs = {
      site: 'Shop',
      create: 'true',
      'physical-path': path.join(root, 'sites', 'Shop'),
      bindings: `http/*:${port}:\nhttps/*:44301:shop.example.test`,
      'certificate-pfx': pfx,
      'certificate-pfx-password': PASSWORD
    }

    // Act
    const start = iis.readState().log.length
    const first = await runAction(inputs, folders, env())
    const afterFirst = iis.readState().log.length
    const second = await runAction(inputs, folders, { ...env(), GITHUB_RUN_NUMBER: '8' })

    // Assert: in the store with its key, readable by the pool's virtual account, bound for SNI.
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(second.exitCode, describeRun(second)).toBe(0)
    const state = iis.readState() as ReturnType<FakeIis['readState']> & {
      certificates?: Array<{ thumbprint: string; hasPrivateKey: boolean; keyReaders: string[] }>
    }
    expect(state.certificates).toEqual([
      expect.objectContaining({
        thumbprint: THUMBPRINT,
        hasPrivateKey: true,
        keyReaders: expect.arrayContaining(['iis apppool\\shop'])
      })
    ])
    expect(state.sslCerts.map((c) => [c.hostnameport, c.certhash.toUpperCase(), c.certstorename])).toEqual([
      ['shop.example.test:44301', THUMBPRINT, 'My']
    ])
    const firstCalls = state.log.slice(start, afterFirst)
    const importAt = firstCalls.findIndex((l) => l.startsWith('powershell') && scriptOf(l).includes('$store.Add('))
    const bindAt = firstCalls.findIndex((l) => l.startsWith('netsh http add sslcert'))
    expect(importAt).toBeGreaterThanOrEqual(0)
    expect(importAt).toBeLessThan(bindAt)
    expect(first.everything).toContain(`imported certificate ${THUMBPRINT} (CN=shop.example.test`)
    expect(first.everything).toContain(`granted IIS AppPool\\Shop Read on the private key of ${THUMBPRINT}`)
    // Twice: only reads the second time.
    expect(mutating(state.log.slice(afterFirst))).toEqual([])
    // No form of either secret in the output, the summary, the outputs or any journaled command line.
    for (const secret of [PASSWORD, pfx, pfx.slice(0, 76)]) {
      for (const form of secretForms(secret)) {
        expect(first.everything).not.toContain(form)
        expect(second.everything).not.toContain(form)
        for (const line of state.log) expect(line).not.toContain(form)
      }
    }
  })

  it.each([
    ['a PFX without a private key', { 'certificate-pfx': pfxBase64('shop-no-key.pfx') }, /'certificate-pfx'.*no private key/],
    [
      'a wrong password',
      { 'certificate-pfx': pfxBase64('shop-with-key.pfx'), 'certificate-pfx-password': 'not-the-password' },
      /'certificate-pfx-password' does not open the PFX/
    ]
  ])('refuses %s before any change', async (_name, given, message) => {
    // Arrange
    iis = await createFakeIis({ defaultSite: false })
    publishSample()
    const before = iis.readState()

    // Act
    const run = await runAction(
      {
        site: 'Shop',
        create: 'true',
        'physical-path': path.join(root, 'sites', 'Shop'),
        bindings: 'https/*:44302:shop.example.test',
        'certificate-pfx-password': PASSWORD,
        ...given
      },
      folders,
      env()
    )

    // Assert: no tool ran at all, nothing was created.
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(message)
    const after = iis.readState()
    expect(after.log.slice(before.log.length)).toEqual([])
    expect(after.sites.map((s) => s.name)).toEqual([])
    for (const form of secretForms(PASSWORD)) expect(run.everything).not.toContain(form)
  })

  it('CLI: takes the PFX wrapped over lines and its password from --secrets-file, and prints neither', async () => {
    // Arrange: the JSON form, the base64 as an array of 64-character lines.
    iis = await createFakeIis({ defaultSite: false })
    publishSample()
    const port = await iis.freePort()
    const pfx = pfxBase64('shop-with-key.pfx')
    const secrets = path.join(root, 'secrets.json')
    fs.writeFileSync(
      secrets,
      JSON.stringify({ 'certificate-pfx': pfx.match(/.{1,64}/g), 'certificate-pfx-password': PASSWORD })
    )
    const args = ['deploy', '--site', 'Shop', '--create', 'true', '--physical-path', path.join(root, 'sites', 'Shop')]
    args.push('--bindings', `http/*:${port}:\nhttps/*:44304:shop.example.test`, '--secrets-file', secrets)

    // Act
    const run = await runCli(args, folders.workspace, env())

    // Assert
    expect(run.exitCode, describeRun(run)).toBe(0)
    const state = iis.readState() as ReturnType<FakeIis['readState']> & { certificates?: Array<{ thumbprint: string }> }
    expect(state.certificates?.map((c) => c.thumbprint)).toEqual([THUMBPRINT])
    for (const secret of [PASSWORD, pfx, pfx.slice(0, 64)]) {
      for (const form of secretForms(secret)) {
        expect(run.everything).not.toContain(form)
        for (const line of state.log) expect(line).not.toContain(form)
      }
    }
  })

  it('plans the import and the grant in a dry run without changing the store', async () => {
    // Arrange
    iis = await createFakeIis({ defaultSite: false })
    publishSample()
    const port = await iis.freePort()

    // Act
    const run = await runAction(
      {
        site: 'Shop',
        create: 'true',
        'physical-path': path.join(root, 'sites', 'Shop'),
        bindings: `http/*:${port}:\nhttps/*:44303:shop.example.test`,
        'certificate-pfx': pfxBase64('shop-with-key.pfx'),
        'certificate-pfx-password': PASSWORD,
        'dry-run': 'true'
      },
      folders,
      env()
    )

    // Assert
    expect(run.exitCode, describeRun(run)).toBe(0)
    const plan = JSON.parse(run.outputs['plan'] ?? '{}') as { mutations?: Array<{ summary: string; status: string }> }
    expect(plan.mutations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'planned', summary: expect.stringContaining(`import certificate ${THUMBPRINT}`) }),
        expect.objectContaining({ status: 'planned', summary: `grant IIS AppPool\\Shop Read on the private key of certificate ${THUMBPRINT}` })
      ])
    )
    const state = iis.readState() as ReturnType<FakeIis['readState']> & { certificates?: unknown[] }
    expect(state.certificates ?? []).toEqual([])
    expect(mutating(state.log)).toEqual([])
  })
})
