/**
 * Keep closing quotes and brackets with the sentence they close. ICU breaks
 * after white space, so in French « Nous ne signerons pas. » the "»" that
 * follows a space starts the next span; a run of closing marks at the head
 * of a span that is followed by white space (or nothing) is moved back.
 * A mark followed by a letter is left alone: it may be an opening mark in
 * another convention (German »Zitat«).
 */
import type { Span } from '../../core/span.js'
import { isSpace, trimSpan } from '../spans.js'
import type { Pass } from './types.js'

const CLOSING = /[\p{Pe}\p{Pf}"'“]/u

export const closingPunctuation: Pass = ({ text }, spans) => {
  const out: Span[] = []
  for (const span of spans) {
    const last = out[out.length - 1]
    let j = span.start
    while (j < span.end && CLOSING.test(text[j] ?? '')) j++
    if (last === undefined || j === span.start || (j < span.end && !isSpace(text[j]))) {
      out.push(span)
      continue
    }
    out[out.length - 1] = { start: last.start, end: j }
    const rest = trimSpan(text, j, span.end)
    if (rest.end > rest.start) out.push(rest)
  }
  return out
}
