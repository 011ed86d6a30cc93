// Characters as people count them: the fallback the sandbox runs, against the browser's and Node's own segmenter.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstGraphemes, graphemeCount, graphemes } from '../../contract/graphemes'

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
const reference = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment)

describe('graphemes', () => {
  it.each([
    ['family', '👨‍👩‍👧‍👦', 1],
    ['skin tone', '👍🏽', 1],
    ['two flags and a lone indicator', '🇸🇪🇩🇰🇬', 3],
    ['keycap', '1️⃣', 1],
    ['accents as combining marks', 'e\u0301\u0302a', 2],
    ['a subdivision flag (tag characters)', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 1],
    ['CR LF and a lone LF', '\r\n\n', 2],
    ['Hangul syllables and jamo', '한국\u1100\u1161\u11a8', 3],
    ['a Devanagari conjunct', 'नमस्ते', 3],
    ['heart on fire', '❤️‍🔥', 1],
    ['people holding hands, two skin tones', '🧑🏿‍🤝‍🧑🏻', 1],
    ['a ZWJ between letters', 'a\u200db', 2],
    ['Swedish and Danish letters', 'Åsa Ærø', 7]
  ])('%s', (_name, text, count) => {
    expect(graphemes(text)).toEqual(reference(text))
    expect(graphemeCount(text)).toBe(count)
  })

  // What people type: letters, accents, emoji and their joiners, flags, Hangul, Indic and Arabic marks, line breaks.
  const pieces = [
    'a',
    'Z',
    ' ',
    '.',
    'å',
    'Ø',
    '\u0301',
    '\u0308',
    '\u20e3',
    '\ufe0f',
    '\ufe0e',
    '\u200d',
    '\u200c',
    '\r',
    '\n',
    '\t',
    '👍',
    '🏽',
    '🏿',
    '👩',
    '❤',
    '🔥',
    '🤝',
    '🇸',
    '🇪',
    '🇩',
    '🏴',
    '\u{e0067}',
    '\u{e007f}',
    '한',
    '\u1100',
    '\u1161',
    '\u11a8',
    'न',
    'स',
    '\u094d',
    'त',
    '\u0947',
    'ि',
    'ก',
    '\u0e31',
    'م',
    '\u064e',
    '\u05b0',
    '字',
    '\u00ad'
  ]
  const typed = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''))

  it('splits any such text as Intl.Segmenter does', () => {
    fc.assert(
      fc.property(typed, (text) => {
        expect(graphemes(text)).toEqual(reference(text))
      }),
      { numRuns: 3000 }
    )
  })

  it('cuts a text only between characters', () => {
    fc.assert(
      fc.property(typed, fc.nat(30), (text, max) => {
        const cut = firstGraphemes(text, max)
        const all = reference(text)
        expect(cut).toBe(all.slice(0, max).join(''))
        expect(graphemes(text, max + 1)).toEqual(all.slice(0, max + 1))
      })
    )
  })
})
