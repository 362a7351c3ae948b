// L0 tests of the Azure DevOps task (contract §5) with task-lib's MockTestRunner, on Linux: the bundled task
// (tasks/IisDeployV1/dist/index.js) against the fake IIS. `nodePath = process.execPath` keeps MockTestRunner from
// downloading a Node build (azure-devops-facts §5).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MockTestRunner } from 'azure-pipelines-task-lib/mock-test.js'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createFakeIis,
  type FakeAppSpec,
  type FakeIis,
  type SiteHandle
} from '../../test-support/fake-iis.js'
import { ensureBuilt, secretForms, TASK } from '../dist/harness.js'

const SCENARIO = path.join(import.meta.dirname, 'scenarios', 'deploy.cjs')
const TASK_JSON = path.join(path.dirname(path.dirname(TASK)), 'task.json')

let iis: FakeIis
let workspace: string
let savedEnv: NodeJS.ProcessEnv

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ado-l0-'))
  savedEnv = { ...process.env }
})

afterEach(async () => {
  process.env = savedEnv
  await iis?.dispose()
  fs.rmSync(workspace, { recursive: true, force: true })
})

function publish(app: FakeAppSpec = {}): void {
  const dir = path.join(workspace, 'publish')
  fs.rmSync(dir, { recursive: true, force: true })
  iis.publishApp({ name: 'SampleApp', ...app }, dir)
}

/** Runs the task as the agent would, with these inputs (camelCase) and the fake IIS environment. */
async function runTask(inputs: Record<string, string>): Promise<MockTestRunner> {
  for (const dir of ['.agent-temp', '.agent-tools'])
    fs.mkdirSync(path.join(workspace, dir), { recursive: true })
  Object.assign(process.env, {
    ...iis.env,
    FAKE_ROBOCOPY_WAIT_SCALE: '0.01',
    SYSTEM_DEFAULTWORKINGDIRECTORY: workspace,
    AGENT_TEMPDIRECTORY: path.join(workspace, '.agent-temp'),
    AGENT_TOOLSDIRECTORY: path.join(workspace, '.agent-tools'),
    BUILD_BUILDID: '300',
    SYSTEM_JOBATTEMPT: '1',
    IIS_DEPLOY_L0_INPUTS: JSON.stringify(inputs)
  })
  const runner = new MockTestRunner(SCENARIO, TASK_JSON)
  runner.nodePath = process.execPath
  await runner.runAsync()
  return runner
}

async function version(url: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`${url}/version`, { signal: AbortSignal.timeout(5000) })
      if (response.status === 200) return await response.text()
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return ''
}

function outputVariable(runner: MockTestRunner, name: string): string | undefined {
  return new RegExp(`##vso\\[task\\.setvariable variable=${name};isOutput=true;[^\\]]*\\](.*)`).exec(
    runner.stdout
  )?.[1]
}

function explain(runner: MockTestRunner): string {
  return `${runner.stdout.slice(-6000)}\n--- stderr\n${runner.stderr.slice(-2000)}`
}

// Whole deploys with real processes: generous bounds for a loaded 2-core machine (no timing is asserted).
describe('Azure DevOps task (MockTestRunner)', { timeout: 240_000 }, () => {
  it('deploys with the camelCase inputs and sets the output variables', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0' })
    const runner = await runTask({
      site: site.name,
      healthCheckUrl: `${site.url}/health`,
      takeOffline: 'both'
    })
    expect(runner.succeeded, explain(runner)).toBe(true)
    expect(runner.errorIssues).toEqual([])
    expect(await version(site.url)).toBe('2.0.0')
    expect(outputVariable(runner, 'healthStatus')).toBe('200')
    expect(outputVariable(runner, 'rolledBack')).toBe('false')
    expect(outputVariable(runner, 'releasePath')).toBe(site.physicalPath)
    expect(runner.stdout).toContain('##[group]Sync files')
    expect(runner.stdout).toMatch(/##vso\[task\.uploadsummary\].*iis-deploy-summary-\d+\.md/)
  })

  it('rolls back a failed health check and fails the task', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0', health: 500 })
    const runner = await runTask({
      site: site.name,
      healthCheckUrl: `${site.url}/health`,
      healthCheckTimeout: '3'
    })
    expect(runner.failed, explain(runner)).toBe(true)
    expect(outputVariable(runner, 'rolledBack')).toBe('true')
    expect(runner.stdout).toMatch(/##vso\[task\.complete result=Failed;\].*Rolled back: restored/)
    expect(await version(site.url)).toBe('1.0.0')
  })

  it('reports input problems as error issues, and changes nothing', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0' })
    const runner = await runTask({ site: site.name, method: 'ftp', keepReleases: 'many' })
    expect(runner.failed).toBe(true)
    expect(runner.errorIssues.join('\n')).toMatch(/Input 'method' is 'ftp'/)
    expect(runner.errorIssues.join('\n')).toMatch(/Input 'keep-releases' is 'many'/)
    expect(await version(site.url)).toBe('1.0.0')
  })

  it('dry-run plans and changes nothing', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0' })
    const runner = await runTask({ site: site.name, dryRun: 'true' })
    expect(runner.succeeded, explain(runner)).toBe(true)
    expect(JSON.parse(outputVariable(runner, 'plan') ?? '{}')).toMatchObject({ dryRun: true })
    expect(await version(site.url)).toBe('1.0.0')
  })

  it('registers secrets with the agent and never prints them', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const secret = 'ado-S3cret;value'
    publish({ version: '2.0.0' })
    const runner = await runTask({
      site: site.name,
      webConfig: 'transform',
      secretEnvironmentVariables: `TOKEN=${secret}`
    })
    expect(runner.succeeded, explain(runner)).toBe(true)
    // Only the agent's own setsecret command carries the value (the agent consumes it; it is never shown).
    const shown = runner.stdout
      .split('\n')
      .filter((line: string) => !line.startsWith('##vso[task.setsecret]'))
      .join('\n')
    for (const form of secretForms(secret)) expect(shown + runner.stderr).not.toContain(form)
    expect(runner.stdout).toContain(`##vso[task.setsecret]${secret}`)
  })
})
