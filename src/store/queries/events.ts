/**
 * Event queries with filters and paging. Filters see events as corrected:
 * an event whose type an analyst edited is found under its new type, and
 * rejected events are left out unless `status` asks for them.
 */
import type { Correction } from '../../app/corrections.js'
import type { EventRecord } from '../../core/doc.js'
import type { Db } from '../sqlite.js'
import {
  CORRECTION_COLUMNS, EVENT_KEY_SQL, LATEST_CORRECTIONS, SOURCE_COLUMNS, correctionOf, effective, sourceOf,
  type Paging, type RawRow, type SourceRow,
} from './common.js'
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

/** `ev`: every event with its document, its latest correction and its effective type/date/location. */
export const EVENTS_CTE = `WITH ${LATEST_CORRECTIONS}, ev AS (
  SELECT e.doc_id, e.id, e.record, e.cluster, e.sentence, ${SOURCE_COLUMNS}, ${CORRECTION_COLUMNS},
    coalesce(json_extract(c.patch, '$.type'), e.type) AS eff_type,
    ${effective('e.date_value', '$.date')} AS eff_date_raw,
    ${effective('e.location', '$.location')} AS eff_location,
    coalesce(c.action, 'none') AS status
  FROM events e JOIN documents d ON d.id = e.doc_id
  LEFT JOIN latest c ON c.record_kind = 'event' AND c.doc_id = e.doc_id AND c.record_key = ${EVENT_KEY_SQL}
)`

// Note: a patched date is a JSON object; its value is what filters compare.
const EFF_DATE = `(CASE WHEN json_valid(ev.eff_date_raw) AND substr(ev.eff_date_raw, 1, 1) = '{' THEN json_extract(ev.eff_date_raw, '$.value') ELSE ev.eff_date_raw END)`

const STATUS_SQL: Record<StatusFilter, string | null> = {
  active: `ev.status <> 'reject'`,
  all: null,
  extracted: `ev.status = 'none'`,
  confirmed: `ev.status = 'confirm'`,
  edited: `ev.status = 'edit'`,
  rejected: `ev.status = 'reject'`,
}

/** WHERE clause and parameters for a filter, over the `ev` CTE. */
export function eventWhere(f: EventFilter): { sql: string; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql)
    params.push(...values)
  }
  const status = STATUS_SQL[f.status ?? 'active']
  if (status) where.push(status)
  if (f.types && f.types.length > 0) add(`ev.eff_type IN (${f.types.map(() => '?').join(', ')})`, ...f.types)
  if (f.actor) {
    const role = f.role ? ' AND a.role = ?' : ''
    add(`EXISTS (SELECT 1 FROM event_actors a WHERE a.doc_id = ev.doc_id AND a.event_id = ev.id AND (a.actor_id = ? OR a.country = ?)${role})`,
      f.actor, f.actor, ...(f.role ? [f.role] : []))
  }
  if (f.issue) {
    add(`EXISTS (SELECT 1 FROM positions p WHERE p.doc_id = ev.doc_id AND p.issue = ? AND json_extract(p.record, '$.sentence') = ev.sentence)`, f.issue)
  }
  // Partial dates compare at their own precision: '2023-05' is within from=2023-05-20.
  if (f.from) add(`${EFF_DATE} >= substr(?, 1, length(${EFF_DATE}))`, f.from)
  if (f.to) add(`${EFF_DATE} <= substr(?, 1, length(${EFF_DATE}))`, f.to)
  if (f.language) add('ev.d_language = ?', f.language)
  if (f.place) add(`(lower(ev.eff_location) = lower(?) OR json_extract(ev.record, '$.location.country') = ?)`, f.place, f.place)
  if (f.doc) add('ev.doc_id = ?', f.doc)
  if (f.cluster) add('ev.cluster = ?', f.cluster)
  if (f.located) add(`json_extract(ev.record, '$.location.lat') IS NOT NULL`)
  if (f.q !== undefined) {
    const match = toMatchExpression(f.q)
    if (match) add('(ev.doc_id, ev.sentence) IN (SELECT doc_id, idx FROM sentence_search WHERE sentence_search MATCH ?)', match)
    else where.push('0')
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params }
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

/** Undated events sort last; `desc` puts the most recent first. */
function orderBy(desc: boolean): string {
  const dir = desc ? 'DESC' : 'ASC'
  return `ORDER BY (${EFF_DATE} IS NULL), ${EFF_DATE} ${dir}, ev.d_published ${dir}, ev.doc_id, ev.sentence, ev.id`
}

export function listEvents(db: Db, filter: EventFilter, page: Paging, desc = false): { total: number; rows: EventRow[] } {
  const { sql, params } = eventWhere(filter)
  const total = (db.prepare(`${EVENTS_CTE} SELECT count(*) AS n FROM ev ${sql}`).get(...params) as { n: number }).n
  const rows = db
    .prepare(`${EVENTS_CTE} SELECT ev.* FROM ev ${sql} ${orderBy(desc)} LIMIT ? OFFSET ?`)
    .all(...params, page.limit, page.offset) as RawRow[]
  return { total, rows: rows.map(eventRowOf) }
}

export function getEvent(db: Db, doc: string, id: string): EventRow | null {
  const row = db.prepare(`${EVENTS_CTE} SELECT ev.* FROM ev WHERE ev.doc_id = ? AND ev.id = ?`).get(doc, id) as RawRow | undefined
  return row ? eventRowOf(row) : null
}

/** Counts by effective type over the events a filter selects. */
export function countByType(db: Db, filter: EventFilter): Record<string, number> {
  const { sql, params } = eventWhere(filter)
  const rows = db.prepare(`${EVENTS_CTE} SELECT ev.eff_type AS type, count(*) AS n FROM ev ${sql} GROUP BY ev.eff_type`).all(...params) as { type: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.type, r.n]))
}

/** Effective date range of the selected events. */
export function dateRange(db: Db, filter: EventFilter): { from: string | null; to: string | null } {
  const { sql, params } = eventWhere(filter)
  const row = db.prepare(`${EVENTS_CTE} SELECT min(${EFF_DATE}) AS lo, max(${EFF_DATE}) AS hi FROM ev ${sql}`).get(...params) as { lo: string | null; hi: string | null }
  return { from: row.lo, to: row.hi }
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
      `${EVENTS_CTE} SELECT ev.doc_id AS doc, ev.id AS id, ev.eff_type AS type, a.role AS role, a.actor_id AS actor, a.country AS country
       FROM ev JOIN event_actors a ON a.doc_id = ev.doc_id AND a.event_id = ev.id ${sql} ORDER BY ev.doc_id, ev.id`,
    )
    .all(...params) as ParticipantRow[]
}
