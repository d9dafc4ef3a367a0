/**
 * A word list keyed by folded tokens: multi-word forms ("bazar ertəsi",
 * "tháng mười hai"), abbreviations with or without their dot ("Sept."), and
 * stems with a trailing '*' for agglutinative endings (az "aprel*" also
 * matches "aprelin", "aprelində").
 */
import { tokenize, type KeyFn, type Token } from './tokens.js'

/** How many letters a '*' stem lets follow. */
const STEM_TAIL = 4

interface Entry<V> {
  readonly keys: readonly string[]
  readonly value: V
  readonly short: boolean
}

export interface LexHit<V> {
  /** Token index after the match. */
  readonly end: number
  readonly value: V
  readonly short: boolean
}

export class Lexicon<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>()
  private readonly stems: Entry<V>[] = []

  constructor(private readonly key: KeyFn) {}

  add(form: string, value: V, short = false): void {
    const stem = form.endsWith('*')
    const keys = tokenize(stem ? form.slice(0, -1) : form, this.key).map((t) => t.key)
    if (keys.length === 0) return
    this.push({ keys, value, short })
    if (stem && keys.length === 1) this.stems.push({ keys, value, short })
    if (keys.length > 1 && keys[keys.length - 1] === '.') this.push({ keys: keys.slice(0, -1), value, short })
  }

  private push(entry: Entry<V>): void {
    const first = entry.keys[0] ?? ''
    const list = this.byFirst.get(first) ?? []
    list.push(entry)
    this.byFirst.set(first, list)
  }

  /** Every entry that matches at token `pos` (several lengths may match). */
  match(tokens: readonly Token[], pos: number): LexHit<V>[] {
    const first = tokens[pos]
    if (!first) return []
    const hits: LexHit<V>[] = []
    for (const entry of this.byFirst.get(first.key) ?? []) {
      if (this.rest(tokens, pos, entry.keys)) hits.push({ end: pos + entry.keys.length, value: entry.value, short: entry.short })
    }
    if (first.kind === 'word') {
      for (const entry of this.stems) {
        const stem = entry.keys[0] ?? ''
        const tail = first.key.length - stem.length
        if (tail > 0 && tail <= STEM_TAIL && first.key.startsWith(stem)) hits.push({ end: pos + 1, value: entry.value, short: entry.short })
      }
    }
    return hits
  }

  private rest(tokens: readonly Token[], pos: number, keys: readonly string[]): boolean {
    for (let j = 1; j < keys.length; j++) {
      const t = tokens[pos + j]
      if (!t || t.key !== keys[j] || t.newline) return false
    }
    return true
  }

  /** The keys an entry can start with, and whether a stem lets any word start one. */
  starts(): { keys: string[]; word: boolean } {
    return { keys: [...this.byFirst.keys()], word: this.stems.length > 0 }
  }

  /** Whether the single folded word is a form of this lexicon. */
  hasWord(word: string): boolean {
    return (this.byFirst.get(word) ?? []).some((e) => e.keys.length === 1)
  }
}
