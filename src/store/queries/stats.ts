/** Overview counts. */
import type { Db } from '../sqlite.js'
import { EVENTS_CTE } from './events.js'

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
    events: one(`${EVENTS_CTE} SELECT count(*) AS n FROM ev WHERE ev.status <> 'reject'`),
    positions: one('SELECT count(*) AS n FROM positions'),
    issues: one('SELECT count(DISTINCT issue) AS n FROM positions'),
    corrections: one('SELECT count(*) AS n FROM corrections'),
    actors: one(`SELECT count(*) AS n FROM (SELECT actor_id FROM actor_mentions UNION SELECT actor_id FROM event_actors)`),
  }
}
