/**
 * The SQL of the merging pass (src/app/merger.ts): its prepared statements,
 * and a cluster's row as the clusters table stores it.
 */
import { summarize, type ClusterProfile } from '../merge/index.js'
import type { SqliteStore } from '../store/index.js'

type Db = SqliteStore['db']

/** At most this many candidate clusters are compared per mention (the oldest first). */
export const MAX_CANDIDATES = 500

export type MergeStatements = ReturnType<typeof statements>

export function statements(db: Db) {
  return {
    maxSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM clusters').pluck(),
    events: db.prepare('SELECT record FROM events WHERE doc_id = ? AND cluster IS NULL ORDER BY sentence, length(id), id').pluck(),
    profile: db.prepare('SELECT profile FROM clusters WHERE id = ?').pluck(),
    taken: db.prepare('SELECT 1 FROM clusters WHERE id = ?').pluck(),
    clustersOf: db.prepare('SELECT DISTINCT cluster FROM events WHERE doc_id = ? AND cluster IS NOT NULL').pluck(),
    sameDoc: db.prepare('SELECT cluster, sentence FROM events WHERE doc_id = ? AND cluster IS NOT NULL ORDER BY sentence'),
    setCluster: db.prepare('UPDATE events SET cluster = ? WHERE doc_id = ? AND id = ?'),
    dropKeys: db.prepare('DELETE FROM cluster_keys WHERE cluster_id = ? RETURNING type, bucket, term').raw(),
    filed: db.prepare('SELECT cluster_id, date_lo, date_hi FROM cluster_keys WHERE type = ? AND bucket = ? AND term = ?').raw(),
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    totalChanges: db.prepare('SELECT total_changes()').pluck(),
    addKey: db.prepare('INSERT OR IGNORE INTO cluster_keys (type, bucket, term, cluster_id, date_lo, date_hi) VALUES (?, ?, ?, ?, ?, ?)'),
    message: db.prepare(
      `INSERT OR REPLACE INTO event_merges (doc_id, event_id, cluster_id, rule_id, reason, cause_doc, cause_event)
       VALUES (@doc, @event, @cluster, @ruleId, @reason, @causeDoc, @causeEvent)`,
    ),
    save: db.prepare(SAVE_CLUSTER),
  }
}

const CLUSTER_COLUMNS = [
  'id', 'seq', 'type', 'negated', 'date_value', 'date_precision', 'date_lo', 'date_hi', 'place', 'place_country', 'lat', 'lon',
  'sources', 'targets', 'mediators', 'first_reported', 'last_reported', 'reports', 'mentions', 'outlets', 'languages',
  'contested', 'versions', 'profile',
] as const

const SAVE_CLUSTER = `INSERT INTO clusters (${CLUSTER_COLUMNS.join(', ')}) VALUES (${CLUSTER_COLUMNS.map((c) => `@${c}`).join(', ')})
  ON CONFLICT(id) DO UPDATE SET ${CLUSTER_COLUMNS.filter((c) => c !== 'id' && c !== 'seq').map((c) => `${c} = excluded.${c}`).join(', ')}`

export function clusterRow(p: ClusterProfile): Record<(typeof CLUSTER_COLUMNS)[number], string | number | null> {
  const s = summarize(p)
  const bound = p.hard ?? p.soft
  return {
    id: p.id, seq: p.seq, type: s.type, negated: s.negated ? 1 : 0,
    date_value: s.date?.value ?? null, date_precision: s.date?.precision ?? null, date_lo: bound?.lo ?? null, date_hi: bound?.hi ?? null,
    place: s.place?.name ?? null, place_country: s.place?.country ?? null, lat: s.place?.lat ?? null, lon: s.place?.lon ?? null,
    sources: s.actors.source.join('+'), targets: s.actors.target.join('+'), mediators: s.actors.mediators.join('+'),
    first_reported: s.firstReported, last_reported: s.lastReported,
    reports: s.reports, mentions: s.mentions, outlets: s.outlets, languages: s.languages.join(','),
    contested: s.contested.length > 0 ? s.contested.join(',') : null,
    versions: JSON.stringify(s.versions), profile: JSON.stringify(p),
  }
}
