/**
 * Offsets. Every stored span (sentence, mention, evidence) is a half-open
 * range of UTF-16 code units into the document's stored *cleaned* text, so
 * `text.slice(span.start, span.end)` is always the quoted surface.
 */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span together with the exact text it covers. */
export interface Quote extends Span {
  readonly text: string
}

export function quote(text: string, span: Span): Quote {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) }
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}
