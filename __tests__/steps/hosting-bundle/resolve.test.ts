// Resolution through the release metadata (windows-facts §1.1), served from the fixtures over loopback HTTP.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import { NodeHttpClient } from '../../../src/runtime/http-client.js'
import {
  ReleaseMetadataError,
  resolveHostingBundle,
  type HostingBundleRequest
} from '../../../src/steps/hosting-bundle/resolve.js'
import { FIXTURES, startMetadataServer, type MetadataServer } from './support.js'

const REAL_8_0_11_HASH =
  'efe670c04536c87d316c9c0c6def1f8abf47aac8bbffc5b0455751b6e027a6cb71a651bedaf32a91e70d0247f13adb2d114a277eb4104012d14ead4b2a9f25c0'

let server: MetadataServer
const http = new NodeHttpClient()

beforeAll(async () => {
  server = await startMetadataServer()
})
afterAll(async () => {
  await server.close()
})

const resolve = (request: HostingBundleRequest | string, metadataUrl = server.indexUrl) =>
  resolveHostingBundle(request, { http, metadataUrl })

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

describe('resolveHostingBundle: the resolution table', () => {
  it.each<[string, HostingBundleRequest | string, string, string]>([
    // latest: the highest channel in support (active or maintenance); 11.0 is a preview (§1.1 step 3).
    ['latest', 'latest', '10.0.10', '10.0'],
    ['lts', 'lts', '10.0.10', '10.0'],
    ['a channel', '8.0', '8.0.29', '8.0'],
    ['a channel', '9.0', '9.0.18', '9.0'],
    // 10.0 lists its previews and RCs too: a channel takes the newest release, never a preview.
    ['a channel with previews in it', '10.0', '10.0.10', '10.0'],
    ['an exact version', '8.0.11', '8.0.11', '8.0'],
    [
      'a preview by exact aspnetcore version',
      '10.0.0-preview.7.25380.108',
      '10.0.0-preview.7.25380.108',
      '10.0'
    ],
    ['a preview by its release-version', '10.0.0-rc.2', '10.0.0-rc.2.25502.107', '10.0'],
    [
      'a preview of a preview-only channel',
      '11.0.0-preview.6.26359.118',
      '11.0.0-preview.6.26359.118',
      '11.0'
    ],
    [
      'auto: that channel, at least that patch',
      { kind: 'minimum', channel: '8.0', minimum: '8.0.12' },
      '8.0.29',
      '8.0'
    ],
    // Old channels have SDK-only releases whose aspnetcore-runtime is null (§1.1 gotchas).
    ['an old channel with an SDK-only release', '2.1', '2.1.29', '2.1']
  ])('%s: %j → %s', async (_name, request, version, channel) => {
    const resolved = await resolve(request)
    expect(resolved.version).toBe(version)
    expect(resolved.channel).toBe(channel)
    expect(resolved.url).toBe(
      `${server.baseUrl}/dotnet/aspnetcore/Runtime/${version}/dotnet-hosting-${version}-win.exe`
    )
    expect(resolved.sha512).toMatch(/^[0-9a-f]{128}$/)
  })

  it('takes the url and SHA-512 of dotnet-hosting-win.exe from aspnetcore-runtime.files', async () => {
    const resolved = await resolve('8.0.11')
    expect(resolved).toEqual({
      version: '8.0.11',
      url: `${server.baseUrl}/dotnet/aspnetcore/Runtime/8.0.11/dotnet-hosting-8.0.11-win.exe`,
      sha512: REAL_8_0_11_HASH,
      channel: '8.0',
      releaseVersion: '8.0.11',
      releaseDate: '2024-11-12',
      security: false,
      supportPhase: 'maintenance',
      releaseType: 'lts',
      eolDate: '2026-11-10',
      ancmVersion: '18.0.24295.11',
      newerInChannel: '8.0.29',
      warnings: []
    })
  })

  it.each(['2.1', '6.0', '7.0.20'])('warns that channel of %s is out of support', async (request) => {
    const resolved = await resolve(request)
    expect(resolved.warnings).toHaveLength(1)
    expect(resolved.warnings[0]).toMatch(
      /out of support since \d{4}-\d{2}-\d{2}: ASP.NET Core .* gets no security fixes/
    )
  })

  it('lts skips a newer STS channel', async () => {
    const index = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'releases-index.json'), 'utf8')) as {
      'releases-index': Array<Record<string, string>>
    }
    for (const entry of index['releases-index']) {
      if (entry['channel-version'] === '10.0') entry['release-type'] = 'sts'
      entry['releases.json'] = entry['releases.json']!.replace(
        'https://builds.dotnet.microsoft.com',
        server.baseUrl
      )
    }
    server.override('/sts/releases-index.json', 200, JSON.stringify(index))
    const url = `${server.baseUrl}/sts/releases-index.json`
    expect((await resolve('latest', url)).version).toBe('10.0.10')
    expect((await resolve('lts', url)).version).toBe('8.0.29')
  })

  it('follows a redirect to the index', async () => {
    server.override('/moved/releases-index.json', 301, '')
    const moved = new NodeHttpClient()
    const redirecting = {
      get: async (url: string, options?: Parameters<NodeHttpClient['get']>[1]) => {
        const response = await moved.get(url, options)
        return url.includes('/moved/') ? { ...response, headers: { location: server.indexUrl } } : response
      }
    }
    const resolved = await resolveHostingBundle('9.0', {
      http: redirecting,
      metadataUrl: `${server.baseUrl}/moved/releases-index.json`
    })
    expect(resolved.version).toBe('9.0.18')
  })
})

describe('resolveHostingBundle: clear errors', () => {
  it('a missing version names the input, the channel file and the newest releases', async () => {
    const error = await failure(resolve('8.0.99'))
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('hosting-bundle')
    expect(error.message).toBe(
      `Input 'hosting-bundle': ASP.NET Core 8.0.99 is not a release of channel 8.0 in ${server.baseUrl}/dotnet/release-metadata/8.0/releases.json. Newest releases: 8.0.29, 8.0.28, 8.0.12, 8.0.11.`
    )
  })

  it('an unknown channel lists the known ones, highest first', async () => {
    const error = await failure(resolve('5.0'))
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain('there is no .NET channel 5.0')
    expect(error.message).toContain(
      'Known channels: 11.0 (preview), 10.0 (active), 9.0 (maintenance), 8.0 (maintenance), 7.0 (eol), 6.0 (eol), 3.1 (eol), 2.1 (eol).'
    )
  })

  it('a preview-only channel asks for an exact version (previews only by exact version)', async () => {
    const error = await failure(resolve('11.0'))
    expect(error.message).toBe(
      "Input 'hosting-bundle': channel 11.0 has only previews (newest: 11.0.0-preview.6.26359.118). Previews are installed only when asked by exact version, e.g. hosting-bundle: 11.0.0-preview.6.26359.118."
    )
  })

  it('auto asking for a patch newer than the metadata knows', async () => {
    const error = await failure(resolve({ kind: 'minimum', channel: '8.0', minimum: '8.0.30' }))
    expect(error.message).toContain(
      'needs ASP.NET Core 8.0.30 or a later 8.0 patch, but the newest release of channel 8.0'
    )
    expect(error.message).toContain('is 8.0.29')
  })

  it('auto and none cannot be resolved on their own', async () => {
    await expect(resolve('auto')).rejects.toThrow("'auto' cannot be resolved on its own")
    await expect(resolve('none')).rejects.toThrow("'none' cannot be resolved on its own")
  })

  it('broken JSON in the index names the URL', async () => {
    server.override('/broken/releases-index.json', 200, '{"releases-index": [ {"channel-version": "8.0", ')
    const url = `${server.baseUrl}/broken/releases-index.json`
    const error = await failure(resolve('8.0', url))
    expect(error).toBeInstanceOf(ReleaseMetadataError)
    expect((error as ReleaseMetadataError).url).toBe(url)
    expect(error.message).toMatch(
      new RegExp(`^Release metadata at ${url} is not valid JSON \\(.+\\): check 'release-metadata-url'`)
    )
  })

  it('broken JSON in a channel file names that file', async () => {
    const channelFile = '/dotnet/release-metadata/9.0/releases.json'
    server.override(channelFile, 200, '<html>captive portal</html>')
    try {
      const error = await failure(resolve('9.0'))
      expect(error).toBeInstanceOf(ReleaseMetadataError)
      expect(error.message).toContain(`Release metadata at ${server.baseUrl}${channelFile} is not valid JSON`)
    } finally {
      server.restore(channelFile)
    }
  })

  it('JSON of the wrong shape says so', async () => {
    server.override('/shape/releases-index.json', 200, '{"releases": []}')
    const error = await failure(resolve('8.0', `${server.baseUrl}/shape/releases-index.json`))
    expect(error.message).toContain("has no 'releases-index' array")
  })

  it('an HTTP error names the URL and the status (3.1 has no served channel file)', async () => {
    const error = await failure(resolve('3.1'))
    expect(error).toBeInstanceOf(ReleaseMetadataError)
    expect(error.message).toBe(
      `Release metadata at ${server.baseUrl}/dotnet/release-metadata/3.1/releases.json answered HTTP 404: check 'release-metadata-url' (a mirror must serve the same JSON as Microsoft's) and the network.`
    )
  })

  it('an unreachable index names the URL', async () => {
    const closed = await startMetadataServer()
    const url = closed.indexUrl
    await closed.close()
    const error = await failure(resolve('8.0', url))
    expect(error).toBeInstanceOf(ReleaseMetadataError)
    expect(error.message).toMatch(new RegExp(`^Could not read release metadata from ${url}: .*ECONNREFUSED`))
  })

  it('a hosting entry without a valid SHA-512 is refused', async () => {
    const text = fs
      .readFileSync(path.join(FIXTURES, '6.0', 'releases.json'), 'utf8')
      .split('https://builds.dotnet.microsoft.com')
      .join(server.baseUrl)
    const json = JSON.parse(text) as {
      releases: Array<{ 'aspnetcore-runtime': { files: Array<{ name: string; hash: string }> } }>
    }
    json.releases[0]!['aspnetcore-runtime'].files.find((f) => f.name === 'dotnet-hosting-win.exe')!.hash =
      'abc'
    server.override('/dotnet/release-metadata/6.0/releases.json', 200, JSON.stringify(json))
    try {
      const error = await failure(resolve('6.0'))
      expect(error.message).toContain('dotnet-hosting-win.exe of 6.0.36 has no url or no SHA-512 hash')
    } finally {
      server.restore('/dotnet/release-metadata/6.0/releases.json')
    }
  })
})
