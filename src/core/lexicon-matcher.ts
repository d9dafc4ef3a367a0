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
import { Automaton } from './automaton.js'
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

function foldCharUncached(ch: string, mode: FoldMode): string {
  const equiv = SCRIPT_EQUIV[ch]
  if (equiv !== undefined) return mode === 'full' ? fold(equiv) : equiv
  if (mode === 'full') return fold(ch)
  return APOSTROPHES[ch] ?? ch.toLowerCase()
}

// Folding one character is a pure function of (character, mode), and text
// uses few distinct characters: cache it (ASCII in a table, the rest in a Map).
const ASCII = { full: asciiTable('full'), case: asciiTable('case') }
const CHARS = { full: new Map<string, string>(), case: new Map<string, string>() }

function asciiTable(mode: FoldMode): string[] {
  return Array.from({ length: 128 }, (_, c) => foldCharUncached(String.fromCharCode(c), mode))
}

function foldChar(ch: string, mode: FoldMode): string {
  const cache = CHARS[mode]
  let out = cache.get(ch)
  if (out === undefined) cache.set(ch, (out = foldCharUncached(ch, mode)))
  return out
}

// Keys are folded over and over (every word of every document by some
// stages): a bounded cache of the results, emptied when it grows too large.
const KEY_CACHE_LIMIT = 50_000
const KEYS = { full: new Map<string, string>(), case: new Map<string, string>() }

/** Fold a pattern or key (no offsets kept). */
export function foldKey(input: string, mode: FoldMode): string {
  const cache = KEYS[mode]
  let key = cache.get(input)
  if (key !== undefined) return key
  let out = ''
  for (const ch of input.normalize('NFC')) out += foldChar(ch, mode)
  key = out.replace(/\s+/g, ' ').trim()
  if (cache.size >= KEY_CACHE_LIMIT) cache.clear()
  cache.set(input, key)
  return key
}

export interface FoldedText {
  readonly folded: string
  /** For each UTF-16 unit of `folded`, the offset of the original unit it came from, plus the end. Do not modify. */
  readonly map: number[]
}

// The same text is folded by several stages in a row (actors, places, events,
// each with the language's mode): the last few results are kept.
const RECENT = 4
const recent: { text: string; mode: FoldMode; result: FoldedText }[] = []

/** Fold text, keeping for each folded UTF-16 unit the offset of the original unit it came from. */
export function foldTextWithMap(input: string, mode: FoldMode): FoldedText {
  for (const r of recent) if (r.mode === mode && r.text === input) return r.result
  const result = foldText(input, mode)
  if (recent.length >= RECENT) recent.pop()
  recent.unshift({ text: input, mode, result })
  return result
}

// Folded units are gathered in a buffer and made into one string at the end, and the map is
// sized once: a string appended per character and a growing map were, per document, the largest
// allocation of the analysis (about 30 KB for a 600-character text), which sweeps the other stages'
// data out of the CPU caches.
let units = new Uint16Array(4096)

/** The scratch buffer, at least `length` long, with its first `keep` units kept. */
function unitBuffer(length: number, keep: number): Uint16Array {
  if (units.length < length) {
    const grown = new Uint16Array(Math.max(length, 2 * units.length))
    grown.set(units.subarray(0, keep))
    units = grown
  }
  return units
}

/** The string of `codes[0, n)`, in slices small enough to pass as arguments. */
function stringOf(codes: Uint16Array, n: number): string {
  const SLICE = 8192
  let out = ''
  for (let i = 0; i < n; i += SLICE) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + SLICE)) as unknown as number[])
  return out
}

function foldText(input: string, mode: FoldMode): FoldedText {
  const ascii = ASCII[mode]
  const n = input.length
  let buf = unitBuffer(n, 0)
  const map: number[] = new Array<number>(n + 1)
  let count = 0
  for (let i = 0; i < n; i++) {
    const from = i
    const code = input.charCodeAt(i)
    let out: string
    if (code < 0x80) out = ascii[code]!
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < n && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out = foldChar(input.slice(i, i + 2), mode) // a surrogate pair is one character
      i++
    } else out = foldChar(input[i]!, mode)
    if (count + out.length > buf.length) buf = unitBuffer(count + out.length + n - i, count)
    for (let k = 0; k < out.length; k++) {
      map[count] = from
      buf[count++] = out.charCodeAt(k)
    }
  }
  map[count] = n
  map.length = count + 1
  return { folded: stringOf(buf, count), map }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
/** Per UTF-16 unit: 0 unknown, 1 word character, 2 not. */
const WORD_UNIT = new Uint8Array(0x10000)

function isWordUnit(code: number): boolean {
  let v = WORD_UNIT[code]!
  if (v === 0) WORD_UNIT[code] = v = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2
  return v === 1
}

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false
  return ch.length === 1 ? isWordUnit(ch.charCodeAt(0)) : WORD_CHAR.test(ch)
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

/** Is the UTF-16 unit at `i` a word character (false outside the text)? */
function wordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordUnit(text.charCodeAt(i))
}

/** A dictionary already folded: keys (folded, distinct) and each key's values, for a cache. */
export interface CompiledLexicon<T> {
  readonly keys: readonly string[]
  readonly values: readonly (readonly T[])[]
}

/** Fold and group the patterns as a LexiconMatcher does, keys in code-unit order. */
export function compileLexicon<T>(entries: Iterable<readonly [pattern: string, value: T]>, mode: FoldMode): CompiledLexicon<T> {
  const byKey = new Map<string, T[]>()
  for (const [pattern, value] of entries) {
    const key = foldKey(pattern, mode)
    if (!key) continue
    const list = byKey.get(key)
    if (list) list.push(value)
    else byKey.set(key, [value])
  }
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return { keys, values: keys.map((k) => byKey.get(k)!) }
}

export class LexiconMatcher<T> {
  private readonly automaton: Automaton
  private readonly values: readonly (readonly T[])[]
  readonly mode: FoldMode

  /** From patterns (folded here), or from a compiled dictionary folded in the same mode. */
  constructor(source: Iterable<readonly [pattern: string, value: T]> | CompiledLexicon<T>, mode: FoldMode) {
    this.mode = mode
    // (an array of patterns has a keys() method, not a keys array)
    const compiled = Array.isArray((source as Partial<CompiledLexicon<T>>).keys) ? (source as CompiledLexicon<T>) : compileLexicon(source as Iterable<readonly [string, T]>, mode)
    this.values = compiled.values
    this.automaton = new Automaton(compiled.keys)
  }

  get size(): number {
    return this.values.length
  }

  /** Every occurrence that starts at a word start, in text order (overlaps included). */
  match(text: string): LexiconMatch<T>[] {
    const { folded, map } = foldTextWithMap(text, this.mode)
    const out: LexiconMatch<T>[] = []
    this.automaton.scan(folded, (begin, stop, k) => {
      const start = map[begin] ?? 0
      const end = map[stop] ?? text.length
      if (wordAt(text, start - 1) && wordAt(text, start)) return
      const values = this.values[k]
      if (!values || end <= start) return
      const wordEnd = wordAt(text, end - 1) ? wordEndAt(text, end) : end
      out.push({ start, end, wordEnd, tail: text.slice(end, wordEnd), values })
    })
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
  // (a loop, not a filtered copy: every candidate name of every text is checked)
  for (const ch of surface) {
    if (!isCased(ch)) continue
    if (casing !== 'upper') return isUpper(ch)
    if (!isUpper(ch)) return false
  }
  return true
}
