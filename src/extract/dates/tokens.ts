/**
 * Tokens for the date grammar: runs of digits (of any script), runs of
 * letters (with their combining marks), and single other characters. Each
 * token keeps its offsets into the text and a match key: the folded word, the
 * number in ASCII digits without leading zeros, or one canonical dash /
 * apostrophe for their variants.
 */
import { charClass, inClass, unitsAt } from '../../core/char-class.js'
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

const DASHES = /^[\u2010-\u2015\u2212-]$/u
const APOSTROPHES = /^['\u2018\u2019\u02BC\u00B4`]$/u

function punctKey(ch: string): string {
  if (DASHES.test(ch)) return '-'
  if (APOSTROPHES.test(ch)) return "'"
  return ch
}

/** What tokenEnd cut: a run of (BMP) digits, a run of letters, or anything else. */
function kindOf(text: string): TokenKind {
  if (isDigit(text.charCodeAt(0)) || isOtherDigit(text.charCodeAt(0))) return 'num'
  return unitsAt(LETTER, text, 0, text.length) > 0 ? 'word' : 'punct'
}

/**
 * A run of digits of any script ("١٠", "۱۴۰۲", "2024") in ASCII digits. A
 * decimal digit's value is its distance from the first digit of its block
 * of ten (Unicode puts the ten digits of each script in a row).
 */
function asciiDigits(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isDigit(code)) {
      out += text[i]
      continue
    }
    let zero = code
    while (zero > code - 9 && isOtherDigit(zero - 1)) zero--
    out += String(code - zero)
  }
  return out
}

function keyOf(text: string, kind: TokenKind, key: KeyFn): string {
  if (kind === 'num') return String(Number(asciiDigits(text)))
  return kind === 'word' ? key(text) : punctKey(text)
}

export function tokenize(text: string, key: KeyFn): Token[] {
  const out: Token[] = []
  let last = 0
  for (let start = 0; start < text.length; ) {
    const end = tokenEnd(text, start)
    if (end < 0) {
      start -= end
      continue
    }
    const t = text.slice(start, end)
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
    start = end
  }
  return out
}

const LETTER = charClass('[\\p{L}\\p{M}]')
const SPACE = charClass('\\s')
/** Decimal digits of any script (BMP: Arabic-Indic, Persian, Devanagari, ...). */
const DIGIT = charClass('\\p{Nd}')
const isDigit = (code: number) => code >= 48 && code <= 57
const isOtherDigit = (code: number) => code >= 0x80 && inClass(DIGIT, code)

/**
 * Where the token starting at `i` ends: a run of ASCII digits, a run of
 * other digits (the BMP's), a run of letters and marks, or one other
 * character (a code point); minus the width of the space when a space starts
 * there. For text without non-ASCII digits, what /[0-9]+|[\p{L}\p{M}]+|\S/gu
 * matches, without a match object per token.
 */
function tokenEnd(text: string, i: number): number {
  const n = text.length
  const space = unitsAt(SPACE, text, i, n)
  if (space > 0) return -space
  if (isDigit(text.charCodeAt(i))) {
    let end = i + 1
    while (end < n && isDigit(text.charCodeAt(end))) end++
    return end
  }
  if (isOtherDigit(text.charCodeAt(i))) {
    let end = i + 1
    while (end < n && isOtherDigit(text.charCodeAt(end))) end++
    return end
  }
  const width = unitsAt(LETTER, text, i, n)
  if (width < 0) return i - width
  let end = i + width
  for (let w = end < n ? unitsAt(LETTER, text, end, n) : -1; w > 0; w = end < n ? unitsAt(LETTER, text, end, n) : -1) end += w
  return end
}

/** The joined keys of a short string, e.g. a suffix "-ին" → "-ին", "'s" → "'s". */
export function keyString(text: string, key: KeyFn): string {
  return tokenize(text, key).map((t) => t.key).join('')
}
