// The display language and code pages of the fake Windows (FAKE_IIS_LOCALE=de-DE | ja-JP | en-US; unset = the
// historical UTF-8, English fake). Written from the public samples collected in docs/windows-locale.md, not from
// iis-deploy's parsers. Only texts with a public sample are translated; everything else stays English, which is
// also what Windows does for tools that have no translation for the console (nushell #13476: English taskkill text
// on a Japanese system).
//
// Bytes: each fake tool writes in the code page that tool uses on a pipe (docs/windows-locale.md §Per-tool table):
// appcmd in the ANSI code page (its /xml in UTF-8, as declared), robocopy in ANSI unless FAKE_ROBOCOPY_CODE_PAGE=oem
// (the sources disagree), icacls, netsh, taskkill, reg, net and dism in the OEM code page.
import iconv from 'iconv-lite'

/** @typedef {'en-US' | 'de-DE' | 'ja-JP'} Locale */

/** OEMCP / ACP of each locale (registry values under HKLM\SYSTEM\CurrentControlSet\Control\Nls\CodePage). */
export const CODE_PAGES = {
  'en-US': { oem: 437, ansi: 1252 },
  'de-DE': { oem: 850, ansi: 1252 },
  'ja-JP': { oem: 932, ansi: 932 }
}

/** @returns {Locale | undefined} */
export function fakeLocale(env = process.env) {
  const value = env.FAKE_IIS_LOCALE
  if (!value) return undefined
  if (value === 'en-US' || value === 'de-DE' || value === 'ja-JP') return value
  throw new Error(`fake Windows: FAKE_IIS_LOCALE='${value}' is not one of en-US, de-DE, ja-JP`)
}

/** The code page a tool writes to a pipe, under the current locale (undefined: UTF-8, no locale). */
/** @param {'oem' | 'ansi' | 'utf8'} kind @returns {number | undefined} */
export function codePageOf(kind, env = process.env) {
  const locale = fakeLocale(env)
  if (!locale || kind === 'utf8') return undefined
  return CODE_PAGES[locale][kind]
}

/** Text → the bytes the tool writes. Characters the code page lacks become `?`, as WideCharToMultiByte does. */
/** @param {string} text @param {'oem' | 'ansi' | 'utf8'} kind */
export function encodeOutput(text, kind, env = process.env) {
  const codePage = codePageOf(kind, env)
  return codePage === undefined ? Buffer.from(text, 'utf8') : iconv.encode(text, `cp${codePage}`)
}

/** Writes text to stdout/stderr in the tool's code page. @param {NodeJS.WriteStream} stream */
/** @param {string} text @param {'oem' | 'ansi' | 'utf8'} kind */
export function writeEncoded(stream, text, kind, env = process.env) {
  if (text) stream.write(encodeOutput(text, kind, env))
}

/** The code page kind the fake robocopy writes in (FAKE_ROBOCOPY_CODE_PAGE=oem|ansi, default ansi). */
export function robocopyCodePageKind(env = process.env) {
  return env.FAKE_ROBOCOPY_CODE_PAGE === 'oem' ? 'oem' : 'ansi'
}

// ------------------------------------------------------------------------------------------------ localized texts

/**
 * Names of well-known accounts as icacls prints them (Microsoft's "Localized service names" table, SQL Server docs:
 * English, Japanese and Chinese keep the English names). SIDs: MS-DTYP well-known SIDs.
 */
const ACCOUNT_NAMES = {
  'en-US': {
    'S-1-5-18': 'NT AUTHORITY\\SYSTEM',
    'S-1-5-19': 'NT AUTHORITY\\LOCAL SERVICE',
    'S-1-5-20': 'NT AUTHORITY\\NETWORK SERVICE',
    'S-1-5-32-544': 'BUILTIN\\Administrators'
  },
  'de-DE': {
    'S-1-5-18': 'NT-AUTORITÄT\\SYSTEM',
    'S-1-5-19': 'NT-AUTORITÄT\\LOKALER DIENST',
    'S-1-5-20': 'NT-AUTORITÄT\\NETZWERKDIENST',
    'S-1-5-32-544': 'VORDEFINIERT\\Administratoren'
  }
}

/** The display name of a well-known SID (without `*`) in this locale; undefined when the fake does not know it. */
/** @param {string} sid */
export function accountName(sid, env = process.env) {
  const locale = fakeLocale(env) ?? 'en-US'
  const table = locale === 'de-DE' ? ACCOUNT_NAMES['de-DE'] : ACCOUNT_NAMES['en-US']
  return /** @type {Record<string, string>} */ (table)[sid.toUpperCase()]
}

/**
 * icacls' summary line. German: verbatim from MicrosoftDocs/windowsserverdocs#6185. English as icacls prints it.
 * @param {number} ok @param {number} failed
 */
export function icaclsSummary(ok, failed, env = process.env) {
  return fakeLocale(env) === 'de-DE'
    ? `${ok} Dateien erfolgreich verarbeitet, bei ${failed} Dateien ist ein Verarbeitungsfehler aufgetreten.`
    : `Successfully processed ${ok} files; Failed processing ${failed} files`
}

/** icacls for an account it cannot resolve (German: windowsserverdocs#6185). @param {string} principal */
export function icaclsNoMapping(principal, env = process.env) {
  return fakeLocale(env) === 'de-DE'
    ? `${principal}: Zuordnungen von Kontennamen und Sicherheitskennungen wurden nicht durchgeführt.`
    : `${principal}: No mapping between account names and security IDs was done.`
}

/** netsh's `Certificate Hash` label (German `Zertifikathash`: azure-pipelines-extensions#1278). */
export function netshCertificateHashLabel(env = process.env) {
  return fakeLocale(env) === 'de-DE' ? 'Zertifikathash' : 'Certificate Hash'
}

/** robocopy's error word (German `FEHLER`: RoboSharp's German configuration). */
export function robocopyErrorWord(env = process.env) {
  return fakeLocale(env) === 'de-DE' ? 'FEHLER' : 'ERROR'
}

/**
 * robocopy's summary labels: header words and the row labels. The German ones are the unverified list of
 * docs/windows-locale.md (robocopy section): the parser must read the rows by position, whatever the words.
 */
export function robocopySummaryLabels(env = process.env) {
  return fakeLocale(env) === 'de-DE'
    ? {
        header: '            Insgesamt   Kopiert Übersprungen Keine Übereinstimmung   FEHLER    Extras',
        dirs: 'Verzeich.',
        files: 'Dateien',
        bytes: 'Bytes',
        times: 'Zeiten',
        ended: 'Beendet'
      }
    : {
        header: '               Total    Copied   Skipped  Mismatch    FAILED    Extras',
        dirs: 'Dirs',
        files: 'Files',
        bytes: 'Bytes',
        times: 'Times',
        ended: 'Ended'
      }
}
