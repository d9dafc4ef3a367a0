/**
 * Ellipses. ICU breaks after "..." before an upper-case word but never after
 * "…" (U+2026 is not a sentence terminal in UAX #29), so "…" followed by
 * white space and an upper-case word is split here, like "...". An ellipsis
 * in brackets ("[…]", "(...)") marks an omission inside a quote and never
 * ends a sentence; an ellipsis followed by a lower-case word continues it.
 */
import type { Span } from '../../core/span.js'
import { headKind, isSpace, mergeWhere, trimSpan } from '../spans.js'
import type { Pass } from './types.js'

const CLOSING = /[\p{Pe}\p{Pf}"'»]/u
const BRACKETED = /[[(](?:…|\.{3})[\])]$/u
const TRAILING = /(?:…|\.{3})$/u

function splitAtEllipses(text: string, span: Span, out: Span[]): void {
  let from = span.start
  // Search inside the span only: searching the whole text from each span would be quadratic.
  const piece = text.slice(span.start, span.end)
  let rel = piece.indexOf('…')
  while (rel >= 0) {
    const at = span.start + rel
    let j = at + 1
    while (j < span.end && CLOSING.test(text[j] ?? '')) j++
    const opensBracket = text[at - 1] === '[' || text[at - 1] === '('
    if (!opensBracket && j < span.end && isSpace(text[j]) && headKind(text, trimSpan(text, j, span.end)) === 'upper') {
      out.push(trimSpan(text, from, j))
      from = j
    }
    rel = piece.indexOf('…', rel + 1)
  }
  const rest = trimSpan(text, from, span.end)
  if (rest.end > rest.start) out.push(rest)
}

export const ellipsis: Pass = ({ text }, spans) => {
  const split: Span[] = []
  for (const span of spans) splitAtEllipses(text, span, split)
  return mergeWhere(split, (left, right) => {
    const tail = text.slice(Math.max(left.start, left.end - 5), left.end)
    if (BRACKETED.test(tail)) return true
    return TRAILING.test(tail) && headKind(text, right) === 'lower'
  })
}
