import { describe, expect, it } from 'vitest'
import { hashText } from '../../src/core/hash'

describe('hashText', () => {
  // Published FNV-1a 32-bit test vectors.
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968']
  ])('matches the reference FNV-1a value for %j', (text, expected) => {
    expect(hashText(text)).toBe(expected)
  })

  it('hashes non-ASCII text by its UTF-8 bytes', () => {
    // "é" is C3 A9 in UTF-8: the same as hashing those two bytes one after the other.
    let hash = 0x811c9dc5
    for (const byte of [0xc3, 0xa9]) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
    expect(hashText('é')).toBe(hash.toString(16).padStart(8, '0'))
  })

  it('always gives 8 hex digits', () => {
    for (const text of ['x', 'Værditilbud', 'Kundsegment 🎯', 'a\nb', ' '.repeat(500)]) {
      expect(hashText(text)).toMatch(/^[0-9a-f]{8}$/)
    }
  })

  it('notices small edits: one character, a trailing space, a changed line break', () => {
    const text = 'Our app helps commuters who want to get to work on time.'
    const variants = [text + ' ', text.replace('app', 'App'), text.replace(' ', '\n'), text.slice(0, -1)]
    for (const variant of variants) expect(hashText(variant)).not.toBe(hashText(text))
  })

  it('is stable: the same text gives the same hash', () => {
    expect(hashText('Kundesegmenter')).toBe(hashText('Kundesegmenter'))
  })

  it('treats a lone surrogate like the replacement character instead of throwing', () => {
    expect(hashText('\ud800')).toBe(hashText('\ufffd'))
  })
})
