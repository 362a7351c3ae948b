export const SAMPLE_PROJECT: string
export const SAMPLE_PUBLISH: string
export function publishSample(o: {
  outDir: string
  artifactsPath: string
  runtime?: string
  version?: string
  noRestore?: boolean
}): string
export function fakeAppStandIn(version: string): string
export function listFiles(dir: string): string[]
export const NOISE_FILES: RegExp
export function compareWithCommitted(built: string, committed: string, version: string): string[]
export function sampleVersion(): string
