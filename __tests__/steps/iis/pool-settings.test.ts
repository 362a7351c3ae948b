// The rules of issue 13's pool settings, pool account and virtual directories: what IIS accepts is accepted, what it
// refuses is refused with the input's name, and drift is computed against what appcmd prints.

import { describe, expect, it } from 'vitest'
import { parseTextTree } from '../../../src/steps/iis/appcmd.js'
import { validatePoolAccount } from '../../../src/steps/iis/pool-identity.js'
import {
  IDLE_TIMEOUT_RANGE,
  parseRecycleSchedule,
  parseTimeSpan,
  planPoolSettings,
  RAPID_FAIL_INTERVAL_RANGE
} from '../../../src/steps/iis/pool-settings.js'
import { parseVirtualDirectories, vdirIdentifier } from '../../../src/steps/iis/virtual-directories.js'

describe('parseTimeSpan', () => {
  it.each([
    ['00:20:00', '00:20:00'],
    ['0:05:00', '00:05:00'],
    ['1.05:00:00', '1.05:00:00'],
    ['30.00:00:00', '30.00:00:00'],
    ['00:00:00', '00:00:00']
  ])('accepts %s as %s', (value, canonical) => {
    expect(parseTimeSpan(value, 'pool-idle-timeout', IDLE_TIMEOUT_RANGE)).toBe(canonical)
  })

  it.each([
    ['20', /hh:mm:ss/],
    ['24:00:00', /hh:mm:ss/],
    ['00:60:00', /hh:mm:ss/],
    ['30.00:01:00', /30\.00:00:00/],
    ['00:20:30', /whole minutes/]
  ])('refuses %s', (value, message) => {
    expect(() => parseTimeSpan(value, 'pool-idle-timeout', IDLE_TIMEOUT_RANGE)).toThrow(message)
  })

  it('refuses a rapid-fail interval below one minute', () => {
    expect(() => parseTimeSpan('00:00:00', 'pool-rapid-fail-interval', RAPID_FAIL_INTERVAL_RANGE)).toThrow(
      /00:01:00 to 30\.00:00:00/
    )
  })

  it('sorts the recycle schedule and refuses a time listed twice', () => {
    expect(parseRecycleSchedule(['15:00:00', '3:00:00'])).toEqual(['03:00:00', '15:00:00'])
    expect(() => parseRecycleSchedule(['03:00:00', '3:00:00'])).toThrow(/twice/)
  })
})

describe('planPoolSettings', () => {
  const tree = parseTextTree(
    [
      'APPPOOL',
      '  APPPOOL.NAME:"Shop"',
      '  [add]',
      '    queueLength:"1000"',
      '    enable32BitAppOnWin64:"false"',
      '    [processModel]',
      '      idleTimeout:"00:20:00"',
      '    [recycling]',
      '      [periodicRestart]',
      '        time:"1.05:00:00"',
      '        [schedule]',
      '          [add]',
      '            value:"01:00:00"',
      '    [failure]',
      '      rapidFailProtection:"true"'
    ].join('\n')
  )[0]

  it('writes only what differs, and the schedule entries to add and remove', () => {
    const plan = planPoolSettings(tree, {
      queueLength: 1000,
      enable32BitAppOnWin64: true,
      idleTimeout: '00:20:00',
      periodicRestartTime: '00:00:00',
      periodicRestartSchedule: ['03:00:00'],
      rapidFailProtection: false
    })
    expect(plan.args).toEqual([
      '/enable32BitAppOnWin64:true',
      '/recycling.periodicRestart.time:00:00:00',
      '/failure.rapidFailProtection:false'
    ])
    expect(plan.scheduleAdd).toEqual(['03:00:00'])
    expect(plan.scheduleRemove).toEqual(['01:00:00'])
  })

  it('plans nothing when the pool already has every setting', () => {
    const plan = planPoolSettings(tree, { queueLength: 1000, periodicRestartSchedule: ['01:00:00'] })
    expect(plan).toEqual({ args: [], described: [], scheduleAdd: [], scheduleRemove: [] })
  })
})

describe('validatePoolAccount', () => {
  it('takes a user and password, and a gMSA without one', () => {
    expect(validatePoolAccount('SpecificUser', 'CONTOSO\\svc', 's3cret')).toEqual({
      userName: 'CONTOSO\\svc',
      password: 's3cret'
    })
    expect(validatePoolAccount('SpecificUser', 'CONTOSO\\gmsa$', undefined)).toEqual({
      userName: 'CONTOSO\\gmsa$',
      password: ''
    })
  })

  it.each([
    ['SpecificUser', undefined, 'x', /pool-username' is needed/],
    ['SpecificUser', 'CONTOSO\\svc', undefined, /pool-password' is needed/],
    ['SpecificUser', 'CONTOSO\\gmsa$', 'x', /no password/],
    ['SpecificUser', 'bad "name"', 'x', /DOMAIN\\user/],
    ['NetworkService', 'CONTOSO\\svc', undefined, /only with 'pool-identity: SpecificUser'/]
  ])('refuses %s %s', (identity, user, password, message) => {
    expect(() => validatePoolAccount(identity, user, password)).toThrow(message)
  })
})

describe('parseVirtualDirectories', () => {
  it('parses path=folder lines and names them as appcmd does', () => {
    expect(parseVirtualDirectories(['media=D:\\media', '/docs/v1/ = \\\\srv\\docs'])).toEqual([
      { path: '/media', physicalPath: 'D:\\media' },
      { path: '/docs/v1', physicalPath: '\\\\srv\\docs' }
    ])
    expect(vdirIdentifier('Shop', '/', '/media')).toBe('Shop/media')
    expect(vdirIdentifier('Shop', '/api', '/media')).toBe('Shop/api/media')
  })

  it('refuses lines without a folder, relative folders, / and duplicates, all at once', () => {
    let caught: unknown
    try {
      parseVirtualDirectories(['/media', '/x=relative', '/=D:\\a', '/a=D:\\a', '/A=D:\\b'])
    } catch (error) {
      caught = error
    }
    const messages = ((caught as { errors?: Error[] } | undefined)?.errors ?? []).map((e) => e.message)
    expect(messages).toHaveLength(4)
    expect(messages.join('\n')).toMatch(/path=physical-path[\s\S]*absolute folder[\s\S]*not \/[\s\S]*twice/)
  })
})
