/**
 * Word tokens over folded text, with offsets into the original text. Trigger
 * and cue matching work on these tokens, so that a cue in the YAML data is
 * written in its natural spelling and still finds "AGREED", "agreed" or
 * (with full folding) "accusé"/"accuse".
 *
 * Folding is the one the actor matcher uses (src/core/lexicon-matcher.ts):
 * 'full' (case + diacritics) or 'case' (lower case only) for languages where
 * marks tell words apart, such as Vietnamese ("ký" sign / "Kỳ" in "Hoa Kỳ").
 */
import { classRuns } from '../core/char-class.js'
import { foldTextWithMap, type FoldMode } from '../core/lexicon-matcher.js'

export type { FoldMode }

export interface Token {
  /** Folded surface. */
  readonly norm: string
  readonly start: number
  readonly end: number
}

export interface FoldOptions {
  readonly mode: FoldMode
  /** Equal-length replacements applied after folding (spelling variants such as Vietnamese "oà" → "òa"). */
  readonly replacements: readonly (readonly [string, string])[]
}

/** A word is a run of letters, marks and digits. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]'

function replaceAll(folded: string, replacements: FoldOptions['replacements']): string {
  let out = folded
  for (const [from, to] of replacements) out = out.split(from).join(to)
  return out
}

/** Fold a whole text and cut it into word tokens that point back into `text`. */
export function tokenize(text: string, options: FoldOptions): Token[] {
  const { folded, map } = foldTextWithMap(text, options.mode)
  const normal = replaceAll(folded, options.replacements)
  const tokens: Token[] = []
  const runs = classRuns(normal, WORD_CHAR)
  for (let k = 0; k < runs.length; k += 2) {
    const from = runs[k]!
    const to = runs[k + 1]!
    tokens.push({ norm: normal.slice(from, to), start: map[from] ?? 0, end: map[to] ?? text.length })
  }
  return tokens
}

/** Fold a phrase from the language data the same way as the text, keeping only the word forms. */
export function foldWords(phrase: string, options: FoldOptions): string[] {
  return tokenize(phrase, options).map((t) => t.norm)
}
