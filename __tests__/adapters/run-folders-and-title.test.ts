// One summary title and one temp folder rule for the GitHub Action, the CLI and the Azure DevOps task
// (src/adapters/shared): each adapter calls these, none builds its own.
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTempDirectory, withRunTempDirectory } from '../../src/adapters/shared/run-folders.js'
import { summaryTitle, type SummaryTarget } from '../../src/adapters/shared/summary-title.js'

const ours = path.join(os.tmpdir(), 'iis-deploy')

describe('runTempDirectory: the runner temp folder, else ours under the OS temp folder', () => {
  it.each<[string, NodeJS.ProcessEnv, string]>([
    ['GitHub runner', { RUNNER_TEMP: '/runner/_temp' }, '/runner/_temp'],
    ['Azure DevOps agent', { AGENT_TEMPDIRECTORY: '/agent/_temp' }, '/agent/_temp'],
    [
      'both set: RUNNER_TEMP wins',
      { RUNNER_TEMP: '/runner/_temp', AGENT_TEMPDIRECTORY: '/agent/_temp' },
      '/runner/_temp'
    ],
    [
      'an empty RUNNER_TEMP counts as unset',
      { RUNNER_TEMP: '', AGENT_TEMPDIRECTORY: '/agent/_temp' },
      '/agent/_temp'
    ],
    ['the CLI outside any CI', {}, ours]
  ])('%s', (_, env, expected) => {
    expect(runTempDirectory(env)).toBe(expected)
  })

  it('hands the option parser an env whose RUNNER_TEMP is that folder, without changing the original', () => {
    const env: NodeJS.ProcessEnv = { AGENT_TEMPDIRECTORY: '/agent/_temp', PATH: '/bin' }
    expect(withRunTempDirectory(env)).toEqual({
      AGENT_TEMPDIRECTORY: '/agent/_temp',
      PATH: '/bin',
      RUNNER_TEMP: '/agent/_temp'
    })
    expect(env['RUNNER_TEMP']).toBeUndefined()
  })
})

describe('summaryTitle: what was deployed to', () => {
  it.each<[SummaryTarget, string]>([
    [{ target: 'iis', site: 'Shop', application: '/' }, 'Shop'],
    [{ target: 'iis', site: 'Shop', application: '/api' }, 'Shop/api'],
    [{ target: 'iis', physicalPath: 'C:\\sites\\shop', application: '/' }, 'C:\\sites\\shop'],
    [{ target: 'iis', site: 'Shop', physicalPath: 'C:\\sites\\shop', application: '/' }, 'Shop'],
    [{ target: 'iis-express', site: 'Shop', application: '/api' }, 'IIS Express']
  ])('%j → %s', (options, title) => {
    expect(summaryTitle(options)).toBe(title)
  })
})
