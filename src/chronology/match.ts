/**
 * Which known event a document's event reports. An event is a candidate for
 * a known event when it has no stated date of its own, is neither negated nor
 * future, has a type the known event lists, names enough of its parties, and
 * is not located elsewhere. The document's own dates then test each
 * candidate: with the document dated just after the known event, a day or
 * month the event's sentence gives must fall on it ("31 August in Brussels"
 * picks the Brussels meeting of 31 August 2022, not that of May 2023), and
 * nothing the document states may come after it. An event keeps a match
 * only when one candidate is left: a guess is worse than no date.
 */
import { dayDate, fromOrdinal, spanOf } from '../core/calendar.js'
import type { ActorRef, DateMention, EventRecord, PartialDate, PlaceMention } from '../core/doc.js'
import type { KnownEvent } from './known-events.js'

export interface KnownEventMatch {
  /** The document's event (EventRecord.id). */
  readonly event: string
  readonly known: KnownEvent
  /** 'dated' when a day or month of the event's sentence falls on the known event. */
  readonly support: 'dated' | 'undated'
}

/** The document's dates if it were published at `anchor`. */
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
  const add = (a: ActorRef) => (keys.add(a.id), keys.add(a.country))
  for (const list of [e.source, e.target, e.mediators]) list.forEach(add)
  return keys
}

function fits(e: EventRecord, k: KnownEvent, coarse: ReadonlySet<string>): boolean {
  if (!k.types.has(e.type)) return false
  const named = partiesOf(e)
  const shared = k.parties.filter((p) => named.has(p)).length
  if (shared < Math.min(2, k.parties.length)) return false
  const loc = e.location
  if (!k.at || !loc || loc.lat === null || loc.lon === null) return true
  if (km({ lat: loc.lat, lon: loc.lon }, k.at) <= k.at.radiusKm) return true
  // A country or region named as a whole ("in Türkiye") does not contradict a venue inside it.
  return coarse.has(loc.name) && k.country !== null && loc.country === k.country
}

const stated = (d: DateMention): boolean => d.date !== null && !d.relative

/**
 * The first day of the latest day or month the document states: a report is
 * not older than what it tells. (A bare year is often a plan: "in 2024".)
 */
function latestStatedDay(dates: readonly DateMention[]): number | null {
  let latest: number | null = null
  for (const d of dates) {
    const date = d.until ?? d.date
    if (stated(d) && date && date.precision !== 'year') latest = Math.max(latest ?? -Infinity, spanOf(date).first)
  }
  return latest
}

function testAnchor(k: KnownEvent): PartialDate {
  return dayDate(fromOrdinal(k.last + REPORT_LAG_DAYS))
}

/**
 * 'dated' / 'undated' when the sentence's own dates agree with the known
 * event, null when they contradict it. Only days and months the text names
 * without a year count: "on Friday" or "yesterday" land near any test date.
 */
function agreement(sentenceDates: readonly DateMention[], k: KnownEvent): KnownEventMatch['support'] | null {
  const usable = sentenceDates.filter((d) => d.date && d.date.precision !== 'year' && d.flags.includes('year-from-document'))
  if (usable.length === 0) return 'undated'
  const on = usable.some((d) => {
    const span = spanOf(d.date!)
    const last = d.until ? spanOf(d.until).last : span.last
    return span.first <= k.last + SLACK_DAYS && last >= k.first - SLACK_DAYS
  })
  return on ? 'dated' : null
}

export interface MatchInput {
  readonly events: readonly EventRecord[]
  readonly dates: readonly DateMention[]
  readonly places: readonly PlaceMention[]
}

export function matchKnownEvents(input: MatchInput, known: readonly KnownEvent[], datesUnder: DatesUnder): KnownEventMatch[] {
  const { events, dates } = input
  const coarse = new Set(input.places.filter((p) => p.place.type === 'country' || p.place.type === 'region').map((p) => p.place.name))
  const floor = latestStatedDay(dates)
  const statedIn = new Set(dates.filter(stated).map((d) => d.sentence))
  const under = new Map<string, readonly DateMention[]>()
  const datesFor = (k: KnownEvent) => under.get(k.id) ?? under.set(k.id, datesUnder(testAnchor(k))).get(k.id)!
  const matches: KnownEventMatch[] = []
  for (const e of events) {
    if (e.negated || e.future || statedIn.has(e.sentence)) continue
    const candidates = known
      .filter((k) => (floor === null || k.last >= floor) && fits(e, k, coarse))
      .map((k) => ({ k, support: agreement(datesFor(k).filter((d) => d.sentence === e.sentence), k) }))
      .filter((c): c is { k: KnownEvent; support: KnownEventMatch['support'] } => c.support !== null)
    const dated = candidates.filter((c) => c.support === 'dated')
    const pick = dated.length > 0 ? dated : candidates
    if (pick.length === 1) matches.push({ event: e.id, known: pick[0]!.k, support: pick[0]!.support })
  }
  return matches
}
