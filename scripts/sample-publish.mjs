// `npm run sample:publish`: publishes samples/SampleApp with the .NET SDK, framework-dependent (what samples/publish
// is made from) and, when the win-x64 runtime packs restore, self-contained for win-x64.
//   --out <dir>           where to publish (default .tmp/sample); the two publishes go to <dir>/framework-dependent
//                         and <dir>/win-x64-self-contained
//   --version <v>         the app's version (default: the project's <Version>)
//   --framework-only      skip the self-contained publish
//   --update-samples      rewrite samples/publish from the framework-dependent publish (pdb left out, the dll
//                         replaced by its FAKEAPP stand-in, web.config with Windows newlines; samples/README.md)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { sdkVersion } from './dotnet-sdk.mjs'
import {
  NOISE_FILES,
  SAMPLE_PUBLISH,
  fakeAppStandIn,
  listFiles,
  publishSample,
  sampleVersion
} from './sample-app.mjs'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join('.tmp', 'sample') },
    version: { type: 'string' },
    'framework-only': { type: 'boolean', default: false },
    'update-samples': { type: 'boolean', default: false }
  }
})

const sdk = sdkVersion()
if (!sdk) {
  console.error(
    'sample:publish needs the .NET SDK (`dotnet` on PATH); samples/publish is the committed result.'
  )
  process.exit(1)
}
const out = path.resolve(values.out)
const version = values.version ?? sampleVersion()
const artifactsPath = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-artifacts-'))
try {
  const frameworkDependent = path.join(out, 'framework-dependent')
  fs.rmSync(frameworkDependent, { recursive: true, force: true })
  publishSample({ outDir: frameworkDependent, artifactsPath, version })
  console.log(`SampleApp ${version} (framework-dependent, SDK ${sdk}) -> ${frameworkDependent}`)

  if (!values['framework-only']) {
    const selfContained = path.join(out, 'win-x64-self-contained')
    fs.rmSync(selfContained, { recursive: true, force: true })
    try {
      publishSample({ outDir: selfContained, artifactsPath, version, runtime: 'win-x64' })
      console.log(`SampleApp ${version} (win-x64 self-contained) -> ${selfContained}`)
    } catch (error) {
      // The runtime packs come from the NuGet feed; a feed without them still gets the framework-dependent app.
      console.warn(
        `win-x64 self-contained publish skipped: ${error instanceof Error ? error.message : error}`
      )
    }
  }

  if (values['update-samples']) {
    fs.rmSync(SAMPLE_PUBLISH, { recursive: true, force: true })
    for (const file of listFiles(frameworkDependent)) {
      if (NOISE_FILES.test(file)) continue
      const target = path.join(SAMPLE_PUBLISH, file)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      const source = path.join(frameworkDependent, file)
      if (file === 'SampleApp.dll') fs.writeFileSync(target, fakeAppStandIn(version))
      // web.config with CRLF, as the SDK writes it on Windows (its newline is the build machine's).
      else if (file === 'web.config')
        fs.writeFileSync(target, fs.readFileSync(source, 'utf8').replace(/\r?\n/g, '\r\n'))
      else fs.copyFileSync(source, target)
    }
    console.log(`samples/publish rewritten from the framework-dependent publish`)
  }
} finally {
  fs.rmSync(artifactsPath, { recursive: true, force: true })
}
