/**
 * Positions as corrected, with their document and latest correction. The
 * issue board and rounds of talks are built from them (and from events) by
 * src/app/board.ts and src/app/rounds.ts, for the CLI, exports and the API alike.
 */
import type { Correction } from '../../app/corrections.js'
import type { PositionRecord } from '../../core/doc.js'
import type { Db } from '../sqlite.js'
import { CORRECTION_COLUMNS, SOURCE_COLUMNS, correctionOf, sourceOf, type RawRow, type SourceRow } from './common.js'

export interface PositionRow {
  readonly doc: string
  readonly idx: number
  readonly record: PositionRecord
  readonly correction: Correction | null
  readonly source: SourceRow
  /** Issue and date as corrected; the date falls back to the document's publication date. */
  readonly issue: string
  readonly when: string | null
  /** The document's negotiation profile. */
  readonly profile: string | null
}

export interface PositionFilter {
  readonly issue?: string
  /** A party's country code or actor id. */
  readonly party?: string
  readonly doc?: string
  /** Only these documents' (the issue board brought up to date after a write reads those it touched). */
  readonly docs?: readonly string[]
  readonly includeRejected?: boolean
  /** At most this many (in the order listed). */
  readonly limit?: number
}

/** Positions with their document and latest correction; effective values are columns (migration 5). */
const POSITIONS_CTE = `WITH pos AS (
  SELECT p.doc_id, p.idx, p.record, p.party, p.party_id, p.profile, ${SOURCE_COLUMNS}, ${CORRECTION_COLUMNS},
    p.eff_issue, p.eff_when, p.eff_stance, p.status
  FROM positions p JOIN documents d ON d.id = p.doc_id LEFT JOIN corrections c ON c.id = p.correction_id
)`

function positionWhere(f: PositionFilter): { sql: string; params: unknown[] } {
  const where: string[] = f.includeRejected ? [] : [`pos.status <> 'reject'`]
  const params: unknown[] = []
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause)
    params.push(...values)
  }
  if (f.issue) add('pos.eff_issue = ?', f.issue)
  if (f.party) add('(pos.party = ? OR pos.party_id = ?)', f.party, f.party)
  if (f.doc) add('pos.doc_id = ?', f.doc)
  if (f.docs) add('pos.doc_id IN (SELECT value FROM json_each(?))', JSON.stringify(f.docs))
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params }
}

export function countPositions(db: Db, f: PositionFilter = {}): number {
  const { sql, params } = positionWhere(f)
  return (db.prepare(`${POSITIONS_CTE} SELECT count(*) AS n FROM pos ${sql}`).get(...params) as { n: number }).n
}

export function listPositions(db: Db, f: PositionFilter = {}): PositionRow[] {
  const { sql: where, params } = positionWhere(f)
  const limit = f.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(f.limit))}` : ''
  const sql = `${POSITIONS_CTE} SELECT pos.* FROM pos ${where}
    ORDER BY pos.eff_issue, pos.party, (pos.eff_when IS NULL), pos.eff_when, pos.doc_id, pos.idx ${limit}`
  return (db.prepare(sql).all(...params) as RawRow[]).map((row) => {
    const doc = String(row['doc_id'])
    return {
      doc,
      idx: Number(row['idx']),
      record: JSON.parse(String(row['record'])) as PositionRecord,
      correction: correctionOf(row, doc),
      source: sourceOf(row, doc),
      issue: String(row['eff_issue']),
      when: (row['eff_when'] as string | null) ?? null,
      profile: (row['profile'] as string | null) ?? null,
    }
  })
}
