/**
 * Tokens to actor mentions. Tokens joined only by connector words form a
 * phrase ("the Armenian Ministry of Foreign Affairs", "Bộ Ngoại giao Đức",
 * "глава МИД Азербайджана Джейхун Байрамов"); inside a phrase, sector and
 * role words give their sector to the states named, a title gives its role to
 * the person after it, or finds an unknown person's name right after it, or
 * (with no name) waits for coreference with a person of the document.
 */
import { foldKey } from '../../core/lexicon-matcher.js'
import type { ActorDef, Term, TermKind } from './kb.js'
import { isAttributive, isRegion, isVenue } from './context.js'
import { termOf, type Token } from './match.js'
import { addMention, type DocState, notePerson } from './mentions.js'
import type { LanguageVocab } from './vocab.js'

/** A token's readings in order of preference. */
const PRIORITY: readonly TermKind[] = ['name', 'force', 'authority', 'demonym', 'adjective', 'surname', 'metonym', 'territory', 'role', 'sector', 'place']
const ACTOR_KINDS: ReadonlySet<TermKind> = new Set(['name', 'force', 'authority', 'demonym', 'adjective', 'surname', 'metonym', 'territory'])
const VIA: Record<string, 'name' | 'metonym' | 'adjective'> = { adjective: 'adjective', demonym: 'adjective', metonym: 'metonym', territory: 'metonym' }

export interface Reading {
  readonly token: Token
  readonly term: Term
  readonly def: ActorDef | null
}

export interface PendingRole {
  readonly start: number
  readonly end: number
  readonly sentence: number
  readonly role: string
  readonly country: string
}

export function primary(token: Token): Term | undefined {
  return termOf(token, ...PRIORITY)
}

/** The reading of a token as an actor, or null when it is a place use, vocabulary or unknown. */
function actorReading(state: DocState, v: LanguageVocab, tokens: readonly Token[], i: number): Reading | null {
  const token = tokens[i]
  if (!token) return null
  const term = primary(token)
  if (!term || !ACTOR_KINDS.has(term.kind) || !term.actor) return null
  const def = state.kb.actors.get(term.actor) ?? null
  if (!def) return null
  const placeLike = term.kind === 'metonym' || term.kind === 'territory' || (term.kind === 'name' && (def.type === 'state' || def.type === 'entity'))
  if (placeLike && isVenue(state.lines, token, tokens.slice(Math.max(0, i - 4), i), tokens[i + 1], v)) return null
  if (term.kind === 'territory' && isRegion(state.lines, token, v)) return null
  if (def.type === 'organisation' && term.kind === 'name' && isAttributive(state.lines, token, v)) return null
  return { token, term, def }
}

function gapJoins(text: string, a: Token, b: Token, v: LanguageVocab): boolean {
  if (a.sentence !== b.sentence) return false
  const gap = text.slice(a.end, b.start)
  if (gap.includes('\n')) return false
  return gap.split(/\s+/).filter(Boolean).every((piece) => v.connectors.has(foldKey(piece, v.fold)))
}

/** Consecutive token indexes joined by connectors only. */
export function phrases(text: string, tokens: readonly Token[], v: LanguageVocab): number[][] {
  const out: number[][] = []
  let current: number[] = []
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]
    if (prev && current.length > 0 && !gapJoins(text, prev, t, v)) {
      out.push(current)
      current = []
    }
    current.push(i)
  })
  if (current.length > 0) out.push(current)
  return out
}

interface PhraseFacts {
  sector: string | null
  role: string | null
  roleToken: Token | null
  readings: Reading[]
}

function phraseFacts(state: DocState, v: LanguageVocab, tokens: readonly Token[], idx: readonly number[]): PhraseFacts {
  const facts: PhraseFacts = { sector: null, role: null, roleToken: null, readings: [] }
  for (const i of idx) {
    const token = tokens[i]
    if (!token) continue
    const term = primary(token)
    if (term?.kind === 'sector') facts.sector ??= term.sector
    if (term?.kind === 'role' && term.role) {
      facts.role ??= term.role
      facts.roleToken ??= token
      facts.sector ??= state.kb.roles.get(term.role)?.sector ?? null
    }
    const reading = actorReading(state, v, tokens, i)
    if (reading) facts.readings.push(reading)
  }
  return facts
}

/** Persons named by surname: only when the surname is theirs alone or their full name is in the document. */
function surnameActor(state: DocState, token: Token, fullNames: ReadonlySet<string>): ActorDef | null {
  const ids = [...new Set(token.terms.filter((t) => t.kind === 'surname' && t.actor).map((t) => t.actor ?? ''))]
  const named = ids.filter((id) => fullNames.has(id))
  const pick = named.length === 1 ? named : ids.filter((id) => state.kb.actors.get(id)?.surnameAlone)
  return pick.length === 1 ? state.kb.actors.get(pick[0] ?? '') ?? null : null
}

function emitPerson(state: DocState, r: Reading, def: ActorDef, facts: PhraseFacts, firstFull: ReadonlyMap<string, number>): void {
  const full = r.term.kind !== 'surname'
  const seenBefore = (firstFull.get(def.id) ?? Infinity) < r.token.start
  const country = facts.readings.find((x) => x.def?.type !== 'person')?.def?.id ?? def.country
  const role = facts.role ? { role: facts.role, country } : null
  notePerson(state, { id: def.id, name: def.name, country: def.country, sector: def.sector }, r.token.start, role, full)
  addMention(state, {
    start: r.token.start, end: r.token.end, sentence: r.token.sentence, id: def.id, type: 'person',
    name: def.name, country: def.country, sector: def.sector ?? facts.sector, via: full || !seenBefore ? 'name' : 'coref',
  })
}

export interface PhraseResult {
  /** The title with no person after it inside the phrase (may find an unknown name, or be coreferent). */
  readonly role: PendingRole | null
  readonly hasPerson: boolean
  readonly end: number
}

export function resolvePhrase(
  state: DocState,
  v: LanguageVocab,
  tokens: readonly Token[],
  idx: readonly number[],
  fullNames: ReadonlySet<string>,
  firstFull: ReadonlyMap<string, number>,
): PhraseResult {
  const facts = phraseFacts(state, v, tokens, idx)
  let hasPerson = false
  for (const r of facts.readings) {
    const def = r.term.kind === 'surname' ? surnameActor(state, r.token, fullNames) : r.def
    if (!def) continue
    if (def.type === 'person') {
      hasPerson = true
      emitPerson(state, r, def, facts, firstFull)
      continue
    }
    const sector = r.term.sector ?? facts.sector ?? def.sector
    addMention(state, {
      start: r.token.start, end: r.token.end, sentence: r.token.sentence, id: def.id, type: def.type,
      name: def.name, country: def.country, sector, via: VIA[r.term.kind] ?? 'name',
    })
  }
  const last = tokens[idx[idx.length - 1] ?? 0]
  const country = facts.readings.find((x) => x.def && x.def.type !== 'person')?.def?.id ?? null
  const rt = facts.roleToken
  const role = rt && facts.role && !hasPerson ? { start: rt.start, end: last?.end ?? rt.end, sentence: rt.sentence, role: facts.role, country: country ?? '' } : null
  return { role, hasPerson, end: last?.end ?? 0 }
}
