/**
 * A lexicon matcher over word tokens, built once per language: every phrase
 * of the language data is compiled into one Aho-Corasick automaton over the
 * folded, space-joined tokens of a sentence (src/core/automaton.ts), so a
 * sentence is scanned once whatever the size of the lexicon.
 *
 * Phrase syntax (in the YAML data):
 *   "peace talks"        exact words
 *   "negotiat*"          a word starting with "negotiat" (inflection, agglutination)
 *   "agree* ... on"      a gap of up to `gap` words between the parts (discontinuous cues)
 *   "*malıdır"           a word ending in "malıdır" (verb-final suffixes; single words only)
 * A phrase's words are folded and split like the text ("cease-fire" is two words).
 */
import { Automaton } from '../core/automaton.js'
import { foldWords, type FoldOptions } from './tokens.js'

export interface TokenSpec {
  readonly text: string
  readonly prefix: boolean
}

/** Parts separated by gaps; each part is a run of consecutive words. */
export type PatternParts = readonly (readonly TokenSpec[])[]

export interface LexMatch<T> {
  readonly payload: T
  /** Token index ranges [start, end) of each part, relative to the tokens given to `match`. */
  readonly pieces: readonly (readonly [number, number])[]
  readonly first: number
  readonly last: number
  /** What follows the stem in the last word of the first part when that word was a prefix ("görüş*" on "görüşmedi" → "medi"). */
  readonly tail: string
}

/** The folded ending of a word-final pattern ("*malıdır" → "malidir"), or null. */
export function parseEnding(pattern: string, fold: FoldOptions): string | null {
  const p = pattern.trim()
  if (!p.startsWith('*') || /\s/.test(p)) return null
  return foldWords(p.slice(1), fold).join('') || null
}

export function parsePattern(pattern: string, fold: FoldOptions): PatternParts {
  const parts: TokenSpec[][] = [[]]
  for (const raw of pattern.trim().split(/\s+/)) {
    if (raw === '...' || raw === '…') {
      if ((parts.at(-1) ?? []).length > 0) parts.push([])
      continue
    }
    const prefix = raw.endsWith('*')
    const words = foldWords(prefix ? raw.slice(0, -1) : raw, fold)
    words.forEach((text, i) => parts.at(-1)?.push({ text, prefix: prefix && i === words.length - 1 }))
  }
  return parts.filter((p) => p.length > 0)
}

interface Head<T> {
  readonly payload: T
  readonly parts: PatternParts
  /** How many words of the first part the automaton key covers. */
  readonly headLength: number
}

function specMatches(spec: TokenSpec, token: string | undefined): boolean {
  if (token === undefined) return false
  return spec.prefix ? token.startsWith(spec.text) : token === spec.text
}

function runMatches(specs: readonly TokenSpec[], tokens: readonly string[], at: number, end: number): boolean {
  if (at + specs.length > end) return false
  for (let i = 0; i < specs.length; i++) if (!specMatches(specs[i]!, tokens[at + i])) return false
  return true
}

// One table of token starts, reused by every match call (a fresh typed array per sentence and
// matcher stood out in profiles); `match` is not re-entrant, so sharing is safe.
let starts = new Int32Array(1024)

/** The shared table, at least `length` long, filled with -1 over [0, length). */
function startTable(length: number): Int32Array {
  if (starts.length < length) starts = new Int32Array(Math.max(length, 2 * starts.length))
  starts.fill(-1, 0, length)
  return starts
}

export class LexiconMatcher<T> {
  private readonly automaton: Automaton | null
  private readonly heads = new Map<string, Head<T>[]>()
  /** The automaton's keys, by index: the heads' map keys. */
  private readonly keys: readonly (readonly Head<T>[])[]
  /** Word-final patterns, by their last letter. */
  private readonly endings = new Map<string, { readonly ending: string; readonly payload: T }[]>()

  constructor(
    entries: readonly { readonly parts: PatternParts; readonly payload: T; readonly ending?: string }[],
    private readonly gap: number,
  ) {
    for (const { parts, payload, ending } of entries) {
      if (ending) {
        const last = ending.at(-1) ?? ''
        this.endings.set(last, [...(this.endings.get(last) ?? []), { ending, payload }])
        continue
      }
      const first = parts[0]
      if (!first || first.length === 0) continue
      const prefixAt = first.findIndex((s) => s.prefix)
      const headLength = prefixAt < 0 ? first.length : prefixAt + 1
      const head = first.slice(0, headLength)
      const key = ' ' + head.map((s) => s.text).join(' ') + (head.at(-1)?.prefix ? '' : ' ')
      const list = this.heads.get(key) ?? []
      list.push({ payload, parts, headLength })
      this.heads.set(key, list)
    }
    this.keys = [...this.heads.values()]
    this.automaton = this.heads.size > 0 ? new Automaton([...this.heads.keys()]) : null
  }

  /** Every occurrence of every phrase inside tokens[from, to). */
  match(tokens: readonly string[], from = 0, to = tokens.length): LexMatch<T>[] {
    if (to <= from) return []
    const out = this.matchEndings(tokens, from, to)
    if (!this.automaton) return out
    // The token that starts at each offset of the joined text (-1: none).
    let length = 1
    for (let i = from; i < to; i++) length += 1 + (tokens[i] ?? '').length
    const startAt = startTable(length)
    let text = ''
    for (let i = from; i < to; i++) {
      startAt[text.length] = i
      text += ' ' + (tokens[i] ?? '')
    }
    text += ' '
    // (occurrences come by end position, longest first at one end)
    this.automaton.scan(text, (begin, _end, key) => {
      const at = startAt[begin]!
      if (at < 0) return
      const heads = this.keys[key]!
      for (let h = 0; h < heads.length; h++) {
        const m = this.complete(heads[h]!, tokens, at, to)
        if (m) out.push(m)
      }
    })
    return out
  }

  private matchEndings(tokens: readonly string[], from: number, to: number): LexMatch<T>[] {
    const out: LexMatch<T>[] = []
    if (this.endings.size === 0) return out
    for (let i = from; i < to; i++) {
      const token = tokens[i] ?? ''
      for (const { ending, payload } of this.endings.get(token.at(-1) ?? '') ?? []) {
        if (token.length > ending.length + 1 && token.endsWith(ending)) out.push({ payload, pieces: [[i, i + 1]], first: i, last: i + 1, tail: '' })
      }
    }
    return out
  }

  private complete(head: Head<T>, tokens: readonly string[], at: number, to: number): LexMatch<T> | null {
    const parts = head.parts
    const first = parts[0]
    if (!first || !runMatches(first, tokens, at, to)) return null
    const pieces: [number, number][] = [[at, at + first.length]]
    let cursor = at + first.length
    for (let p = 1; p < parts.length; p++) {
      const part = parts[p]!
      let found = -1
      for (let q = cursor; q <= Math.min(cursor + this.gap, to - part.length); q++) {
        if (runMatches(part, tokens, q, to)) {
          found = q
          break
        }
      }
      if (found < 0) return null
      pieces.push([found, found + part.length])
      cursor = found + part.length
    }
    const lastSpec = first[first.length - 1]
    const lastToken = tokens[at + first.length - 1] ?? ''
    const tail = lastSpec?.prefix ? lastToken.slice(lastSpec.text.length) : ''
    return { payload: head.payload, pieces, first: at, last: cursor, tail }
  }
}
