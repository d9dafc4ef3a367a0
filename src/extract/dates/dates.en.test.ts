import { describe, expect, it } from 'vitest'
import { analyse, mention, table, valueOf } from './testkit.js'

describe('English dates', () => {
  it('reads full, partial and named dates', () => {
    const r = analyse(
      'The leaders met in Brussels on May 14, 2023. Talks resumed on 10 November 2020 in Moscow. ' +
        'The ministers met again on April 29. A ceasefire was signed on the night of September 13, 2022.',
      'en',
      '2023-06-02',
    )
    expect(table(r)).toEqual([
      ['May 14, 2023', '2023-05-14', null],
      ['10 November 2020', '2020-11-10', null],
      ['April 29', '2023-04-29', null],
      ['September 13, 2022', '2022-09-13', null],
    ])
    expect(mention(r, 'April 29').relative).toBe(true)
    expect(mention(r, 'May 14, 2023').relative).toBe(false)
  })

  it('keeps month precision for early/mid/late and month-year forms', () => {
    const r = analyse('In late September 2020, fighting resumed. By mid-March 2021 it was calm. In December 2022 the road closed.', 'en', '2023-09-19')
    expect(mention(r, 'late September 2020').date).toEqual({ value: '2020-09', precision: 'month' })
    expect(mention(r, 'late September 2020').flags).toContain('late')
    expect(valueOf(r, 'mid-March 2021')).toBe('2021-03')
    expect(valueOf(r, 'December 2022')).toBe('2022-12')
  })

  it('reads years, ranges and decades', () => {
    const r = analyse(
      'The war ended in 1994. Fighting broke out again in 2020. Talks were held on November 9-10, 2020. ' +
        'Between 1992 and 1994 about 30,000 died. Villages were taken in the 1990s.',
      'en',
      '2023-01-10',
    )
    expect(valueOf(r, '1994')).toBe('1994')
    expect(valueOf(r, '2020')).toBe('2020')
    expect(mention(r, 'November 9-10, 2020').until?.value).toBe('2020-11-10')
    expect(valueOf(r, 'November 9-10, 2020')).toBe('2020-11-09')
    expect(mention(r, 'Between 1992 and 1994').until?.value).toBe('1994')
    expect(mention(r, '1990s').until?.value).toBe('1999')
    expect(mention(r, '1990s').flags).toContain('decade')
    expect(r.dates.some((d) => d.text.includes('30'))).toBe(false)
  })

  it('resolves relative expressions against the document date', () => {
    // 2023-05-03 is a Wednesday
    const r = analyse(
      'Blinken called Pashinyan over the weekend. The ministers met on Monday, May 1. They met again on Monday. ' +
        'Yesterday the talks ended. Last year the talks stalled. More meetings are planned this week.',
      'en',
      '2023-05-03',
    )
    expect(table(r)).toEqual([
      ['over the weekend', '2023-04-29', '2023-04-30'],
      ['Monday, May 1', '2023-05-01', null],
      ['Monday', '2023-05-01', null],
      ['Yesterday', '2023-05-02', null],
      ['Last year', '2022', null],
      ['this week', '2023-05-01', '2023-05-07'],
    ])
  })

  it('takes "on Monday" as the latest Monday on or before the document date', () => {
    // 2024-02-26 is a Monday
    expect(valueOf(analyse('The talks opened on Monday.', 'en', '2024-02-26'), 'Monday')).toBe('2024-02-26')
    expect(valueOf(analyse('The talks opened on Monday.', 'en', '2024-02-28'), 'Monday')).toBe('2024-02-26')
    expect(valueOf(analyse('The talks opened last Monday.', 'en', '2024-02-26'), 'last Monday')).toBe('2024-02-19')
    expect(valueOf(analyse('They will meet next Friday.', 'en', '2024-02-26'), 'next Friday')).toBe('2024-03-01')
  })

  it('rolls the year back: "last December" and "in December" in a January report', () => {
    const r = analyse('Talks broke down last December. The road was closed in December.', 'en', '2024-01-15')
    expect(valueOf(r, 'last December')).toBe('2023-12')
    expect(valueOf(r, 'December')).toBe('2023-12')
  })

  it('counts "the next day" from the date just before', () => {
    const r = analyse('Blinken called Pashinyan on April 29. The next day he called Aliyev. Two weeks ago they met.', 'en', '2023-05-02')
    expect(valueOf(r, 'The next day')).toBe('2023-04-30')
    expect(mention(r, 'Two weeks ago').date?.value).toBe('2023-04-18')
  })

  it('borrows the year of a dated mention just before, when the story moves forward', () => {
    const r = analyse('In late September 2020, hostilities resumed. A ceasefire was agreed on the night of November 10.', 'en', '2023-09-01')
    expect(valueOf(r, 'November 10')).toBe('2020-11-10')
    expect(mention(r, 'November 10').flags).toContain('year-from-context')
    // backwards from the context date: the document date decides
    const back = analyse('The statement of 10 November 2020 was broken when a checkpoint went up on April 23.', 'en', '2023-05-01')
    expect(valueOf(back, 'April 23')).toBe('2023-04-23')
  })

  it('leaves relative expressions unresolved without any anchor', () => {
    const r = analyse('Talks resumed last year. They met on Monday and again on April 29.', 'en', null)
    expect(r.published).toBeNull()
    for (const surface of ['last year', 'Monday', 'April 29']) {
      expect(mention(r, surface).date).toBeNull()
      expect(mention(r, surface).flags).toContain('unresolved-relative')
    }
  })

  it('flags month-first numeric dates that also read day-first', () => {
    const r = analyse('The memo is dated 10/11/2020 and the reply 10/25/2020.', 'en', null)
    expect(valueOf(r, '10/11/2020')).toBe('2020-10-11')
    expect(mention(r, '10/11/2020').flags).toContain('ambiguous-numeric')
    expect(valueOf(r, '10/25/2020')).toBe('2020-10-25')
    expect(mention(r, '10/25/2020').flags).not.toContain('ambiguous-numeric')
    const short = analyse('The talks resumed on 10/11 in Geneva.', 'en', '2022-12-01')
    expect(valueOf(short, 'on 10/11')).toBe('2022-10-11')
    expect(mention(short, 'on 10/11').flags).toContain('ambiguous-numeric')
  })

  it('validates days: leap days exist only in leap years, 31 February never', () => {
    const r = analyse('It was signed on February 29, 2024. Nothing happened on February 31, 2024 or on February 29, 2023.', 'en', null)
    expect(valueOf(r, 'February 29, 2024')).toBe('2024-02-29')
    expect(mention(r, 'February 31, 2024').date).toBeNull()
    expect(mention(r, 'February 31, 2024').flags).toContain('impossible-date')
    expect(mention(r, 'February 29, 2023').flags).toContain('impossible-date')
    const leap = analyse('The ministers met on February 29.', 'en', '2025-03-10')
    expect(valueOf(leap, 'February 29')).toBe('2024-02-29')
  })

  it('does not take verbs, names and quantities for dates', () => {
    const r = analyse('Azerbaijan may sign soon. Protesters march on. COP29 was held in Baku. About 2000 people fled.', 'en', '2024-01-01')
    expect(r.dates).toEqual([])
  })

  it('reads datelines and feed dates with abbreviations', () => {
    const r = analyse('Tue, 01 Aug 2023 10:00:00 GMT\nThe talks went on. Sept. 5 was quiet.', 'en', null)
    expect(valueOf(r, 'Tue, 01 Aug 2023')).toBe('2023-08-01')
    expect(r.published).toEqual({ value: '2023-08-01', precision: 'day', inferred: true })
  })
})
