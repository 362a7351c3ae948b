// The read-target step's folder rules (input-rules §4), shared with the options check.
import { describe, expect, it } from 'vitest'
import {
  isSameOrInside,
  isSamePath,
  physicalPathMismatch,
  sourceTargetProblem
} from '../../src/pipeline/steps/target-folder-rules.js'

describe('isSamePath / isSameOrInside', () => {
  it.each<[string, string, boolean]>([
    ['C:\\inetpub\\Shop', 'c:\\INETPUB\\shop\\', true],
    ['C:\\inetpub\\Shop', 'C:/inetpub/Shop', true],
    ['C:\\inetpub\\Shop', 'C:\\inetpub\\Shop2', false],
    ['/srv/shop', '/srv/shop/', true],
    ['/srv/shop', '/srv/Shop', false]
  ])('%s = %s: %s', (a, b, same) => {
    expect(isSamePath(a, b)).toBe(same)
  })

  it.each<[string, string, boolean]>([
    ['C:\\inetpub', 'c:\\Inetpub\\Shop', true],
    ['C:\\inetpub\\Shop', 'C:\\inetpub\\Shop-old', false],
    ['C:\\inetpub\\Shop', 'C:\\inetpub', false],
    ['/srv', '/srv/shop/bin', true],
    ['/srv/shop', '/srv/shopping', false]
  ])('%s holds %s: %s', (parent, child, inside) => {
    expect(isSameOrInside(parent, child)).toBe(inside)
  })
})

describe('sourceTargetProblem', () => {
  it.each<[string, string, RegExp | undefined]>([
    ['C:\\work\\publish', 'c:\\work\\Publish', /are the same folder/],
    ['C:\\work\\publish', 'C:\\work\\publish\\inner', /inside the source folder.*copy into itself/],
    [
      'C:\\work\\publish',
      'C:\\work',
      /source folder .* is inside the target folder.*overwrite or delete the source/
    ],
    ['C:\\work\\publish', 'C:\\inetpub\\Shop', undefined],
    ['C:\\work\\publish', 'C:\\work\\publish-site', undefined]
  ])('%s → %s', (source, target, says) => {
    const problem = sourceTargetProblem(source, target, "'physical-path'")
    if (says === undefined) expect(problem).toBeUndefined()
    else {
      expect(problem).toMatch(says)
      expect(problem).toMatch(/separate folders/)
    }
  })
})

describe('physicalPathMismatch', () => {
  it('names both folders and both fixes; an application is named as one', () => {
    const site = physicalPathMismatch({
      site: 'Shop',
      application: '/',
      input: 'D:\\typo',
      live: 'C:\\inetpub\\Shop'
    })
    expect(site).toBe(
      "Input 'physical-path' is 'D:\\typo', but IIS serves site 'Shop' from 'C:\\inetpub\\Shop'. Set 'physical-path' to 'C:\\inetpub\\Shop' (or leave it empty to use the folder IIS serves), or set 'create: true' to move the site to 'D:\\typo'."
    )
    const app = physicalPathMismatch({ site: 'Shop', application: '/api', input: 'D:\\api', live: 'C:\\api' })
    expect(app).toMatch(/application 'Shop\/api'.*move the application to 'D:\\api'/)
  })
})
