/**
 * Mulberry32, a tiny seeded generator: synthetic corpora and test reports
 * (the benchmark, property and fixture tests) are the same on every run.
 *
 *   const next = seededRandom(7)   // next() in [0, 1)
 *   const pick = seededPick(7)     // pick(5) in 0..4
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Whole numbers below `n`, from the same sequence. */
export function seededPick(seed: number): (n: number) => number {
  const next = seededRandom(seed)
  return (n) => Math.floor(next() * n)
}
