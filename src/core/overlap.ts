/**
 * Searches over spans in text order, in O(log n), for stages that ask them
 * for every word or hit of a document (a scan of all spans each time is
 * quadratic in a long document): which token an offset falls in, which
 * sentence holds a span, and "does any of these spans overlap [start, end)?"
 * (the spans sorted by start with the running maximum of their ends).
 */
export interface Interval {
  readonly start: number
  readonly end: number
}

/** How many leading indexes of [0, n) satisfy `before` (which holds for a prefix of them and fails after): a binary search. */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first span (in text order) that ends after `offset`; spans.length if none. */
export function firstEndingAfter(spans: readonly Interval[], offset: number): number {
  return partitionPoint(spans.length, (i) => (spans[i]?.end ?? 0) <= offset)
}

export class OverlapIndex {
  private readonly starts: number[]
  /** maxEnd[i]: the largest end among the first i + 1 spans by start. */
  private readonly maxEnd: number[]

  constructor(spans: readonly Interval[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    this.starts = sorted.map((s) => s.start)
    this.maxEnd = []
    let max = -Infinity
    for (const s of sorted) this.maxEnd.push((max = Math.max(max, s.end)))
  }

  /** Whether some span has start < end and end > start (the same test as `a.start < end && start < a.end`). */
  overlaps(start: number, end: number): boolean {
    // the spans starting before `end` are the first k; one of them overlaps iff the largest end among them passes `start`
    const k = this.countStartingBefore(end, false)
    return k > 0 && (this.maxEnd[k - 1] ?? -Infinity) > start
  }

  /** Whether some span contains [start, end) (`a.start <= start && end <= a.end`). */
  covers(start: number, end: number): boolean {
    const k = this.countStartingBefore(start, true)
    return k > 0 && (this.maxEnd[k - 1] ?? -Infinity) >= end
  }

  /** How many spans start before `offset` (or at it, with `inclusive`). */
  private countStartingBefore(offset: number, inclusive: boolean): number {
    const starts = this.starts
    return partitionPoint(starts.length, (i) => (starts[i] ?? 0) < offset || (inclusive && starts[i] === offset))
  }
}

/** Index of the span of `sorted` (by start, not overlapping) that contains [start, end), or -1. */
export function containing(sorted: readonly Interval[], start: number, end: number): number {
  const k = partitionPoint(sorted.length, (i) => (sorted[i]?.start ?? 0) <= start)
  const s = sorted[k - 1]
  return s !== undefined && end <= s.end ? k - 1 : -1
}
