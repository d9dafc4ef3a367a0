/**
 * Targets the sentence leaves unsaid. Two conventions of conflict coding:
 *
 *  - an act of force on a place that was one side's ("the blockade of the
 *    Lachin corridor", "Azerbaijan reclaimed Karabakh") is against that side:
 *    the place's curated `held_by` (data/places/curated.yaml);
 *  - in a two-sided conflict, an accusation, rejection, demand, concession,
 *    threat or sanction by one side that names no one is aimed at the other
 *    ("Baku called the claims disinformation").
 *
 * Nothing is filled when the sentence names a target, or when the source is
 * not one side alone.
 */
import type { ActorRef, EventLocation, PlaceMention, PloverType } from '../core/doc.js'

const ON_PLACES: ReadonlySet<PloverType> = new Set(['COERCE', 'ASSAULT', 'PROTEST', 'THREATEN'])
const AT_OTHER_SIDE: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'CONCEDE', 'THREATEN', 'SANCTION'])

export interface TargetInput {
  readonly type: PloverType
  readonly source: readonly ActorRef[]
  readonly target: readonly ActorRef[]
  readonly location: EventLocation | null
}

function holderOf(location: EventLocation | null, places: readonly PlaceMention[]): string | null {
  if (!location) return null
  return places.find((p) => p.place.name === location.name && p.place.heldBy)?.place.heldBy ?? null
}

export function defaultTarget(e: TargetInput, dyad: readonly ActorRef[], places: readonly PlaceMention[]): readonly ActorRef[] {
  if (e.target.length > 0 || e.source.length === 0) return e.target
  const sides = new Set(e.source.map((r) => r.country))
  const holder = ON_PLACES.has(e.type) ? holderOf(e.location, places) : null
  if (holder && !sides.has(holder)) return [{ id: holder, country: holder, sector: null }]
  if (!AT_OTHER_SIDE.has(e.type) || dyad.length !== 2 || sides.size !== 1) return e.target
  const other = dyad.filter((d) => !sides.has(d.country))
  return other.length === 1 ? other : e.target
}
