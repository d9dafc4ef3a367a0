/**
 * Matching one compiled pattern at one token position. Backtracking over
 * optional parts, alternatives and multi-length slots yields every way the
 * pattern can match; the scanner keeps the longest.
 */
import type { Grammar } from './grammar.js'
import type { Lexicon } from './lexicon.js'
import type { El, SlotName } from './pattern.js'
import type { Token } from './tokens.js'

export type Caps = Readonly<Record<string, number | string>>

export interface State {
  /** Token index after what matched so far. */
  readonly pos: number
  readonly caps: Caps
  /** An abbreviated month or weekday was used. */
  readonly short: boolean
  /** The month came from a number (an impossible day then means "not a date"). */
  readonly numeric: boolean
}

export interface MatchCtx {
  readonly tokens: readonly Token[]
  readonly g: Grammar
  readonly start: number
  readonly exactCase: boolean
}

interface Hit {
  readonly pos: number
  readonly value: number | string
  readonly short?: boolean
}

/** Longest letters-only ending a number or a name may carry ("14th", "8-ին", "Ağustos'ta"). */
const MAX_SUFFIX = 10

function tokenAt(ctx: MatchCtx, pos: number): Token | undefined {
  const t = ctx.tokens[pos]
  return t && !(pos > ctx.start && t.newline) ? t : undefined
}

/** A number token not glued to a preceding word ("COP29" is not day 29). */
function numberAt(ctx: MatchCtx, pos: number): Token | undefined {
  const t = tokenAt(ctx, pos)
  if (!t || t.kind !== 'num') return undefined
  const prev = ctx.tokens[pos - 1]
  return !t.spaced && prev && prev.kind !== 'punct' ? undefined : t
}

/** Ways to continue after a slot: without an ending, or with a glued ending (and its text). */
function endings(ctx: MatchCtx, pos: number, afterNumber: boolean): { pos: number; suffix: string }[] {
  const out = [{ pos, suffix: '' }]
  const a = tokenAt(ctx, pos)
  if (!a || a.spaced) return out
  if (afterNumber && a.kind === 'word' && a.text.length <= MAX_SUFFIX) out.push({ pos: pos + 1, suffix: a.key })
  const joins = afterNumber ? ["'", '-'] : ["'"]
  const b = tokenAt(ctx, pos + 1)
  if (a.kind === 'punct' && joins.includes(a.key) && b && !b.spaced && b.kind === 'word' && b.text.length <= MAX_SUFFIX) {
    out.push({ pos: pos + 2, suffix: a.key + b.key })
  }
  return out
}

function isDecadeSuffix(g: Grammar, suffix: string): boolean {
  return suffix !== '' && g.decadeSuffixes.some((s) => suffix.startsWith(s))
}

function numberSlot(ctx: MatchCtx, pos: number, name: SlotName): Hit[] {
  const t = numberAt(ctx, pos)
  if (!t) return []
  // (the key is the number in ASCII digits: "١٠" is 10)
  const v = Number(t.key)
  const digits = t.text.length
  switch (name) {
    case 'day':
      return digits <= 2 && v >= 1 && v <= 31 ? endings(ctx, pos + 1, true).map((e) => ({ pos: e.pos, value: v })) : []
    case 'monthnum':
      return digits <= 2 && v >= 1 && v <= 12 ? [{ pos: pos + 1, value: v }] : []
    case 'n':
      return digits <= 3 && v > 0 ? [{ pos: pos + 1, value: v }] : []
    case 'year': {
      if (digits !== 4 || v < 1000 || v > 2999) return []
      const ends = endings(ctx, pos + 1, true)
      // "1990s" is a decade, not the year 1990 followed by something
      return ends.some((e) => isDecadeSuffix(ctx.g, e.suffix)) ? [] : ends.map((e) => ({ pos: e.pos, value: v }))
    }
    case 'decade':
      if (digits !== 4 || v % 10 !== 0) return []
      return endings(ctx, pos + 1, true)
        .filter((e) => isDecadeSuffix(ctx.g, e.suffix))
        .map((e) => ({ pos: e.pos, value: v }))
    default:
      return []
  }
}

function nameSlot(ctx: MatchCtx, pos: number, lex: Lexicon<number>): Hit[] {
  const t = tokenAt(ctx, pos)
  if (!t || (ctx.g.capitalized && !/^\p{Lu}/u.test(t.text))) return []
  return lex.match(ctx.tokens, pos).flatMap((hit) => {
    const last = ctx.tokens[hit.end - 1]
    if (hit.end - 1 > pos && last?.newline) return []
    return endings(ctx, hit.end, false).map((e) => ({ pos: e.pos, value: hit.value, short: hit.short }))
  })
}

function wordSlot<V extends number | string>(ctx: MatchCtx, pos: number, lex: Lexicon<V>): Hit[] {
  if (!tokenAt(ctx, pos)) return []
  return lex.match(ctx.tokens, pos).map((hit) => ({ pos: hit.end, value: hit.value }))
}

function slotHits(ctx: MatchCtx, pos: number, name: SlotName): Hit[] {
  switch (name) {
    case 'month':
      return nameSlot(ctx, pos, ctx.g.months)
    case 'weekday':
      return nameSlot(ctx, pos, ctx.g.weekdays)
    case 'unit':
      return wordSlot(ctx, pos, ctx.g.units)
    case 'season':
      return wordSlot(ctx, pos, ctx.g.seasons)
    case 'n':
      return [...numberSlot(ctx, pos, name), ...wordSlot(ctx, pos, ctx.g.numbers)]
    case 'garbled': {
      const t = tokenAt(ctx, pos)
      return t && ctx.g.garbled.has(t.key) ? [{ pos: pos + 1, value: 'garbled' }] : []
    }
    default:
      return numberSlot(ctx, pos, name)
  }
}

function capName(name: SlotName, end: boolean): string {
  const base = name === 'monthnum' ? 'month' : name
  return end ? `${base}2` : base
}

function literalMatches(ctx: MatchCtx, el: El & { k: 'lit' }, pos: number): boolean {
  const t = tokenAt(ctx, pos)
  if (!t) return false
  return ctx.exactCase && t.kind === 'word' ? t.text === el.raw : t.key === el.key
}

/** What is left to match once the current sequence ends: the rest of each enclosing one. */
interface Continuation {
  readonly els: readonly El[]
  readonly i: number
  readonly next: Continuation | null
}

/**
 * Every state in which `els[i…]` (then the continuation) matches from `st`,
 * pushed to `out` in backtracking order. Note: plain recursion with an
 * explicit continuation, no generators or closures: it runs at every number
 * and date word of every text, and those cost more than the matching.
 */
export function matchSeq(ctx: MatchCtx, els: readonly El[], i: number, st: State, k: Continuation | null, out: State[]): void {
  const el = els[i]
  if (!el) {
    if (k) matchSeq(ctx, k.els, k.i, st, k.next, out)
    else out.push(st)
    return
  }
  switch (el.k) {
    case 'lit':
      if (literalMatches(ctx, el, st.pos)) matchSeq(ctx, els, i + 1, { pos: st.pos + 1, caps: st.caps, short: st.short, numeric: st.numeric }, k, out)
      return
    case 'opt':
      matchSeq(ctx, el.seq, 0, st, { els, i: i + 1, next: k }, out)
      matchSeq(ctx, els, i + 1, st, k, out)
      return
    case 'alt':
      for (const alt of el.alts) matchSeq(ctx, alt, 0, st, { els, i: i + 1, next: k }, out)
      return
    case 'not': {
      const probe: State[] = []
      matchSeq(ctx, [el.el], 0, st, null, probe)
      if (probe.length === 0) matchSeq(ctx, els, i + 1, st, k, out)
      return
    }
    case 'slot':
      for (const hit of slotHits(ctx, st.pos, el.name)) {
        const caps = { ...st.caps, [capName(el.name, el.end)]: hit.value }
        matchSeq(ctx, els, i + 1, { pos: hit.pos, caps, short: st.short || hit.short === true, numeric: st.numeric || el.name === 'monthnum' }, k, out)
      }
  }
}
