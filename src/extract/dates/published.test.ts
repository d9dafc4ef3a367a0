import { describe, expect, it } from 'vitest'
import { grammarFor } from './grammar.js'
import { parsePublished } from './published.js'

const en = [grammarFor('en')]
const vi = [grammarFor('vi'), grammarFor('en')]
const ru = [grammarFor('ru'), grammarFor('en')]

describe('parsePublished', () => {
  it('reads ISO 8601 at the precision given, ignoring time and offset', () => {
    expect(parsePublished('2023-08-01T23:30:00-05:00', en)).toEqual({ value: '2023-08-01', precision: 'day' })
    expect(parsePublished('2023-08-01', en)).toEqual({ value: '2023-08-01', precision: 'day' })
    expect(parsePublished('2023-07', en)).toEqual({ value: '2023-07', precision: 'month' })
    expect(parsePublished(' 2023 ', en)).toEqual({ value: '2023', precision: 'year' })
    expect(parsePublished('20240229', en)).toEqual({ value: '2024-02-29', precision: 'day' })
  })

  it('reads feed dates (RFC 822) and spelled-out dates', () => {
    expect(parsePublished('Tue, 01 Aug 2023 10:00:00 GMT', en)).toEqual({ value: '2023-08-01', precision: 'day' })
    expect(parsePublished('August 8, 2025', en)).toEqual({ value: '2025-08-08', precision: 'day' })
    expect(parsePublished('8 августа 2025 г.', ru)).toEqual({ value: '2025-08-08', precision: 'day' })
    expect(parsePublished('Thứ Sáu, 08/08/2025 14:30 (GMT+7)', vi)).toEqual({ value: '2025-08-08', precision: 'day' })
  })

  it('reads numeric dates in the order of the document language', () => {
    expect(parsePublished('09/08/2025', vi)).toEqual({ value: '2025-08-09', precision: 'day' })
    expect(parsePublished('09/08/2025', en)).toEqual({ value: '2025-09-08', precision: 'day' })
    expect(parsePublished('25/08/2025', en)).toEqual({ value: '2025-08-25', precision: 'day' })
  })

  it('reads epoch seconds and milliseconds', () => {
    expect(parsePublished('1690884000', en)).toEqual({ value: '2023-08-01', precision: 'day' })
    expect(parsePublished('1690884000000', en)).toEqual({ value: '2023-08-01', precision: 'day' })
  })

  it('returns null for nothing, garbage and impossible dates', () => {
    expect(parsePublished(null, en)).toBeNull()
    expect(parsePublished('   ', en)).toBeNull()
    expect(parsePublished('unknown', en)).toBeNull()
    expect(parsePublished('2023-02-30', en)).toBeNull()
    expect(parsePublished('2023-13', en)).toBeNull()
  })
})
