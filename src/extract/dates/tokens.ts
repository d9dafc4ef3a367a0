/**
 * Tokens for the date grammar: runs of ASCII digits, runs of letters (with
 * their combining marks), and single other characters. Each token keeps its
 * offsets into the text and a match key: the folded word, the number without
 * leading zeros, or one canonical dash / apostrophe for their variants.
 */
import { fold } from '../../core/fold.js'

export type TokenKind = 'num' | 'word' | 'punct'

export interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly key: string
  readonly kind: TokenKind
  /** Whitespace separates it from the previous token (always true for the first). */
  readonly spaced: boolean
  /** The whitespace before it holds a line break. */
  readonly newline: boolean
}

export type KeyFn = (word: string) => string
export type FoldMode = 'full' | 'case'

const MEMO_LIMIT = 50_000

/** Words repeat: remember their keys (the memo is dropped when it grows large). */
function memoised(fn: KeyFn): KeyFn {
  const memo = new Map<string, string>()
  return (word) => {
    let k = memo.get(word)
    if (k === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear()
      k = fn(word)
      memo.set(word, k)
    }
    return k
  }
}

/** Full folding drops diacritics; 'case' keeps them (Vietnamese, where "năm" is not "nam"). */
export function keyFunction(mode: FoldMode): KeyFn {
  return memoised(mode === 'full' ? fold : (word) => word.toLowerCase().normalize('NFC'))
}

const TOKEN = /[0-9]+|[\p{L}\p{M}]+|\S/gu
const DASHES = /^[\u2010-\u2015\u2212-]$/u
const APOSTROPHES = /^['\u2018\u2019\u02BC\u00B4`]$/u

function punctKey(ch: string): string {
  if (DASHES.test(ch)) return '-'
  if (APOSTROPHES.test(ch)) return "'"
  return ch
}

function kindOf(text: string): TokenKind {
  if (/^[0-9]/.test(text)) return 'num'
  return /^[\p{L}\p{M}]/u.test(text) ? 'word' : 'punct'
}

function keyOf(text: string, kind: TokenKind, key: KeyFn): string {
  if (kind === 'num') return String(Number(text))
  return kind === 'word' ? key(text) : punctKey(text)
}

export function tokenize(text: string, key: KeyFn): Token[] {
  const out: Token[] = []
  let last = 0
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index
    const t = m[0]
    const gap = start > last ? text.slice(last, start) : ''
    const kind = kindOf(t)
    out.push({
      start,
      end: start + t.length,
      text: t,
      key: keyOf(t, kind, key),
      kind,
      spaced: out.length === 0 || gap.length > 0,
      newline: gap.includes('\n'),
    })
    last = start + t.length
  }
  return out
}

/** The joined keys of a short string, e.g. a suffix "-ին" → "-ին", "'s" → "'s". */
export function keyString(text: string, key: KeyFn): string {
  return tokenize(text, key).map((t) => t.key).join('')
}
