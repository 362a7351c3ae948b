import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  findNewestStdoutLog,
  httpErrSince,
  parseHttpErrLog,
  readStartupTimeLimit,
  readStdoutLogSettings
} from '../../../src/steps/diagnosis/logs.js'

// The first sample of diagnosis §5.2 (with s-queuename, reason last but one).
const HTTPERR = `#Software: Microsoft HTTP API 2.0
#Version: 1.0
#Date: 2018-08-13 03:12:38
#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename
2018-08-13 03:25:22 10.0.0.9 12052 10.1.2.5 80 HTTP/1.1 GET / - 503 - AppOffline Shop
2018-08-13 03:25:23 10.0.0.9 12053 10.1.2.5 80 HTTP/1.1 GET / - 503 - Disabled Other
`

describe('logs', () => {
  it('parses HTTPERR by its own #Fields line and keeps the pool and time window', () => {
    const rows = parseHttpErrLog(HTTPERR)
    expect(rows[0]).toMatchObject({ 'sc-status': '503', 's-reason': 'AppOffline', 's-queuename': 'Shop' })
    expect(httpErrSince(rows, Date.parse('2018-08-13T03:25:00Z'), 'shop').map((r) => r['s-reason'])).toEqual([
      'AppOffline'
    ])
    expect(httpErrSince(rows, Date.parse('2018-08-13T03:26:00Z'), 'Shop')).toEqual([])
  })

  it('reads stdoutLogEnabled/stdoutLogFile and startupTimeLimit (default 120)', () => {
    const tag =
      '<aspNetCore processPath="dotnet" stdoutLogEnabled="true" stdoutLogFile=".\\logs\\stdout" startupTimeLimit="30" />'
    expect(readStdoutLogSettings(tag)).toEqual({ enabled: true, prefix: '.\\logs\\stdout' })
    expect(readStartupTimeLimit(tag)).toBe(30)
    expect(readStartupTimeLimit('<aspNetCore processPath="dotnet" />')).toBe(120)
    expect(readStdoutLogSettings('<!-- <aspNetCore stdoutLogEnabled="true" /> -->')).toBeUndefined()
  })

  it('finds the newest stdout log by modification time, not by its name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdout-log-'))
    try {
      fs.mkdirSync(path.join(dir, 'logs'))
      const older = path.join(dir, 'logs', 'stdout_20990101000000_1.log')
      const newer = path.join(dir, 'logs', 'stdout_4200_2017112717490.log')
      fs.writeFileSync(older, 'a')
      fs.writeFileSync(newer, 'b')
      fs.utimesSync(older, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
      expect(findNewestStdoutLog(dir, '.\\logs\\stdout', Date.now() - 120_000)).toBe(newer)
      expect(findNewestStdoutLog(dir, '.\\logs\\stdout', Date.now() + 60_000)).toBeUndefined()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
