import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eldLanguages, eldScores } from './eld.js'

interface Eld {
  detect(text: string): { language: string; getScores(): Record<string, number> }
  enableTextCleanup(flag: boolean): void
}

// The reference: eld's own detector, configured as Parley used it.
const require = createRequire(import.meta.url)
const mod = require(fileURLToPath(import.meta.resolve('eld/small'))) as { eld: Eld & { newInstance(): Eld } }
const reference = mod.eld.newInstance()
reference.enableTextCleanup(true)

function expected(text: string): { language: string; scores: [string, number][] } | null {
  const r = reference.detect(text)
  return r.language === '' ? null : { language: r.language, scores: Object.entries(r.getScores()) }
}

const SAMPLES = [
  'The foreign ministers met in Geneva on Tuesday to discuss the border commission.',
  'Les deux délégations se sont retrouvées à Bruxelles pour une nouvelle série de pourparlers.',
  'Die Delegationen trafen sich in Wien, um über die Grenzziehung zu verhandeln.',
  'Министры иностранных дел встретились в Алматы для обсуждения мирного договора.',
  'Hai bên đã nhất trí tiếp tục đàm phán về việc phân định biên giới.',
  'Dışişleri bakanları barış anlaşmasını görüşmek üzere Cenevre’de bir araya geldi.',
  'Xarici işlər nazirləri sülh müqaviləsini müzakirə etmək üçün görüşüblər.',
  'Արտգործնախարարները հանդիպեցին խաղաղության պայմանագիրը քննարկելու համար։',
  'საგარეო საქმეთა მინისტრები შეხვდნენ ერთმანეთს.',
  'See https://example.org/news or mail press@example.com, code A12B, 2024-05-01.',
  '😀 emoji 🇦🇲 and a lone \ud83d surrogate, plus ok',
  '',
  '12345 67890',
  'a'.repeat(90) + ' ' + 'é'.repeat(50) + ' short',
  // words around eld's 70-byte cut, whose last n-gram runs past it
  ['b'.repeat(70), 'c'.repeat(71), 'd'.repeat(72), 'ж'.repeat(36), 'e'.repeat(69) + 'é'].join(' '),
]

describe('eldScores', () => {
  it('gives exactly what eld gives on sentences in many scripts', () => {
    for (const text of SAMPLES) expect(eldScores(text)).toEqual(expected(text))
    // long texts are cut the same way (first 1000 characters, then ~350 bytes)
    const long = SAMPLES.slice(0, 9).join(' ').repeat(4)
    expect(eldScores(long)).toEqual(expected(long))
  })

  it('gives exactly what eld gives on arbitrary strings', () => {
    const pieces = fc.constantFrom(...SAMPLES.flatMap((s) => s.split(/(\s+)/)), ' ', '.', "'", '-', '’', 'www.x.com/y', '9')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')), (text) => {
        expect(eldScores(text)).toEqual(expected(text))
      }),
      { numRuns: 200 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(eldScores(text)).toEqual(expected(text))
      }),
      { numRuns: 300 },
    )
  })

  it('knows eld’s languages', () => {
    expect(eldLanguages().has('hy')).toBe(true)
    expect(eldLanguages().size).toBe(60)
  })
})
