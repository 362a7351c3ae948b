import type { ActionYml } from './action-yml.mjs'
export const TASK_ID: string
export function camel(name: string): string
export function renderTaskJson(action: ActionYml, version: string): string
