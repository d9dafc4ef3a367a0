/**
 * The corrections table: the one thing the API writes. Corrections are kept
 * apart from extracted data and never deleted by re-ingestion (no foreign key
 * to documents), so they apply again when a document is re-extracted.
 */
import type { Correction, CorrectionInput } from '../../app/corrections.js'
import type { Db } from '../sqlite.js'
import { correctionFromColumns, type Paging, type RawRow } from './common.js'

export interface CorrectionFilter {
  readonly doc?: string
  readonly kind?: 'event' | 'position'
  readonly key?: string
}

export function addCorrection(db: Db, input: CorrectionInput, now: string): Correction {
  const result = db
    .prepare(
      `INSERT INTO corrections (record_kind, doc_id, record_key, action, patch, note, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(input.kind, input.doc, input.key, input.action, input.patch ? JSON.stringify(input.patch) : null, input.note ?? null, now)
  const row = db.prepare('SELECT * FROM corrections WHERE id = ?').get(result.lastInsertRowid) as RawRow
  return correctionFromColumns(row)
}

/** Newest first: the whole history, not only the latest per record. */
export function listCorrections(db: Db, f: CorrectionFilter, page: Paging): { total: number; rows: Correction[] } {
  const where: string[] = []
  const params: unknown[] = []
  for (const [column, value] of [['doc_id', f.doc], ['record_kind', f.kind], ['record_key', f.key]] as const) {
    if (value === undefined) continue
    where.push(`${column} = ?`)
    params.push(value)
  }
  const sql = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (db.prepare(`SELECT count(*) AS n FROM corrections ${sql}`).get(...params) as { n: number }).n
  const rows = db.prepare(`SELECT * FROM corrections ${sql} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...params, page.limit, page.offset) as RawRow[]
  return { total, rows: rows.map(correctionFromColumns) }
}

/** Every correction, oldest first: what exports pass to applyCorrections() (src/app/corrections.ts). */
export function allCorrections(db: Db): Correction[] {
  return (db.prepare('SELECT * FROM corrections ORDER BY id').all() as RawRow[]).map(correctionFromColumns)
}
