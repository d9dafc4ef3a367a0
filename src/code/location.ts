/**
 * Location pass: the place governed by the trigger. A place introduced by a
 * venue cue ("in X", "tại X", "в X", "à X", Turkish "X'de") in the trigger's
 * clause comes first, then any place in that clause, then the sentence's
 * venue, then its nearest place. The name is the place's English name.
 */
import type { EventLocation, PlaceMention } from '../core/doc.js'
import type { DocView, SentenceView } from './context.js'
import { slotsAround, tokenAt } from './context.js'
import type { Trigger } from './triggers.js'

interface Candidate {
  readonly place: PlaceMention
  readonly first: number
  readonly last: number
  readonly venue: boolean
}

function rank(t: Trigger, c: Candidate): number {
  const inClause = c.first >= t.segment.first && c.last <= t.segment.last
  const distance = c.first < t.first ? t.first - c.last : c.first - t.last
  return (inClause ? 0 : 2000) + (c.venue ? 0 : 1000) + Math.max(0, distance)
}

export function eventLocation(doc: DocView, s: SentenceView, t: Trigger, places: readonly PlaceMention[]): EventLocation | null {
  const own = places.filter((p) => p.start >= s.sentence.start && p.end <= s.sentence.end && !doc.promoted.has(p.start))
  const candidates: Candidate[] = own.map((place) => {
    const first = tokenAt(doc.tokens, place.start)
    const last = tokenAt(doc.tokens, Math.max(place.start, place.end - 1)) + 1
    return { place, first, last, venue: slotsAround(doc, s, first, last, place.end).has('venue') }
  })
  const best = [...candidates].sort((a, b) => rank(t, a) - rank(t, b))[0]
  if (!best) return null
  const { name, country, lat, lon } = best.place.place
  return { name, country, lat, lon }
}
