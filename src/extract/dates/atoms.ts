/**
 * Atoms: what one grammar rule recognises in the text before anything is
 * combined or resolved. A date atom holds the parts the text states (year,
 * month, day, and a range end); a relative atom an offset in some unit; a
 * modifier, connector or opener only matters next to a date.
 */
import type { Parts } from '../../core/calendar.js'
import type { Mod } from './schema.js'

export type RelUnit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'weekday' | 'monthname'

interface AtomBase {
  readonly start: number
  readonly end: number
  readonly flags: readonly string[]
}

export interface DateAtom extends AtomBase {
  readonly kind: 'date'
  readonly from: Parts
  /** End of a range, with missing parts filled from the start. */
  readonly to: Parts | null
  /** The year given by the text itself (not inherited from anything around it). */
  readonly explicitYear: boolean
  readonly weekday: number | null
  /** "năm ngoái" after the date: the year is the anchor's plus this. */
  readonly yearRel: number | null
  readonly decade: boolean
  readonly season: string | null
  readonly garbled: 'day' | 'month' | 'year' | null
  readonly mod: Mod | null
  readonly deictic: boolean
}

export interface RelAtom extends AtomBase {
  readonly kind: 'rel'
  readonly unit: RelUnit
  readonly offset: number
  /** A counted offset ("two weeks ago") is a point in time, not a whole week. */
  readonly counted: boolean
  readonly from: 'document' | 'previous'
  readonly weekday: number | null
  /** End weekday of "from Monday to Wednesday" / "dans la nuit de lundi à mardi". */
  readonly toWeekday: number | null
  readonly month: number | null
  readonly mod: Mod | null
  readonly deictic: boolean
}

export interface ModAtom extends AtomBase {
  readonly kind: 'mod'
  readonly mod: Mod
  readonly post: boolean
}

export interface ConnAtom extends AtomBase {
  readonly kind: 'conn'
  /** "and": a range only after an opener ("between 1992 and 1994"). */
  readonly and: boolean
}

export interface OpenAtom extends AtomBase {
  readonly kind: 'open'
}

export type Atom = DateAtom | RelAtom | ModAtom | ConnAtom | OpenAtom
export type Mention = DateAtom | RelAtom
