/**
 * Resolving relative expressions ("yesterday", "last year", "on Monday",
 * "two weeks ago", "last December") against an anchor: the document date, or
 * for "the next day" the date mentioned just before. Weekdays and months
 * look back: "on Monday" in a report is the latest Monday on or before the
 * anchor. An anchor coarser than the unit needs gives the anchor itself,
 * flagged 'coarse-anchor', rather than a guessed day.
 */
import type { PartialDate } from '../../core/doc.js'
import type { RelAtom } from './atoms.js'
import { addDays, addMonths, dayDate, partsOf, weekdayOf, type Ymd } from '../../core/calendar.js'

export interface Outcome {
  readonly date: PartialDate | null
  readonly until: PartialDate | null
  readonly flags: readonly string[]
}

const SATURDAY = 6

function ymdOf(date: PartialDate): Ymd {
  const p = partsOf(date)
  return { y: p.year ?? 0, m: p.month ?? 1, d: p.day ?? 1 }
}

const coarse = (base: PartialDate): Outcome => ({ date: base, until: null, flags: ['coarse-anchor'] })
const point = (ymd: Ymd, flags: readonly string[] = []): Outcome => ({ date: dayDate(ymd), until: null, flags })
const span = (first: Ymd, days: number): Outcome => ({ date: dayDate(first), until: dayDate(addDays(first, days)), flags: [] })

/** A whole week (Monday–Sunday), one day of it ("thứ Hai tuần trước"), or a point n weeks away. */
function weekOf(b: Ymd, a: RelAtom): Outcome {
  if (a.counted) return point(addDays(b, 7 * a.offset), ['approximate'])
  const monday = addDays(b, 1 - weekdayOf(b) + 7 * a.offset)
  return a.weekday === null ? span(monday, 6) : point(addDays(monday, a.weekday - 1))
}

/** The weekend (Saturday–Sunday) on or before the anchor; offset -1 skips one the anchor falls in. */
function weekendOf(b: Ymd, offset: number): Outcome {
  const wd = weekdayOf(b)
  if (offset > 0) return span(addDays(b, (SATURDAY - wd + 7) % 7 || 7), 1)
  const back = (wd - SATURDAY + 7) % 7
  return span(addDays(b, -back - (offset < 0 && back <= 1 ? 7 : 0)), 1)
}

/** Offset 0: on or before the anchor; -1 strictly before; +1 strictly after. */
function weekdayNear(b: Ymd, weekday: number, offset: number): Outcome {
  const wd = weekdayOf(b)
  if (offset > 0) return point(addDays(b, (weekday - wd + 7) % 7 || 7))
  const back = (wd - weekday + 7) % 7
  return point(addDays(b, -(offset < 0 ? back || 7 : back)))
}

/** The end of "Monday to Wednesday": the first such weekday after the start. */
function weekdayRange(start: Outcome, a: RelAtom): Outcome {
  if (a.toWeekday === null || !start.date) return start
  const first = ymdOf(start.date)
  const days = (a.toWeekday - weekdayOf(first) + 7) % 7 || 7
  return { ...start, until: dayDate(addDays(first, days)) }
}

function monthName(base: PartialDate, month: number, offset: number): Outcome {
  const b = ymdOf(base)
  const value = (y: number): string => `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}`
  if (base.precision === 'year') {
    return { date: { value: value(offset < 0 ? b.y - 1 : b.y), precision: 'month' }, until: null, flags: ['coarse-anchor'] }
  }
  let y = b.y
  if (offset < 0 && month >= b.m) y--
  if (offset > 0 && month <= b.m) y++
  return { date: { value: value(y), precision: 'month' }, until: null, flags: [] }
}

function monthsFrom(base: PartialDate, offset: number): Outcome {
  if (base.precision === 'year') return coarse(base)
  const b = ymdOf(base)
  const { y, m } = addMonths(b.y, b.m, offset)
  return { date: { value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`, precision: 'month' }, until: null, flags: [] }
}

function yearsFrom(base: PartialDate, offset: number): Outcome {
  const y = ymdOf(base).y + offset
  return { date: { value: String(y).padStart(4, '0'), precision: 'year' }, until: null, flags: [] }
}

/** The date a relative expression names, counted from `base`. */
export function resolveRelative(a: RelAtom, base: PartialDate): Outcome {
  switch (a.unit) {
    case 'year':
      return yearsFrom(base, a.offset)
    case 'month':
      return monthsFrom(base, a.offset)
    case 'monthname':
      return monthName(base, a.month ?? 1, a.offset)
    default:
      break
  }
  if (base.precision !== 'day') return coarse(base)
  const b = ymdOf(base)
  switch (a.unit) {
    case 'day':
      return point(addDays(b, a.offset))
    case 'week':
      return weekOf(b, a)
    case 'weekend':
      return weekendOf(b, a.offset)
    default:
      return weekdayRange(weekdayNear(b, a.weekday ?? 1, a.offset), a)
  }
}
