/**
 * Migration 7: the kept counts (migration 5, ./aggregates.ts) of stored rows
 * are added once per write batch instead of once per row. An ingest stores
 * some 60 participant and network rows per document, and a trigger upserting
 * a count for each of them cost more than the rows themselves; one grouped
 * upsert per count table and batch touches each count once.
 *
 * saveBatch (src/store/sqlite.ts) lists the batch's documents in
 * `counting_batch`, stores their rows, runs BATCH_COUNTS_SQL, and empties the
 * list, all in its transaction. While a document is listed, the triggers
 * that move counts when an event's type or status changes (a re-ingested
 * record taking its correction back) leave its rows alone: the batch counts
 * them as they end up. Deletions and corrections still move counts row by
 * row, as before.
 */
import { ACTIVE, addEvent, addLink, firstOf, listed } from './aggregates.js'

export const BATCH_COUNTS_MIGRATION_SQL = `
  CREATE TABLE counting_batch (id TEXT PRIMARY KEY) WITHOUT ROWID;
  DROP TRIGGER events_insert_counts;
  DROP TRIGGER event_actors_insert_counts;
  DROP TRIGGER actor_mentions_insert_counts;
  DROP TRIGGER actor_names_insert_counts;
  DROP TRIGGER event_links_insert_counts;

  DROP TRIGGER events_update_counts;
  CREATE TRIGGER events_update_counts AFTER UPDATE OF eff_type, status ON events
    WHEN new.eff_type IS NOT old.eff_type OR new.status IS NOT old.status BEGIN
    ${addEvent('old', -1, listed('old'))};
    ${addEvent('new', 1, listed('new'))};
    UPDATE event_actors SET status = new.status WHERE doc_id = new.doc_id AND event_id = new.id AND status IS NOT new.status;
    UPDATE event_links SET status = new.status, eff_type = new.eff_type WHERE doc_id = new.doc_id AND event_id = new.id;
  END;
  DROP TRIGGER event_actors_status_counts;
  CREATE TRIGGER event_actors_status_counts AFTER UPDATE OF status ON event_actors
    WHEN (old.status ${ACTIVE}) <> (new.status ${ACTIVE}) AND NOT ${listed('new')} BEGIN
    UPDATE actor_role_counts SET active = active + (CASE WHEN new.status ${ACTIVE} THEN 1 ELSE -1 END) WHERE actor_id = new.actor_id AND role = new.role;
    INSERT INTO actor_event_counts (actor_id, active)
      SELECT new.actor_id, CASE WHEN new.status ${ACTIVE} THEN 1 ELSE -1 END
      WHERE ${firstOf('new', '<')}
      ON CONFLICT (actor_id) DO UPDATE SET active = active + excluded.active;
  END;
  DROP TRIGGER event_links_update_counts;
  CREATE TRIGGER event_links_update_counts AFTER UPDATE OF eff_type, status ON event_links WHEN NOT ${listed('new')} BEGIN
    ${addLink('old', -1)};
    ${addLink('new', 1)};
  END;
`

const BATCH = `doc_id IN (SELECT id FROM counting_batch)`
/**
 * A nullable attribute as the per-row upserts left it: max(a, b) of SQLite
 * is NULL when either is, so one row without it made it NULL for good.
 */
const strictMax = (column: string) => `CASE WHEN count(${column}) < count(*) THEN NULL ELSE max(${column}) END`

/** The counts of the listed documents' rows, added in one grouped upsert per table (as the per-row triggers of migration 5 did). */
export const BATCH_COUNTS_SQL = [
  `INSERT INTO event_counts (eff_type, status, n) SELECT eff_type, status, count(*) FROM events WHERE ${BATCH} GROUP BY 1, 2
    ON CONFLICT (eff_type, status) DO UPDATE SET n = n + excluded.n`,
  `INSERT INTO actor_role_counts (actor_id, role, country, rows, active)
    SELECT actor_id, role, max(country), count(*), sum(status ${ACTIVE}) FROM event_actors WHERE ${BATCH} GROUP BY 1, 2
    ON CONFLICT (actor_id, role) DO UPDATE SET rows = rows + excluded.rows, active = active + excluded.active, country = max(country, excluded.country)`,
  // (an actor named twice in one event counts once; all rows of an event share its status)
  `INSERT INTO actor_event_counts (actor_id, active)
    SELECT actor_id, count(DISTINCT doc_id || ' ' || event_id) FROM event_actors WHERE ${BATCH} AND status ${ACTIVE} GROUP BY 1
    ON CONFLICT (actor_id) DO UPDATE SET active = active + excluded.active`,
  `INSERT INTO actor_mention_counts (actor_id, country, mentions, documents)
    SELECT actor_id, max(country), sum(count), count(*) FROM actor_mentions WHERE ${BATCH} GROUP BY 1
    ON CONFLICT (actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents,
      country = max(country, excluded.country)`,
  `INSERT INTO actor_name_counts (actor_id, name, type, country, sector, n)
    SELECT actor_id, name, ${strictMax('type')}, ${strictMax('country')}, ${strictMax('sector')}, sum(count) FROM actor_names WHERE ${BATCH} GROUP BY 1, 2
    ON CONFLICT (actor_id, name) DO UPDATE SET n = n + excluded.n,
      type = max(type, excluded.type), country = max(country, excluded.country), sector = max(sector, excluded.sector)`,
  // (the network's links are added from the batch's rows in memory: src/store/network-links.ts)
] as const
