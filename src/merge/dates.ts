/**
 * Day intervals. A partial date stands for every day it could be: '2023-05'
 * is 1–31 May, '2023' the whole year. Two mentions can be one event only if
 * their intervals meet, which is what "compatible at their precision" means.
 * Days are ISO strings ('2023-05-01'), so they compare as strings.
 */
import type { PartialDate, Precision } from '../core/doc.js'

export interface DayInterval {
  readonly lo: string
  readonly hi: string
}

const DAY_MS = 86_400_000

function toMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function addDays(day: string, days: number): string {
  return fromMs(toMs(day) + days * DAY_MS)
}

/** Days from lo to hi, both counted: a single day is 1. */
export function spanDays(i: DayInterval): number {
  return Math.round((toMs(i.hi) - toMs(i.lo)) / DAY_MS) + 1
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The interval a partial date covers; null for a value that is not YYYY[-MM[-DD]]. */
export function intervalOf(date: PartialDate): DayInterval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.value)
  if (!m) return null
  const year = Number(m[1])
  if (m[3] && m[2]) return { lo: `${m[1]}-${m[2]}-${m[3]}`, hi: `${m[1]}-${m[2]}-${m[3]}` }
  if (m[2]) {
    const last = String(lastDayOfMonth(year, Number(m[2]))).padStart(2, '0')
    return { lo: `${m[1]}-${m[2]}-01`, hi: `${m[1]}-${m[2]}-${last}` }
  }
  return { lo: `${m[1]}-01-01`, hi: `${m[1]}-12-31` }
}

/** The precision a value actually has (the shape of the string is the authority). */
export function precisionOf(value: string): Precision {
  return value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year'
}

export function intersect(a: DayInterval, b: DayInterval): DayInterval | null {
  const lo = a.lo > b.lo ? a.lo : b.lo
  const hi = a.hi < b.hi ? a.hi : b.hi
  return lo <= hi ? { lo, hi } : null
}

/** Longer than this, an interval is "year-level" evidence: indexed by year, trusted less. */
export const MONTH_LEVEL_DAYS = 62
