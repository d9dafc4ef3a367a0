/**
 * Migration 5, second part: the counts the overview, the actor list and the
 * network show, kept up to date by triggers instead of being computed from
 * 100,000 events on every request (a pass over the events costs 100 ms or
 * more at that size; each request must answer in less).
 *
 *   event_counts          events by effective type and review status
 *   actor_role_counts     per actor and role: participations, and those in events not rejected
 *   actor_event_counts    per actor: events not rejected it takes part in (any role, once)
 *   actor_mention_counts  per actor: mentions and documents mentioning it
 *   actor_name_counts     per actor and name: mentions (the directory names an actor by its most frequent)
 *   network_counts        per level (actor | country): node activity and edges by type, events not rejected;
 *                         level 'co': per actor id or state, the other actors in its events, by type
 *
 * event_actors and event_links (the network's nodes and edges of each event,
 * derived from its participants when it is stored: insertLinks) carry their event's
 * effective type and status; a trigger on events passes a correction on to
 * them, and their triggers move the counts. Every trigger also fires for
 * rows deleted with their document (foreign-key cascade).
 *
 * Since migration 8 (./links.ts) event_links is gone: the same rows are
 * computed from the participants (linkRows) when a count has to move.
 */

/** A status that counts (rejected events are left out of every count). */
export const ACTIVE = `<> 'reject'`

/** Whether the row's document is in the write batch being counted (migration 7's counting_batch): its counts are then added once per batch. */
export const listed = (row: 'new' | 'old') => `EXISTS (SELECT 1 FROM counting_batch b WHERE b.id = ${row}.doc_id)`

/**
 * The network's nodes and edges of the events whose participants `scope`
 * selects (a condition on event_actors \`a\`), exactly as src/api/network.ts
 * builds them from participant rows: per level, every node once; an edge per
 * source × target; when there is no target, one per pair of sources in the
 * order they are named; a 'mediate' edge from each mediator to each side
 * (twice to one named on both sides). Level 'co' (kind 'co'): for each id or
 * state taking part, every other actor in the event (not of that id or
 * state), for an actor's co-actors as src/api/network.ts coActorsOf counts them.
 */
export function insertLinks(scope: string): string {
  return `INSERT INTO event_links (doc_id, event_id, level, kind, source, target, n, eff_type, status)
    SELECT l.doc_id, l.event_id, l.level, l.kind, l.source, l.target, sum(l.n), e.eff_type, e.status FROM (${linkRows(scope)}
    ) AS l CROSS JOIN events e ON e.doc_id = l.doc_id AND e.id = l.event_id  -- (CROSS: read the few links first, then their events)
    GROUP BY l.doc_id, l.event_id, l.level, l.kind, l.source, l.target`
}

/**
 * The network rows (doc_id, event_id, level, kind, source, target, n) of the
 * events whose participants `scope` selects, one per way the event gives a
 * node or edge (insertLinks sums them). Migration 8 reads them from here
 * when counts move instead of keeping them in event_links.
 */
export function linkRows(scope: string): string {
  const same = (x: string, y: string) => `${y}.doc_id = ${x}.doc_id AND ${y}.event_id = ${x}.event_id AND ${y}.level = ${x}.level`
  return `
      WITH p AS (
        SELECT a.doc_id, a.event_id, a.role, a.rowid AS r, lv.level, CASE lv.level WHEN 'actor' THEN a.actor_id ELSE a.country END AS node
        FROM event_actors a, (SELECT 'actor' AS level UNION ALL SELECT 'country') lv WHERE ${scope}
      ),
      roles AS (SELECT doc_id, event_id, level, role, node, min(r) AS r FROM p GROUP BY doc_id, event_id, level, role, node)
      SELECT doc_id, event_id, level, 'node' AS kind, node AS source, '' AS target, 1 AS n FROM roles GROUP BY doc_id, event_id, level, node
      UNION ALL
      SELECT s.doc_id, s.event_id, s.level, 'edge', s.node, t.node, 1 FROM roles s JOIN roles t ON ${same('s', 't')} AND t.role = 'target'
        WHERE s.role = 'source' AND s.node <> t.node
      UNION ALL
      SELECT s.doc_id, s.event_id, s.level, 'edge', s.node, t.node, 1 FROM roles s JOIN roles t ON ${same('s', 't')} AND t.role = 'source' AND t.r > s.r
        WHERE s.role = 'source' AND s.node <> t.node AND NOT EXISTS (SELECT 1 FROM roles x WHERE ${same('s', 'x')} AND x.role = 'target')
      UNION ALL
      SELECT m.doc_id, m.event_id, m.level, 'mediate', m.node, t.node, count(*) FROM roles m JOIN roles t ON ${same('m', 't')} AND t.role IN ('source', 'target')
        WHERE m.role = 'mediator' AND m.node <> t.node GROUP BY m.doc_id, m.event_id, m.level, m.node, t.node
      UNION ALL
      SELECT DISTINCT k.doc_id, k.event_id, 'co', 'co', k.node, o.actor_id, 1
        FROM (SELECT DISTINCT doc_id, event_id, node FROM p) k JOIN event_actors o ON o.doc_id = k.doc_id AND o.event_id = k.event_id
        WHERE o.actor_id <> k.node AND o.country <> k.node`
}

const upsertRole = `INSERT INTO actor_role_counts (actor_id, role, country, rows, active) VALUES (new.actor_id, new.role, new.country, 1, new.status ${ACTIVE})
    ON CONFLICT (actor_id, role) DO UPDATE SET rows = rows + 1, active = active + excluded.active, country = max(country, excluded.country)`
// Note: an actor named twice in one event (source and target) counts once: its first row (lowest rowid) carries the event.
export const firstOf = (row: 'new' | 'old', op: '<' | '<>') =>
  `NOT EXISTS (SELECT 1 FROM event_actors x WHERE x.doc_id = ${row}.doc_id AND x.event_id = ${row}.event_id AND x.actor_id = ${row}.actor_id AND x.rowid ${op} ${row}.rowid)`
// Note: mediation edges keep their event's type too, so a network of some types counts only theirs.
export const addLink = (row: 'new' | 'old', sign: 1 | -1) => `INSERT INTO network_counts (level, kind, source, target, type, n)
    SELECT ${row}.level, ${row}.kind, ${row}.source, ${row}.target, ${row}.eff_type, ${sign} * ${row}.n WHERE ${row}.status ${ACTIVE}
    ON CONFLICT (level, kind, source, target, type) DO UPDATE SET n = n + excluded.n`
/** `unless`: a condition under which the change is not counted (migrations/batch-counts.ts). */
export const addEvent = (row: 'new' | 'old', sign: 1 | -1, unless = 'false') => `INSERT INTO event_counts (eff_type, status, n)
    SELECT ${row}.eff_type, ${row}.status, ${sign} WHERE NOT ${unless}
    ON CONFLICT (eff_type, status) DO UPDATE SET n = n + excluded.n`

export const AGGREGATES_SQL = `
  -- Participants: one row per event, role and actor (duplicates dropped: every reader counted them once),
  -- with their event's status.
  DELETE FROM event_actors WHERE rowid NOT IN (SELECT min(rowid) FROM event_actors GROUP BY doc_id, event_id, role, actor_id);
  ALTER TABLE event_actors ADD COLUMN status TEXT NOT NULL DEFAULT 'none';
  UPDATE event_actors SET status = (SELECT e.status FROM events e WHERE e.doc_id = event_actors.doc_id AND e.id = event_actors.event_id)
    WHERE EXISTS (SELECT 1 FROM corrections k WHERE k.record_kind = 'event' AND k.doc_id = event_actors.doc_id);

  -- The network's nodes (kind 'node', target '') and edges ('edge' typed as the event, 'mediate') of each event.
  CREATE TABLE event_links (
    doc_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    level TEXT NOT NULL,                 -- actor | country
    kind TEXT NOT NULL,                  -- node | edge | mediate
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    n INTEGER NOT NULL,                  -- times the event gives it (a mediator of a side named twice: 2)
    eff_type TEXT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_id, level, kind, source, target),
    FOREIGN KEY (doc_id, event_id) REFERENCES events(doc_id, id) ON DELETE CASCADE
  ) WITHOUT ROWID;

  CREATE TABLE event_counts (eff_type TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (eff_type, status)) WITHOUT ROWID;
  CREATE TABLE actor_role_counts (
    actor_id TEXT NOT NULL, role TEXT NOT NULL, country TEXT NOT NULL, rows INTEGER NOT NULL, active INTEGER NOT NULL,
    PRIMARY KEY (actor_id, role)
  ) WITHOUT ROWID;
  CREATE TABLE actor_event_counts (actor_id TEXT PRIMARY KEY, active INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE actor_mention_counts (actor_id TEXT PRIMARY KEY, country TEXT NOT NULL, mentions INTEGER NOT NULL, documents INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE actor_name_counts (
    actor_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT, country TEXT, sector TEXT, n INTEGER NOT NULL,
    PRIMARY KEY (actor_id, name)
  ) WITHOUT ROWID;
  CREATE TABLE network_counts (
    level TEXT NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (level, kind, source, target, type)
  ) WITHOUT ROWID;

  INSERT INTO event_counts SELECT eff_type, status, count(*) FROM events GROUP BY 1, 2;
  INSERT INTO actor_role_counts SELECT actor_id, role, max(country), count(*), sum(status ${ACTIVE}) FROM event_actors GROUP BY 1, 2;
  INSERT INTO actor_event_counts SELECT actor_id, count(DISTINCT doc_id || ' ' || event_id) FROM event_actors WHERE status ${ACTIVE} GROUP BY 1;
  INSERT INTO actor_mention_counts SELECT actor_id, max(country), sum(count), count(*) FROM actor_mentions GROUP BY 1;
  INSERT INTO actor_name_counts SELECT actor_id, name, max(type), max(country), max(sector), sum(count) FROM actor_names GROUP BY 1, 2;
  ${insertLinks('1')};
  INSERT INTO network_counts SELECT level, kind, source, target, eff_type, sum(n) FROM event_links WHERE status ${ACTIVE} GROUP BY 1, 2, 3, 4, 5;

  CREATE TRIGGER events_insert_counts AFTER INSERT ON events BEGIN ${addEvent('new', 1)}; END;
  CREATE TRIGGER events_delete_counts AFTER DELETE ON events BEGIN ${addEvent('old', -1)}; END;
  CREATE TRIGGER events_update_counts AFTER UPDATE OF eff_type, status ON events
    WHEN new.eff_type IS NOT old.eff_type OR new.status IS NOT old.status BEGIN
    ${addEvent('old', -1)};
    ${addEvent('new', 1)};
    UPDATE event_actors SET status = new.status WHERE doc_id = new.doc_id AND event_id = new.id AND status IS NOT new.status;
    UPDATE event_links SET status = new.status, eff_type = new.eff_type WHERE doc_id = new.doc_id AND event_id = new.id;
  END;

  CREATE TRIGGER event_actors_insert_counts AFTER INSERT ON event_actors BEGIN
    ${upsertRole};
    INSERT INTO actor_event_counts (actor_id, active) SELECT new.actor_id, 1 WHERE new.status ${ACTIVE} AND ${firstOf('new', '<')}
      ON CONFLICT (actor_id) DO UPDATE SET active = active + 1;
  END;
  CREATE TRIGGER event_actors_delete_counts AFTER DELETE ON event_actors BEGIN
    UPDATE actor_role_counts SET rows = rows - 1, active = active - (old.status ${ACTIVE}) WHERE actor_id = old.actor_id AND role = old.role;
    UPDATE actor_event_counts SET active = active - 1 WHERE actor_id = old.actor_id AND old.status ${ACTIVE} AND ${firstOf('old', '<>')};
  END;
  CREATE TRIGGER event_actors_status_counts AFTER UPDATE OF status ON event_actors
    WHEN (old.status ${ACTIVE}) <> (new.status ${ACTIVE}) BEGIN
    UPDATE actor_role_counts SET active = active + (CASE WHEN new.status ${ACTIVE} THEN 1 ELSE -1 END) WHERE actor_id = new.actor_id AND role = new.role;
    INSERT INTO actor_event_counts (actor_id, active) SELECT new.actor_id, CASE WHEN new.status ${ACTIVE} THEN 1 ELSE -1 END WHERE ${firstOf('new', '<')}
      ON CONFLICT (actor_id) DO UPDATE SET active = active + excluded.active;
  END;

  CREATE TRIGGER actor_mentions_insert_counts AFTER INSERT ON actor_mentions BEGIN
    INSERT INTO actor_mention_counts VALUES (new.actor_id, new.country, new.count, 1)
      ON CONFLICT (actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + 1, country = max(country, excluded.country);
  END;
  CREATE TRIGGER actor_mentions_delete_counts AFTER DELETE ON actor_mentions BEGIN
    UPDATE actor_mention_counts SET mentions = mentions - old.count, documents = documents - 1 WHERE actor_id = old.actor_id;
  END;
  CREATE TRIGGER actor_names_insert_counts AFTER INSERT ON actor_names BEGIN
    INSERT INTO actor_name_counts VALUES (new.actor_id, new.name, new.type, new.country, new.sector, new.count)
      ON CONFLICT (actor_id, name) DO UPDATE SET n = n + excluded.n,
        type = max(type, excluded.type), country = max(country, excluded.country), sector = max(sector, excluded.sector);
  END;
  CREATE TRIGGER actor_names_delete_counts AFTER DELETE ON actor_names BEGIN
    UPDATE actor_name_counts SET n = n - old.count WHERE actor_id = old.actor_id AND name = old.name;
  END;

  -- Move whenever the issue board ('board': a document stored or deleted, a position's correction) or
  -- rounds of talks ('rounds': those, and a meeting's or an agreement's correction) may change: the
  -- API keeps both until their version moves (src/api/negotiation.ts).
  CREATE TABLE negotiation_versions (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO negotiation_versions VALUES ('board', 0), ('rounds', 0);
  CREATE TRIGGER documents_insert_negotiation AFTER INSERT ON documents BEGIN UPDATE negotiation_versions SET n = n + 1; END;
  CREATE TRIGGER documents_delete_negotiation AFTER DELETE ON documents BEGIN UPDATE negotiation_versions SET n = n + 1; END;
  CREATE TRIGGER positions_update_negotiation AFTER UPDATE ON positions BEGIN UPDATE negotiation_versions SET n = n + 1; END;
  -- (a meeting or agreement confirmed, or one rejected twice, changes no round: only what rounds read does)
  CREATE TRIGGER events_update_negotiation AFTER UPDATE OF eff_type, eff_date, eff_location, status, correction_id ON events
    WHEN (old.eff_type IN ('CONSULT', 'AGREE') OR new.eff_type IN ('CONSULT', 'AGREE'))
      AND (old.eff_type IS NOT new.eff_type OR old.eff_date IS NOT new.eff_date OR old.eff_location IS NOT new.eff_location
        OR (old.status = 'reject') <> (new.status = 'reject') OR old.status = 'edit' OR new.status = 'edit')
    BEGIN UPDATE negotiation_versions SET n = n + 1 WHERE name = 'rounds'; END;

  CREATE TRIGGER event_links_insert_counts AFTER INSERT ON event_links BEGIN ${addLink('new', 1)}; END;
  CREATE TRIGGER event_links_delete_counts AFTER DELETE ON event_links BEGIN ${addLink('old', -1)}; END;
  CREATE TRIGGER event_links_update_counts AFTER UPDATE OF eff_type, status ON event_links BEGIN
    ${addLink('old', -1)};
    ${addLink('new', 1)};
  END;
`
