/**
 * The per-document state the resolver fills: mentions found so far and the
 * persons met in the document (with the roles the text gives them), so that
 * later titles and surnames can be resolved to them.
 */
import type { TextLines } from './context.js'
import type { ActorMention, ActorType } from '../../core/doc.js'
import type { ActorKb } from './kb.js'

export interface DocPerson {
  readonly id: string
  readonly name: string
  readonly country: string
  readonly sector: string | null
  readonly roles: { role: string; country: string }[]
  /** Offsets of its mentions, to pick the nearest for coreference. */
  readonly positions: number[]
  /** True when the text itself named this person in full (not only by surname). */
  full: boolean
}

export interface DocState {
  readonly text: string
  /** The text's line breaks (./context.ts), found once per document. */
  readonly lines: TextLines
  readonly kb: ActorKb
  readonly mentions: ActorMention[]
  /** `start:end:actor` of every mention, so adding one is not a scan of all (long documents have thousands). */
  readonly seen: Set<string>
  readonly persons: Map<string, DocPerson>
  /** Surname key → person id, for persons found in this document. */
  readonly surnames: Map<string, string>
}

export interface MentionInput {
  readonly start: number
  readonly end: number
  readonly sentence: number
  readonly id: string
  readonly type: ActorType
  readonly name: string
  readonly country: string
  readonly sector: string | null
  readonly via: ActorMention['via']
}

export function addMention(state: DocState, m: MentionInput): void {
  const key = `${m.start}:${m.end}:${m.id}`
  if (state.seen.has(key)) return
  state.seen.add(key)
  state.mentions.push({
    kind: 'actor',
    start: m.start,
    end: m.end,
    text: state.text.slice(m.start, m.end),
    actor: { id: m.id, country: m.country, sector: m.sector, type: m.type, name: m.name },
    via: m.via,
    sentence: m.sentence,
  })
}

/** Register (or update) a person of the document and record one mention position. */
export function notePerson(
  state: DocState,
  p: { id: string; name: string; country: string; sector: string | null },
  at: number,
  role: { role: string; country: string } | null,
  full: boolean,
): DocPerson {
  let person = state.persons.get(p.id)
  if (!person) {
    const def = state.kb.actors.get(p.id)
    person = { ...p, roles: def ? def.roles.map((r) => ({ ...r })) : [], positions: [], full }
    state.persons.set(p.id, person)
  }
  person.positions.push(at)
  person.full ||= full
  if (role && !person.roles.some((r) => r.role === role.role && r.country === role.country)) person.roles.push(role)
  return person
}

/** Persons of the document holding one of `roles` for `country`, nearest to `at` first. */
export function holders(state: DocState, roles: readonly string[], country: string, at: number): DocPerson[] {
  const any = roles.includes('*')
  const found = [...state.persons.values()].filter((p) =>
    p.roles.some((r) => r.country === country && (any || roles.includes(r.role))) || (any && p.country === country),
  )
  const distance = (p: DocPerson): number => Math.min(...p.positions.map((x) => (x <= at ? at - x : 2 * (x - at))))
  return found.sort((a, b) => distance(a) - distance(b))
}
