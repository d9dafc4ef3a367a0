/** One merge cluster's summary (the clusters table of migration 2), for the event view. */
import type { Db } from '../sqlite.js'
import type { RawRow } from './common.js'

export interface ClusterRow {
  readonly id: string
  readonly type: string
  readonly reports: number
  readonly mentions: number
  readonly outlets: number
  readonly languages: readonly string[]
  /** null, 'denial', 'perpetrator' or both, comma-separated. */
  readonly contested: string | null
  readonly firstReported: string | null
  readonly lastReported: string | null
}

export function getCluster(db: Db, id: string): ClusterRow | null {
  const row = db
    .prepare('SELECT id, type, reports, mentions, outlets, languages, contested, first_reported, last_reported FROM clusters WHERE id = ?')
    .get(id) as RawRow | undefined
  if (!row) return null
  return {
    id: String(row['id']),
    type: String(row['type']),
    reports: Number(row['reports']),
    mentions: Number(row['mentions']),
    outlets: Number(row['outlets']),
    languages: String(row['languages'] ?? '').split(',').filter(Boolean),
    contested: (row['contested'] as string | null) ?? null,
    firstReported: (row['first_reported'] as string | null) ?? null,
    lastReported: (row['last_reported'] as string | null) ?? null,
  }
}
