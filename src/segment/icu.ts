/**
 * The base splitter: Intl.Segmenter (ICU sentence rules, UAX #29) on one
 * chunk, giving trimmed, non-empty spans in document offsets. One segmenter
 * is kept per locale.
 */
import type { Span } from '../core/span.js'
import type { Chunk } from './chunk.js'
import { trimSpan } from './spans.js'

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(language: string): Intl.Segmenter {
  let seg = segmenters.get(language)
  if (seg === undefined) {
    try {
      seg = new Intl.Segmenter(language, { granularity: 'sentence' })
    } catch {
      seg = new Intl.Segmenter('und', { granularity: 'sentence' }) // an odd code must not stop segmentation
    }
    segmenters.set(language, seg)
  }
  return seg
}

export function icuSpans(text: string, chunk: Chunk, language: string): Span[] {
  const out: Span[] = []
  const piece = text.slice(chunk.start, chunk.end)
  for (const part of segmenterFor(language).segment(piece)) {
    const from = chunk.start + part.index
    const span = trimSpan(text, from, from + part.segment.length)
    if (span.end > span.start) out.push(span)
  }
  return out
}
