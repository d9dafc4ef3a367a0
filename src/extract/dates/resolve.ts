/**
 * From combined expressions to DateMentions. A date without a year takes the
 * year of a dated mention just before it in the same or the previous sentence
 * ("In late September 2020 … on the night of November 10" → 2020), else the
 * nearest year not after the document date ("since December" in a May 2023
 * report → 2022-12; "ngày 29/2" → the latest leap year). Without either it
 * stays unresolved rather than guessed.
 */
import type { DateMention, PartialDate, Sentence } from '../../core/doc.js'
import type { DateAtom, Mention } from './atoms.js'
import { daysInMonth, isLeap, isValidDay, laterInYear, ordinal, spanOf, toPartial, weekdayOf, type Parts } from '../../core/calendar.js'
import { resolveRelative, type Outcome } from './relative.js'
import { sentenceAt } from './sentences.js'

export interface Resolved {
  readonly mention: DateMention
  readonly atom: Mention
  /** Its year is stated (or taken from context), so a following yearless date may borrow it. */
  readonly yearBearing: boolean
}

interface Ctx {
  readonly anchor: PartialDate | null
  readonly done: readonly Resolved[]
  readonly sentence: number
}

interface DateOutcome extends Outcome {
  readonly relative: boolean
  readonly yearBearing: boolean
}

/** How far back "the next day" looks for the day it counts from. */
const PREVIOUS_WINDOW = 4

const unresolved = (flags: readonly string[]): DateOutcome => ({
  date: null,
  until: null,
  flags: [...flags, 'unresolved-relative'],
  relative: true,
  yearBearing: false,
})

const yearDate = (y: number): PartialDate => ({ value: String(y).padStart(4, '0'), precision: 'year' })

/** Whether `parts` (in year y) begin after the anchor's period ends. */
function after(parts: Parts, anchor: PartialDate): boolean {
  if (parts.year === null) return false
  const first = ordinal({ y: parts.year, m: parts.month ?? 1, d: parts.day ?? 1 })
  return first > spanOf(anchor).last
}

const yearOfValue = (date: PartialDate): number => Number(date.value.slice(0, 4))

function contextYear(ref: Parts, ctx: Ctx): number | null {
  for (let i = ctx.done.length - 1; i >= 0; i--) {
    const r = ctx.done[i]
    if (!r || ctx.sentence - r.mention.sentence > 1) return null
    const source = r.mention.until ?? r.mention.date
    if (!r.yearBearing || !source) continue
    if (source.precision === 'year' && r.mention.sentence !== ctx.sentence) continue
    const y = yearOfValue(source)
    if (ref.month !== null && ref.day !== null && !isValidDay(y, ref.month, ref.day)) return null
    // A narrative moves forward: "late September 2020 … November 10" is 2020, but
    // "the statement of 10 November 2020 … on April 22" says nothing about April's year.
    const first = ordinal({ y, m: ref.month ?? 12, d: ref.day ?? daysInMonth(y, ref.month ?? 12) })
    if (first < spanOf(source).first) return null
    return ctx.anchor && after({ ...ref, year: y }, ctx.anchor) ? null : y
  }
  return null
}

function anchorYear(ref: Parts, anchor: PartialDate): number {
  let y = yearOfValue(anchor)
  if (after({ ...ref, year: y }, anchor)) y--
  if (ref.month === 2 && ref.day === 29) while (!isLeap(y)) y--
  return y
}

/** The year of a date the text gives without one, and how it was found. */
function yearFor(a: DateAtom, ctx: Ctx): { y: number; flags: string[]; stated: boolean } | null {
  if (a.yearRel !== null) return ctx.anchor ? { y: yearOfValue(ctx.anchor) + a.yearRel, flags: [], stated: true } : null
  const ref = a.to ?? a.from
  const fromContext = contextYear(ref, ctx)
  if (fromContext !== null) return { y: fromContext, flags: ['year-from-context'], stated: true }
  if (!ctx.anchor) return null
  return { y: anchorYear(ref, ctx.anchor), flags: ['year-from-document', ...(ctx.anchor.precision === 'year' ? ['coarse-anchor'] : [])], stated: false }
}

function placeYear(a: DateAtom, y: number): { from: Parts; to: Parts | null } {
  if (!a.to) return { from: { ...a.from, year: y }, to: null }
  const to = { ...a.to, year: a.to.year ?? y }
  return { from: { ...a.from, year: a.from.year ?? (laterInYear(a.from, to) ? to.year - 1 : to.year) }, to }
}

const validParts = (p: Parts | null): boolean =>
  p === null || p.year === null || p.month === null || p.day === null || isValidDay(p.year, p.month, p.day)

function garbledOutcome(a: DateAtom, flags: string[]): DateOutcome {
  // Keep only what is certain: the year when the text states it, nothing else.
  const date = a.garbled !== 'year' && a.from.year !== null ? yearDate(a.from.year) : null
  return { date, until: null, flags: [...flags, `garbled-${a.garbled ?? 'month'}`], relative: false, yearBearing: false }
}

function resolveDate(a: DateAtom, ctx: Ctx): DateOutcome {
  const flags = [...a.flags, ...(a.mod ? [a.mod] : []), ...(a.season ? ['season'] : [])]
  if (a.garbled) return garbledOutcome(a, flags)
  if (a.decade && a.from.year !== null) {
    return { date: yearDate(a.from.year), until: yearDate(a.from.year + 9), flags: [...flags, 'decade'], relative: false, yearBearing: false }
  }
  let placed: { from: Parts; to: Parts | null } = { from: a.from, to: a.to }
  let relative = false
  // Only a year the text states (or implies by "last year", or by context) is lent on:
  // a year guessed from the document date is not.
  let bearing = true
  if (a.from.year === null) {
    const found = yearFor(a, ctx)
    if (!found) return unresolved(flags)
    flags.push(...found.flags)
    placed = placeYear(a, found.y)
    relative = true
    bearing = found.stated
  }
  if (!validParts(placed.from) || !validParts(placed.to)) {
    return { date: null, until: null, flags: [...flags, 'impossible-date'], relative, yearBearing: false }
  }
  const { from, to } = placed
  if (a.weekday !== null && from.year !== null && from.month !== null && from.day !== null) {
    if (weekdayOf({ y: from.year, m: from.month, d: from.day }) !== a.weekday) flags.push('weekday-mismatch')
  }
  return { date: toPartial(from), until: to ? toPartial(to) : null, flags, relative, yearBearing: bearing }
}

function previousDay(ctx: Ctx): PartialDate | null {
  for (let i = ctx.done.length - 1; i >= 0; i--) {
    const r = ctx.done[i]
    if (!r || ctx.sentence - r.mention.sentence > PREVIOUS_WINDOW) return null
    const date = r.mention.until ?? r.mention.date
    if (date?.precision === 'day') return date
  }
  return null
}

function resolveMention(atom: Mention, ctx: Ctx): DateOutcome {
  if (atom.kind === 'date') return resolveDate(atom, ctx)
  const bareWeekday = atom.unit === 'weekday' && atom.offset === 0 && !atom.counted
  const flags = [...atom.flags, ...(atom.mod ? [atom.mod] : []), ...(bareWeekday ? ['weekday'] : [])]
  const base = atom.from === 'previous' ? previousDay(ctx) : ctx.anchor
  if (!base) return unresolved(flags)
  const out = resolveRelative(atom, base)
  return { ...out, flags: [...flags, ...out.flags], relative: true, yearBearing: false }
}

/** Resolve every expression in order, each one seeing those before it. */
export function resolveAll(text: string, atoms: readonly Mention[], sentences: readonly Sentence[], anchor: PartialDate | null): Resolved[] {
  const done: Resolved[] = []
  // Only value and precision: the anchor may be a DocumentDate carrying more.
  const base = anchor && { value: anchor.value, precision: anchor.precision }
  for (const atom of atoms) {
    const sentence = sentenceAt(sentences, atom.start)
    const out = resolveMention(atom, { anchor: base, done, sentence })
    const mention: DateMention = {
      kind: 'date',
      start: atom.start,
      end: atom.end,
      text: text.slice(atom.start, atom.end),
      date: out.date,
      until: out.until,
      relative: out.relative,
      flags: [...new Set(out.flags)],
      sentence,
    }
    done.push({ mention, atom, yearBearing: out.yearBearing })
  }
  return done
}
