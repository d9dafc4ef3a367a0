import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyseDates } from './index.js'
import { sentencesOf } from './testkit.js'

// Pieces of date expressions in every language, mixed with noise, to stress the scanner.
const PIECES = [
  'May 14, 2023', 'on Monday, May 1', 'late September 2020', 'last year', 'November 9-10, 2020', '10/11/2020', 'the 1990s',
  'ngày 29/2', '28 và 29/2', 'năm ngoái', 'cuối tháng 5 năm nay', 'từ năm 1992 đến 1994', '15 tháng XNUMX', 'hôm thứ Hai',
  '19 сентября', 'в конце мая', '10 ноября 2020 года', 'в 1990-х годах', 'le 1er mai', "l'année dernière", 'du 10 au 12 mai',
  'am 29. Februar', 'im Dezember vergangenen Jahres', '10 Kasım 2020', "31 Ağustos'ta", '2020-ci il 10 noyabr', 'aprelin 22-də',
  '2020 թ. նոյեմբերի 10-ին', 'օգոստոսի 8-ին', 'the next day', '2023-05-14', '31 February 2024', 'Ngày', '/', '-', ',', '.',
  '1994', '29', 'Dezember', 'XNUMX', "'", '’', 'г.', 'թ.', '-ci', 'and', 'between', 'à', 'до',
]
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.constantFrom(' ', '\n', '  '))
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '))
const language = fc.constantFrom('en', 'vi', 'ru', 'fr', 'de', 'tr', 'az', 'hy', 'und')
const published = fc.oneof(fc.constant(null), fc.constantFrom('2024-03-01', '2023-07', '2020', 'Tue, 01 Aug 2023 10:00:00 GMT'), fc.string({ maxLength: 12 }))
const VALUE = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }

describe('every mention', () => {
  it('quotes exactly the text it spans, in order, without overlap, with well-formed values', () => {
    fc.assert(
      fc.property(text, language, published, (t, lang, pub) => {
        const unit = { text: t, language: lang, sentences: sentencesOf(t) }
        const { dates } = analyseDates(unit, pub)
        let last = 0
        for (const d of dates) {
          expect(d.text).toBe(t.slice(d.start, d.end))
          expect(d.start).toBeGreaterThanOrEqual(last)
          expect(d.end).toBeGreaterThan(d.start)
          last = d.end
          for (const v of [d.date, d.until]) if (v) expect(v.value).toMatch(VALUE[v.precision])
          if (d.date && d.until) expect(d.until.value.slice(0, 4) >= d.date.value.slice(0, 4)).toBe(true)
        }
      }),
      { numRuns: 400 },
    )
  })
})
