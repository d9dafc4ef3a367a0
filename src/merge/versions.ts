/**
 * Versions of an event: its mentions grouped by who is said to have done it
 * and whether it happened. An ordinary event has one version (or several that
 * name overlapping sides); an incident is *contested* when one version blames
 * a different perpetrator, or denies it happened, and each version then keeps
 * who says so (its attributions) and an example of its evidence, in the
 * language of the report.
 */
import type { PloverType } from '../core/doc.js'
import { INCIDENT } from './event-kinds.js'
import type { Mention } from './mention.js'

export interface VersionExample {
  readonly doc: string
  readonly event: string
  readonly language: string
  readonly quote: string
}

export interface Version {
  readonly source: readonly string[]
  /** Every target its mentions name. */
  readonly target: readonly string[]
  readonly negated: boolean
  /** Who the reports of this version cite ("according to Azerbaijani media" → AZE); empty when first-hand. */
  readonly attributedTo: readonly string[]
  readonly mentions: number
  readonly example: VersionExample
}

export type Contest = 'perpetrator' | 'denial'

const keyOf = (v: { readonly source: readonly string[]; readonly negated: boolean }) => `${v.source.join('+')}${v.negated ? '!' : ''}`

/** Above this many versions the rarest is folded away; real disputes have two or three sides. */
export const MAX_VERSIONS = 12

export function addVersion(versions: readonly Version[], m: Mention): Version[] {
  const key = keyOf(m)
  const old = versions.find((v) => keyOf(v) === key)
  if (old) {
    const attributedTo = m.attributedTo && !old.attributedTo.includes(m.attributedTo) ? [...old.attributedTo, m.attributedTo].sort() : old.attributedTo
    const target = [...new Set([...old.target, ...m.target])].sort()
    return versions.map((v) => (v === old ? { ...v, target, attributedTo, mentions: v.mentions + 1 } : v))
  }
  const added: Version = {
    source: m.source,
    target: m.target,
    negated: m.negated,
    attributedTo: m.attributedTo ? [m.attributedTo] : [],
    mentions: 1,
    example: { doc: m.doc, event: m.event, language: m.language, quote: m.quote },
  }
  return [...versions, added].slice(0, MAX_VERSIONS)
}

/** How an incident cluster is contested, if it is: the kinds present, denial first. */
export function contestOf(types: readonly PloverType[], versions: readonly Version[]): Contest[] {
  if (!types.some((t) => INCIDENT.has(t))) return []
  const out: Contest[] = []
  if (versions.some((v) => v.negated) && versions.some((v) => !v.negated)) out.push('denial')
  const positive = versions.filter((v) => !v.negated && v.source.length > 0)
  const disjoint = positive.some((a) => positive.some((b) => a !== b && !a.source.some((s) => b.source.includes(s))))
  if (disjoint) out.push('perpetrator')
  return out
}
