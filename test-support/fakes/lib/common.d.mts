// Types for the parts of common.mjs that TypeScript test support uses.
import type { State, Worker } from './iis-state.mjs'

export function helperEnv(stateDir?: string, ownerPid?: number | string): NodeJS.ProcessEnv
export function startWorker(state: State, pool: string, now: number, env?: NodeJS.ProcessEnv): Worker
export function ensureListener(stateDir?: string, ownerPid?: number): void
export function exitCodeOfHresult(hresult: string): number
export function appcmdErrorLine(message: string, hresult?: string): string
