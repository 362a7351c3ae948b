// Secret masking (docs/secrets.md). The contract: a secret and anything derived from it (escaped, encoded, quoted)
// never appears in anything we write, whether or not a runner would mask it afterwards. So we mask the forms we
// ourselves produce, and redact credentials and tokens inside URLs even when nobody registered them.
// Written here rather than taken from a library: no npm package masks a set of values in every escaping our tools
// use (msdeploy quotes, CommandLineToArgvW, appcmd indexers), and URL redaction is a few lines on top of `URL`.

const MASK = '***'

function xmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * Every form of `value` that our code could write: raw, quoted for msdeploy/cmd (doubled `"`), for appcmd
 * indexers (doubled `'`), for CommandLineToArgvW, JSON, XML, URL, base64.
 */
export function derivedSecretForms(value: string): string[] {
  const forms = new Set<string>([
    value,
    value.replace(/"/g, '""'), // msdeploy / Windows command line: quotes doubled
    value.replace(/'/g, "''"), // appcmd indexer values: single quotes doubled
    value.replace(/(\\*)"/g, '$1$1\\"'), // CommandLineToArgvW escaping
    JSON.stringify(value).slice(1, -1),
    xmlEscape(value),
    encodeURIComponent(value),
    encodeURI(value),
    Buffer.from(value, 'utf8').toString('base64')
  ])
  return [...forms].filter((form) => form.length > 0)
}

/**
 * Query parameters whose value is a credential (docs/secrets.md §2): Azure SAS `sig`, OAuth tokens and codes, API
 * keys, AWS and Google signed URLs. Any name that contains token, secret, password, passwd, signature, credential
 * or api-key counts too, so `X-Amz-Security-Token` and `client_secret` need no entry of their own.
 */
export const SENSITIVE_QUERY_NAMES = [
  'sig',
  'signature',
  'token',
  'access_token',
  'id_token',
  'refresh_token',
  'code',
  'key',
  'apikey',
  'api_key',
  'password',
  'pwd',
  'pass',
  'secret',
  'client_secret',
  'auth',
  'X-Amz-Signature',
  'X-Amz-Credential',
  'X-Amz-Security-Token',
  'X-Goog-Signature',
  'X-Goog-Credential'
] as const

const SENSITIVE_NAME_PART = /token|secret|passw|signature|credential|api[-_]?key/i

/** True when a query parameter of this name carries a credential. */
export function isSensitiveQueryName(name: string): boolean {
  const lower = name.toLowerCase()
  return SENSITIVE_QUERY_NAMES.some((n) => n.toLowerCase() === lower) || SENSITIVE_NAME_PART.test(name)
}

// `scheme://userinfo@`: the userinfo runs to the last `@` before the host's end (`/`, `?`, `#`, space, quote).
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#'"<>]*@/gi
// `?name=value` / `&name=value` (also `;`), the value up to the next separator, space or quote.
const QUERY_PARAMETER = /([?&;])([^=&#?;\s'"<>]+)=([^&#;\s'"<>]*)/g

/**
 * Redacts credentials inside every URL of a text: `https://user:pass@host` → `https://***@host`, and the value of
 * each sensitive query parameter (`?sig=abc` → `?sig=***`). Works on free text, not only on one URL.
 */
export function redactUrls(text: string): string {
  if (!text || !text.includes('://')) return text
  const withoutUserinfo = text.replace(USERINFO, (_all, scheme: string) => `${scheme}${MASK}@`)
  return withoutUserinfo.replace(QUERY_PARAMETER, (all, separator: string, name: string, value: string) =>
    value !== '' && value !== MASK && isSensitiveQueryName(safeDecode(name))
      ? `${separator}${name}=${MASK}`
      : all
  )
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/**
 * The secret parts of a URL, to register with the masker: the password of the userinfo (or the user name when
 * there is no password: `https://TOKEN@host`) and the value of every sensitive query parameter, each as written
 * and decoded. Works on a value that is not a valid URL too (the input checks quote such values back).
 */
export function urlSecrets(value: string | undefined): string[] {
  if (!value) return []
  const found = new Set<string>()
  const add = (part: string): void => {
    if (!part) return
    found.add(part)
    found.add(safeDecode(part))
  }
  const userinfo = /^\s*[a-z][a-z0-9+.-]*:\/\/([^\s/?#]*)@/i.exec(value)?.[1]
  if (userinfo) {
    const colon = userinfo.indexOf(':')
    add(colon < 0 ? userinfo : userinfo.slice(colon + 1))
  }
  for (const match of value.matchAll(QUERY_PARAMETER)) {
    const [, , name = '', part = ''] = match
    if (isSensitiveQueryName(safeDecode(name))) add(part)
  }
  return [...found].filter((part) => part !== '')
}

/**
 * A copy of a JSON-like value with `mask` applied to every string in it, never to keys, numbers, booleans or the
 * structure: how our own outputs (the `plan`, `--json`) are masked, so a secret `true` or `1` cannot corrupt them.
 */
export function maskStrings<T>(value: T, mask: (text: string) => string): T {
  if (typeof value === 'string') return mask(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => maskStrings(item, mask)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, maskStrings(item, mask)])
    ) as T
  }
  return value
}

/** Holds the registered secrets and masks text. Shared by every reporter implementation. */
export class SecretMasker {
  private forms: string[] = []
  private readonly listeners: Array<(value: string) => void> = []

  /** Called with each new raw secret (the GitHub adapter forwards them to core.setSecret). */
  onRegister(listener: (value: string) => void): void {
    this.listeners.push(listener)
  }

  register(value: string | undefined): void {
    if (!value) return
    // Very short values would mask ordinary text everywhere; still mask them, they are secrets. Our outputs stay
    // intact because they are built from our own data, or masked string by string (maskStrings).
    const added = derivedSecretForms(value).filter((form) => !this.forms.includes(form))
    if (added.length === 0) return
    this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length)
    for (const listener of this.listeners) listener(value)
  }

  /** Registers the credentials inside a URL (userinfo, sensitive query values): see urlSecrets. */
  registerUrl(value: string | undefined): void {
    for (const part of urlSecrets(value)) this.register(part)
  }

  get count(): number {
    return this.forms.length
  }

  /** Free text with every registered form masked and URL credentials redacted. */
  mask(text: string): string {
    if (!text) return text
    let out = redactUrls(text)
    for (const form of this.forms) {
      if (out.includes(form)) out = out.split(form).join(MASK)
    }
    return out
  }
}
