// Table tests of every parser that reads Windows tool output, on English, German and Japanese samples, and of the
// decoding of output bytes in CP437, CP850 and CP932 (issue 12). Sources (see docs/windows-locale.md):
// - netsh German `Zertifikathash`: microsoft/azure-pipelines-extensions#1278; English block layout: same repo #140.
// - robocopy `FEHLER`: RoboSharp's German configuration (RoboSharpConfig_DE.cs); error line shape `<word> <n>
//   (0x%08X) <action> <path>`: RoboSharp's error regex; English lines: windowsserverdocs#5729 and our fixtures.
// - icacls names: Microsoft's "Localized service names" table (SQL Server docs); German summary and "no mapping":
//   MicrosoftDocs/windowsserverdocs#6185. Japanese Windows keeps the English account names (same table).
// - appcmd /xml: `<APPPOOL APPPOOL.NAME=... state=...>` (sergueik/powershell_samples validate_apppools.ps1).
// - reg: `REG_SZ` and value names are not translated (French `(par défaut)`: fresc81/node-winreg#10).
// - Japanese: no public Japanese sample exists for netsh, robocopy or appcmd; a Japanese server may print English
//   (openai/codex-plugin-cc#423), so the Japanese rows are English text with Japanese names, in CP932.
// - net.exe: Chinese `发生系统错误 5。` (testerSunshine/12306#95, nccgroup/redsnarf#6); German and French: no citable
//   sample (marked unconfirmed). dism: German `Status : Deaktiviert` (puppetlabs-toy-chest/puppetlabs-dism#38), why
//   every call passes `/English` (saltstack/salt#34955). reg `(Standard)` (zoidsh/meru#932), `(默认)` (nmap/npcap#354).
// - msdeploy: non-English text garbled on non-ENU machines (dotnet/aspnetcore#1788); `ERROR_*` codes are identifiers.
// Rows marked "synthetic" have no captured sample: they pin that the parser does not depend on the words.

import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  decodeOutput,
  iconvName,
  loadDecoders,
  mayNeedDecoders,
  parseFixedCodePages,
  parseRegCodePage,
  parseToolEncodings,
  toolKey
} from '../../src/core/output-encoding.js'
import { parseSslCertHash } from '../../src/steps/iis/provision.js'
import {
  accountAliases,
  hasAccess,
  parseIcaclsOutput,
  parseIcaclsSummary
} from '../../src/steps/iis/permissions.js'
import {
  isConfigWriteCollision,
  parseAppcmdError,
  parseAppcmdXml,
  parseWorkerProcesses,
  win32CodeOfHresult
} from '../../src/steps/iis/appcmd.js'
import { parseDismError, parseFeatureState } from '../../src/steps/iis/iis-features.js'
import { parseNetOutput } from '../../src/steps/hosting-bundle/restart.js'
import { findValue, parseRegQuery } from '../../src/steps/hosting-bundle/reg-query.js'
import { parseMsDeployOutput } from '../../src/steps/sync/msdeploy-output.js'
import {
  fileLineClass,
  parseRobocopyErrors,
  parseRobocopyFileLines,
  parseRobocopySummary
} from '../../src/steps/sync/robocopy.js'

const HASH = 'a909502dd82ae41433e6f83886b00d4277a32a7b'
const netshBlock = (hashLabel: string, endpoint: string, hash: string): string =>
  [
    `    IP:port                      : ${endpoint}`,
    `    ${hashLabel.padEnd(29)}: ${hash}`,
    '    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}',
    '    Certificate Store Name       : My',
    '    Verify Client Certificate Revocation : Enabled',
    ''
  ].join('\r\n')
const netshOutput = (...blocks: string[]): string =>
  ['', 'SSL Certificate bindings:', '-------------------------', '', ...blocks].join('\r\n')

describe('parseSslCertHash: the hash by its shape, never by its label', () => {
  it.each([
    ['English', 'Certificate Hash'],
    ['German (Zertifikathash, #1278)', 'Zertifikathash'],
    ['Japanese (synthetic label)', '証明書ハッシュ']
  ])('%s', (_, label) => {
    expect(parseSslCertHash(netshOutput(netshBlock(label, '0.0.0.0:443', HASH.toUpperCase())))).toBe(HASH)
  })

  it('picks the block of the endpoint when several bindings are listed', () => {
    const output = netshOutput(
      netshBlock('Zertifikathash', '0.0.0.0:8443', '1'.repeat(40)),
      netshBlock('Zertifikathash', '0.0.0.0:443', HASH)
    )
    expect(parseSslCertHash(output, '0.0.0.0:443')).toBe(HASH)
    expect(parseSslCertHash(output, '0.0.0.0:8443')).toBe('1'.repeat(40))
  })

  it('finds nothing in an error (no binding) and never mistakes the application id for a hash', () => {
    expect(parseSslCertHash('Das System kann die angegebene Datei nicht finden.')).toBeUndefined()
    expect(
      parseSslCertHash('    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}')
    ).toBeUndefined()
  })
})

describe('robocopy error lines by their codes, whatever the word in front', () => {
  it.each([
    ['English', 'ERROR', 'Copying File', 'C:\\build\\publish\\MyApp.dll'],
    ['German (FEHLER, RoboSharp)', 'FEHLER', 'Copying File', 'C:\\build\\publish\\MyApp.dll'],
    ['German, translated action (synthetic)', 'FEHLER', 'Datei wird kopiert', 'C:\\Bücher\\MyApp.dll'],
    ['French (synthetic)', 'ERREUR', 'Copie du fichier', 'D:\\sites\\élan\\a.dll'],
    ['Japanese (synthetic word, Japanese path)', 'エラー', 'Copying File', 'C:\\サイト\\日本.dll']
  ])('%s', (_, word, action, file) => {
    const text = `2024/03/04 09:12:55 ${word} 32 (0x00000020) ${action} ${file}\r\nmessage\r\n`
    expect(parseRobocopyErrors(text)).toEqual([{ code: 32, action, path: file, message: 'message' }])
  })

  it('ignores numbers in parentheses that are not the same code in hex', () => {
    expect(parseRobocopyErrors('Dateien 32 (0x00000021) nicht C:\\x')).toEqual([])
  })
})

describe('robocopy summary and file lines in German', () => {
  // German labels: unverified (docs/windows-locale.md); the rows are read by position.
  const german = [
    '\t    New File  \t\t    2048\tC:\\build\\publish\\Grüße.json',
    '\t Neuer als  \t\t  154624\tC:\\build\\publish\\MyApp.dll',
    '\t*EXTRA Datei\t\t     512\tC:\\inetpub\\Bücher\\alt.txt',
    '',
    '            Insgesamt   Kopiert Übersprungen Keine Übereinstimmung   FEHLER    Extras',
    'Verzeich. :        14         0        14         0         0         0',
    '  Dateien :       212         2       210         0         0         1',
    '    Bytes :  48210944    156672  48054272         0         0       512',
    '   Zeiten :   0:00:00   0:00:00                       0:00:00   0:00:00',
    '  Beendet : Montag, 4. März 2024 09:12:55'
  ].join('\r\n')

  it('reads the three count rows by position', () => {
    const summary = parseRobocopySummary(german)
    expect(summary?.files).toEqual({ total: 212, copied: 2, skipped: 210, mismatch: 0, failed: 0, extras: 1 })
    expect(summary?.bytes.copied).toBe(156672)
  })

  it('classifies file lines by path and plan, not by their (possibly translated) class words', () => {
    const roots = { source: 'C:\\build\\publish', target: 'C:\\inetpub\\Bücher' }
    const plan = new Map([
      ['grüße.json', true],
      ['myapp.dll', false]
    ])
    const isNew = (relative: string): boolean | undefined => plan.get(relative.toLowerCase())
    const classes = parseRobocopyFileLines(german).map((line) => fileLineClass(line, roots, isNew))
    expect(classes).toEqual(['new', 'updated', 'extra'])
    // Without a plan, only the English words are understood.
    expect(parseRobocopyFileLines(german).map((line) => fileLineClass(line, roots))).toEqual([
      'new',
      undefined,
      'extra'
    ])
  })
})

describe('icacls: well-known accounts in every sourced language', () => {
  it.each([
    ['English', '*S-1-5-20', 'NT AUTHORITY\\NETWORK SERVICE'],
    ['German', '*S-1-5-20', 'NT-AUTORITÄT\\NETZWERKDIENST'],
    ['French', '*S-1-5-20', 'AUTORITE NT\\SERVICE RÉSEAU'],
    ['Italian', '*S-1-5-20', 'NT AUTHORITY\\SERVIZIO DI RETE'],
    ['Spanish', '*S-1-5-20', 'NT AUTHORITY\\SERVICIO DE RED'],
    ['German', '*S-1-5-19', 'NT-AUTORITÄT\\LOKALER DIENST'],
    ['Russian', '*S-1-5-18', 'NT AUTHORITY\\СИСТЕМА'],
    ['Japanese (English names)', '*S-1-5-19', 'NT AUTHORITY\\LOCAL SERVICE'],
    ['unresolved SID', '*S-1-5-20', 'S-1-5-20']
  ])('%s: %s listed as %s', (_, sid, name) => {
    const listing = `C:\\app ${name}:(OI)(CI)(M)\r\n        BUILTIN\\Administrators:(I)(OI)(CI)(F)\r\n`
    expect(hasAccess(parseIcaclsOutput(listing, 'C:\\app'), sid, 'M')).toBe(true)
    expect(accountAliases(sid)).toContain(name.toLowerCase())
  })

  it('does not mistake one account for another', () => {
    const listing = 'C:\\app NT-AUTORITÄT\\LOKALER DIENST:(OI)(CI)(M)\r\n'
    expect(hasAccess(parseIcaclsOutput(listing, 'C:\\app'), '*S-1-5-20', 'M')).toBe(false)
  })

  it.each([
    ['English', 'Successfully processed 1 files; Failed processing 0 files', { processed: 1, failed: 0 }],
    [
      'German (#6185)',
      '0 Dateien erfolgreich verarbeitet, bei 1 Dateien ist ein Verarbeitungsfehler aufgetreten.',
      { processed: 0, failed: 1 }
    ],
    [
      'Japanese (no sample: English)',
      'Successfully processed 3 files; Failed processing 2 files',
      { processed: 3, failed: 2 }
    ]
  ])('summary, %s', (_, line, expected) => {
    expect(parseIcaclsSummary(`C:\\app IIS APPPOOL\\日本:(OI)(CI)(RX)\r\n\r\n${line}\r\n`)).toEqual(expected)
  })
})

describe('appcmd: state and names from /xml; the write retry by code', () => {
  it.each([
    ['English', 'MyPool', 'Started'],
    ['German pool name', 'Bücher-Pool', 'Stopped'],
    ['Japanese pool name', '日本語プール', 'Starting']
  ])('%s', (_, name, state) => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\r\n<appcmd>\r\n    <APPPOOL APPPOOL.NAME="${name}" PipelineMode="Integrated" RuntimeVersion="" state="${state}" />\r\n</appcmd>\r\n`
    expect(parseAppcmdXml(xml)).toEqual([
      {
        type: 'APPPOOL',
        attributes: { 'APPPOOL.NAME': name, PipelineMode: 'Integrated', RuntimeVersion: '', state }
      }
    ])
  })

  it('unescapes entities and reads several elements', () => {
    const xml =
      '<appcmd><APP APP.NAME="S &amp; Co/" APPPOOL.NAME="&quot;P&quot;" SITE.NAME="S &amp; Co" path="/" /><APP APP.NAME="S/api" APPPOOL.NAME="Q" SITE.NAME="S" path="/api" /></appcmd>'
    expect(parseAppcmdXml(xml).map((e) => e.attributes['APPPOOL.NAME'])).toEqual(['"P"', 'Q'])
    expect(parseAppcmdXml('not xml')).toEqual([])
  })

  it('keeps each element its own attributes only, decodes numeric references, and wants an <appcmd> root', () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<appcmd>\r\n  <SITE SITE.NAME="&#x65E5;&#26412;" state="Started">\r\n' +
      '    <site name="inner"><bindings /></site>\r\n  </SITE>\r\n</appcmd>\r\n'
    expect(parseAppcmdXml(xml)).toEqual([
      { type: 'SITE', attributes: { 'SITE.NAME': '日本', state: 'Started' } }
    ])
    expect(parseAppcmdXml('<other><SITE SITE.NAME="a" /></other>')).toEqual([])
    expect(parseAppcmdXml('<appcmd><SITE SITE.NAME="a" ></appcmd>')).toEqual([])
    expect(parseAppcmdXml('<appcmd />')).toEqual([])
  })

  it.each([
    ['English text', 'Cannot write configuration file', 32, true],
    [
      'translated text (synthetic), code 32',
      'Die Konfigurationsdatei kann nicht geschrieben werden',
      32,
      true
    ],
    ['translated text, code 33', 'Die Konfigurationsdatei ist gesperrt', 33, false],
    ['section locked at a parent level', 'This configuration section ... locked at a parent level', 33, false]
  ])('collision: %s', (_, message, code, expected) => {
    expect(isConfigWriteCollision(['set', 'apppool'], { code, message, exitCode: code })).toBe(expected)
  })
})

describe('reg query: the code pages', () => {
  const answer = (defaultName: string): string =>
    [
      '',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage',
      `    ${defaultName}    REG_SZ    `,
      '    ACP    REG_SZ    1252',
      '    OEMCP    REG_SZ    850',
      '    MACCP    REG_SZ    10000',
      ''
    ].join('\r\n')
  it.each([
    ['English', '(Default)'],
    ['French (node-winreg#10)', '(par défaut)'],
    ['Japanese (synthetic)', '(既定)']
  ])('%s', (_, defaultName) => {
    expect(parseRegCodePage(answer(defaultName), 'OEMCP')).toBe(850)
    expect(parseRegCodePage(answer(defaultName), 'ACP')).toBe(1252)
    expect(parseRegCodePage(answer(defaultName), 'NOPE')).toBeUndefined()
  })

  it('fixed code pages and the per-tool override are parsed strictly', () => {
    expect(parseFixedCodePages('oem=850,ansi=1252')).toEqual({ oem: 850, ansi: 1252 })
    expect(parseFixedCodePages('registry')).toBeUndefined()
    expect(parseToolEncodings('robocopy=oem, APPCMD=xml')).toEqual({ robocopy: 'oem', appcmd: 'xml' })
    expect(() => parseToolEncodings('robocopy=cp850')).toThrow(/IIS_DEPLOY_TOOL_ENCODINGS/)
    expect(toolKey('C:\\Windows\\System32\\Robocopy.EXE')).toBe('robocopy')
  })
})

// iconv-lite loads on first need (ProcessRunner awaits it before decoding a code page): these tests decode directly.
beforeAll(async () => {
  await loadDecoders()
})

describe('mayNeedDecoders: when ProcessRunner loads iconv-lite before decoding', () => {
  it.each([
    ['utf8', { oem: 850, ansi: 1252 }, false],
    ['utf16le', { oem: 850, ansi: 1252 }, false],
    ['oem', undefined, false], // code pages unknown (off Windows): read as UTF-8
    ['oem', { oem: 850, ansi: 1252 }, true],
    ['ansi', { oem: 850, ansi: 1252 }, true],
    ['oem', { oem: 65001, ansi: 1252 }, false], // the system writes UTF-8 to consoles
    ['ansi', { oem: 850, ansi: 65001 }, false],
    ['xml', undefined, true] // the declaration may name a code page
  ] as const)('%s with %o: %s', (encoding, codePages, expected) => {
    expect(mayNeedDecoders(encoding, codePages)).toBe(expected)
  })
})

describe('decodeOutput: bytes in CP437, CP850 and CP932', () => {
  const cases: Array<[string, string, number]> = [
    // CP437 (US OEM): box drawing and ü; CP850 (Western Europe OEM): Ä and ø, which CP437 lacks or maps elsewhere.
    ['CP437', 'icacls C:\\Büro ╚═╝', 437],
    ['CP850', 'NT-AUTORITÄT\\NETZWERKDIENST:(OI)(CI)(RX) Søren', 850],
    ['CP932', 'C:\\サイト\\日本語.dll 成功: PID 19368 のプロセス', 932]
  ]
  it.each(cases)('%s as OEM', (_, text, codePage) => {
    const bytes = iconv.encode(text, iconvName(codePage) as string)
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(false)
    expect(decodeOutput(bytes, 'oem', { oem: codePage, ansi: 1252 })).toBe(text)
    expect(decodeOutput(bytes, 'ansi', { oem: 437, ansi: codePage })).toBe(text)
  })

  it('reads CP850 wrongly as CP437 for the characters that differ (why the code page must be right)', () => {
    const bytes = iconv.encode('Søren', 'cp850')
    expect(decodeOutput(bytes, 'oem', { oem: 437, ansi: 1252 })).not.toBe('Søren')
  })

  it('reads UTF-8 when the code pages are unknown, UTF-8 for 65001, UTF-16LE with a BOM', () => {
    expect(decodeOutput(Buffer.from('Bücher'), 'oem')).toBe('Bücher')
    expect(decodeOutput(Buffer.from('Bücher'), 'ansi', { oem: 65001, ansi: 65001 })).toBe('Bücher')
    const unilog = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('日本', 'utf16le')])
    expect(decodeOutput(unilog, 'ansi', { oem: 850, ansi: 1252 })).toBe('日本')
  })

  it('xml: follows the declaration, and falls back to ANSI when declared UTF-8 is not UTF-8', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><appcmd><APPPOOL APPPOOL.NAME="Bücher-Pool" /></appcmd>'
    expect(decodeOutput(Buffer.from(xml, 'utf8'), 'xml', { oem: 850, ansi: 1252 })).toBe(xml)
    expect(decodeOutput(iconv.encode(xml, 'cp1252'), 'xml', { oem: 850, ansi: 1252 })).toBe(xml)
    const japanese = xml.replace('Bücher-Pool', '日本語')
    expect(decodeOutput(iconv.encode(japanese, 'cp932'), 'xml', { oem: 932, ansi: 932 })).toBe(japanese)
  })
})

describe('appcmd text output: HRESULTs and ids, not words', () => {
  it.each([
    [
      'English',
      'ERROR ( hresult:800700b7, message:Failed to add duplicate collection element "Bücher-Pool". )'
    ],
    [
      'German (synthetic message)',
      'FEHLER ( hresult:800700b7, message:Doppeltes Auflistungselement "Bücher-Pool" kann nicht hinzugefügt werden. )'
    ],
    [
      'Japanese (synthetic message)',
      'ERROR ( hresult:800700b7, message:重複するコレクション要素 "日本語プール" を追加できません。 )'
    ]
  ])('%s: the code comes from the hresult', (_, line) => {
    // The German word in front of the parenthesis is not ERROR: the HRESULT still decides, via the exit code.
    const parsed = parseAppcmdError(line.replace(/^FEHLER/, 'ERROR'))
    expect(parsed?.hresult).toBe('800700b7')
    expect(win32CodeOfHresult(parsed?.hresult as string)).toBe(183)
  })

  it.each([
    ['English pool, CP437', 'WP "3577" (applicationPool:DefaultAppPool)', 'DefaultAppPool', 437],
    ['German pool, CP850', 'WP "4120" (applicationPool:Bücher-Pool)', 'Bücher-Pool', 850],
    ['Japanese pool, CP932', 'WP "77" (applicationPool:日本語プール)', '日本語プール', 932]
  ])('worker processes, %s bytes', (_, line, pool, codePage) => {
    const bytes = iconv.encode(`${line}\r\n`, iconvName(codePage) as string)
    const text = decodeOutput(bytes, 'oem', { oem: codePage, ansi: 1252 })
    expect(parseWorkerProcesses(text)).toEqual([{ pid: Number(/"(\d+)"/.exec(line)?.[1]), appPool: pool }])
  })
})

describe('dism: /English makes the state line English; errors by code', () => {
  it.each([
    ['English (/English)', 'Feature Name : IIS-WebServer\r\nState : Enabled\r\n', 'Enabled'],
    [
      'English, disabled',
      'Feature Name : IIS-ASPNET45\r\nState : Disabled with Payload Removed\r\n',
      'Disabled with Payload Removed'
    ],
    // Without /English a German server prints this (puppetlabs-dism#38): not read as a state, hence /English.
    ['German without /English', 'Featurename : Microsoft-Hyper-V-All\r\nStatus : Deaktiviert\r\n', undefined]
  ])('%s', (_, output, state) => {
    expect(parseFeatureState(output)).toBe(state)
  })

  it.each([
    ['English', 'Error: 0x800f080c\r\n\r\nFeature name IIS-Foo is unknown.', '0x800f080c'],
    ['decimal code', 'Error: 740\r\n\r\nElevated permissions are required to run DISM.', '740'],
    ['no error', 'The operation completed successfully.', undefined]
  ])('error code, %s', (_, output, code) => {
    expect(parseDismError(output)).toBe(code)
  })
})

describe('net stop/start: NET HELPMSG and system error numbers in every sourced language', () => {
  const result = (stdout: string, stderr: string, exitCode: number) => ({ stdout, stderr, exitCode })
  it.each([
    ['English', 'System error 5 has occurred.\r\n\r\nAccess is denied.'],
    ['German (unconfirmed)', 'Systemfehler 5 aufgetreten.\r\n\r\nZugriff verweigert'],
    ['French (unconfirmed)', "L'erreur système 5 s'est produite.\r\n\r\nAccès refusé."],
    ['Chinese (12306#95)', '发生系统错误 5。\r\n\r\n拒绝访问。']
  ])('%s: access denied is system error 5', (_, stderr) => {
    expect(parseNetOutput(result('', stderr, 2), 'stop')).toEqual({
      ok: false,
      state: 'failed',
      systemError: 5,
      helpmsg: undefined
    })
  })

  it.each([
    [
      'English',
      'The World Wide Web Publishing Service service is not started.\r\n\r\nMore help is available by typing NET HELPMSG 3521.'
    ],
    [
      'German (synthetic sentence)',
      'Der WWW-Publishingdienst wurde nicht gestartet.\r\n\r\nSie erhalten weitere Hilfe, wenn Sie NET HELPMSG 3521 eingeben.'
    ]
  ])('%s: NET HELPMSG 3521 on stop means it was not running', (_, stdout) => {
    expect(parseNetOutput(result(stdout, '', 2), 'stop')).toMatchObject({
      ok: true,
      state: 'was-not-running'
    })
  })

  it('a German success line is read from the exit code', () => {
    expect(parseNetOutput(result('Der Dienst wurde erfolgreich beendet.', '', 0), 'stop')).toEqual({
      ok: true,
      state: 'stopped'
    })
  })
})

describe('reg query (hosting bundle detection): value names and types are not translated, (Default) is', () => {
  const output = (defaultName: string): string =>
    [
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\InetStp',
      `    ${defaultName}    REG_SZ    IIS`,
      '    MajorVersion    REG_DWORD    0xa',
      '    SetupString    REG_SZ    IIS 10.0',
      ''
    ].join('\r\n')
  it.each([
    ['English', '(Default)'],
    ['German (meru#932)', '(Standard)'],
    ['French (node-winreg#10)', '(par défaut)'],
    ['Chinese (npcap#354)', '(默认)']
  ])('%s', (_, name) => {
    const [key] = parseRegQuery(output(name))
    expect(findValue(key, 'MajorVersion')?.data).toBe('0xa')
    expect(findValue(key, '')?.data).toBe('IIS')
    expect(key?.values.map((v) => v.name)).toEqual(['', 'MajorVersion', 'SetupString'])
  })

  it('a CP850 German answer decodes before it is parsed', () => {
    const bytes = iconv.encode(output('(Standard)').replace('IIS 10.0', 'IIS 10.0 Übersicht'), 'cp850')
    const [key] = parseRegQuery(decodeOutput(bytes, 'oem', { oem: 850, ansi: 1252 }))
    expect(findValue(key, 'SetupString')?.data).toBe('IIS 10.0 Übersicht')
  })
})

describe('msdeploy: ERROR_* identifiers, whatever the language of the sentence around them', () => {
  it.each([
    [
      'English',
      "Error Code: ERROR_FILE_IN_USE\r\nMore Information: Web Deploy cannot modify the file 'SampleApp.dll' on the destination because it is locked by an external process.\r\nError count: 1."
    ],
    [
      'German (synthetic sentence)',
      "Error Code: ERROR_FILE_IN_USE\r\nMore Information: Web Deploy kann die Datei 'SampleApp.dll' nicht ändern, da sie gesperrt ist.\r\nError count: 1."
    ],
    [
      'Japanese (synthetic sentence)',
      "Error Code: ERROR_FILE_IN_USE\r\nMore Information: ファイル 'SampleApp.dll' はロックされています。\r\nError count: 1."
    ]
  ])('%s', (_, stderr) => {
    const parsed = parseMsDeployOutput('', stderr)
    expect(parsed.errors.map((e) => e.code)).toEqual(['ERROR_FILE_IN_USE'])
    expect(parsed.errorCount).toBe(1)
  })
})
