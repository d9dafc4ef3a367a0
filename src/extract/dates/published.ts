/**
 * The publication date as metadata gives it, normalised to a PartialDate.
 * ISO 8601 forms (with or without time, "2023-07", "2023") and epoch numbers
 * are read directly; everything else ("Tue, 01 Aug 2023 10:00:00 GMT",
 * "08/08/2025", "8 августа 2025 г.") goes through the date grammars, the
 * document's language first. The date is the one written, in the
 * publisher's own time zone: a time and offset after it are ignored.
 */
import type { PartialDate } from '../../core/doc.js'
import { dayDate, fromOrdinal, isValidDay, toPartial } from '../../core/calendar.js'
import { combine } from './combine.js'
import type { Grammar } from './grammar.js'
import { scanAtoms } from './scan.js'

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=$|[T\s])/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const EPOCH = /^\d{9,13}$/
const DAY_MS = 86_400_000

function fromNumbers(y: number, m: number | null, d: number | null): PartialDate | null {
  if (m !== null && (m < 1 || m > 12)) return null
  if (m !== null && d !== null && !isValidDay(y, m, d)) return null
  return toPartial({ year: y, month: m, day: m === null ? null : d })
}

/** The date of a numeric form; null when it is one but impossible, undefined when it is not numeric. */
function numeric(s: string): PartialDate | null | undefined {
  const iso = ISO.exec(s) ?? COMPACT.exec(s)
  if (iso) {
    const [, y, m, d] = iso
    return fromNumbers(Number(y), m ? Number(m) : null, d ? Number(d) : null)
  }
  if (EPOCH.test(s)) {
    const ms = s.length > 10 ? Number(s) : Number(s) * 1000
    return dayDate(fromOrdinal(Math.floor(ms / DAY_MS)))
  }
  return undefined
}

function byGrammar(s: string, g: Grammar): PartialDate | null {
  for (const atom of combine(s, scanAtoms(s, g))) {
    if (atom.kind !== 'date' || atom.from.year === null || atom.garbled || atom.decade) continue
    const { year, month, day } = atom.from
    const date = fromNumbers(year, month, day)
    if (date) return date
  }
  return null
}

/** Normalise a metadata date; null when it is missing or says no date. */
export function parsePublished(raw: string | null, grammars: readonly Grammar[]): PartialDate | null {
  const s = raw?.trim() ?? ''
  if (!s) return null
  const direct = numeric(s)
  if (direct !== undefined) return direct
  for (const g of grammars) {
    const date = byGrammar(s, g)
    if (date) return date
  }
  return null
}
