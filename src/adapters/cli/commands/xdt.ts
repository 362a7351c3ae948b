import { UsageError } from '../args.js'
import type { CliCommand } from '../io.js'

// Placeholder until the capability lands: it says so instead of pretending to work.
export const xdtCommand: CliCommand = async () => {
  throw new UsageError("'xdt' is not implemented yet.")
}
