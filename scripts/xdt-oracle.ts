// `node --import tsx scripts/xdt-oracle.ts [--update]`: checks our XDT fixtures against Microsoft.Web.XmlTransform
// itself, the copy inside this machine's .NET SDK (Sdks/Microsoft.NET.Sdk.Publish/tools/<tfm>/). For every folder of
// __tests__/fixtures/xdt, and for the engine's own vectors when ../shared/vectors/xdt-engine exists, the real
// engine transforms source.config with transform.config; its file must equal expected.config byte for byte and its
// warnings and errors must sit where diagnostics.txt puts ours (severity, line, column). `--update` writes the
// engine's file over expected.config (review the diff: it is the engine's truth, quirks included).
// Needs `dotnet`; says so and exits 2 without it, or exits 0 with `--check` (CI: `npm run oracle:xdt -- --check`
// skips on a machine without the SDK, as `oracle:sdk -- --check` does). See docs/xdt-formatting.md.

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(root, '__tests__', 'fixtures', 'xdt')
const vectors = path.resolve(root, '..', 'shared', 'vectors', 'xdt-engine')
const update = process.argv.includes('--update')
const check = process.argv.includes('--check')

function run(command: string, args: string[], cwd = root): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  if (result.error) return { code: -1, stdout: '', stderr: result.error.message }
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

/** The SDK's Microsoft.Web.XmlTransform.dll, from `dotnet --list-sdks` (newest SDK first). */
export function findEngine(): string | undefined {
  const sdks = run('dotnet', ['--list-sdks'])
  if (sdks.code !== 0) return undefined
  const folders = sdks.stdout
    .split('\n')
    .map((line) => /^(\S+) \[(.+)\]$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => path.join(match[2] as string, match[1] as string))
    .reverse()
  for (const sdk of folders) {
    const tools = path.join(sdk, 'Sdks', 'Microsoft.NET.Sdk.Publish', 'tools')
    if (!fs.existsSync(tools)) continue
    // Prefer the modern target (net10.0) over net472: names with a dot first.
    const targets = fs.readdirSync(tools).sort((a, b) => Number(b.includes('.')) - Number(a.includes('.')))
    for (const tfm of targets) {
      const dll = path.join(tools, tfm, 'Microsoft.Web.XmlTransform.dll')
      if (fs.existsSync(dll)) return dll
    }
  }
  return undefined
}

/** Builds scripts/xdt-oracle outside the source tree (.tmp/), against the SDK's engine. */
export function buildOracle(engine: string): string {
  const work = path.join(root, '.tmp', 'xdt-oracle')
  const project = path.join(work, 'project')
  fs.mkdirSync(project, { recursive: true })
  for (const file of ['XdtOracle.csproj', 'Program.cs']) {
    fs.copyFileSync(path.join(root, 'scripts', 'xdt-oracle', file), path.join(project, file))
  }
  const out = path.join(work, 'bin')
  const build = run('dotnet', [
    'build',
    path.join(project, 'XdtOracle.csproj'),
    '-c',
    'Release',
    '-o',
    out,
    '-nologo',
    `-p:XmlTransformDll=${engine}`
  ])
  if (build.code !== 0) {
    throw new Error(
      `dotnet build of scripts/xdt-oracle failed (exit ${build.code}):\n${build.stdout}${build.stderr}`
    )
  }
  return path.join(out, 'XdtOracle.dll')
}

interface Case {
  name: string
  source: string
  transform: string
  expected: string
  /** Where our diagnostics for the case are written, one `severity: file:line:col: message` a line. */
  diagnostics?: string
}

function fixtureCases(): Case[] {
  return fs
    .readdirSync(fixtures)
    .sort()
    .map((name) => path.join(fixtures, name))
    .filter((dir) => fs.existsSync(path.join(dir, 'expected.config')))
    .map((dir) => ({
      name: path.relative(root, dir),
      source: path.join(dir, 'source.config'),
      transform: path.join(dir, 'transform.config'),
      expected: path.join(dir, 'expected.config'),
      diagnostics: path.join(dir, 'diagnostics.txt')
    }))
}

function vectorCases(): Case[] {
  if (!fs.existsSync(vectors)) return []
  return ['AttributeFormatting', 'TagFormatting', 'EdgeCase'].map((name) => ({
    name: `vectors/${name}`,
    source: path.join(vectors, `${name}_source.xml`),
    transform: path.join(vectors, `${name}_transform.xml`),
    expected: path.join(vectors, `${name}_destination.bsl`)
  }))
}

/**
 * `warning 4:6` from the engine's `transform.config (4, 6) warning: ...` and from our `warning: x:4:6: ...`; a problem
 * without a position (the engine's exceptions, e.g. an XPath it cannot run) is just its severity on both sides.
 */
function positionsFromEngine(log: string): string[] {
  return [...log.matchAll(/^(?:\S+ \((\d+), (\d+)\) |\S+ )?(warning|error): /gm)].map((m) =>
    m[1] ? `${m[3]} ${m[1]}:${m[2]}` : (m[3] as string)
  )
}
function positionsFromOurs(text: string): string[] {
  return [...text.matchAll(/^(warning|error): [^:\n]+(?::(\d+):(\d+))?: /gm)].map((m) =>
    m[2] ? `${m[1]} ${m[2]}:${m[3]}` : (m[1] as string)
  )
}

const withoutBom = (buffer: Buffer): Buffer =>
  buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer

function main(): number {
  const engine = findEngine()
  if (!engine) {
    if (check) {
      console.log(
        'oracle:xdt --check skipped: no .NET SDK with Microsoft.Web.XmlTransform.dll (`dotnet --list-sdks`)'
      )
      return 0
    }
    console.error(
      'xdt-oracle: no .NET SDK with Microsoft.Web.XmlTransform.dll found (`dotnet --list-sdks`); install the SDK.'
    )
    return 2
  }
  const oracle = buildOracle(engine)
  console.log(`Microsoft.Web.XmlTransform: ${engine}`)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'xdt-oracle-'))
  let failures = 0
  try {
    for (const testCase of [...fixtureCases(), ...vectorCases()]) {
      // The engine names files in its messages: give them the names our fixtures use.
      fs.copyFileSync(testCase.source, path.join(scratch, 'source.config'))
      fs.copyFileSync(testCase.transform, path.join(scratch, 'transform.config'))
      const result = run('dotnet', [oracle, 'source.config', 'transform.config', 'result.config'], scratch)
      if (result.code === 3 && testCase.diagnostics) {
        // The engine refused to load the source: we must refuse it too, with one error in the source file, and the
        // fixture's expected.config is the untouched source.
        const ours = fs.existsSync(testCase.diagnostics) ? fs.readFileSync(testCase.diagnostics, 'utf8') : ''
        const refused =
          /^error: source\.config:\d+:\d+: /.test(ours) && ours.trimEnd().split('\n').length === 1
        const untouched = fs.readFileSync(testCase.source).equals(fs.readFileSync(testCase.expected))
        const fine = refused && untouched
        if (!fine) failures++
        console.log(
          `${fine ? 'same' : 'DIFF'} ${testCase.name}${fine ? '' : `: the engine cannot load the source (${result.stdout.trim()}); we must refuse it with one error in source.config and expected.config must be the source`}`
        )
        continue
      }
      if (result.code !== 0 && result.code !== 1) {
        console.log(
          `ERROR ${testCase.name}: the engine crashed (exit ${result.code}): ${result.stderr.trim()}`
        )
        failures++
        continue
      }
      const produced = fs.readFileSync(path.join(scratch, 'result.config'))
      const expected = fs.readFileSync(testCase.expected)
      // The engine's baselines (.bsl) are compared without BOM, as its own tests do; our fixtures byte for byte.
      const isBaseline = testCase.expected.endsWith('.bsl')
      const same = isBaseline ? withoutBom(produced).equals(withoutBom(expected)) : produced.equals(expected)
      const problems: string[] = []
      if (!same) {
        if (update && !isBaseline) fs.writeFileSync(testCase.expected, produced)
        else problems.push('its output differs from the expected file')
      }
      if (testCase.diagnostics) {
        const ours = fs.existsSync(testCase.diagnostics)
          ? positionsFromOurs(fs.readFileSync(testCase.diagnostics, 'utf8'))
          : []
        const theirs = positionsFromEngine(result.stdout)
        if (ours.join('|') !== theirs.join('|'))
          problems.push(
            `diagnostics at ${ours.join(', ') || 'none'}, the engine's at ${theirs.join(', ') || 'none'}`
          )
      }
      if (problems.length) failures++
      console.log(
        `${problems.length ? 'DIFF' : 'same'} ${testCase.name}${problems.length ? `: ${problems.join('; ')}` : ''}`
      )
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
  return failures ? 1 : 0
}

// Also a module: scripts/xdt-fuzz.ts reuses findEngine and buildOracle.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  process.exitCode = main()
