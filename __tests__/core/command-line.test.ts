import { describe, expect, it } from 'vitest'
import { formatCommandLine, quoteWindowsArgument } from '../../src/core/command-line.js'

describe('quoteWindowsArgument (CommandLineToArgvW rules)', () => {
  it.each([
    ['plain', 'plain'],
    ['', '""'],
    ['with space', '"with space"'],
    ['C:\\Program Files\\', '"C:\\Program Files\\\\"'], // trailing backslash doubled before the closing quote
    ['say "hi"', '"say \\"hi\\""'],
    ['a\\"b', '"a\\\\\\"b"'] // backslashes before a quote are doubled, then the quote escaped
  ])('%j → %s', (input, expected) => {
    expect(quoteWindowsArgument(input)).toBe(expected)
  })

  it('formats a command line, verbatim args untouched', () => {
    expect(formatCommandLine('C:\\Program Files\\x.exe', ['a b', 'c'])).toBe(
      '"C:\\Program Files\\x.exe" "a b" c'
    )
    expect(formatCommandLine('msdeploy', ['-dest:contentPath="a b"'], true)).toBe(
      'msdeploy -dest:contentPath="a b"'
    )
  })
})
