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
import { localFloor, speakerGroup } from './speaker.js'
import { having, inRange, refs, sourceOf, type ArgContext, type Found, type SourceBasis } from './source.js'
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

function targetOf(doc: DocView, s: SentenceView, t: Trigger, floor: number, found: Found, passive: boolean): ActorRef[] {
  if (t.payload.flags.has('mutual')) return [...found.source]
  const seg = inRange(s.groups, t.segment.first, t.segment.last).filter((g) => !found.used.includes(g))
  const marked = having(seg, 'target')
  if (marked.length > 0) return withoutStates(refs(marked), found.source)
  const before = having(inRange(seg, floor, t.first), 'plain')
  const objectSide = passive ? before.slice(0, 1) : doc.lang.sov ? before.slice(-1) : having(inRange(seg, t.last, t.segment.last), 'plain').slice(0, 1)
  return withoutStates(refs(objectSide), found.source)
}

export function resolveArguments(doc: DocView, s: SentenceView, t: Trigger, ctx: ArgContext): Arguments {
  const floor = localFloor(s, t)
  const passive = isPassive(s, t)
  const mediators = refs(having(s.groups, 'mediator'))
  const attributed = having(s.groups, 'attribution')[0]
  // An evaluation with no speech verb is the view of whoever it is attributed to ("inacceptable pour Erevan").
  const evaluator = t.payload.flags.has('speaker') ? attributed : undefined
  const speaker = speakerGroup(doc, s, t) ?? evaluator ?? null
  const according = evaluator ? undefined : attributed
  // An act inside an accusation ("accusing Baku of blocking") is the accused's, claimed by the accuser.
  const accusation = t.accusedBy ? resolveArguments(doc, s, t.accusedBy, ctx) : null
  const input = { s, t, ctx, floor, speaker, mediated: mediators.length > 0, accused: accusation?.target ?? [], passive }
  let found = sourceOf(doc, input)
  let target = targetOf(doc, s, t, floor, found, passive)
  if (t.payload.flags.has('host') && target.length > 0) {
    // "X received Y": Y visits X.
    ;[found, target] = [{ ...found, source: target }, found.source]
  }
  if (t.payload.flags.has('brokered') && found.basis === 'text') {
    // "Russia brokered a ceasefire": Russia mediates between the parties.
    mediators.push(...withoutStates(found.source, mediators))
    found = { ...found, source: target.length > 0 ? target : [...ctx.dyad], basis: target.length > 0 ? 'text' : 'parties' }
    target = []
  }
  const source = withoutStates(found.source, mediators)
  return {
    source: source.length > 0 ? source : found.source,
    target: withoutStates(target, mediators),
    mediators: withoutStates(mediators, source),
    speaker: speaker ? refs([speaker]) : [],
    according: according ? (refs([according])[0] ?? null) : null,
    accuser: accusation?.source ?? [],
    basis: found.basis,
    floor,
  }
}
