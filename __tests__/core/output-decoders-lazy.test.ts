// iconv-lite is loaded on first need (src/core/output-encoding.ts `loadDecoders`), as a chunk of its own in dist/.
// A fresh copy of the module (the unit project shares modules between files): what works before the load, what
// refuses loudly, and that the load makes the code pages decode.
import { describe, expect, it, vi } from 'vitest'

describe('decodeOutput before and after loadDecoders', () => {
  it('UTF-8, UTF-16 and unknown code pages decode without iconv-lite; a code page refuses until it is loaded', async () => {
    vi.resetModules()
    const { decodeOutput, loadDecoders } = await import('../../src/core/output-encoding.js')
    expect(decodeOutput(Buffer.from('Bücher'), 'utf8')).toBe('Bücher')
    expect(decodeOutput(Buffer.from('Bücher', 'utf16le'), 'utf16le')).toBe('Bücher')
    expect(decodeOutput(Buffer.from('Bücher'), 'oem')).toBe('Bücher') // off Windows: code pages unknown
    const cp850 = Buffer.from([0x42, 0x81, 0x63, 0x68, 0x65, 0x72]) // "Bücher" in CP850
    expect(() => decodeOutput(cp850, 'oem', { oem: 850, ansi: 1252 })).toThrow(/before loadDecoders\(\)/)
    await loadDecoders()
    await loadDecoders() // once is enough; again is harmless
    expect(decodeOutput(cp850, 'oem', { oem: 850, ansi: 1252 })).toBe('Bücher')
  })
})
