/**
 * A dictionary matcher: many phrases, one pass over the text. Patterns and
 * text are folded the same way (case, and diacritics unless the language
 * forbids it), one Aho-Corasick automaton finds every occurrence, and each
 * hit is mapped back to offsets in the ORIGINAL text. Only hits that start at
 * a word start are kept; what follows the hit up to the end of its word is
 * returned as `tail`, so that callers can accept inflectional endings
 * ("Пашиняна", "Ermenistan'ın") from their own data.
 *
 * Build once (it costs milliseconds per thousand patterns), match often.
 */
import { AhoCorasick } from '@monyone/aho-corasick'
import { fold } from './fold.js'

/** 'full': lower case and strip diacritics; 'case': lower case only (Vietnamese tones are meaning). */
export type FoldMode = 'full' | 'case'

export interface LexiconMatch<T> {
  /** Offsets of the matched pattern in the original text. */
  readonly start: number
  readonly end: number
  /** End of the word the match ends in (>= end). */
  readonly wordEnd: number
  /** Original text between `end` and `wordEnd` (an inflectional ending, or part of a longer word). */
  readonly tail: string
  readonly values: readonly T[]
}

/** Script-level equivalences that NFD does not give: the Armenian ligature և is ե + ւ. */
const SCRIPT_EQUIV: Record<string, string> = { 'և': 'եւ', '\u00a0': ' ', '\u2011': '-', '\u2010': '-', '–': '-' }
const APOSTROPHES: Record<string, string> = { '’': "'", 'ʼ': "'", '‘': "'", '`': "'" }

function foldChar(ch: string, mode: FoldMode): string {
  const equiv = SCRIPT_EQUIV[ch]
  if (equiv !== undefined) return mode === 'full' ? fold(equiv) : equiv
  if (mode === 'full') return fold(ch)
  return APOSTROPHES[ch] ?? ch.toLowerCase()
}

/** Fold a pattern or key (no offsets kept). */
export function foldKey(input: string, mode: FoldMode): string {
  let out = ''
  for (const ch of input.normalize('NFC')) out += foldChar(ch, mode)
  return out.replace(/\s+/g, ' ').trim()
}

/** Fold text, keeping for each folded UTF-16 unit the offset of the original unit it came from. */
export function foldTextWithMap(input: string, mode: FoldMode): { folded: string; map: number[] } {
  let folded = ''
  const map: number[] = []
  let offset = 0
  for (const ch of input) {
    const out = foldChar(ch, mode)
    for (let i = 0; i < out.length; i++) map.push(offset)
    folded += out
    offset += ch.length
  }
  map.push(offset)
  return { folded, map }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch)
}

/** End of the word containing position `at` (apostrophes inside a word, "Ermenistan'ın", are part of it). */
export function wordEndAt(text: string, at: number): number {
  let i = at
  while (i < text.length) {
    const ch = text[i]
    if (isWordChar(ch)) i++
    else if ((ch === "'" || ch === '’') && isWordChar(text[i + 1]) && i > 0 && isWordChar(text[i - 1])) i++
    else break
  }
  return i
}

export class LexiconMatcher<T> {
  private readonly automaton: AhoCorasick
  private readonly byKey = new Map<string, T[]>()
  readonly mode: FoldMode

  constructor(entries: Iterable<readonly [pattern: string, value: T]>, mode: FoldMode) {
    this.mode = mode
    for (const [pattern, value] of entries) {
      const key = foldKey(pattern, mode)
      if (!key) continue
      const list = this.byKey.get(key)
      if (list) list.push(value)
      else this.byKey.set(key, [value])
    }
    this.automaton = new AhoCorasick([...this.byKey.keys()])
  }

  get size(): number {
    return this.byKey.size
  }

  /** Every occurrence that starts at a word start, in text order (overlaps included). */
  match(text: string): LexiconMatch<T>[] {
    const { folded, map } = foldTextWithMap(text, this.mode)
    const out: LexiconMatch<T>[] = []
    for (const hit of this.automaton.matchInText(folded)) {
      const start = map[hit.begin] ?? 0
      const end = map[hit.end] ?? text.length
      if (isWordChar(text[start - 1]) && isWordChar(text[start])) continue
      const values = this.byKey.get(hit.keyword)
      if (!values || end <= start) continue
      const wordEnd = isWordChar(text[end - 1]) ? wordEndAt(text, end) : end
      out.push({ start, end, wordEnd, tail: text.slice(end, wordEnd), values })
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end)
  }
}

/** How text must be cased for a dictionary name to count: "US" not "us", "Pháp" not "biện pháp". */
export type Casing = 'any' | 'title' | 'upper'

const isCased = (c: string): boolean => c.toLowerCase() !== c.toUpperCase()
const isUpper = (c: string): boolean => c !== c.toLowerCase()

/** The casing a name written like `alias` requires: all capitals (acronyms), capitalised, or any. */
export function casingOf(alias: string): Casing {
  const letters = [...alias].filter(isCased)
  if (letters.length >= 2 && letters.every(isUpper)) return 'upper'
  const first = letters[0]
  return first !== undefined && isUpper(first) ? 'title' : 'any'
}

/** Does the matched surface satisfy the casing? Caseless scripts always do. */
export function casingOk(surface: string, casing: Casing): boolean {
  if (casing === 'any') return true
  const letters = [...surface].filter(isCased)
  if (letters.length === 0) return true
  if (casing === 'upper') return letters.every(isUpper)
  return isUpper(letters[0] ?? '')
}
