// Parses `reg query` output (Windows layout, also what Wine prints: windows-on-linux §3):
//
//   HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\InetStp
//       MajorVersion    REG_DWORD    0xa
//       SetupString    REG_SZ    IIS 10.0
//
//   HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\InetStp\Components
//
// Values are indented and separated by four spaces (names may contain single spaces); `(Default)` is the unnamed
// value (translated: `(Standard)`, `(par défaut)`...); `/s` and `/v ... /s` end with `End of search: N match(es) found.`.

export interface RegValue {
  /** '' for the default value. */
  name: string
  type: string
  /** As printed: `0x1` for REG_DWORD, text for REG_SZ, `a\0b` for REG_MULTI_SZ. */
  data: string
}

export interface RegKey {
  /** Full key path as printed (`HKEY_LOCAL_MACHINE\...`). */
  path: string
  values: RegValue[]
}

/**
 * The unnamed value, as reg.exe prints it in each language (docs/windows-locale.md, reg.exe): English, German,
 * French (fresc81/node-winreg#10), Chinese (nmap/npcap#354).
 */
const DEFAULT_VALUE_NAMES = new Set(['(default)', '(standard)', '(par défaut)', '(默认)'])

const VALUE_LINE = /^\s+(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/

/** Every key printed, in order, with the values listed under it (subkey-only lines give keys without values). */
export function parseRegQuery(output: string): RegKey[] {
  const keys: RegKey[] = []
  let current: RegKey | undefined
  for (const raw of output.split(/\r?\n/)) {
    if (raw.trim() === '' || /^End of search:/i.test(raw.trim())) continue
    const value = VALUE_LINE.exec(raw)
    if (value && current) {
      const name = value[1] as string
      current.values.push({
        name: DEFAULT_VALUE_NAMES.has(name.toLowerCase()) ? '' : name,
        type: value[2] as string,
        data: (value[3] ?? '').trimEnd()
      })
      continue
    }
    if (/^HKEY_[A-Z_]+(\\|$)/i.test(raw.trim())) {
      current = { path: raw.trim(), values: [] }
      keys.push(current)
    }
  }
  return keys
}

/** A REG_DWORD/REG_QWORD as printed (`0x1`) → number; undefined for other data. */
export function regNumber(value: RegValue | undefined): number | undefined {
  if (!value || !/^0x[0-9a-f]+$/i.test(value.data)) return undefined
  return parseInt(value.data, 16)
}

export function findValue(key: RegKey | undefined, name: string): RegValue | undefined {
  return key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase())
}

/** The last path segment of a key (`...\v8.0\8.0.11` → `8.0.11`). */
export function keyLeaf(key: RegKey): string {
  return key.path.split('\\').pop() ?? ''
}
