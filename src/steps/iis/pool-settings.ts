// The app pool's advanced settings (issue 13, docs/app-pool-settings.md): 32-bit, .NET CLR version, pipeline mode,
// start mode, idle timeout, periodic restart (interval and schedule), queue length and rapid-fail protection. Each
// is checked up front against the range IIS documents, compared with what the pool has, and written with appcmd only
// when it differs. A setting that is not given is never touched.

import { InputError } from '../../core/errors.js'
import { findAttribute, findSections, type AppcmdTextNode } from './appcmd.js'

export const PIPELINE_MODES = ['Integrated', 'Classic'] as const
export type PipelineMode = (typeof PIPELINE_MODES)[number]
export const START_MODES = ['OnDemand', 'AlwaysRunning'] as const
export type StartMode = (typeof START_MODES)[number]
/** `pool-runtime-version`: `auto` follows `app-kind` (v4.0 for .NET Framework, No Managed Code otherwise). */
export const RUNTIME_VERSIONS = ['auto', 'No Managed Code', 'v4.0', 'v2.0'] as const
export type RuntimeVersionInput = (typeof RUNTIME_VERSIONS)[number]

/** Settings to enforce; undefined fields are left as the pool has them. Timespans are canonical (`hh:mm:ss`). */
export interface PoolSettings {
  enable32BitAppOnWin64?: boolean
  startMode?: StartMode
  idleTimeout?: string
  periodicRestartTime?: string
  /** The whole schedule: entries missing are added, others removed. Empty: no scheduled recycles. */
  periodicRestartSchedule?: string[]
  queueLength?: number
  rapidFailProtection?: boolean
  rapidFailProtectionInterval?: string
  rapidFailProtectionMaxCrashes?: number
}

// ---------------------------------------------------------------------------------------------------------------
// Timespans: IIS writes them as .NET does, `[d.]hh:mm:ss` (`00:20:00`, `1.05:00:00`).

const DAY = 86_400

/** Seconds of an IIS timespan, or undefined when it is not one. Hours < 24, minutes and seconds < 60. */
export function timeSpanSeconds(text: string): number | undefined {
  const match = /^(?:(\d{1,5})\.)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(text.trim())
  if (!match) return undefined
  const [days, hours, minutes, seconds] = [match[1] ?? '0', match[2], match[3], match[4]].map(Number) as [
    number,
    number,
    number,
    number
  ]
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined
  return days * DAY + hours * 3600 + minutes * 60 + seconds
}

/** `[d.]hh:mm:ss`, as IIS prints it. */
export function formatTimeSpan(total: number): string {
  const days = Math.floor(total / DAY)
  const rest = total % DAY
  const two = (n: number): string => String(n).padStart(2, '0')
  const clock = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`
  return days > 0 ? `${days}.${clock}` : clock
}

export interface TimeSpanRange {
  minSeconds: number
  maxSeconds: number
  /** The value must be whole minutes (IIS's schema: granularity 60 s). */
  wholeMinutes?: boolean
}

/**
 * Parses a timespan input (`00:20:00`, `1.05:00:00`) and checks its range; returns the canonical form. The ranges
 * are the ones IIS's configuration schema declares (docs/app-pool-settings.md).
 */
export function parseTimeSpan(value: string, input: string, range: TimeSpanRange): string {
  const seconds = timeSpanSeconds(value)
  const span = `${formatTimeSpan(range.minSeconds)} to ${formatTimeSpan(range.maxSeconds)}`
  if (seconds === undefined)
    throw new InputError(
      input,
      `Input '${input}' is '${value}': use IIS's timespan format hh:mm:ss or d.hh:mm:ss (e.g. 00:20:00, 1.05:00:00), from ${span}.`
    )
  if (seconds < range.minSeconds || seconds > range.maxSeconds)
    throw new InputError(input, `Input '${input}' is '${value}': IIS accepts ${span}.`)
  if (range.wholeMinutes && seconds % 60 !== 0)
    throw new InputError(
      input,
      `Input '${input}' is '${value}': IIS accepts whole minutes only (seconds must be 00).`
    )
  return formatTimeSpan(seconds)
}

/** 0 to 30 days in whole minutes: idleTimeout and periodicRestart.time (0 turns them off). */
export const IDLE_TIMEOUT_RANGE: TimeSpanRange = { minSeconds: 0, maxSeconds: 30 * DAY, wholeMinutes: true }
export const RECYCLE_TIME_RANGE: TimeSpanRange = { minSeconds: 0, maxSeconds: 30 * DAY, wholeMinutes: true }
/** 1 minute to 30 days in whole minutes: rapidFailProtectionInterval. */
export const RAPID_FAIL_INTERVAL_RANGE: TimeSpanRange = {
  minSeconds: 60,
  maxSeconds: 30 * DAY,
  wholeMinutes: true
}
/** A time of day for the recycle schedule. */
export const SCHEDULE_RANGE: TimeSpanRange = { minSeconds: 0, maxSeconds: DAY - 1 }
export const QUEUE_LENGTH_RANGE = { min: 10, max: 65_535 } as const
export const MAX_CRASHES_RANGE = { min: 1, max: 2_147_483_647 } as const

/** Parses `pool-recycle-schedule` (times of day); duplicates are refused, the result is sorted. */
export function parseRecycleSchedule(values: readonly string[], input = 'pool-recycle-schedule'): string[] {
  const times = values.map((v) => parseTimeSpan(v, input, SCHEDULE_RANGE))
  const duplicate = times.find((t, i) => times.indexOf(t) !== i)
  if (duplicate)
    throw new InputError(input, `Input '${input}' lists ${duplicate} twice: list each time once.`)
  return [...times].sort()
}

/** Checks an integer input against an inclusive range. */
export function checkRange(value: number, input: string, range: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max)
    throw new InputError(
      input,
      `Input '${input}' is '${value}': IIS accepts whole numbers ${range.min} to ${range.max}.`
    )
  return value
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing and writing

type Kind = 'bool' | 'enum' | 'timespan' | 'int'

interface Attribute {
  field: Exclude<keyof PoolSettings, 'periodicRestartSchedule'>
  /** The appcmd attribute path (`/processModel.idleTimeout:`). */
  path: string
  kind: Kind
  /** What IIS has when the attribute is not printed (IIS's schema default). */
  defaultValue: string
}

const ATTRIBUTES: readonly Attribute[] = [
  { field: 'enable32BitAppOnWin64', path: 'enable32BitAppOnWin64', kind: 'bool', defaultValue: 'false' },
  { field: 'startMode', path: 'startMode', kind: 'enum', defaultValue: 'OnDemand' },
  { field: 'queueLength', path: 'queueLength', kind: 'int', defaultValue: '1000' },
  { field: 'idleTimeout', path: 'processModel.idleTimeout', kind: 'timespan', defaultValue: '00:20:00' },
  {
    field: 'periodicRestartTime',
    path: 'recycling.periodicRestart.time',
    kind: 'timespan',
    defaultValue: '1.05:00:00'
  },
  { field: 'rapidFailProtection', path: 'failure.rapidFailProtection', kind: 'bool', defaultValue: 'true' },
  {
    field: 'rapidFailProtectionInterval',
    path: 'failure.rapidFailProtectionInterval',
    kind: 'timespan',
    defaultValue: '00:05:00'
  },
  {
    field: 'rapidFailProtectionMaxCrashes',
    path: 'failure.rapidFailProtectionMaxCrashes',
    kind: 'int',
    defaultValue: '5'
  }
]

function sameValue(kind: Kind, current: string, wanted: string): boolean {
  switch (kind) {
    case 'timespan':
      return timeSpanSeconds(current) === timeSpanSeconds(wanted)
    case 'int':
      return Number(current) === Number(wanted)
    default:
      return current.trim().toLowerCase() === wanted.toLowerCase()
  }
}

/** The recycle schedule as the pool has it (`[schedule]` → `[add] value:"03:00:00"`), canonical and sorted. */
export function currentSchedule(tree: AppcmdTextNode): string[] {
  return findSections(tree, 'schedule')
    .flatMap((section) => section.children.map((c) => c.attributes['value'] ?? ''))
    .map((value) => {
      const seconds = timeSpanSeconds(value)
      return seconds === undefined ? value : formatTimeSpan(seconds)
    })
    .sort()
}

export interface PoolSettingsPlan {
  /** `/attr:value` switches for `set apppool` (or `add apppool`). */
  args: string[]
  /** `attr 'old' → new` per difference. */
  described: string[]
  scheduleAdd: string[]
  scheduleRemove: string[]
}

/** What to write so the pool has `wanted`. `tree` undefined: a new pool, everything given is written. */
export function planPoolSettings(tree: AppcmdTextNode | undefined, wanted: PoolSettings): PoolSettingsPlan {
  const plan: PoolSettingsPlan = { args: [], described: [], scheduleAdd: [], scheduleRemove: [] }
  for (const attribute of ATTRIBUTES) {
    const value = wanted[attribute.field]
    if (value === undefined) continue
    const text = String(value)
    const current = tree ? (findAttribute(tree, attribute.path) ?? attribute.defaultValue) : undefined
    if (current !== undefined && sameValue(attribute.kind, current, text)) continue
    plan.args.push(`/${attribute.path}:${text}`)
    plan.described.push(
      current === undefined ? `${attribute.path} ${text}` : `${attribute.path} '${current}' → ${text}`
    )
  }
  if (wanted.periodicRestartSchedule) {
    const have = tree ? currentSchedule(tree) : []
    plan.scheduleAdd = wanted.periodicRestartSchedule.filter((t) => !have.includes(t))
    plan.scheduleRemove = have.filter((t) => !wanted.periodicRestartSchedule?.includes(t))
    for (const time of plan.scheduleAdd) plan.described.push(`recycle at ${time}`)
    for (const time of plan.scheduleRemove) plan.described.push(`no recycle at ${time} any more`)
  }
  return plan
}

const APP_POOLS_SECTION = '-section:system.applicationHost/applicationPools'

/**
 * Adds a recycle time (the documented form, iis-docs …/periodicRestart/schedule/add sample):
 * `set config -section:system.applicationHost/applicationPools /+[name='P'].recycling.periodicRestart.schedule.[value='03:00:00'] /commit:apphost`
 */
export function buildAddScheduleArgs(pool: string, time: string): string[] {
  return [
    'set',
    'config',
    APP_POOLS_SECTION,
    `/+[name='${pool}'].recycling.periodicRestart.schedule.[value='${time}']`,
    '/commit:apphost'
  ]
}

/** The `/-` form of the same indexer: removes one recycle time. */
export function buildRemoveScheduleArgs(pool: string, time: string): string[] {
  return [
    'set',
    'config',
    APP_POOLS_SECTION,
    `/-[name='${pool}'].recycling.periodicRestart.schedule.[value='${time}']`,
    '/commit:apphost'
  ]
}

/** `set app "S/api" /preloadEnabled:true` (the attribute of `<application>`). */
export function buildSetPreloadArgs(appId: string, enabled: boolean): string[] {
  return ['set', 'app', appId, `/preloadEnabled:${String(enabled)}`]
}
