/**
 * Cue terms as small token patterns, written in the YAML data:
 *
 *   "peace treaty"         consecutive words
 *   "sınır*"               a word starting with "sınır" (inflected languages)
 *   "*abkommen"            a word ending in "abkommen" (German compounds)
 *   "*vertrag*"            a word containing "vertrag"
 *   "armenians … karabakh" both, with up to `gap` words between ("..." works too)
 *   "lehnt …8 ab"          both, with up to 8 words between
 *
 * Patterns are folded like the text (./tokens.ts), so their offsets come from
 * the text's own tokens.
 */
import { tokenize, type Folding, type Token } from './tokens.js'

type Part =
  | { readonly kind: 'word'; readonly value: string; readonly mode: 'exact' | 'prefix' | 'suffix' | 'infix' }
  | { readonly kind: 'gap'; readonly max: number | null }

export interface Hit<T> {
  /** Token range [start, end). */
  readonly start: number
  readonly end: number
  readonly value: T
}

interface Compiled<T> {
  readonly parts: readonly Part[]
  readonly value: T
  /** Position in the term list: matches at one token come out in this order. */
  readonly order: number
}

/** A hit with the position of its term in the list (the order of hits at one token). */
interface Ordered<T> {
  readonly hit: Hit<T>
  readonly order: number
}

const GAP = /^(?:…|\.\.\.)(\d+)?$/

/** Parse one cue term into its parts; null when it holds no word. */
export function compilePattern(term: string, folding: Folding): Part[] | null {
  const parts: Part[] = []
  for (const chunk of term.normalize('NFC').trim().split(/\s+/)) {
    const gap = GAP.exec(chunk)
    if (gap) {
      if (parts.length > 0 && parts[parts.length - 1]?.kind !== 'gap') parts.push({ kind: 'gap', max: gap[1] ? Number(gap[1]) : null })
      continue
    }
    const lead = chunk.startsWith('*')
    const trail = chunk.endsWith('*')
    const words = tokenize(chunk.replace(/^\*|\*$/g, ''), folding).map((t) => t.norm)
    words.forEach((value, i) => {
      const first = i === 0 && lead
      const last = i === words.length - 1 && trail
      const m = first && last ? 'infix' : first ? 'suffix' : last ? 'prefix' : 'exact'
      parts.push({ kind: 'word', value, mode: m })
    })
  }
  while (parts[parts.length - 1]?.kind === 'gap') parts.pop()
  return parts.some((p) => p.kind === 'word') ? parts : null
}

function wordMatches(part: Extract<Part, { kind: 'word' }>, norm: string): boolean {
  switch (part.mode) {
    case 'exact':
      return norm === part.value
    case 'prefix':
      return norm.startsWith(part.value)
    case 'suffix':
      return norm.endsWith(part.value)
    case 'infix':
      return norm.includes(part.value)
  }
}

/** End token index of a match of `parts` starting at token `at`, or -1. */
function matchAt(parts: readonly Part[], tokens: readonly Token[], at: number, gap: number): number {
  let i = at
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!
    if (part.kind === 'gap') {
      const next = parts[p + 1]
      if (!next || next.kind !== 'word') return i
      // Note: the nearest occurrence after the gap wins, so the match stays short.
      let found = -1
      for (let j = i; j <= Math.min(i + (part.max ?? gap), tokens.length - 1); j++) {
        if (wordMatches(next, tokens[j]!.norm)) {
          found = j
          break
        }
      }
      if (found < 0) return -1
      i = found
      continue
    }
    const token = tokens[i]
    if (!token || !wordMatches(part, token.norm)) return -1
    i++
  }
  return i
}

/**
 * Prefixes and suffixes are filed under their first (last) two UTF-16 units, or one when that is
 * all they have, as a number (a token is looked up under both, with no string cut out of it).
 */
const oneUnit = (a: number): number => a
const twoUnits = (a: number, b: number): number => (a + 1) * 0x10000 + b

/** The key of a prefix's first units. */
function headKey(value: string): number {
  return value.length >= 2 ? twoUnits(value.charCodeAt(0), value.charCodeAt(1)) : oneUnit(value.charCodeAt(0))
}

/** The key of a suffix's last units. */
function tailKey(value: string): number {
  const n = value.length
  return n >= 2 ? twoUnits(value.charCodeAt(n - 2), value.charCodeAt(n - 1)) : oneUnit(value.charCodeAt(0))
}

/**
 * Many cue patterns over one token sequence. Patterns are indexed by what
 * their first word must be: an exact word by the word, a prefix by its first
 * letters, a suffix by its last; only infixes are tried at every token.
 */
export class CueMatcher<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>()
  private readonly byHead = new Map<number, Compiled<T>[]>()
  private readonly byTail = new Map<number, Compiled<T>[]>()
  private readonly infixes: Compiled<T>[] = []
  private readonly gap: number

  constructor(entries: Iterable<readonly [term: string, value: T]>, folding: Folding, gap: number) {
    this.gap = gap
    let order = 0
    for (const [term, value] of entries) {
      const parts = compilePattern(term, folding)
      if (!parts) continue
      const first = parts[0]
      if (first?.kind !== 'word') continue
      const item = { parts, value, order: order++ }
      if (first.mode === 'exact') push(this.byFirst, first.value, item)
      else if (first.mode === 'prefix') push(this.byHead, headKey(first.value), item)
      else if (first.mode === 'suffix') push(this.byTail, tailKey(first.value), item)
      else this.infixes.push(item)
    }
  }

  /** Every match, overlapping ones included, in token order (and term order at one token). */
  matchAll(tokens: readonly Token[]): Hit<T>[] {
    const out: Hit<T>[] = []
    // (every token of every sentence passes here: no array, Map or iterator per token)
    const loose: Ordered<T>[] = []
    for (let at = 0; at < tokens.length; at++) {
      const norm = tokens[at]!.norm
      const exact = this.byFirst.get(norm)
      if (exact !== undefined) for (let i = 0; i < exact.length; i++) this.tryAt(exact[i]!, tokens, at, out)
      // Note: exact-word patterns come first at a token, then the others in term order, as when all were tried in turn.
      const n = norm.length
      const two = n >= 2
      if (this.byHead.size > 0) {
        const a = norm.charCodeAt(0)
        this.tryAll(this.byHead.get(oneUnit(a)), tokens, at, loose)
        if (two) this.tryAll(this.byHead.get(twoUnits(a, norm.charCodeAt(1))), tokens, at, loose)
      }
      if (this.byTail.size > 0) {
        const z = norm.charCodeAt(n - 1)
        this.tryAll(this.byTail.get(oneUnit(z)), tokens, at, loose)
        if (two) this.tryAll(this.byTail.get(twoUnits(norm.charCodeAt(n - 2), z)), tokens, at, loose)
      }
      if (this.infixes.length > 0) this.tryAll(this.infixes, tokens, at, loose)
      if (loose.length === 0) continue
      if (loose.length > 1) loose.sort((a, b) => a.order - b.order)
      for (const l of loose) out.push(l.hit)
      loose.length = 0
    }
    return out
  }

  private tryAll(list: readonly Compiled<T>[] | undefined, tokens: readonly Token[], at: number, out: Ordered<T>[]): void {
    if (list === undefined) return
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!
      const end = matchAt(c.parts, tokens, at, this.gap)
      if (end > at) out.push({ hit: { start: at, end, value: c.value }, order: c.order })
    }
  }

  private tryAt(c: Compiled<T>, tokens: readonly Token[], at: number, out: Hit<T>[]): void {
    const end = matchAt(c.parts, tokens, at, this.gap)
    if (end > at) out.push({ start: at, end, value: c.value })
  }

  /** Matches with overlaps removed: longer matches first, then earlier ones. */
  match(tokens: readonly Token[]): Hit<T>[] {
    return longestFirst(this.matchAll(tokens))
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

/** Keep non-overlapping hits, preferring longer then earlier ones; result in token order. */
export function longestFirst<T>(hits: readonly Hit<T>[]): Hit<T>[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Hit<T>[] = []
  for (const h of sorted) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h)
  return kept.sort((a, b) => a.start - b.start)
}
