import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { icuSpans, segmenterSpans } from './icu.js'

// Pieces around every rule the one-sentence shortcut relies on: marks of several scripts,
// closing and opening punctuation, spaces of several kinds, paragraph separators, digits, case.
const PIECES = [
  'Talks resumed', 'in Geneva', 'a', 'B', '2023', 'ու', 'Хорошо', 'ok', '.', '!', '?', '։', '।', '。', '؟', '…', '.)', '."',
  '"', "'", '”', '’', '»', '«', '“', ')', ']', '(', ' ', '  ', '\t', '\u00a0', '\u2028', '\r', '\u0085', '\u200b', '\ufeff',
  '\u0301', 'U.S.', 'St.', '4.5', '🇦🇲', '\ud83d', ',', ';', ':', '-', '·', ';', 'Τι',
]

describe('icuSpans', () => {
  it('gives what Intl.Segmenter gives, with or without the one-sentence shortcut', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.constantFrom('en', 'ru', 'hy', 'ar', 'vi', 'el', 'und'), (parts, language) => {
        const text = parts.join('')
        const chunk = { start: 0, end: text.length, forced: false }
        expect(icuSpans(text, chunk, language)).toEqual(segmenterSpans(text, chunk, text, language))
      }),
      { numRuns: 3000, seed: 29 },
    )
  })

  it('leaves languages with rules of their own to ICU (Greek ends a sentence at ";")', () => {
    const text = 'Τι είναι; Δεν ξέρω'
    const chunk = { start: 0, end: text.length, forced: false }
    expect(icuSpans(text, chunk, 'el')).toEqual([{ start: 0, end: 9 }, { start: 10, end: 18 }])
    expect(icuSpans(text, chunk, 'en')).toEqual([{ start: 0, end: 18 }])
  })

  it('reads a chunk inside a longer text', () => {
    const text = 'Header\nBaku and Yerevan agreed. Talks go on.\nEnd.'
    const chunk = { start: 7, end: 44, forced: false }
    expect(icuSpans(text, chunk, 'en')).toEqual([{ start: 7, end: 31 }, { start: 32, end: 44 }])
    expect(icuSpans(text, { start: 45, end: 49, forced: false }, 'en')).toEqual([{ start: 45, end: 49 }])
  })
})
