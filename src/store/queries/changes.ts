/**
 * The documents whose meetings, agreements or positions changed since a
 * reader last looked (the log migrations/rounds.ts keeps by triggers), for
 * regrouping only the rounds of talks they touch (src/api/round-plans.ts).
 */
import type { Db } from '../sqlite.js'

export interface NegotiationChanges {
  /** The latest change's number: pass it as `after` next time. */
  readonly latest: number
  /** The documents changed after `after` (each once), or null when the log cannot tell (pruned, or no log). */
  readonly docs: readonly string[] | null
}

const hasLog = new WeakMap<Db, boolean>()

/** Whether the store keeps the log (a database opened read-only before migration 6 does not). */
export function keepsChanges(db: Db): boolean {
  let known = hasLog.get(db)
  if (known === undefined) {
    known = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'negotiation_changes'`).get() !== undefined
    hasLog.set(db, known)
  }
  return known
}

/** The latest change's number (0 when none, -1 without a log). */
export function latestChange(db: Db): number {
  if (!keepsChanges(db)) return -1
  return (db.prepare('SELECT max(seq) AS n FROM negotiation_changes').get() as { n: number | null }).n ?? 0
}

/** The documents changed after change `after`, or null when rows after it were pruned. */
export function changesSince(db: Db, after: number): NegotiationChanges {
  const latest = latestChange(db)
  if (latest < 0) return { latest, docs: null }
  if (latest <= after) return { latest, docs: [] }
  const first = (db.prepare('SELECT min(seq) AS n FROM negotiation_changes WHERE seq > ?').get(after) as { n: number }).n
  // Note: seq has no gaps (AUTOINCREMENT, rolled-back rows take theirs back), so a gap means pruned rows.
  if (first !== after + 1) return { latest, docs: null }
  const docs = db.prepare('SELECT DISTINCT doc_id FROM negotiation_changes WHERE seq > ? AND seq <= ?').pluck().all(after, latest) as string[]
  return { latest, docs }
}
