// The GitHub Action adapter: placeholder until the pipeline lands (issue: one pipeline behind three entrypoints).
import * as core from '@actions/core'

export async function run(): Promise<void> {
  try {
    throw new Error('iis-deploy: the deploy pipeline is not implemented yet.')
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
