import { describe, expect, it } from 'vitest'
import { analyseDates } from './index.js'
import { analyse, mention, sentencesOf, valueOf } from './testkit.js'

describe('"since" marks the start of a state, in every language', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'The road has stayed closed since December 2022.', 'since December 2022', '2022-12'],
    ['vi', 'Armenia đã công nhận chủ quyền của Azerbaijan kể từ năm 1991.', 'kể từ năm 1991', '1991'],
    ['fr', 'Les combats ont repris depuis le 27 septembre 2020.', 'depuis le 27 septembre 2020', '2020-09-27'],
    ['de', 'Seit 1994 laufen Verhandlungen ohne Ergebnis.', 'Seit 1994', '1994'],
    ['ru', 'Начиная с 2022 года стороны ведут переговоры.', 'Начиная с 2022 года', '2022'],
    ['tr', "1991'den beri süren anlaşmazlık çözülmedi.", "1991'den beri", '1991'],
    ['az', '2020-ci ildən bəri danışıqlar davam edir.', '2020-ci ildən bəri', '2020'],
  ]
  it.each(cases)('%s: %s', (language, text, surface, value) => {
    const m = mention(analyse(text, language, '2024-06-01'), surface)
    expect(m.date?.value).toBe(value)
    expect(m.flags).toContain('since')
  })

  it('leaves a range opener a range ("du 1er au 3 mai 2024") and flags nothing', () => {
    const m = mention(analyse('Les pourparlers ont lieu du 1er au 3 mai 2024.', 'fr', null), 'du 1er au 3 mai 2024')
    expect([m.date?.value, m.until?.value, m.flags]).toEqual(['2024-05-01', '2024-05-03', []])
  })

  it('keeps a plain date unflagged', () => {
    expect(mention(analyse('They met on 2 June 2025.', 'en', null), '2 June 2025').flags).toEqual([])
  })
})

describe('yearless days placed by the document date are flagged as such', () => {
  it('flags "ngày 29/2" read in the document year, not a stated year', () => {
    const r = analyse('Hai ngoại trưởng gặp nhau ngày 29/2 tại Berlin. Năm 2023 họ đã gặp nhau.', 'vi', '2024-03-01')
    expect(mention(r, 'ngày 29/2').flags).toContain('year-from-document')
    expect(mention(r, 'Năm 2023').flags).not.toContain('year-from-document')
  })
})

describe('known events as evidence of the document date', () => {
  const text = 'Bộ Ngoại giao Đức ngày 1/3 thông báo hai bên sẽ tiếp tục đàm phán. Trước đó, ngày 29/2, hai bộ trưởng gặp nhau.'
  const unit = { text, language: 'vi', sentences: sentencesOf(text) }

  it('leaves a text with no year undated on its own', () => {
    const r = analyseDates(unit, null)
    expect(r.published).toBeNull()
    expect(r.dates.every((d) => d.date === null)).toBe(true)
  })

  it('dates it from a known event, then moves to a yearless day a little later', () => {
    const r = analyseDates(unit, null, [{ value: '2024-02-28', precision: 'day' }])
    expect(r.published).toEqual({ value: '2024-03-01', precision: 'day', inferred: true })
    expect(r.dates.map((d) => d.date?.value)).toEqual(['2024-03-01', '2024-02-29'])
  })

  it('never overrides metadata', () => {
    const r = analyseDates(unit, '2024-03-02', [{ value: '2020-11-10', precision: 'day' }])
    expect(r.published).toEqual({ value: '2024-03-02', precision: 'day', inferred: false })
  })

  it('gives a leap day only in a leap year: a known event of 2023 would put 29/2 in 2020', () => {
    const r = analyseDates(unit, null, [{ value: '2023-05-10', precision: 'day' }])
    expect(mention(r, 'ngày 29/2').date?.value).toBe('2020-02-29')
  })
})

describe('a bare weekday moves an inferred date forward within its week', () => {
  it('"publié lundi" after a signing on Friday 8 August 2025 is Monday 11 August', () => {
    const r = analyse("L'accord a été signé le 8 août 2025 à Washington. Le texte a été publié lundi.", 'fr', null)
    expect(r.published).toEqual({ value: '2025-08-11', precision: 'day', inferred: true })
    expect(valueOf(r, 'lundi')).toBe('2025-08-11')
  })

  it('keeps the day when the weekday is that day ("am Dienstag", Tuesday 19 September 2023)', () => {
    const r = analyse('Am 19. September 2023 begann die Offensive. Am Dienstag wurden Stellungen angegriffen.', 'de', null)
    expect(r.published?.value).toBe('2023-09-19')
  })
})
