/**
 * The eld detector (its small n-gram database), run over compact arrays.
 *
 * Why not eld's own detect(): importing eld/small evaluates a 1.6 MB object
 * literal (about 0.7 s and 150 MB of memory in every process and worker
 * thread), and its scoring walks that object with for...in per n-gram. Here
 * the same database is converted once into a Map from n-gram to a slice of
 * two byte arrays (language, score), cached on disk (src/core/compiled-cache),
 * and scored with the same arithmetic, so results are identical to eld 2.1.0
 * with text cleanup on (src/language/eld.test.ts checks that against eld).
 * The text preparation (cleanup regexes, separators, UTF-8 byte dictionary,
 * 4-byte n-grams with stride 3) follows eld's languageDetector.js and uses its
 * own regexes and dictionary.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cached, hashInputs } from '../core/compiled-cache.js'

const require = createRequire(import.meta.url)
/** node_modules/eld/src (eld's `exports` map only offers the entries, so files are found from one). */
const ELD_SRC = dirname(dirname(fileURLToPath(import.meta.resolve('eld/small'))))
const NGRAMS_FILE = join(ELD_SRC, 'ngrams/small.js')

interface NgramTable {
  /** ISO 639-1 code of each language index. */
  readonly languages: readonly string[]
  readonly entry: ReadonlyMap<string, number>
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
  const entry = new Map<string, number>()
  const start = new Int32Array(t.keys.length + 1)
  for (let e = 0; e < t.keys.length; e++) {
    entry.set(t.keys[e]!, e)
    start[e + 1] = start[e]! + t.counts[e]!
  }
  if (start[t.keys.length] !== t.lang.length) return null
  return { languages: t.languages, entry, start, lang: Uint8Array.from(t.lang), score: Uint8Array.from(t.score) }
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
  const keys = [...t.entry.keys()]
  return { languages: [...t.languages], keys, counts: keys.map((_, e) => t.start[e + 1]! - t.start[e]!), lang: [...t.lang], score: [...t.score] }
}

const { dictionary } = require(join(ELD_SRC, 'dictionary.js')) as { dictionary: readonly string[] }
const { separators, matchDomains } = require(join(ELD_SRC, 'regexPatterns.js')) as { separators: RegExp; matchDomains: RegExp }

/** eld's getCleanTxt: URLs, e-mails, .com domains, alphanumeric codes out. */
function cleanText(str: string): string {
  str = str.replace(/[hw](?:(?:ttps?:\/\/(?:www\.)?)|ww\.)[^\s]+/gi, ' ')
  str = str.replace(/[a-zA-Z0-9.!$%&’+_`-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,64}/g, ' ')
  str = str.replace(matchDomains, ' ')
  return str.replace(/[a-zA-Z]*[0-9]+[a-zA-Z0-9]*/g, ' ')
}

/** eld's strToUtf8Bytes: words as strings of one character per UTF-8 byte, cut after ~350 bytes. */
function byteWords(str: string): string[] {
  let encoded = ''
  const words: string[] = []
  let bytes = 0
  const d = dictionary
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i)
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded)
          encoded = ''
        }
        if (bytes > 350) break
      } else encoded += str[i]
      bytes++
    } else if (code < 0x800) {
      encoded += d[0xc0 | (code >> 6)]! + d[0x80 | (code & 0x3f)]!
      bytes += 2
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += d[0xe0 | (code >> 12)]! + d[0x80 | ((code >> 6) & 0x3f)]! + d[0x80 | (code & 0x3f)]!
      bytes += 3
    } else {
      i++
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff))
      encoded += d[0xf0 | (code >> 18)]! + d[0x80 | ((code >> 12) & 0x3f)]! + d[0x80 | ((code >> 6) & 0x3f)]! + d[0x80 | (code & 0x3f)]!
      bytes += 4
    }
    if (bytes > 380) break
  }
  if (encoded !== '') words.push(encoded)
  return words
}

/** eld's getByteNgrams: the distinct n-grams of the words. */
function ngrams(words: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const word of words) {
    const len = Math.min(word.length, 70)
    let j = 0
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4))
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ')
  }
  return out
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
  const grams = ngrams(byteWords(text))
  totals.fill(0)
  for (const gram of grams) {
    const e = t.entry.get(gram)
    if (e === undefined) continue
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
  return { best, grams: grams.size }
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
