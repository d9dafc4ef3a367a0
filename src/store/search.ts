/**
 * Full-text search over sentences, folded the same way the index is (case,
 * diacritics, đ/ə/ı), so a query typed without accents finds accented text in
 * every language. Query words are quoted: user input never reaches FTS5
 * syntax, so no query can be an injection.
 */
import { fold } from '../core/fold.js'
import type { Db } from './sqlite.js'

export interface SearchHit {
  readonly doc_id: string
  readonly idx: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly language: string
  readonly title: string | null
}

/** FTS5 MATCH expression for a free-text query: each word a quoted prefix term, all required. */
export function toMatchExpression(query: string): string | null {
  const words = fold(query).match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) return null
  return words.slice(0, 16).map((w) => `"${w}"*`).join(' ')
}

export function searchSentences(db: Db, query: string, limit = 50, offset = 0): SearchHit[] {
  const match = toMatchExpression(query)
  if (!match) return []
  return db
    .prepare(
      `SELECT s.doc_id, s.idx, t.start, t.end, s.original AS text, d.language, d.title
       FROM sentence_search s
       JOIN sentences t ON t.doc_id = s.doc_id AND t.idx = s.idx
       JOIN documents d ON d.id = s.doc_id
       WHERE sentence_search MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(match, limit, offset) as SearchHit[]
}
