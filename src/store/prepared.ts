/**
 * An analysis turned into the values the store inserts (pure; no driver, so
 * worker threads can run it): every table's rows as arrays of values in the
 * order of the INSERT statements in sqlite.ts, the analysis JSON and the
 * folded search text already computed. Workers send this instead of the
 * Analysis object, so the main thread neither copies an object graph out of
 * the message nor serialises and folds it again: it only binds and inserts.
 */
import type { Analysis } from '../core/doc.js'
import { fold } from '../core/fold.js'
import { rowsOf } from './rows.js'

type Value = string | number | null

export interface PreparedDocument {
  readonly prepared: true
  readonly id: string
  readonly source: string
  readonly url: string | null
  readonly language: string
  /**
   * Characters of the stored text, analysis JSON and event and position records: what a
   * waiting write batch mostly holds in memory (src/app/ingest.ts bounds its batches by it).
   */
  readonly chars: number
  /** documents: every column but version and ingested_at, which the store decides. */
  readonly document: readonly Value[]
  /** sentences: (idx, start, end) triples. */
  readonly sentences: readonly number[]
  /** sentence_search: (folded, original) pairs, one per sentence (idx as in `sentences`). */
  readonly search: readonly string[]
  readonly events: readonly (readonly Value[])[]
  readonly eventActors: readonly (readonly Value[])[]
  readonly positions: readonly (readonly Value[])[]
  readonly actorMentions: readonly (readonly Value[])[]
  readonly actorNames: readonly (readonly Value[])[]
  readonly placeMentions: readonly (readonly Value[])[]
}

export function isPrepared(doc: Analysis | PreparedDocument): doc is PreparedDocument {
  return (doc as Partial<PreparedDocument>).prepared === true
}

export function prepareDocument(a: Analysis): PreparedDocument {
  const rows = rowsOf(a)
  const d = rows.document
  const sentences: number[] = []
  const search: string[] = []
  for (const s of rows.sentences) {
    sentences.push(s.idx, s.start, s.end)
    const original = a.text.slice(s.start, s.end)
    search.push(fold(original), original)
  }
  let chars = d.text.length + d.analysis.length
  for (const e of rows.events) chars += e.record.length
  for (const p of rows.positions) chars += p.record.length
  return {
    prepared: true,
    id: a.id,
    source: a.source,
    url: a.url,
    language: a.language,
    chars,
    document: [d.id, d.source, d.url, d.title, d.language, d.published, d.published_precision, d.published_inferred, d.profile, d.text, d.analysis],
    sentences,
    search,
    events: rows.events.map((e) => [
      e.doc_id, e.id, e.type, e.mode, e.date_value, e.date_precision, e.location, e.negated, e.future, e.sentence, e.cluster, e.record,
      e.record_key, e.language, e.published, e.location_country, e.located, e.actor_keys, e.issue_keys, e.profile, e.brief,
      // effective values, as extracted (a stored correction is applied by a trigger)
      e.type, e.date_value, e.date_precision, e.location, e.location,
    ]),
    eventActors: rows.eventActors.map((r) => [r.doc_id, r.event_id, r.role, r.actor_id, r.country]),
    positions: rows.positions.map((p) => [
      p.doc_id, p.idx, p.issue, p.party, p.stance, p.date_value, p.record, p.record_key, p.party_id, p.profile, p.sentence, p.ev_start, p.ev_end,
      p.issue, p.stance, p.eff_when,
    ]),
    actorMentions: rows.actorMentions.map((m) => [m.doc_id, m.actor_id, m.country, m.count]),
    actorNames: rows.actorNames.map((n) => [n.doc_id, n.actor_id, n.name, n.type, n.country, n.sector, n.count]),
    placeMentions: rows.placeMentions.map((m) => [m.doc_id, m.place_id, m.name, m.country, m.lat, m.lon, m.count]),
  }
}
