// The ToolCache port for the Azure DevOps agent, on node:https (no @actions/* in the task: they are ESM-only and
// this bundle is CommonJS). Same layout as @actions/tool-cache (<cache>/<tool>/<version>/<arch> + `<arch>.complete`),
// so a self-hosted machine that runs both shares one cache.

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS module (the task runs as CommonJS) */
import crypto = require('node:crypto')
import fs = require('node:fs')
import http = require('node:http')
import https = require('node:https')
import os = require('node:os')
import path = require('node:path')
import streams = require('node:stream/promises')
import runFolders = require('../../../src/adapters/shared/run-folders.js')
import type ports = require('../../../src/core/ports.js')

interface AgentFolders {
  temp: string
  tools: string
}

function agentFolders(env: NodeJS.ProcessEnv): AgentFolders {
  return {
    temp: runFolders.runTempDirectory(env),
    tools: env.AGENT_TOOLSDIRECTORY || env.RUNNER_TOOL_CACHE || path.join(os.tmpdir(), 'iis-deploy-tools')
  }
}

const ARCH = os.arch()

function get(url: string, redirects = 0): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const lib = url.startsWith('https:') ? https : http
    const request = lib.get(url, { headers: { 'user-agent': 'iis-deploy' } }, (response) => {
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume()
        if (redirects >= 10) return reject(new Error(`GET ${url}: too many redirects.`))
        const next = new URL(response.headers.location, url)
        if (url.startsWith('https:') && next.protocol !== 'https:') {
          return reject(
            new Error(`GET ${url} redirected to ${next.protocol} (refused: it would leave https).`)
          )
        }
        return resolve(get(next.toString(), redirects + 1))
      }
      if (status !== 200) {
        response.resume()
        return reject(new Error(`GET ${url} answered HTTP ${status}.`))
      }
      resolve(response)
    })
    request.setTimeout(10 * 60_000, () => request.destroy(new Error(`GET ${url} timed out.`)))
    request.on('error', reject)
  })
}

class AgentToolCache implements ports.ToolCache {
  constructor(private readonly folders: AgentFolders) {}

  private folder(tool: string, version: string): string {
    return path.join(this.folders.tools, tool, version, ARCH)
  }

  find(tool: string, version: string): string | undefined {
    const folder = this.folder(tool, version)
    return fs.existsSync(`${folder}.complete`) ? folder : undefined
  }

  async download(url: string, fileName: string): Promise<string> {
    fs.mkdirSync(this.folders.temp, { recursive: true })
    const dest = path.join(this.folders.temp, `${crypto.randomUUID()}-${fileName}`)
    const response = await get(url)
    await streams.pipeline(response, fs.createWriteStream(dest))
    return dest
  }

  async cacheFile(sourceFile: string, fileName: string, tool: string, version: string): Promise<string> {
    const folder = this.folder(tool, version)
    fs.rmSync(folder, { recursive: true, force: true })
    fs.rmSync(`${folder}.complete`, { force: true })
    fs.mkdirSync(folder, { recursive: true })
    fs.copyFileSync(sourceFile, path.join(folder, fileName))
    fs.writeFileSync(`${folder}.complete`, '')
    return folder
  }
}

export = { AgentToolCache, agentFolders }
