// A fake .NET Hosting Bundle installer (dotnet-hosting-<version>-win.exe, a WiX Burn bundle) and the fake registry
// state it leaves behind (windows-facts §1.2–§1.5). A test serves `fakeInstallerScript(config)` over HTTP as the
// download: a Node script with a shebang that the step makes executable and runs like the real .exe.
//
// It understands the Burn command line (`/install` or nothing, `/repair`, `/uninstall`; `/quiet` `/q` `/s`
// `/silent` `/passive`; `/norestart`; `/log <file>` or `/l <file>`; `NAME=value` properties, unknown switches
// ignored), writes a Burn-style log ending with `i500: Shutting down, exit code: 0x..` and `i007: Exit code: 0x..,
// restarting: No`, and exits with `config.exitCode` (on Linux only its low 8 bits survive, as for the real tools).
// On success it writes the registry keys the real MSIs write into FAKE_REGISTRY, and ANCM only when IIS is there
// (InetStp\Components CoreWebEngine=1 and W3SVC=1) and OPT_NO_ANCM is not 1, plus the ANCM shim DLL under
// %ProgramFiles% when that variable is set. Every run is appended to FAKE_INSTALLER_CALLS (JSON lines) if set.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  createKey,
  loadRegistry,
  registryFile,
  saveRegistry,
  setValue,
  subkeysOf,
  valuesOf
} from './registry.mjs'

export const INETSTP_COMPONENTS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp\\Components'
export const ANCM_V2_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\IIS Extensions\\IIS AspNetCore Module V2'
export const SHARED_FRAMEWORK_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ASP.NET Core\\Shared Framework'
/** @param {string} arch @param {string} framework */
export const installedVersionsKey = (arch, framework) =>
  `HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\dotnet\\Setup\\InstalledVersions\\${arch}\\sharedfx\\${framework}`

/**
 * @typedef {object} FakeInstallerConfig
 * @property {string} version ASP.NET Core version the bundle installs (8.0.11)
 * @property {string} [runtimeVersion] Microsoft.NETCore.App version (default: version)
 * @property {string} [ancmVersion] ANCM MSI version (default 18.0.24295.11)
 * @property {number} [exitCode] 0, 3010, 1641 or a failure code (default 0)
 * @property {boolean} [packageLog] on failure, also write a per-package log next to the bundle log
 */

/** The script a test serves as dotnet-hosting-<version>-win.exe. */
/** @param {FakeInstallerConfig} config */
export function fakeInstallerScript(config) {
  return [
    '#!/usr/bin/env node',
    `// Fake dotnet-hosting-${config.version}-win.exe (test-support/fakes/lib/hosting-installer.mjs).`,
    `import(${JSON.stringify(import.meta.url)}).then((m) => m.runFakeInstaller(${JSON.stringify(config)}))`,
    ''
  ].join('\n')
}

/** @param {string} a @param {string} b */
function compareVersions(a, b) {
  const pa = a.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x))
  const pb = b.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x))
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1
    const y = pb[i] ?? -1
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return 0
}

/** `dotnet --list-runtimes` from the fake registry (x64 InstalledVersions), in dotnet's format and order. */
export function listRuntimes(env = process.env) {
  const registry = loadRegistry(registryFile(env))
  const lines = []
  for (const framework of subkeysOf(registry, installedVersionsKey('x64', '')).sort()) {
    const versions = Object.keys(valuesOf(registry, installedVersionsKey('x64', framework))).sort(
      compareVersions
    )
    for (const version of versions) {
      lines.push(`${framework} ${version} [C:\\Program Files\\dotnet\\shared\\${framework}]`)
    }
  }
  return lines.map((line) => `${line}\r\n`).join('')
}

/** @param {string[]} argv */
export function parseBurnCommandLine(argv) {
  /** @type {{ action: string, quiet: boolean, norestart: boolean, log?: string, properties: Record<string, string> }} */
  const parsed = { action: 'install', quiet: false, norestart: false, properties: {} }
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i])
    const property = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(arg)
    if (property) {
      parsed.properties[/** @type {string} */ (property[1])] = /** @type {string} */ (property[2])
      continue
    }
    const name = arg.replace(/^[/-]/, '').toLowerCase()
    if (['q', 'quiet', 's', 'silent', 'passive'].includes(name)) parsed.quiet = true
    else if (name === 'norestart') parsed.norestart = true
    else if (name === 'l' || name === 'log') parsed.log = argv[++i]
    else if (['repair', 'uninstall', 'modify', 'layout'].includes(name)) parsed.action = name
    // `/install` and anything unknown: Burn ignores it and installs.
  }
  return parsed
}

/** @param {FakeInstallerConfig} config @param {string[]} argv @param {NodeJS.ProcessEnv} env */
export function runFakeInstaller(config, argv = process.argv.slice(2), env = process.env) {
  const exitCode = config.exitCode ?? 0
  const parsed = parseBurnCommandLine(argv)
  if (env.FAKE_INSTALLER_CALLS) {
    fs.appendFileSync(
      env.FAKE_INSTALLER_CALLS,
      `${JSON.stringify({ version: config.version, argv, exitCode })}\n`
    )
  }
  if (!parsed.quiet) {
    // The real one would open its window and wait for a user that CI does not have.
    process.stderr.write('fake Hosting Bundle: no /quiet, the real installer would wait on its UI\n')
    process.exit(1602)
  }
  const logPath =
    parsed.log ??
    path.join(os.tmpdir(), `dd_DotNetCoreWinSvrHosting_${new Date().toISOString().replace(/\D/g, '')}.log`)
  const success = exitCode === 0 || exitCode === 3010 || exitCode === 1641
  const changes = success && parsed.action !== 'uninstall' ? applyInstall(config, parsed.properties, env) : []
  fs.mkdirSync(path.dirname(logPath), { recursive: true })
  fs.writeFileSync(logPath, burnLog(config, parsed, argv, logPath, changes, exitCode))
  if (!success && config.packageLog) {
    fs.writeFileSync(
      `${logPath.replace(/\.log$/i, '')}_001_AspNetCoreModuleV2_x64.log`,
      `MSI (s) (8C:10) [10:00:04:120]: Product: Microsoft ASP.NET Core Module V2 -- Installation failed.\r\n` +
        `MSI (s) (8C:10) [10:00:04:121]: Windows Installer installed the product. Installation success or error status: 1603.\r\n`
    )
  }
  process.exit(exitCode)
}

/**
 * Writes what the MSIs of the bundle write (§1.5). Returns the packages it "installed".
 * @param {FakeInstallerConfig} config @param {Record<string, string>} properties @param {NodeJS.ProcessEnv} env
 */
function applyInstall(config, properties, env) {
  const file = registryFile(env)
  const registry = loadRegistry(file)
  const packages = []
  const archs = properties.OPT_NO_X86 === '1' ? ['x64'] : ['x64', 'x86']
  const channel = config.version.split('.').slice(0, 2).join('.')
  if (properties.OPT_NO_RUNTIME !== '1') {
    for (const arch of archs) {
      setValue(
        registry,
        installedVersionsKey(arch, 'Microsoft.NETCore.App'),
        config.runtimeVersion ?? config.version,
        'REG_DWORD',
        1
      )
      packages.push(`DotNetRuntime_${arch}`)
    }
  }
  if (properties.OPT_NO_SHAREDFX !== '1') {
    for (const arch of archs) {
      setValue(
        registry,
        installedVersionsKey(arch, 'Microsoft.AspNetCore.App'),
        config.version,
        'REG_DWORD',
        1
      )
      packages.push(`AspNetCoreSharedFramework_${arch}`)
    }
    setValue(
      registry,
      `${SHARED_FRAMEWORK_KEY}\\v${channel}`,
      'InstallDir',
      'REG_SZ',
      'C:\\Program Files\\dotnet\\'
    )
    setValue(
      registry,
      `${SHARED_FRAMEWORK_KEY}\\v${channel}\\${config.version}`,
      'Version',
      'REG_SZ',
      config.version
    )
  }
  const components = valuesOf(registry, INETSTP_COMPONENTS)
  const iis = components.CoreWebEngine?.data === 1 && components.W3SVC?.data === 1
  if (iis && properties.OPT_NO_ANCM !== '1') {
    const ancmVersion = config.ancmVersion ?? '18.0.24295.11'
    const existing = valuesOf(registry, ANCM_V2_KEY).Version?.data
    // The ANCM MSI refuses to replace a newer module (§1.3); the bundle carries on.
    if (typeof existing !== 'string' || compareVersions(existing, ancmVersion) <= 0) {
      createKey(registry, ANCM_V2_KEY)
      setValue(registry, ANCM_V2_KEY, 'Install', 'REG_DWORD', 1)
      setValue(registry, ANCM_V2_KEY, 'Version', 'REG_SZ', ancmVersion)
      if (env.ProgramFiles) {
        const dll = path.join(env.ProgramFiles, 'IIS', 'Asp.Net Core Module', 'V2', 'aspnetcorev2.dll')
        fs.mkdirSync(path.dirname(dll), { recursive: true })
        fs.writeFileSync(dll, 'fake aspnetcorev2.dll')
      }
      packages.push('AspNetCoreModuleV2_x64')
    }
  }
  saveRegistry(registry, file)
  return packages
}

/**
 * @param {FakeInstallerConfig} config @param {ReturnType<typeof parseBurnCommandLine>} parsed @param {string[]} argv
 * @param {string} logPath @param {string[]} packages @param {number} exitCode
 */
function burnLog(config, parsed, argv, logPath, packages, exitCode) {
  const stamp = new Date().toISOString().slice(0, 19)
  const prefix = `[1F2C:1E40][${stamp}]`
  const hex = (/** @type {number} */ n) => `0x${(n >>> 0).toString(16)}`
  const success = exitCode === 0 || exitCode === 3010 || exitCode === 1641
  const hresult = success ? 0 : (0x80070000 | (exitCode & 0xffff)) >>> 0
  const restart = exitCode === 3010 ? 'Required' : exitCode === 1641 ? 'Initiated' : 'None'
  const action = parsed.action[0]?.toUpperCase() + parsed.action.slice(1)
  const lines = [
    `i001: Burn v3.14.1.8722, Windows v10.0 (Build 20348: Service Pack 0), path: ${process.argv[1] ?? ''}`,
    `i009: Command Line: '${argv.join(' ')}'`,
    `i000: Setting string variable 'WixBundleLog' to value '${logPath}'`,
    `i000: Setting string variable 'WixBundleName' to value 'Microsoft .NET ${config.version} - Windows Server Hosting'`,
    'i100: Detect begin, 11 packages',
    'i199: Detect complete, result: 0x0',
    `i200: Plan begin, 11 packages, action: ${action}`,
    'i299: Plan complete, result: 0x0',
    'i300: Apply begin',
    ...packages.flatMap((name) => [
      `i301: Applying execute package: ${name}, action: ${action}, path: C:\\ProgramData\\Package Cache\\${name}.msi`,
      `i319: Applied execute package: ${name}, result: 0x0, restart: None`
    ])
  ]
  if (!success) {
    lines.push(
      'i301: Applying execute package: AspNetCoreModuleV2_x64, action: Install, path: C:\\ProgramData\\Package Cache\\AspNetCoreModuleV2_x64.msi',
      `e000: Error ${hex(hresult)}: Failed to install MSI package.`,
      `i319: Applied execute package: AspNetCoreModuleV2_x64, result: ${hex(hresult)}, restart: None`,
      `e000: Error ${hex(hresult)}: Failed to execute MSI package.`
    )
  }
  lines.push(
    `i399: Apply complete, result: ${hex(hresult)}, restart: ${restart}, ba requested restart:  No`,
    `i500: Shutting down, exit code: ${hex(exitCode)}`,
    ...Object.entries(parsed.properties).map(([name, value]) => `i410: Variable: ${name} = ${value}`),
    `i410: Variable: WixBundleAction = ${parsed.action === 'repair' ? 6 : 5}`,
    `i410: Variable: WixBundleLog = ${logPath}`,
    `i007: Exit code: ${hex(exitCode)}, restarting: No`
  )
  return lines.map((line) => `${prefix}${line}\r\n`).join('')
}
