// `npm run sample:check` (CI): publishes samples/SampleApp with the .NET SDK and fails when the result differs from
// the committed samples/publish in anything but build noise (sample-app.mjs NOISE, docs/dotnet-sdk.md). Without
// `dotnet` it says so and passes: samples/publish is then all there is.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sdkVersion } from './dotnet-sdk.mjs'
import { SAMPLE_PUBLISH, compareWithCommitted, publishSample, sampleVersion } from './sample-app.mjs'

const sdk = sdkVersion()
if (!sdk) {
  console.log('sample:check skipped: no .NET SDK (`dotnet`) on PATH')
  process.exit(0)
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-check-'))
try {
  const built = publishSample({
    outDir: path.join(work, 'publish'),
    artifactsPath: path.join(work, 'artifacts')
  })
  const problems = compareWithCommitted(built, SAMPLE_PUBLISH, sampleVersion())
  if (problems.length > 0) {
    console.error(`samples/publish is not what SDK ${sdk} publishes from samples/SampleApp:`)
    for (const p of problems) console.error(`  ${p}`)
    console.error(
      'Fix: `npm run sample:publish -- --update-samples --framework-only`, then commit samples/publish.'
    )
    process.exit(1)
  }
  console.log(`samples/publish matches the SDK ${sdk} publish of samples/SampleApp (build noise aside)`)
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
