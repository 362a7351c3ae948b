import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotationProperties, GitHubReporter, type CoreApi } from '../../src/adapters/github/reporter.js'

function fakeCore() {
  const calls: Array<[string, ...unknown[]]> = []
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push([name, ...args])
    }
  const api: CoreApi = {
    debug: record('debug'),
    info: record('info'),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error'),
    startGroup: record('startGroup'),
    endGroup: record('endGroup'),
    setSecret: record('setSecret')
  }
  return { api, calls }
}

const workspace = path.resolve('/home/runner/work/app/app')

describe('annotationProperties', () => {
  it.each<[string, Parameters<typeof annotationProperties>[0], ReturnType<typeof annotationProperties>]>([
    [
      'a file in the workspace becomes repository-relative (GitHub links it)',
      { file: path.join(workspace, 'publish', 'web.config'), line: 3, column: 7, title: 'web.config' },
      { file: 'publish/web.config', startLine: 3, startColumn: 7, title: 'web.config' }
    ],
    [
      'a file outside stays absolute',
      { file: '/tmp/x/web.config' },
      { file: '/tmp/x/web.config', startLine: undefined, startColumn: undefined, title: undefined }
    ],
    ['no location', undefined, undefined]
  ])('%s', (_name, location, expected) => {
    expect(annotationProperties(location, workspace)).toEqual(expected)
  })
})

describe('GitHubReporter', () => {
  it('masks every line and tells the runner every form of a secret', () => {
    const { api, calls } = fakeCore()
    const reporter = new GitHubReporter(workspace, api)
    reporter.registerSecret('p@ss"word')
    reporter.info('connecting with p@ss"word')
    reporter.error('bad p%40ss%22word', { file: path.join(workspace, 'web.config'), line: 1 })
    expect(calls.filter((c) => c[0] === 'setSecret').map((c) => c[1])).toEqual(
      expect.arrayContaining(['p@ss"word', 'p%40ss%22word', 'p@ss\\"word'])
    )
    expect(calls).toContainEqual(['info', 'connecting with ***'])
    expect(calls).toContainEqual([
      'error',
      'bad ***',
      { file: 'web.config', startLine: 1, startColumn: undefined, title: undefined }
    ])
  })

  it('opens one level of groups (GitHub does not nest them)', async () => {
    const { api, calls } = fakeCore()
    const reporter = new GitHubReporter(workspace, api)
    await reporter.group('outer', () => reporter.group('inner', async () => reporter.info('x')))
    expect(calls).toEqual([['startGroup', 'outer'], ['info', '▶ inner'], ['info', 'x'], ['endGroup']])
  })
})
