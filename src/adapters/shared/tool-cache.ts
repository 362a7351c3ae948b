// The ToolCache port on @actions/tool-cache, for every adapter (GitHub, CLI, Azure DevOps). tool-cache reads
// RUNNER_TEMP and RUNNER_TOOL_CACHE from process.env on each call and asserts they are set, so outside Actions they
// get defaults: the Azure DevOps agent's folders when present, else a temp folder and a per-user cache folder.
// Loaded on first use only (a dynamic import, its own chunk in the bundles): @actions/tool-cache brings
// @actions/core, @actions/http-client and undici, a large part of the start-up of a deploy that downloads nothing
// (issue 15).

import { randomUUID } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import type { ToolCache } from '../../core/ports.js'
import { redactUrls } from '../../core/secrets.js'
import { runTempDirectory } from './run-folders.js'

export interface ToolCacheDirectories {
  tempDirectory: string
  cacheDirectory: string
}

function defaultCacheDirectory(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32') {
    return path.join(
      env['LOCALAPPDATA'] || path.join(os.homedir(), 'AppData', 'Local'),
      'iis-deploy',
      'tool-cache'
    )
  }
  return path.join(env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache'), 'iis-deploy', 'tool-cache')
}

/** Sets RUNNER_TEMP / RUNNER_TOOL_CACHE in `env` when absent (agent folders first) and returns both. */
export function ensureToolCacheEnvironment(env: NodeJS.ProcessEnv = process.env): ToolCacheDirectories {
  env['RUNNER_TEMP'] = runTempDirectory(env)
  env['RUNNER_TOOL_CACHE'] ||= env['AGENT_TOOLSDIRECTORY'] || defaultCacheDirectory(env)
  return { tempDirectory: env['RUNNER_TEMP'], cacheDirectory: env['RUNNER_TOOL_CACHE'] }
}

/**
 * tool-cache logs `::debug::Downloading <url>` itself (through @actions/core, not our reporter): while it runs, the
 * credentials and tokens of URLs written to stdout are redacted (docs/secrets.md §2).
 */
async function withRedactedUrlsOnStdout<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return (write as (c: string, ...r: unknown[]) => boolean)(redactUrls(text), ...rest)
  }) as typeof process.stdout.write
  try {
    return await fn()
  } finally {
    process.stdout.write = write
  }
}

type ToolCacheModule = typeof import('@actions/tool-cache')
let loaded: Promise<ToolCacheModule> | undefined
function toolCacheModule(): Promise<ToolCacheModule> {
  loaded ??= import('@actions/tool-cache')
  return loaded
}

export class ActionsToolCache implements ToolCache {
  constructor() {
    ensureToolCacheEnvironment(process.env)
  }

  async find(tool: string, version: string): Promise<string | undefined> {
    const tc = await toolCacheModule()
    return tc.find(tool, version) || undefined
  }

  async download(url: string, fileName: string): Promise<string> {
    const { tempDirectory } = ensureToolCacheEnvironment(process.env)
    // downloadTool names the file after a UUID without extension; Windows runs an installer by its .exe name.
    const dest = path.join(tempDirectory, `${randomUUID()}-${fileName}`)
    const tc = await toolCacheModule()
    try {
      return await withRedactedUrlsOnStdout(() => tc.downloadTool(url, dest))
    } catch (error) {
      if (error instanceof tc.HTTPError) {
        throw new Error(`GET ${url} answered HTTP ${error.httpStatusCode ?? 'error'}.`, { cause: error })
      }
      throw error
    }
  }

  async cacheFile(sourceFile: string, fileName: string, tool: string, version: string): Promise<string> {
    ensureToolCacheEnvironment(process.env)
    const tc = await toolCacheModule()
    return tc.cacheFile(sourceFile, fileName, tool, version)
  }
}

export function createToolCache(): ToolCache {
  return new ActionsToolCache()
}
