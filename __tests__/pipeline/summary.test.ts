import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/core/errors.js'
import { deploy } from '../../src/pipeline/deploy.js'
import {
  annotateDiagnostics,
  cell,
  formatBytes,
  formatDuration,
  renderSummary,
  renderTextSummary
} from '../../src/pipeline/summary.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { StubSteps, testOptions, testPorts } from './helpers.js'

describe('summary helpers', () => {
  it.each<[string, string]>([
    ['a | b', 'a \\| b'],
    ['<script>', '&lt;script&gt;'],
    ['line1\nline2', 'line1<br>line2']
  ])('cell(%j)', (text, expected) => {
    expect(cell(text)).toBe(expected)
  })

  it.each<[number, string]>([
    [0, ''],
    [250, '250 ms'],
    [1500, '1.5 s'],
    [125_000, '2 min 5 s']
  ])('formatDuration(%d)', (ms, text) => expect(formatDuration(ms)).toBe(text))

  it.each<[number, string]>([
    [10, '10 B'],
    [2048, '2.0 KB'],
    [5 * 1024 * 1024, '5.0 MB']
  ])('formatBytes(%d)', (bytes, text) => expect(formatBytes(bytes)).toBe(text))
})

describe('renderSummary', () => {
  it('has the steps table, the changes, the offline window, the health and the rollback', async () => {
    // Arrange: a deploy whose health check fails once, then passes after the rollback.
    const steps = new StubSteps()
    steps.healthy = [false, true]
    const reporter = new MemoryReporter()
    const result = await deploy(
      testOptions({ site: 'Shop', 'health-check-url': 'http://localhost/h' }),
      testPorts({ reporter }),
      { steps }
    )
    // Act
    const markdown = renderSummary(result, {
      title: 'Shop/',
      version: '1.2.3',
      mask: (t) => reporter.mask(t)
    })
    // Assert
    expect(markdown).toContain('## iis-deploy: ↩️ Failed and rolled back Shop/')
    expect(markdown).toContain('| Step | Result | Duration | Details |')
    expect(markdown).toMatch(/\| sync \| ✅ succeeded \| .* \| 1 file updated \|/)
    expect(markdown).toMatch(/\| health-check \| ❌ failed \|/)
    expect(markdown).toMatch(/\| rollback \| ✅ succeeded \|/)
    expect(markdown).toContain('| 0 | 1 | 0 | 10 B |')
    expect(markdown).toContain('### Offline window')
    expect(markdown).toContain('### Health check')
    expect(markdown).toContain('### Rollback')
    expect(markdown).toContain('<sub>iis-deploy 1.2.3</sub>')
  })

  it('lists the web.config problems and the warnings, masked', async () => {
    const reporter = new MemoryReporter()
    reporter.registerSecret('hunter2')
    const steps = new StubSteps().fail(
      'prepareApp',
      Object.assign(new InputError('web-config', 'bad'), {
        diagnostics: [
          {
            severity: 'error',
            message: 'no handler (hunter2)',
            file: '/ws/publish/web.config',
            line: 3,
            column: 5
          }
        ]
      })
    )
    const result = await deploy(testOptions({ site: 'Shop' }, reporter), testPorts({ reporter }), { steps })
    reporter.warning('pool shared with hunter2')
    const markdown = renderSummary(
      { ...result, warnings: ['pool shared with hunter2'] },
      { title: 'Shop/', mask: (t) => reporter.mask(t) }
    )
    expect(markdown).toContain('- ❌ /ws/publish/web.config:3:5: no handler (***)')
    expect(markdown).toContain('- ⚠️ pool shared with ***')
    expect(markdown).not.toContain('hunter2')
    // The same problem became an annotation on the file and line.
    expect(reporter.lines.find((l) => l.level === 'error')?.location).toEqual({
      file: '/ws/publish/web.config',
      line: 3,
      column: 5,
      title: 'web.config'
    })
  })

  it('the text summary names each step and the server state', async () => {
    const result = await deploy(testOptions({ site: 'Shop', 'dry-run': 'true' }), testPorts(), {
      steps: new StubSteps()
    })
    const text = renderTextSummary(result)
    expect(text).toMatch(/sync\s+planned/)
    expect(text).toMatch(/Dry run: nothing on the server was changed\.$/)
    // A dry run copies nothing and asks no health URL: say so, not "copied" or "no answer".
    expect(text).not.toMatch(/ copied$|health: no answer/m)
  })
})

describe('annotateDiagnostics', () => {
  it('turns errors and warnings into located messages', () => {
    const reporter = new MemoryReporter()
    annotateDiagnostics(reporter, [
      { severity: 'warning', message: 'stdout log on', file: 'web.config', line: 7, column: 3 },
      { severity: 'error', message: 'missing', file: 'web.config' }
    ])
    expect(reporter.lines).toEqual([
      {
        level: 'warning',
        message: 'stdout log on',
        location: { file: 'web.config', line: 7, column: 3, title: 'web.config' }
      },
      {
        level: 'error',
        message: 'missing',
        location: { file: 'web.config', line: undefined, column: undefined, title: 'web.config' }
      }
    ])
  })
})
