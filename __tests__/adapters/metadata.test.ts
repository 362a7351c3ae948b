// action.yml, task.json and the option parser describe the same inputs and outputs (contract §1, §2, §5).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { INPUT_DEFAULTS, INPUT_NAMES, INPUT_SCHEMA, SECRET_INPUTS } from '../../src/pipeline/options.js'
import { OUTPUT_NAMES } from '../../src/pipeline/types.js'
import { inputType, parseYamlMaps, readActionYml, renderInputsTable } from '../../scripts/action-yml.mjs'
import { camel, renderTaskJson } from '../../scripts/task-json.mjs'

const root = path.resolve(import.meta.dirname, '..', '..')
const action = readActionYml(path.join(root, 'action.yml'))
const taskJson = JSON.parse(
  fs.readFileSync(path.join(root, 'tasks', 'IisDeployV1', 'task.json'), 'utf8')
) as {
  inputs: Array<{
    name: string
    defaultValue: string
    groupName: string
    helpMarkDown: string
    type: string
    options?: Record<string, string>
  }>
  outputVariables: Array<{ name: string }>
  execution: Record<string, { target: string }>
  minimumAgentVersion: string
  groups: Array<{ name: string }>
}

describe('action.yml', () => {
  it('has every input of the contract, with its default and a description', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_NAMES)
    for (const name of INPUT_NAMES) {
      const input = action.inputs[name]
      expect(input?.default ?? '', name).toBe(INPUT_DEFAULTS[name])
      expect(input?.description?.length ?? 0, name).toBeGreaterThan(10)
    }
  })

  it('declares each input with the type the README table shows (src/pipeline/options/schema.ts)', () => {
    for (const spec of INPUT_SCHEMA) {
      const input = action.inputs[spec.name] ?? {}
      expect(inputType(spec.name, input), spec.name).toBe(spec.type)
    }
    expect(SECRET_INPUTS).toEqual([
      'secret-environment-variables',
      'pool-password',
      'certificate-pfx',
      'certificate-pfx-password',
      'secret-pool-environment-variables',
      'secret-json-variables',
      'secret-xml-variables',
      'secret-set-parameters',
      'msdeploy-password'
    ])
  })

  it('has every output of contract §2 and runs on node24 (windows-facts §8.1)', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES])
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding?.icon).toBeTruthy()
  })

  it('the reader handles the quoting action.yml uses', () => {
    expect(parseYamlMaps(`a:\n  b: 'it''s'\n  c: "x\\ny"\n  d: plain text\n`)).toEqual({
      a: { b: "it's", c: 'x\ny', d: 'plain text' }
    })
  })

  it('renders the README table', () => {
    expect(renderInputsTable(action)).toContain(
      '| `preserve` | List | `App_Data`, `logs` | Newline list of target paths never deleted or overwritten. |'
    )
  })
})

describe('tasks/IisDeployV1/task.json', () => {
  it('has the same inputs in camelCase with the same defaults (contract §5)', () => {
    expect(taskJson.inputs.map((i) => i.name)).toEqual(INPUT_NAMES.map(camel))
    expect(taskJson.inputs.find((i) => i.name === 'msdeployPassword')).toBeDefined()
    for (const input of taskJson.inputs) {
      const name = INPUT_NAMES.find((n) => camel(n) === input.name) ?? ''
      expect(input.defaultValue, name).toBe(INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS])
      expect(taskJson.groups.map((g) => g.name)).toContain(input.groupName)
      expect(input.helpMarkDown).toContain(`\`${name}\``)
    }
    expect(taskJson.inputs.find((i) => i.name === 'takeOffline')).toMatchObject({
      type: 'pickList',
      options: { auto: 'auto', both: 'both' }
    })
    expect(taskJson.outputVariables.map((o) => o.name)).toEqual(OUTPUT_NAMES.map(camel))
  })

  it('offers as pick lists exactly the values the schema allows', () => {
    for (const spec of INPUT_SCHEMA) {
      if (!('allowed' in spec)) continue
      const input = taskJson.inputs.find((i) => i.name === camel(spec.name))
      expect(input?.type, spec.name).toBe('pickList')
      expect(Object.keys(input?.options ?? {}), spec.name).toEqual([...spec.allowed])
    }
  })

  it('declares Node20_1 and Node24 handlers and a minimum agent (azure-devops-facts §5)', () => {
    expect(taskJson.execution).toEqual({
      Node20_1: { target: 'dist/index.js', argumentFormat: '' },
      Node24: { target: 'dist/index.js', argumentFormat: '' }
    })
    expect(taskJson.minimumAgentVersion).toBe('3.232.1')
  })

  it('is what the build generates from action.yml (run npm run build after changing action.yml)', () => {
    const version = (
      JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
    ).version
    expect(JSON.parse(renderTaskJson(action, version))).toEqual(taskJson)
  })

  it('is packaged by vss-extension.json', () => {
    const extension = JSON.parse(fs.readFileSync(path.join(root, 'vss-extension.json'), 'utf8')) as {
      files: Array<{ path: string }>
    }
    expect(extension.files).toContainEqual({ path: 'tasks/IisDeployV1' })
  })
})
