// `iis-deploy xdt <source> <transform> [--out <file>]` (contract §4): the transformed document goes to stdout or
// --out (written atomically); diagnostics go to stderr. Exit 0 (warnings allowed), 1 on errors, 2 on wrong usage.

import fs from 'node:fs'
import path from 'node:path'
import { option, parseArgs, UsageError } from '../args.js'
import { EXIT_ERRORS, EXIT_OK, type CliCommand } from '../io.js'
import { applyXdtTransformFiles } from '../../../steps/xdt/apply-files.js'
import { formatXdtDiagnostic } from '../../../steps/xdt/transform.js'
import { encodeXmlDocument } from '../../../steps/xdt/encode-document.js'
import { writeFileAtomic } from '../../../core/atomic-write.js'
import { errorMessage } from '../../../core/errors.js'

export const xdtCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, { values: ['out'] })
  if (args.positionals.length !== 2) {
    throw new UsageError(
      `'xdt' takes a source document and a transform file (got ${args.positionals.length} argument(s)).`
    )
  }
  const [source, transform] = args.positionals as [string, string]
  const out = option(args, 'out')
  if (out === '') throw new UsageError("Option '--out' needs a file name.")

  const result = applyXdtTransformFiles(source, [transform], { cwd: io.cwd })
  for (const diagnostic of result.diagnostics) io.stderr(`${formatXdtDiagnostic(diagnostic)}\n`)
  if (!result.ok || !result.document) return EXIT_ERRORS

  if (out === undefined) {
    io.stdout(result.document.toString())
    return EXIT_OK
  }
  const target = path.resolve(io.cwd, out)
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr(`error: ${out}: --out names a directory; give a file name.\n`)
    return EXIT_ERRORS
  }
  try {
    await writeFileAtomic(target, encodeXmlDocument(result.document))
  } catch (error) {
    io.stderr(`error: ${out}: cannot write the result: ${errorMessage(error)}\n`)
    return EXIT_ERRORS
  }
  return EXIT_OK
}
