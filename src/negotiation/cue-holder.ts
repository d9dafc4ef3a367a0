/**
 * Whose is a stance cue? In order:
 *  1. a noun of saying's author right next to it ("Armenia's proposal", "the
 *     proposal of the Armenian side", "đề xuất của Armenia", "Forderung Bakus");
 *  2. the speaker of the cue's clause when the speaker is a party ("Aliyev
 *     said the two countries could sign" is Azerbaijan's position);
 *  3. the subject: the nearest party before the cue in its clause, with the
 *     parties coordinated with it; a non-party there (a mediator: "Blinken
 *     urged...") blocks the cue;
 *  4. earlier clauses, a party speaker elsewhere in the sentence, then the
 *     previous sentence's subject ("The second demanded...").
 * A charge ("illegal", "ethnic cleansing") is never held by the actor it is
 * said of; an obligation ("must", "phải", "должен") is the speaker's demand,
 * never the obliged actor's.
 */
import type { Cue } from './scan.js'
import { clauseOf } from './scan.js'
import { groupFrom, holderOf, markersOf, topicHolder, walkBack, type Holder, type PartyContext, type Speaker } from './parties.js'

/** The actor just before a reporting verb is its speaker, party or not ("– ông Peskov nhấn mạnh"). */
function nearestBefore(ctx: PartyContext, from: number, floor: number): Holder {
  const { slots } = ctx.scan
  const fits = (i: number) => slots[i]!.start >= floor && slots[i]!.end <= from && !slots[i]!.oblique
  const indexes = slots.map((_, i) => i).filter(fits)
  const i = ctx.subjectFirst ? indexes[0] : indexes[indexes.length - 1]
  if (i === undefined) return null
  return holderOf(ctx, groupFrom(ctx, i, from))
}

function slotAfter(ctx: PartyContext, from: number, window: number): Holder {
  const i = ctx.scan.slots.findIndex((s) => s.start >= from && s.start - from <= window)
  return i < 0 ? null : holderOf(ctx, groupFrom(ctx, i))
}

/** '..., said Pashinyan.': a speaker after the verb closes the clause (else it is the reported subject). */
function closingSlotAfter(ctx: PartyContext, from: number): Holder {
  const { slots, tokens, sentence } = ctx.scan
  const slot = slots.find((s) => s.start >= from && s.start - from <= 3)
  if (!slot) return null
  // Note: '..., a écrit Nikol Pachinian sur Facebook.' — a few words may still follow.
  const rest = tokens.length - slot.end
  const after = ctx.text.slice(tokens[slot.end - 1]?.end ?? sentence.end, sentence.end)
  return rest <= 3 || /^\s*([,.;:!?»"”)]|$)/u.test(after) ? holderOf(ctx, [slot]) : null
}

/** Speakers of the sentence: who "said", "stated", "cho biết", "заявил"...; "according to X". */
export function speakersOf(ctx: PartyContext): Speaker[] {
  const { scan, settings } = ctx
  const out: Speaker[] = []
  for (const m of markersOf(scan, 'speech')) {
    const holder = nearestBefore(ctx, m.start, Math.max(0, m.start - settings.speaker_window)) ?? closingSlotAfter(ctx, m.end)
    if (holder !== null) out.push({ clause: clauseOf(scan.clauses, m.start), holder, after: m.end })
  }
  for (const m of markersOf(scan, 'attribution')) {
    const holder = slotAfter(ctx, m.end, 4)
    if (holder !== null) out.push({ clause: clauseOf(scan.clauses, m.start), holder, after: m.end })
  }
  // "Rəsmi Bakının nəzərincə", "X'e göre": the source is named before the word.
  for (const m of markersOf(scan, 'attribution_before')) {
    const i = scan.slots.findLastIndex((s) => s.end <= m.start && m.start - s.end <= 1)
    if (i >= 0) out.push({ clause: clauseOf(scan.clauses, m.start), holder: holderOf(ctx, [scan.slots[i]!]), after: m.end })
  }
  return out
}

/** The actor right next to a cue: before it (adjacent, or marked "'s"), or after it (adjacent, or after "of"). */
function adjacentHolder(ctx: PartyContext, cue: Cue, after: boolean): Holder {
  const { slots, tokens } = ctx.scan
  const marked = (end: number) => /^['’]/.test(ctx.text.slice(tokens[end - 1]?.end ?? 0))
  const before = slots.findLastIndex(
    (s) => s.end <= cue.start && ((s.end === cue.start && !cue.alsoVerb) || (marked(s.end) && cue.start - s.end <= ctx.settings.possessor_before)),
  )
  if (before >= 0) {
    const h = holderOf(ctx, [slots[before]!])
    if (h !== null) return h
  }
  const next = slots.find((s) => s.start >= cue.end && s.start - cue.end <= ctx.settings.possessor_after)
  if (!next) return null
  const via = (kind: 'connectors' | 'agent_connectors') => markersOf(ctx.scan, kind).some((m) => m.start >= cue.end && m.start < next.start)
  // Note: "opposition from Yerevan", "sự phản đối của Armenia": an agent is marked as one.
  if (via('agent_connectors')) return holderOf(ctx, [next])
  if (!after) return null
  // Note: "preconditions Azerbaijan had set", "Forderung Bakus"; but "yêu cầu Armenia" is "demand that Armenia".
  const direct = next.start === cue.end && !cue.alsoVerb
  return direct || via('connectors') ? holderOf(ctx, [next]) : null
}

/**
 * A noun cue's possessor. What follows a noun of saying is its author ("the
 * proposal of Armenia"); what follows a noun of doing is its object ("the
 * recognition of Kosovo").
 */
export function possessorOf(ctx: PartyContext, cue: Cue): Holder {
  if (cue.kind !== 'noun') return null
  return adjacentHolder(ctx, cue, cue.stance === 'propose' || cue.stance === 'demand')
}

function without(holder: Holder, excluded: Holder): Holder {
  if (!Array.isArray(holder) || !Array.isArray(excluded)) return holder
  const rest = holder.filter((p) => !excluded.includes(p))
  return rest.length > 0 ? rest : 'blocked'
}

/** Whose is this cue (see the header). */
export function holderOfCue(ctx: PartyContext, cue: Cue, speakers: readonly Speaker[]): Holder {
  if (cue.kind === 'charge') {
    // "a decision unacceptable for Yerevan": the evaluator is named right after the charge.
    const evaluator = markersOf(ctx.scan, 'evaluators').find((m) => m.start >= cue.end && m.start - cue.end <= 1)
    const judged = evaluator ? slotAfter(ctx, evaluator.end, 2) : null
    if (Array.isArray(judged)) return judged
    return without(plainHolder(ctx, cue, speakers), adjacentHolder(ctx, cue, true))
  }
  if (cue.kind === 'obligation') return obligationHolder(ctx, cue, speakers)
  return plainHolder(ctx, cue, speakers)
}

/** "Armenia must change its constitution", said by Baku (or in Baku's quote): Baku demands. */
function obligationHolder(ctx: PartyContext, cue: Cue, speakers: readonly Speaker[]): Holder {
  const ci = clauseOf(ctx.scan.clauses, cue.start)
  const own = speakers.find((s) => s.clause === ci) ?? speakers.find((s) => s.holder !== null)
  // Note: the obliged is named after the reporting words ("Baku says this step is necessary").
  const floor = Math.max(ctx.scan.clauses[ci]?.start ?? 0, own && own.after <= cue.start ? own.after : 0)
  const obliged = walkBack(ctx, cue.start, floor)
  return without(own ? own.holder : topicHolder(ctx.topic), obliged)
}

function plainHolder(ctx: PartyContext, cue: Cue, speakers: readonly Speaker[]): Holder {
  const possessor = possessorOf(ctx, cue)
  if (possessor !== null) return possessor
  const { clauses } = ctx.scan
  const ci = clauseOf(clauses, cue.start)
  const own = speakers.find((s) => s.clause === ci)
  if (own && Array.isArray(own.holder)) return own.holder
  // Note: under a non-party speaker ("Peskov said...") the subject must be right there, and nothing else counts.
  const subject = walkBack(ctx, cue.start, clauses[ci]?.start ?? 0, own !== undefined)
  if (subject !== null || own) return subject ?? 'blocked'
  const earlier = walkBack(ctx, clauses[ci]?.start ?? 0, 0)
  if (earlier !== null) return earlier
  const elsewhere = speakers.find((s) => Array.isArray(s.holder))
  return elsewhere ? elsewhere.holder : topicHolder(ctx.topic)
}
