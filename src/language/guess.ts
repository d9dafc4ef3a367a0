/**
 * What the text alone says: eld run over sampled windows of the whole
 * document, with the windows' scores summed (weighted by their letters) into
 * one ranking (per language index, without a ranking object per window). Returns the ranking and two confidence figures so that the
 * caller can weigh the text against the declared language.
 */
import { countClass } from '../core/char-class.js'
import { eldLanguageList, eldScore, eldTotals } from './eld.js'
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
  const languages = eldLanguageList()
  const totals = new Float64Array(languages.length)
  // Summed over the windows, per language index; `order` lists the languages as first scored, each window's in eld's ranking.
  const sums = new Float64Array(languages.length)
  const votes = new Float64Array(languages.length)
  const order: number[] = []
  const seen = new Uint8Array(languages.length)
  let weight = 0
  for (const w of sampleWindows(windows(text))) {
    const { best, grams } = eldTotals(w.text, totals)
    if (best < 0) continue
    weight += w.letters
    votes[best] = votes[best]! + w.letters
    const fresh: [number, number][] = []
    for (let l = 0; l < totals.length; l++) {
      if (totals[l]! <= 0) continue
      const score = eldScore(totals[l]!, grams)
      sums[l] = sums[l]! + score * w.letters
      if (seen[l] === 0) fresh.push([l, score])
    }
    fresh.sort((a, b) => b[1] - a[1])
    for (const [l] of fresh) {
      seen[l] = 1
      order.push(l)
    }
  }
  const ranked = order.map((l) => [l, sums[l]!] as const).sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (first === undefined || first[1] <= 0) {
    return { best: null, letters, margin: 0, agreement: 0, relative: new Map() }
  }
  const top = first[1]
  return {
    best: languages[first[0]]!,
    letters,
    margin: (top - (second?.[1] ?? 0)) / top,
    agreement: weight === 0 ? 0 : votes[first[0]]! / weight,
    relative: new Map(ranked.map(([l, score]) => [languages[l]!, score / top])),
  }
}
