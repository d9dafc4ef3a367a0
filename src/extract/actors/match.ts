/**
 * From text to tokens: every dictionary hit that is a whole word (or a word
 * plus one of the language's endings), cased as its kind requires, in the
 * text's language, resolved leftmost-longest into non-overlapping tokens,
 * each tagged with its sentence.
 */
import type { Sentence } from '../../core/doc.js'
import { acceptsTail, type CompiledMorphology } from '../../core/morphology.js'
import { casingOk, foldKey } from '../../core/lexicon-matcher.js'
import type { Term, TermKind } from './kb.js'

export interface Token {
  readonly start: number
  readonly end: number
  readonly terms: readonly Term[]
  /** The accepted ending, fully folded, without apostrophe ('' when none). */
  readonly tail: string
  readonly sentence: number
}

interface RawHit {
  readonly start: number
  readonly end: number
  readonly wordEnd: number
  readonly tail: string
  readonly values: readonly Term[]
}

interface Candidate {
  readonly start: number
  readonly end: number
  readonly tail: string
  readonly terms: Term[]
}

function candidate(text: string, hit: RawHit, lang: string, morph: CompiledMorphology): Candidate | null {
  const surface = text.slice(hit.start, hit.end)
  const terms = hit.values.filter((t) => (t.lang === null || t.lang === lang) && casingOk(surface, t.casing))
  if (terms.length === 0) return null
  if (hit.tail === '') return { start: hit.start, end: hit.end, tail: '', terms }
  if (!acceptsTail(hit.tail, morph)) return null
  return { start: hit.start, end: hit.wordEnd, tail: foldKey(hit.tail, 'full').replace(/^'/, ''), terms }
}

/** Index of the sentence containing [start, end), or -1. */
export function sentenceOf(sentences: readonly Sentence[], start: number, end: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]
    if (!s) break
    if (start < s.start) hi = mid - 1
    else if (start >= s.end) lo = mid + 1
    else return end <= s.end ? s.index : -1
  }
  return -1
}

/** Leftmost-longest selection; hits of the same span keep all their readings. */
function selectLongest(cands: readonly Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Candidate[] = []
  let reach = -1
  for (const c of sorted) {
    const last = out[out.length - 1]
    if (last && last.start === c.start && last.end === c.end) {
      last.terms.push(...c.terms)
      continue
    }
    if (c.start < reach) continue
    out.push({ ...c, terms: [...c.terms] })
    reach = c.end
  }
  return out
}

export function tokenize(
  text: string,
  hits: readonly RawHit[],
  sentences: readonly Sentence[],
  lang: string,
  morph: CompiledMorphology,
): Token[] {
  const cands: Candidate[] = []
  for (const hit of hits) {
    const c = candidate(text, hit, lang, morph)
    if (c) cands.push(c)
  }
  const tokens: Token[] = []
  for (const c of selectLongest(cands)) {
    if (c.terms.some((t) => t.kind === 'block')) continue
    const sentence = sentenceOf(sentences, c.start, c.end)
    if (sentence >= 0) tokens.push({ start: c.start, end: c.end, terms: c.terms, tail: c.tail, sentence })
  }
  return tokens
}

export function hasKind(token: Token, ...kinds: TermKind[]): boolean {
  return token.terms.some((t) => kinds.includes(t.kind))
}

export function termOf(token: Token, ...kinds: TermKind[]): Term | undefined {
  for (const kind of kinds) {
    const t = token.terms.find((x) => x.kind === kind)
    if (t) return t
  }
  return undefined
}
