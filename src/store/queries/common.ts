/**
 * SQL shared by the read queries: the stable record keys computed in SQL
 * (they must equal eventKey/positionKey of src/app/corrections.ts; a test
 * checks it; the store keeps them in record_key columns), and row parsing.
 */
import type { Correction } from '../../app/corrections.js'
import type { Db } from '../sqlite.js'

/** eventKey(e) in SQL: 'TYPE@evStart-evEnd#trStart-trEnd'. */
export const EVENT_KEY_SQL = `(e.type || '@' || json_extract(e.record, '$.evidence.start') || '-' || json_extract(e.record, '$.evidence.end')
  || '#' || json_extract(e.record, '$.trigger.start') || '-' || json_extract(e.record, '$.trigger.end'))`

/** positionKey(p) in SQL: 'issue/partyId@evStart-evEnd'. */
export const POSITION_KEY_SQL = `(p.issue || '/' || json_extract(p.record, '$.party.id') || '@'
  || json_extract(p.record, '$.evidence.start') || '-' || json_extract(p.record, '$.evidence.end'))`

/** The document a record came from. */
export interface SourceRow {
  readonly doc: string
  readonly title: string | null
  readonly language: string
  readonly published: string | null
  readonly source: string
  readonly url: string | null
}

export const SOURCE_COLUMNS = 'd.title AS d_title, d.language AS d_language, d.published AS d_published, d.source AS d_source, d.url AS d_url'
export const CORRECTION_COLUMNS =
  'c.id AS c_id, c.record_kind AS c_kind, c.record_key AS c_key, c.action AS c_action, c.patch AS c_patch, c.note AS c_note, c.created_at AS c_created_at'

export type RawRow = Record<string, unknown>

export function sourceOf(row: RawRow, doc: string): SourceRow {
  return {
    doc,
    title: (row['d_title'] as string | null) ?? null,
    language: String(row['d_language']),
    published: (row['d_published'] as string | null) ?? null,
    source: String(row['d_source']),
    url: (row['d_url'] as string | null) ?? null,
  }
}

export function correctionOf(row: RawRow, doc: string): Correction | null {
  if (row['c_id'] === null || row['c_id'] === undefined) return null
  return correctionFromColumns({
    id: row['c_id'], record_kind: row['c_kind'], doc_id: doc, record_key: row['c_key'], action: row['c_action'],
    patch: row['c_patch'], note: row['c_note'], created_at: row['c_created_at'],
  })
}

export function correctionFromColumns(row: RawRow): Correction {
  const patch = row['patch']
  return {
    id: Number(row['id']),
    kind: row['record_kind'] === 'position' ? 'position' : 'event',
    doc: String(row['doc_id']),
    key: String(row['record_key']),
    action: row['action'] === 'reject' ? 'reject' : row['action'] === 'edit' ? 'edit' : 'confirm',
    patch: typeof patch === 'string' ? (JSON.parse(patch) as Correction['patch']) : null,
    note: (row['note'] as string | null) ?? null,
    created_at: String(row['created_at']),
  }
}

/**
 * A value that changes whenever the data may have: the API's response cache
 * and the actor directory are valid for one. data_version moves on other
 * connections' commits, total_changes on this connection's (rows written by
 * its statements and triggers). Note: it reads no table, because it runs
 * before every answer (counting the documents cost 25 ms at 10,000).
 */
export function dataVersion(db: Db): string {
  const v = db.pragma('data_version', { simple: true }) as number
  const c = (db.prepare('SELECT total_changes() AS c').get() as { c: number }).c
  return `${v}|${c}`
}

export interface Paging {
  readonly limit: number
  readonly offset: number
}

/** Moves whenever the issue board or rounds of talks may have changed (kept by triggers: migrations/aggregates.ts). */
export function negotiationVersion(db: Db, of: 'board' | 'rounds'): number {
  return (db.prepare('SELECT n FROM negotiation_versions WHERE name = ?').get(of) as { n: number } | undefined)?.n ?? 0
}
