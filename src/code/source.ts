/**
 * Who acts: the source of one trigger. In order:
 *  1. the accused, for an act inside an accusation ("accusing Baku of blocking");
 *  2. the speaker, for an evaluation ("X called it unacceptable");
 *  3. an agent next to the trigger ("blocked by X", "X tarafından");
 *  4. a "between X and Y" group next to the trigger (both act);
 *  5. for two-sided violence, both sides (see mutualSource);
 *  6. the first plain group before the trigger in its clause (the subject);
 *  7. "both sides" / "the two leaders" / a pronoun, resolved from context;
 *  8. a plain group after the trigger (inverted or nominal: "Dann eroberte Aserbaidschan");
 *  9. the speaker of reported speech — or, for a hostile act the speaker
 *     reports, the other of the document's two parties;
 * 10. the document's two parties for mediated talks; else the previous topic.
 */
import type { ActorRef, PloverType } from '../core/doc.js'
import type { DocView, Group, SentenceView } from './context.js'
import { cueTokens } from './cue-window.js'
import { refsOf, roleOf, withoutStates, type Role } from './groups.js'
import type { Trigger } from './triggers.js'

export interface ArgContext {
  /** The document's two main parties. */
  readonly dyad: readonly ActorRef[]
  /** Who the previous sentences were about (for pronouns and subjectless clauses). */
  readonly topic: readonly ActorRef[]
  /** The states the previous sentence named first, for "the two leaders". */
  readonly pair: readonly ActorRef[]
}

export type SourceBasis = 'text' | 'pronoun' | 'speaker' | 'parties' | 'topic' | 'none'

export interface Found {
  readonly source: ActorRef[]
  readonly basis: SourceBasis
  readonly used: readonly Group[]
}

export interface SourceInput {
  readonly s: SentenceView
  readonly t: Trigger
  readonly ctx: ArgContext
  readonly floor: number
  readonly speaker: Group | null
  readonly mediated: boolean
  readonly accused: readonly ActorRef[]
  readonly passive: boolean
}

/** Acts the speaker of one side reports about the other ("the blockade has led to a catastrophe"). */
const HOSTILE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN', 'SANCTION'])
/** How close an agent or a "between" group must be to the trigger it belongs to. */
const NEAR = 6

export const refs = (groups: readonly Group[]) => refsOf(groups.flatMap((g) => g.mentions))
export const having = (groups: readonly Group[], ...roles: Role[]) => groups.filter((g) => roles.includes(roleOf(g)))
export const inRange = (groups: readonly Group[], from: number, to: number) => groups.filter((g) => g.first >= from && g.last <= to)

function near(t: Trigger, g: Group): boolean {
  return (g.first >= t.last && g.first - t.last <= NEAR) || (g.last <= t.first && t.first - g.last <= NEAR)
}

function hasCue(s: SentenceView, kind: 'party' | 'pronoun' | 'pair', from: number, to: number): boolean {
  return cueTokens(s, kind, from, to).length > 0
}

const text = (groups: Group[]): Found => ({ source: refs(groups), basis: 'text', used: groups })
const parties = (ctx: ArgContext): Found => ({ source: [...ctx.dyad], basis: 'parties', used: [] })

/**
 * Two-sided violence ("clashes", "the war"): every side is source and target.
 * The sides are a group naming two or more states ("Armenia and Azerbaijan
 * fought"), a subject and its opponent ("fought against Armenia"), or else
 * the document's two parties.
 */
function mutualSource(input: SourceInput, before: Group[], marked: Group[]): Found {
  const many = (groups: Group[]) => new Set(refs(groups).map((r) => r.country)).size >= 2
  const first = before.slice(0, 1)
  if (many(first)) return text(first)
  if (first.length > 0 && many([...first, ...marked])) return text([...first, ...marked])
  if (input.ctx.dyad.length > 0) return parties(input.ctx)
  return first.length > 0 ? text(first) : { source: [], basis: 'none', used: [] }
}

/** "he", "their", "his country": the sentence's earlier subject, else "both sides" earlier, else the previous topic. */
function pronoun(input: SourceInput): Found | null {
  const { s, t, ctx, floor } = input
  if (!hasCue(s, 'pronoun', floor, t.first)) return null
  const earlier = having(inRange(s.groups, s.first, floor), 'plain', 'between')[0]
  if (earlier) return { source: refs([earlier]), basis: 'pronoun', used: [earlier] }
  if (hasCue(s, 'party', s.first, floor)) return parties(ctx)
  return ctx.topic.length > 0 ? { source: [...ctx.topic], basis: 'pronoun', used: [] } : null
}

function fromSpeaker(input: SourceInput, speaker: Group): Found {
  const said = refs([speaker])
  const { ctx, t } = input
  const type = t.payload.type
  const side = said.find((r) => ctx.dyad.some((d) => d.country === r.country))
  if (type && HOSTILE.has(type) && side && ctx.dyad.length === 2) {
    return { source: withoutStates(ctx.dyad, [side]), basis: 'parties', used: [] }
  }
  return { source: said, basis: 'speaker', used: [speaker] }
}

function explicit(input: SourceInput, seg: Group[], before: Group[]): Found | null {
  const { t, speaker, accused } = input
  if (accused.length > 0) return { source: [...accused], basis: 'text', used: [] }
  if (t.payload.flags.has('speaker') && speaker) return { source: refs([speaker]), basis: 'speaker', used: [speaker] }
  const agent = having(seg, 'agent').filter((g) => input.passive || near(t, g))
  if (agent.length > 0) return text(agent.slice(0, 1))
  const between = having(seg, 'between').filter((g) => near(t, g))
  if (between.length > 0) return text(between.slice(0, 1))
  if (t.payload.flags.has('mutual')) return mutualSource(input, having(before, 'plain'), having(seg, 'target'))
  const subject = having(before, 'plain')
  return subject.length > 0 ? text(subject.slice(0, 1)) : null
}

export function sourceOf(doc: DocView, input: SourceInput): Found {
  const { s, t, ctx, floor, speaker } = input
  const seg = inRange(s.groups, t.segment.first, t.segment.last)
  const before = input.passive ? [] : inRange(seg, floor, t.first)
  const found = explicit(input, seg, before)
  if (found) return found
  if (hasCue(s, 'party', floor, t.first)) return parties(ctx)
  if (hasCue(s, 'pair', floor, t.first) && ctx.pair.length > 0) return { source: [...ctx.pair], basis: 'pronoun', used: [] }
  const referred = pronoun(input)
  if (referred) return referred
  const inComplement = floor > t.segment.first && speaker !== null
  const after = having(inRange(seg, t.last, t.segment.last), 'plain')
  if (after.length > 0 && !doc.lang.sov && !input.passive && !inComplement) return text(after.slice(0, 1))
  if (speaker) return fromSpeaker(input, speaker)
  if (after.length > 0 && !doc.lang.sov && !input.passive) return text(after.slice(0, 1))
  if (hasCue(s, 'party', t.last, t.segment.last) || input.mediated) return parties(ctx)
  if (ctx.topic.length > 0) return { source: [...ctx.topic], basis: 'topic', used: [] }
  return { source: [], basis: 'none', used: [] }
}
