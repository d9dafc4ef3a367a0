/**
 * A cluster's profile: everything needed to decide whether a new mention
 * belongs to it and to show it, folded from its mentions one at a time, so
 * adding a report never re-reads the others. Stored as JSON beside the
 * cluster row.
 *
 * The date constraint is the *intersection* of its mentions' intervals (an
 * event happened on a day every report allows), which keeps chains from
 * growing: a May round absorbs "in May" but not a June round.
 */
import type { PloverType } from '../core/doc.js'
import { intersect, type DayInterval } from './dates.js'
import type { Mention } from './mention.js'
import type { Roles } from './states.js'
import { addVersion, type Version } from './versions.js'

export interface Signature extends Roles {
  readonly negated: boolean
  readonly count: number
}

export interface PlaceTally {
  readonly name: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
  readonly count: number
}

export interface ClusterProfile {
  readonly id: string
  /** Creation order: ties between candidate clusters go to the older. */
  readonly seq: number
  readonly anchor: { readonly doc: string; readonly event: string }
  readonly types: Readonly<Partial<Record<PloverType, number>>>
  readonly modes: Readonly<Record<string, number>>
  /** The anchor's polarity; the other polarity only enters as a denial (contested). */
  readonly negated: boolean
  /** Distinct role patterns among the mentions, each compared with a newcomer. */
  readonly signatures: readonly Signature[]
  /** Intersection of the hard-dated mentions' intervals. */
  readonly hard: DayInterval | null
  /** Intersection of publication windows, while no mention is hard-dated. */
  readonly soft: DayInterval | null
  /** Hard date values and how many mentions give each. */
  readonly dates: Readonly<Record<string, number>>
  readonly places: Readonly<Record<string, PlaceTally>>
  /** Distinct documents (reports); the profile does not list them, so its size stays bounded. */
  readonly reports: number
  /** The document of the latest mention (mentions of one document arrive together). */
  readonly lastDoc: string
  readonly languages: Readonly<Record<string, number>>
  /** Distinct outlets, the first MAX_OUTLETS of them listed. */
  readonly outlets: readonly string[]
  readonly outletCount: number
  readonly firstReported: string | null
  readonly lastReported: string | null
  readonly mentions: number
  readonly versions: readonly Version[]
}

/** Enough patterns for any real event; beyond it the rarest is forgotten (bounded JSON). */
export const MAX_SIGNATURES = 24
/**
 * Outlets listed by name. Beyond this many, a new report from an outlet not
 * listed counts as a new outlet (exact when each outlet is its own file, as
 * for plain-text inputs; at worst an overcount past a hundred outlets).
 */
export const MAX_OUTLETS = 100

export function newProfile(id: string, seq: number, m: Mention): ClusterProfile {
  const empty: ClusterProfile = {
    id, seq, anchor: { doc: m.doc, event: m.event }, types: {}, modes: {}, negated: m.negated, signatures: [],
    hard: null, soft: null, dates: {}, places: {}, reports: 0, lastDoc: '', languages: {}, outlets: [], outletCount: 0,
    firstReported: null, lastReported: null, mentions: 0, versions: [],
  }
  return addMember(empty, m, true)
}

/**
 * Add a mention. `newReport`: its document has no mention in the cluster yet
 * (the caller knows; by default, mentions of one document arriving together,
 * a document other than the latest one's).
 */
export function addMember(p: ClusterProfile, m: Mention, newReport = p.lastDoc !== m.doc): ClusterProfile {
  const hard = m.date.kind === 'hard' ? (p.hard ? (intersect(p.hard, m.date.interval) ?? p.hard) : m.date.interval) : p.hard
  const soft = hard ? null : m.date.kind === 'soft' ? (p.soft ? (intersect(p.soft, m.date.interval) ?? p.soft) : m.date.interval) : p.soft
  return {
    ...p,
    types: tallyType(p.types, m.type),
    modes: m.mode ? tally(p.modes, m.mode) : p.modes,
    signatures: addSignature(p.signatures, m),
    hard,
    soft,
    dates: m.date.kind === 'hard' ? tally(p.dates, m.date.value) : p.dates,
    places: m.place ? addPlace(p.places, m.place) : p.places,
    reports: newReport ? p.reports + 1 : p.reports,
    lastDoc: m.doc,
    languages: tally(p.languages, m.language),
    ...addOutlet(p, m.outlet, newReport),
    firstReported: m.published && (!p.firstReported || m.published < p.firstReported) ? m.published : p.firstReported,
    lastReported: m.published && (!p.lastReported || m.published > p.lastReported) ? m.published : p.lastReported,
    mentions: p.mentions + 1,
    versions: addVersion(p.versions, m),
  }
}

function addOutlet(p: ClusterProfile, outlet: string, newReport: boolean): Pick<ClusterProfile, 'outlets' | 'outletCount'> {
  if (p.outlets.includes(outlet)) return { outlets: p.outlets, outletCount: p.outletCount }
  if (p.outlets.length < MAX_OUTLETS) return { outlets: [...p.outlets, outlet], outletCount: p.outletCount + 1 }
  return { outlets: p.outlets, outletCount: newReport ? p.outletCount + 1 : p.outletCount }
}

/** A stored profile, including one written before profiles stopped listing their documents. */
export function profileFromJson(json: string): ClusterProfile {
  const p = JSON.parse(json) as ClusterProfile & { readonly docs?: readonly string[] }
  if (!p.docs) return p
  const { docs, ...rest } = p
  return { ...rest, reports: docs.length, lastDoc: docs.at(-1) ?? p.anchor.doc, outlets: p.outlets.slice(0, MAX_OUTLETS), outletCount: p.outlets.length }
}

function tally(counts: Readonly<Record<string, number>>, key: string): Record<string, number> {
  return { ...counts, [key]: (counts[key] ?? 0) + 1 }
}

function tallyType(counts: ClusterProfile['types'], type: PloverType): ClusterProfile['types'] {
  return { ...counts, [type]: (counts[type] ?? 0) + 1 }
}

function addPlace(places: Readonly<Record<string, PlaceTally>>, place: NonNullable<Mention['place']>): Record<string, PlaceTally> {
  const old = places[place.key]
  const entry: PlaceTally = {
    name: old?.name ?? place.name,
    country: old?.country ?? place.country,
    lat: old?.lat ?? place.lat,
    lon: old?.lon ?? place.lon,
    count: (old?.count ?? 0) + 1,
  }
  return { ...places, [place.key]: entry }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.join('+') === b.join('+')

function addSignature(signatures: readonly Signature[], m: Mention): Signature[] {
  const i = signatures.findIndex(
    (s) => s.negated === m.negated && sameList(s.source, m.source) && sameList(s.target, m.target) && sameList(s.mediators, m.mediators),
  )
  if (i >= 0) return signatures.map((s, k) => (k === i ? { ...s, count: s.count + 1 } : s))
  const added = [...signatures, { source: m.source, target: m.target, mediators: m.mediators, negated: m.negated, count: 1 }]
  if (added.length <= MAX_SIGNATURES) return added
  // Note: the first signature is the anchor's and is never dropped.
  const rarest = added.slice(1).reduce((min, s, k) => (s.count < (added[min]?.count ?? Infinity) ? k + 1 : min), 1)
  return added.filter((_, k) => k !== rarest)
}
