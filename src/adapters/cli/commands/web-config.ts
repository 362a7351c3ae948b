import { UsageError } from '../args.js'
import type { CliCommand } from '../io.js'

// Placeholder until the capability lands: it says so instead of pretending to work.
export const webConfigCommand: CliCommand = async () => {
  throw new UsageError("'web-config' is not implemented yet.")
}
