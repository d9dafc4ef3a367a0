/**
 * Arguments pass: source, target and mediators of one trigger, from the actor
 * groups of its sentence and the cues around them (cues.yaml: "between X",
 * "mediated by X", "by X", "with X", "according to X"...).
 *
 * Source: see source.ts. Target: groups marked by "with / against / to X",
 * else the first plain group on the object side (after the trigger; before
 * it in verb-final languages; the subject for a passive). Mediators: groups
 * marked as mediators or hosts anywhere in the sentence.
 */
import type { ActorRef } from '../core/doc.js'
import type { DocView, SentenceView } from './context.js'
import { cueTokens } from './cue-window.js'
import { withoutStates } from './groups.js'
import { localFloor, speakerOf } from './speaker.js'
import { HOSTILE, having, inRange, refs, sourceOf, type ArgContext, type Found, type SourceBasis } from './source.js'
import type { Trigger } from './triggers.js'

export type { ArgContext, SourceBasis }

export interface Arguments {
  readonly source: ActorRef[]
  readonly target: ActorRef[]
  readonly mediators: ActorRef[]
  readonly speaker: ActorRef[]
  readonly according: ActorRef | null
  /** For an act inside an accusation: the accuser. */
  readonly accuser: ActorRef[]
  readonly basis: SourceBasis
  /** Start of the trigger's own clause (after "X said that"): the floor for cue windows. */
  readonly floor: number
}

/** "was attacked", "bị tấn công", "wurde angegriffen": the subject is the target. */
export function isPassive(s: SentenceView, t: Trigger): boolean {
  return t.payload.flags.has('passive') || cueTokens(s, 'passive', Math.max(t.segment.first, t.first - 2), t.first).length > 0
}

/** The stretch of clause that holds the trigger's object: up to the next trigger (after it; before it in verb-final languages). */
function objectRange(doc: DocView, t: Trigger, others: readonly Trigger[]): [number, number] {
  if (doc.lang.sov) {
    const prev = others.filter((o) => o.last <= t.first && o.segment === t.segment).at(-1)
    return [prev ? prev.last : t.segment.first, t.first]
  }
  const next = others.find((o) => o.first >= t.last && o.segment === t.segment)
  return [t.last, next ? next.first : t.segment.last]
}

function targetOf(doc: DocView, s: SentenceView, t: Trigger, floor: number, found: Found, passive: boolean, others: readonly Trigger[]): ActorRef[] {
  if (t.payload.flags.has('mutual')) return [...found.source]
  if (t.payload.flags.has('joint') && found.source.length > 1) return []
  const seg = inRange(s.groups, t.segment.first, t.segment.last).filter((g) => !found.used.includes(g))
  const [from, to] = objectRange(doc, t, others)
  const marked = having(inRange(seg, from, to), 'target')
  if (marked.length > 0) return withoutStates(refs(marked), found.source)
  const before = having(inRange(seg, floor, t.first), 'plain')
  const objectSide = passive ? before.slice(0, 1) : doc.lang.sov ? before.slice(-1) : having(inRange(seg, t.last, t.segment.last), 'plain').slice(0, 1)
  return withoutStates(refs(objectSide), found.source)
}

/**
 * Sides the text leaves implicit: agreeing takes two ("we agreed" — with the
 * other party); a passive hostile act with no agent ("Armenia lost control
 * of Karabakh", "positions were attacked") is the other party's.
 */
function completeSides(t: Trigger, found: Found, target: ActorRef[], ctx: ArgContext, passive: boolean): [Found, ActorRef[]] {
  const alone = found.source.length === 1 ? found.source[0] : undefined
  const inDyad = alone !== undefined && ctx.dyad.length === 2 && ctx.dyad.some((d) => d.country === alone.country)
  if (t.payload.flags.has('reciprocal') && inDyad && target.length === 0) return [{ ...found, source: [...found.source, ...withoutStates(ctx.dyad, found.source)] }, []]
  const hostile = t.payload.type !== null && HOSTILE.has(t.payload.type)
  const victim = target.length === 1 ? target[0] : undefined
  const victimInDyad = victim !== undefined && ctx.dyad.length === 2 && ctx.dyad.some((d) => d.country === victim.country)
  if (passive && hostile && found.basis !== 'text' && victimInDyad) return [{ ...found, source: withoutStates(ctx.dyad, target), basis: 'parties' }, target]
  return [found, target]
}

export function resolveArguments(doc: DocView, s: SentenceView, t: Trigger, ctx: ArgContext, others: readonly Trigger[] = []): Arguments {
  const floor = localFloor(s, t)
  const passive = isPassive(s, t)
  const mediators = refs(having(s.groups, 'mediator'))
  const attributed = having(s.groups, 'attribution')[0]
  // An evaluation with no speech verb is the view of whoever it is attributed to ("inacceptable pour Erevan").
  const evaluator = t.payload.flags.has('speaker') ? attributed : undefined
  const speaker = speakerOf(doc, s, t, ctx.topic, ctx.quoting) ?? (evaluator ? { refs: refs([evaluator]), group: evaluator, quoted: false } : null)
  const according = evaluator ? undefined : attributed
  // An act inside an accusation ("accusing Baku of blocking") is the accused's, claimed by the accuser.
  const accusation = t.accusedBy ? resolveArguments(doc, s, t.accusedBy, ctx, others) : null
  const input = { s, t, ctx, floor, speaker, mediated: mediators.length > 0, accused: accusation?.target ?? [], passive, others }
  let found = sourceOf(doc, input)
  let target = targetOf(doc, s, t, floor, found, passive, others)
  if (t.payload.flags.has('host') && target.length > 0) {
    // "X received Y": Y visits X.
    ;[found, target] = [{ ...found, source: target }, found.source]
  }
  if (t.payload.flags.has('brokered') && found.basis === 'text') {
    // "Russia brokered a ceasefire": Russia mediates between the parties.
    mediators.push(...withoutStates(found.source, mediators))
    const parties = target.length > 1 ? target : [...ctx.dyad]
    found = { ...found, source: parties, basis: target.length > 1 ? 'text' : 'parties' }
    target = []
  }
  ;[found, target] = completeSides(t, found, target, ctx, passive)
  const source = withoutStates(found.source, mediators)
  return {
    source: source.length > 0 ? source : found.source,
    target: withoutStates(target, mediators),
    mediators: withoutStates(mediators, source),
    speaker: speaker ? [...speaker.refs] : [],
    according: according ? (refs([according])[0] ?? null) : null,
    accuser: accusation?.source ?? [],
    basis: found.basis,
    floor,
  }
}
