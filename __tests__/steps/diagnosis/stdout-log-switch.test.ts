import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  restoreIfUnchanged,
  restoreStdoutLogAttributes,
  sha256,
  switchStdoutLogOn
} from '../../../src/steps/diagnosis/stdout-log-switch.js'

const config = (aspNetCore: string): string =>
  `\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<configuration>\r\n  <!-- <aspNetCore stdoutLogEnabled="false" /> -->\r\n  <system.webServer>\r\n    ${aspNetCore}\r\n  </system.webServer>\r\n</configuration>\r\n`

describe('switchStdoutLogOn / restoreStdoutLogAttributes', () => {
  it.each<[string, string, string, string]>([
    [
      'both written by dotnet publish',
      '<aspNetCore processPath="dotnet" arguments=".\\App.dll" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" hostingModel="inprocess" />',
      '<aspNetCore processPath="dotnet" arguments=".\\App.dll" stdoutLogEnabled="true" stdoutLogFile=".\\logs\\stdout" hostingModel="inprocess" />',
      '.\\logs\\stdout'
    ],
    [
      'neither: both added, then both removed again',
      '<aspNetCore processPath="dotnet" arguments=".\\App.dll" />',
      '<aspNetCore processPath="dotnet" arguments=".\\App.dll" stdoutLogEnabled="true" stdoutLogFile=".\\logs\\stdout" />',
      '.\\logs\\stdout'
    ],
    [
      'single quotes, an own prefix, a block element',
      "<aspNetCore processPath='dotnet' stdoutLogEnabled='False' stdoutLogFile='D:\\logs\\shop'>",
      "<aspNetCore processPath='dotnet' stdoutLogEnabled='true' stdoutLogFile='D:\\logs\\shop'>",
      'D:\\logs\\shop'
    ]
  ])('%s', (_name, before, after, logFile) => {
    const switched = switchStdoutLogOn(config(before))
    expect(switched?.text).toBe(config(after))
    expect(switched?.logFile).toBe(logFile)
    // Back to the very bytes that were deployed (BOM, CRLF and the comment included).
    expect(restoreStdoutLogAttributes(switched?.text ?? '', switched?.original ?? {})).toBe(config(before))
  })

  it('nothing to switch: already on, or no aspNetCore element (the commented one does not count)', () => {
    expect(switchStdoutLogOn(config('<aspNetCore stdoutLogEnabled="true" />'))).toBeUndefined()
    expect(switchStdoutLogOn(config('<handlers />'))).toBeUndefined()
  })
})

describe('restoreIfUnchanged', () => {
  const deployed = config('<aspNetCore processPath="dotnet" stdoutLogEnabled="false" />')
  const setup = (): { file: string; sha: string; original: object } => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdout-switch-'))
    const file = path.join(dir, 'web.config')
    const switched = switchStdoutLogOn(deployed)
    fs.writeFileSync(file, switched?.text ?? '')
    return { file, sha: sha256(fs.readFileSync(file)), original: switched?.original ?? {} }
  }

  it('restores the file the switch wrote, and a second restore leaves it', () => {
    const { file, sha, original } = setup()
    expect(restoreIfUnchanged(file, sha, original)).toMatch(
      /stdout log turned off again .*stdoutLogEnabled="false"/
    )
    expect(fs.readFileSync(file, 'utf8')).toBe(deployed)
    expect(restoreIfUnchanged(file, sha, original)).toMatch(/changed since .*left as it is/)
    expect(fs.readFileSync(file, 'utf8')).toBe(deployed)
  })

  it('leaves a web.config that a rollback or another deploy wrote', () => {
    const { file, sha, original } = setup()
    fs.writeFileSync(file, config('<aspNetCore processPath="dotnet" stdoutLogEnabled="true" />'))
    expect(restoreIfUnchanged(file, sha, original)).toMatch(/left as it is/)
    expect(fs.readFileSync(file, 'utf8')).toContain('stdoutLogEnabled="true"')
  })

  it('a web.config that is gone', () => {
    expect(restoreIfUnchanged('/nonexistent/web.config', 'x', {})).toMatch(/is gone/)
  })
})
