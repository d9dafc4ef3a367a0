/** Places mentioned in the documents that have coordinates (for the map when events carry none), from place_mentions. */
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
      `SELECT place_id AS id, max(name) AS name, max(country) AS country, max(lat) AS lat, max(lon) AS lon,
         sum(count) AS mentions, count(*) AS documents
       FROM place_mentions GROUP BY place_id ORDER BY mentions DESC, name LIMIT ?`,
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
