/**
 * Combining adjacent atoms into one expression, the same way in every
 * language (which words play which part is the grammar's business):
 *
 *   date + relative year       "ngày 19/9 năm ngoái", "Dezember vergangenen Jahres"
 *   modifier + date / year     "late September 2020", "cuối năm ngoái", "Mayıs sonunda"
 *   weekday / "today" + date   "Monday, May 1", "ce vendredi 29 septembre"
 *   [opener] date conn date    "từ năm 1992 đến 1994", "between 1992 and 1994"
 *   since-opener date           "depuis le 27 septembre" (no end: flagged 'since')
 *
 * Modifiers, connectors and openers left alone are dropped.
 */
import type { Atom, DateAtom, Mention, RelAtom } from './atoms.js'

const SPACE = /^\s*$/
const SPACE_OR_DASH = /^\s*-?\s*$/
const LIST_GAP = /^[\s,]*$/

const gapIs = (text: string, a: Atom, b: Atom, re: RegExp): boolean => re.test(text.slice(a.end, b.start))

const isYearRel = (a: Atom): a is RelAtom => a.kind === 'rel' && a.unit === 'year' && a.from === 'document' && !a.counted && a.mod === null

const yearless = (a: Atom): a is DateAtom =>
  a.kind === 'date' && a.from.year === null && a.yearRel === null && !a.decade && a.garbled === null

/** Walk the list once, letting `join` merge a pair of neighbours into one atom. */
function pairwise(atoms: readonly Atom[], join: (a: Atom, b: Atom) => Atom | null): Atom[] {
  const out: Atom[] = []
  for (const atom of atoms) {
    const prev = out[out.length - 1]
    const joined = prev ? join(prev, atom) : null
    if (joined) out[out.length - 1] = joined
    else out.push(atom)
  }
  return out
}

function joinYearRel(text: string): (a: Atom, b: Atom) => Atom | null {
  return (a, b) => {
    if (yearless(a) && isYearRel(b) && gapIs(text, a, b, SPACE)) return { ...a, end: b.end, yearRel: b.offset }
    if (isYearRel(a) && yearless(b) && b.from.month !== null && gapIs(text, a, b, SPACE)) return { ...b, start: a.start, yearRel: a.offset }
    return null
  }
}

function canTakeMod(a: Atom): a is Mention {
  return (a.kind === 'date' && a.mod === null && a.garbled === null) || (a.kind === 'rel' && a.mod === null)
}

function joinMod(text: string): (a: Atom, b: Atom) => Atom | null {
  return (a, b) => {
    if (a.kind === 'mod' && !a.post && canTakeMod(b) && gapIs(text, a, b, SPACE_OR_DASH)) return { ...b, start: a.start, mod: a.mod }
    if (b.kind === 'mod' && b.post && canTakeMod(a) && gapIs(text, a, b, SPACE)) return { ...a, end: b.end, mod: b.mod }
    return null
  }
}

function joinWeekday(text: string): (a: Atom, b: Atom) => Atom | null {
  return (a, b) => {
    if (a.kind !== 'rel' || b.kind !== 'date' || b.from.day === null || b.to !== null) return null
    const weekday = a.unit === 'weekday' && a.offset === 0 && !a.counted
    const today = a.unit === 'day' && a.offset === 0 && a.deictic
    if (!(weekday || today) || !gapIs(text, a, b, LIST_GAP)) return null
    return { ...b, start: a.start, weekday: weekday ? a.weekday : b.weekday, deictic: a.deictic || b.deictic }
  }
}

const rangeable = (a: Atom | undefined): a is DateAtom => a?.kind === 'date' && a.to === null && a.garbled === null

const plainWeekday = (a: Atom | undefined): a is RelAtom =>
  a?.kind === 'rel' && a.unit === 'weekday' && a.offset === 0 && !a.counted && a.toWeekday === null

/** "from Monday to Wednesday": one weekday expression with an end weekday. */
function weekdayRange(text: string, a: Atom | undefined, conn: Atom | undefined, b: Atom | undefined): RelAtom | null {
  if (!plainWeekday(a) || conn?.kind !== 'conn' || conn.and || !plainWeekday(b)) return null
  if (!gapIs(text, a, conn, SPACE) || !gapIs(text, conn, b, SPACE)) return null
  return { ...a, end: b.end, toWeekday: b.weekday }
}

/** [opener] date connector date → one date with an end. */
function joinRanges(text: string, atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = []
  for (let i = 0; i < atoms.length; i++) {
    const open = atoms[i]?.kind === 'open' ? atoms[i] : undefined
    const j = open ? i + 1 : i
    const [a, conn, b] = [atoms[j], atoms[j + 1], atoms[j + 2]]
    const linked = rangeable(a) && conn?.kind === 'conn' && rangeable(b) && (!conn.and || open) && gapIs(text, a, conn, SPACE) && gapIs(text, conn, b, SPACE)
    const openOk = !open || (a !== undefined && gapIs(text, open, a, SPACE))
    const days = openOk ? weekdayRange(text, a, conn, b) : null
    if (linked && openOk) {
      out.push(rangeOf(a, b, open?.start ?? a.start))
      i = j + 2
    } else if (days) {
      out.push(open ? { ...days, start: open.start } : days)
      i = j + 2
    } else if (open && open.flags.includes('since') && a !== undefined && canTakeMod(a) && gapIs(text, open, a, SPACE)) {
      // "depuis le 27 septembre" with no end: the start of a state, like "since".
      out.push({ ...a, start: open.start, mod: 'since' })
      i = j
    } else if (atoms[i]) out.push(atoms[i] as Atom)
  }
  return out
}

/** The start inherits what only the end states ("from 10 to 12 May 2024"). */
function rangeOf(a: DateAtom, b: DateAtom, start: number): DateAtom {
  const from = {
    year: a.from.year ?? (a.from.month !== null || a.from.day !== null ? b.from.year : null),
    month: a.from.month ?? (a.from.day !== null ? b.from.month : null),
    day: a.from.day,
  }
  return { ...a, start, end: b.end, from, to: b.from, explicitYear: from.year !== null, yearRel: a.yearRel ?? b.yearRel }
}

/** Combined expressions, keeping only dates and relative expressions. */
export function combine(text: string, atoms: readonly Atom[]): Mention[] {
  let out = pairwise(atoms, joinYearRel(text))
  out = pairwise(out, joinMod(text))
  out = pairwise(out, joinWeekday(text))
  out = joinRanges(text, out)
  return out.filter((a): a is Mention => a.kind === 'date' || a.kind === 'rel')
}
