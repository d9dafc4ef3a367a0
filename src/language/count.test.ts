import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countClass } from './count.js'

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
