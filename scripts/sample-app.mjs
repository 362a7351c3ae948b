// The sample app of samples/SampleApp and how samples/publish relates to its real publish output.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { dotnet } from './dotnet-sdk.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SAMPLE_PROJECT = path.join(ROOT, 'samples', 'SampleApp', 'SampleApp.csproj')
export const SAMPLE_PUBLISH = path.join(ROOT, 'samples', 'publish')

/**
 * Publishes the sample with the SDK. Build output goes to `artifactsPath` (never into samples/).
 * @param {{ outDir: string, artifactsPath: string, runtime?: string, version?: string, noRestore?: boolean }} o
 */
export function publishSample(o) {
  const args = [
    'publish',
    SAMPLE_PROJECT,
    '-c',
    'Release',
    '-o',
    o.outDir,
    '--artifacts-path',
    o.artifactsPath
  ]
  if (o.runtime) args.push('-r', o.runtime, '--self-contained')
  if (o.version) args.push(`-p:Version=${o.version}`)
  if (o.noRestore) args.push('--no-restore')
  dotnet(args)
  return o.outDir
}

/**
 * The FAKEAPP stand-in that samples/publish holds instead of the real SampleApp.dll (samples/README.md): the fake
 * IIS worker reads it to act like the app on machines without .NET.
 * @param {string} version
 */
export function fakeAppStandIn(version) {
  return `FAKEAPP ${JSON.stringify({ name: 'SampleApp', version, health: 200, body: 'Healthy' })}\n`
}

/** Every file below `dir`, as sorted relative paths with forward slashes. @param {string} dir */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = []
  const walk = (/** @type {string} */ rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else out.push(child)
    }
  }
  walk('')
  return out.sort()
}

/**
 * Build noise: what may differ between two publishes of the same source (docs/dotnet-sdk.md):
 * - `*.pdb`: symbols hold build paths and ids; samples/publish does not carry them.
 * - `SampleApp.dll`: the IL has a fresh module id (MVID) per compiler and build path; samples/publish holds the
 *   FAKEAPP stand-in instead, so only its version is compared, and the built one must be a PE file.
 * - newlines of text files: the SDK writes web.config with the build machine's newline (CRLF on Windows).
 */
export const NOISE_FILES = /\.pdb$/i

/**
 * Differences between a real publish and samples/publish that are not build noise.
 * @param {string} built @param {string} committed @param {string} version the project's Version
 * @returns {string[]}
 */
export function compareWithCommitted(built, committed, version) {
  /** @type {string[]} */
  const problems = []
  const builtFiles = listFiles(built).filter((f) => !NOISE_FILES.test(f))
  const committedFiles = listFiles(committed).filter((f) => !NOISE_FILES.test(f))
  for (const f of builtFiles.filter((f) => !committedFiles.includes(f)))
    problems.push(`${f}: new in the publish`)
  for (const f of committedFiles.filter((f) => !builtFiles.includes(f)))
    problems.push(`${f}: in samples/publish but no longer published`)
  for (const f of builtFiles.filter((f) => committedFiles.includes(f))) {
    const a = fs.readFileSync(path.join(built, f))
    const b = fs.readFileSync(path.join(committed, f))
    if (f === 'SampleApp.dll') {
      if (a.subarray(0, 2).toString('latin1') !== 'MZ')
        problems.push(`${f}: the SDK's file is not a PE image`)
      if (b.toString('utf8') !== fakeAppStandIn(version))
        problems.push(`${f}: the stand-in is not ${JSON.stringify(fakeAppStandIn(version).trim())}`)
      continue
    }
    const text = (/** @type {Buffer} */ x) => x.toString('latin1').replace(/\r\n/g, '\n')
    if (text(a) !== text(b)) problems.push(`${f}: differs from the SDK's publish`)
  }
  return problems
}

/** The project's <Version>. */
export function sampleVersion() {
  const csproj = fs.readFileSync(SAMPLE_PROJECT, 'utf8')
  const version = csproj.match(/<Version>([^<]+)<\/Version>/)?.[1]
  if (!version) throw new Error(`${SAMPLE_PROJECT} has no <Version>: add one (the stand-in dll carries it)`)
  return version
}
