// How the bytes a console tool writes to a pipe become text (docs/windows-locale.md). Windows console tools write
// in a legacy 8-bit code page, not UTF-8: some in the OEM code page (850 on a German server, 932 on a Japanese
// one), some in the ANSI code page (1252, 932). Which one is a property of each tool, and the public sources
// disagree for robocopy, so the choice is a table with an override, not a single rule. The code pages themselves
// come from the registry (HKLM\SYSTEM\CurrentControlSet\Control\Nls\CodePage, values OEMCP and ACP).
//
// iconv-lite does the decoding: Node's TextDecoder has no CP437/CP850 (docs/windows-locale.md §Decoding). It is
// loaded on first need (`loadDecoders`), as a chunk of its own in dist/: with its code page tables it is 550 KB that
// V8 would otherwise parse at every start, and a deploy whose tools write UTF-8 (or that runs off Windows) never
// needs it (bench/README.md, Start-up).

import type iconvTypes from 'iconv-lite'

type Iconv = typeof iconvTypes
let loadedIconv: Iconv | undefined

/** Loads iconv-lite once; `decodeOutput` and `iconvName` need it for any code page other than UTF-8 and UTF-16. */
export async function loadDecoders(): Promise<void> {
  if (loadedIconv) return
  const module = (await import('iconv-lite')) as Iconv & { default?: Iconv }
  loadedIconv = module.default ?? module
}

function iconv(): Iconv {
  if (!loadedIconv) {
    throw new Error(
      'output-encoding: a code page decoder was used before loadDecoders() resolved (a bug in iis-deploy).'
    )
  }
  return loadedIconv
}

/**
 * Whether decoding output in `encoding` may need iconv-lite: a code page (known code pages), or an XML declaration
 * that may name one. ProcessRunner awaits `loadDecoders()` first then.
 */
export function mayNeedDecoders(encoding: OutputEncoding, codePages: CodePages | undefined): boolean {
  if (encoding === 'xml') return true
  if (encoding !== 'oem' && encoding !== 'ansi') return false
  const codePage = codePages?.[encoding]
  return codePage !== undefined && codePage !== 65001 && codePage !== 1200
}

/**
 * The encoding a tool writes to a pipe.
 * - `oem` / `ansi`: the system's OEM or ANSI code page (UTF-8 when they are unknown, e.g. off Windows).
 * - `xml`: what the `<?xml ... encoding="..."?>` declaration says; declared UTF-8 that is not valid UTF-8 is read
 *   in the ANSI code page (appcmd /xml: whether its bytes follow its declaration is unverified).
 * - `utf8`, `utf16le`: fixed.
 */
export type OutputEncoding = 'oem' | 'ansi' | 'xml' | 'utf8' | 'utf16le'

/** The system code pages: numbers as Windows names them (437, 850, 1252, 932, 65001 for UTF-8). */
export interface CodePages {
  oem: number
  ansi: number
}

/**
 * Which code page each tool writes to a pipe (docs/windows-locale.md §Per-tool table):
 * - appcmd: ANSI, the one public data point (a Danish `æ` only matched when read as 1252);
 * - robocopy: ANSI per two Microsoft sources, OEM per RoboSharp; unverified, hence overridable;
 * - icacls, netsh, taskkill, reg, net, dism: the console default, OEM (unverified per tool).
 * Tools not listed keep UTF-8 (msdeploy, dotnet, iisexpress: their own behaviour is not established here).
 */
export const TOOL_OUTPUT_ENCODINGS: Readonly<Record<string, OutputEncoding>> = {
  appcmd: 'ansi',
  robocopy: 'ansi',
  icacls: 'oem',
  netsh: 'oem',
  taskkill: 'oem',
  reg: 'oem',
  net: 'oem',
  dism: 'oem'
}

/** The environment variable that overrides the table: `robocopy=oem,appcmd=ansi`. */
export const TOOL_ENCODINGS_VARIABLE = 'IIS_DEPLOY_TOOL_ENCODINGS'
/**
 * The environment variable that says where the code pages come from: `registry` (reg query, the default on
 * Windows), `utf8` (the default elsewhere), or fixed numbers `oem=850,ansi=1252`.
 */
export const CODE_PAGES_VARIABLE = 'IIS_DEPLOY_CODE_PAGES'

const ENCODINGS: readonly OutputEncoding[] = ['oem', 'ansi', 'xml', 'utf8', 'utf16le']

/** The tool's name as the table knows it: `C:\Windows\System32\Robocopy.EXE` → `robocopy`. */
export function toolKey(tool: string): string {
  const base = tool.split(/[\\/]/).pop() ?? tool
  return base.replace(/\.(exe|com)$/i, '').toLowerCase()
}

/** Parses `robocopy=oem,appcmd=ansi`; unknown tools are kept, unknown encodings throw (a typo must not hide). */
export function parseToolEncodings(value: string | undefined): Record<string, OutputEncoding> {
  const out: Record<string, OutputEncoding> = {}
  for (const part of (value ?? '').split(/[,;]/)) {
    if (part.trim() === '') continue
    const [tool = '', encoding = ''] = part.split('=').map((s) => s.trim().toLowerCase())
    if (!tool || !ENCODINGS.includes(encoding as OutputEncoding))
      throw new Error(
        `${TOOL_ENCODINGS_VARIABLE}: '${part.trim()}' is not tool=encoding with encoding one of ${ENCODINGS.join(', ')} (e.g. robocopy=oem).`
      )
    out[tool] = encoding as OutputEncoding
  }
  return out
}

/** Parses `oem=850,ansi=1252` (fixed code pages); undefined for anything else. */
export function parseFixedCodePages(value: string | undefined): CodePages | undefined {
  const oem = /\boem\s*=\s*(\d+)/i.exec(value ?? '')?.[1]
  const ansi = /\bansi\s*=\s*(\d+)/i.exec(value ?? '')?.[1]
  return oem && ansi ? { oem: Number(oem), ansi: Number(ansi) } : undefined
}

/**
 * The code page number of a `reg query ... /v OEMCP` answer: the digits after the `REG_SZ` type token of the value
 * line. The value name and the `REG_*` token are not translated; everything else reg prints may be.
 */
export function parseRegCodePage(stdout: string, valueName: string): number | undefined {
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^\s+(\S+)\s+REG_SZ\s+(\d+)\s*$/.exec(line)
    if (match && match[1]?.toLowerCase() === valueName.toLowerCase()) return Number(match[2])
  }
  return undefined
}

/** The iconv-lite name of a Windows code page number; undefined when iconv-lite does not know it. */
export function iconvName(codePage: number): string | undefined {
  if (codePage === 65001) return 'utf8'
  if (codePage === 1200) return 'utf16le'
  for (const name of [`cp${codePage}`, `windows-${codePage}`]) if (iconv().encodingExists(name)) return name
  return undefined
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function decodeCodePage(bytes: Buffer, codePage: number | undefined): string {
  const name = codePage === undefined ? undefined : iconvName(codePage)
  return name ? iconv().decode(bytes, name) : bytes.toString('utf8')
}

/**
 * Decodes a tool's output. `codePages` undefined means they are unknown (off Windows): `oem` and `ansi` read as
 * UTF-8 then. A UTF-16LE byte order mark wins over everything (robocopy /UNILOG files, icacls /save).
 */
export function decodeOutput(bytes: Buffer, encoding: OutputEncoding, codePages?: CodePages): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes.subarray(2).toString('utf16le')
  switch (encoding) {
    case 'utf8':
      return bytes.toString('utf8')
    case 'utf16le':
      return bytes.toString('utf16le')
    case 'oem':
      return decodeCodePage(bytes, codePages?.oem)
    case 'ansi':
      return decodeCodePage(bytes, codePages?.ansi)
    case 'xml': {
      const head = bytes.subarray(0, 200).toString('latin1')
      const declared = /<\?xml[^>]*encoding=["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase()
      if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv().encodingExists(declared))
        return iconv().decode(bytes, declared)
      if (isValidUtf8(bytes)) return bytes.toString('utf8').replace(/^\ufeff/, '')
      return decodeCodePage(bytes, codePages?.ansi)
    }
  }
}
