/**
 * Word tokens of a text with their offsets. Matching works on tokens folded
 * the way the language's morphology says (src/languages/<iso>/morphology.yaml:
 * Vietnamese keeps its tones, other languages lose case and diacritics), so
 * cue terms written with or without accents still meet the text; offsets
 * always point into the original text.
 */
import { classRuns } from '../core/char-class.js'
import { foldKey, type FoldMode } from '../core/lexicon-matcher.js'
import { firstEndingAfter } from '../core/overlap.js'
import { morphologyFor } from '../core/morphology.js'

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
  let key = foldKey(word, folding.mode).replace(/\u0307/g, '')
  for (const [from, to] of folding.spellings) if (key.includes(from)) key = key.split(from).join(to)
  return key
}

/** Tokens of `text.slice(from, to)`, offsets relative to the whole `text`. */
export function tokenize(text: string, folding: Folding, from = 0, to = text.length): Token[] {
  const out: Token[] = []
  const runs = classRuns(text, WORD_CHAR, from, to)
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!
    const end = runs[k + 1]!
    out.push({ norm: foldWord(text.slice(start, end), folding), start, end })
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
