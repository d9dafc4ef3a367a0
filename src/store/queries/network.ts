/**
 * The actor network from the counts the store keeps (network_counts, see
 * migrations/aggregates.ts): node activity and edges per level, over events
 * not rejected, optionally of some types only. Other filters go through
 * participants() of ./events.ts instead.
 */
import type { Db } from '../sqlite.js'

export interface NetworkCounts {
  readonly nodes: readonly { readonly id: string; readonly activity: number }[]
  /** type is the event's, or 'MEDIATE' for a mediator's edge to a side. */
  readonly edges: readonly { readonly source: string; readonly target: string; readonly type: string; readonly count: number }[]
}

export function networkCounts(db: Db, level: 'actor' | 'country', types?: readonly string[]): NetworkCounts {
  const typed = types && types.length > 0 ? `AND type IN (${types.map(() => '?').join(', ')})` : ''
  const params = [level, ...(types ?? [])]
  const nodes = db
    .prepare(`SELECT source AS id, sum(n) AS activity FROM network_counts WHERE level = ? AND kind = 'node' ${typed} GROUP BY source HAVING sum(n) > 0`)
    .all(...params) as { id: string; activity: number }[]
  const edges = db
    .prepare(
      `SELECT source, target, CASE kind WHEN 'mediate' THEN 'MEDIATE' ELSE type END AS type, sum(n) AS count FROM network_counts
       WHERE level = ? AND kind IN ('edge', 'mediate') ${typed} GROUP BY 1, 2, 3 HAVING sum(n) > 0 ORDER BY count DESC, 1, 2, 3`,
    )
    .all(...params) as { source: string; target: string; type: string; count: number }[]
  return { nodes, edges }
}

export interface CoActorCount {
  readonly actor: string
  readonly type: string
  /** Events (not rejected) of that type shared with the actor asked about. */
  readonly n: number
}

/** The other actors in the events of an actor id or state (not of that id or state), by event type. */
export function coActorCounts(db: Db, id: string): CoActorCount[] {
  return db
    .prepare(`SELECT target AS actor, type, n FROM network_counts WHERE level = 'co' AND kind = 'co' AND source = ? AND n > 0 ORDER BY target, type`)
    .all(id) as CoActorCount[]
}
