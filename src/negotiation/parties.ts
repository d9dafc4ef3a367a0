/**
 * Actor slots of a sentence as holders of positions: coordination ("Armenia
 * and Azerbaijan"), pronouns ("họ", "they", "они": the sentence's subject, else
 * the previous sentence's), "the ministers" (the parties just named), "we"
 * (the speaker), and the walk back from a cue to its subject.
 */
import { hasComma } from '../core/punctuation.js'
import type { MarkerKind, PositionsBase } from './lexicon.js'
import type { Hit } from './patterns.js'
import type { SentenceScan, Slot } from './scan.js'

/** What the previous sentence leaves for this one: its subject (a party, or a non-party actor) and the parties it named. */
export interface Topic {
  readonly subject: readonly string[] | 'other' | null
  readonly named: readonly string[]
}
export const NO_TOPIC: Topic = { subject: null, named: [] }

/** A resolved holder: parties, 'blocked' (a non-party holds it), or null (nobody found). */
export type Holder = readonly string[] | 'blocked' | null

export interface Speaker {
  readonly clause: number
  readonly holder: Holder
  /** Token index just after the reporting words: what follows is what was said. */
  readonly after: number
}

export interface PartyContext {
  readonly scan: SentenceScan
  readonly text: string
  readonly settings: PositionsBase
  readonly topic: Topic
  /** Every party of the document. */
  readonly parties: readonly string[]
  readonly subjectFirst: boolean
  /** Who speaks in the sentence (filled in once per sentence, ./cue-holder.ts). */
  readonly speakers?: readonly Speaker[]
}

export const markersOf = (scan: SentenceScan, kind: MarkerKind): readonly Hit<MarkerKind>[] => scan.markers.get(kind) ?? []

/**
 * The slot and the slots coordinated with it before ("Armenia and Azerbaijan",
 * "Russia, Armenia and Azerbaijan"): the last link must be a conjunction, since
 * a comma alone also follows a topic ("Bakü, Erivan yönetimine ...").
 */
export function coordinated(ctx: PartyContext, index: number): Slot[] {
  const { slots, tokens } = ctx.scan
  const group = [slots[index]!]
  for (let i = index - 1; i >= 0; i--) {
    const prev = slots[i]!
    const cur = group[group.length - 1]!
    if (cur.start - prev.end > ctx.settings.coordination_gap) break
    const conj = markersOf(ctx.scan, 'conjunctions').some((m) => m.start >= prev.end && m.end <= cur.start)
    const comma = hasComma(ctx.text.slice(tokens[prev.end - 1]?.end ?? 0, tokens[cur.start]?.start ?? 0))
    if (!conj && !(comma && group.length > 1)) break
    group.push(prev)
  }
  return group
}

/** The whole coordinated group a slot opens, forward ("Yerevan and Baku" from "Yerevan"). */
export function groupFrom(ctx: PartyContext, index: number, limit = Infinity): Slot[] {
  const { slots } = ctx.scan
  let last = index
  while (slots[last + 1] && slots[last + 1]!.end <= limit && coordinated(ctx, last + 1).includes(slots[index]!)) last++
  return coordinated(ctx, last)
}

export function topicHolder(topic: Topic): Holder {
  return topic.subject === 'other' ? 'blocked' : topic.subject
}

/** "Vucic rejected X, but he accepted Y": a pronoun is the sentence's subject, else the previous sentence's. */
function pronounHolder(ctx: PartyContext, slot: Slot): Holder {
  // Note: '..., ” she said': the speaker after a quote is the one talked about before, not the quote's subject.
  const before = ctx.text.slice(Math.max(0, (ctx.scan.tokens[slot.start]?.start ?? 0) - 4), ctx.scan.tokens[slot.start]?.start ?? 0)
  if (/["”»“]\s*[,.]?\s*$/u.test(before)) return topicHolder(ctx.topic)
  const first = ctx.scan.slots.findIndex((s) => s.kind !== 'pronoun' && s.kind !== 'first' && !s.oblique)
  const subject = ctx.scan.slots[first]
  if (subject && subject.end <= slot.start) return holderOf(ctx, groupFrom(ctx, first, slot.start))
  return topicHolder(ctx.topic)
}

/** "The two leaders": the parties just named here, else in the previous sentence, else all. */
function pluralHolder(ctx: PartyContext, slot: Slot): Holder {
  const here = [...new Set(ctx.scan.named.filter((s) => s.end <= slot.start).flatMap((s) => s.parties))]
  if (here.length > 0) return here
  return ctx.topic.named.length > 0 ? ctx.topic.named : ctx.parties
}

/** "We": the sentence's speaker (party or not), else the previous sentence's subject. */
function firstPersonHolder(ctx: PartyContext): Holder {
  const speaker = ctx.speakers?.find((s) => s.holder !== null)
  return speaker ? speaker.holder : topicHolder(ctx.topic)
}

function slotHolder(ctx: PartyContext, s: Slot): Holder {
  switch (s.kind) {
    case 'party':
    case 'collective':
      return s.parties
    case 'pronoun':
      return pronounHolder(ctx, s)
    case 'plural':
      return pluralHolder(ctx, s)
    case 'first':
      return firstPersonHolder(ctx)
    case 'other':
      return 'blocked'
  }
}

/** The holder a group of slots stands for; a pronoun nobody can be found for blocks. */
export function holderOf(ctx: PartyContext, group: readonly Slot[]): Holder {
  const parties = new Set<string>()
  let blocked = false
  for (const s of [...group].sort((a, b) => a.start - b.start)) {
    const h = slotHolder(ctx, s) ?? 'blocked'
    if (h === 'blocked') blocked = true
    else for (const p of h) parties.add(p)
  }
  return parties.size > 0 ? [...parties] : blocked ? 'blocked' : null
}

/**
 * Walk back from token `from` to `floor`: the nearest slot that is not a
 * non-party. Non-parties are stepped over ("Azerbaijan's envoy to the UN
 * advanced...") unless `strict`, and block when nothing else precedes them.
 * Case-marked slots ("Ermənistanın") are no subjects.
 */
export function walkBack(ctx: PartyContext, from: number, floor: number, strict = false): Holder {
  const { slots } = ctx.scan
  const inRange = slots.map((_, i) => i).filter((i) => slots[i]!.end <= from && slots[i]!.start >= floor && !slots[i]!.oblique)
  // Note: in subject-first languages the subject opens the clause ("Bakü, Erivan yönetimine ... dedi").
  if (!ctx.subjectFirst) inRange.reverse()
  let sawOther = false
  for (const i of inRange) {
    if (slots[i]!.kind === 'other') {
      // Note: "under the mediation of the US", "unter Vermittlung der USA": a non-party after "of" is no subject.
      const embedded = markersOf(ctx.scan, 'connectors').some((m) => m.end === slots[i]!.start)
      if (strict && !embedded) return 'blocked'
      sawOther = true
      continue
    }
    const h = holderOf(ctx, ctx.subjectFirst ? groupFrom(ctx, i, from) : coordinated(ctx, i))
    if (h !== null) return h
  }
  return sawOther ? 'blocked' : null
}

/** The first actor group of a sentence, as the subject the next sentence inherits. */
export function subjectOfSentence(ctx: PartyContext): Topic['subject'] {
  const { slots } = ctx.scan
  // Note: "According to his office, Pashinyan said...": a named actor is the subject before any pronoun.
  const named = slots.some((s) => s.kind === 'party' || s.kind === 'other' || s.kind === 'collective')
  for (let i = 0; i < slots.length; i++) {
    if (slots[i]!.oblique || (named && (slots[i]!.kind === 'pronoun' || slots[i]!.kind === 'first'))) continue
    const h = holderOf(ctx, groupFrom(ctx, i))
    if (h === 'blocked') return 'other'
    if (h !== null) return h
  }
  return ctx.topic.subject
}
