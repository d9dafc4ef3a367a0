/**
 * The scanner: at each token the longest match of any rule becomes an atom,
 * and scanning goes on after it. Two rules matching the same stretch with
 * different values (en "10/11/2020" read month-first and day-first) keep the
 * first reading and flag it 'ambiguous-numeric'.
 */
import type { Atom, DateAtom, RelAtom } from './atoms.js'
import { laterInYear, maxDayOf, type Parts } from '../../core/calendar.js'
import { rulesAt, type CompiledRule, type Grammar } from './grammar.js'
import { matchSeq, type Caps, type MatchCtx, type State } from './match.js'
import { tokenize, type Token } from './tokens.js'

interface Found {
  readonly atom: Atom
  readonly end: number
  readonly numeric: boolean
}

const num = (caps: Caps, name: string): number | null => {
  const v = caps[name]
  return typeof v === 'number' ? v : null
}

function rangeParts(caps: Caps): { from: Parts; to: Parts | null } {
  const from = { year: num(caps, 'year'), month: num(caps, 'month'), day: num(caps, 'day') }
  const hasEnd = ['year2', 'month2', 'day2'].some((k) => k in caps)
  if (!hasEnd) return { from, to: null }
  const to = { year: num(caps, 'year2') ?? from.year, month: num(caps, 'month2') ?? from.month, day: num(caps, 'day2') }
  const start = { ...from, month: from.month ?? to.month, year: from.year ?? to.year }
  // "28 December – 3 January 2024": a start after its end belongs to the year before.
  const shift = from.year === null && start.year !== null && laterInYear(start, to)
  return { from: shift && start.year !== null ? { ...start, year: start.year - 1 } : start, to }
}

function impossibleNumeric(parts: Parts | null): boolean {
  return parts !== null && parts.month !== null && parts.day !== null && parts.day > maxDayOf(parts.month)
}

function bareYearOk(g: Grammar, year: number | null, next: Token | undefined): boolean {
  if (year === null || year < g.bareYear.min || year > g.bareYear.max) return false
  return !(next && g.yearBlockers.has(next.key))
}

function dateAtom(cr: CompiledRule, st: State, span: Span, tokens: readonly Token[], g: Grammar): DateAtom | null {
  const { rule } = cr
  const { caps } = st
  const { from, to } = rangeParts(caps)
  const decadeYear = num(caps, 'decade')
  const parts = decadeYear === null ? from : { ...from, year: decadeYear }
  const alone = parts.day === null && parts.year === null && !('season' in caps) && !rule.garbled
  if (alone && parts.month !== null) {
    if (st.short) return null
    // A month name that is also a common word counts only with other date words around it.
    const words = tokens.slice(span.first, st.pos).filter((t, i) => t.kind === 'word' && (i === 0 || t.spaced))
    if (words.length === 1 && g.standaloneExclude.has(words[0]?.key ?? '')) return null
  }
  if (st.short && parts.day === null && parts.year === null) return null
  if (st.numeric && (impossibleNumeric(parts) || impossibleNumeric(to))) return null
  if (rule.bare && !bareYearOk(g, parts.year, tokens[st.pos])) return null
  return {
    kind: 'date',
    start: span.start,
    end: span.end,
    flags: rule.flags ?? [],
    from: parts,
    to,
    explicitYear: parts.year !== null,
    weekday: num(caps, 'weekday'),
    yearRel: null,
    decade: decadeYear !== null || rule.decade === true,
    season: typeof caps['season'] === 'string' ? caps['season'] : null,
    garbled: rule.garbled ?? null,
    mod: null,
    deictic: rule.deictic === true,
  }
}

function relAtom(cr: CompiledRule, st: State, span: Span): RelAtom | null {
  const rel = cr.rule.rel
  if (!rel || st.short) return null
  const weekday = num(st.caps, 'weekday')
  const month = num(st.caps, 'month')
  const slotUnit = st.caps['unit']
  const unit = rel.unit ?? (typeof slotUnit === 'string' ? slotUnit : null) ?? (weekday ? 'weekday' : month ? 'monthname' : null)
  if (unit === null) return null
  const n = num(st.caps, 'n')
  return {
    kind: 'rel',
    start: span.start,
    end: span.end,
    flags: cr.rule.flags ?? [],
    unit: unit as RelAtom['unit'],
    offset: rel.offset * (n ?? 1),
    counted: n !== null,
    from: rel.from ?? 'document',
    weekday,
    toWeekday: null,
    month,
    mod: cr.rule.mod ?? null,
    deictic: cr.rule.deictic === true,
  }
}

interface Span {
  readonly start: number
  readonly end: number
  /** Token index of the first token. */
  readonly first: number
}

function buildAtom(cr: CompiledRule, st: State, tokens: readonly Token[], first: number, g: Grammar): Atom | null {
  const span = { start: tokens[first]?.start ?? 0, end: tokens[st.pos - 1]?.end ?? 0, first }
  const { rule } = cr
  const base = { start: span.start, end: span.end, flags: rule.flags ?? [] }
  if (rule.conn) return { kind: 'conn', and: rule.conn === 'and', ...base }
  if (rule.open) return { kind: 'open', ...base }
  if (rule.rel) return relAtom(cr, st, span)
  if (rule.mod) return { kind: 'mod', mod: rule.mod, post: rule.post === true, ...base }
  return dateAtom(cr, st, span, tokens, g)
}

const sameValue = (a: DateAtom, b: DateAtom): boolean => JSON.stringify([a.from, a.to]) === JSON.stringify([b.from, b.to])

function withAmbiguity(best: Found, rivals: readonly Atom[]): Found {
  const { atom } = best
  if (atom.kind !== 'date' || !best.numeric) return best
  const differs = rivals.some((r) => r.kind === 'date' && !sameValue(atom, r))
  return differs ? { ...best, atom: { ...atom, flags: [...atom.flags, 'ambiguous-numeric'] } } : best
}

function longestAt(tokens: readonly Token[], pos: number, g: Grammar): Found | null {
  const token = tokens[pos]
  if (!token) return null
  let best: Found | null = null
  let rivals: Atom[] = []
  const rules = rulesAt(g, token)
  if (rules.length === 0) return null
  // (one context per case mode and one list of states for all the rules: numbers and date words try dozens)
  const anyCase: MatchCtx = { tokens, g, start: pos, exactCase: false }
  const exactCase: MatchCtx = { tokens, g, start: pos, exactCase: true }
  const states: State[] = []
  for (const cr of rules) {
    states.length = 0
    matchSeq(cr.rule.exactCase === true ? exactCase : anyCase, cr.els, 0, { pos, caps: {}, short: false, numeric: false }, null, states)
    for (const st of states) {
      if (st.pos === pos || (best && st.pos < best.end)) continue
      const atom = buildAtom(cr, st, tokens, pos, g)
      if (!atom) continue
      if (!best || st.pos > best.end) {
        best = { atom, end: st.pos, numeric: st.numeric }
        rivals = []
      } else rivals.push(atom)
    }
  }
  return best && withAmbiguity(best, rivals)
}

/** Every atom of `text`, left to right, not overlapping. */
export function scanAtoms(text: string, g: Grammar): Atom[] {
  const tokens = tokenize(text, g.key)
  const atoms: Atom[] = []
  let pos = 0
  while (pos < tokens.length) {
    const found = longestAt(tokens, pos, g)
    if (found) {
      atoms.push(found.atom)
      pos = found.end
    } else pos++
  }
  return atoms
}
