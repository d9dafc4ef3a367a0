/**
 * Known events stage.
 *
 * Takes: a document's PLOVER events and its date mentions (read without any
 * document date), the curated chronology (data/chronology), and a way to
 * re-read the document's dates as if it were published on a given day.
 * Gives: each event that reports a known landmark event (the Berlin talks of
 * 28–29 February 2024, the 10 November 2020 statement...), and the dates
 * those matches are evidence of: a report is not older than what it reports.
 *
 * Why: many reports name a day and month but no year ("ngày 29/2", "am
 * Freitag"), or no date at all, and carry no metadata. Recognising the
 * event they report dates them, so relative dates resolve and the timeline
 * is right; the rules are language-independent (types, parties, places).
 */
import { spanOf } from '../core/calendar.js'
import type { EventRecord, PartialDate } from '../core/doc.js'
import type { KnownEvent } from './known-events.js'
import { matchKnownEvents, type DatesUnder, type KnownEventMatch, type MatchInput } from './match.js'

export { loadKnownEvents, CHRONOLOGY_DIR, type KnownEvent } from './known-events.js'
export type { DatesUnder, KnownEventMatch } from './match.js'

/** The document's events, its date mentions read without a document date, and its places. */
export type KnownEventsInput = MatchInput

export function findKnownEvents(
  input: KnownEventsInput,
  known: readonly KnownEvent[],
  datesUnder: DatesUnder,
): { matches: KnownEventMatch[]; evidence: PartialDate[] } {
  if (known.length === 0 || input.events.length === 0) return { matches: [], evidence: [] }
  const matches = matchKnownEvents(input, known, datesUnder)
  const evidence = [...new Map(matches.map((m) => [m.known.id, m.known.start])).values()]
  return { matches, evidence }
}

/** How many days before the report a known event still counts as its news. */
const NEWS_DAYS = 14

function isRecent(day: PartialDate, published: PartialDate): boolean {
  const gap = spanOf(published).last - spanOf(day).first
  return gap >= 0 && gap <= NEWS_DAYS
}

/**
 * An event that reports a known event and has no date of its own takes that
 * event's day, when it is the report's own news: a match years before the
 * report's date may be a loose fit ("contacts in Moscow").
 */
export function withKnownDays(events: readonly EventRecord[], matches: readonly KnownEventMatch[], published: PartialDate | null): EventRecord[] {
  const recent = published ? matches.filter((m) => isRecent(m.known.start, published)) : []
  const knownDay = new Map(recent.map((m) => [m.event, m.known.start]))
  return events.map((e) => {
    const day = knownDay.get(e.id)
    return day && (e.date === null || e.date.basis === 'document') ? { ...e, date: { ...day, basis: 'known-event' as const } } : e
  })
}
