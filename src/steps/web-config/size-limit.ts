// IIS refuses to read a web.config larger than MaxWebConfigFileSizeInKB (250 KB unless the registry value under
// HKLM\SOFTWARE\Microsoft\InetStp\Configuration says otherwise; input-rules §3): the site would answer 500.19
// "Cannot read configuration file because it exceeds the maximum file size". The web-config step refuses such a
// file before anything on the server changes.

import type { CommandRunner } from '../../core/ports.js'
import { findValue, parseRegQuery, regNumber } from '../hosting-bundle/reg-query.js'

export const WEB_CONFIG_LIMIT_KEY = 'HKLM\\SOFTWARE\\Microsoft\\InetStp\\Configuration'
export const WEB_CONFIG_LIMIT_VALUE = 'MaxWebConfigFileSizeInKB'
export const DEFAULT_WEB_CONFIG_LIMIT_KB = 250

export interface WebConfigLimit {
  kb: number
  /** Where the limit comes from: the registry value, or IIS's default when the value is not set or not readable. */
  source: 'registry' | 'default'
}

/**
 * Reads MaxWebConfigFileSizeInKB with `reg query` (the 64-bit view: IIS runs 64-bit; a 32-bit pool reads the
 * Wow6432Node copy, not checked here); IIS's default when the value is absent or `reg` fails.
 */
export async function readWebConfigLimit(
  runner: CommandRunner,
  reg: string,
  signal?: AbortSignal
): Promise<WebConfigLimit> {
  try {
    const result = await runner.run(
      reg,
      ['query', WEB_CONFIG_LIMIT_KEY, '/v', WEB_CONFIG_LIMIT_VALUE, '/reg:64'],
      { silent: true, timeoutMs: 60_000, signal }
    )
    // Exit 1, "unable to find the specified registry key or value": not set, so the default applies.
    const kb =
      result.exitCode === 0
        ? regNumber(findValue(parseRegQuery(result.stdout)[0], WEB_CONFIG_LIMIT_VALUE))
        : undefined
    if (kb !== undefined && kb > 0) return { kb, source: 'registry' }
  } catch (error) {
    if (signal?.aborted) throw error
    // reg.exe could not start: IIS's default.
  }
  return { kb: DEFAULT_WEB_CONFIG_LIMIT_KB, source: 'default' }
}

/** Why a web.config of `bytes` cannot be served under `limit`, or undefined when it fits. */
export function webConfigSizeProblem(file: string, bytes: number, limit: WebConfigLimit): string | undefined {
  if (bytes <= limit.kb * 1024) return undefined
  const size = `${Math.ceil(bytes / 1024)} KB`
  const whence =
    limit.source === 'registry'
      ? `the registry value ${WEB_CONFIG_LIMIT_KEY}\\${WEB_CONFIG_LIMIT_VALUE} on this server`
      : `IIS's default, unless the registry value ${WEB_CONFIG_LIMIT_KEY}\\${WEB_CONFIG_LIMIT_VALUE} raises it`
  return `${file} is ${size}, over the ${limit.kb} KB IIS reads (${WEB_CONFIG_LIMIT_VALUE}: ${whence}); IIS would answer 500.19 for every request. Move large sections into separate files (configSource, e.g. rewrite maps), or raise ${WEB_CONFIG_LIMIT_VALUE} on the server and restart IIS.`
}
