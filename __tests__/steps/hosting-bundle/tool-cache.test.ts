// The ToolCache port on @actions/tool-cache works outside Actions: RUNNER_TEMP / RUNNER_TOOL_CACHE get defaults.
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureToolCacheEnvironment } from '../../../src/adapters/shared/tool-cache.js'

describe('ensureToolCacheEnvironment', () => {
  it('keeps what the runner set', () => {
    const env = { RUNNER_TEMP: '/r/temp', RUNNER_TOOL_CACHE: '/r/cache', AGENT_TEMPDIRECTORY: '/a/temp' }
    expect(ensureToolCacheEnvironment(env)).toEqual({ tempDirectory: '/r/temp', cacheDirectory: '/r/cache' })
  })

  it("uses the Azure DevOps agent's folders", () => {
    const env: NodeJS.ProcessEnv = { AGENT_TEMPDIRECTORY: '/a/_temp', AGENT_TOOLSDIRECTORY: '/a/_tool' }
    expect(ensureToolCacheEnvironment(env)).toEqual({ tempDirectory: '/a/_temp', cacheDirectory: '/a/_tool' })
    expect(env['RUNNER_TEMP']).toBe('/a/_temp')
    expect(env['RUNNER_TOOL_CACHE']).toBe('/a/_tool')
  })

  it('falls back to a temp folder and a per-user cache (the CLI outside any CI)', () => {
    const env: NodeJS.ProcessEnv = {
      XDG_CACHE_HOME: '/home/u/.cache',
      LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local'
    }
    const dirs = ensureToolCacheEnvironment(env)
    expect(dirs.tempDirectory).toBe(path.join(os.tmpdir(), 'iis-deploy'))
    expect(dirs.cacheDirectory).toBe(
      process.platform === 'win32'
        ? path.join('C:\\Users\\u\\AppData\\Local', 'iis-deploy', 'tool-cache')
        : path.join('/home/u/.cache', 'iis-deploy', 'tool-cache')
    )
  })
})
