import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import { WebConfigError } from '../../../src/steps/web-config/diagnostics.js'
import {
  fitSubApplication,
  passesHandlerToChildren,
  type SubApplicationOptions
} from '../../../src/steps/web-config/sub-application.js'
import { validateWebConfig } from '../../../src/steps/web-config/validate.js'

// Golden files: __tests__/fixtures/web-config/sub-application/<case>/{input.config?, options.json, expected.config}.
const FIXTURES = path.resolve('__tests__/fixtures/web-config/sub-application')
const cases = fs
  .readdirSync(FIXTURES)
  .sort()
  .map((name) => {
    const dir = path.join(FIXTURES, name)
    const read = (file: string): string | undefined =>
      fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), 'utf8') : undefined
    return {
      name,
      input: read('input.config'),
      expected: read('expected.config') as string,
      options: JSON.parse(read('options.json') as string) as SubApplicationOptions
    }
  })

describe('fitSubApplication: golden files (Hosting guide "Sub-application configuration", windows-facts §2.2)', () => {
  it.each(cases)('$name', ({ input, expected, options }) => {
    const result = fitSubApplication(input, options)
    expect(result.text).toBe(expected)
    expect(result.changed).toBe(input !== expected)
    expect(result.changes.length > 0).toBe(result.changed)
  })

  it.each(cases)('$name: idempotent', ({ input, options }) => {
    const once = fitSubApplication(input, options)
    const twice = fitSubApplication(once.text, options)
    expect(twice.text).toBe(once.text)
    expect(twice.changed).toBe(false)
    expect(twice.changes).toEqual([])
  })

  it.each(cases.filter((c) => c.options.kind === 'aspnetcore'))(
    '$name: the result validates as a sub-application without warnings about the handler',
    ({ expected }) => {
      const diagnostics = validateWebConfig(expected, { file: 'web.config', subApplication: true })
      expect(
        diagnostics.filter((d) => d.rule === 'sub-application-handler' || d.severity === 'error')
      ).toEqual([])
    }
  )

  it('explains why the remove is there', () => {
    const input = fs.readFileSync(
      path.join(FIXTURES, 'aspnetcore-child-published-by-sdk', 'input.config'),
      'utf8'
    )
    const [change] = fitSubApplication(input, { kind: 'aspnetcore' }).changes
    expect(change).toMatch(/<remove name="aspNetCore" \/> before the app's own handler.*500\.19/)
  })
})

describe('refusals', () => {
  it('an ASP.NET Core child needs its web.config', () => {
    expect(() => fitSubApplication(undefined, { kind: 'aspnetcore' })).toThrow(InputError)
  })

  it('a child that has its own aspNetCore handler is not "other"', () => {
    const input = fs.readFileSync(
      path.join(FIXTURES, 'aspnetcore-child-already-removes', 'input.config'),
      'utf8'
    )
    expect(() => fitSubApplication(input, { kind: 'other' })).toThrow(/ASP\.NET Core sub-application mode/)
  })

  it.each([
    ['not well-formed', '<configuration>'],
    ['wrong root', '<appSettings />']
  ])('%s', (_name, input) => {
    expect(() => fitSubApplication(input, { kind: 'other', file: 'child/web.config' })).toThrow(
      WebConfigError
    )
  })
})

describe('passesHandlerToChildren', () => {
  const handler =
    '<handlers><add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" /></handlers>'
  it.each([
    [
      'wrapped by dotnet publish',
      `<configuration><location path="." inheritInChildApplications="false"><system.webServer>${handler}</system.webServer></location></configuration>`,
      false
    ],
    ['at the root', `<configuration><system.webServer>${handler}</system.webServer></configuration>`, true],
    [
      'under location path="." that inherits',
      `<configuration><location path="."><system.webServer>${handler}</system.webServer></location></configuration>`,
      true
    ],
    ['no ASP.NET Core handler', '<configuration><system.webServer /></configuration>', false],
    ['not a web.config', '<appSettings />', false]
  ])('%s → %s', (_name, parent, expected) => {
    expect(passesHandlerToChildren(parent)).toBe(expected)
  })
})
