// `iis-deploy hosting-bundle resolve <spec> [--metadata-url <url>]` (contract §4): prints {version,url,sha512} of
// the Hosting Bundle that `hosting-bundle: <spec>` would install, as JSON on stdout. Warnings (an end-of-life
// channel) go to stderr. Exit 0, 1 when the metadata cannot be read or has no such version, 2 on wrong usage.

import { UsageError, option, parseArgs } from '../args.js'
import { EXIT_OK, type CliCommand } from '../io.js'
import { InputError } from '../../../core/errors.js'
import { NodeHttpClient } from '../../../runtime/http-client.js'
import { ConsoleReporter } from '../../../runtime/console-reporter.js'
import { DEFAULT_RELEASE_METADATA_URL, parseHostingBundleSpec } from '../../../steps/hosting-bundle/inputs.js'
import { resolveHostingBundle, type HostingBundleRequest } from '../../../steps/hosting-bundle/resolve.js'

const RESOLVE_USAGE = 'hosting-bundle resolve <latest|lts|channel|version> [--metadata-url <url>]'

function toRequest(spec: string): HostingBundleRequest {
  let parsed
  try {
    parsed = parseHostingBundleSpec(spec, 'spec')
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message.replace(/^Input 'spec' is/, 'Spec'))
    throw error
  }
  if (parsed.kind === 'none' || parsed.kind === 'auto') {
    throw new UsageError(
      `'${spec}' cannot be resolved on its own: use latest, lts, a channel (8.0) or an exact version (8.0.11).`
    )
  }
  return parsed
}

export const hostingBundleCommand: CliCommand = async (argv, io) => {
  const [sub, ...rest] = argv
  if (sub !== 'resolve') {
    throw new UsageError(
      sub === undefined
        ? `Missing subcommand: ${RESOLVE_USAGE}`
        : `Unknown subcommand '${sub}': ${RESOLVE_USAGE}`
    )
  }
  const args = parseArgs(rest, { values: ['metadata-url'] })
  if (args.positionals.length !== 1) throw new UsageError(`Expected one spec: ${RESOLVE_USAGE}`)
  const request = toRequest(args.positionals[0] as string)
  const metadataUrl = option(args, 'metadata-url') ?? DEFAULT_RELEASE_METADATA_URL
  if (!/^https?:\/\/[^/]/i.test(metadataUrl)) {
    throw new UsageError(
      `Option '--metadata-url' is '${metadataUrl}': use an http(s) URL to releases-index.json.`
    )
  }
  const reporter = new ConsoleReporter({
    out: (line) => io.stderr(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`)
  })
  const resolved = await resolveHostingBundle(request, {
    http: io.ports?.http ?? new NodeHttpClient(),
    metadataUrl,
    signal: io.signal
  })
  for (const warning of resolved.warnings) reporter.warning(warning)
  io.stdout(`${JSON.stringify({ version: resolved.version, url: resolved.url, sha512: resolved.sha512 })}\n`)
  return EXIT_OK
}
