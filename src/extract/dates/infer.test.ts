import { describe, expect, it } from 'vitest'
import { analyse, valueOf } from './testkit.js'

describe('document date', () => {
  it('comes from metadata when given, not inferred', () => {
    const r = analyse('The talks on May 14, 2023 in Brussels ended.', 'en', '2023-07-02T08:00:00Z')
    expect(r.published).toEqual({ value: '2023-07-02', precision: 'day', inferred: false })
  })

  it('falls back to the text when the metadata cannot be read', () => {
    const r = analyse('8 August 2025 11:26 (UTC+04:00)\n\nThe declaration was signed on August 8.', 'en', 'sometime')
    expect(r.published).toEqual({ value: '2025-08-08', precision: 'day', inferred: true })
  })

  it('takes a dateline on one of the first lines', () => {
    const r = analyse('8 August 2025 11:26 (UTC+04:00)\n\nThe leaders will sign the declaration on August 8. Talks began in 2023.', 'en', null)
    expect(r.published).toEqual({ value: '2025-08-08', precision: 'day', inferred: true })
    expect(valueOf(r, 'August 8')).toBe('2025-08-08')
  })

  it('takes the latest stated day or month, then a yearless day a few months after it', () => {
    const r = analyse(
      'The leaders signed a declaration on August 8 in Washington. Talks began in 2023. The text was finalized in March 2025, but a July meeting produced nothing.',
      'en',
      null,
    )
    expect(r.published).toEqual({ value: '2025-08-08', precision: 'day', inferred: true })
    expect(valueOf(r, 'July')).toBe('2025-07')
    expect(valueOf(r, 'August 8')).toBe('2025-08-08')
  })

  it('uses a weekday to place a yearless date, and ignores a month-only date as evidence', () => {
    // 1 May was a Monday in 2023 (and 2017): the one nearest the latest year stated (2020) and later wins
    const r = analyse('The ministers met on Monday, May 1. The blockade began in December. It followed the 2020 war.', 'en', null)
    expect(r.published).toEqual({ value: '2023-05-01', precision: 'day', inferred: true })
    expect(valueOf(r, 'December')).toBe('2022-12')
  })

  it('prefers month precision when the latest evidence is a month', () => {
    const r = analyse('Leaders met on May 14, 2023. In late May 2023, Pashinyan spoke. Last year, talks began.', 'en', null)
    expect(r.published).toEqual({ value: '2023-05', precision: 'month', inferred: true })
    expect(valueOf(r, 'Last year')).toBe('2022')
  })

  it('does not infer from years alone, nor from dates far older than the latest year named', () => {
    expect(analyse('Talks began in 2023 and could end in 2024. They met on Dec 8.', 'en', null).published).toBeNull()
    expect(analyse('The offensive of 31/01/1968 is remembered. Elections 2026 come. Ngày 1/3 họp.', 'vi', null).published).toBeNull()
    expect(analyse('Nothing dated here at all.', 'en', null).published).toBeNull()
  })

  it('takes "today" with a yearless date in the latest year the text names', () => {
    const ru = analyse('В 2025 году переговоры возобновились. Сегодня, 8 августа, лидеры встретились в Вашингтоне.', 'ru', null)
    expect(ru.published).toEqual({ value: '2025-08-08', precision: 'day', inferred: true })
    const vi = analyse('Năm 2025 là năm quan trọng. Hôm nay (8/8), hai nhà lãnh đạo ký tuyên bố. Hôm qua họ đến Washington.', 'vi', null)
    expect(vi.published).toEqual({ value: '2025-08-08', precision: 'day', inferred: true })
    expect(valueOf(vi, 'Hôm qua')).toBe('2025-08-07')
  })

  it('takes "today" next to a date as the report day', () => {
    const r = analyse('The ceasefire of 10 November 2020 was recalled. Today, 12 December 2023, prisoners were freed.', 'en', null)
    expect(r.published).toEqual({ value: '2023-12-12', precision: 'day', inferred: true })
  })
})
