import { describe, expect, it } from 'vitest'
import {
  decodeRobocopyExitCode,
  parseRobocopyErrors,
  parseRobocopyFileLines,
  parseRobocopyNumber,
  parseRobocopySummary,
  robocopyErrorFix
} from '../../../src/steps/sync/robocopy.js'
import { LOCKED_OUTPUT, SYNC_OUTPUT } from './robocopy-fixtures.js'

describe('decodeRobocopyExitCode (windows-facts §5: bitmask, 0-7 success, 8+ failure)', () => {
  it('says the extra files were kept when the run had no /PURGE (delete-extra off)', () => {
    expect(decodeRobocopyExitCode(3, false).description).toBe(
      'files copied; extra files or folders in the target (kept: delete-extra is off)'
    )
    expect(decodeRobocopyExitCode(2, true).description).toBe(
      'extra files or folders in the target (deleted with /PURGE)'
    )
  })

  it.each([
    [0, true, 'no change: the target already matched the source'],
    [1, true, 'files copied'],
    [2, true, 'extra files or folders in the target (deleted with /PURGE)'],
    [3, true, 'files copied; extra files or folders in the target (deleted with /PURGE)'],
    [4, true, 'mismatched files or folders (a file on one side is a folder on the other)'],
    [5, true, 'files copied; mismatched files or folders (a file on one side is a folder on the other)'],
    [
      6,
      true,
      'extra files or folders in the target (deleted with /PURGE); mismatched files or folders (a file on one side is a folder on the other)'
    ],
    [
      7,
      true,
      'files copied; extra files or folders in the target (deleted with /PURGE); mismatched files or folders (a file on one side is a folder on the other)'
    ],
    [8, false, 'some files or folders could not be copied (retry limit exceeded)'],
    [9, false, 'some files or folders could not be copied (retry limit exceeded); files copied'],
    [
      11,
      false,
      'some files or folders could not be copied (retry limit exceeded); files copied; extra files or folders in the target (deleted with /PURGE)'
    ],
    [16, false, 'fatal error: nothing was copied (invalid arguments, or no access to the source or target)'],
    [
      24,
      false,
      'fatal error: nothing was copied (invalid arguments, or no access to the source or target); some files or folders could not be copied (retry limit exceeded)'
    ],
    [32, false, 'unknown exit code 32 (robocopy uses 0-31)'],
    [-1, false, 'unknown exit code -1 (robocopy uses 0-31)']
  ])('%i → success %s: %s', (code, success, description) => {
    const status = decodeRobocopyExitCode(code)
    expect(status.success).toBe(success)
    expect(status.description).toBe(description)
  })

  it.each([
    [1, { filesCopied: true, extrasFound: false, mismatches: false, copyFailures: false, fatal: false }],
    [2, { filesCopied: false, extrasFound: true, mismatches: false, copyFailures: false, fatal: false }],
    [4, { filesCopied: false, extrasFound: false, mismatches: true, copyFailures: false, fatal: false }],
    [8, { filesCopied: false, extrasFound: false, mismatches: false, copyFailures: true, fatal: false }],
    [16, { filesCopied: false, extrasFound: false, mismatches: false, copyFailures: false, fatal: true }],
    [31, { filesCopied: true, extrasFound: true, mismatches: true, copyFailures: true, fatal: true }]
  ])('bit flags of %i', (code, flags) => {
    expect(decodeRobocopyExitCode(code)).toMatchObject(flags)
  })
})

describe('parseRobocopySummary', () => {
  it('reads the Dirs/Files/Bytes rows of a real job summary (and ignores Times and Speed)', () => {
    expect(parseRobocopySummary(SYNC_OUTPUT)).toEqual({
      dirs: { total: 14, copied: 0, skipped: 14, mismatch: 0, failed: 0, extras: 0 },
      files: { total: 212, copied: 3, skipped: 209, mismatch: 0, failed: 0, extras: 1 },
      bytes: { total: 48210944, copied: 156772, skipped: 48054172, mismatch: 0, failed: 0, extras: 512 }
    })
  })

  it.each([
    [
      'k/m/g suffixes when /BYTES is absent (binary units)',
      '   Bytes :   45.97 m   153.0 k   45.82 m         0         0       512',
      {
        total: Math.round(45.97 * 1024 ** 2),
        copied: 153 * 1024,
        skipped: Math.round(45.82 * 1024 ** 2),
        mismatch: 0,
        failed: 0,
        extras: 512
      }
    ],
    [
      'gigabytes and terabytes',
      '   Bytes :    2.01 g    1.00 t         0         0         0         0',
      {
        total: Math.round(2.01 * 1024 ** 3),
        copied: 1024 ** 4,
        skipped: 0,
        mismatch: 0,
        failed: 0,
        extras: 0
      }
    ]
  ])('%s', (_name, bytesLine, expected) => {
    const text = [
      '               Total    Copied   Skipped  Mismatch    FAILED    Extras',
      '    Dirs :         1         0         1         0         0         0',
      '   Files :         3         1         2         0         0         0',
      bytesLine
    ].join('\n')
    expect(parseRobocopySummary(text)?.bytes).toEqual(expected)
  })

  it('reads a localized table by position (German labels, decimal comma)', () => {
    const text = [
      '            Insgesamt   Kopiert Übersprungen Keine Übereinstimmung    FEHLER    Extras',
      'Verzeich.:         3         0         3         0         0         0',
      '  Dateien:        12         1        11         0         0         2',
      '    Bytes:    1,21 m    10,5 k    1,20 m         0         0         0',
      '   Zeiten:   0:00:00   0:00:00                       0:00:00   0:00:00'
    ].join('\r\n')
    const summary = parseRobocopySummary(text)
    expect(summary?.files).toEqual({ total: 12, copied: 1, skipped: 11, mismatch: 0, failed: 0, extras: 2 })
    expect(summary?.bytes.copied).toBe(Math.round(10.5 * 1024))
  })

  it('reads FAILED counts from a run that hit a locked file', () => {
    expect(parseRobocopySummary(LOCKED_OUTPUT)?.files.failed).toBe(1)
  })

  it.each([
    ['no summary (/NJS)', '\t    New File  \t\t    2048\tC:\\a.json'],
    ['a usage error', 'ERROR : Invalid Parameter #3 : "/BOGUS"'],
    ['empty output', '']
  ])('is undefined for %s', (_name, text) => {
    expect(parseRobocopySummary(text)).toBeUndefined()
  })
})

describe('parseRobocopyNumber', () => {
  it.each([
    ['0', 0],
    ['48210944', 48210944],
    ['1.5 k', 1536],
    ['1,5 k', 1536],
    ['2 m', 2 * 1024 ** 2],
    ['x', Number.NaN]
  ])('%s → %d', (text, value) => {
    expect(parseRobocopyNumber(text)).toBe(value)
  })
})

describe('parseRobocopyFileLines', () => {
  it('reads the class, exact size and full path of each changed file (paths with spaces too)', () => {
    expect(parseRobocopyFileLines(SYNC_OUTPUT)).toEqual([
      { kind: 'New File', bytes: 2048, path: 'C:\\build\\publish\\appsettings.json' },
      { kind: 'Newer', bytes: 154624, path: 'C:\\build\\publish\\MyApp.dll' },
      { kind: 'Older', bytes: 100, path: 'C:\\build\\publish\\My Files\\readme.txt' },
      { kind: '*EXTRA File', bytes: 512, path: 'C:\\inetpub\\MyApp\\old.txt' }
    ])
  })

  it('reads extra and new folder lines', () => {
    const text =
      '\t*EXTRA Dir        -1\tC:\\inetpub\\MyApp\\old\\\r\n\t  New Dir          2\tC:\\build\\publish\\css\\'
    expect(parseRobocopyFileLines(text)).toEqual([
      { kind: '*EXTRA Dir', bytes: -1, path: 'C:\\inetpub\\MyApp\\old\\' },
      { kind: 'New Dir', bytes: 2, path: 'C:\\build\\publish\\css\\' }
    ])
  })
})

describe('parseRobocopyErrors', () => {
  it('reads ERROR 32 sharing violations with the file and the Windows message', () => {
    const errors = parseRobocopyErrors(LOCKED_OUTPUT)
    expect(errors).toHaveLength(2)
    expect(errors[0]).toEqual({
      code: 32,
      action: 'Copying File',
      path: 'C:\\build\\publish\\MyApp.dll',
      message: 'The process cannot access the file because it is being used by another process.'
    })
  })

  it.each([
    [
      '2024/03/04 09:12:55 ERROR 5 (0x00000005) Copying File C:\\build\\publish\\My App.dll\r\nAccess is denied.',
      {
        code: 5,
        action: 'Copying File',
        path: 'C:\\build\\publish\\My App.dll',
        message: 'Access is denied.'
      }
    ],
    [
      '2024/03/04 09:12:55 ERROR 32 (0x00000020) Deleting Extra File \\\\web01\\sites\\App\\old.dll\r\nThe process cannot access the file because it is being used by another process.',
      {
        code: 32,
        action: 'Deleting Extra File',
        path: '\\\\web01\\sites\\App\\old.dll',
        message: 'The process cannot access the file because it is being used by another process.'
      }
    ],
    [
      '2024/03/04 09:12:55 ERROR 2 (0x00000002) Accessing Source Directory C:\\build\\missing\\\r\nThe system cannot find the file specified.',
      {
        code: 2,
        action: 'Accessing Source Directory',
        path: 'C:\\build\\missing\\',
        message: 'The system cannot find the file specified.'
      }
    ],
    [
      'ERROR : Invalid Parameter #3 : "/BOGUS"',
      { code: undefined, action: 'Invalid Parameter #3 : "/BOGUS"', path: '', message: '' }
    ]
  ])('reads %j', (text, expected) => {
    expect(parseRobocopyErrors(text)).toEqual([expected])
  })

  it('does not count "ERROR: RETRY LIMIT EXCEEDED." as another error', () => {
    expect(parseRobocopyErrors('2024/03/04 09:13:00 ERROR: RETRY LIMIT EXCEEDED.')).toEqual([])
  })
})

describe('robocopyErrorFix', () => {
  it.each([
    [32, /take-offline/],
    [33, /strategy: releases/],
    [5, /modify rights/],
    [112, /disk is full/],
    [undefined, /0-7 success/]
  ])('ERROR %s → %s', (code, fix) => {
    expect(robocopyErrorFix(code)).toMatch(fix)
  })
})
