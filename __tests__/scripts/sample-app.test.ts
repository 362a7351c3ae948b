// What `npm run sample:check` calls build noise and what it reports (no .NET needed: folders made here).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  SAMPLE_PUBLISH,
  compareWithCommitted,
  fakeAppStandIn,
  sampleVersion
} from '../../scripts/sample-app.mjs'

let built: string
let committed: string
beforeEach(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-compare-'))
  built = path.join(root, 'built')
  committed = path.join(root, 'committed')
  fs.cpSync(SAMPLE_PUBLISH, committed, { recursive: true })
  fs.cpSync(SAMPLE_PUBLISH, built, { recursive: true })
  // What the SDK writes: a PE image, symbols, web.config with this machine's newline.
  fs.writeFileSync(path.join(built, 'SampleApp.dll'), Buffer.from('MZ\x90\x00 real IL', 'latin1'))
  fs.writeFileSync(path.join(built, 'SampleApp.pdb'), 'symbols with build paths')
  const webConfig = path.join(built, 'web.config')
  fs.writeFileSync(webConfig, fs.readFileSync(webConfig, 'utf8').replace(/\r\n/g, '\n'))
})
afterEach(() => fs.rmSync(path.dirname(built), { recursive: true, force: true }))

const version = sampleVersion()

describe('compareWithCommitted', () => {
  it('the committed stand-in carries the project version', () => {
    expect(fs.readFileSync(path.join(SAMPLE_PUBLISH, 'SampleApp.dll'), 'utf8')).toBe(fakeAppStandIn(version))
  })

  it('ignores the pdb, the real IL and the newline style', () => {
    expect(compareWithCommitted(built, committed, version)).toEqual([])
  })

  it.each<[string, (dir: string) => void, string]>([
    [
      'a changed setting',
      (d) => fs.appendFileSync(path.join(d, 'appsettings.json'), ' '),
      'appsettings.json: differs from the SDK'
    ],
    [
      'a different hosting model',
      (d) => {
        const f = path.join(d, 'web.config')
        fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('inprocess', 'outofprocess'))
      },
      'web.config: differs from the SDK'
    ],
    [
      'a new static file',
      (d) => fs.writeFileSync(path.join(d, 'wwwroot', 'new.txt'), 'x'),
      'new in the publish'
    ],
    [
      'a file not published any more',
      (d) => fs.rmSync(path.join(d, 'appsettings.json')),
      'no longer published'
    ],
    [
      'a BOM lost',
      (d) => {
        const f = path.join(d, 'web.config')
        fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, ''))
      },
      'web.config: differs from the SDK'
    ],
    [
      'a dll that is not an image',
      (d) => fs.writeFileSync(path.join(d, 'SampleApp.dll'), 'not a PE file'),
      "the SDK's file is not a PE image"
    ]
  ])('reports %s', (_name, change, expected) => {
    change(built)
    expect(compareWithCommitted(built, committed, version).join('\n')).toContain(expected)
  })

  it('reports a stand-in whose version is not the project one', () => {
    expect(compareWithCommitted(built, committed, '9.9.9').join('\n')).toContain('the stand-in is not')
  })
})
