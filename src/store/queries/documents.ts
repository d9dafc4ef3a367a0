/** Document queries: a paginated list with filters, and one document's stored analysis. */
import type { Analysis } from '../../core/doc.js'
import { readAnalysis } from '../analysis-json.js'
import type { Db } from '../sqlite.js'
import type { Paging, RawRow } from './common.js'

export interface DocumentRow {
  readonly id: string
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly language: string
  readonly published: string | null
  readonly published_precision: string | null
  readonly version: number
  readonly events: number
}

export interface DocumentFilter {
  readonly language?: string
  /** Title or source contains (case-insensitive). */
  readonly q?: string
}

const COLUMNS = `d.id, d.source, d.url, d.title, d.language, d.published, d.published_precision, d.version,
  (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events`

function where(f: DocumentFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  if (f.language) {
    clauses.push('d.language = ?')
    params.push(f.language)
  }
  if (f.q) {
    // Note: LIKE wildcards in the input are escaped so they match literally.
    clauses.push(`(lower(coalesce(d.title, '')) LIKE ? ESCAPE '\\' OR lower(d.source) LIKE ? ESCAPE '\\')`)
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
    params.push(like, like)
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/**
 * Newest publication first; undated documents last. Note: as for events, the
 * dated and undated parts are read apart, keys first from an index
 * (documents_list / documents_by_language_list), so a page neither sorts nor
 * reads every document's row (each holds its text and analysis).
 */
export function listDocuments(db: Db, filter: DocumentFilter, page: Paging): { total: number; rows: DocumentRow[] } {
  const { sql, params } = where(filter)
  const n = db.prepare(`SELECT count(*) AS total, count(d.published) AS dated FROM documents d ${sql}`).get(...params) as { total: number; dated: number }
  const index = filter.q ? '' : filter.language ? 'INDEXED BY documents_by_language_list' : 'INDEXED BY documents_list'
  const part = (dated: boolean, limit: number, offset: number) => db
    .prepare(
      `SELECT ${COLUMNS} FROM (SELECT d.id AS k FROM documents d ${index} ${sql ? `${sql} AND` : 'WHERE'} d.published IS ${dated ? 'NOT ' : ''}NULL
         ORDER BY d.published DESC, d.source, d.id LIMIT ? OFFSET ?) AS k CROSS JOIN documents d ON d.id = k.k
       ORDER BY d.published DESC, d.source, d.id`,
    )
    .all(...params, limit, offset) as DocumentRow[]
  const rows = page.offset < n.dated ? part(true, page.limit, page.offset) : []
  const left = page.limit - rows.length
  if (left > 0 && n.total > n.dated) rows.push(...part(false, left, Math.max(0, page.offset - n.dated)))
  return { total: n.total, rows }
}

export function getDocument(db: Db, id: string): { row: DocumentRow; analysis: Analysis } | null {
  const row = db.prepare(`SELECT ${COLUMNS}, d.analysis, d.text FROM documents d WHERE d.id = ?`).get(id) as (DocumentRow & RawRow) | undefined
  if (!row) return null
  const { analysis, text, ...meta } = row
  return { row: meta as DocumentRow, analysis: readAnalysis(db, String(analysis), String(text)) }
}

export function languageCounts(db: Db): Record<string, number> {
  const rows = db.prepare('SELECT language, count(*) AS n FROM documents GROUP BY language ORDER BY n DESC').all() as { language: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.language, r.n]))
}
