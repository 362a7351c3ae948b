// msdeploy.exe reads its own raw command line instead of the argv that CommandLineToArgvW would give it
// (windows-facts §4.5: an argument in outer quotes fails with `Unrecognized argument '"-setParam:…"'. All arguments
// must begin with "-".`, so the quotes reach msdeploy's own parser). This module is our model of that parser, the
// one place both sides use:
// - the builder (msdeploy.ts) writes values with `quoteMsDeployValue`, which refuses what the model cannot carry;
// - the fake msdeploy (test-support/fakes) reads its command line with `parseMsDeployCommandLine`;
// - the tests check that parsing what we built gives back exactly what we meant, for every hostile value.
//
// The grammar (what we rely on; every rule is the intersection of what msdeploy documents and what peers use):
//   line      := [program] argument*        arguments are separated by spaces or tabs outside quotes
//   quotes    := a `"` or `'` opens a quoted run that only the same character closes; the quote characters stay
//                in the token (msdeploy sees them, §4.5) and are removed when a value is read. There is NO escape
//                character: a backslash is literal (msdeploy is not CommandLineToArgvW), so `\"` is a backslash
//                followed by a quote. Because the real behaviour of `\"` is unverified (§4.5 (U)), the builder never
//                writes a backslash right before a closing quote.
//   argument  := '-' name [(':' | '=') value]        anything else: "Unrecognized argument"
//   objects   := for -source, -dest, -skip, -replace, -setParam, -declareParam the value is a list of settings
//                `key[=value]` separated by commas outside quotes (split at the first `=` outside quotes); for
//                -source/-dest the first one is `provider[=path]` (`-dest:iisApp="Site/app",computerName="…"`).
//   lists     := -enableRule/-disableRule/-enableLink/-disableLink take comma lists of names.
//
// How values are written (quoteMsDeployValue): bare when they only hold `A-Z a-z 0-9 _ . - \ / : @`; otherwise
// inside double quotes. A value that needs quotes cannot contain `"` (no escape exists, §4.5 (U)), cannot end with
// a backslash (`\"`, see above) and, like every value, cannot contain control characters (a command line has no
// line breaks) or broken UTF-16. Such a value is refused with an InputError that names the input; cmd.exe
// metacharacters (`& ^ % | < >`) need nothing: there is no shell.

import { InputError } from '../../core/errors.js'

/** msdeploy's own wording for a command line it cannot read (windows-facts §4.5). */
export class MsDeployCommandLineError extends Error {
  override name = 'MsDeployCommandLineError'
}

/** One setting of a provider object or of a -skip/-setParam list, with its value unquoted. */
export interface MsDeploySetting {
  key: string
  /** Undefined for a bare key (`-source:recycleApp`); '' for `key=` or `key=""`. */
  value: string | undefined
}

/** `provider[=path],key=value,...` as msdeploy reads it. */
export interface MsDeployObject {
  provider: string
  path: string | undefined
  settings: MsDeploySetting[]
}

export interface MsDeployArgument {
  /** The switch name as written, without the dash (`verb`, `source`, `enableRule`). */
  name: string
  /** The text after `:` or `=`, quotes kept; undefined for a flag (`-whatif`). */
  value: string | undefined
  /** The whole token as it appeared on the command line. */
  text: string
}

/** What msdeploy understands from a command line. Switch names are case-insensitive, as msdeploy's are. */
export interface ParsedMsDeployCommandLine {
  /** The first token, unquoted, when the line was parsed with `{ program: true }`. */
  program: string | undefined
  arguments: MsDeployArgument[]
  verb: string | undefined
  source: MsDeployObject | undefined
  dest: MsDeployObject | undefined
  /** Each -skip, as its list of settings (`objectName`, `absolutePath`, `skipAction`...). */
  skips: MsDeploySetting[][]
  setParams: MsDeploySetting[][]
  enabledRules: string[]
  disabledRules: string[]
  enabledLinks: string[]
  disabledLinks: string[]
  /** Switches given without a value, canonical casing: `whatif`, `useChecksum`, `allowUntrusted`... */
  flags: string[]
  retryAttempts: number | undefined
  retryInterval: number | undefined
}

/** Switches that take a value (canonical casing), from the msdeploy 7.1 usage text and peers (windows-facts §4.2). */
const VALUE_SWITCHES = [
  'verb',
  'source',
  'dest',
  'declareParam',
  'setParam',
  'enableRule',
  'disableRule',
  'enableLink',
  'disableLink',
  'skip',
  'replace',
  'enableSkipDirective',
  'disableSkipDirective',
  'retryAttempts',
  'retryInterval',
  'xpath',
  'preSync',
  'postSync',
  'setParamFile',
  'declareParamFile',
  'userAgent',
  'failureLevel'
] as const

/** Switches that are flags. */
const FLAG_SWITCHES = [
  'whatif',
  'useChecksum',
  'allowUntrusted',
  'verbose',
  'xml',
  'useAdminShares',
  'showSecure',
  'enableTransaction'
] as const

const CANONICAL = new Map<string, string>(
  [...VALUE_SWITCHES, ...FLAG_SWITCHES].map((name) => [name.toLowerCase(), name])
)
const FLAGS = new Set<string>(FLAG_SWITCHES.map((name) => name.toLowerCase()))

function isQuote(c: string): boolean {
  return c === '"' || c === "'"
}

/**
 * Splits `text` at `separator` characters that are outside quoted runs. Quotes are kept. Throws on an unterminated
 * quote. `separator` is a predicate so that the command line splits at any whitespace and a list at commas.
 */
function splitOutsideQuotes(
  text: string,
  isSeparator: (c: string) => boolean,
  context: string,
  keepEmpty = false
): string[] {
  const parts: string[] = []
  let current = ''
  let quote: string | undefined
  let started = false
  for (const c of text) {
    if (quote !== undefined) {
      current += c
      if (c === quote) quote = undefined
      continue
    }
    if (isSeparator(c)) {
      if (started || keepEmpty) parts.push(current)
      current = ''
      started = false
      continue
    }
    if (isQuote(c)) quote = c
    current += c
    started = true
  }
  if (quote !== undefined) {
    throw new MsDeployCommandLineError(`Missing closing quote (${quote}) in ${context} '${current}'.`)
  }
  if (started || (keepEmpty && parts.length > 0)) parts.push(current)
  return parts
}

/** Removes the quote characters that delimit quoted runs: `"C:\a b"` → `C:\a b`, `'x'"y"z` → `xyz`. */
export function unquoteMsDeployValue(text: string): string {
  let out = ''
  let quote: string | undefined
  for (const c of text) {
    if (quote !== undefined) {
      if (c === quote) quote = undefined
      else out += c
    } else if (isQuote(c)) quote = c
    else out += c
  }
  return out
}

/** Index of the first `=` outside quotes, or -1. */
function indexOfEqualsOutsideQuotes(text: string): number {
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quote !== undefined) {
      if (c === quote) quote = undefined
    } else if (isQuote(c)) quote = c
    else if (c === '=') return i
  }
  return -1
}

/** `a=1,b="x,y",c` → settings, values unquoted. Commas inside quotes do not split. */
export function parseMsDeploySettings(value: string): MsDeploySetting[] {
  return settingsOf(value).filter((s) => s.key !== '' || s.value !== undefined)
}

function settingsOf(value: string): MsDeploySetting[] {
  const parts = splitOutsideQuotes(value, (c) => c === ',', 'setting list', true)
  return parts.map((part) => {
    const eq = indexOfEqualsOutsideQuotes(part)
    if (eq < 0) return { key: unquoteMsDeployValue(part), value: undefined }
    return { key: unquoteMsDeployValue(part.slice(0, eq)), value: unquoteMsDeployValue(part.slice(eq + 1)) }
  })
}

/** `provider[=path],key=value...` → object. */
export function parseMsDeployObject(value: string): MsDeployObject {
  const [first, ...rest] = settingsOf(value)
  // An empty part after the provider (`a=1,,b`) carries nothing.
  const settings = rest.filter((s) => s.key !== '' || s.value !== undefined)
  if (!first || first.key === '') {
    throw new MsDeployCommandLineError(
      `A provider is required in '${value}' (provider[=path][,setting=value]...).`
    )
  }
  return { provider: first.key, path: first.value, settings }
}

/** The value of a setting (case-insensitive key, as msdeploy's), or undefined. */
export function settingValue(settings: readonly MsDeploySetting[], key: string): string | undefined {
  const lower = key.toLowerCase()
  return settings.find((s) => s.key.toLowerCase() === lower)?.value
}

/** Splits a raw command line into tokens the way msdeploy does: at whitespace outside quotes, quotes kept. */
export function splitMsDeployCommandLine(line: string): string[] {
  return splitOutsideQuotes(line, (c) => c === ' ' || c === '\t', 'argument')
}

function parseInteger(name: string, value: string | undefined): number {
  const text = unquoteMsDeployValue(value ?? '')
  if (!/^\d+$/.test(text)) {
    throw new MsDeployCommandLineError(`The value '${text}' of -${name} is not a whole number.`)
  }
  return Number(text)
}

/**
 * Parses a raw msdeploy command line with the grammar above. With `{ program: true }` the first token is the
 * program path (as Windows hands msdeploy its whole command line, argv[0] included: an unquoted path with spaces
 * then leaves `Files\IIS\...` as an argument, the failure of azure-pipelines-tasks #17634). Throws
 * MsDeployCommandLineError with msdeploy's wording for what msdeploy would refuse.
 */
export function parseMsDeployCommandLine(
  line: string,
  options: { program?: boolean } = {}
): ParsedMsDeployCommandLine {
  const tokens = splitMsDeployCommandLine(line)
  const program = options.program ? tokens.shift() : undefined
  const parsed: ParsedMsDeployCommandLine = {
    program: program === undefined ? undefined : unquoteMsDeployValue(program),
    arguments: [],
    verb: undefined,
    source: undefined,
    dest: undefined,
    skips: [],
    setParams: [],
    enabledRules: [],
    disabledRules: [],
    enabledLinks: [],
    disabledLinks: [],
    flags: [],
    retryAttempts: undefined,
    retryInterval: undefined
  }
  for (const token of tokens) {
    if (!token.startsWith('-')) {
      throw new MsDeployCommandLineError(
        `Unrecognized argument '${token}'. All arguments must begin with "-".`
      )
    }
    const match = /^-([A-Za-z]+)(?:([:=])([\s\S]*))?$/.exec(token)
    const canonical = match ? CANONICAL.get((match[1] as string).toLowerCase()) : undefined
    if (!match || canonical === undefined) {
      throw new MsDeployCommandLineError(`Unrecognized argument '${token}'.`)
    }
    const value = match[2] === undefined ? undefined : (match[3] as string)
    const isFlag = FLAGS.has(canonical.toLowerCase())
    if (isFlag && value !== undefined) {
      throw new MsDeployCommandLineError(`The argument '-${canonical}' does not take a value: '${token}'.`)
    }
    if (!isFlag && value === undefined) {
      throw new MsDeployCommandLineError(`The argument '-${canonical}' requires a value: '${token}'.`)
    }
    parsed.arguments.push({ name: match[1] as string, value, text: token })
    const list = (): string[] =>
      parseMsDeploySettings(value ?? '')
        .map((s) => s.key)
        .filter(Boolean)
    switch (canonical) {
      case 'verb':
        parsed.verb = unquoteMsDeployValue(value ?? '')
        break
      case 'source':
        parsed.source = parseMsDeployObject(value ?? '')
        break
      case 'dest':
        parsed.dest = parseMsDeployObject(value ?? '')
        break
      case 'skip':
        parsed.skips.push(parseMsDeploySettings(value ?? ''))
        break
      case 'setParam':
        parsed.setParams.push(parseMsDeploySettings(value ?? ''))
        break
      case 'enableRule':
        parsed.enabledRules.push(...list())
        break
      case 'disableRule':
        parsed.disabledRules.push(...list())
        break
      case 'enableLink':
        parsed.enabledLinks.push(...list())
        break
      case 'disableLink':
        parsed.disabledLinks.push(...list())
        break
      case 'retryAttempts':
        parsed.retryAttempts = parseInteger(canonical, value)
        break
      case 'retryInterval':
        parsed.retryInterval = parseInteger(canonical, value)
        break
      default:
        if (isFlag) parsed.flags.push(canonical)
    }
  }
  return parsed
}

// ---------------------------------------------------------------------------------------------------------------
// Writing values

/** Characters that may stand bare after `key=`; anything else is written in double quotes. */
const BARE = /^[A-Za-z0-9_.\-\\/:@]+$/
/** Characters that make quotes mandatory under the grammar (separators and quote characters). */
const NEEDS_QUOTES = /[\s,'"]/

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** How a refused value is shown: secrets never, other values with control characters made visible. */
function shown(value: string, secret: boolean): string {
  if (secret) return "'***'"
  const visible = [...value]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0
      return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c
    })
    .join('')
  return `'${visible}'`
}

export interface MsDeployValueOptions {
  /** The input the value came from, named in the error (`msdeploy-password`, `source`). */
  input: string
  /** Masked in the error message. */
  secret?: boolean
  /** What the value is, for the error message ("the password", "the publish folder"). */
  what?: string
}

/** Why msdeploy's command line cannot carry `value`, or undefined when it can. */
export function msDeployValueProblem(value: string): string | undefined {
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    return 'it contains a control character (a line break, a tab...), which a command line cannot carry'
  }
  if (LONE_SURROGATE.test(value)) return 'it is not valid Unicode (a lone surrogate)'
  if (value.includes('"')) {
    return 'it contains a double quote ("): msdeploy reads its own command line and has no escape for a quote inside a quoted value (windows-facts §4.5)'
  }
  if (value !== '' && !BARE.test(value) && NEEDS_QUOTES.test(value) && value.endsWith('\\')) {
    return 'it must be quoted (it contains a space, a comma or a quote) and ends with a backslash, and a backslash before the closing quote is read differently by different parsers (windows-facts §4.5)'
  }
  return undefined
}

/**
 * A value as it must appear after `key=` on msdeploy's command line: bare when it only holds safe characters,
 * otherwise in double quotes (windows-facts §4.5). Throws an InputError naming the input (value masked when
 * secret) when the grammar cannot carry it.
 */
export function quoteMsDeployValue(value: string, options: MsDeployValueOptions): string {
  const problem = msDeployValueProblem(value)
  if (problem !== undefined) {
    const what = options.what ? `${options.what} ` : ''
    throw new InputError(
      options.input,
      `Input '${options.input}': ${what}${shown(value, options.secret ?? false)} cannot be passed to msdeploy: ${problem}.`
    )
  }
  if (BARE.test(value)) return value
  // Only precautionary characters (no separator, no quote): a trailing backslash is safe bare, not in quotes.
  if (!NEEDS_QUOTES.test(value) && value.endsWith('\\')) return value
  return `"${value}"`
}

/**
 * The program path as the first token of the raw command line: in double quotes when it holds whitespace, or
 * msdeploy reads `Files\IIS\...` as an argument (azure-pipelines-tasks #17634, #18811).
 */
export function quoteMsDeployProgram(program: string): string {
  return /[\s']/.test(program) ? `"${program}"` : program
}
