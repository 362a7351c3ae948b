// How long the web.config engine takes on a large file (the bar: a 5 MB web.config in well under 2 s).
// Run: node --import tsx bench/web-config.bench.ts [megabytes=5] [runs=5]
// Timings belong here, not in tests: the CI machine is shared and slow on purpose.

import { performance } from 'node:perf_hooks'
import { parseXml } from '../src/core/xml/parse-xml.js'
import { parseOwnOutput } from '../src/steps/web-config/model.js'
import { transformWebConfig } from '../src/steps/web-config/transform.js'
import { validateWebConfig } from '../src/steps/web-config/validate.js'

/** A published web.config with thousands of rewrite rules and environment variables: realistic, just long. */
export function bigWebConfig(bytes: number): string {
  const rules: string[] = []
  const variables: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const rule =
      `          <rule name="redirect-${i}" stopProcessing="true"><match url="^old/${i}/(.*)" />` +
      `<!-- moved in release ${i} --><action type="Redirect" url="/new/${i}/{R:1}" redirectType="Permanent" /></rule>\r\n`
    rules.push(rule)
    size += rule.length
    if (i % 50 === 0) {
      const variable = `          <environmentVariable name="FEATURE_${i}" value="caf&#xE9; &amp; ${i}" />\r\n`
      variables.push(variable)
      size += variable.length
    }
  }
  return (
    '\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<configuration>\r\n' +
    '  <location path="." inheritInChildApplications="false">\r\n    <system.webServer>\r\n' +
    '      <handlers>\r\n        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />\r\n      </handlers>\r\n' +
    '      <aspNetCore processPath="dotnet" arguments=".\\App.dll" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" hostingModel="inprocess">\r\n' +
    `        <environmentVariables>\r\n${variables.join('')}        </environmentVariables>\r\n      </aspNetCore>\r\n` +
    `      <rewrite>\r\n        <rules>\r\n${rules.join('')}        </rules>\r\n      </rewrite>\r\n` +
    '    </system.webServer>\r\n  </location>\r\n</configuration>'
  )
}

/** Wall clock and CPU time: on a shared, loaded machine the CPU time is the fairer number. */
function time(label: string, runs: number, fn: () => unknown): void {
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage()
    const start = performance.now()
    fn()
    wall.push(performance.now() - start)
    const used = process.cpuUsage(startCpu)
    cpu.push((used.user + used.system) / 1000)
  }
  const first = (wall[0] as number).toFixed(0)
  const median = (values: number[]): string =>
    (values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number).toFixed(0).padStart(5)
  console.log(
    `${label.padEnd(44)} wall median ${median(wall)} ms   cpu median ${median(cpu)} ms   first run ${first} ms`
  )
}

/** `transform` then `validate` the result, as `web-config transform` and the deploy step do. */
export function transformAndValidate(text: string): void {
  const options = { appName: 'App', selfContained: false, environment: 'Production' }
  const result = transformWebConfig(text, options)
  validateWebConfig(result.document ?? parseOwnOutput(result.text, 'web.config'), { file: 'web.config' })
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const megabytes = Number(process.argv[2] ?? 5)
  const runs = Number(process.argv[3] ?? 5)
  const text = bigWebConfig(megabytes * 1024 * 1024)
  console.log(`web.config of ${(text.length / 1024 / 1024).toFixed(2)} MB, ${runs} runs each`)
  const options = { appName: 'App', selfContained: false, environment: 'Production' }
  time('parse (validator + lossless model)', runs, () => parseXml(text, 'web.config'))
  time('validate', runs, () => validateWebConfig(text, { file: 'web.config' }))
  time('transform (edit + re-check well-formedness)', runs, () => transformWebConfig(text, options))
  time('transform + validate the result (CLI path)', runs, () => transformAndValidate(text))
}
