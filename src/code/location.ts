/**
 * Location pass: the place governed by the trigger. A place introduced by a
 * venue cue ("in X", "tại X", "в X", "à X", Turkish "X'de") in the trigger's
 * clause comes first, then any place in that clause, then the sentence's
 * venue, then its nearest place. Talks are placed in cities; acts of force
 * where they happen (a region, a corridor, a border) rather than where they
 * were announced. An act of force the sentence does not place is placed in
 * the document's conflict region. The name is the place's English name.
 */
import type { EventLocation, Place, PlaceMention, PloverType } from '../core/doc.js'
import type { DocView, SentenceView } from './context.js'
import { slotsAround, tokenAt } from './context.js'
import type { Trigger } from './triggers.js'

interface Candidate {
  readonly place: PlaceMention
  readonly first: number
  readonly last: number
  readonly venue: boolean
}

const FORCE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'THREATEN', 'PROTEST'])
const THEATRE: ReadonlySet<Place['type']> = new Set(['region', 'corridor', 'border', 'checkpoint', 'village'])

function rank(t: Trigger, c: Candidate, force: boolean): number {
  const inClause = c.first >= t.segment.first && c.last <= t.segment.last
  const distance = c.first < t.first ? t.first - c.last : c.first - t.last
  const fits = force ? THEATRE.has(c.place.place.type) : c.place.place.type !== 'country' && c.place.place.type !== 'region'
  return (inClause ? 0 : 4000) + (c.venue ? 0 : 2000) + (fits ? 0 : 1000) + Math.max(0, distance)
}

function toLocation(place: Place): EventLocation {
  return { name: place.name, country: place.country, lat: place.lat, lon: place.lon }
}

export function eventLocation(doc: DocView, s: SentenceView, t: Trigger, places: readonly PlaceMention[]): EventLocation | null {
  const own = places.filter((p) => p.start >= s.sentence.start && p.end <= s.sentence.end && !doc.promoted.has(p.start))
  const candidates: Candidate[] = own.map((place) => {
    const first = tokenAt(doc.tokens, place.start)
    const last = tokenAt(doc.tokens, Math.max(place.start, place.end - 1)) + 1
    return { place, first, last, venue: slotsAround(doc, s, first, last, place.end).has('venue') }
  })
  const force = t.payload.type !== null && FORCE.has(t.payload.type)
  const best = [...candidates].sort((a, b) => rank(t, a, force) - rank(t, b, force))[0]
  return best ? toLocation(best.place.place) : null
}

/** The region, corridor or border the document mentions most: where its acts of force happen by default. */
export function theatre(places: readonly PlaceMention[]): EventLocation | null {
  const counts = new Map<string, { place: Place; n: number }>()
  for (const p of places) {
    if (!THEATRE.has(p.place.type)) continue
    const entry = counts.get(p.place.id) ?? { place: p.place, n: 0 }
    entry.n++
    counts.set(p.place.id, entry)
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0]
  return best ? toLocation(best.place) : null
}

export function isForce(type: PloverType): boolean {
  return FORCE.has(type)
}
