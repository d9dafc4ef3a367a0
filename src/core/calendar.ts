/**
 * Proleptic Gregorian arithmetic on plain year/month/day numbers, and the
 * PartialDate strings ('2023-05-14', '2023-05', '2023') built from them.
 * Date objects are used only through Date.UTC, so no time zone or clock is
 * ever involved.
 */
import type { PartialDate, Precision } from './doc.js'

export interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
}

/** A date as far as it is known: month and day may be missing. */
export interface Parts {
  readonly year: number | null
  readonly month: number | null
  readonly day: number | null
}

const DAY_MS = 86_400_000

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** The largest day a month can have in any year (29 for February). */
export function maxDayOf(m: number): number {
  return m === 2 ? 29 : daysInMonth(2001, m)
}

function utc(y: number, m: number, d: number): number {
  const date = new Date(Date.UTC(2000, m - 1, d))
  date.setUTCFullYear(y, m - 1, d) // Date.UTC maps years 0–99 to 19xx
  return date.getTime()
}

/** Day number since 1970-01-01, for comparing and adding. */
export function ordinal(ymd: Ymd): number {
  return Math.round(utc(ymd.y, ymd.m, ymd.d) / DAY_MS)
}

export function fromOrdinal(n: number): Ymd {
  const date = new Date(n * DAY_MS)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

export function addDays(ymd: Ymd, days: number): Ymd {
  return fromOrdinal(ordinal(ymd) + days)
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(ymd: Ymd): number {
  const js = new Date(utc(ymd.y, ymd.m, ymd.d)).getUTCDay()
  return js === 0 ? 7 : js
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Whether `a` falls later in the year than `b` (by month, then day; missing parts count as 0). */
export function laterInYear(a: Parts, b: Parts): boolean {
  return (a.month ?? 0) * 100 + (a.day ?? 0) > (b.month ?? 0) * 100 + (b.day ?? 0)
}

export function precisionOf(parts: Parts): Precision | null {
  if (parts.year === null) return null
  if (parts.month === null) return 'year'
  return parts.day === null ? 'month' : 'day'
}

/** The PartialDate for what `parts` say, or null when the year is unknown. */
export function toPartial(parts: Parts): PartialDate | null {
  const precision = precisionOf(parts)
  if (precision === null || parts.year === null) return null
  let value = pad(parts.year, 4)
  if (parts.month !== null) value += `-${pad(parts.month)}`
  if (parts.month !== null && parts.day !== null) value += `-${pad(parts.day)}`
  return { value, precision }
}

export function dayDate(ymd: Ymd): PartialDate {
  return { value: `${pad(ymd.y, 4)}-${pad(ymd.m)}-${pad(ymd.d)}`, precision: 'day' }
}

/** Read a PartialDate back into numbers. */
export function partsOf(date: PartialDate): Parts {
  const [y, m, d] = date.value.split('-').map(Number)
  return {
    year: y ?? null,
    month: date.precision === 'year' ? null : (m ?? null),
    day: date.precision === 'day' ? (d ?? null) : null,
  }
}

/** First and last day a PartialDate covers, as ordinals. */
export function spanOf(date: PartialDate): { first: number; last: number } {
  const p = partsOf(date)
  const y = p.year ?? 0
  if (p.month === null) return { first: ordinal({ y, m: 1, d: 1 }), last: ordinal({ y, m: 12, d: 31 }) }
  if (p.day === null) {
    return { first: ordinal({ y, m: p.month, d: 1 }), last: ordinal({ y, m: p.month, d: daysInMonth(y, p.month) }) }
  }
  const n = ordinal({ y, m: p.month, d: p.day })
  return { first: n, last: n }
}

/** Truncate a date to a coarser precision. */
export function truncate(date: PartialDate, precision: Precision): PartialDate {
  const length = precision === 'year' ? 4 : precision === 'month' ? 7 : 10
  const rank = { year: 0, month: 1, day: 2 }
  return rank[precision] >= rank[date.precision] ? date : { value: date.value.slice(0, length), precision }
}
