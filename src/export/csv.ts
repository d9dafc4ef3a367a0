/**
 * One row per event, with ACLED/POLECAT-like columns, RFC 4180 quoting.
 * Cells that a spreadsheet would run as a formula (=, +, -, @ first) are
 * prefixed with an apostrophe: report text is untrusted.
 */
import type { ActorRef, Analysis } from '../core/doc.js'
import { NO_CONTEXT, type ExportContext } from './jsonl.js'
import { eventScale, QUAD_CLASS } from './plover-scale.js'

export const CSV_COLUMNS = [
  'event_id', 'document', 'source_file', 'url', 'language', 'published', 'event_date', 'date_precision', 'event_type', 'mode',
  'quad_class', 'intensity', 'actor1', 'actor1_country', 'actor1_sector', 'actor2', 'actor2_country', 'mediators', 'location',
  'location_country', 'latitude', 'longitude', 'negated', 'future', 'attributed_to', 'cluster', 'evidence_start', 'evidence_end', 'evidence',
] as const

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let s = String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

const ids = (refs: readonly ActorRef[]) => refs.map((r) => r.id).join(';')
const countries = (refs: readonly ActorRef[]) => [...new Set(refs.map((r) => r.country))].join(';')

export function* csvLines(analyses: Iterable<Analysis>, ctx: ExportContext = NO_CONTEXT): Generator<string> {
  yield CSV_COLUMNS.join(',')
  for (const a of analyses) {
    for (const e of a.events) {
      const row = [
        `${a.id}:${e.id}`, a.id, a.source, a.url, a.language, a.published?.value, e.date?.value, e.date?.precision, e.type, e.mode,
        QUAD_CLASS[e.type], eventScale(e.type, e.mode), ids(e.source), countries(e.source), e.source[0]?.sector, ids(e.target),
        countries(e.target), ids(e.mediators), e.location?.name, e.location?.country, e.location?.lat, e.location?.lon,
        e.negated, e.future, e.attributed_to?.id, ctx.clusterOf(a.id, e.id), e.evidence.start, e.evidence.end, e.evidence.text,
      ]
      yield row.map(csvCell).join(',')
    }
  }
}
