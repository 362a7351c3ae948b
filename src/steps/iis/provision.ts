// Provisioning (`create: true`): the app pool, the site, the application, authentication, pool environment
// variables and https certificate bindings, created or updated idempotently (windows-facts §3.2, §3.3, §7; seed
// "Create the IIS site"). Everything is read first; only what differs is written, each change is reported, and
// the second run says "nothing to change". Dry run: the same function returns the commands it would run.

import { InputError, InputErrors, ToolError } from '../../core/errors.js'
import { formatCommandLine } from '../../core/command-line.js'
import type { CommandRunner } from '../../core/ports.js'
import { TOOL_OUTPUT_ENCODINGS } from '../../core/output-encoding.js'
import {
  AUTHENTICATION_KINDS,
  appIdentifier,
  buildAddAppArgs,
  buildAddAppPoolArgs,
  buildAddPoolEnvironmentVariableArgs,
  buildAddSiteArgs,
  buildAddSiteBindingArgs,
  buildRemoveSiteBindingArgs,
  buildGetAuthenticationArgs,
  buildListAppsOfPoolArgs,
  buildRemovePoolEnvironmentVariableArgs,
  buildSetAppPoolArgs,
  buildSetAppPoolOfAppArgs,
  buildSetAuthenticationArgs,
  buildSetPhysicalPathArgs,
  collectionEntries,
  findAttribute,
  findSections,
  formatBinding,
  normalizeApplicationPath,
  parseObjectLines,
  parseTextValues,
  rootVdirIdentifier,
  type Appcmd,
  type AppPoolSettings,
  type AuthenticationKind,
  type PoolIdentity,
  type PoolIdentityType,
  type SiteBinding
} from './appcmd.js'
import {
  currentPoolAccount,
  SET_POOL_IDENTITY_DISPLAY,
  setPoolIdentity,
  type PoolAccount
} from './pool-identity.js'
import { needsSni, parseBindings, sameBinding } from './bindings.js'
import { iisNameProblem, poolEnvironmentVariableProblems } from './inputs.js'
import { dataProtectionAdvice } from './permissions.js'
import {
  buildAddScheduleArgs,
  buildRemoveScheduleArgs,
  buildSetPreloadArgs,
  planPoolSettings,
  type PipelineMode,
  type PoolSettings
} from './pool-settings.js'
import { planVirtualDirectories, type VirtualDirectory } from './virtual-directories.js'

// ---------------------------------------------------------------------------------------------------------------
// Bindings (parsed by ./bindings.ts, the same parser the options check runs)

export { needsSni, parseBindingLine, parseBindings } from './bindings.js'

/** Reads the site's http/https bindings from its `/text:*` tree (`[bindings]` / `[binding]` sections). */
export function existingBindings(
  tree: ReturnType<typeof findSections>[number]
): Array<SiteBinding & { sslFlags: string }> {
  const found: Array<SiteBinding & { sslFlags: string }> = []
  for (const section of findSections(tree, 'binding')) {
    const protocol = (section.attributes['protocol'] ?? '').toLowerCase()
    const info = /^(.*):(\d+):([^:]*)$/.exec(section.attributes['bindingInformation'] ?? '')
    if ((protocol !== 'http' && protocol !== 'https') || !info) continue
    found.push({
      protocol,
      ip: info[1] ?? '*',
      port: Number(info[2]),
      host: (info[3] ?? '').toLowerCase(),
      sslFlags: section.attributes['sslFlags'] ?? '0'
    })
  }
  return found
}

// ---------------------------------------------------------------------------------------------------------------
// netsh http sslcert (certificate ↔ ip:port or host:port)

/** The application id IIS Manager uses for its certificate bindings. */
export const IIS_SSL_APP_ID = '{4dc3e181-e14b-4a21-b022-59fc669b0914}'

/** `hostnameport=host:443` for SNI bindings, `ipport=0.0.0.0:443` (or the IP) otherwise. */
export function sslEndpoint(binding: SiteBinding): string {
  if (needsSni(binding)) return `hostnameport=${binding.host}:${binding.port}`
  const ip = binding.ip === '*' ? '0.0.0.0' : binding.ip
  return `ipport=${ip}:${binding.port}`
}

export function buildShowSslCertArgs(binding: SiteBinding): string[] {
  return ['http', 'show', 'sslcert', sslEndpoint(binding)]
}

export function buildAddSslCertArgs(binding: SiteBinding, thumbprint: string, store = 'My'): string[] {
  return [
    'http',
    'add',
    'sslcert',
    sslEndpoint(binding),
    `certhash=${thumbprint}`,
    `appid=${IIS_SSL_APP_ID}`,
    `certstorename=${store}`
  ]
}

export function buildDeleteSslCertArgs(binding: SiteBinding): string[] {
  return ['http', 'delete', 'sslcert', sslEndpoint(binding)]
}

const THUMBPRINT_TOKEN = /(?<![0-9A-Za-z])([0-9a-fA-F]{64}|[0-9a-fA-F]{40})(?![0-9A-Za-z])/

/**
 * The certificate hash bound to an endpoint in `netsh http show sslcert` output, lower case; undefined when nothing
 * is bound. netsh translates its labels (German `Zertifikathash`, docs/windows-locale.md), so the hash is found by
 * its shape, never by its label: the one 40-hex (SHA-1) or 64-hex token of the binding's block. Blocks are
 * separated by blank lines; with `endpoint` (`0.0.0.0:443`, `shop.example.com:443`) the block that names it is
 * used, otherwise the first block that has a hash. The application id is a `{GUID}` and never matches.
 */
export function parseSslCertHash(output: string, endpoint?: string): string | undefined {
  const blocks = output.split(/\r?\n[ \t]*\r?\n/)
  const wanted = endpoint?.toLowerCase()
  const named = wanted
    ? blocks.filter((block) =>
        block
          .toLowerCase()
          .split(/\s+/)
          .some((token) => token === wanted)
      )
    : []
  for (const block of named.length > 0 ? named : blocks) {
    const hash = THUMBPRINT_TOKEN.exec(block)?.[1]
    if (hash) return hash.toLowerCase()
  }
  return undefined
}

// Thumbprints copied from certmgr often carry spaces, colons and invisible marks (LRM/RLM, embedding controls, BOM).
const THUMBPRINT_NOISE = /[\s\u200e\u200f\u202a-\u202e\ufeff:]/g

/** Normalizes a thumbprint as copied from the certificate dialog (spaces, invisible marks); undefined if invalid. */
export function normalizeThumbprint(value: string): string | undefined {
  const cleaned = value.replace(THUMBPRINT_NOISE, '').toLowerCase()
  return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(cleaned) ? cleaned : undefined
}

// ---------------------------------------------------------------------------------------------------------------
// Provisioning

export interface ProvisionSiteOptions {
  appcmd: Appcmd
  site: string
  /** Application path; default `/`. */
  application?: string
  appPool: string
  /** The application's folder. */
  physicalPath: string
  /** Root folder of the site when it has to be created for a sub-application (required then). */
  sitePhysicalPath?: string
  /**
   * `protocol/ip:port:host` lines. Undefined: a new site gets `http/*:80:`, an existing site's bindings are left
   * alone. Missing bindings are added; bindings the site has beyond these are reported, never removed.
   */
  bindings?: readonly string[]
  /** Default ApplicationPoolIdentity. SpecificUser needs `poolAccount` and `powershell`. */
  poolIdentity?: PoolIdentityType
  /** Leave the existing pool's identity (and its account) as it is: a specific user we were not given. */
  keepIdentity?: boolean
  /** The account of a SpecificUser pool; its password is set through pool-identity.ts (stdin), never argv. */
  poolAccount?: PoolAccount
  /** Needed for SpecificUser: the runner and powershell.exe (ToolResolver 'powershell'). */
  powershell?: { runner: CommandRunner; path: string }
  /** With `bindings`: also remove the existing site's http/https bindings not listed (other protocols stay). */
  replaceBindings?: boolean
  /** Default true: the pool keeps Data Protection keys in its profile (§7). */
  loadUserProfile?: boolean
  /** Only the kinds given are checked and set. */
  authentication?: Partial<Record<AuthenticationKind, boolean>>
  /** Pool environment variables (IIS 10+). Existing variables not listed are left alone. */
  poolEnvironmentVariables?: Readonly<Record<string, string>>
  /** Same, with values registered as secrets: masked in every log line, change and command shown. */
  secretPoolEnvironmentVariables?: Readonly<Record<string, string>>
  /** Certificate for the https bindings (LocalMachine store). */
  certificate?: { thumbprint: string; store?: string }
  /** Needed when a certificate is given: the runner and netsh.exe (ToolResolver 'netsh'). */
  netsh?: { runner: CommandRunner; path: string }
  /** .NET CLR version of the pool: `''` (No Managed Code, the default: ASP.NET Core) or `v4.0`/`v2.0`. */
  managedRuntimeVersion?: string
  /** Default Integrated. */
  managedPipelineMode?: PipelineMode
  /** Advanced pool settings (pool-settings.ts); only the fields given are compared and written. */
  poolSettings?: PoolSettings
  /** The application's `preloadEnabled` (Application Initialization); undefined: left alone. */
  preloadEnabled?: boolean
  /** Virtual directories under the application, created or brought to their physical path. */
  virtualDirectories?: readonly VirtualDirectory[]
  /** Return the commands without running any write. Reads still run. */
  dryRun?: boolean
}

/** One change: what, and the commands (masked, for the log and the plan). */
export interface ProvisionChange {
  /** `app pool 'P'`, `site 'S'`, `application 'S/api'`, `certificate *:443`. */
  target: string
  description: string
  commands: string[]
}

export interface ProvisionResult {
  changes: ProvisionChange[]
  warnings: string[]
  dryRun: boolean
}

interface Planned {
  change: ProvisionChange
  run: () => Promise<void>
}

function samePhysicalPath(a: string, b: string): boolean {
  const normalize = (p: string): string => {
    const windows = /^[A-Za-z]:[\\/]|^\\\\/.test(p) || p.includes('\\')
    const unified = windows ? p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase() : p.replace(/\/+$/, '')
    return unified.replace(/%systemdrive%/i, 'c:')
  }
  return normalize(a) === normalize(b)
}

function validate(options: ProvisionSiteOptions): {
  bindings: SiteBinding[] | undefined
  thumbprint?: string
} {
  const errors: InputError[] = []
  let bindings: SiteBinding[] | undefined
  try {
    bindings = options.bindings === undefined ? undefined : parseBindings(options.bindings)
  } catch (error) {
    if (error instanceof InputErrors) errors.push(...error.errors)
    else if (error instanceof InputError) errors.push(error)
    else throw error
  }
  for (const [input, variables] of [
    ['pool-environment-variables', options.poolEnvironmentVariables],
    ['secret-pool-environment-variables', options.secretPoolEnvironmentVariables]
  ] as const) {
    for (const [name, value] of Object.entries(variables ?? {})) {
      for (const problem of poolEnvironmentVariableProblems(name, value))
        errors.push(new InputError(input, `Input '${input}': ${problem}.`))
    }
  }
  for (const name of ['site', 'app-pool'] as const) {
    const value = name === 'site' ? options.site : options.appPool
    const problem = iisNameProblem(value, true)
    if (problem)
      errors.push(
        new InputError(name, `Input '${name}': '${value}' is not a valid IIS name (it ${problem}).`)
      )
  }
  let thumbprint: string | undefined
  if (options.certificate) {
    thumbprint = normalizeThumbprint(options.certificate.thumbprint)
    if (!thumbprint)
      errors.push(
        new InputError(
          'certificate-thumbprint',
          `Input 'certificate-thumbprint': expected 40 hex digits (the certificate's SHA-1 thumbprint).`
        )
      )
    if (!options.netsh) throw new Error('provisionSite: a certificate needs options.netsh')
  }
  if (errors.length === 1 && errors[0]) throw errors[0]
  if (errors.length > 1) throw new InputErrors(errors)
  return { bindings, thumbprint }
}

/**
 * Creates or updates the app pool, site, application, authentication, pool environment variables and certificate
 * bindings. Touches nothing that is already right; returns the changes (empty: nothing to change). With `dryRun`
 * the writes are returned, not run.
 */
export async function provisionSite(options: ProvisionSiteOptions): Promise<ProvisionResult> {
  const { appcmd, site, appPool } = options
  const reporter = appcmd.reporter
  const application = normalizeApplicationPath(options.application)
  const { bindings, thumbprint } = validate(options)
  for (const value of Object.values(options.secretPoolEnvironmentVariables ?? {}))
    reporter.registerSecret(value)
  const dryRun = options.dryRun ?? false
  const changes: ProvisionChange[] = []
  const warnings: string[] = []
  const warn = (message: string): void => {
    warnings.push(message)
    reporter.warning(message)
  }
  const apply = async (planned: Planned): Promise<void> => {
    changes.push(planned.change)
    reporter.info(
      `${dryRun ? 'Would change' : 'Changing'} ${planned.change.target}: ${planned.change.description}`
    )
    if (!dryRun) await planned.run()
  }
  const appcmdChange = (target: string, description: string, ...commands: string[][]): Planned => ({
    change: { target, description, commands: commands.map((args) => appcmd.display(args)) },
    run: async () => {
      for (const args of commands) await appcmd.run(args)
    }
  })

  // App pool ----------------------------------------------------------------------------------------------------
  const desiredPool: Required<
    Pick<
      AppPoolSettings,
      'managedRuntimeVersion' | 'managedPipelineMode' | 'identityType' | 'loadUserProfile'
    >
  > = {
    managedRuntimeVersion: options.managedRuntimeVersion ?? '',
    managedPipelineMode: options.managedPipelineMode ?? 'Integrated',
    identityType: options.poolIdentity ?? 'ApplicationPoolIdentity',
    loadUserProfile: options.loadUserProfile ?? true
  }
  const poolTarget = `app pool '${appPool}'`
  const poolTree = await appcmd.readObject('apppool', appPool)
  const existingVariables = new Map<string, string>()
  const settingsPlan = planPoolSettings(poolTree, options.poolSettings ?? {})
  const scheduleCommands = [
    ...settingsPlan.scheduleRemove.map((time) => buildRemoveScheduleArgs(appPool, time)),
    ...settingsPlan.scheduleAdd.map((time) => buildAddScheduleArgs(appPool, time))
  ]
  const runtimeShown = (version: string): string => (version === '' ? 'No Managed Code' : version)
  const keepIdentity = (options.keepIdentity ?? false) && poolTree !== undefined
  const specificUser = desiredPool.identityType === 'SpecificUser' && !keepIdentity
  if (specificUser && (!options.poolAccount || !options.powershell))
    throw new Error('provisionSite: SpecificUser needs options.poolAccount and options.powershell')
  if (options.poolAccount?.password) reporter.registerSecret(options.poolAccount.password)
  if (!poolTree) {
    await apply(
      appcmdChange(
        poolTarget,
        `create it (${runtimeShown(desiredPool.managedRuntimeVersion)}, ${desiredPool.managedPipelineMode}, ${desiredPool.identityType}, loadUserProfile ${desiredPool.loadUserProfile}${settingsPlan.described.map((d) => `, ${d}`).join('')})`,
        [
          ...buildAddAppPoolArgs(appPool, {
            ...desiredPool,
            // The account (and its password) follows through PowerShell, below.
            identityType: specificUser ? undefined : desiredPool.identityType
          }),
          ...settingsPlan.args
        ],
        ...scheduleCommands
      )
    )
  } else {
    const current = {
      managedRuntimeVersion: findAttribute(poolTree, 'managedRuntimeVersion') ?? '',
      managedPipelineMode: findAttribute(poolTree, 'managedPipelineMode') ?? '',
      identityType: findAttribute(poolTree, 'processModel.identityType') ?? '',
      loadUserProfile:
        (findAttribute(poolTree, 'processModel.loadUserProfile') ?? '').toLowerCase() === 'true'
    }
    const update: AppPoolSettings = {}
    const described: string[] = []
    if (current.managedRuntimeVersion.toLowerCase() !== desiredPool.managedRuntimeVersion.toLowerCase()) {
      update.managedRuntimeVersion = desiredPool.managedRuntimeVersion
      described.push(
        `.NET CLR version '${current.managedRuntimeVersion}' → ${runtimeShown(desiredPool.managedRuntimeVersion)}`
      )
    }
    if (current.managedPipelineMode.toLowerCase() !== desiredPool.managedPipelineMode.toLowerCase()) {
      update.managedPipelineMode = desiredPool.managedPipelineMode
      described.push(`pipeline '${current.managedPipelineMode}' → ${desiredPool.managedPipelineMode}`)
    }
    if (
      !specificUser &&
      !keepIdentity &&
      current.identityType.toLowerCase() !== desiredPool.identityType.toLowerCase()
    ) {
      update.identityType = desiredPool.identityType
      described.push(`identity '${current.identityType}' → ${desiredPool.identityType}`)
    }
    if (current.loadUserProfile !== desiredPool.loadUserProfile) {
      update.loadUserProfile = desiredPool.loadUserProfile
      described.push(`loadUserProfile ${current.loadUserProfile} → ${desiredPool.loadUserProfile}`)
    }
    described.push(...settingsPlan.described)
    const setArgs = [...buildSetAppPoolArgs(appPool, update), ...settingsPlan.args]
    const commands = setArgs.length > 3 ? [setArgs, ...scheduleCommands] : scheduleCommands
    if (described.length > 0) await apply(appcmdChange(poolTarget, described.join(', '), ...commands))
    for (const entry of collectionEntries(poolTree, 'environmentVariables')) {
      if (entry['name'] !== undefined)
        existingVariables.set(entry['name'].toLowerCase(), entry['value'] ?? '')
    }
  }

  // Pool identity account (SpecificUser) ---------------------------------------------------------------------------
  if (specificUser && options.poolAccount && options.powershell) {
    const account = options.poolAccount
    const powershell = options.powershell
    const now = poolTree ? currentPoolAccount(poolTree) : undefined
    // The password IIS has is printed decrypted by appcmd: it is a secret too, compared, never shown.
    if (now?.password) reporter.registerSecret(now.password)
    const same =
      now !== undefined &&
      now.identityType.toLowerCase() === 'specificuser' &&
      now.userName.toLowerCase() === account.userName.toLowerCase() &&
      now.password === account.password
    if (!same) {
      const what =
        now === undefined || now.identityType.toLowerCase() !== 'specificuser'
          ? `identity '${now?.identityType ?? 'ApplicationPoolIdentity'}' → SpecificUser ${account.userName}`
          : now.userName.toLowerCase() !== account.userName.toLowerCase()
            ? `account '${now.userName}' → ${account.userName}`
            : `password of ${account.userName} updated`
      await apply({
        change: { target: poolTarget, description: what, commands: [SET_POOL_IDENTITY_DISPLAY] },
        run: () =>
          setPoolIdentity({
            runner: powershell.runner,
            powershellPath: powershell.path,
            reporter,
            pool: appPool,
            account,
            signal: appcmd.signal
          })
      })
    }
  }

  // Pool environment variables ------------------------------------------------------------------------------------
  const variables: Array<[string, string, boolean]> = [
    ...Object.entries(options.poolEnvironmentVariables ?? {}).map(([n, v]): [string, string, boolean] => [
      n,
      v,
      false
    ]),
    ...Object.entries(options.secretPoolEnvironmentVariables ?? {}).map(
      ([n, v]): [string, string, boolean] => [n, v, true]
    )
  ]
  for (const [name, value, secret] of variables) {
    const current = existingVariables.get(name.toLowerCase())
    if (current === value) continue
    const shown = secret ? '(secret)' : `'${value}'`
    if (current === undefined) {
      await apply(
        appcmdChange(
          poolTarget,
          `add environment variable ${name} = ${shown}`,
          buildAddPoolEnvironmentVariableArgs(appPool, name, value)
        )
      )
    } else {
      await apply(
        appcmdChange(
          poolTarget,
          `change environment variable ${name} to ${shown}`,
          buildRemovePoolEnvironmentVariableArgs(appPool, name),
          buildAddPoolEnvironmentVariableArgs(appPool, name, value)
        )
      )
    }
  }

  // Site ----------------------------------------------------------------------------------------------------------
  const siteTarget = `site '${site}'`
  const siteTree = await appcmd.readObject('site', site)
  const siteExists = siteTree !== undefined
  const wanted = bindings ?? (siteExists ? undefined : parseBindings(['http/*:80:']))
  if (!siteExists) {
    const sitePath = application === '/' ? options.physicalPath : options.sitePhysicalPath
    if (sitePath === undefined)
      throw new InputError(
        'site',
        `Site '${site}' does not exist: to create it for application '${application}', its root folder is needed (sitePhysicalPath). Create the site first, or deploy to application '/'.`
      )
    const plain = (wanted ?? []).filter((b) => !needsSni(b))
    const sni = (wanted ?? []).filter(needsSni)
    await apply(
      appcmdChange(
        siteTarget,
        `create it at ${sitePath} with bindings ${(wanted ?? []).map(formatBinding).join(', ') || '(none)'}`,
        buildAddSiteArgs({ name: site, bindings: plain, physicalPath: sitePath }),
        ...sni.map((b) => buildAddSiteBindingArgs(site, b, true))
      )
    )
  } else if (wanted) {
    const have = existingBindings(siteTree)
    for (const binding of wanted) {
      if (have.some((h) => sameBinding(h, binding))) continue
      await apply(
        appcmdChange(
          siteTarget,
          `add binding ${formatBinding(binding)}${needsSni(binding) ? ' (SNI)' : ''}`,
          buildAddSiteBindingArgs(site, binding, needsSni(binding))
        )
      )
    }
    const extra = have.filter((h) => !wanted.some((w) => sameBinding(h, w)))
    if (extra.length > 0 && options.replaceBindings && wanted.length > 0) {
      for (const binding of extra)
        await apply(
          appcmdChange(
            siteTarget,
            `remove binding ${formatBinding(binding)} ('replace-bindings: true')`,
            buildRemoveSiteBindingArgs(site, binding)
          )
        )
    } else if (extra.length > 0)
      reporter.info(
        `Site '${site}' also has bindings ${extra.map(formatBinding).join(', ')}: left as they are (set 'replace-bindings: true' to remove them).`
      )
  }

  // Application -------------------------------------------------------------------------------------------------
  const appId = appIdentifier(site, application)
  const appTarget = `application '${appId}'`
  const appPoolNow = siteExists ? await appcmd.readProperty('app', appId, 'applicationPool') : undefined
  if (application !== '/' && appPoolNow === undefined) {
    await apply(
      appcmdChange(
        appTarget,
        `create it at ${options.physicalPath} in app pool '${appPool}'`,
        buildAddAppArgs({ site, path: application, physicalPath: options.physicalPath, appPool })
      )
    )
  } else {
    // The root application comes with the site (in DefaultAppPool unless told otherwise).
    if (appPoolNow === undefined || appPoolNow.toLowerCase() !== appPool.toLowerCase())
      await apply(
        appcmdChange(
          appTarget,
          `app pool '${appPoolNow ?? 'DefaultAppPool'}' → '${appPool}'`,
          buildSetAppPoolOfAppArgs(site, application, appPool)
        )
      )
    if (appPoolNow !== undefined) {
      const physicalNow = await appcmd.readProperty(
        'vdir',
        rootVdirIdentifier(site, application),
        'physicalPath'
      )
      if (physicalNow === undefined || !samePhysicalPath(physicalNow, options.physicalPath))
        await apply(
          appcmdChange(
            appTarget,
            `physical path ${physicalNow ?? '(none)'} → ${options.physicalPath}`,
            buildSetPhysicalPathArgs(site, application, options.physicalPath)
          )
        )
    }
  }

  // Preload (Application Initialization) and virtual directories -----------------------------------------------
  if (options.preloadEnabled !== undefined) {
    const appTree = await appcmd.readObject('app', appId)
    const current = (appTree ? findAttribute(appTree, 'preloadEnabled') : undefined)?.toLowerCase() === 'true'
    if (current !== options.preloadEnabled)
      await apply(
        appcmdChange(
          appTarget,
          `preloadEnabled ${current} → ${options.preloadEnabled}`,
          buildSetPreloadArgs(appId, options.preloadEnabled)
        )
      )
  }
  for (const planned of await planVirtualDirectories(
    appcmd,
    site,
    application,
    options.virtualDirectories ?? []
  ))
    await apply(appcmdChange(appTarget, planned.description, planned.command))

  // Authentication ----------------------------------------------------------------------------------------------
  const appExists = siteExists && appPoolNow !== undefined
  for (const kind of AUTHENTICATION_KINDS) {
    const enabled = options.authentication?.[kind]
    if (enabled === undefined) continue
    let current: string | undefined
    if (appExists || !dryRun) {
      const { stdout } = await appcmd.run(buildGetAuthenticationArgs(site, application, kind))
      current = parseTextValues(stdout)[0]?.trim().toLowerCase()
    }
    if (current === String(enabled)) continue
    await apply(
      appcmdChange(
        appTarget,
        `${kind} authentication ${current === undefined ? '' : `${current} → `}${enabled ? 'enabled' : 'disabled'}`,
        buildSetAuthenticationArgs(site, application, kind, enabled)
      )
    )
  }

  // Certificates ----------------------------------------------------------------------------------------------
  const https = (wanted ?? (siteTree ? existingBindings(siteTree) : [])).filter((b) => b.protocol === 'https')
  if (https.length > 0 && !thumbprint && bindings?.some((b) => b.protocol === 'https'))
    warn(
      `Site '${site}' has https bindings but no \`certificate-thumbprint\`: they only work if a certificate is already bound to ${https.map(sslEndpoint).join(', ')}.`
    )
  if (thumbprint && https.length === 0)
    warn(
      `\`certificate-thumbprint\` is set but site '${site}' has no https binding: the certificate is not bound anywhere.`
    )
  if (thumbprint && options.netsh) {
    const netsh = options.netsh
    for (const binding of https) {
      const shown = await runNetsh(netsh, buildShowSslCertArgs(binding), appcmd, true)
      const bound = parseSslCertHash(shown, sslEndpoint(binding).split('=')[1])
      if (bound === thumbprint) continue
      const store = options.certificate?.store ?? 'My'
      const commands = [
        ...(bound ? [buildDeleteSslCertArgs(binding)] : []),
        buildAddSslCertArgs(binding, thumbprint, store)
      ]
      await apply({
        change: {
          target: `certificate ${sslEndpoint(binding).split('=')[1] ?? ''}`,
          description: bound
            ? `certificate ${bound} → ${thumbprint}`
            : `bind certificate ${thumbprint} (${store})`,
          commands: commands.map((args) => reporter.mask(formatCommandLine('netsh', args)))
        },
        run: async () => {
          for (const args of commands) await runNetsh(netsh, args, appcmd, false)
        }
      })
    }
  }

  // One pool per in-process app ---------------------------------------------------------------------------------
  const { stdout: appsOfPool, failure } = await appcmd.run(buildListAppsOfPoolArgs(appPool), {
    accept: [1168, 1]
  })
  if (!failure) {
    const others = parseObjectLines(appsOfPool)
      .filter((o) => o.type === 'APP' && o.id.toLowerCase() !== appId.toLowerCase())
      .map((o) => o.id)
    if (others.length > 0)
      warn(
        `App pool '${appPool}' also serves ${others.join(', ')}: in-process ASP.NET Core hosting allows one application per pool (a second one fails with 500.35). Give '${appId}' its own pool, or use hostingModel outofprocess.`
      )
  }

  const advice =
    specificUser || keepIdentity
      ? undefined
      : dataProtectionAdvice(desiredPool.identityType as PoolIdentity, desiredPool.loadUserProfile)
  if (advice) warn(advice)

  if (changes.length === 0)
    reporter.info(
      `Provisioning: nothing to change (${poolTarget}, ${siteTarget} and ${appTarget} are as requested).`
    )
  return { changes, warnings, dryRun }
}

async function runNetsh(
  netsh: { runner: CommandRunner; path: string },
  args: string[],
  appcmd: Appcmd,
  isRead: boolean
): Promise<string> {
  const shown = appcmd.reporter.mask(formatCommandLine('netsh', args))
  if (isRead) appcmd.reporter.debug(shown)
  else appcmd.reporter.info(shown)
  const result = await netsh.runner.run(netsh.path, args, {
    silent: true,
    signal: appcmd.signal,
    outputEncoding: TOOL_OUTPUT_ENCODINGS['netsh']
  })
  const output = `${result.stdout}\n${result.stderr}`
  // `show` of an endpoint with no certificate fails ("The system cannot find the file specified."): an answer,
  // decided by the exit code (the text is translated).
  if (isRead) return result.exitCode === 0 ? output : ''
  if (result.exitCode === 0) return output
  throw new ToolError(
    'netsh',
    result.exitCode,
    `${shown} failed (exit code ${result.exitCode}): ${appcmd.reporter.mask(output.trim().replace(/\s+/g, ' '))}`,
    'Check that the certificate is in the LocalMachine store given by `certificate-store` (default My), has a private key, and that the thumbprint is right.'
  )
}
