import { describe, expect, it } from 'vitest'
import { InputError, InputErrors } from '../../../src/core/errors.js'
import {
  DEFAULT_RELEASE_METADATA_URL,
  parseHostingBundleArgs,
  parseHostingBundleInputs,
  parseHostingBundleSpec,
  parseRestartIisPolicy,
  versionFromBundleFileName
} from '../../../src/steps/hosting-bundle/inputs.js'
import { compareVersions, channelOf, isPrerelease } from '../../../src/steps/hosting-bundle/version.js'

const SHA = 'ab'.repeat(64)

describe('parseHostingBundleSpec', () => {
  it.each([
    ['none', { kind: 'none' }],
    ['', { kind: 'none' }],
    ['auto', { kind: 'auto' }],
    ['LATEST', { kind: 'latest' }],
    ['lts', { kind: 'lts' }],
    ['8.0', { kind: 'channel', channel: '8.0' }],
    ['10.0', { kind: 'channel', channel: '10.0' }],
    [' 8.0.11 ', { kind: 'exact', version: '8.0.11' }],
    ['10.0.0-preview.7.25380.108', { kind: 'exact', version: '10.0.0-preview.7.25380.108' }],
    ['10.0.0-rc.2', { kind: 'exact', version: '10.0.0-rc.2' }]
  ])('%j → %j', (value, expected) => {
    expect(parseHostingBundleSpec(value)).toEqual(expected)
  })

  it.each(['8', 'v8.0.11', '8.0.x', 'current', '8.0.11.2'])(
    'refuses %j naming the input and the forms',
    (value) => {
      const error = (() => {
        try {
          parseHostingBundleSpec(value)
        } catch (e) {
          return e as InputError
        }
        throw new Error('no error')
      })()
      expect(error).toBeInstanceOf(InputError)
      expect(error.input).toBe('hosting-bundle')
      expect(error.message).toContain(`'${value}'`)
      expect(error.message).toContain('latest, lts, a channel (8.0)')
    }
  )
})

describe('parseHostingBundleArgs (only the documented OPT_NO_* properties, windows-facts §1.2)', () => {
  it.each([
    ['', []],
    ['OPT_NO_ANCM=1', [{ name: 'OPT_NO_ANCM', value: '1' }]],
    [
      'OPT_NO_X86=1\nOPT_NO_SHARED_CONFIG_CHECK=1  OPT_NO_RUNTIME=0',
      [
        { name: 'OPT_NO_X86', value: '1' },
        { name: 'OPT_NO_SHARED_CONFIG_CHECK', value: '1' },
        { name: 'OPT_NO_RUNTIME', value: '0' }
      ]
    ],
    [
      ['OPT_NO_SHAREDFX=1', 'OPT_NO_ANCM=0'],
      [
        { name: 'OPT_NO_SHAREDFX', value: '1' },
        { name: 'OPT_NO_ANCM', value: '0' }
      ]
    ]
  ])('%j', (value, expected) => {
    expect(parseHostingBundleArgs(value)).toEqual(expected)
  })

  it.each([
    ['/passive', "'/passive'", 'set by the step'],
    ['OPT_NO_FOO=1', "'OPT_NO_FOO=1'", 'OPT_NO_ANCM=0|1'],
    ['OPT_NO_ANCM=2', "'OPT_NO_ANCM=2'", 'OPT_NO_X86=0|1'],
    ['opt_no_ancm=1', "'opt_no_ancm=1'", 'OPT_NO_SHARED_CONFIG_CHECK=0|1'],
    ['OPT_NO_X86=1 & calc.exe', "'&', 'calc.exe'", 'OPT_NO_RUNTIME=0|1'],
    ['INSTALLDIR=C:\\x', "'INSTALLDIR=C:\\x'", 'OPT_NO_SHAREDFX=0|1']
  ])('refuses %j with the input, the value and the allowed names', (value, shown, allowed) => {
    expect(() => parseHostingBundleArgs(value)).toThrow(InputError)
    try {
      parseHostingBundleArgs(value)
    } catch (error) {
      expect((error as InputError).input).toBe('hosting-bundle-args')
      expect((error as Error).message).toContain("Input 'hosting-bundle-args'")
      expect((error as Error).message).toContain(shown)
      expect((error as Error).message).toContain(allowed)
    }
  })

  it('refuses the same property twice', () => {
    expect(() => parseHostingBundleArgs('OPT_NO_ANCM=1 OPT_NO_ANCM=0')).toThrow(/sets OPT_NO_ANCM twice/)
  })
})

describe('parseRestartIisPolicy', () => {
  it.each([
    [undefined, 'auto'],
    ['', 'auto'],
    ['Always', 'always'],
    ['never', 'never']
  ])('%j → %s', (value, expected) => {
    expect(parseRestartIisPolicy(value)).toBe(expected)
  })
  it('refuses anything else', () => {
    expect(() => parseRestartIisPolicy('sometimes')).toThrow(
      "Input 'restart-iis' is 'sometimes': use auto, always, never."
    )
  })
})

describe('versionFromBundleFileName', () => {
  it.each([
    ['https://m.example/dotnet-hosting-8.0.11-win.exe', '8.0.11'],
    [
      'https://m.example/a/dotnet-hosting-10.0.0-preview.7.25380.108-win.exe?sig=x',
      '10.0.0-preview.7.25380.108'
    ],
    ['https://m.example/hosting.exe', undefined],
    ['not a url', undefined]
  ])('%s → %s', (url, expected) => {
    expect(versionFromBundleFileName(url)).toBe(expected)
  })
})

describe('parseHostingBundleInputs', () => {
  it('defaults: none, Microsoft metadata, restart auto', () => {
    expect(parseHostingBundleInputs({})).toEqual({
      spec: { kind: 'none' },
      properties: [],
      mirror: undefined,
      metadataUrl: DEFAULT_RELEASE_METADATA_URL,
      restartIis: 'auto'
    })
  })

  it('a mirror takes both url and sha512 (lower-cased) and reads the version from the file name', () => {
    const settings = parseHostingBundleInputs({
      hostingBundle: 'latest',
      hostingBundleUrl: 'https://mirror.example/dotnet-hosting-8.0.11-win.exe',
      hostingBundleSha512: SHA.toUpperCase()
    })
    expect(settings.mirror).toEqual({
      url: 'https://mirror.example/dotnet-hosting-8.0.11-win.exe',
      sha512: SHA,
      fileVersion: '8.0.11'
    })
  })

  it.each([
    [{ hostingBundleUrl: 'https://m.example/dotnet-hosting-8.0.11-win.exe' }, 'hosting-bundle-sha512'],
    [{ hostingBundleSha512: SHA }, 'hosting-bundle-url']
  ])('url and sha512 go together: %j', (raw, missing) => {
    try {
      parseHostingBundleInputs({ hostingBundle: '8.0.11', ...raw })
      throw new Error('no error')
    } catch (error) {
      expect((error as InputError).input).toBe(missing)
      expect((error as Error).message).toContain('go together')
    }
  })

  it('a mirror must agree with an exact version and name a version for latest', () => {
    expect(() =>
      parseHostingBundleInputs({
        hostingBundle: '8.0.12',
        hostingBundleUrl: 'https://m.example/dotnet-hosting-8.0.11-win.exe',
        hostingBundleSha512: SHA
      })
    ).toThrow(/serves 8.0.11 .* asks for 8.0.12/)
    expect(() =>
      parseHostingBundleInputs({
        hostingBundle: 'latest',
        hostingBundleUrl: 'https://m.example/hosting.exe',
        hostingBundleSha512: SHA
      })
    ).toThrow(/does not name its version/)
    expect(() =>
      parseHostingBundleInputs({
        hostingBundle: '9.0',
        hostingBundleUrl: 'https://m.example/dotnet-hosting-8.0.11-win.exe',
        hostingBundleSha512: SHA
      })
    ).toThrow(/not in channel 9.0/)
  })

  it('reports every problem at once', () => {
    try {
      parseHostingBundleInputs({
        hostingBundle: 'banana',
        hostingBundleArgs: '/passive',
        restartIis: 'maybe',
        releaseMetadataUrl: 'ftp://x/releases-index.json',
        hostingBundleUrl: 'https://m.example/dotnet-hosting-8.0.11-win.exe',
        hostingBundleSha512: 'abc'
      })
      throw new Error('no error')
    } catch (error) {
      expect(error).toBeInstanceOf(InputErrors)
      expect((error as InputErrors).errors.map((e) => e.input).sort()).toEqual([
        'hosting-bundle',
        'hosting-bundle-args',
        'hosting-bundle-sha512',
        'release-metadata-url',
        'restart-iis'
      ])
    }
  })
})

describe('versions', () => {
  it.each([
    ['8.0.11', '8.0.2', 1],
    ['10.0.0', '9.0.18', 1],
    ['10.0.0-preview.7.25380.108', '10.0.0', -1],
    ['10.0.0-rc.2.25502.107', '10.0.0-preview.7.25380.108', 1],
    ['10.0.0-preview.10.1', '10.0.0-preview.7.1', 1],
    ['8.0.11', '8.0.11', 0]
  ])('compareVersions(%s, %s) = %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
    expect(Math.sign(compareVersions(b, a))).toBe(0 - sign || 0)
  })

  it('channelOf and isPrerelease', () => {
    expect(channelOf('10.0.0-rc.2.25502.107')).toBe('10.0')
    expect(channelOf('x')).toBeUndefined()
    expect(isPrerelease('10.0.0-rc.2')).toBe(true)
    expect(isPrerelease('10.0.10')).toBe(false)
  })
})
