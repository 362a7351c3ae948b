// `npm run oracle:sdk`: the .NET SDK as the oracle of `web-config transform`. Publishes every project of
// sdk-oracle-cases.mjs with `dotnet publish` (one restore, one build process for all) and records, under
// __tests__/fixtures/sdk-oracle/<case>/, the project's own web.config (input.config, when it has one), the
// published one (expected.config) and what our transform needs to do the same (case.json), plus the SDK version
// (sdk-version.txt). __tests__/steps/web-config/sdk-oracle.test.ts runs our transform on them without .NET and
// compares bytes (BOM included). --check compares the SDK's bytes with the goldens, BOM included.
//   --check   re-run the SDK and fail when its output differs from the committed goldens (CI); no SDK: skipped
//   --keep    keep the temporary projects (their path is printed)
//   --reuse <dir>  record (or check) what a kept run published, without running the SDK again
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { dotnet, sdkVersion } from './dotnet-sdk.mjs'
import { ORACLE_CASES } from './sdk-oracle-cases.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const FIXTURES = path.join(ROOT, '__tests__', 'fixtures', 'sdk-oracle')
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' }
  }
})

const sdk = sdkVersion()
if (!sdk) {
  if (values.check) {
    console.log('oracle:sdk --check skipped: no .NET SDK (`dotnet`) on PATH')
    process.exit(0)
  }
  console.error('oracle:sdk needs the .NET SDK (`dotnet` on PATH).')
  process.exit(1)
}

const work = values.reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-oracle-'))
try {
  if (!values.reuse) publishAll(work)
  const results = collect(work)
  if (values.check) process.exit(check(results) ? 0 : 1)
  record(results)
  console.log(`${results.length} cases recorded in ${path.relative(ROOT, FIXTURES)} (SDK ${sdk})`)
} finally {
  if (values.keep || values.reuse) console.log(`projects kept in ${work}`)
  else fs.rmSync(work, { recursive: true, force: true })
}

/**
 * Writes the projects, restores them once and publishes them in one MSBuild run.
 * @param {string} dir
 */
function publishAll(dir) {
  const xml = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  fs.writeFileSync(path.join(dir, 'Program.cs'), 'var app = WebApplication.Create(args);\napp.Run();\n')
  // What every case shares; after publishing, each project writes the properties the transform used.
  fs.writeFileSync(
    path.join(dir, 'Directory.Build.props'),
    `<Project>
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$(MSBuildThisFileDirectory)Program.cs" />
  </ItemGroup>
</Project>
`
  )
  fs.writeFileSync(
    path.join(dir, 'Directory.Build.targets'),
    `<Project>
  <Target Name="OracleFacts" AfterTargets="Publish">
    <WriteLinesToFile File="$(MSBuildThisFileDirectory)published/$(OracleCase).facts"
      Overwrite="true" Lines="AssemblyName=$(AssemblyName);SelfContained=$(SelfContained);UseAppHost=$(UseAppHost);RuntimeIdentifier=$(RuntimeIdentifier);AspNetCoreHostingModel=$(AspNetCoreHostingModel);AspNetCoreModuleName=$(AspNetCoreModuleName);EnvironmentName=$(EnvironmentName);IsTransformWebConfigDisabled=$(IsTransformWebConfigDisabled);Configuration=$(Configuration);CustomTransformFileName=$(CustomTransformFileName)" />
  </Target>
</Project>
`
  )
  const projects = []
  for (const c of ORACLE_CASES) {
    const projectDir = path.join(dir, 'cases', c.name)
    fs.mkdirSync(projectDir, { recursive: true })
    const properties = Object.entries(c.properties ?? {})
      .map(([k, v]) => `    <${k}>${xml(v)}</${k}>\n`)
      .join('')
    fs.writeFileSync(
      path.join(projectDir, 'Oracle.csproj'),
      `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <OracleCase>${c.name}</OracleCase>\n` +
        `    <PublishDir>${xml(path.join(dir, 'published', c.name))}/</PublishDir>\n${properties}  </PropertyGroup>\n</Project>\n`
    )
    if (c.webConfig !== undefined) fs.writeFileSync(path.join(projectDir, 'web.config'), c.webConfig)
    for (const [name, text] of Object.entries(c.xdt ?? {}))
      fs.writeFileSync(path.join(projectDir, name), text)
    projects.push(path.join(projectDir, 'Oracle.csproj'))
  }
  fs.writeFileSync(
    path.join(dir, 'matrix.proj'),
    `<Project>
  <ItemGroup>
${projects.map((p) => `    <Case Include="${xml(p)}" />`).join('\n')}
  </ItemGroup>
  <Target Name="RestoreAll">
    <MSBuild Projects="@(Case)" Targets="Restore" Properties="MSBuildRestoreSessionId=$([System.Guid]::NewGuid())" />
  </Target>
  <Target Name="PublishAll">
    <MSBuild Projects="@(Case)" Targets="Publish" Properties="Configuration=Release" />
  </Target>
</Project>
`
  )
  console.log(`restoring ${projects.length} projects...`)
  dotnet(['msbuild', 'matrix.proj', '-t:RestoreAll', '-nologo', '-v:m'], { cwd: dir })
  console.log(`publishing ${projects.length} projects with SDK ${sdk}...`)
  dotnet(['msbuild', 'matrix.proj', '-t:PublishAll', '-nologo', '-v:m', '-m:1'], { cwd: dir })
}

/** What each project published, with the MSBuild properties its transform ran with. @param {string} dir */
function collect(dir) {
  return ORACLE_CASES.map((c) => {
    const facts = Object.fromEntries(
      fs
        .readFileSync(path.join(dir, 'published', `${c.name}.facts`), 'utf8')
        .trim()
        .split(/\r?\n/)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])
    )
    const published = path.join(dir, 'published', c.name, 'web.config')
    return {
      c,
      facts,
      output: fs.existsSync(published) ? fs.readFileSync(published) : undefined
    }
  })
}

/**
 * The options of our transform that ask for what the SDK's TransformWebConfig did, from the properties it ran with
 * (Microsoft.NET.Sdk.Publish.TransformFiles.targets) and the project's web.config:
 * - selfContained is the SDK's _UseAppHost: UseAppHost (or SelfContained) with a RuntimeIdentifier;
 * - hostingModel: the SDK writes AspNetCoreHostingModel (always set: `inprocess` by default) as spelled, and only
 *   where the file has no hostingModel (own-outofprocess-no-property), so it is our input only then;
 * - newline: the SDK writes a generated file with the build machine's newline.
 * @param {Record<string, string>} facts @param {string | undefined} webConfig
 */
function transformInputs(facts, webConfig) {
  const useAppHost =
    facts.RuntimeIdentifier !== '' && (facts.UseAppHost || facts.SelfContained || 'false') === 'true'
  const fileHasHostingModel =
    webConfig !== undefined && /<aspNetCore\b[^>]*\shostingModel\s*=/i.test(webConfig)
  return {
    appName: facts.AssemblyName,
    selfContained: useAppHost,
    ...(facts.AspNetCoreHostingModel && !fileHasHostingModel
      ? { hostingModel: facts.AspNetCoreHostingModel }
      : {}),
    ...(facts.AspNetCoreModuleName ? { moduleName: facts.AspNetCoreModuleName } : {}),
    ...(facts.EnvironmentName ? { environment: facts.EnvironmentName } : {}),
    executableExtension: '.exe',
    newline: os.EOL
  }
}

/**
 * The XDT files the SDK applied after its own transform, in its order (_TransformXml in
 * Microsoft.NET.Sdk.Publish.TransformFiles.targets): web.$(Configuration).config, web.$(EnvironmentName).config,
 * then $(CustomTransformFileName); only those the project has.
 * @param {Record<string, string>} facts @param {Record<string, string> | undefined} xdt
 */
function xdtOrder(facts, xdt) {
  const candidates = [
    facts.Configuration && `web.${facts.Configuration}.config`,
    facts.EnvironmentName && `web.${facts.EnvironmentName}.config`,
    facts.CustomTransformFileName
  ]
  return candidates.filter((name) => name && xdt?.[name] !== undefined)
}

/** @param {ReturnType<typeof collect>} results */
function record(results) {
  fs.rmSync(FIXTURES, { recursive: true, force: true })
  fs.mkdirSync(FIXTURES, { recursive: true })
  fs.writeFileSync(path.join(FIXTURES, 'sdk-version.txt'), `${sdk}\n`)
  for (const { c, facts, output } of results) {
    const dir = path.join(FIXTURES, c.name)
    fs.mkdirSync(dir)
    if (c.webConfig !== undefined) fs.writeFileSync(path.join(dir, 'input.config'), c.webConfig)
    if (output) fs.writeFileSync(path.join(dir, 'expected.config'), output)
    for (const [name, text] of Object.entries(c.xdt ?? {})) {
      fs.mkdirSync(path.join(dir, 'xdt'), { recursive: true })
      fs.writeFileSync(path.join(dir, 'xdt', name), text)
    }
    const description = {
      description: c.description,
      properties: c.properties ?? {},
      // What the SDK's TransformWebConfig ran with (MSBuild properties after evaluation).
      sdk: facts,
      transformDisabled: facts.IsTransformWebConfigDisabled === 'true',
      transform: transformInputs(facts, c.webConfig),
      // Applied by the SDK after its transform, in this order (files under xdt/).
      ...(c.xdt ? { xdt: xdtOrder(facts, c.xdt) } : {})
    }
    fs.writeFileSync(path.join(dir, 'case.json'), `${JSON.stringify(description, null, 2)}\n`)
  }
}

/** @param {ReturnType<typeof collect>} results @returns {boolean} */
function check(results) {
  const recorded = fs.readFileSync(path.join(FIXTURES, 'sdk-version.txt'), 'utf8').trim()
  const problems = []
  for (const { c, facts, output } of results) {
    const dir = path.join(FIXTURES, c.name)
    const expectedFile = path.join(dir, 'expected.config')
    const golden = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile) : undefined
    if (!golden !== !output || (golden && output && !golden.equals(output)))
      problems.push(`${c.name}: the SDK's web.config differs from ${path.relative(ROOT, expectedFile)}`)
    const inputFile = path.join(dir, 'input.config')
    const input = fs.existsSync(inputFile) ? fs.readFileSync(inputFile, 'utf8') : undefined
    if (input !== c.webConfig) problems.push(`${c.name}: input.config is not the case's web.config`)
    for (const [name, text] of Object.entries(c.xdt ?? {})) {
      const file = path.join(dir, 'xdt', name)
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text)
        problems.push(`${c.name}: xdt/${name} is not the case's ${name}`)
    }
    const caseFile = path.join(dir, 'case.json')
    const recordedCase = fs.existsSync(caseFile) ? JSON.parse(fs.readFileSync(caseFile, 'utf8')) : {}
    for (const [key, value] of Object.entries(facts)) {
      if (recordedCase.sdk?.[key] !== value)
        problems.push(
          `${c.name}: ${key} is ${JSON.stringify(value)} now, ${JSON.stringify(recordedCase.sdk?.[key])} recorded`
        )
    }
  }
  const known = new Set(ORACLE_CASES.map((c) => c.name))
  for (const entry of fs.readdirSync(FIXTURES, { withFileTypes: true }))
    if (entry.isDirectory() && !known.has(entry.name)) problems.push(`${entry.name}: a golden with no case`)
  if (problems.length === 0) {
    console.log(`SDK ${sdk}: all ${results.length} goldens still hold (recorded with SDK ${recorded})`)
    return true
  }
  console.error(`SDK ${sdk} (goldens recorded with ${recorded}) drifted from the goldens:`)
  for (const p of problems) console.error(`  ${p}`)
  console.error(
    'Fix: `npm run oracle:sdk`, review the diff of __tests__/fixtures/sdk-oracle, make our transform match.'
  )
  return false
}
