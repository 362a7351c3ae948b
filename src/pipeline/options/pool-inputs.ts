// The inputs of issue 13's provisioning additions, read and checked by the steps' own rules (src/steps/iis
// pool-settings.ts, pool-identity.ts, virtual-directories.ts; src/steps/web-config/app-kind.ts): the pool account,
// the pool's advanced settings, virtual directories and the app kind. Every value is refused now, before the server
// changes, with the range IIS documents.

import {
  checkRange,
  IDLE_TIMEOUT_RANGE,
  MAX_CRASHES_RANGE,
  parseRecycleSchedule,
  parseTimeSpan,
  PIPELINE_MODES,
  QUEUE_LENGTH_RANGE,
  RAPID_FAIL_INTERVAL_RANGE,
  RECYCLE_TIME_RANGE,
  RUNTIME_VERSIONS,
  START_MODES,
  type TimeSpanRange
} from '../../steps/iis/pool-settings.js'
import { validatePoolAccount } from '../../steps/iis/pool-identity.js'
import { parseVirtualDirectories } from '../../steps/iis/virtual-directories.js'
import { APP_KINDS } from '../../steps/web-config/app-kind.js'
import type { DeployOptions } from './deploy-options.js'
import type { InputCollector } from './read-inputs.js'
import type { InputName } from './schema.js'

function timeSpan(c: InputCollector, name: InputName, range: TimeSpanRange): string | undefined {
  const value = c.string(name)
  return value === undefined ? undefined : c.fromStep(() => parseTimeSpan(value, name, range), undefined)
}

function wholeNumber(
  c: InputCollector,
  name: InputName,
  range: { min: number; max: number }
): number | undefined {
  const value = c.string(name)
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) {
    c.fail(name, `Input '${name}' is '${value}': use a whole number from ${range.min} to ${range.max}.`)
    return undefined
  }
  return c.fromStep(() => checkRange(Number(value), name, range), undefined)
}

export function readPoolInputs(c: InputCollector, poolIdentity: string) {
  const poolUsername = c.string('pool-username')
  const poolPassword = c.exact('pool-password')
  c.fromStep(() => validatePoolAccount(poolIdentity, poolUsername, poolPassword), undefined)
  const schedule = c.list('pool-recycle-schedule')
  const startMode = c.string('pool-start-mode')
  return {
    poolUsername,
    poolPassword,
    appKind: c.oneOf('app-kind', APP_KINDS),
    poolRuntimeVersion: c.oneOf('pool-runtime-version', RUNTIME_VERSIONS),
    poolPipelineMode: c.oneOf('pool-pipeline-mode', PIPELINE_MODES),
    pool32bit: c.optionalBoolean('pool-32bit'),
    poolStartMode: startMode === undefined ? undefined : c.oneOf('pool-start-mode', START_MODES),
    poolIdleTimeout: timeSpan(c, 'pool-idle-timeout', IDLE_TIMEOUT_RANGE),
    poolRecycleTime: timeSpan(c, 'pool-recycle-time', RECYCLE_TIME_RANGE),
    poolRecycleSchedule:
      schedule.length === 0 ? undefined : c.fromStep(() => parseRecycleSchedule(schedule), undefined),
    poolQueueLength: wholeNumber(c, 'pool-queue-length', QUEUE_LENGTH_RANGE),
    poolRapidFailProtection: c.optionalBoolean('pool-rapid-fail-protection'),
    poolRapidFailInterval: timeSpan(c, 'pool-rapid-fail-interval', RAPID_FAIL_INTERVAL_RANGE),
    poolRapidFailMaxCrashes: wholeNumber(c, 'pool-rapid-fail-max-crashes', MAX_CRASHES_RANGE),
    virtualDirectories: c.fromStep(() => parseVirtualDirectories(c.list('virtual-directories')), [])
  } satisfies Partial<DeployOptions>
}

/** True when any pool setting of this file is given (provisioning then runs, as for pool environment variables). */
export function poolSettingsGiven(
  o: Pick<
    DeployOptions,
    | 'pool32bit'
    | 'poolStartMode'
    | 'poolIdleTimeout'
    | 'poolRecycleTime'
    | 'poolRecycleSchedule'
    | 'poolQueueLength'
    | 'poolRapidFailProtection'
    | 'poolRapidFailInterval'
    | 'poolRapidFailMaxCrashes'
    | 'poolUsername'
    | 'virtualDirectories'
  >
): boolean {
  return (
    o.pool32bit !== undefined ||
    o.poolStartMode !== undefined ||
    o.poolIdleTimeout !== undefined ||
    o.poolRecycleTime !== undefined ||
    o.poolRecycleSchedule !== undefined ||
    o.poolQueueLength !== undefined ||
    o.poolRapidFailProtection !== undefined ||
    o.poolRapidFailInterval !== undefined ||
    o.poolRapidFailMaxCrashes !== undefined ||
    o.poolUsername !== undefined ||
    o.virtualDirectories.length > 0
  )
}
