/**
 * Who acts: the source of one trigger. In order:
 *  1. the accused, for an act inside an accusation ("accusing Baku of blocking");
 *  2. the speaker, for an evaluation or accusation ("X called it unacceptable");
 *  3. an agent next to the trigger ("blocked by X", "X tarafından");
 *  4. a "between X and Y" group right at the trigger (both act);
 *  5. for two-sided violence and joint agreements, all sides (see allSides);
 *  6. the subject: the first plain group before the trigger in its clause —
 *     unless a pronoun or "both sides" stands between, or it is the subject of
 *     a talk verb and the trigger a hostile act it talks about ("discussed the blockade");
 *  7. in a relative clause ("Baerbock, who praised…"), the group it is about;
 *  8. "both sides" / "the two leaders" / "we" / a pronoun, resolved from context;
 *  9. a plain group after the trigger (inverted or nominal: "Dann eroberte Aserbaidschan");
 * 10. the speaker of reported speech — or, for a hostile act one party
 *     reports, the other of the document's two parties;
 * 11. the document's two parties for mediated talks; else the previous topic.
 */
import type { ActorRef, PloverType } from '../core/doc.js'
import type { DocView, Group, SentenceView } from './context.js'
import { cueTokens } from './cue-window.js'
import { civilian, refsOf, roleOf, withoutStates, type Role } from './groups.js'
import type { Speaker } from './speaker.js'
import type { Trigger } from './triggers.js'

export interface ArgContext {
  /** The document's two main parties. */
  readonly dyad: readonly ActorRef[]
  /** Who the previous sentences were about (for pronouns and subjectless clauses). */
  readonly topic: readonly ActorRef[]
  /** The states the previous sentence named first, for "the two leaders". */
  readonly pair: readonly ActorRef[]
  /** Who speaks, when the sentence continues a quotation opened before it. */
  readonly quoting: readonly ActorRef[]
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
  readonly speaker: Speaker | null
  readonly mediated: boolean
  readonly accused: readonly ActorRef[]
  readonly passive: boolean
  /** The other triggers of the sentence. */
  readonly others: readonly Trigger[]
}

/** Acts one side reports about the other ("the blockade has led to a catastrophe"). */
export const HOSTILE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN', 'SANCTION'])
/** Verbs of talk: their subject talks about an act, it does not do it. */
const TALK: ReadonlySet<PloverType> = new Set(['CONSULT', 'REQUEST', 'ACCUSE', 'SUPPORT', 'REJECT', 'AGREE'])
/** How close an agent must be to the trigger it belongs to, and a "between" cue. */
const NEAR_AGENT = 6
const NEAR_BETWEEN = 2
/** "the offensive of Azerbaijan": the possessor right after a nominal trigger. */
const NEAR_POSSESSOR = 3

export const refs = (groups: readonly Group[]) => refsOf(groups.length === 1 ? groups[0]!.mentions : groups.flatMap((g) => g.mentions))

// (loops, not filter callbacks: every trigger asks these of its sentence's groups a dozen times)
export function having(groups: readonly Group[], ...roles: Role[]): Group[] {
  const out: Group[] = []
  for (const g of groups) if (roles.includes(roleOf(g))) out.push(g)
  return out
}

export function inRange(groups: readonly Group[], from: number, to: number): Group[] {
  const out: Group[] = []
  for (const g of groups) if (g.first >= from && g.last <= to) out.push(g)
  return out
}

const text = (groups: Group[]): Found => ({ source: refs(groups), basis: 'text', used: groups })
const parties = (ctx: ArgContext): Found => ({ source: [...ctx.dyad], basis: 'parties', used: [] })
/** "both sides" said in the clause: as explicit as a name. */
const named = (ctx: ArgContext): Found => ({ source: [...ctx.dyad], basis: 'pronoun', used: [] })
const cuesIn = (s: SentenceView, kind: 'party' | 'pronoun' | 'pair' | 'we' | 'relative', from: number, to: number) => cueTokens(s, kind, from, to)

/** "blocked by X" follows its verb; "X tarafından kurulan" precedes it. */
function nearAgent(doc: DocView, t: Trigger, g: Group): boolean {
  return doc.lang.sov ? g.last <= t.first && t.first - g.last <= NEAR_AGENT : g.first >= t.last && g.first - t.last <= NEAR_AGENT
}

/** "talks between X and Y" right at the trigger; in verb-final languages anywhere before it ("X arasında ... görüşmeler"). */
function nearBetween(doc: DocView, t: Trigger, g: Group): boolean {
  const at = g.slotAt.get('between') ?? -100
  if (doc.lang.sov) return g.last <= t.first
  return (at >= t.last && at - t.last <= NEAR_BETWEEN) || (at < t.first && t.first - at <= NEAR_BETWEEN + (g.last - g.first) + 1)
}

/**
 * Two-sided violence and joint agreements: every side acts. The sides are a
 * group naming two or more states ("Armenia and Azerbaijan fought"), a
 * subject and its opponent ("fought against Armenia"), or the document's two parties.
 */
function allSides(input: SourceInput, before: Group[], marked: Group[]): Found {
  const first = before.slice(0, 1)
  if (input.t.payload.flags.has('joint')) {
    // "Pashinyan signed an agreement with Putin and Aliyev": every signatory.
    if (first.length > 0) return text([...first, ...marked])
  } else if (new Set(refs(first).map((r) => r.country)).size >= 2) return text(first)
  if (input.ctx.dyad.length > 0) return parties(input.ctx)
  return first.length > 0 ? text(first) : { source: [], basis: 'none', used: [] }
}

const fromContext = (refs: readonly ActorRef[]): Found | null => (refs.length > 0 ? { source: [...refs], basis: 'pronoun', used: [] } : null)

/** A reference word standing for an actor: "both sides", "the two leaders", "we", "he" / "their". */
function reference(input: SourceInput, from: number, to: number): Found | null {
  const { s, ctx, speaker } = input
  if (cuesIn(s, 'party', from, to).length > 0) return named(ctx)
  if (cuesIn(s, 'pair', from, to).length > 0) return fromContext(ctx.pair.length > 0 ? ctx.pair : ctx.topic)
  if (cuesIn(s, 'we', from, to).length > 0) return speaker ? { source: [...speaker.refs], basis: 'speaker', used: [] } : fromContext(ctx.topic)
  if (cuesIn(s, 'pronoun', from, to).length === 0) return null
  const earlier = having(inRange(s.groups, s.first, from), 'plain', 'between')[0]
  if (earlier) return { source: refs([earlier]), basis: 'pronoun', used: [earlier] }
  if (cuesIn(s, 'party', s.first, from).length > 0) return parties(ctx)
  const later = having(inRange(s.groups, to, s.last), 'plain')[0]
  if (later) return { source: refs([later]), basis: 'pronoun', used: [later] }
  return ctx.topic.length > 0 ? { source: [...ctx.topic], basis: 'pronoun', used: [] } : null
}

/** The subject of the trigger's clause, or what stands for it. */
function subject(input: SourceInput, before: Group[]): Found | null {
  const { t, others } = input
  const hostile = t.payload.type !== null && HOSTILE.has(t.payload.type)
  const first = having(before, 'plain').filter((g) => !(hostile && civilian(g)))[0]
  // A reference word before the first group ("Taraflar, ...") or between it and the trigger ("... và họ sẽ") is the subject.
  const opening = first ? reference(input, input.floor, first.first) : null
  if (opening) return opening
  const nearer = reference(input, first ? first.last : input.floor, t.first)
  if (nearer) return nearer
  if (!first) return null
  const type = t.payload.type
  const talkedAbout = hostile && type !== null && others.some((o) => o !== t && o.payload.type !== null && TALK.has(o.payload.type) && o.first > first.last && o.last <= t.first)
  return talkedAbout ? null : text([first])
}

/** "Baerbock, who praised…": the relative clause is about the group just before it. */
function antecedent(input: SourceInput): Found | null {
  const { s, t } = input
  if (cuesIn(s, 'relative', t.segment.first, t.segment.first + 1).length === 0) return null
  const g = [...s.groups].reverse().find((x) => x.last <= t.segment.first && roleOf(x) !== 'venue' && roleOf(x) !== 'attribution')
  return g ? text([g]) : null
}

function fromSpeaker(input: SourceInput, speaker: Speaker): Found | null {
  const { ctx, t } = input
  const type = t.payload.type
  // "According to X, the meeting…": X reports the event, it does not act in it.
  if (speaker.group && roleOf(speaker.group) === 'attribution') return null
  const side = speaker.refs.find((r) => ctx.dyad.some((d) => d.country === r.country))
  if (type && HOSTILE.has(type) && speaker.quoted && side && ctx.dyad.length === 2) {
    return { source: withoutStates(ctx.dyad, [side]), basis: 'parties', used: [] }
  }
  return { source: [...speaker.refs], basis: 'speaker', used: speaker.group ? [speaker.group] : [] }
}

/** Types whose author, in reported speech, is whoever speaks ("X said the move was unacceptable", "X said Y must…"). */
const VOICED: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REQUEST'])

function explicit(doc: DocView, input: SourceInput, seg: Group[], before: Group[]): Found | null {
  const { t, speaker, accused } = input
  if (accused.length > 0) return { source: [...accused], basis: 'text', used: [] }
  const evaluates = t.payload.flags.has('speaker') || (t.payload.type !== null && VOICED.has(t.payload.type))
  if (evaluates && speaker) return { source: [...speaker.refs], basis: 'speaker', used: speaker.group ? [speaker.group] : [] }
  const agent = having(seg, 'agent').filter((g) => input.passive || nearAgent(doc, t, g))
  if (agent.length > 0) return text(agent.slice(0, 1))
  const between = having(seg, 'between').filter((g) => nearBetween(doc, t, g))
  if (between.length > 0) return text(between.slice(0, 1))
  if (t.payload.flags.has('mutual') || t.payload.flags.has('joint')) return allSides(input, having(before, 'plain'), having(seg, 'target'))
  return subject(input, before) ?? antecedent(input)
}

/**
 * A subject after the trigger: any plain group in languages that invert
 * ("Dann eroberte Aserbaidschan"), else only a possessor ("the offensive of
 * Azerbaijan", "l'intervention des forces azerbaïdjanaises").
 */
function postposed(doc: DocView, input: SourceInput, seg: Group[]): Group | null {
  const { t } = input
  if (doc.lang.sov || input.passive) return null
  const hostile = t.payload.type !== null && HOSTILE.has(t.payload.type)
  const after = having(inRange(seg, t.last, t.segment.last), 'plain').filter((g) => !(hostile && civilian(g)))
  const first = after[0]
  if (!first) return null
  const attached = first.slots.has('possessor') && first.first - t.last <= NEAR_POSSESSOR
  return doc.lang.inverted || attached ? first : null
}

/**
 * A mediator is not a party to the talks it hosts, but it is the subject of
 * what it does itself ("Baerbock, who hosted the talks, thanked her counterparts").
 */
function hostSubject(input: SourceInput, seg: Group[]): Group | null {
  const type = input.t.payload.type
  if (type === null || type === 'CONSULT' || type === 'AGREE' || input.t.payload.flags.has('joint')) return null
  return having(inRange(seg, input.floor, input.t.first), 'mediator').at(-1) ?? null
}

export function sourceOf(doc: DocView, input: SourceInput): Found {
  const { s, t, ctx, speaker } = input
  const seg = inRange(s.groups, t.segment.first, t.segment.last)
  const before = input.passive ? [] : inRange(seg, input.floor, t.first)
  const found = explicit(doc, input, seg, before)
  if (found) return found
  const after = postposed(doc, input, seg)
  if (after && !speaker) return text([after])
  const voiced = speaker ? fromSpeaker(input, speaker) : null
  if (voiced) return voiced
  if (after) return text([after])
  const host = hostSubject(input, seg)
  if (host) return text([host])
  if (cuesIn(s, 'party', t.last, t.segment.last).length > 0) return named(ctx)
  if (input.mediated) return parties(ctx)
  // Talks and agreements nobody is named for are the parties' ("the negotiations resumed").
  const mutualTalk = t.payload.type === 'CONSULT' || t.payload.flags.has('joint') || t.payload.flags.has('reciprocal')
  if (mutualTalk && ctx.dyad.length > 0) return parties(ctx)
  if (ctx.topic.length > 0) return { source: [...ctx.topic], basis: 'topic', used: [] }
  return { source: [], basis: 'none', used: [] }
}
