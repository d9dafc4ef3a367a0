/** Places mentioned in the documents that have coordinates (for the map when events carry none). */
import type { Db } from '../sqlite.js'
import type { RawRow } from './common.js'

export interface PlaceRow {
  readonly id: string
  readonly name: string
  readonly country: string | null
  readonly lat: number
  readonly lon: number
  readonly mentions: number
  readonly documents: number
}

export function placeSummary(db: Db, limit = 500): PlaceRow[] {
  const rows = db
    .prepare(
      `SELECT json_extract(m.value, '$.place.id') AS id, max(json_extract(m.value, '$.place.name')) AS name,
         max(json_extract(m.value, '$.place.country')) AS country,
         max(json_extract(m.value, '$.place.lat')) AS lat, max(json_extract(m.value, '$.place.lon')) AS lon,
         count(*) AS mentions, count(DISTINCT d.id) AS documents
       FROM documents d, json_each(d.analysis, '$.places') m
       WHERE json_extract(m.value, '$.place.lat') IS NOT NULL AND json_extract(m.value, '$.place.lon') IS NOT NULL
       GROUP BY 1 ORDER BY mentions DESC, name LIMIT ?`,
    )
    .all(limit) as RawRow[]
  return rows.map((r) => ({
    id: String(r['id']),
    name: String(r['name'] ?? r['id']),
    country: (r['country'] as string | null) ?? null,
    lat: Number(r['lat']),
    lon: Number(r['lon']),
    mentions: Number(r['mentions']),
    documents: Number(r['documents']),
  }))
}
