import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InputErrors } from '../../../src/core/errors.js'
import { applyJsonVariables, resolveJsonFiles } from '../../../src/steps/json-variables/json-variables.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

let appDir: string
beforeEach(() => {
  appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'json-variables-'))
})
afterEach(() => fs.rmSync(appDir, { recursive: true, force: true }))

function write(relative: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(appDir, relative)), { recursive: true })
  fs.writeFileSync(path.join(appDir, relative), content)
}
const read = (relative: string): string => fs.readFileSync(path.join(appDir, relative), 'utf8')

describe('applyJsonVariables', () => {
  it('replaces keys in every file that has them, keeping the BOM and CRLF', async () => {
    // Arrange
    write('appsettings.json', '\ufeff{\r\n  "Greeting": "Hello",\r\n  "Db": { "Password": "" }\r\n}\r\n')
    write('appsettings.Production.json', '{\n  "Greeting": "Prod"\n}\n')
    const reporter = new MemoryReporter()
    reporter.registerSecret('s3cr3t!')
    // Act
    const result = await applyJsonVariables({
      appDir,
      variables: [
        { name: 'Greeting', value: 'Hi', secret: false },
        { name: 'Db.Password', value: 's3cr3t!', secret: true }
      ],
      files: ['appsettings.json', 'appsettings.*.json'],
      addMissing: false,
      reporter
    })
    // Assert
    expect(read('appsettings.json')).toBe(
      '\ufeff{\r\n  "Greeting": "Hi",\r\n  "Db": { "Password": "s3cr3t!" }\r\n}\r\n'
    )
    expect(read('appsettings.Production.json')).toBe('{\n  "Greeting": "Hi"\n}\n')
    expect(result.files).toEqual(['appsettings.json', 'appsettings.Production.json'])
    expect(result.changes).toEqual([
      { file: 'appsettings.json', key: 'Greeting', action: 'replaced', secret: false },
      { file: 'appsettings.Production.json', key: 'Greeting', action: 'replaced', secret: false },
      { file: 'appsettings.json', key: 'Db.Password', action: 'replaced', secret: true }
    ])
    expect(reporter.text()).not.toContain('s3cr3t!')
    expect(reporter.text()).not.toContain('Hi"')
  })

  it('reports every missing key at once and writes nothing', async () => {
    write('appsettings.json', '{ "A": { "B": 1 } }')
    const error = await applyJsonVariables({
      appDir,
      variables: [
        { name: 'A.C', value: '1', secret: false },
        { name: 'Z', value: 'top-secret', secret: true },
        { name: 'A.B', value: '2', secret: false }
      ],
      files: ['appsettings.json'],
      addMissing: false,
      reporter: new MemoryReporter()
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputErrors)
    const errors = (error as InputErrors).errors
    expect(errors.map((e) => e.input)).toEqual(['json-variables', 'secret-json-variables'])
    expect(errors[0]?.message).toMatch(
      /appsettings\.json: 'A\.C' is not there \('A' is, without 'C'\).*json-add-missing: true/
    )
    expect((error as Error).message).not.toContain('top-secret')
    expect(read('appsettings.json')).toBe('{ "A": { "B": 1 } }')
  })

  it('adds a missing key to the first file with json-add-missing', async () => {
    write('appsettings.json', '{\n  "A": 1\n}\n')
    write('appsettings.Staging.json', '{\n  "B": 1\n}\n')
    await applyJsonVariables({
      appDir,
      variables: [{ name: 'C.D', value: 'x', secret: false }],
      files: ['appsettings.json', 'appsettings.Staging.json'],
      addMissing: true,
      reporter: new MemoryReporter()
    })
    expect(read('appsettings.json')).toBe('{\n  "A": 1,\n  "C": {\n    "D": "x"\n  }\n}\n')
    expect(read('appsettings.Staging.json')).toBe('{\n  "B": 1\n}\n')
  })

  it('computes the changes without writing when write is false (dry-run)', async () => {
    write('appsettings.json', '{ "A": 1 }')
    const result = await applyJsonVariables({
      appDir,
      variables: [{ name: 'A', value: '2', secret: false }],
      files: ['appsettings.json'],
      addMissing: false,
      reporter: new MemoryReporter(),
      write: false
    })
    expect(result.changes[0]?.action).toBe('replaced')
    expect(read('appsettings.json')).toBe('{ "A": 1 }')
  })

  it.each<[string, string | Buffer, RegExp]>([
    [
      'broken JSON with its position',
      '{ "A": 1,, }',
      /appsettings\.json is not valid JSON: expected a "key" or } at line 1, column 10/
    ],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), /saved as UTF-16/]
  ])('refuses %s', async (_name, content, message) => {
    write('appsettings.json', content)
    await expect(
      applyJsonVariables({
        appDir,
        variables: [{ name: 'A', value: '2', secret: false }],
        files: ['appsettings.json'],
        addMissing: false,
        reporter: new MemoryReporter()
      })
    ).rejects.toThrow(message)
  })

  it('does nothing without variables', async () => {
    await expect(
      applyJsonVariables({
        appDir,
        variables: [],
        files: ['missing.json'],
        addMissing: false,
        reporter: new MemoryReporter()
      })
    ).resolves.toEqual({ files: [], changes: [] })
  })
})

describe('resolveJsonFiles', () => {
  it('names a missing plain file, and globs skip wwwroot', () => {
    write('config/a.json', '{}')
    write('config/b.json', '{}')
    write('wwwroot/lib/package.json', '{}')
    expect(resolveJsonFiles(appDir, ['config/*.json', '*.json'])).toEqual(['config/a.json', 'config/b.json'])
    expect(() => resolveJsonFiles(appDir, ['appsettings.json'])).toThrow(
      /'appsettings\.json' is not in the app folder/
    )
  })
})
