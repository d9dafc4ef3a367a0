/**
 * The pattern notation of dates.yaml, compiled to a small element tree:
 *
 *   word or punctuation   a literal token, matched by its folded key
 *   {slot}                a typed slot: day, month, monthnum, year, weekday,
 *                         n, unit, season, decade, garbled; a trailing 2
 *                         ({day2}, {month2}…) fills the end of a range
 *   [ … ]                 optional
 *   ( a | b )             alternatives
 *   !x                    the next token must not start x (lookahead)
 *   \c                    the character c as a literal
 *
 * Literal text is split by the same tokenizer as the document, so "l'année"
 * is three literals (l, ', année) and "г." two.
 */
import { ParleyError } from '../../core/errors.js'
import { tokenize, type KeyFn } from './tokens.js'

export const SLOT_NAMES = ['day', 'month', 'monthnum', 'year', 'weekday', 'n', 'unit', 'season', 'decade', 'garbled'] as const
export type SlotName = (typeof SLOT_NAMES)[number]

export type El =
  | { readonly k: 'lit'; readonly key: string; readonly raw: string }
  | { readonly k: 'slot'; readonly name: SlotName; readonly end: boolean }
  | { readonly k: 'opt'; readonly seq: readonly El[] }
  | { readonly k: 'alt'; readonly alts: readonly (readonly El[])[] }
  | { readonly k: 'not'; readonly el: El }

const SPECIAL = new Set(['[', ']', '(', ')', '|', '{', '}', '!', '\\'])

class PatternParser {
  private i = 0
  constructor(
    private readonly src: string,
    private readonly key: KeyFn,
  ) {}

  parse(): El[] {
    const alts = this.alternatives('')
    if (this.i < this.src.length) this.fail(`unexpected "${this.src[this.i]}"`)
    return alts.length === 1 ? (alts[0] ?? []) : [{ k: 'alt', alts }]
  }

  private fail(why: string): never {
    throw new ParleyError('PARLEY_CONFIG', `Invalid date pattern "${this.src}": ${why}`)
  }

  /** Sequences separated by '|', up to the closing character `close` (consumed). */
  private alternatives(close: string): El[][] {
    const alts: El[][] = [[]]
    while (this.i < this.src.length) {
      const ch = this.src[this.i] ?? ''
      if (ch === close) {
        this.i++
        return alts
      }
      if (ch === ']' || ch === ')') this.fail(`unbalanced "${ch}"`)
      if (ch === '|') {
        this.i++
        alts.push([])
        continue
      }
      alts[alts.length - 1]?.push(...this.item())
    }
    if (close) this.fail(`missing "${close}"`)
    return alts
  }

  private item(): El[] {
    const ch = this.src[this.i] ?? ''
    if (/\s/.test(ch)) {
      this.i++
      return []
    }
    if (ch === '[') {
      this.i++
      const alts = this.alternatives(']')
      return [{ k: 'opt', seq: alts.length === 1 ? (alts[0] ?? []) : [{ k: 'alt', alts }] }]
    }
    if (ch === '(') {
      this.i++
      return [{ k: 'alt', alts: this.alternatives(')') }]
    }
    if (ch === '{') return [this.slot()]
    if (ch === '!') {
      this.i++
      const [el, ...rest] = this.item()
      if (!el || rest.length > 0) this.fail('"!" must precede one element')
      return [{ k: 'not', el }]
    }
    return this.literal()
  }

  private slot(): El {
    const close = this.src.indexOf('}', this.i)
    if (close < 0) this.fail('missing "}"')
    const body = this.src.slice(this.i + 1, close)
    this.i = close + 1
    const end = body.endsWith('2')
    const name = end ? body.slice(0, -1) : body
    if (!(SLOT_NAMES as readonly string[]).includes(name)) this.fail(`unknown slot {${body}}`)
    return { k: 'slot', name: name as SlotName, end }
  }

  private literal(): El[] {
    let text = ''
    while (this.i < this.src.length) {
      const ch = this.src[this.i] ?? ''
      if (/\s/.test(ch)) break
      if (ch === '\\') {
        text += this.src[this.i + 1] ?? ''
        this.i += 2
        continue
      }
      if (SPECIAL.has(ch)) break
      text += ch
      this.i++
    }
    return tokenize(text, this.key).map((t) => ({ k: 'lit', key: t.key, raw: t.text }))
  }
}

export function parsePattern(src: string, key: KeyFn): El[] {
  return new PatternParser(src, key).parse()
}

/** What a token must be to start a pattern: one of `keys`, or any number / any word. */
export interface Starts {
  readonly keys: Set<string>
  num: boolean
  word: boolean
}

/** How a slot can start: filled in by the grammar, which knows the lexicons. */
export type SlotStarts = (name: SlotName) => Starts

function merge(into: Starts, from: Starts): void {
  for (const k of from.keys) into.keys.add(k)
  into.num ||= from.num
  into.word ||= from.word
}

/** The tokens that can start `els[i…]`, and whether the rest can be empty. */
function startsFrom(els: readonly El[], i: number, slot: SlotStarts): { starts: Starts; empty: boolean } {
  const starts: Starts = { keys: new Set(), num: false, word: false }
  for (let j = i; j < els.length; j++) {
    const el = els[j] as El
    if (el.k === 'not') continue
    if (el.k === 'lit') starts.keys.add(el.key)
    else if (el.k === 'slot') merge(starts, slot(el.name))
    else {
      const seqs = el.k === 'opt' ? [el.seq] : el.alts
      let empty = el.k === 'opt'
      for (const seq of seqs) {
        const sub = startsFrom(seq, 0, slot)
        merge(starts, sub.starts)
        empty ||= sub.empty
      }
      if (empty) continue
    }
    return { starts, empty: false }
  }
  return { starts, empty: true }
}

export function patternStarts(els: readonly El[], slot: SlotStarts): Starts {
  return startsFrom(els, 0, slot).starts
}
