/**
 * The candidate index. A cluster is filed under keys (type, bucket, term), and
 * a mention reads only the clusters under keys it could match. A new report is
 * then compared with a handful of clusters, never with all of them.
 *
 * - Fine keys: (type, month, state) for every month a cluster of at most two
 *   months' span allows. Month- and day-dated mentions find each other here.
 * - Coarse keys: (type, year, exact sides | place word | map cell). Any
 *   comparison at year level (either side dated only "2020", or bounded by
 *   a wide publication window) needs the exact same sides or the same place
 *   (compare.ts). So these keys name exactly that evidence, and a day-dated
 *   mention does not have to read every "2020" cluster of its states.
 * - Soft keys: (type, year, exact sides + place word | map cell | mode, or
 *   exact sides + polarity for incidents). A comparison where either side is
 *   bounded only by publication dates needs the same type and the exact same
 *   sides, and the same place or identifying mode (or, for an incident, a
 *   denial of the other polarity). Clusters not yet dated by any text are
 *   filed under these keys only, so that the many undated reports that never
 *   merge are not read by every mention of their states and month.
 *
 * parts.test.ts checks that every pair `compare` accepts shares a key.
 */
import type { PloverType } from '../core/doc.js'
import { MONTH_LEVEL_DAYS, spanDays, type DayInterval } from './dates.js'
import { INCIDENT, MODE_IDENTIFIES, relatedTypes, SYMMETRIC } from './event-kinds.js'
import { boundOf, participants, type Mention } from './mention.js'
import type { PlaceInfo } from './places.js'
import type { ClusterProfile } from './profile.js'
import type { Roles } from './states.js'

export interface ClusterKey {
  readonly type: PloverType
  readonly bucket: string
  readonly term: string
}

/** A cross product of key parts to read (types × buckets × terms). */
export interface KeyQuery {
  readonly types: readonly PloverType[]
  readonly buckets: readonly string[]
  readonly terms: readonly string[]
}

/** The key products to read: cross products, so that one SQL query reads them all. */
export interface Lookup {
  readonly parts: readonly KeyQuery[]
}

/** Map cells for "within 30 km": 1° cells, a place's own and its eight neighbours. */
const CELL_DEGREES = 1

export function clusterKeys(p: ClusterProfile): ClusterKey[] {
  const bound = p.hard ?? p.soft
  if (!bound) return []
  const types = Object.keys(p.types) as PloverType[]
  const places = Object.entries(p.places).map(([key, t]) => ({ ...t, key }))
  // Note: a cluster no text dates yet can only be matched under the stricter soft rules.
  if (!p.hard) return types.flatMap((type) => cross([type], years(bound), softClusterTerms(type, p, places)))
  const states = [...new Set(p.signatures.flatMap((s) => [...s.source, ...s.target, ...s.mediators]))]
  const fine = monthLevel(bound) ? cross(types, months(bound), states) : []
  const coarse = types.flatMap((type) => {
    const terms = [...new Set([...p.signatures.map((s) => sidesTerm(type, s)), ...places.flatMap((pl) => placeTerms(pl, false))])]
    return cross([type], years(bound), terms)
  })
  return [...fine, ...coarse]
}

/** What to read for a mention; null when it has no date bound or no state (it can only start a cluster). */
export function lookupOf(m: Mention): Lookup | null {
  const bound = boundOf(m)
  const states = participants(m)
  if (!bound || states.length === 0) return null
  const sides = sidesTerm(m.type, m)
  const soft = { types: [m.type], buckets: years(bound), terms: softMentionTerms(m, sides) }
  // An undated mention can only match a dated cluster with the exact same sides (and never a related type).
  if (m.date.kind !== 'hard') return { parts: [{ types: [m.type], buckets: years(bound), terms: [sides] }, soft] }
  const terms = [sides, ...(m.place ? placeTerms(m.place, true) : [])]
  const fine = monthLevel(bound) ? [{ types: [m.type, ...relatedTypes(m.type)], buckets: months(bound), terms: states }] : []
  return { parts: [...fine, { types: [m.type], buckets: years(bound), terms }, soft] }
}

/** Soft terms of a cluster: each exact side pattern with each place term, identifying mode, or (incidents) polarity. */
function softClusterTerms(type: PloverType, p: ClusterProfile, places: readonly (PlaceInfo & { readonly key: string })[]): string[] {
  const extras = [
    ...places.flatMap((pl) => placeTerms(pl, false)),
    ...(MODE_IDENTIFIES.has(type) ? Object.keys(p.modes).map((mode) => `m:${mode}`) : []),
  ]
  const terms = p.signatures.flatMap((s) => {
    const sides = sidesTerm(type, s)
    return [...extras.map((e) => `${sides}|${e}`), ...(INCIDENT.has(type) ? [`${sides}|n:${s.negated}`] : [])]
  })
  return [...new Set(terms)]
}

/** The soft terms a mention reads: its exact sides with its place terms, its mode, and (incidents) a denial of the other polarity. */
function softMentionTerms(m: Mention, sides: string): string[] {
  const extras = [...(m.place ? placeTerms(m.place, true) : []), ...(MODE_IDENTIFIES.has(m.type) && m.mode ? [`m:${m.mode}`] : [])]
  return [...extras.map((e) => `${sides}|${e}`), ...(INCIDENT.has(m.type) ? [`${sides}|n:${!m.negated}`] : [])]
}

/** The keys a lookup reads, spelled out (for tests and in-memory use). */
export function lookupKeys(l: Lookup): ClusterKey[] {
  return l.parts.flatMap((k) => cross(k.types, k.buckets, k.terms))
}

function cross(types: readonly PloverType[], buckets: readonly string[], terms: readonly string[]): ClusterKey[] {
  return types.flatMap((type) => buckets.flatMap((bucket) => terms.map((term) => ({ type, bucket, term }))))
}

const monthLevel = (i: DayInterval) => spanDays(i) <= MONTH_LEVEL_DAYS

/** The sides as `sameStates` compares them: all states for symmetric types, source>target otherwise. */
function sidesTerm(type: PloverType, r: Roles): string {
  if (SYMMETRIC.has(type)) return `s:${[...new Set([...r.source, ...r.target, ...r.mediators])].sort().join('+')}`
  return `s:${r.source.join('+')}>${r.target.join('+')}`
}

/** Words of the name (containment shares a word) and map cells (nearness shares a cell). */
function placeTerms(place: Pick<PlaceInfo, 'key' | 'lat' | 'lon'>, neighbours: boolean): string[] {
  const words = place.key.split(' ').filter((w) => w !== '').map((w) => `p:${w}`)
  if (place.lat === null || place.lon === null) return words
  const [y, x] = [Math.floor(place.lat / CELL_DEGREES), Math.floor(place.lon / CELL_DEGREES)]
  const offsets = neighbours ? [-1, 0, 1] : [0]
  return [...words, ...offsets.flatMap((dy) => offsets.map((dx) => `g:${y + dy},${x + dx}`))]
}

function years(i: DayInterval): string[] {
  const out: string[] = []
  for (let y = Number(i.lo.slice(0, 4)); y <= Number(i.hi.slice(0, 4)) && out.length < 3; y++) out.push(String(y))
  return out
}

function months(i: DayInterval): string[] {
  const out: string[] = []
  let [y, m] = [Number(i.lo.slice(0, 4)), Number(i.lo.slice(5, 7))]
  const end = Number(i.hi.slice(0, 4)) * 12 + Number(i.hi.slice(5, 7))
  while (y * 12 + m <= end && out.length < 4) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    ;[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
  }
  return out
}
