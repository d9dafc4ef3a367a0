import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classRuns, countClass } from './char-class.js'

const byRegex = (text: string, source: string) => [...text.matchAll(new RegExp(source, 'gu'))].length

describe('countClass', () => {
  it('counts code points as a /u regex does, astral letters and lone surrogates included', () => {
    const text = 'Ереван, Yerevan, Երևան 𝒜𝒷 😀 \ud83d x\udc00 ١٢٣'
    for (const source of ['\\p{L}', '\\p{Script=Cyrl}', '\\p{Script=Armn}', '\\p{Script=Latn}', '\\p{N}']) {
      expect(countClass(text, source)).toBe(byRegex(text, source))
    }
  })

  it('agrees with the regex on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        expect(countClass(text, '\\p{L}')).toBe(byRegex(text, '\\p{L}'))
      }),
      { numRuns: 300 },
    )
  })
})

describe('classRuns', () => {
  const WORD = '[\\p{L}\\p{M}\\p{N}]'
  const byRegex = (text: string, from: number, to: number) =>
    [...text.slice(from, to).matchAll(new RegExp(`${WORD}+`, 'gu'))].flatMap((m) => [from + m.index, from + m.index + m[0].length])

  it('finds the words a /u regex finds, with offsets into the whole text', () => {
    const text = 'Paşinyan və Əliyev, 10-11 noyabrda; Ереван — Երևան 𝒜𝒷c 😀x ١٢٣'
    expect(classRuns(text, WORD)).toEqual(byRegex(text, 0, text.length))
    expect(classRuns(text, WORD, 3, 30)).toEqual(byRegex(text, 3, 30))
    expect(classRuns('', WORD)).toEqual([])
  })

  it('agrees with the regex on arbitrary strings and windows, split pairs included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(60), fc.nat(60), (text, a, b) => {
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)]
        expect(classRuns(text, WORD, from, to)).toEqual(byRegex(text, from, to))
      }),
      { numRuns: 500 },
    )
  })
})
