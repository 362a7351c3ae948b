export interface ActionInput {
  description?: string
  required?: string
  default?: string
}
export interface ActionYml {
  name: string
  description: string
  author?: string
  branding?: { icon?: string; color?: string }
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}
export function parseYamlMaps(text: string, file?: string): Record<string, unknown>
export function readActionYml(file: string): ActionYml
export function inputType(name: string, input: ActionInput): 'List' | 'Boolean' | 'Number' | 'String'
export function renderInputsTable(action: ActionYml): string
export function renderOutputsTable(action: ActionYml): string
export function replaceBetweenMarkers(text: string, name: string, content: string): string | undefined
