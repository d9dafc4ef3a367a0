/** Overview counts (events and actors from the counts the store keeps: migrations/aggregates.ts). */
import type { Db } from '../sqlite.js'

export interface Counts {
  readonly documents: number
  readonly events: number
  readonly positions: number
  readonly issues: number
  readonly corrections: number
  readonly actors: number
}

export function counts(db: Db): Counts {
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  return {
    documents: one('SELECT count(*) AS n FROM documents'),
    events: one(`SELECT coalesce(sum(n), 0) AS n FROM event_counts WHERE status <> 'reject'`),
    positions: one('SELECT count(*) AS n FROM positions'),
    issues: one('SELECT count(DISTINCT issue) AS n FROM positions'),
    corrections: one('SELECT count(*) AS n FROM corrections'),
    actors: one(`SELECT count(*) AS n FROM (SELECT actor_id FROM actor_mention_counts WHERE documents > 0
      UNION SELECT actor_id FROM actor_role_counts WHERE rows > 0)`),
  }
}
