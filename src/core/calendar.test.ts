import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysInMonth, isLeap, isValidDay, partsOf, spanOf, toPartial, truncate, weekdayOf } from './calendar.js'

describe('calendar', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeap)).toEqual([false, true, false, true, false])
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2023, 2)).toBe(28)
    expect(daysInMonth(2023, 4)).toBe(30)
    expect(isValidDay(2023, 2, 29)).toBe(false)
    expect(isValidDay(2023, 2, 31)).toBe(false)
    expect(isValidDay(2024, 2, 29)).toBe(true)
  })

  it('computes weekdays (Monday = 1) and day arithmetic across months and years', () => {
    expect(weekdayOf({ y: 2023, m: 5, d: 1 })).toBe(1)
    expect(weekdayOf({ y: 2020, m: 11, d: 10 })).toBe(2)
    expect(weekdayOf({ y: 2025, m: 8, d: 10 })).toBe(7)
    expect(addDays({ y: 2024, m: 3, d: 1 }, -1)).toEqual({ y: 2024, m: 2, d: 29 })
    expect(addDays({ y: 2023, m: 12, d: 31 }, 1)).toEqual({ y: 2024, m: 1, d: 1 })
    expect(addMonths(2024, 1, -1)).toEqual({ y: 2023, m: 12 })
    expect(addMonths(2024, 11, 3)).toEqual({ y: 2025, m: 2 })
  })

  it('builds and reads partial dates at their precision', () => {
    expect(toPartial({ year: 2023, month: 5, day: 1 })).toEqual({ value: '2023-05-01', precision: 'day' })
    expect(toPartial({ year: 2023, month: 5, day: null })).toEqual({ value: '2023-05', precision: 'month' })
    expect(toPartial({ year: 2023, month: null, day: null })).toEqual({ value: '2023', precision: 'year' })
    expect(toPartial({ year: null, month: 5, day: 1 })).toBeNull()
    expect(partsOf({ value: '2023-05', precision: 'month' })).toEqual({ year: 2023, month: 5, day: null })
    const may = spanOf({ value: '2023-05', precision: 'month' })
    expect(may.last - may.first).toBe(30)
    expect(truncate({ value: '2023-05-14', precision: 'day' }, 'month')).toEqual({ value: '2023-05', precision: 'month' })
    expect(truncate({ value: '2023', precision: 'year' }, 'day')).toEqual({ value: '2023', precision: 'year' })
  })
})
