/**
 * Merge: event mentions from many documents and languages → events (clusters).
 *
 * Takes one mention at a time (an EventRecord with its document's language,
 * publication date and outlet, see `mentionOf`) and the candidate clusters the
 * store found for it (`lookupOf` says which index keys to read; clusters are
 * filed under `clusterKeys`). Gives the cluster it joins, with a message, or
 * the profile of a new cluster. Pure: no store, no clock, no npm imports;
 * src/app/merge.ts applies it to the database.
 *
 * Rule ids: `duplicate-event` (merged with a report of the same event),
 * `contested-event` (merged as a disputed version: another perpetrator, or a
 * denial, of the same incident).
 *
 * Example: "Mirzoyan and Bayramov met in Washington on 1 May 2023, hosted by
 * Blinken" (en, CONSULT ARM+AZE, mediator USA, 2023-05-01, Washington), then
 * "Ngoại trưởng hai nước gặp nhau tại Washington ngày 1/5" (vi, CONSULT
 * ARM+AZE, 2023-05-01, Washington) → one cluster, 2 reports, languages en, vi,
 * and the message "Duplicate of event <doc>/e1 (same type CONSULT, overlapping
 * states ARM+AZE, day 2023-05-01, place Washington), merged into c…". A round
 * on 2023-06-28 in Washington, or on 2023-05-01 in Berlin, starts its own.
 */
import { chooseCluster, chooseInDocument, type SameDocumentCandidate } from './choose.js'
import { clusterIdFor, fallbackIdFor } from './cluster-id.js'
import type { Match } from './compare.js'
import { mergeMessage, type MergeMessage } from './message.js'
import type { Mention } from './mention.js'
import { addMember, newProfile, type ClusterProfile } from './profile.js'

export { clusterKeys, lookupKeys, lookupOf, type ClusterKey, type KeyQuery, type Lookup } from './keys.js'
export { boundOf, mentionOf, type Mention, type MentionDoc } from './mention.js'
export type { DayInterval } from './dates.js'
export { summarize, type ClusterSummary } from './summary.js'
export { profileFromJson, type ClusterProfile } from './profile.js'
export type { SameDocumentCandidate } from './choose.js'
export type { MergeMessage } from './message.js'
export type { Contest, Version } from './versions.js'

export type Decision =
  | { readonly kind: 'join'; readonly profile: ClusterProfile; readonly message: MergeMessage }
  | { readonly kind: 'new'; readonly profile: ClusterProfile }

export interface Candidates {
  /** Clusters found under the mention's index keys. */
  readonly indexed: readonly ClusterProfile[]
  /** Clusters the mention's own document already contributed to (asked for only when `indexed` gives no match). */
  readonly sameDocument: () => readonly SameDocumentCandidate[]
  /** Whether a cluster id is already used. */
  readonly taken: (id: string) => boolean
  /** The next creation sequence number. */
  readonly nextSeq: number
  /** Whether the mention's document already has a mention in a cluster (by default: it gave the cluster's latest mention). */
  readonly contributed?: (id: string) => boolean
}

/** Where one mention goes: an existing cluster (updated profile and message) or a new one. */
export function decide(m: Mention, c: Candidates): Decision {
  const indexed = chooseCluster(m, c.indexed)
  const sameDocument = indexed || m.date.kind === 'hard' ? [] : c.sameDocument()
  const match: Match | null = indexed ?? chooseInDocument(m, sameDocument)
  const target = match ? [...c.indexed, ...sameDocument.map((s) => s.profile)].find((p) => p.id === match.cluster) : undefined
  if (match && target) {
    const newReport = c.contributed ? !c.contributed(target.id) : undefined
    return { kind: 'join', profile: addMember(target, m, newReport), message: mergeMessage(m, match, target) }
  }
  const natural = clusterIdFor(m)
  const id = c.taken(natural) ? fallbackIdFor(m) : natural
  return { kind: 'new', profile: newProfile(id, c.nextSeq, m) }
}
