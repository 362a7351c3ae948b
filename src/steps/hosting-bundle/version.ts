// .NET version strings: `8.0.11`, `10.0.0-preview.7.25380.108`, `10.0.0-rc.2.25502.107`. Ordered the semver way
// (a prerelease sorts before its release), which is how the release metadata numbers ASP.NET Core builds.

export interface DotnetVersion {
  major: number
  minor: number
  patch: number
  /** Dot-separated prerelease identifiers (`preview`, `7`, `25380`, `108`); empty for a release. */
  prerelease: string[]
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/

export function parseDotnetVersion(text: string): DotnetVersion | undefined {
  const match = VERSION.exec(text.trim())
  if (!match) return undefined
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : []
  }
}

export function isPrerelease(version: string): boolean {
  return (parseDotnetVersion(version)?.prerelease.length ?? 0) > 0
}

/** `8.0.11` → `8.0`; undefined when `version` is not a version. */
export function channelOf(version: string): string | undefined {
  const parsed = parseDotnetVersion(version)
  return parsed ? `${parsed.major}.${parsed.minor}` : undefined
}

function compareIdentifiers(a: string, b: string): number {
  const numericA = /^\d+$/.test(a)
  const numericB = /^\d+$/.test(b)
  if (numericA && numericB) return Math.sign(Number(a) - Number(b))
  if (numericA) return -1
  if (numericB) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Negative, zero or positive like a sort comparator. Unparsable strings sort first, among themselves by text. */
export function compareVersions(a: string, b: string): number {
  const x = parseDotnetVersion(a)
  const y = parseDotnetVersion(b)
  if (!x || !y) return x ? 1 : y ? -1 : a < b ? -1 : a > b ? 1 : 0
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch
  if (core !== 0) return Math.sign(core)
  if (x.prerelease.length === 0 || y.prerelease.length === 0) {
    return Math.sign(y.prerelease.length - x.prerelease.length)
  }
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const left = x.prerelease[i]
    const right = y.prerelease[i]
    if (left === undefined) return -1
    if (right === undefined) return 1
    const order = compareIdentifiers(left, right)
    if (order !== 0) return order
  }
  return 0
}

/** Channel strings (`10.0`, `9.0`, `2.1`) compared numerically: `10.0` > `9.0`. */
export function compareChannels(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number)
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number)
  return Math.sign(aMajor - bMajor || aMinor - bMinor)
}
