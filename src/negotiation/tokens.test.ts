import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldingOf, foldWord, tokenize } from './tokens.js'

// Words in several scripts, decomposed and precomposed marks, Hangul jamo, astral letters, dotted İ.
const PIECES = [
  'Ermənistan', 'İstanbul', 'ISTANBUL', 'Hoà', 'hoà', 'Thỏa', 'thuận', 'Ереван', 'ёлка', 'Հայաստան', 'և', 'Straße', 'Genève',
  'e\u0301', 'A\u030a', '\u0301', '\u0307', '\u1100\u1161', '\uac00\u11a8', '𝐀', '\ud83d', '2024', '٣', ' ', ', ', '-', "'", '’', '\n',
]

describe('tokenize', () => {
  it('folds every word as foldWord folds it alone', () => {
    const languages = ['en', 'vi', 'tr', 'hy', 'ru', 'de']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.constantFrom(...languages), (parts, language) => {
        const folding = foldingOf(language, language === 'vi' ? { oà: 'òa' } : {})
        const text = parts.join('')
        for (const t of tokenize(text, folding)) expect(t.norm).toBe(foldWord(text.slice(t.start, t.end), folding))
      }),
      { numRuns: 2000, seed: 17 },
    )
  })

  it('keeps offsets into the whole text for a slice of it', () => {
    const folding = foldingOf('en')
    const text = 'Baku said. Yerevan AGREED to talks.'
    expect(tokenize(text, folding, 11, text.length).map((t) => [t.norm, t.start, t.end])).toEqual([
      ['yerevan', 11, 18], ['agreed', 19, 25], ['to', 26, 28], ['talks', 29, 34],
    ])
  })
})
