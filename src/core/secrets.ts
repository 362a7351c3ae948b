// Secret masking. The contract: a secret and anything derived from it (escaped, encoded, quoted) never appears in
// anything we write, whether or not a runner would mask it afterwards. So we mask the forms we ourselves produce.

const MASK = '***'

function xmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Every form of `value` that our code could write: raw, quoted for msdeploy/cmd, JSON, XML, URL, base64. */
export function derivedSecretForms(value: string): string[] {
  const forms = new Set<string>([
    value,
    value.replace(/"/g, '""'), // msdeploy / Windows command line: quotes doubled
    value.replace(/(\\*)"/g, '$1$1\\"'), // CommandLineToArgvW escaping
    JSON.stringify(value).slice(1, -1),
    xmlEscape(value),
    encodeURIComponent(value),
    encodeURI(value),
    Buffer.from(value, 'utf8').toString('base64')
  ])
  return [...forms].filter((form) => form.length > 0)
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
    // Very short values would mask ordinary text everywhere; still mask them, they are secrets.
    const added = derivedSecretForms(value).filter((form) => !this.forms.includes(form))
    if (added.length === 0) return
    this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length)
    for (const listener of this.listeners) listener(value)
  }

  get count(): number {
    return this.forms.length
  }

  mask(text: string): string {
    if (this.forms.length === 0 || !text) return text
    let out = text
    for (const form of this.forms) {
      if (out.includes(form)) out = out.split(form).join(MASK)
    }
    return out
  }
}
