/**
 * What the text alone says: eld run over sampled windows of the whole
 * document, with the windows' scores summed (weighted by their letters) into
 * one ranking. Returns the ranking and two confidence figures so that the
 * caller can weigh the text against the declared language.
 */
import { countClass } from './count.js'
import { eldScores } from './eld.js'
import { sampleWindows, windows } from './sample.js'

export interface TextGuess {
  /** Best language by summed score, or null when eld found nothing. */
  readonly best: string | null
  /** Letters in the whole text (not only the sampled windows). */
  readonly letters: number
  /** (best − second) / best over the summed scores: 0 = tie, 1 = alone. */
  readonly margin: number
  /** Share of the sampled letters whose window voted for `best`. */
  readonly agreement: number
  /** Summed score of each language relative to the best (best = 1). */
  readonly relative: ReadonlyMap<string, number>
}

export function countLetters(text: string): number {
  return countClass(text, '\\p{L}')
}

export function guessFromText(text: string, letters: number): TextGuess {
  const sums = new Map<string, number>()
  const votes = new Map<string, number>()
  let weight = 0
  for (const w of sampleWindows(windows(text))) {
    const result = eldScores(w.text)
    if (result === null) continue
    weight += w.letters
    votes.set(result.language, (votes.get(result.language) ?? 0) + w.letters)
    for (const [lang, score] of result.scores) {
      sums.set(lang, (sums.get(lang) ?? 0) + score * w.letters)
    }
  }
  const ranked = [...sums.entries()].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (first === undefined || first[1] <= 0) {
    return { best: null, letters, margin: 0, agreement: 0, relative: new Map() }
  }
  const top = first[1]
  return {
    best: first[0],
    letters,
    margin: (top - (second?.[1] ?? 0)) / top,
    agreement: weight === 0 ? 0 : (votes.get(first[0]) ?? 0) / weight,
    relative: new Map(ranked.map(([lang, score]) => [lang, score / top])),
  }
}
