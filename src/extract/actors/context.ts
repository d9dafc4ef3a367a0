/**
 * Is a place name used as a place? "talks in Washington", "в Москве",
 * "Berlin'de", "Վաշինգտոնում", "WASHINGTON (Azatutyun) —", "the Prague
 * summit", "İsviçre'nin Cenevre şehrinde" are venues; "the Karabakh region" is
 * a region. All the words come from the language's actors.yaml.
 */
import { classRuns } from '../../core/char-class.js'
import { foldKey } from '../../core/lexicon-matcher.js'
import { partitionPoint } from '../../core/overlap.js'
import { hasKind, type Token } from './match.js'
import type { LanguageVocab } from './vocab.js'

/** A word here is anything between spaces and punctuation that cannot be inside a name. */
const WORD_CHAR = '[^\\s,;:()"«»“”„]'

/** The words of `text` between `from` and `to`, with their offsets. */
function wordsIn(text: string, from: number, to: number): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = []
  const runs = classRuns(text, WORD_CHAR, from, to)
  for (let k = 0; k < runs.length; k += 2) out.push({ word: text.slice(runs[k]!, runs[k + 1]!), start: runs[k]! })
  return out
}

/** A phrase of the last words before a position: where it starts, and its folded form. */
interface Ending {
  readonly start: number
  readonly key: string
}

/**
 * The phrases of 1 to maxPhraseWords words that end at `pos` (only spaces
 * between), longest first, folded. Computed once per position and looked up
 * in every word list asked about it (the walk back from a place name asks
 * three lists at each step).
 */
function phrasesEndingAt(text: string, lineStart: number, pos: number, v: LanguageVocab): Ending[] {
  const words = wordsIn(text, Math.max(lineStart, pos - 120), pos)
  const last = words[words.length - 1]
  if (!last || text.slice(last.start + last.word.length, pos).trim() !== '') return []
  const out: Ending[] = []
  for (let k = Math.min(v.maxPhraseWords, words.length); k >= 1; k--) {
    const chosen = words.slice(words.length - k)
    out.push({ start: chosen[0]!.start, key: foldKey(chosen.map((w) => w.word).join(' '), v.fold) })
  }
  return out
}

/** Start of the longest of `endings` in `set`, or -1. */
function longestIn(endings: readonly Ending[], set: ReadonlySet<string>): number {
  for (const e of endings) if (set.has(e.key)) return e.start
  return -1
}

/** Start of the longest phrase of `set` that ends at `pos` (only spaces between), or -1. */
export function phraseEndingAt(text: string, lineStart: number, pos: number, set: ReadonlySet<string>, v: LanguageVocab): number {
  if (set.size === 0) return -1
  return longestIn(phrasesEndingAt(text, lineStart, pos, v), set)
}

/** Does a phrase of `set` start at `pos` (after spaces)? Returns its end, or -1. */
export function phraseStartingAt(text: string, pos: number, lineEnd: number, set: ReadonlySet<string>, v: LanguageVocab): number {
  if (set.size === 0) return -1
  const words = wordsIn(text, pos, Math.min(lineEnd, pos + 120))
  const first = words[0]
  if (!first || text.slice(pos, first.start).replace(/[-]/g, '').trim() !== '') return -1
  for (let k = Math.min(v.maxPhraseWords, words.length); k >= 1; k--) {
    const chosen = words.slice(0, k)
    const end = (chosen[k - 1]?.start ?? 0) + (chosen[k - 1]?.word.length ?? 0)
    const phrase = chosen.map((w) => w.word).join(' ').replace(/[.!?]+$/, '')
    if (set.has(foldKey(phrase, v.fold))) return end
    if (k === 1 && text[pos] === '-' && set.has(foldKey('-' + phrase.replace(/^-/, ''), v.fold))) return end
  }
  return -1
}

export interface Bounds {
  readonly lineStart: number
  readonly lineEnd: number
}

/** A text with the offsets of its line breaks, so that a token's line is a binary search, not a scan of a long line. */
export interface TextLines {
  readonly text: string
  readonly breaks: readonly number[]
}

export function textLines(text: string): TextLines {
  const breaks: number[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i)
  return { text, breaks }
}

/** Index of the first line break at or after `offset` (breaks.length if none). */
function breakAtOrAfter(breaks: readonly number[], offset: number): number {
  return partitionPoint(breaks.length, (i) => (breaks[i] ?? 0) < offset)
}

/** The line of a token: after the last break before its start, up to the first break at or after its end. */
export function bounds(t: TextLines, token: Token): Bounds {
  const first = breakAtOrAfter(t.breaks, token.start)
  const before = first > 0 ? (t.breaks[first - 1] ?? -1) : -1
  const after = t.breaks[breakAtOrAfter(t.breaks, token.end)]
  return { lineStart: before + 1, lineEnd: after ?? t.text.length }
}

/** Walk back over articles, skip words and modifier tokens; true if a venue preposition is reached. */
function venueBefore(text: string, token: Token, prev: readonly Token[], v: LanguageVocab, b: Bounds): boolean {
  let pos = token.start
  const asked = v.venueBefore.size > 0 || v.venueSkip.size > 0 || v.articles.size > 0
  for (let guard = 0; guard < 8; guard++) {
    while (pos > b.lineStart && /\s/.test(text[pos - 1] ?? '')) pos--
    const endings = asked ? phrasesEndingAt(text, b.lineStart, pos, v) : []
    if (longestIn(endings, v.venueBefore) >= 0) return true
    const skip = Math.max(longestIn(endings, v.venueSkip), longestIn(endings, v.articles))
    const modifier = prev.find((p) => p.end === pos && hasKind(p, 'adjective', 'name', 'place'))
    if (skip >= 0) pos = skip
    else if (modifier) pos = modifier.start
    else return false
  }
  return false
}

/** A dateline: the name opens its paragraph and is followed by "(", a dash or a comma. */
function dateline(text: string, token: Token, b: Bounds): boolean {
  if (text.slice(b.lineStart, token.start).trim() !== '') return false
  const after = text.slice(token.end, token.end + 4).trimStart()
  return /^[(—–\-,]/.test(after)
}

/** The next token, when only skip words or spaces separate it from `token`. */
function nextPlace(text: string, token: Token, next: Token | undefined, v: LanguageVocab, b: Bounds): boolean {
  if (!next || !hasKind(next, 'place', 'metonym')) return false
  let pos = token.end
  for (let guard = 0; guard < 4 && pos < next.start; guard++) {
    const end = phraseStartingAt(text, pos, b.lineEnd, v.venueSkip, v)
    if (end < 0) break
    pos = end
  }
  return text.slice(pos, next.start).trim() === ''
}

export function isVenue(t: TextLines, token: Token, prev: readonly Token[], next: Token | undefined, v: LanguageVocab): boolean {
  const { text } = t
  const b = bounds(t, token)
  if (token.tail && v.venueTails.has(token.tail)) return true
  if (token.tail && v.genitiveTails.has(token.tail) && nextPlace(text, token, next, v, b)) return true
  if (dateline(text, token, b)) return true
  if (phraseStartingAt(text, token.end, b.lineEnd, v.venueAfter, v) >= 0) return true
  return venueBefore(text, token, prev, v, b)
}

/** "the Karabakh region", "khu vực Karabakh", "Karabağ bölgesinde": the land, not its authorities. */
export function isRegion(t: TextLines, token: Token, v: LanguageVocab): boolean {
  const { text } = t
  const b = bounds(t, token)
  if (phraseStartingAt(text, token.end, b.lineEnd, v.regionAfter, v) >= 0) return true
  let pos = token.start
  while (pos > b.lineStart && /\s/.test(text[pos - 1] ?? '')) pos--
  const endings = v.connectors.size > 0 || v.regionBefore.size > 0 ? phrasesEndingAt(text, b.lineStart, pos, v) : []
  const article = longestIn(endings, v.connectors)
  if (longestIn(endings, v.regionBefore) >= 0) return true
  if (article < 0) return false
  let p2 = article
  while (p2 > b.lineStart && /\s/.test(text[p2 - 1] ?? '')) p2--
  const article2 = phraseEndingAt(text, b.lineStart, p2, v.connectors, v)
  if (article2 >= 0) {
    p2 = article2
    while (p2 > b.lineStart && /\s/.test(text[p2 - 1] ?? '')) p2--
  }
  return phraseEndingAt(text, b.lineStart, p2, v.regionBefore, v) >= 0
}

/** "the UN Charter", "UN-led talks", "représentant auprès de l'ONU": the organisation is not acting. */
export function isAttributive(t: TextLines, token: Token, v: LanguageVocab): boolean {
  const { text } = t
  const b = bounds(t, token)
  if (phraseStartingAt(text, token.end, b.lineEnd, v.attributiveAfter, v) >= 0) return true
  let pos = token.start
  while (pos > b.lineStart && /\s/.test(text[pos - 1] ?? '')) pos--
  return phraseEndingAt(text, b.lineStart, pos, v.attributiveBefore, v) >= 0
}
