/**
 * The merge stage's messages (style habit 6): one line saying what the
 * mention duplicates and why, with a `cause` pointing at the mention it was
 * merged with (the cluster's first), so a reader can check both quotes.
 *
 *   Duplicate of event 4f2a…/e3 (same type CONSULT, same states ARM+AZE+USA, day 2023-05-01, place Washington), merged into c1a2b3c4d5e6f
 */
import type { Match, MergeRule } from './compare.js'
import type { Mention } from './mention.js'
import type { ClusterProfile } from './profile.js'

export interface MergeMessage {
  readonly ruleId: MergeRule
  readonly reason: string
  readonly doc: string
  readonly event: string
  readonly cluster: string
  readonly cause: { readonly doc: string; readonly event: string }
}

export function mergeMessage(m: Mention, match: Match, p: ClusterProfile): MergeMessage {
  const cause = p.anchor
  const what = match.ruleId === 'contested-event' ? 'Contested version of event' : 'Duplicate of event'
  const how = match.ruleId === 'contested-event' ? 'merged as a disputed version into' : 'merged into'
  return {
    ruleId: match.ruleId,
    reason: `${what} ${cause.doc}/${cause.event} (${match.evidence.join(', ')}), ${how} ${p.id}`,
    doc: m.doc,
    event: m.event,
    cluster: p.id,
    cause,
  }
}
