/**
 * Picking the cluster a mention joins among the candidates the store found:
 * the best match wins, ties go to the older cluster, so the outcome does not
 * depend on the order candidates arrive in.
 */
import { compare, compareInDocument, type Match } from './compare.js'
import type { Mention } from './mention.js'
import type { ClusterProfile } from './profile.js'

/** A cluster this mention's own document already contributed to, with the sentences it did. */
export interface SameDocumentCandidate {
  readonly profile: ClusterProfile
  readonly sentences: readonly number[]
}

/** How far (in sentences) a document's undated return to an event may be from its earlier mention. */
export const NEARBY_SENTENCES = 2

export function chooseCluster(m: Mention, candidates: readonly ClusterProfile[]): Match | null {
  let best: { match: Match; seq: number } | null = null
  for (const p of candidates) {
    const match = compare(m, p)
    if (!match) continue
    if (!best || match.score > best.match.score || (match.score === best.match.score && p.seq < best.seq)) best = { match, seq: p.seq }
  }
  return best?.match ?? null
}

/** The one same-document cluster an undated mention continues, or null when none or several qualify. */
export function chooseInDocument(m: Mention, candidates: readonly SameDocumentCandidate[]): Match | null {
  const matches = candidates.flatMap((c) => {
    const nearby = c.sentences.some((s) => Math.abs(s - m.sentence) <= NEARBY_SENTENCES)
    const match = compareInDocument(m, c.profile, nearby)
    return match ? [match] : []
  })
  return matches.length === 1 ? (matches[0] ?? null) : null
}
