/**
 * Which sentence an offset falls in. When the unit carries no sentences
 * (a bare text), each non-empty line counts as one.
 */
import type { Sentence } from '../../core/doc.js'

export function linesAsSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start, end: start + line.length, index: out.length })
    start += line.length + 1
  }
  return out
}

/** Index of the sentence containing `offset`, or of the last one starting before it (0 if none). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  let found: Sentence | undefined
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]
    if (!s) break
    if (s.start <= offset) {
      found = s
      lo = mid + 1
    } else hi = mid - 1
  }
  return found?.index ?? 0
}
