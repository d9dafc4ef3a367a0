/**
 * The document date when metadata gives none, from the text's own dates,
 * strongest evidence first:
 *
 *  1. a dateline: a full date alone on one of the first lines ("8 August 2025 11:26");
 *  2. a date the text calls today ("ce vendredi 29 septembre", "today, 8 August");
 *  3. the latest stated day or month (a weekday fixes the year of "Monday, May 1"),
 *     moved forward by a yearless day of that year a few months later
 *     ("finalized in March 2025 … signed on August 8"); dates of known events
 *     the document reports (src/chronology) count as stated days; a bare weekday
 *     ("publié lundi") then moves it to that day of the same week.
 *
 * Stated years alone are never enough: reports name past years far more often
 * than their own. Dates far older than the latest year mentioned are history,
 * not evidence.
 */
import type { DocumentDate, PartialDate } from '../../core/doc.js'
import type { DateAtom } from './atoms.js'
import { dayDate, fromOrdinal, isValidDay, ordinal, spanOf, weekdayOf } from '../../core/calendar.js'

const weekdayOfOrdinal = (n: number): number => weekdayOf(fromOrdinal(n))
import type { Resolved } from './resolve.js'

const DATELINE_LINES = 5
const DATELINE_SLACK = 25
/** How far a weekday may move a year from the latest one stated. */
const WEEKDAY_REACH = 6
/** How far after the latest stated date a yearless day may still be "this year". */
const FORWARD_DAYS = 183
const RANK = { year: 0, month: 1, day: 2 }

const dateAtomOf = (r: Resolved): DateAtom | null => (r.atom.kind === 'date' ? r.atom : null)

function isStated(r: Resolved): boolean {
  const a = dateAtomOf(r)
  return a !== null && a.explicitYear && !a.decade && a.garbled === null && r.mention.date !== null
}

function latestStatedYear(resolved: readonly Resolved[]): number | null {
  let max: number | null = null
  for (const r of resolved) {
    const a = dateAtomOf(r)
    if (!a || !a.explicitYear) continue
    for (const y of [a.from.year, a.to?.year ?? null]) if (y !== null && (max === null || y > max)) max = y
  }
  return max
}

function dateline(text: string, resolved: readonly Resolved[]): PartialDate | null {
  for (const r of resolved) {
    const { date, start, end } = r.mention
    if (!isStated(r) || date?.precision !== 'day') continue
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    const newline = text.indexOf('\n', end)
    const line = text.slice(lineStart, newline < 0 ? text.length : newline).trim()
    const linesBefore = text.slice(0, lineStart).split('\n').filter((l) => l.trim()).length
    if (linesBefore >= DATELINE_LINES) return null
    if (line.length <= r.mention.text.length + DATELINE_SLACK) return date
  }
  return null
}

/** "Monday, May 1" without a year: the year nearest the latest stated one where May 1 is a Monday. */
function weekdayYear(a: DateAtom, ymax: number | null): PartialDate | null {
  const { month, day } = a.from
  if (ymax === null || a.weekday === null || a.from.year !== null || month === null || day === null || a.to) return null
  let best: number | null = null
  for (let y = ymax - WEEKDAY_REACH; y <= ymax + WEEKDAY_REACH; y++) {
    if (!isValidDay(y, month, day) || weekdayOf({ y, m: month, d: day }) !== a.weekday) continue
    if (best === null || Math.abs(y - ymax) <= Math.abs(best - ymax)) best = y
  }
  return best === null ? null : dayDate({ y: best, m: month, d: day })
}

/** "today, 8 August" without a year: the latest year the text names, if it has a valid 8 August. */
function latestYearOf(a: DateAtom, ymax: number | null): PartialDate | null {
  const { month, day } = a.from
  if (ymax === null || month === null || day === null || !isValidDay(ymax, month, day)) return null
  return dayDate({ y: ymax, m: month, d: day })
}

function deictic(resolved: readonly Resolved[], ymax: number | null): PartialDate | null {
  for (const r of resolved) {
    const a = dateAtomOf(r)
    if (!a?.deictic || a.from.day === null) continue
    const date = isStated(r) ? r.mention.date : a.weekday !== null ? weekdayYear(a, ymax) : latestYearOf(a, ymax)
    if (date) return date
  }
  return null
}

const endOf = (r: Resolved): PartialDate | null => r.mention.until ?? r.mention.date

function later(a: PartialDate, b: PartialDate | null): boolean {
  if (!b) return true
  const [la, lb] = [spanOf(a).last, spanOf(b).last]
  return la > lb || (la === lb && RANK[a.precision] > RANK[b.precision])
}

function candidateOf(r: Resolved, ymax: number | null): PartialDate | null {
  const a = dateAtomOf(r)
  if (!a || a.decade) return null
  const date = r.yearBearing ? endOf(r) : weekdayYear(a, ymax)
  if (!date || date.precision === 'year') return null
  return ymax !== null && Number(date.value.slice(0, 4)) < ymax - 1 ? null : date
}

/** A yearless day placed in the latest date's year, if it falls a little after it. */
function forwardOf(r: Resolved, latest: PartialDate): PartialDate | null {
  const a = dateAtomOf(r)
  if (!a || r.mention.date || a.yearRel !== null || a.weekday !== null || a.garbled) return null
  const ref = a.to ?? a.from
  const y = Number(latest.value.slice(0, 4))
  if (ref.month === null || ref.day === null || !isValidDay(y, ref.month, ref.day)) return null
  const n = ordinal({ y, m: ref.month, d: ref.day })
  const last = spanOf(latest).last
  return n > last && n <= last + FORWARD_DAYS ? dayDate({ y, m: ref.month, d: ref.day }) : null
}

/** How many days after the latest stated day a bare weekday may still fall. */
const WEEK = 6

/**
 * A bare weekday ("publié lundi") names a day of the week the report was
 * written in, so it falls on or after the latest stated day: the report
 * moves to the latest such day.
 */
function weekdayForward(resolved: readonly Resolved[], latest: PartialDate): PartialDate {
  if (latest.precision !== 'day') return latest
  const last = spanOf(latest).last
  let best = last
  for (const r of resolved) {
    const a = r.atom
    if (a.kind !== 'rel' || a.unit !== 'weekday' || a.weekday === null || a.counted || a.offset !== 0) continue
    for (let n = last; n <= last + WEEK; n++) {
      if (weekdayOfOrdinal(n) === a.weekday) {
        best = Math.max(best, n)
        break
      }
    }
  }
  return best === last ? latest : dayDate(fromOrdinal(best))
}

function latestEvidence(resolved: readonly Resolved[], ymax: number | null, known: readonly PartialDate[]): PartialDate | null {
  let latest: PartialDate | null = null
  for (const k of known) if (later(k, latest)) latest = k
  for (const r of resolved) {
    const c = candidateOf(r, ymax)
    if (c && later(c, latest)) latest = c
  }
  if (!latest) return null
  let best: PartialDate = latest
  for (const r of resolved) {
    const f = forwardOf(r, latest)
    if (f && later(f, best)) best = f
  }
  return weekdayForward(resolved, best)
}

/** The inferred document date, or null when nothing in the text supports one. */
export function inferDocumentDate(text: string, resolved: readonly Resolved[], known: readonly PartialDate[] = []): DocumentDate | null {
  const ymax = latestStatedYear(resolved)
  const found = dateline(text, resolved) ?? deictic(resolved, ymax) ?? latestEvidence(resolved, ymax, known)
  return found ? { ...found, inferred: true } : null
}
