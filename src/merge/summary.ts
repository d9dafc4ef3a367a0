/**
 * What a cluster shows: its type, best date (the most precise, then the most
 * reported), best place (the most reported), the sides as most reports give
 * them, how many reports, outlets and languages carry it, when it was first
 * and last reported, and, for a contested incident, each side's version.
 */
import type { PartialDate, PloverType } from '../core/doc.js'
import { precisionOf } from './dates.js'
import type { ClusterProfile, PlaceTally } from './profile.js'
import type { Roles } from './states.js'
import { contestOf, type Contest, type Version } from './versions.js'

export interface ClusterSummary {
  readonly id: string
  readonly type: PloverType
  readonly types: readonly PloverType[]
  readonly negated: boolean
  readonly date: PartialDate | null
  readonly place: PlaceTally | null
  readonly actors: Roles
  /** Distinct documents. */
  readonly reports: number
  readonly mentions: number
  readonly outlets: number
  /** Languages, most reported first. */
  readonly languages: readonly string[]
  readonly firstReported: string | null
  readonly lastReported: string | null
  readonly contested: readonly Contest[]
  readonly versions: readonly Version[]
}

const RANK = { year: 0, month: 1, day: 2 } as const

/** Highest count wins; ties keep the earlier entry (insertion order: the anchor's first). */
function top<T>(entries: readonly T[], count: (t: T) => number): T | null {
  return entries.reduce<T | null>((best, e) => (best === null || count(e) > count(best) ? e : best), null)
}

export function bestDate(dates: Readonly<Record<string, number>>): PartialDate | null {
  const entries = Object.entries(dates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const best = top(entries, ([value, n]) => RANK[precisionOf(value)] * 1e9 + n)
  return best ? { value: best[0], precision: precisionOf(best[0]) } : null
}

export function summarize(p: ClusterProfile): ClusterSummary {
  const types = Object.keys(p.types) as PloverType[]
  const type = top(types, (t) => p.types[t] ?? 0) ?? types[0] ?? 'CONSULT'
  const positive = p.signatures.filter((s) => !s.negated)
  const sides = top(p.negated && positive.length > 0 ? positive : p.signatures.filter((s) => s.negated === p.negated), (s) => s.count)
  const languages = Object.entries(p.languages).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l)
  const contested = contestOf(types, p.versions)
  return {
    id: p.id,
    type,
    types,
    // Note: a denied claim is shown as the claim (with its denial as a version), whichever came first.
    negated: p.negated && !contested.includes('denial'),
    date: bestDate(p.dates),
    place: top(Object.values(p.places), (t) => t.count),
    actors: { source: sides?.source ?? [], target: sides?.target ?? [], mediators: sides?.mediators ?? [] },
    reports: p.reports,
    mentions: p.mentions,
    outlets: p.outletCount,
    languages,
    firstReported: p.firstReported,
    lastReported: p.lastReported,
    contested,
    versions: [...p.versions].sort((a, b) => Number(a.negated) - Number(b.negated) || b.mentions - a.mentions),
  }
}
