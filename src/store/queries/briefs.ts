/**
 * Compact reads for rounds of talks (src/app/rounds.ts): what grouping
 * meetings and finding their outcomes needs of every event of some types and
 * of every position, from indexes alone (events_consult and events_agree hold
 * the `brief` column), without parsing 25,000 records. The evidence text is read
 * afterwards, only for the rounds shown (eventRecord, positionRecord).
 */
import type Database from 'better-sqlite3'
import type { EventRecord, PositionRecord } from '../../core/doc.js'
import { ROUND_TYPE_INDEX } from '../migrations/round-indexes.js'
import type { Db } from '../sqlite.js'

export interface EventBrief {
  readonly doc: string
  readonly id: string
  readonly type: string
  readonly sentence: number
  /** Effective date (as corrected), else null. */
  readonly date: string | null
  readonly published: string | null
  /** Effective place name (as corrected), else null. */
  readonly venue: string | null
  readonly profile: string | null
  readonly language: string | null
  readonly sources: readonly string[]
  readonly targets: readonly string[]
  readonly mediators: readonly string[]
  /** As extracted; `patch` is the latest edit's, if the latest correction is an edit. */
  readonly mode: string | null
  readonly negated: boolean
  readonly future: boolean
  readonly evidence: { readonly start: number; readonly end: number }
  readonly patch: Record<string, unknown> | null
}

type Brief = [string[], string[], string[], string | null, number, number, number, number]

const BRIEF_COLUMNS = `e.doc_id, e.id, e.eff_type, e.sentence, e.eff_date, e.published, e.eff_location, e.profile, e.language, e.brief,
  CASE WHEN c.action = 'edit' THEN c.patch END AS patch`
type Row = [string, string, string, number, string | null, string | null, string | null, string | null, string | null, string, string | null]

/** Events of these types that are not rejected, in the order listEvents gives them (dated first, by date). */
export function eventBriefs(db: Db, types: readonly string[]): EventBrief[] {
  // Note: one type at a time, in its index's order (no sort); undated ones (first in the index) go last.
  // The type is written into the query (from the fixed list), as SQLite uses a partial index only then.
  const rows = types.flatMap((type) => {
    const index = ROUND_TYPE_INDEX[type]
    if (!index) throw new Error(`No brief index for events of type ${type}`)
    return db.prepare(
      `SELECT ${BRIEF_COLUMNS}
       FROM events e INDEXED BY ${index} LEFT JOIN corrections c ON c.id = e.correction_id
       WHERE e.eff_type = '${type}' AND e.status <> 'reject'
       ORDER BY e.eff_date, e.published, e.doc_id, e.sentence, e.id`,
    ).raw().all() as Row[]
  })
  if (types.length > 1) rows.sort(byListOrder)
  const briefs = rows.map(briefOf)
  return [...briefs.filter((b) => b.date !== null), ...briefs.filter((b) => b.date === null)]
}

/** The events of one type, not rejected, of these documents only (in no particular order: sort with briefOrder). */
export function eventBriefsIn(db: Db, type: string, docs: readonly string[]): EventBrief[] {
  // Note: CROSS JOIN and the unary + read the few documents' events by key (else SQLite reads every event of the type).
  const rows = db.prepare(
    `SELECT ${BRIEF_COLUMNS}
     FROM json_each(?) d CROSS JOIN events e ON e.doc_id = d.value LEFT JOIN corrections c ON c.id = e.correction_id
     WHERE +e.eff_type = ? AND e.status <> 'reject'`,
  ).raw().all(JSON.stringify(docs), type) as Row[]
  return rows.map(briefOf)
}

const cmp = (a: string | number | null, b: string | number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1)
/** eff_date, published, doc_id, sentence, id: the index's order (SQLite's: NULL first, then by code unit). */
function byListOrder(x: unknown[], y: unknown[]): number {
  for (const i of [4, 5, 0, 3, 1]) {
    const d = cmp(x[i] as string | number | null, y[i] as string | number | null)
    if (d !== 0) return d
  }
  return 0
}

/** The order eventBriefs gives briefs of one type: dated first, then by date, publication, document, sentence, id. */
export function briefOrder(a: EventBrief, b: EventBrief): number {
  return Number(a.date === null) - Number(b.date === null) || cmp(a.date, b.date) || cmp(a.published, b.published) ||
    cmp(a.doc, b.doc) || a.sentence - b.sentence || cmp(a.id, b.id)
}

function briefOf([doc, id, type, sentence, date, published, venue, profile, language, brief, patch]: Row): EventBrief {
  const [sources, targets, mediators, mode, negated, future, start, end] = JSON.parse(brief) as Brief
  return {
    doc, id, type, sentence, date, published, venue, profile, language, sources, targets, mediators, mode,
    negated: negated === 1, future: future === 1, evidence: { start, end }, patch: patch ? (JSON.parse(patch) as Record<string, unknown>) : null,
  }
}

export interface PositionBrief {
  readonly doc: string
  readonly idx: number
  readonly sentence: number
  /** The party's state. */
  readonly party: string
  /** Stance and issue as corrected. */
  readonly stance: string
  readonly issue: string
  /** Date as corrected, else the document's publication date. */
  readonly when: string | null
  readonly evidence: { readonly start: number; readonly end: number }
}

type PositionRow = [string, number, number, string, string, string, string | null, number, number]
const positionOf = ([doc, idx, sentence, party, stance, issue, when, start, end]: PositionRow): PositionBrief =>
  ({ doc, idx, sentence, party, stance, issue, when, evidence: { start, end } })
const POSITION_COLUMNS = 'p.doc_id, p.idx, p.sentence, p.party, p.eff_stance, p.eff_issue, p.eff_when, p.ev_start, p.ev_end'

/** Positions not rejected, in the order listPositions gives them. */
export function positionBriefs(db: Db): PositionBrief[] {
  return (db
    .prepare(
      `SELECT ${POSITION_COLUMNS}
       FROM positions p INDEXED BY positions_by_eff_issue WHERE p.status <> 'reject'
       ORDER BY p.eff_issue, p.party, (p.eff_when IS NULL), p.eff_when, p.doc_id, p.idx`,
    )
    .raw()
    .all() as PositionRow[])
    .map(positionOf)
}

/** The positions, not rejected, of these documents only (in no particular order: sort with positionOrder). */
export function positionBriefsIn(db: Db, docs: readonly string[]): PositionBrief[] {
  // Note: CROSS JOIN reads the few documents first (else SQLite scans the positions of every document).
  return (db.prepare(`SELECT ${POSITION_COLUMNS} FROM json_each(?) d CROSS JOIN positions p ON p.doc_id = d.value WHERE p.status <> 'reject'`)
    .raw().all(JSON.stringify(docs)) as PositionRow[]).map(positionOf)
}

/** The order positionBriefs gives: by issue, party, date (undated last), document, index. */
export function positionOrder(a: PositionBrief, b: PositionBrief): number {
  return cmp(a.issue, b.issue) || cmp(a.party, b.party) || Number(a.when === null) - Number(b.when === null) || cmp(a.when, b.when) ||
    cmp(a.doc, b.doc) || a.idx - b.idx
}

// Prepared once per connection: a round's quotes are read one by one.
const statements = new WeakMap<Db, { event: Database.Statement; position: Database.Statement }>()
function lookups(db: Db) {
  let s = statements.get(db)
  if (!s) {
    s = {
      event: db.prepare('SELECT record FROM events WHERE doc_id = ? AND id = ?').pluck(),
      position: db.prepare('SELECT record FROM positions WHERE doc_id = ? AND idx = ?').pluck(),
    }
    statements.set(db, s)
  }
  return s
}

/** One event's record as extracted, or null. */
export function eventRecord(db: Db, doc: string, id: string): EventRecord | null {
  const row = lookups(db).event.get(doc, id) as string | undefined
  return row ? (JSON.parse(row) as EventRecord) : null
}

/** One position's record as extracted, or null. */
export function positionRecord(db: Db, doc: string, idx: number): PositionRecord | null {
  const row = lookups(db).position.get(doc, idx) as string | undefined
  return row ? (JSON.parse(row) as PositionRecord) : null
}
