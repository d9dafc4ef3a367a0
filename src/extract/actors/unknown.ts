/**
 * Finding persons the knowledge base does not know, once the known tokens
 * are placed: names after titles, names before titled appositions, names
 * shaped like the region's names, and later surname-only references to them.
 */
import { OverlapIndex } from '../../core/overlap.js'
import type { Sentence } from '../../core/doc.js'
import { foldKey } from '../../core/lexicon-matcher.js'
import type { CompiledMorphology } from '../../core/morphology.js'
import type { Token } from './match.js'
import { addMention, type DocState, notePerson } from './mentions.js'
import { type NameSpan, slugOf, stripEnding, surnameKey } from './persons.js'
import type { PendingRole } from './resolve.js'
import type { LanguageVocab } from './vocab.js'

const NAME_RUN = /\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*(?: \p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*)+/gu

export interface Candidate extends NameSpan {
  readonly sentence: number
  used: boolean
}


function pushCandidate(
  out: Candidate[], group: readonly { word: string; start: number }[], sentence: number, morph: CompiledMorphology, endings: readonly string[], v: LanguageVocab,
): void {
  let words = group
  // a leading honorific ("Mr", "ông") is not part of the name
  while (words.length > 2 && v.honorifics.has(foldKey(words[0]?.word ?? '', v.fold))) words = words.slice(1)
  const first = words[0]
  const lastWord = words[words.length - 1]
  if (!first || !lastWord || words.length < 2 || words.length > 4) return
  const last = stripEnding(lastWord.word, morph, endings)
  const name = [...words.slice(0, -1).map((w) => w.word), last].join(' ')
  out.push({ start: first.start, end: lastWord.start + lastWord.word.length, name, surname: last, sentence, used: false })
}

/** Runs of two to four capitalised words that no known token covers. */
export function nameCandidates(
  text: string, sentences: readonly Sentence[], tokens: readonly Token[], morph: CompiledMorphology, endings: readonly string[], v: LanguageVocab,
): Candidate[] {
  const out: Candidate[] = []
  const known = new OverlapIndex(tokens)
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end)
    for (const m of slice.matchAll(NAME_RUN)) {
      // a run may hold known tokens ("Armenian Parliament Ruben Rubinyan"): keep the stretches between them
      let group: { word: string; start: number }[] = []
      let at = s.start + (m.index ?? 0)
      for (const word of m[0].split(' ')) {
        if (known.overlaps(at, at + word.length)) {
          pushCandidate(out, group, s.index, morph, endings, v)
          group = []
        } else group.push({ word, start: at })
        at += word.length + 1
      }
      pushCandidate(out, group, s.index, morph, endings, v)
    }
  }
  return out
}

function addUnknown(state: DocState, c: Candidate, country: string, sector: string | null, role: string | null, via: 'role' | 'name'): void {
  const id = slugOf(c.name)
  if (!id.includes('-')) return
  c.used = true
  const roleRef = role ? { role, country } : null
  notePerson(state, { id, name: c.name, country, sector }, c.start, roleRef, true)
  state.surnames.set(surnameKey(c.surname), id)
  addMention(state, { start: c.start, end: c.end, sentence: c.sentence, id, type: 'person', name: c.name, country, sector, via })
}

/** A name right after the title ("... Armenia Ruben Rubinyan", "..., Dmitry Peskov") or right before it (", spokesperson"). */
export function personForRole(state: DocState, role: PendingRole, phraseStart: number, cands: readonly Candidate[], v: LanguageVocab): boolean {
  const sector = state.kb.roles.get(role.role)?.sector ?? null
  const country = role.country || 'UNK'
  const after = cands.find((c) => !c.used && c.sentence === role.sentence && c.start >= role.end && /^[\s,]{0,3}$/.test(state.text.slice(role.end, c.start)))
  if (after) {
    addUnknown(state, after, country, sector, role.role, 'role')
    return true
  }
  const before = cands.find((c) => !c.used && c.sentence === role.sentence && c.end <= phraseStart && appositionGap(state.text.slice(c.end, phraseStart), v))
  if (before) {
    addUnknown(state, before, country, sector, role.role, 'role')
    return true
  }
  return false
}

function appositionGap(gap: string, v: LanguageVocab): boolean {
  const m = /^\s*,\s*(.*)$/su.exec(gap)
  if (!m) return false
  return (m[1] ?? '').split(/\s+/).filter(Boolean).every((w) => v.articles.has(foldKey(w, v.fold)))
}

/** "Slava Osipyan", "Narine Shakaryan": First + a surname ending; not photo credits ("AFP / Karen Minasyan"). */
export function shapedNames(state: DocState, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.used || c.name.split(' ').length > 3) continue
    const around = state.text.slice(Math.max(0, c.start - 3), c.start) + state.text.slice(c.end, c.end + 3)
    if (around.includes('/') || around.includes('©')) continue
    const surname = c.surname.toLowerCase()
    if (surname.length < 5) continue
    const hit = state.kb.surnameEndings.find((e) => surname.endsWith(e.ending))
    if (hit) addUnknown(state, c, hit.country ?? 'UNK', null, null, 'name')
  }
}

const CAP_WORD = /\p{Lu}[\p{Ll}\p{M}]+(?:['’][\p{L}]+)?/gu

/** Later surname-only references to persons found in this document. */
export function surnameCoref(state: DocState, sentences: readonly Sentence[], tokens: readonly Token[], morph: CompiledMorphology, endings: readonly string[]): void {
  if (state.surnames.size === 0) return
  const known = new OverlapIndex(tokens)
  // Note: a mention added below lies before every later word, so the index of those found so far stays right.
  const mentioned = new OverlapIndex(state.mentions)
  for (const s of sentences) {
    for (const m of state.text.slice(s.start, s.end).matchAll(CAP_WORD)) {
      const start = s.start + (m.index ?? 0)
      const end = start + m[0].length
      const key = surnameKey(stripEnding(m[0].replace(/['’].*$/, ''), morph, endings))
      const id = state.surnames.get(key)
      const person = id ? state.persons.get(id) : undefined
      if (!person || known.overlaps(start, end)) continue
      if (mentioned.covers(start, end)) continue
      notePerson(state, person, start, null, false)
      addMention(state, { start, end, sentence: s.index, id: person.id, type: 'person', name: person.name, country: person.country, sector: person.sector, via: 'coref' })
    }
  }
}
