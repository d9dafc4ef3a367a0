/**
 * Actors stage. Takes a segmented TextUnit and the actor knowledge base;
 * gives every mention of a state, organisation, de facto entity or person
 * acting or acted upon, each with its canonical id, country, sector, how it
 * was recognised (name, metonym, adjective, role, coreference) and the
 * sentence it is in. Place uses of the same names ("talks in Washington")
 * are left to the places stage.
 *
 * The knowledge base (data/actors + src/languages/<iso>/actors.yaml + user
 * YAML files) is compiled once per process by loadActorKb.
 */
import type { ActorMention } from '../../core/doc.js'
import { morphologyFor } from '../../core/morphology.js'
import type { TextUnit } from '../../core/unit.js'
import { textLines } from './context.js'
import { type ActorKb, loadKb } from './kb.js'
import { tokenize, type Token } from './match.js'
import { addMention, type DocState, holders, notePerson } from './mentions.js'
import { type PendingRole, phrases, primary, resolvePhrase } from './resolve.js'
import { nameCandidates, personForRole, shapedNames, surnameCoref } from './unknown.js'

export type { ActorKb } from './kb.js'

/**
 * Build (or reuse) the knowledge base. `extraFiles` are user YAML files in
 * the format of data/actors/README.md; a bad file throws
 * ParleyError('PARLEY_CONFIG') naming it.
 */
export function loadActorKb(extraFiles: readonly string[]): ActorKb {
  return loadKb(extraFiles)
}

function fullNameIndex(tokens: readonly Token[], kb: ActorKb): { names: Set<string>; first: Map<string, number> } {
  const names = new Set<string>()
  const first = new Map<string, number>()
  for (const t of tokens) {
    for (const term of t.terms) {
      if (term.kind !== 'name' || !term.actor || kb.actors.get(term.actor)?.type !== 'person') continue
      names.add(term.actor)
      if (!first.has(term.actor)) first.set(term.actor, t.start)
    }
  }
  return { names, first }
}

/** A title with no name resolves to the person of the document who holds it ("the Armenian prime minister"). */
function resolveRoles(state: DocState, pending: readonly PendingRole[]): void {
  for (const p of pending) {
    if (!p.country) continue
    const matches = state.kb.roles.get(p.role)?.matches ?? [p.role]
    const person = holders(state, matches, p.country, p.start)[0]
    if (!person) continue
    notePerson(state, person, p.start, null, false)
    addMention(state, {
      start: p.start, end: p.end, sentence: p.sentence, id: person.id, type: 'person',
      name: person.name, country: person.country, sector: person.sector, via: 'coref',
    })
  }
}

export function findActors(unit: TextUnit, kb: ActorKb): ActorMention[] {
  const { text, language } = unit
  const morph = morphologyFor(language)
  const vocab = kb.vocab(language)
  const tokens = tokenize(text, kb.matcher(morph.fold).match(text), unit.sentences, language, morph)
  const state: DocState = { text, lines: textLines(text), kb, mentions: [], seen: new Set(), persons: new Map(), surnames: new Map() }
  const endings = kb.surnameEndings.map((e) => e.ending)
  const cands = nameCandidates(text, unit.sentences, tokens, morph, endings, vocab)
  const { names, first } = fullNameIndex(tokens, kb)
  const pending: PendingRole[] = []
  for (const idx of phrases(text, tokens, vocab)) {
    const result = resolvePhrase(state, vocab, tokens, idx, names, first)
    const start = tokens[idx[0] ?? 0]?.start ?? 0
    const firstTerm = primary(tokens[idx[0] ?? 0] as Token)
    if (result.role && !personForRole(state, result.role, firstTerm?.kind === 'role' ? start : -1, cands, vocab)) pending.push(result.role)
  }
  shapedNames(state, cands)
  surnameCoref(state, unit.sentences, tokens, morph, endings)
  resolveRoles(state, pending)
  return state.mentions.sort((a, b) => a.start - b.start || a.end - b.end)
}
