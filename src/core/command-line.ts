// How a command line looks when it is logged or put in the plan. For display only: the runner passes argv
// untouched (or verbatim for msdeploy), so this never decides what a tool receives.

/** Quotes one argument the way the Windows C runtime (CommandLineToArgvW) reads it back. */
export function quoteWindowsArgument(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg
  // Backslashes are literal unless they precede a quote; double those, then escape the quote.
  const escaped = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')
  return `"${escaped}"`
}

/** A readable command line: `tool arg "arg with space"`. Verbatim arguments are shown as they are. */
export function formatCommandLine(tool: string, args: readonly string[], verbatim = false): string {
  const shown = verbatim ? args : args.map(quoteWindowsArgument)
  return [quoteWindowsArgument(tool), ...shown].join(' ')
}
