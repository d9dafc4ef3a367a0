/**
 * Word tokens of a text with their offsets. Matching works on tokens folded
 * the way the language's morphology says (src/languages/<iso>/morphology.yaml:
 * Vietnamese keeps its tones, other languages lose case and diacritics), so
 * cue terms written with or without accents still meet the text; offsets
 * always point into the original text.
 */
import { classRuns } from '../core/char-class.js'
import { foldKey, foldTextWithMap, type FoldMode } from '../core/lexicon-matcher.js'
import { firstEndingAfter } from '../core/overlap.js'
import { morphologyFor } from '../core/morphology.js'
import { stableRange } from './stable-units.js'

export interface Token {
  /** Folded form used for matching. */
  readonly norm: string
  readonly start: number
  readonly end: number
}

/** A word is a run of letters, marks and digits. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]'

/**
 * How a language's words are folded: its morphology's fold mode, and
 * spelling variants brought to one form (Vietnamese writes the tone of
 * "oa/oe/uy" on either vowel; src/languages/vi/positions.yaml lists them).
 */
export interface Folding {
  readonly mode: FoldMode
  readonly spellings: readonly (readonly [from: string, to: string])[]
}

export function foldingOf(language: string, spellings: Readonly<Record<string, string>> = {}): Folding {
  const mode = morphologyFor(language).fold
  return { mode, spellings: Object.entries(spellings).map(([from, to]) => [foldKey(from, mode), foldKey(to, mode)] as const) }
}

/** Fold one word for matching (the same function serves cue terms and text). */
export function foldWord(word: string, folding: Folding): string {
  return finishFold(foldKey(word, folding.mode), folding)
}

/** What foldWord does after foldKey: the dot above gone, spelling variants brought to one form. */
function finishFold(folded: string, folding: Folding): string {
  let key = folded.includes('\u0307') ? folded.replace(/\u0307/g, '') : folded
  for (const [from, to] of folding.spellings) if (key.includes(from)) key = key.split(from).join(to)
  return key
}

/**
 * Tokens of `text.slice(from, to)`, offsets relative to the whole `text`.
 * A word whose characters normalisation cannot touch (./stable-units.ts) is
 * cut out of the whole text folded once (core/lexicon-matcher's
 * foldTextWithMap, which the actor stages already computed): the same
 * characters folded one by one, as foldWord would, without a lookup of the
 * word in foldKey's cache for every word of every sentence.
 */
export function tokenize(text: string, folding: Folding, from = 0, to = text.length): Token[] {
  const out: Token[] = []
  const runs = classRuns(text, WORD_CHAR, from, to)
  if (runs.length === 0) return out
  const { folded, map } = foldTextWithMap(text, folding.mode)
  let k = 0 // walks the folded text: map[k] is the offset in `text` of its unit k
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!
    const end = runs[r + 1]!
    let norm: string
    if (stableRange(text, start, end)) {
      while (map[k]! < start) k++
      const first = k
      while (map[k]! < end) k++
      norm = finishFold(folded.slice(first, k), folding)
    } else norm = foldWord(text.slice(start, end), folding)
    out.push({ norm, start, end })
  }
  return out
}

/** Index of the first token that ends after `offset` (tokens.length if none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstEndingAfter(tokens, offset)
}

/** The token range [start, end) covering the character span [start, end). */
export function tokenRange(tokens: readonly Token[], start: number, end: number): { start: number; end: number } {
  const first = tokenAt(tokens, start)
  let last = first
  while (last < tokens.length && (tokens[last]?.start ?? Infinity) < end) last++
  return { start: first, end: Math.max(last, first) }
}
