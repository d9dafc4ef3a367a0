/**
 * The candidate index: a cluster is filed under (type, date bucket, state)
 * for each of its types, the months (or years) its date allows and each
 * state it involves. A mention looks up only the keys it could match, so a
 * new report is compared with a handful of clusters, never with all of them.
 */
import type { PloverType } from '../core/doc.js'
import { bucketsOf, lookupBuckets } from './dates.js'
import { relatedTypes } from './event-kinds.js'
import { boundOf, participants, type Mention } from './mention.js'
import type { ClusterProfile } from './profile.js'

export interface ClusterKey {
  readonly type: PloverType
  readonly bucket: string
  readonly state: string
}

export interface Lookup {
  readonly types: readonly PloverType[]
  readonly buckets: readonly string[]
  readonly states: readonly string[]
}

export function clusterKeys(p: ClusterProfile): ClusterKey[] {
  const bound = p.hard ?? p.soft
  if (!bound) return []
  const states = [...new Set(p.signatures.flatMap((s) => [...s.source, ...s.target, ...s.mediators]))]
  const types = Object.keys(p.types) as PloverType[]
  return types.flatMap((type) => bucketsOf(bound).flatMap((bucket) => states.map((state) => ({ type, bucket, state }))))
}

/** What to look up for a mention; null when it has no date bound or no state (it can only start a cluster). */
export function lookupOf(m: Mention): Lookup | null {
  const bound = boundOf(m)
  const states = participants(m)
  if (!bound || states.length === 0) return null
  return { types: [m.type, ...relatedTypes(m.type)], buckets: lookupBuckets(bound), states }
}
