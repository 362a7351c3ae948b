// `iis-deploy hosting-bundle resolve <spec> [--metadata-url <url>]` (contract §4), in-process through runCli.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/adapters/cli/main.js'
import { startMetadataServer, type MetadataServer } from '../steps/hosting-bundle/support.js'

let server: MetadataServer

beforeAll(async () => {
  server = await startMetadataServer()
})
afterAll(async () => {
  await server.close()
})

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: process.cwd(),
    env: {}
  })
  return { code, stdout, stderr }
}

describe('hosting-bundle resolve', () => {
  it('prints {version,url,sha512} as JSON on stdout, exit 0', async () => {
    const result = await cli('hosting-bundle', 'resolve', '8.0.11', '--metadata-url', server.indexUrl)
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: `${JSON.stringify({
        version: '8.0.11',
        url: `${server.baseUrl}/dotnet/aspnetcore/Runtime/8.0.11/dotnet-hosting-8.0.11-win.exe`,
        sha512:
          'efe670c04536c87d316c9c0c6def1f8abf47aac8bbffc5b0455751b6e027a6cb71a651bedaf32a91e70d0247f13adb2d114a277eb4104012d14ead4b2a9f25c0'
      })}\n`
    })
  })

  it.each([
    ['latest', '10.0.10'],
    ['lts', '10.0.10'],
    ['9.0', '9.0.18'],
    ['10.0.0-preview.7', '10.0.0-preview.7.25380.108']
  ])('%s → %s (--metadata-url=<url> form)', async (spec, version) => {
    const result = await cli('hosting-bundle', 'resolve', spec, `--metadata-url=${server.indexUrl}`)
    expect(result.code).toBe(0)
    expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(['version', 'url', 'sha512'])
    expect((JSON.parse(result.stdout) as { version: string }).version).toBe(version)
  })

  it('warnings go to stderr, the JSON stays alone on stdout', async () => {
    const result = await cli('hosting-bundle', 'resolve', '6.0', '--metadata-url', server.indexUrl)
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as { version: string }).version).toBe('6.0.36')
    expect(result.stderr).toBe(
      'warning: .NET 6.0 is out of support since 2024-11-12: ASP.NET Core 6.0.36 gets no security fixes. Move the app to a supported channel.\n'
    )
  })

  it.each([
    ['8.0.99', /^error: Input 'hosting-bundle': ASP\.NET Core 8\.0\.99 is not a release of channel 8\.0/],
    ['5.0', /^error: Input 'hosting-bundle': there is no \.NET channel 5\.0/],
    ['11.0', /^error: Input 'hosting-bundle': channel 11\.0 has only previews/],
    ['3.1', /^error: Release metadata at .*\/3\.1\/releases\.json answered HTTP 404/]
  ])('%s: exit 1 with the error on stderr', async (spec, message) => {
    const result = await cli('hosting-bundle', 'resolve', spec, '--metadata-url', server.indexUrl)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
  })

  it('broken JSON at the metadata URL: exit 1 naming the URL', async () => {
    server.override('/cli-broken/releases-index.json', 200, '{ nope')
    const url = `${server.baseUrl}/cli-broken/releases-index.json`
    const result = await cli('hosting-bundle', 'resolve', 'latest', '--metadata-url', url)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`error: Release metadata at ${url} is not valid JSON`)
  })

  it.each([
    [['hosting-bundle'], 'Missing subcommand'],
    [['hosting-bundle', 'install', '8.0'], "Unknown subcommand 'install'"],
    [['hosting-bundle', 'resolve'], 'Expected one spec'],
    [['hosting-bundle', 'resolve', '8.0', '9.0'], 'Expected one spec'],
    [['hosting-bundle', 'resolve', 'banana'], "Spec 'banana': use none, auto, latest, lts"],
    [['hosting-bundle', 'resolve', 'auto'], "'auto' cannot be resolved on its own"],
    [['hosting-bundle', 'resolve', '8.0', '--channel', 'x'], "Unknown option '--channel'"],
    [
      ['hosting-bundle', 'resolve', '8.0', '--metadata-url', 'file:///x.json'],
      "Option '--metadata-url' is 'file:///x.json'"
    ]
  ])('%j: wrong usage, exit 2', async (argv, message) => {
    const result = await cli(...argv)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`error: ${message}`)
    expect(result.stderr).toContain('iis-deploy hosting-bundle resolve <spec>')
  })
})
