/**
 * The eld detector (its small n-gram database), run over compact arrays.
 *
 * Why not eld's own detect(): importing eld/small evaluates a 1.6 MB object
 * literal (about 0.7 s and 150 MB of memory in every process and worker
 * thread), and its scoring walks that object with for...in per n-gram. Here
 * the same database is converted once into a table from n-gram to a slice of
 * two byte arrays (language, score), cached on disk (src/core/compiled-cache),
 * and scored with the same arithmetic, so results are identical to eld 2.1.0
 * with text cleanup on (src/language/eld.test.ts checks that against eld).
 * The text preparation (cleanup regexes, separators, UTF-8 byte dictionary,
 * 4-byte n-grams with stride 3) follows eld's languageDetector.js and uses its
 * own regexes and dictionary; the n-grams are numbers, not strings (./grams.ts).
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cached, hashInputs } from '../core/compiled-cache.js'
import { GramIndex, gramKey, stringKey } from './grams.js'

const require = createRequire(import.meta.url)
/** node_modules/eld/src (eld's `exports` map only offers the entries, so files are found from one). */
const ELD_SRC = dirname(dirname(fileURLToPath(import.meta.resolve('eld/small'))))
const NGRAMS_FILE = join(ELD_SRC, 'ngrams/small.js')

interface NgramTable {
  /** ISO 639-1 code of each language index. */
  readonly languages: readonly string[]
  /** The n-gram of each entry (what the cache stores). */
  readonly keys: readonly string[]
  /** N-gram numbers (./grams.ts) to entries. */
  readonly entry: GramIndex
  /** Pairs of entry e are [start[e], start[e + 1]). */
  readonly start: Int32Array
  readonly lang: Uint8Array
  readonly score: Uint8Array
}

interface EncodedTable {
  readonly languages: string[]
  readonly keys: string[]
  readonly counts: number[]
  readonly lang: number[]
  readonly score: number[]
}

function encodeFromEld(): EncodedTable {
  const { ngramsData } = require(NGRAMS_FILE) as { ngramsData: { languages: Record<number, string>; ngrams: Record<string, Record<number, number>> } }
  const count = Object.keys(ngramsData.languages).length
  const table: EncodedTable = { languages: Array.from({ length: count }, (_, i) => ngramsData.languages[i] ?? ''), keys: [], counts: [], lang: [], score: [] }
  for (const [key, scores] of Object.entries(ngramsData.ngrams)) {
    const pairs = Object.entries(scores)
    table.keys.push(key)
    table.counts.push(pairs.length)
    for (const [l, s] of pairs) {
      table.lang.push(Number(l))
      table.score.push(s)
    }
  }
  return table
}

function decode(t: EncodedTable): NgramTable | null {
  if (!Array.isArray(t.keys) || t.keys.length !== t.counts.length || t.lang.length !== t.score.length) return null
  const start = new Int32Array(t.keys.length + 1)
  for (let e = 0; e < t.keys.length; e++) start[e + 1] = start[e]! + t.counts[e]!
  if (start[t.keys.length] !== t.lang.length) return null
  const numbers = t.keys.map(stringKey)
  if (numbers.includes(-1)) throw new Error('eld n-gram database: a key longer than 6 bytes or outside the byte dictionary')
  return { languages: t.languages, keys: t.keys, entry: new GramIndex(numbers), start, lang: Uint8Array.from(t.lang), score: Uint8Array.from(t.score) }
}

let table: NgramTable | null = null

function ngramTable(): NgramTable {
  table ??= cached({
    name: 'eld-small',
    key: hashInputs([NGRAMS_FILE, fileURLToPath(import.meta.url)], 'eld-table-1'),
    build: () => decode(encodeFromEld()) as NgramTable,
    encode: (t) => JSON.stringify(reencode(t)),
    decode: (text) => decode(JSON.parse(text) as EncodedTable),
  })
  return table
}

function reencode(t: NgramTable): EncodedTable {
  const keys = [...t.keys]
  return { languages: [...t.languages], keys, counts: keys.map((_, e) => t.start[e + 1]! - t.start[e]!), lang: [...t.lang], score: [...t.score] }
}

const { dictionary } = require(join(ELD_SRC, 'dictionary.js')) as { dictionary: readonly string[] }
const { separators, matchDomains } = require(join(ELD_SRC, 'regexPatterns.js')) as { separators: RegExp; matchDomains: RegExp }

/**
 * eld's getCleanTxt: URLs, e-mails, .com domains, alphanumeric codes out.
 * The e-mail, domain and code patterns backtrack over every word; each runs
 * only when the text holds what it cannot match without ('@', '.com', a digit).
 */
function cleanText(str: string): string {
  str = str.replace(/[hw](?:(?:ttps?:\/\/(?:www\.)?)|ww\.)[^\s]+/gi, ' ')
  if (str.includes('@')) str = str.replace(/[a-zA-Z0-9.!$%&’+_`-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,64}/g, ' ')
  if (str.includes('.com')) str = str.replace(matchDomains, ' ')
  return ASCII_DIGIT.test(str) ? str.replace(/[a-zA-Z]*[0-9]+[a-zA-Z0-9]*/g, ' ') : str
}

const ASCII_DIGIT = /[0-9]/

/** eld's dictionary as character codes (every entry is one character below 256, which ./grams.ts relies on). */
const DICT = Uint8Array.from(dictionary, (ch) => {
  if (ch.length !== 1 || ch.charCodeAt(0) > 255) throw new Error('eld byte dictionary: an entry that is not one character below 256')
  return ch.charCodeAt(0)
})

// Scratch for one text: its byte characters, where each word ends, and its n-gram numbers
// (eld reads at most ~384 bytes, so these sizes are never reached).
const SYMBOLS = new Uint8Array(1024)
const WORD_ENDS = new Int32Array(1024)
const GRAMS = new Float64Array(2048)
const LONG = new Set<string>()

/**
 * eld's strToUtf8Bytes: words as one character per UTF-8 byte, cut after ~350
 * bytes; the characters go to SYMBOLS and the words' ends to WORD_ENDS.
 * Returns the number of words.
 */
function byteWords(str: string): number {
  let n = 0
  let words = 0
  let bytes = 0
  const d = DICT
  const out = SYMBOLS
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i)
    if (code < 0x80) {
      if (code === 32) {
        if (n > (words === 0 ? 0 : WORD_ENDS[words - 1]!)) WORD_ENDS[words++] = n
        if (bytes > 350) break
      } else out[n++] = code
      bytes++
    } else if (code < 0x800) {
      out[n++] = d[0xc0 | (code >> 6)]!
      out[n++] = d[0x80 | (code & 0x3f)]!
      bytes += 2
    } else if (code < 0xd800 || code >= 0xe000) {
      out[n++] = d[0xe0 | (code >> 12)]!
      out[n++] = d[0x80 | ((code >> 6) & 0x3f)]!
      out[n++] = d[0x80 | (code & 0x3f)]!
      bytes += 3
    } else {
      i++
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff))
      out[n++] = d[0xf0 | (code >> 18)]!
      out[n++] = d[0x80 | ((code >> 12) & 0x3f)]!
      out[n++] = d[0x80 | ((code >> 6) & 0x3f)]!
      out[n++] = d[0x80 | (code & 0x3f)]!
      bytes += 4
    }
    if (bytes > 380) break
  }
  if (n > (words === 0 ? 0 : WORD_ENDS[words - 1]!)) WORD_ENDS[words++] = n
  return words
}

/**
 * eld's getByteNgrams over the words byteWords left: the n-grams' numbers in
 * GRAMS (repeats included), and the distinct n-grams too long for a number
 * (never keys of the database, only counted). Returns how many numbers.
 */
function ngrams(words: number, long: Set<string>): number {
  let count = 0
  for (let w = 0, from = 0; w < words; from = WORD_ENDS[w++]!) {
    const to = WORD_ENDS[w]!
    const len = Math.min(to - from, 70)
    let j = 0
    for (; j + 4 < len; j += 3) GRAMS[count++] = gramKey(SYMBOLS, from + j, from + j + 4, j === 0, false)
    // (the last n-gram runs to the end of the word, past 70 bytes when it is longer)
    const start = from + Math.max(len - 4, 0)
    const key = gramKey(SYMBOLS, start, to, j === 0, true)
    if (key >= 0) GRAMS[count++] = key
    else long.add(String.fromCharCode(...SYMBOLS.subarray(start, to), 32))
  }
  return count
}

export interface EldScores {
  /** The best language (ISO 639-1). */
  readonly language: string
  /** Every language that scored, best first, with eld's 0–1 score (what eld's getScores() gives, in its order). */
  readonly scores: readonly (readonly [string, number])[]
}

/**
 * eld's raw sums for a text: `totals` (one slot per language index of
 * eldLanguageList(), zeroed here) gets each language's summed n-gram scores;
 * returns the index of the best language (-1 when none scored) and the
 * number of distinct n-grams. Scores are totals[l] / grams, then s / (s + 25).
 */
export function eldTotals(input: string, totals: Float64Array): { readonly best: number; readonly grams: number } {
  const t = ngramTable()
  const text = cleanText(input.substring(0, 1000)).replace(separators, ' ').trim().toLowerCase()
  const long = LONG
  long.clear()
  const count = ngrams(byteWords(text), long)
  // Distinct n-grams, as eld's Set keeps them: sorted, each number once.
  const sorted = GRAMS.subarray(0, count).sort()
  let grams = long.size
  totals.fill(0)
  for (let g = 0; g < count; g++) {
    const key = sorted[g]!
    if (g > 0 && key === sorted[g - 1]) continue
    grams++
    const e = t.entry.get(key)
    if (e < 0) continue
    for (let p = t.start[e]!, end = t.start[e + 1]!; p < end; p++) {
      const l = t.lang[p]!
      totals[l] = totals[l]! + t.score[p]! + 53
    }
  }
  let best = -1
  let max = 0
  for (let l = 0; l < totals.length; l++) {
    const v = totals[l]!
    if (v > 0 && v > max) {
      max = v
      best = l
    }
  }
  return { best, grams }
}

/** eld's 0–1 score of a language from its total (see eldTotals). */
export function eldScore(total: number, grams: number): number {
  const s = total / grams
  return s / (s + 25)
}

/** The languages of eld's database, by index (what eldTotals' slots stand for). */
export function eldLanguageList(): readonly string[] {
  return ngramTable().languages
}

/**
 * What eld's detect(text) says with text cleanup on, or null when it finds no
 * language. The pipeline sums eldTotals itself (./guess.ts); this is the
 * form eld.test.ts compares with eld, through the same totals and scores.
 */
export function eldScores(input: string): EldScores | null {
  const t = ngramTable()
  const totals = new Float64Array(t.languages.length)
  const { best, grams } = eldTotals(input, totals)
  if (best < 0) return null
  const ranked: [number, number][] = []
  for (let l = 0; l < totals.length; l++) if (totals[l]! > 0) ranked.push([l, eldScore(totals[l]!, grams)])
  ranked.sort((a, b) => b[1] - a[1])
  return { language: t.languages[best]!, scores: ranked.map(([l, s]) => [t.languages[l]!, s] as const) }
}

let known: ReadonlySet<string> | null = null

/** The ISO 639-1 codes eld can recognise. */
export function eldLanguages(): ReadonlySet<string> {
  known ??= new Set(ngramTable().languages)
  return known
}
