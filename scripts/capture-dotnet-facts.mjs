// `npm run dotnet:facts`: records what this machine's .NET says, as fixtures for the parsers that read the same
// output on a Windows server (__tests__/fixtures/dotnet-real/, tested by real-dotnet.test.ts without .NET):
// `dotnet --list-runtimes`, `dotnet --list-sdks`, `dotnet --version`, and the runtimeconfig.json files the SDK
// writes for the sample app (framework-dependent, and win-x64 self-contained when the runtime packs restore).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { dotnet, sdkVersion } from './dotnet-sdk.mjs'
import { publishSample } from './sample-app.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, '__tests__', 'fixtures', 'dotnet-real')

const sdk = sdkVersion()
if (!sdk) {
  console.error('dotnet:facts needs the .NET SDK (`dotnet` on PATH).')
  process.exit(1)
}
fs.mkdirSync(OUT, { recursive: true })
/** @type {Record<string, string>} file → the command whose output it holds */
const commands = {}
for (const [file, args] of /** @type {const} */ ([
  ['list-runtimes.txt', ['--list-runtimes']],
  ['list-sdks.txt', ['--list-sdks']],
  ['version.txt', ['--version']]
])) {
  fs.writeFileSync(path.join(OUT, file), dotnet([...args]))
  commands[file] = `dotnet ${args.join(' ')}`
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dotnet-facts-'))
try {
  const artifactsPath = path.join(work, 'artifacts')
  const variants = [
    ['runtimeconfig-framework-dependent.json', undefined],
    ['runtimeconfig-self-contained-win-x64.json', 'win-x64']
  ]
  for (const [file, runtime] of variants) {
    const outDir = path.join(work, file)
    try {
      publishSample({ outDir, artifactsPath, runtime })
    } catch (error) {
      console.warn(`${file} skipped: ${error instanceof Error ? error.message : error}`)
      continue
    }
    fs.copyFileSync(path.join(outDir, 'SampleApp.runtimeconfig.json'), path.join(OUT, file))
    commands[file] =
      `dotnet publish samples/SampleApp/SampleApp.csproj -c Release${runtime ? ` -r ${runtime} --self-contained` : ''}` +
      ' (SampleApp.runtimeconfig.json)'
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}

const capture = {
  capturedAt: new Date().toISOString(),
  sdk,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  commands
}
fs.writeFileSync(path.join(OUT, 'capture.json'), `${JSON.stringify(capture, null, 2)}\n`)
console.log(`dotnet facts of SDK ${sdk} recorded in ${path.relative(ROOT, OUT)}`)
