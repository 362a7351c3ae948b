// The value syntax of xdt:Transform and xdt:Locator: `Name` or `Name(arguments)`, arguments separated by commas.
// As in Microsoft.Web.XmlTransform (XmlElementContext's name regex, XmlArgumentUtility.SplitArguments), a comma
// inside parentheses does not split; we also keep commas inside quotes together (`Condition(@v='a,b')`), which the
// .NET engine would split into two arguments and then refuse.

export interface NameAndArguments {
  name: string
  /** The text between the parentheses; undefined when there are none or they are empty. */
  argumentString: string | undefined
  /** The arguments, trimmed (empty list when there are none). */
  args: string[]
}

// \w in .NET regexes is Unicode-aware: letters, digits, connector punctuation.
const NAME_AND_ARGUMENTS = /^\s*([\p{L}\p{Nd}\p{Pc}\p{Mn}]+)(?:\s*\((.*)\))?\s*$/su

/** Parses `Name(args)`; undefined when the value has another shape (the engine's "BadAttributeValue"). */
export function parseNameAndArguments(value: string): NameAndArguments | undefined {
  const match = NAME_AND_ARGUMENTS.exec(value)
  if (!match) return undefined
  const argumentString = match[2] ? match[2] : undefined
  return { name: match[1] as string, argumentString, args: splitArguments(argumentString) }
}

/** Splits an argument string on commas that are outside parentheses and quotes; each argument is trimmed. */
export function splitArguments(argumentString: string | undefined): string[] {
  if (argumentString === undefined) return []
  const args: string[] = []
  let depth = 0
  let quote = ''
  let start = 0
  for (let i = 0; i < argumentString.length; i++) {
    const ch = argumentString[i]
    if (quote) {
      if (ch === quote) quote = ''
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === ',' && depth === 0) {
      args.push(argumentString.slice(start, i).trim())
      start = i + 1
    }
  }
  args.push(argumentString.slice(start).trim())
  return args
}

/** An XPath string literal for `value`: single quotes, double quotes, or concat() when it holds both. */
export function xpathLiteral(value: string): string {
  if (!value.includes("'")) return `'${value}'`
  if (!value.includes('"')) return `"${value}"`
  return `concat(${value
    .split("'")
    .map((part) => `'${part}'`)
    .join(`, "'", `)})`
}
