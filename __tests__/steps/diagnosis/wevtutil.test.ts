import { describe, expect, it } from 'vitest'
import {
  buildEventXPath,
  buildQueryEventsArgs,
  describeQueryFailure,
  queryEvents
} from '../../../src/steps/diagnosis/wevtutil.js'
import type { CommandRunner } from '../../../src/core/ports.js'

describe('wevtutil queries', () => {
  it('lists providers in full (no contains() in the event-log XPath) and bounds the time with timediff', () => {
    expect(
      buildEventXPath({
        log: 'System',
        providers: ['Microsoft-Windows-WAS'],
        eventIds: [5002, 5009],
        withinMs: 90_000,
        count: 5
      })
    ).toBe(
      "*[System[(Provider[@Name='Microsoft-Windows-WAS']) and (EventID=5002 or EventID=5009) and TimeCreated[timediff(@SystemTime) <= 90000]]]"
    )
  })

  it('asks for raw XML, newest first, wrapped, in UTF-16', () => {
    const args = buildQueryEventsArgs({
      log: 'Application',
      providers: ['.NET Runtime'],
      withinMs: 1,
      count: 7
    })
    expect(args.slice(0, 2)).toEqual(['qe', 'Application'])
    expect(args.slice(3)).toEqual(['/c:7', '/rd:true', '/f:xml', '/e:Events', '/uni:true'])
  })

  it.each<[string, number, string, RegExp]>([
    [
      'access denied',
      5,
      'Failed to read events. Access is denied.',
      /access denied \(wevtutil exit code 5\); run the deploy elevated/
    ],
    [
      'a missing log',
      159,
      'Failed to query events. The specified channel could not be found.',
      /absent on this server/
    ],
    [
      'anything else',
      87,
      'The parameter is incorrect.',
      /wevtutil failed with exit code 87: The parameter is incorrect\./
    ]
  ])('%s is said in words', (_name, code, text, expected) => {
    expect(describeQueryFailure('System', code, text)).toMatch(expected)
  })

  it('reads stderr that came in the console code page although stdout was UTF-16', () => {
    const garbled = Buffer.from('Failed to read events. Access is denied.', 'utf8').toString('utf16le')
    expect(describeQueryFailure('System', 5, garbled)).toMatch(/access denied/)
  })

  it('runs through the CommandRunner, decoding UTF-16LE, and never throws', async () => {
    const calls: Array<{ tool: string; encoding?: string }> = []
    const runner: CommandRunner = {
      run: (tool, _args, options) => {
        calls.push({ tool, encoding: options?.outputEncoding })
        return Promise.resolve({ exitCode: 0, stdout: 'not xml <<', stderr: '' })
      }
    }
    const read = await queryEvents(runner, 'C:\\Windows\\System32\\wevtutil.exe', {
      log: 'Application',
      providers: ['x'],
      withinMs: 1,
      count: 1
    })
    expect(calls).toEqual([{ tool: 'C:\\Windows\\System32\\wevtutil.exe', encoding: 'utf16le' }])
    expect(read.ok).toBe(false)
  })
})
