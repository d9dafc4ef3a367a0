/**
 * Event queries with filters and paging. Filters see events as corrected:
 * an event whose type an analyst edited is found under its new type, and
 * rejected events are left out unless `status` asks for them.
 */
import type { Correction } from '../../app/corrections.js'
import type { EventRecord } from '../../core/doc.js'
import type Database from 'better-sqlite3'
import type { Db } from '../sqlite.js'
import { CORRECTION_COLUMNS, correctionOf, sourceOf, type Paging, type RawRow, type SourceRow } from './common.js'
import { toMatchExpression } from '../search.js'

export type StatusFilter = 'active' | 'all' | 'extracted' | 'confirmed' | 'edited' | 'rejected'

export interface EventFilter {
  readonly types?: readonly string[]
  /** An actor id or a country code, in any role. */
  readonly actor?: string
  readonly role?: 'source' | 'target' | 'mediator' | 'attributed'
  readonly issue?: string
  readonly from?: string
  readonly to?: string
  readonly language?: string
  readonly place?: string
  readonly q?: string
  readonly doc?: string
  readonly cluster?: string
  readonly located?: boolean
  readonly status?: StatusFilter
}

export interface EventRow {
  readonly doc: string
  readonly id: string
  readonly record: EventRecord
  readonly cluster: string | null
  readonly correction: Correction | null
  readonly source: SourceRow
}

/**
 * Every event with its document and its latest correction. The effective
 * values (as corrected) are columns of events (migration 5, kept by
 * triggers), so filters and orderings read indexes, not the corrections' JSON.
 */
const EVENT_COLUMNS = `e.doc_id, e.id, e.record, e.cluster, e.sentence, d.title AS d_title, e.language AS d_language, e.published AS d_published,
  d.source AS d_source, d.url AS d_url, ${CORRECTION_COLUMNS}`
const EVENT_JOINS = 'JOIN documents d ON d.id = e.doc_id LEFT JOIN corrections c ON c.id = e.correction_id'

const STATUS_SQL: Record<StatusFilter, string | null> = {
  active: `e.status <> 'reject'`,
  all: null,
  extracted: `e.status = 'none'`,
  confirmed: `e.status = 'confirm'`,
  edited: `e.status = 'edit'`,
  rejected: `e.status = 'reject'`,
}

/** WHERE clause and parameters for a filter, over `events e`. */
export function eventWhere(f: EventFilter): { sql: string; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql)
    params.push(...values)
  }
  const status = STATUS_SQL[f.status ?? 'active']
  if (status) where.push(status)
  if (f.types && f.types.length > 0) add(`e.eff_type IN (${f.types.map(() => '?').join(', ')})`, ...f.types)
  // Note: actor ids and issue ids hold no spaces (the API's patterns), so a spaced key finds the whole id.
  if (f.actor) add('instr(e.actor_keys, ?) > 0', ` ${f.actor}${f.role ? `@${f.role}` : ''} `)
  if (f.issue) add('instr(e.issue_keys, ?) > 0', ` ${f.issue} `)
  // Partial dates compare at their own precision: '2023-05' is within from=2023-05-20. The first
  // bound of each pair is implied by the second; it is there so the date index narrows the scan.
  if (f.from) add('e.eff_date >= substr(?, 1, 4) AND e.eff_date >= substr(?, 1, length(e.eff_date))', f.from, f.from)
  if (f.to) add('e.eff_date <= ? AND e.eff_date <= substr(?, 1, length(e.eff_date))', f.to, f.to)
  if (f.language) add('e.language = ?', f.language)
  if (f.place) add('(e.eff_place = lower(?) OR e.location_country = ?)', f.place, f.place)
  if (f.doc) add('e.doc_id = ?', f.doc)
  if (f.cluster) add('e.cluster = ?', f.cluster)
  if (f.located) add('e.located = 1')
  if (f.q !== undefined) {
    const match = toMatchExpression(f.q)
    if (match) add('(e.doc_id, e.sentence) IN (SELECT doc_id, idx FROM sentence_search WHERE sentence_search MATCH ?)', match)
    else where.push('0')
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params }
}

/**
 * Where a filter's events are read from. Note: a document, a cluster or a
 * text search picks few rows through its own index; any other filter is
 * tested inside events_filter (date order, every filter column), so the cost
 * is bounded by one pass over that index, never a table lookup per candidate.
 */
function eventsOf(f: EventFilter): string {
  return f.doc || f.cluster || f.q !== undefined ? 'events e' : 'events e INDEXED BY events_filter'
}

export function eventRowOf(row: RawRow): EventRow {
  const doc = String(row['doc_id'])
  return {
    doc,
    id: String(row['id']),
    record: JSON.parse(String(row['record'])) as EventRecord,
    cluster: (row['cluster'] as string | null) ?? null,
    correction: correctionOf(row, doc),
    source: sourceOf(row, doc),
  }
}

/**
 * Dated events in date order (then publication, document, sentence); undated
 * ones after them. Note: the two parts are read apart so that each follows
 * the date index and a page stops early instead of sorting every match.
 */
function orderBy(desc: boolean): string {
  const dir = desc ? 'DESC' : 'ASC'
  return `ORDER BY e.eff_date ${dir}, e.published ${dir}, e.doc_id, e.sentence, e.id`
}

const and = (where: string, clause: string) => (where ? `${where} AND ${clause}` : `WHERE ${clause}`)

export function listEvents(db: Db, filter: EventFilter, page: Paging, desc = false): { total: number; rows: EventRow[] } {
  const { sql, params } = eventWhere(filter)
  const from = eventsOf(filter)
  const n = db.prepare(`SELECT count(*) AS total, count(e.eff_date) AS dated FROM ${from} ${sql}`).get(...params) as { total: number; dated: number }
  const rows: RawRow[] = []
  if (page.offset < n.dated && page.limit > 0) rows.push(...pageOf(db, from, and(sql, 'e.eff_date IS NOT NULL'), params, desc, page.limit, page.offset))
  const left = page.limit - rows.length
  if (left > 0 && n.total > n.dated) rows.push(...pageOf(db, from, and(sql, 'e.eff_date IS NULL'), params, desc, left, Math.max(0, page.offset - n.dated)))
  return { total: n.total, rows: rows.map(eventRowOf) }
}

/**
 * The first `limit` events a filter selects (dated first, in date order),
 * without counting them all: the overview's latest incidents. Note: the
 * count of listEvents passes over the whole date index (20-50 ms at
 * 100,000 events); the first page alone stops after its rows.
 */
export function firstEvents(db: Db, filter: EventFilter, limit: number, desc = false): EventRow[] {
  const { sql, params } = eventWhere(filter)
  const from = eventsOf(filter)
  const rows = pageOf(db, from, and(sql, 'e.eff_date IS NOT NULL'), params, desc, limit, 0)
  if (rows.length < limit) rows.push(...pageOf(db, from, and(sql, 'e.eff_date IS NULL'), params, desc, limit - rows.length, 0))
  return rows.map(eventRowOf)
}

/**
 * One page: the keys first, from the index alone, then those rows. Note: a
 * query that selects the record while it scans reads every candidate's row
 * (SQLite tests the WHERE after the lookup): 180 ms instead of 5 for a page
 * whose first match sits 30,000 index entries in.
 */
function pageOf(db: Db, from: string, where: string, params: unknown[], desc: boolean, limit: number, offset: number): RawRow[] {
  return db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM (SELECT e.doc_id AS k_doc, e.id AS k_id FROM ${from} ${where} ${orderBy(desc)} LIMIT ? OFFSET ?) AS k
       CROSS JOIN events e ON e.doc_id = k.k_doc AND e.id = k.k_id ${EVENT_JOINS} ${orderBy(desc)}`,
    )
    .all(...params, limit, offset) as RawRow[]
}

// Prepared once per connection: rounds of talks read their events one by one.
const getStatements = new WeakMap<Db, Database.Statement<unknown[], unknown>>()

export function getEvent(db: Db, doc: string, id: string): EventRow | null {
  let statement = getStatements.get(db)
  if (!statement) {
    statement = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e ${EVENT_JOINS} WHERE e.doc_id = ? AND e.id = ?`)
    getStatements.set(db, statement)
  }
  const row = statement.get(doc, id) as RawRow | undefined
  return row ? eventRowOf(row) : null
}

/** Counts by effective type over the events a filter selects (with no filter, from the kept counts). */
export function countByType(db: Db, filter: EventFilter): Record<string, number> {
  if (Object.keys(filter).length === 0) {
    const kept = db.prepare(`SELECT eff_type AS type, sum(n) AS n FROM event_counts WHERE status <> 'reject' AND n > 0 GROUP BY eff_type`).all() as { type: string; n: number }[]
    return Object.fromEntries(kept.map((r) => [r.type, r.n]))
  }
  const { sql, params } = eventWhere(filter)
  const rows = db.prepare(`SELECT e.eff_type AS type, count(*) AS n FROM ${eventsOf(filter)} ${sql} GROUP BY e.eff_type`).all(...params) as { type: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.type, r.n]))
}

/** Effective date range of the selected events (each end read from the date index). */
export function dateRange(db: Db, filter: EventFilter): { from: string | null; to: string | null } {
  const { sql, params } = eventWhere(filter)
  const end = (dir: 'ASC' | 'DESC') =>
    (db.prepare(`SELECT e.eff_date AS d FROM ${eventsOf(filter)} ${and(sql, 'e.eff_date IS NOT NULL')} ORDER BY e.eff_date ${dir} LIMIT 1`).get(...params) as { d: string } | undefined)?.d ?? null
  return { from: end('ASC'), to: end('DESC') }
}

export interface ParticipantRow {
  readonly doc: string
  readonly id: string
  readonly type: string
  readonly role: 'source' | 'target' | 'mediator' | 'attributed'
  readonly actor: string
  readonly country: string
}

/** Who took part in each selected event, in which role (for the network and co-actors). */
export function participants(db: Db, filter: EventFilter): ParticipantRow[] {
  const { sql, params } = eventWhere(filter)
  return db
    .prepare(
      `SELECT e.doc_id AS doc, e.id AS id, e.eff_type AS type, a.role AS role, a.actor_id AS actor, a.country AS country
       FROM ${eventsOf(filter)} JOIN event_actors a ON a.doc_id = e.doc_id AND a.event_id = e.id ${sql} ORDER BY e.doc_id, e.id`,
    )
    .all(...params) as ParticipantRow[]
}
