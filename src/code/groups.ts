/**
 * Actor groups as event arguments: the role a group's surrounding cue gives
 * it, and the actor references it stands for (one per state, a person
 * counting as the state it acts for).
 */
import type { ActorMention, ActorRef } from '../core/doc.js'
import type { Group } from './context.js'

export type Role = 'mediator' | 'attribution' | 'venue' | 'agent' | 'between' | 'target' | 'plain'

/** Civilians and populations suffer hostile acts; they are not their authors. */
export function civilian(g: Group): boolean {
  return g.mentions.every((m) => m.actor.sector === 'CVL')
}

export function roleOf(g: Group): Role {
  const s = g.slots
  if (s.has('mediator') || s.has('host')) return 'mediator'
  if (s.has('attribution')) return 'attribution'
  if (s.has('venue')) return 'venue'
  if (s.has('agent')) return 'agent'
  if (s.has('between')) return 'between'
  if (s.has('target')) return 'target'
  return 'plain'
}

const PREFERENCE: Record<ActorMention['actor']['type'], number> = { person: 0, organisation: 1, entity: 1, group: 2, state: 3 }

function toRef(m: ActorMention): ActorRef {
  return { id: m.actor.id, country: m.actor.country, sector: m.actor.sector }
}

/** One reference per state, in order of first mention; a person is preferred over an adjective for the same state. */
export function refsOf(mentions: readonly ActorMention[]): ActorRef[] {
  // (parallel lists, not a Map and a Set: a group names one to three states, and this runs for every group read)
  const countries: string[] = []
  const best: ActorMention[] = []
  for (const m of mentions) {
    const i = countries.indexOf(m.actor.country)
    if (i < 0) {
      countries.push(m.actor.country)
      best.push(m)
    } else if (PREFERENCE[m.actor.type] < PREFERENCE[best[i]!.actor.type]) best[i] = m
  }
  return best.map(toRef)
}

export function unionRefs(...lists: readonly (readonly ActorRef[])[]): ActorRef[] {
  const out: ActorRef[] = []
  for (const list of lists) for (const r of list) if (!out.some((o) => o.country === r.country)) out.push(r)
  return out
}

export function withoutStates(list: readonly ActorRef[], remove: readonly ActorRef[]): ActorRef[] {
  const drop = new Set(remove.map((r) => r.country))
  return list.filter((r) => !drop.has(r.country))
}

export function sameStates(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  const x = new Set(a.map((r) => r.country))
  const y = new Set(b.map((r) => r.country))
  return x.size === y.size && [...x].every((c) => y.has(c))
}
