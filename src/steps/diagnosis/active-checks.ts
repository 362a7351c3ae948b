// Checks that need no error page (diagnosis §6): what the server has against what the app
// needs. Pure: the pipeline step gathers the facts (runtimeconfig.json, installed runtimes, the pool's settings and
// its other apps, web.config) and these decide.

import fs from 'node:fs'
import path from 'node:path'
import { findSatisfying } from '../hosting-bundle/detect.js'
import type { AppFrameworkNeed } from '../hosting-bundle/runtime-config.js'
import type { CheckFinding } from './types.js'

export interface CheckFacts {
  /** What the app's runtimeconfig.json asks for (undefined when unreadable). */
  need?: AppFrameworkNeed
  /** Microsoft.AspNetCore.App versions installed on the server (undefined when not detected). */
  installedAspNetCore?: string[]
  hostingModel?: 'inprocess' | 'outofprocess'
  /** The deployed folder (for the single-file check). */
  appDir?: string
  /** The app's main file name without extension, from web.config's arguments/processPath. */
  appName?: string
  pool?: string
  /** The pool runs 32-bit workers (enable32BitAppOnWin64). */
  pool32Bit?: boolean
  /** The app's executable is a 32-bit (x86) or 64-bit image, when it has one. */
  appBitness?: 32 | 64
  /** Other applications of the same pool with in-process hosting (`Site/path`). */
  otherInProcessApps?: string[]
  /** web.config `startupTimeLimit`, seconds. */
  startupTimeLimitSec?: number
  /** How long the health check waits, ms. */
  healthTimeoutMs?: number
}

/** PE machine type of a Windows image: 0x14c x86, 0x8664 x64, 0xaa64 arm64 (PE/COFF header). */
export function peBitness(bytes: Buffer): 32 | 64 | undefined {
  if (bytes.length < 64 || bytes.toString('latin1', 0, 2) !== 'MZ') return undefined
  const pe = bytes.readUInt32LE(0x3c)
  if (pe + 6 > bytes.length || bytes.toString('latin1', pe, pe + 4) !== 'PE\0\0') return undefined
  const machine = bytes.readUInt16LE(pe + 4)
  if (machine === 0x14c) return 32
  if (machine === 0x8664 || machine === 0xaa64) return 64
  return undefined
}

/** The first 4 KB of a file, or undefined. */
export function readHead(file: string): Buffer | undefined {
  try {
    const fd = fs.openSync(file, 'r')
    try {
      const buffer = Buffer.alloc(4096)
      const read = fs.readSync(fd, buffer, 0, buffer.length, 0)
      return buffer.subarray(0, read)
    } finally {
      fs.closeSync(fd)
    }
  } catch {
    return undefined
  }
}

function exists(dir: string, name: string): boolean {
  try {
    return fs.readdirSync(dir).some((n) => n.toLowerCase() === name.toLowerCase())
  } catch {
    return false
  }
}

export function runActiveChecks(f: CheckFacts): CheckFinding[] {
  const findings: CheckFinding[] = []
  if (f.need?.kind === 'framework-dependent' && f.installedAspNetCore) {
    // Roll-forward goes to the newest patch of the same major.minor (the default policy).
    const wanted = { kind: 'minimum', channel: f.need.channel, minimum: f.need.version } as const
    if (!findSatisfying(f.installedAspNetCore, wanted)) {
      const installed = f.installedAspNetCore.map((v) => v.replace(/^(\d+\.\d+)\..*$/, '$1.x'))
      findings.push({
        check: 'runtime',
        message: `the app needs Microsoft.AspNetCore.App ${f.need.channel}.x and the server has ${[...new Set(installed)].join(', ') || 'none'}`,
        facts: {
          framework: 'Microsoft.AspNetCore.App',
          needs: `${f.need.channel}.x`,
          installed: [...new Set(installed)].join(', ')
        }
      })
    }
  }
  if (f.appBitness !== undefined && f.pool32Bit !== undefined && (f.appBitness === 32) !== f.pool32Bit) {
    findings.push({
      check: 'bitness',
      message: `the app is a ${f.appBitness}-bit image and the pool '${f.pool ?? ''}' runs ${f.pool32Bit ? '32' : '64'}-bit workers (enable32BitAppOnWin64=${f.pool32Bit})`,
      facts: {
        fix:
          f.appBitness === 32
            ? "set the pool's enable32BitAppOnWin64 to true, or publish for win-x64"
            : "publish for win-x86, or set the pool's enable32BitAppOnWin64 to false"
      }
    })
  }
  if (f.hostingModel !== 'outofprocess' && f.otherInProcessApps && f.otherInProcessApps.length > 0) {
    findings.push({
      check: 'shared-pool',
      message: `the pool '${f.pool ?? ''}' also runs ${f.otherInProcessApps.join(', ')} in-process`,
      facts: { apps: f.otherInProcessApps.join(', ') }
    })
  }
  if (f.hostingModel !== 'outofprocess' && f.appDir && f.appName) {
    if (exists(f.appDir, `${f.appName}.exe`) && !exists(f.appDir, `${f.appName}.dll`)) {
      findings.push({
        check: 'single-file',
        message: `${path.join(f.appDir, `${f.appName}.exe`)} is there but ${f.appName}.dll is not (a single-file publish)`,
        facts: { app: f.appName }
      })
    }
  }
  if (
    f.startupTimeLimitSec !== undefined &&
    f.healthTimeoutMs !== undefined &&
    f.startupTimeLimitSec * 1000 > f.healthTimeoutMs
  ) {
    findings.push({
      check: 'startup-time-limit',
      message: `the app may take up to its startupTimeLimit of ${f.startupTimeLimitSec} s to start, longer than the health check waits (${Math.round(f.healthTimeoutMs / 1000)} s)`,
      facts: {
        fix: `raise \`health-check-timeout\` to at least ${f.startupTimeLimitSec}, or lower \`startupTimeLimit\` in web.config`
      }
    })
  }
  return findings
}
