/**
 * The last pass: no sentence longer than MAX_SENTENCE characters. Later
 * stages look at every pair of words or mentions in a sentence, so one
 * endless "sentence" (a run of clauses, a list of names, a page without
 * punctuation) would cost them quadratic time. An over-long span is cut into
 * pieces of at least half the bound: at a clause mark followed by white space
 * (",", ";", ":", a dash) by preference, else at any white space, else
 * anywhere not inside a surrogate pair. Offsets stay exact; every piece is
 * trimmed and non-empty.
 */
import type { Span } from '../core/span.js'
import { isSpace, trimSpan } from './spans.js'

/** Longer than any real sentence (a long treaty clause is ~1,000 characters). */
export const MAX_SENTENCE = 2000
const MIN_PIECE = MAX_SENTENCE / 2

const CLAUSE_MARK = /[,;:\u2013\u2014\u060c\u061b\u3001\uff0c\uff1b]/u

/** Where to end a piece of the span starting at `from` (exclusive end), the span being longer than the bound. */
function cutAt(text: string, from: number): number {
  const limit = from + MAX_SENTENCE
  let space = -1
  for (let i = limit; i > from + MIN_PIECE; i--) {
    if (!isSpace(text[i])) continue
    if (CLAUSE_MARK.test(text[i - 1] ?? '')) return i
    if (space < 0) space = i
  }
  if (space >= 0) return space
  const code = text.charCodeAt(limit)
  return code >= 0xdc00 && code < 0xe000 ? limit - 1 : limit // keep a surrogate pair together
}

export function boundSentences(text: string, spans: readonly Span[]): Span[] {
  if (spans.every((s) => s.end - s.start <= MAX_SENTENCE)) return [...spans]
  const out: Span[] = []
  for (const span of spans) {
    let rest: Span = span
    while (rest.end - rest.start > MAX_SENTENCE) {
      const at = cutAt(text, rest.start)
      const piece = trimSpan(text, rest.start, at)
      if (piece.end > piece.start) out.push(piece)
      rest = trimSpan(text, at, rest.end)
    }
    if (rest.end > rest.start) out.push(rest)
  }
  return out
}
