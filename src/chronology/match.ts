/**
 * Which known event a document's event reports. An event is a candidate for
 * a known event when it has no stated date of its own, is neither negated nor
 * future, has a type the known event lists, names enough of its parties, and
 * is not located elsewhere. The document's own dates then test each
 * candidate: with the document dated just after the known event, a day or
 * month the event's sentence gives must fall on it ("31 August in Brussels"
 * picks the Brussels meeting of 31 August 2022, not that of May 2023); with
 * no such day, only an event placed at a known event's venue matches it. An
 * event keeps a match only when one candidate is left: a guess is worse
 * than no date. (Known events older than the document's own dates are kept
 * as candidates: dropping them could leave a later, wrong one alone.)
 */
import { dayDate, fromOrdinal, spanOf } from '../core/calendar.js'
import type { DateMention, EventRecord, PartialDate, PlaceMention, PloverType } from '../core/doc.js'
import type { KnownEvent } from './known-events.js'

export interface KnownEventMatch {
  /** The document's event (EventRecord.id). */
  readonly event: string
  readonly known: KnownEvent
  /** 'dated' when a day or month of the event's sentence falls on the known event. */
  readonly support: 'dated' | 'undated'
}

/** The document's dates if it were published on `anchor` (a day); called often with the same anchor, so worth memoising. */
export type DatesUnder = (anchor: PartialDate) => readonly DateMention[]

/** How long after a known event a report of it is assumed to appear, when testing it. */
const REPORT_LAG_DAYS = 7
/** How far a sentence's date may lie from the known event and still be about it (announced the day after...). */
const SLACK_DAYS = 3
const EARTH_KM = 6371

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h))
}

/** Ids and states of everyone the event names (a minister counts for the minister's state). */
function partiesOf(e: EventRecord): Set<string> {
  const keys = new Set<string>()
  for (const list of [e.source, e.target, e.mediators]) for (const a of list) keys.add(a.id).add(a.country)
  return keys
}

function fits(e: EventRecord, named: ReadonlySet<string>, k: KnownEvent, coarse: ReadonlySet<string>): boolean {
  if (!k.types.has(e.type)) return false
  const shared = k.parties.filter((p) => named.has(p)).length
  if (shared < Math.min(2, k.parties.length)) return false
  const loc = e.location
  if (!k.at) return true
  // An event placed nowhere is checked by its sentence's dates alone (see agreement).
  if (!loc || loc.lat === null || loc.lon === null) return true
  if (km({ lat: loc.lat, lon: loc.lon }, k.at) <= k.at.radiusKm) return true
  // A country named as a whole ("in Türkiye") does not contradict a venue inside it.
  return coarse.has(loc.name) && k.country !== null && loc.country === k.country
}

const stated = (d: DateMention): boolean => d.date !== null && !d.relative

function testAnchor(k: KnownEvent): PartialDate {
  return dayDate(fromOrdinal(k.last + REPORT_LAG_DAYS))
}

/** Its last day: a bare weekday read on it is the latest such day, inside the event when it fits ("signed on Friday"). */
function weekdayAnchor(k: KnownEvent): PartialDate {
  return dayDate(fromOrdinal(k.last))
}

const onEvent = (d: DateMention, k: KnownEvent): boolean => {
  const span = spanOf(d.date!)
  const last = d.until ? spanOf(d.until).last : span.last
  return span.first <= k.last + SLACK_DAYS && last >= k.first - SLACK_DAYS
}

/** A weekday of the sentence must be one of the known event's days. */
function weekdayAgreement(weekdays: readonly DateMention[], k: KnownEvent): KnownEventMatch['support'] | null {
  const usable = weekdays.filter((d) => d.date && d.flags.includes('weekday'))
  if (usable.length === 0) return 'undated'
  return usable.some((d) => { const n = spanOf(d.date!).first; return n >= k.first && n <= k.last }) ? 'dated' : null
}

/**
 * 'dated' / 'undated' when the sentence's own dates agree with the known
 * event, null when they contradict it. Only days and months the text names
 * without a year count (placed in the test year, or in the year of a date
 * just before): "on Friday" or "yesterday" land near any test date.
 */
function agreement(sentenceDates: readonly DateMention[], k: KnownEvent): KnownEventMatch['support'] | null {
  const usable = sentenceDates.filter(
    (d) => d.date && d.date.precision !== 'year' && (d.flags.includes('year-from-document') || d.flags.includes('year-from-context')),
  )
  if (usable.length === 0) return 'undated'
  return usable.some((d) => onEvent(d, k)) ? 'dated' : null
}

/** Days and months decide; failing them, weekdays. */
function combined(byDay: KnownEventMatch['support'] | null, byWeekday: KnownEventMatch['support'] | null): KnownEventMatch['support'] | null {
  if (byDay !== 'undated') return byDay
  return byWeekday
}

export interface MatchInput {
  readonly events: readonly EventRecord[]
  readonly dates: readonly DateMention[]
  readonly places: readonly PlaceMention[]
}

const typeIndexes = new WeakMap<readonly KnownEvent[], Map<PloverType, KnownEvent[]>>()

/** The known events that list each type, in their order (built once per list: every event of every document looks here). */
function byType(known: readonly KnownEvent[]): ReadonlyMap<PloverType, readonly KnownEvent[]> {
  let index = typeIndexes.get(known)
  if (index === undefined) {
    index = new Map()
    for (const k of known) for (const type of k.types) index.set(type, [...(index.get(type) ?? []), k])
    typeIndexes.set(known, index)
  }
  return index
}

export function matchKnownEvents(input: MatchInput, known: readonly KnownEvent[], datesUnder: DatesUnder): KnownEventMatch[] {
  const { events, dates } = input
  const coarse = new Set(input.places.filter((p) => p.place.type === 'country').map((p) => p.place.name))
  const statedIn = new Set(dates.filter(stated).map((d) => d.sentence))
  // (the caller memoises datesUnder by anchor: src/pipeline.ts)
  const datesFor = (k: KnownEvent) => datesUnder(testAnchor(k))
  const weekdaysFor = (k: KnownEvent) => datesUnder(weekdayAnchor(k))
  const inSentence = (list: readonly DateMention[], e: EventRecord) => list.filter((d) => d.sentence === e.sentence)
  const withDates = new Set(dates.map((d) => d.sentence))
  const matches: KnownEventMatch[] = []
  for (const e of events) {
    if (e.negated || e.future || statedIn.has(e.sentence)) continue
    const named = partiesOf(e)
    const candidates = (byType(known).get(e.type) ?? [])
      .filter((k) => fits(e, named, k, coarse))
      // A sentence with no date expression says nothing for or against any candidate: no need to re-read the dates.
      .map((k) => ({
        k,
        support: withDates.has(e.sentence) ? combined(agreement(inSentence(datesFor(k), e), k), weekdayAgreement(inSentence(weekdaysFor(k), e), k)) : ('undated' as const),
      }))
      .filter((c): c is { k: KnownEvent; support: KnownEventMatch['support'] } => c.support !== null)
    const dated = candidates.filter((c) => c.support === 'dated')
    // Without a day or month of its own, an event must at least be placed at the known event's venue.
    const placed = candidates.filter((c) => c.k.at !== null && e.location !== null)
    const pick = dated.length > 0 ? dated : placed
    if (pick.length === 1) matches.push({ event: e.id, known: pick[0]!.k, support: pick[0]!.support })
  }
  return matches
}
