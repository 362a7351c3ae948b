// The forms a secret can take in text, written independently of the product's masker (src/core/secrets.ts) so a
// form the product forgets shows up as a leak in the tests (docs/secrets.md §5). Each encoder here is written from
// the format's definition, not from the product's code: percent-encoding (RFC 3986 §2.1, and the form encoding of
// the WHATWG URL standard), JSON strings (RFC 8259 §7), XML character and entity references (XML 1.0 §4.1, §4.6),
// base64 (RFC 4648 §4) of UTF-8 and UTF-16LE, doubled quotes (cmd.exe / msdeploy, appcmd indexers) and the
// CommandLineToArgvW rules (backslashes are literal unless they precede a quote).

const HEX = '0123456789ABCDEF'

function utf8Bytes(text: string): number[] {
  return [...new TextEncoder().encode(text)]
}

/** Percent-encodes every byte except ASCII letters, digits and the characters in `keep`. */
function percentEncode(text: string, keep: string, spaceAsPlus = false): string {
  let out = ''
  for (const char of text) {
    if (/^[A-Za-z0-9]$/.test(char) || keep.includes(char)) out += char
    else if (spaceAsPlus && char === ' ') out += '+'
    else for (const byte of utf8Bytes(char)) out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`
  }
  return out
}

/** A JSON string's content: `"` and `\` escaped, control characters as short escapes or \u00XX. */
function jsonEscape(text: string, escapeAllNonAlphanumeric = false): string {
  const short: Record<string, string> = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f'
  }
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (escapeAllNonAlphanumeric && !/^[A-Za-z0-9 ]$/.test(char) && code < 0x10000) {
      // System.Text.Json's default encoder writes `"` as \u0022, `<` as \u003C, non-ASCII as \uXXXX.
      out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
    } else if (short[char] !== undefined) out += short[char]
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += char
  }
  return out
}

function xmlEscape(text: string, entities: Record<string, string>): string {
  let out = ''
  for (const char of text) out += entities[char] ?? char
  return out
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function base64(bytes: number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    out += BASE64[(n >> 18) & 63]
    out += BASE64[(n >> 12) & 63]
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? BASE64[n & 63] : '='
  }
  return out
}

function utf16leBytes(text: string): number[] {
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes.push(unit & 0xff, unit >> 8)
  }
  return bytes
}

/** CommandLineToArgvW: backslashes before a quote are doubled and the quote escaped; others stay literal. */
function argvEscapeInner(text: string): string {
  let out = ''
  let backslashes = 0
  for (const char of text) {
    if (char === '\\') {
      backslashes++
      continue
    }
    if (char === '"') out += '\\'.repeat(backslashes * 2) + '\\"'
    else out += '\\'.repeat(backslashes) + char
    backslashes = 0
  }
  return out + '\\'.repeat(backslashes)
}

/** The whole value as one quoted argument: as above, and trailing backslashes doubled before the closing quote. */
function argvQuoted(text: string): string {
  const inner = argvEscapeInner(text)
  const trailing = /\\*$/.exec(text)?.[0].length ?? 0
  return `"${inner}${'\\'.repeat(trailing)}"`
}

export interface SecretForm {
  name: string
  text: string
}

/** Every form of `secret` a leak check looks for, named, without duplicates or empty forms. */
export function independentSecretForms(secret: string): SecretForm[] {
  const forms: SecretForm[] = [
    { name: 'raw', text: secret },
    { name: 'URL-encoded (RFC 3986 unreserved kept)', text: percentEncode(secret, '-_.~') },
    { name: 'URL-encoded (encodeURIComponent set)', text: percentEncode(secret, "-_.~!*'()") },
    { name: 'form-encoded (space as +)', text: percentEncode(secret, '-_.*', true) },
    { name: 'JSON-escaped', text: jsonEscape(secret) },
    { name: 'JSON-escaped (\\uXXXX)', text: jsonEscape(secret, true) },
    {
      name: 'XML-escaped',
      text: xmlEscape(secret, { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })
    },
    {
      name: 'XML-escaped (numeric)',
      text: xmlEscape(secret, { '&': '&#38;', '<': '&#60;', '>': '&#62;', '"': '&#34;', "'": '&#39;' })
    },
    {
      name: 'XML attribute (& < " only)',
      text: xmlEscape(secret, { '&': '&amp;', '<': '&lt;', '"': '&quot;' })
    },
    { name: 'base64 (UTF-8)', text: base64(utf8Bytes(secret)) },
    { name: 'base64 (UTF-16LE)', text: base64(utf16leBytes(secret)) },
    { name: 'doubled double quotes', text: secret.split('"').join('""') },
    { name: 'doubled single quotes', text: secret.split("'").join("''") },
    { name: 'CommandLineToArgvW-escaped', text: argvEscapeInner(secret) },
    { name: 'CommandLineToArgvW-quoted', text: argvQuoted(secret) }
  ]
  const seen = new Set<string>()
  return forms.filter((form) => {
    if (form.text === '' || seen.has(form.text)) return false
    seen.add(form.text)
    return true
  })
}

export interface Leak {
  secret: string
  form: string
  /** Where it was found (a channel name given by the caller). */
  channel: string
  /** Some text around the find. */
  excerpt: string
}

/** Every form of every secret found in `text`. */
export function findLeaks(text: string, secrets: readonly string[], channel: string): Leak[] {
  const leaks: Leak[] = []
  for (const secret of secrets) {
    for (const form of independentSecretForms(secret)) {
      const at = text.indexOf(form.text)
      if (at < 0) continue
      leaks.push({
        secret,
        form: form.name,
        channel,
        excerpt: text.slice(Math.max(0, at - 60), at + form.text.length + 60)
      })
    }
  }
  return leaks
}

export function describeLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map((l) => `${l.channel}: ${JSON.stringify(l.secret)} as ${l.form} in …${l.excerpt}…`)
    .join('\n')
}
