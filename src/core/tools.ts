// Tool discovery, the same on every adapter (contract §3): the input override, then PATH (with PATHEXT on
// Windows, the bare name elsewhere), then the Windows default locations. A tool that is not found is an error
// that says what to install.

import fs from 'node:fs'
import path from 'node:path'
import { InputError, ToolNotFoundError } from './errors.js'
import type { CommandRunner } from './ports.js'

export type ToolName =
  | 'appcmd'
  | 'msdeploy'
  | 'robocopy'
  | 'reg'
  | 'net'
  | 'icacls'
  | 'iisexpress'
  | 'dotnet'
  | 'dism'
  | 'netsh'
  | 'taskkill'
  | 'whoami'
  | 'powershell'
  | 'wevtutil'

/** What to install when a tool is missing. */
const INSTALL_HINTS: Record<ToolName, string> = {
  appcmd:
    'Install IIS (the Web Server role, e.g. `Install-WindowsFeature Web-Server` or `iis-features`), or set `appcmd-path`.',
  msdeploy:
    'Install Web Deploy 3.6 or later (https://www.iis.net/downloads/microsoft/web-deploy, or `choco install webdeploy`), or set `msdeploy-path`.',
  robocopy:
    'robocopy ships with Windows (%windir%\\System32\\robocopy.exe): check PATH, or use `method: msdeploy`.',
  reg: 'reg.exe ships with Windows (%windir%\\System32\\reg.exe): check PATH.',
  net: 'net.exe ships with Windows (%windir%\\System32\\net.exe): check PATH.',
  icacls:
    'icacls ships with Windows (%windir%\\System32\\icacls.exe): check PATH, or set `grant-access: false`.',
  iisexpress:
    'Install IIS Express 10 (it ships with Visual Studio, or standalone), or set `iisexpress-path`.',
  dotnet: 'Install the .NET SDK or runtime, or put dotnet on PATH.',
  dism: 'dism.exe ships with Windows (%windir%\\System32\\dism.exe): check PATH.',
  netsh: 'netsh.exe ships with Windows (%windir%\\System32\\netsh.exe): check PATH.',
  taskkill: 'taskkill.exe ships with Windows (%windir%\\System32\\taskkill.exe): check PATH.',
  whoami: 'whoami.exe ships with Windows (%windir%\\System32\\whoami.exe): check PATH.',
  powershell:
    'Windows PowerShell ships with Windows (%windir%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe): check PATH. It is needed only for `pool-identity: SpecificUser`.',
  wevtutil:
    'wevtutil.exe ships with Windows (%windir%\\System32\\wevtutil.exe): check PATH, or set `diagnose: false`.'
}

export interface DiscoveryContext {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  /** Injectable for tests; defaults to a real check that the path is a file. */
  isFile?: (candidate: string) => boolean
  /** Needed only for msdeploy's registry lookup. */
  runner?: CommandRunner
}

function defaultIsFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile()
  } catch {
    return false
  }
}

function envValue(env: DiscoveryContext['env'], name: string): string | undefined {
  // Windows environment names are case-insensitive.
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : env[key]
}

/** Looks `name` up on PATH; on Windows each PATHEXT extension is tried (and the name itself when it has one). */
export function findOnPath(name: string, context: DiscoveryContext): string | undefined {
  const isFile = context.isFile ?? defaultIsFile
  const windows = context.platform === 'win32'
  const p = windows ? path.win32 : path.posix
  const dirs = (envValue(context.env, 'PATH') ?? '').split(windows ? ';' : ':').filter(Boolean)
  const extensions = windows
    ? (envValue(context.env, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)
    : ['']
  const hasExtension = windows && p.extname(name) !== ''
  for (const dir of dirs) {
    const base = p.join(dir.replace(/^"(.*)"$/, '$1'), name)
    if (hasExtension && isFile(base)) return base
    for (const ext of extensions) {
      // .bat/.cmd cannot be spawned without a shell since CVE-2024-27980; we never use a shell, so skip them.
      if (windows && /^\.(bat|cmd)$/i.test(ext)) continue
      const candidate = base + ext.toLowerCase()
      if (isFile(candidate)) return candidate
    }
  }
  return undefined
}

/** The registry keys where Web Deploy records its install folder, newest first. */
export const MSDEPLOY_REGISTRY_KEY = 'HKLM\\SOFTWARE\\Microsoft\\IIS Extensions\\MSDeploy'

/** Parses `reg query <key> /s /v InstallPath` output into install folders, highest version key first. */
export function parseMsDeployInstallPaths(regOutput: string): string[] {
  const found: Array<{ version: number; path: string }> = []
  let currentVersion = -1
  for (const rawLine of regOutput.split(/\r?\n/)) {
    const line = rawLine.trimEnd()
    const key = /\\MSDeploy\\(\d+)\s*$/i.exec(line)
    if (key) {
      currentVersion = Number(key[1])
      continue
    }
    const value = /^\s+InstallPath\s+REG_(?:EXPAND_)?SZ\s+(.+)$/i.exec(line)
    if (value?.[1] && currentVersion >= 0) found.push({ version: currentVersion, path: value[1].trim() })
  }
  return found.sort((a, b) => b.version - a.version).map((f) => f.path)
}

async function windowsDefaultLocations(tool: ToolName, context: DiscoveryContext): Promise<string[]> {
  const w = path.win32
  const windir = envValue(context.env, 'windir') ?? envValue(context.env, 'SystemRoot') ?? 'C:\\Windows'
  const programFiles = envValue(context.env, 'ProgramFiles') ?? 'C:\\Program Files'
  const programFilesX86 = envValue(context.env, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)'
  switch (tool) {
    case 'appcmd':
      return [w.join(windir, 'system32', 'inetsrv', 'appcmd.exe')]
    case 'msdeploy': {
      const fromRegistry: string[] = []
      if (context.runner) {
        const reg = findOnPath('reg', context) ?? w.join(windir, 'system32', 'reg.exe')
        // The 64-bit view first, then the 32-bit one: a 32-bit Web Deploy (installed under Program Files (x86))
        // records itself only under WOW6432Node, which `reg query /reg:32` reads.
        for (const view of ['/reg:64', '/reg:32']) {
          try {
            const result = await context.runner.run(
              reg,
              ['query', MSDEPLOY_REGISTRY_KEY, '/s', '/v', 'InstallPath', view],
              { silent: true, outputEncoding: 'oem' }
            )
            if (result.exitCode === 0) {
              fromRegistry.push(
                ...parseMsDeployInstallPaths(result.stdout).map((dir) => w.join(dir, 'msdeploy.exe'))
              )
            }
          } catch {
            // No reg.exe: fall through to the default folders.
          }
        }
      }
      return [
        ...new Set([
          ...fromRegistry,
          w.join(programFiles, 'IIS', 'Microsoft Web Deploy V3', 'msdeploy.exe'),
          w.join(programFilesX86, 'IIS', 'Microsoft Web Deploy V3', 'msdeploy.exe')
        ])
      ]
    }
    case 'iisexpress':
      return [w.join(programFiles, 'IIS Express', 'iisexpress.exe')]
    case 'robocopy':
    case 'reg':
    case 'net':
    case 'icacls':
    case 'dism':
    case 'netsh':
    case 'taskkill':
    case 'whoami':
    case 'wevtutil':
      return [w.join(windir, 'system32', `${tool}.exe`)]
    case 'dotnet':
      return [w.join(programFiles, 'dotnet', 'dotnet.exe')]
    case 'powershell':
      return [w.join(windir, 'system32', 'WindowsPowerShell', 'v1.0', 'powershell.exe')]
  }
}

/**
 * Finds a tool. `override` is the user's `<tool>-path` input: it must exist, and is never second-guessed.
 * `overrideInput` names that input in the error.
 */
export async function resolveTool(
  tool: ToolName,
  context: DiscoveryContext,
  override?: string,
  overrideInput = `${tool}-path`
): Promise<string> {
  const isFile = context.isFile ?? defaultIsFile
  if (override) {
    // Node refuses to spawn a batch file without a shell (EINVAL since CVE-2024-27980), and we never use a shell.
    if (/\.(bat|cmd)$/i.test(override.trim()))
      throw new InputError(
        overrideInput,
        `Input '${overrideInput}': '${override}' is a batch file (.bat/.cmd), which iis-deploy cannot run: Node starts batch files only through a shell (CVE-2024-27980), and iis-deploy never uses one. Point '${overrideInput}' at the .exe itself (e.g. the ${tool}.exe the script calls).`
      )
    if (isFile(override)) return override
    throw new InputError(
      overrideInput,
      `Input '${overrideInput}': '${override}' does not exist or is not a file.`
    )
  }
  const onPath = findOnPath(tool, context)
  if (onPath) return onPath
  if (context.platform === 'win32') {
    for (const candidate of await windowsDefaultLocations(tool, context)) {
      if (isFile(candidate)) return candidate
    }
  }
  throw new ToolNotFoundError(
    tool,
    `${tool} was not found on PATH or in its default location. ${INSTALL_HINTS[tool]}`
  )
}

/** Resolves each tool once per run. */
export class ToolResolver {
  private readonly cache = new Map<ToolName, Promise<string>>()
  constructor(
    private readonly context: DiscoveryContext,
    private readonly overrides: Partial<Record<ToolName, string>> = {}
  ) {}

  resolve(tool: ToolName): Promise<string> {
    let found = this.cache.get(tool)
    if (!found) {
      found = resolveTool(tool, this.context, this.overrides[tool])
      this.cache.set(tool, found)
      // Do not cache failures: a later step may install the tool (IIS features install appcmd).
      found.catch(() => this.cache.delete(tool))
    }
    return found
  }
}
