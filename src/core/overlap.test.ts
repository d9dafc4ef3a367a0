import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { containing, OverlapIndex } from './overlap.js'

const span = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, n]) => ({ start, end: start + n }))

describe('OverlapIndex', () => {
  it('answers overlaps and covers as a scan of every span would', () => {
    fc.assert(fc.property(fc.array(span, { maxLength: 30 }), span, (spans, q) => {
      const index = new OverlapIndex(spans)
      expect(index.overlaps(q.start, q.end)).toBe(spans.some((a) => a.start < q.end && q.start < a.end))
      expect(index.covers(q.start, q.end)).toBe(spans.some((a) => a.start <= q.start && q.end <= a.end))
    }), { numRuns: 2000 })
  })

  it('finds the sentence that contains a span', () => {
    const sentences = [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 21, end: 30 }]
    expect(containing(sentences, 13, 20)).toBe(1)
    expect(containing(sentences, 9, 13)).toBe(-1)
    expect(containing(sentences, 35, 36)).toBe(-1)
    expect(containing([], 0, 1)).toBe(-1)
  })
})
