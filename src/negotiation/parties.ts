/**
 * Whose position is a stance cue? In order:
 *  1. a noun cue's possessor right next to it ("Armenia's proposal",
 *     "the proposal of the Armenian side", "đề xuất của Armenia");
 *  2. the speaker of the cue's clause when the speaker is a party
 *     ("Aliyev said the two countries could sign" is Azerbaijan's position);
 *  3. the subject: the nearest party before the cue in its clause, with the
 *     parties coordinated with it ("Armenia and Azerbaijan agreed"); a
 *     non-party there (a mediator: "Blinken urged...") blocks the cue;
 *  4. earlier clauses of the sentence, a party speaker elsewhere in it, then
 *     the previous sentence's party (pronoun-less continuations: "The second
 *     demanded...").
 * Pronouns resolve to the party named just before them, else to the previous
 * sentence's party; "we" to the speaker.
 */
import type { MarkerKind, PositionsBase } from './lexicon.js'
import type { Hit } from './patterns.js'
import { clauseOf, type Cue, type SentenceScan, type Slot } from './scan.js'

/** What the previous sentence leaves for this one: its subject (a party, or a non-party actor) and the parties it named. */
export interface Topic {
  readonly subject: readonly string[] | 'other' | null
  readonly named: readonly string[]
}
export const NO_TOPIC: Topic = { subject: null, named: [] }

/** A resolved holder: parties, 'blocked' (a non-party holds it), or null (nobody found). */
export type Holder = readonly string[] | 'blocked' | null

export interface PartyContext {
  readonly scan: SentenceScan
  readonly text: string
  readonly settings: PositionsBase
  readonly topic: Topic
  /** Every party of the document. */
  readonly parties: readonly string[]
  readonly subjectFirst: boolean
}

const markersOf = (scan: SentenceScan, kind: MarkerKind): readonly Hit<MarkerKind>[] => scan.markers.get(kind) ?? []

/**
 * The slot and the slots coordinated with it before ("Armenia and Azerbaijan",
 * "Russia, Armenia and Azerbaijan"): the last link must be a conjunction, since
 * a comma alone also follows a topic ("Bakü, Erivan yönetimine ...").
 */
function coordinated(ctx: PartyContext, index: number): Slot[] {
  const { slots, tokens } = ctx.scan
  const group = [slots[index]!]
  for (let i = index - 1; i >= 0; i--) {
    const prev = slots[i]!
    const cur = group[group.length - 1]!
    if (cur.start - prev.end > ctx.settings.coordination_gap) break
    const conj = markersOf(ctx.scan, 'conjunctions').some((m) => m.start >= prev.end && m.end <= cur.start)
    const comma = ctx.text.slice(tokens[prev.end - 1]?.end ?? 0, tokens[cur.start]?.start ?? 0).includes(',')
    if (!conj && !(comma && group.length > 1)) break
    group.push(prev)
  }
  return group
}

function pronounHolder(ctx: PartyContext, slot: Slot): Holder {
  const before = ctx.scan.slots.filter((s) => s.kind === 'party' && s.end <= slot.start)
  const last = before[before.length - 1]
  if (last) return last.parties
  return topicHolder(ctx.topic)
}

export function topicHolder(topic: Topic): Holder {
  return topic.subject === 'other' ? 'blocked' : topic.subject
}

/** "The two leaders": the parties just named here, else in the previous sentence, else all. */
function pluralHolder(ctx: PartyContext, slot: Slot): Holder {
  const here = [...new Set(ctx.scan.named.filter((s) => s.end <= slot.start).flatMap((s) => s.parties))]
  if (here.length > 0) return here
  return ctx.topic.named.length > 0 ? ctx.topic.named : ctx.parties
}

/** The holder a group of slots stands for. */
function holderOf(ctx: PartyContext, group: readonly Slot[], speaker: Holder): Holder {
  const parties = new Set<string>()
  let blocked = false
  for (const s of group) {
    const h: Holder = s.kind === 'party' || s.kind === 'collective' ? s.parties
      : s.kind === 'pronoun' ? pronounHolder(ctx, s)
      : s.kind === 'plural' ? pluralHolder(ctx, s)
      : s.kind === 'first' ? speaker ?? topicHolder(ctx.topic)
      : 'blocked'
    if (h === 'blocked') blocked = true
    else if (h) for (const p of h) parties.add(p)
  }
  return parties.size > 0 ? [...parties] : blocked ? 'blocked' : null
}

/**
 * Walk back from token `from` to `floor`: the nearest slot that is not a
 * non-party; non-parties are stepped over ("Azerbaijan's envoy to the UN
 * advanced...") but block when nothing else precedes them.
 */
function walkBack(ctx: PartyContext, from: number, floor: number, speaker: Holder): Holder {
  const { slots } = ctx.scan
  const inRange = slots.map((_, i) => i).filter((i) => slots[i]!.end <= from && slots[i]!.start >= floor)
  // Note: in subject-first languages the subject opens the clause ("Bakü, Erivan yönetimine ... dedi").
  if (!ctx.subjectFirst) inRange.reverse()
  let sawOther = false
  for (const i of inRange) {
    // Note: "Ermənistanın Konstitusiyası" (Armenia's constitution): a case-marked actor is no subject.
    if (slots[i]!.oblique) continue
    if (slots[i]!.kind === 'other') {
      sawOther = true
      continue
    }
    let last = i
    if (ctx.subjectFirst) while (inRange.includes(last + 1) && coordinated(ctx, last + 1).includes(slots[i]!)) last++
    const h = holderOf(ctx, coordinated(ctx, last), speaker)
    if (h !== null) return h
  }
  return sawOther ? 'blocked' : null
}

export interface Speaker {
  readonly clause: number
  readonly holder: Holder
}

/** Speakers of the sentence: who "said", "stated", "cho biết", "заявил"...; "according to X". */
export function speakersOf(ctx: PartyContext): Speaker[] {
  const { scan, settings } = ctx
  const out: Speaker[] = []
  for (const m of markersOf(scan, 'speech')) {
    const clause = clauseOf(scan.clauses, m.start)
    let holder = nearestBefore(ctx, m.start, Math.max(0, m.start - settings.speaker_window))
    if (holder === null) holder = closingSlotAfter(ctx, m.end)
    if (holder !== null) out.push({ clause, holder })
  }
  for (const m of markersOf(scan, 'attribution')) {
    const holder = slotAfter(ctx, m.end, 4)
    if (holder !== null) out.push({ clause: clauseOf(scan.clauses, m.start), holder })
  }
  return out
}

/** The actor just before a reporting verb is its speaker, party or not ("– ông Peskov nhấn mạnh"). */
function nearestBefore(ctx: PartyContext, from: number, floor: number): Holder {
  const { slots } = ctx.scan
  const fits = (s: Slot) => s.start >= floor && s.end <= from && !s.oblique
  const i = ctx.subjectFirst ? slots.findIndex(fits) : slots.findLastIndex(fits)
  if (i < 0) return null
  if (ctx.subjectFirst) {
    let last = i
    while (last + 1 < slots.length && slots[last + 1]!.end <= from && coordinated(ctx, last + 1).includes(slots[i]!)) last++
    return holderOf(ctx, coordinated(ctx, last), null)
  }
  return holderOf(ctx, coordinated(ctx, i), null)
}

/** '..., said Pashinyan.': a speaker after the verb closes the clause (else it is the reported subject). */
function closingSlotAfter(ctx: PartyContext, from: number): Holder {
  const { slots, tokens, sentence } = ctx.scan
  const i = slots.findIndex((s) => s.start >= from && s.start - from <= 3)
  const slot = slots[i]
  if (!slot) return null
  const after = ctx.text.slice(tokens[slot.end - 1]?.end ?? sentence.end, sentence.end)
  return /^\s*([,.;:!?»"”)]|$)/u.test(after) ? holderOf(ctx, [slot], null) : null
}

function slotAfter(ctx: PartyContext, from: number, window: number): Holder {
  const i = ctx.scan.slots.findIndex((s) => s.start >= from && s.start - from <= window)
  return i < 0 ? null : holderOf(ctx, [ctx.scan.slots[i]!], null)
}

/** A noun cue's possessor: an actor right before it, or right after it (directly or after "of"). */
export function possessorOf(ctx: PartyContext, cue: Cue): Holder {
  return cue.kind === 'noun' ? adjacentHolder(ctx, cue) : null
}

function adjacentHolder(ctx: PartyContext, cue: Cue): Holder {
  const { slots } = ctx.scan
  const before = slots.findLastIndex((s) => s.end <= cue.start && cue.start - s.end <= ctx.settings.possessor_before)
  if (before >= 0) {
    const h = holderOf(ctx, coordinated(ctx, before), null)
    if (h !== null) return h
  }
  const after = slots.find((s) => s.start >= cue.end && s.start - cue.end <= ctx.settings.possessor_after)
  if (!after) return null
  const direct = after.start === cue.end
  const viaConnector = markersOf(ctx.scan, 'connectors').some((m) => m.start >= cue.end && m.end <= after.start)
  return direct || viaConnector ? holderOf(ctx, [after], null) : null
}

/** Whose is this cue (see the header for the order); a charge is never held by the actor it is about. */
export function holderOfCue(ctx: PartyContext, cue: Cue, speakers: readonly Speaker[]): Holder {
  if (cue.kind === 'charge') {
    // "a decision unacceptable for Yerevan": the evaluator is named right after the charge.
    const evaluator = markersOf(ctx.scan, 'evaluators').find((m) => m.start >= cue.end && m.start - cue.end <= 1)
    const judged = evaluator ? slotAfter(ctx, evaluator.end, 2) : null
    if (Array.isArray(judged)) return judged
  }
  const holder = plainHolderOfCue(ctx, cue, speakers)
  if (cue.kind !== 'charge' || !Array.isArray(holder)) return holder
  const accused = adjacentHolder(ctx, cue)
  if (!Array.isArray(accused)) return holder
  const rest = holder.filter((p) => !accused.includes(p))
  return rest.length > 0 ? rest : 'blocked'
}

function plainHolderOfCue(ctx: PartyContext, cue: Cue, speakers: readonly Speaker[]): Holder {
  const possessor = possessorOf(ctx, cue)
  if (possessor !== null) return possessor
  const { clauses } = ctx.scan
  const ci = clauseOf(clauses, cue.start)
  const own = speakers.find((s) => s.clause === ci)
  const partySpeaker = own && Array.isArray(own.holder) ? own.holder : null
  if (partySpeaker) return partySpeaker
  const subject = walkBack(ctx, cue.start, clauses[ci]?.start ?? 0, partySpeaker)
  if (subject !== null) return subject
  // Note: a non-party speaker ("Peskov said...") leaves nothing to fall back on.
  if (own) return 'blocked'
  const earlier = walkBack(ctx, clauses[ci]?.start ?? 0, 0, null)
  if (earlier !== null) return earlier
  const elsewhere = speakers.find((s) => Array.isArray(s.holder))
  if (elsewhere) return elsewhere.holder
  return topicHolder(ctx.topic)
}

/** The first actor group of a sentence, as the subject the next sentence inherits. */
export function subjectOfSentence(ctx: PartyContext): Topic['subject'] {
  const { slots } = ctx.scan
  for (let i = 0; i < slots.length; i++) {
    let last = i
    while (last + 1 < slots.length && coordinated(ctx, last + 1).includes(slots[i]!)) last++
    const h = holderOf(ctx, coordinated(ctx, last), null)
    if (h === 'blocked') return 'other'
    if (h !== null) return h
  }
  return ctx.topic.subject
}
