/**
 * Small helpers on spans of the document text: trimming, merging adjacent
 * spans, and looking at the words on either side of a boundary. Every span
 * here is absolute (offsets into the whole text) and lies within one line.
 */
import type { Span } from '../core/span.js'

/** Exactly the characters of JS `\s` (so spans agree with String.prototype.trim), without a regex call. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** The span without white space at either end (possibly empty: start === end). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start
  let e = end
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
  return { start: s, end: e }
}

/** Walk neighbouring spans and join each pair the predicate accepts (it sees the already-joined left side). */
export function mergeWhere(spans: readonly Span[], join: (left: Span, right: Span) => boolean): Span[] {
  const out: Span[] = []
  for (const span of spans) {
    const last = out[out.length - 1]
    if (last !== undefined && join(last, span)) out[out.length - 1] = { start: last.start, end: span.end }
    else out.push(span)
  }
  return out
}

/** How long the tail or head we look at is: enough for three words of an abbreviation. */
const LOOK = 80

/** The last `n` white-space separated words of a span, read backwards within LOOK characters. */
export function tailWords(text: string, span: Span, n: number): string[] {
  const words: string[] = []
  const stop = Math.max(span.start, span.end - LOOK)
  let end = span.end
  while (words.length < n && end > stop) {
    while (end > stop && isSpace(text[end - 1])) end--
    let start = end
    while (start > stop && !isSpace(text[start - 1])) start--
    if (start === end) break
    // A word that reaches the LOOK limit may be cut in the middle: keep it only if the span starts there.
    if (start === stop && stop > span.start && !isSpace(text[stop - 1])) break
    words.unshift(text.slice(start, end))
    end = start
  }
  return words
}

/** The first `n` words of a span, read forwards within LOOK characters. */
export function headWords(text: string, span: Span, n: number): string[] {
  const words: string[] = []
  const stop = Math.min(span.end, span.start + LOOK)
  let start = span.start
  while (words.length < n && start < stop) {
    while (start < stop && isSpace(text[start])) start++
    let end = start
    while (end < stop && !isSpace(text[end])) end++
    if (start === end) break
    if (end === stop && stop < span.end && !isSpace(text[stop])) break
    words.push(text.slice(start, end))
    start = end
  }
  return words
}

export type HeadKind = 'upper' | 'lower' | 'digit' | 'caseless' | 'other'

const OPENING = /[\p{Ps}\p{Pi}"'«„‚‹]/u

/** What a span starts with, after any opening quotes or brackets. */
export function headKind(text: string, span: Span): HeadKind {
  let i = span.start
  const limit = Math.min(span.end, span.start + 8)
  while (i < limit && OPENING.test(text[i] ?? '')) i++
  const ch = text.codePointAt(i)
  if (ch === undefined || i >= span.end) return 'other'
  const c = String.fromCodePoint(ch)
  if (/\p{Lu}|\p{Lt}/u.test(c)) return 'upper'
  if (/\p{Ll}/u.test(c)) return 'lower'
  if (/\p{N}/u.test(c)) return 'digit'
  if (/\p{L}/u.test(c)) return 'caseless'
  return 'other'
}

/** True when nothing but white space lies between two spans (they are neighbours in one line). */
export function gapIsSpace(text: string, left: Span, right: Span): boolean {
  for (let i = left.end; i < right.start; i++) if (!isSpace(text[i])) return false
  return true
}
