// What the shipping files promise, checked: action.yml against our own schema (the workflow validator of
// the validator in .ci/run does not know `runs.using: node24` yet), every `uses:` pinned to a commit SHA with its tag in a
// comment, CI and .ci/run running the same script, and the end-to-end jobs gated on the Linux CI and kept short.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '..', '..')
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8')

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f).replace(/\\/g, '/'))
}

const workflowFiles = [...filesUnder('.github/workflows'), ...filesUnder('.github/actions')]

type Map = Record<string, unknown>
const isMap = (value: unknown): value is Map =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Problems in an action.yml, per GitHub's metadata syntax for JavaScript actions (docs.github.com, "Metadata syntax"). */
function actionProblems(action: unknown): string[] {
  const problems: string[] = []
  if (!isMap(action)) return ['action.yml is not a map']
  const allowed = new Set(['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'])
  for (const key of Object.keys(action))
    if (!allowed.has(key)) problems.push(`unknown top-level key '${key}'`)
  for (const key of ['name', 'description']) {
    if (typeof action[key] !== 'string' || action[key] === '')
      problems.push(`'${key}' must be a non-empty string`)
  }
  const runs = action.runs
  if (!isMap(runs)) problems.push("'runs' is missing")
  else {
    if (!['node20', 'node24'].includes(String(runs.using)))
      problems.push(`runs.using '${String(runs.using)}' is not node20 or node24`)
    if (typeof runs.main !== 'string' || !fs.existsSync(path.join(root, runs.main)))
      problems.push(`runs.main '${String(runs.main)}' does not exist`)
    for (const key of Object.keys(runs)) {
      if (!['using', 'main', 'pre', 'pre-if', 'post', 'post-if'].includes(key))
        problems.push(`unknown key runs.${key}`)
    }
  }
  for (const [name, input] of Object.entries(isMap(action.inputs) ? action.inputs : {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) problems.push(`input id '${name}' is not a valid id`)
    if (!isMap(input) || typeof input.description !== 'string') {
      problems.push(`input '${name}' has no description`)
      continue
    }
    for (const key of Object.keys(input)) {
      if (!['description', 'required', 'default', 'deprecationMessage'].includes(key))
        problems.push(`input '${name}' has unknown key '${key}'`)
    }
    if ('required' in input && typeof input.required !== 'boolean')
      problems.push(`input '${name}': required must be true or false`)
    if ('default' in input && typeof input.default !== 'string')
      problems.push(`input '${name}': give the default as a string`)
  }
  for (const [name, output] of Object.entries(isMap(action.outputs) ? action.outputs : {})) {
    if (!isMap(output) || typeof output.description !== 'string')
      problems.push(`output '${name}' has no description`)
  }
  if (action.branding !== undefined) {
    if (!isMap(action.branding)) problems.push("'branding' must be a map")
    else
      for (const key of Object.keys(action.branding))
        if (!['icon', 'color'].includes(key)) problems.push(`unknown key branding.${key}`)
  }
  return problems
}

describe('action.yml (our schema: the validator does not know node24)', () => {
  it('is valid', () => {
    expect(actionProblems(parse(read('action.yml')))).toEqual([])
  })

  it.each<[string, string, RegExp]>([
    ['an unknown runtime', "using: 'node24'", /runs.using 'node12'/],
    [
      'an input without a description',
      "description: 'Virtual application path",
      /input 'application' has no description/
    ],
    ['a missing bundle', "main: 'dist/index.js'", /runs.main 'dist\/missing.js' does not exist/]
  ])('catches %s', (_name, from, problem) => {
    const broken = read('action.yml').replace(
      from,
      from.startsWith('using')
        ? 'using: node12'
        : from.startsWith('main')
          ? 'main: dist/missing.js'
          : "descriptio: 'Virtual application path"
    )
    expect(actionProblems(parse(broken)).join('\n')).toMatch(problem)
  })
})

describe('workflows and local actions', () => {
  it('has the workflows the project ships', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/e2e.yml',
        '.github/workflows/release.yml'
      ])
    )
  })

  it.each(workflowFiles)('%s pins every action to a commit SHA, with its tag in a comment', (file) => {
    const uses = read(file)
      .split(/\r?\n/)
      .filter((line) => /^\s*(?:-\s+)?uses:/.test(line))
    expect(uses.length).toBeGreaterThan(0)
    for (const line of uses) {
      const target = /uses:\s*(\S+)/.exec(line)?.[1] ?? ''
      if (target.startsWith('./')) continue
      expect(line, `${file}: ${line.trim()}`).toMatch(
        /uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(?:\.\d+)*\s*$/
      )
    }
  })

  it('runs the same checks in GitHub CI and in .ci/run', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { steps: { run?: string }[] }>
    }
    expect(ci.jobs.check?.steps.some((step) => step.run?.trim() === 'bash .ci/run')).toBe(true)
    expect(read('.ci/run')).toMatch(/\n(run_tests "[^"]+" \S+ )?npm test /)
    // Issue 12: the scenario and dist suites once more under the German fake locale, counted in the total.
    expect(read('.ci/run')).toMatch(/\n {2}run_tests "[^"]+" \S+ npm run --silent test:scenarios:de-DE /)
    expect(read('.ci/run')).toMatch(/echo "\$total_passed passed, \$total_failed failed"/)
  })

  it('gates every end-to-end job on the Linux CI and keeps it under 15 minutes on both Windows images', () => {
    const e2e = parse(read('.github/workflows/e2e.yml')) as { jobs: Record<string, Map> }
    const jobs = Object.entries(e2e.jobs).filter(([name]) => name !== 'linux-ci')
    expect(e2e.jobs['linux-ci']?.uses).toBe('./.github/workflows/ci.yml')
    expect(jobs.length).toBeGreaterThanOrEqual(10)
    for (const [name, job] of jobs) {
      expect(job.needs, name).toBe('linux-ci')
      expect(Number(job['timeout-minutes']), name).toBeLessThanOrEqual(15)
      expect((job.strategy as { matrix: { os: string[] } }).matrix.os, name).toEqual([
        'windows-latest',
        'windows-2022'
      ])
      const steps = job.steps as { uses?: string; if?: string }[]
      expect(
        steps.some((s) => s.uses === './.github/actions/e2e-diagnostics' && s.if === 'failure()'),
        name
      ).toBe(true)
    }
  })
})
