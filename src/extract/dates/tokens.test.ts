import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keyFunction, tokenize } from './tokens.js'

/** The token boundaries as the grammar defines them: digit runs (ASCII, or the BMP's others), letter runs, single other code points. */
const byRegex = (text: string) => [...text.matchAll(/[0-9]+|(?:(?![0-9])[\u0080-\uffff](?<=\p{Nd}))+|[\p{L}\p{M}]+|\S/gu)].map((m) => [m.index, m.index + m[0].length])
const spans = (text: string) => tokenize(text, keyFunction('full')).map((t) => [t.start, t.end])

describe('date tokens', () => {
  it('cuts digits, words and single marks, with keys and spacing', () => {
    const tokens = tokenize('Ngày 09/11/2024,\n  le 1er mars — 𝒜x 😀', keyFunction('full'))
    expect(tokens.map((t) => [t.text, t.kind, t.key])).toEqual([
      ['Ngày', 'word', 'ngay'], ['09', 'num', '9'], ['/', 'punct', '/'], ['11', 'num', '11'], ['/', 'punct', '/'], ['2024', 'num', '2024'],
      [',', 'punct', ','], ['le', 'word', 'le'], ['1', 'num', '1'], ['er', 'word', 'er'], ['mars', 'word', 'mars'], ['—', 'punct', '-'],
      ['𝒜x', 'word', '𝒜x'], ['😀', 'punct', '😀'],
    ])
    expect(tokens.map((t) => t.spaced)).toEqual([true, true, false, false, false, false, false, true, true, false, true, true, true, true])
    expect(tokens.find((t) => t.text === 'le')?.newline).toBe(true)
  })

  it('reads digits of any script as numbers, keyed in ASCII digits', () => {
    const tokens = tokenize('١٠/٠٩/٢٠٢٠ ۱۴۰۲ १२ 𝟏', keyFunction('full'))
    expect(tokens.map((t) => [t.text, t.kind, t.key])).toEqual([
      ['١٠', 'num', '10'], ['/', 'punct', '/'], ['٠٩', 'num', '9'], ['/', 'punct', '/'], ['٢٠٢٠', 'num', '2020'], ['۱۴۰۲', 'num', '1402'], ['१२', 'num', '12'],
      // (a mathematical digit outside the BMP is a sign, as before)
      ['𝟏', 'punct', '𝟏'],
    ])
  })

  it('finds the same tokens as the grammar regex on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
      expect(spans(text)).toEqual(byRegex(text))
    }), { numRuns: 500 })
  })
})
