/**
 * How one mention fits one cluster on each dimension, before any decision:
 * type, mode, place, date. compare.ts weighs them.
 */
import { intersect, MONTH_LEVEL_DAYS, spanDays } from './dates.js'
import { relatedTypes } from './event-kinds.js'
import type { Mention } from './mention.js'
import { placeOf, placesAgree } from './places.js'
import type { ClusterProfile } from './profile.js'

export type TypeFit = 'same' | 'related' | 'none'
export type PlaceFit = 'match' | 'conflict' | 'unknown'
export type ModeFit = 'match' | 'conflict' | 'unknown'

/**
 * - `hard`: both are dated by their texts and the dates meet;
 * - `soft`: they meet, but one side is bounded only by publication dates;
 * - `conflict`: they cannot be the same day;
 * - `none`: one side has no bound at all.
 */
export type DateFit = 'hard' | 'soft' | 'conflict' | 'none'

export interface Fits {
  readonly type: TypeFit
  readonly mode: ModeFit
  readonly place: PlaceFit
  readonly date: DateFit
  /** Both dates are single, equal days. */
  readonly day: boolean
  /** The dates only meet at year level ("in 2020"): weaker evidence. */
  readonly yearLevel: boolean
}

export function fitsOf(m: Mention, p: ClusterProfile): Fits {
  const date = dateFit(m, p)
  const mInterval = m.date.kind === 'hard' ? m.date.interval : null
  const day = date === 'hard' && mInterval !== null && p.hard !== null && spanDays(mInterval) === 1 && spanDays(p.hard) === 1
  const yearLevel = date === 'hard' && mInterval !== null && p.hard !== null && Math.max(spanDays(mInterval), spanDays(p.hard)) > MONTH_LEVEL_DAYS
  return { type: typeFit(m, p), mode: modeFit(m, p), place: placeFit(m, p), date, day, yearLevel }
}

function typeFit(m: Mention, p: ClusterProfile): TypeFit {
  if (p.types[m.type]) return 'same'
  return relatedTypes(m.type).some((t) => p.types[t]) ? 'related' : 'none'
}

/** A phone call is not a visit: named modes must agree. */
function modeFit(m: Mention, p: ClusterProfile): ModeFit {
  if (!m.mode || Object.keys(p.modes).length === 0) return 'unknown'
  return p.modes[m.mode] ? 'match' : 'conflict'
}

function placeFit(m: Mention, p: ClusterProfile): PlaceFit {
  const known = Object.entries(p.places)
  if (!m.place || known.length === 0) return 'unknown'
  const place = m.place
  return known.some(([key, t]) => placesAgree(place, { ...placeOf(t), key })) ? 'match' : 'conflict'
}

function dateFit(m: Mention, p: ClusterProfile): DateFit {
  const bound = p.hard ?? p.soft
  if (m.date.kind === 'none' || !bound) return 'none'
  if (!intersect(m.date.interval, bound)) return 'conflict'
  return m.date.kind === 'hard' && p.hard ? 'hard' : 'soft'
}
