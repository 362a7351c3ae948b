import { UsageError } from '../args.js'
import type { CliCommand } from '../io.js'

// Placeholder until the capability lands: it says so instead of pretending to work.
export const hostingBundleCommand: CliCommand = async () => {
  throw new UsageError("'hosting-bundle' is not implemented yet.")
}
