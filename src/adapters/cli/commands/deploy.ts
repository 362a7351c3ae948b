import { UsageError } from '../args.js'
import type { CliCommand } from '../io.js'

// Placeholder until the capability lands: it says so instead of pretending to work.
export const deployCommand: CliCommand = async () => {
  throw new UsageError("'deploy' is not implemented yet.")
}
