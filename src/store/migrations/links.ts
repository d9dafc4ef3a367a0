/**
 * Migration 8: the network's nodes and edges of each event are no longer
 * kept in event_links (migration 5); the counts they feed (network_counts)
 * are moved from the event's participants directly, when they change.
 *
 * event_links held some 56 rows per document (a tenth of an ingest's bytes,
 * in a table keyed by the document's hash, so every stored document dirtied
 * its own pages of it) only so that a correction or a deletion could take
 * an event's links out of the counts again. The participants they are made
 * of (event_actors) never change after the event is stored, so the same
 * rows are computed again from them (linkRows) in the rare write that needs
 * them: a correction that changes an event's type or status, or a deleted
 * event (BEFORE DELETE, while its participants are still there).
 *
 * A write batch (src/store/sqlite.ts) adds its documents' links to the
 * counts from the participant rows it holds (src/store/network-links.ts,
 * the same rows as linkRows). The counts themselves are left as they
 * are: they already equal what the participants give.
 */
import { ACTIVE, addEvent, linkRows, listed } from './aggregates.js'

/**
 * Add (sign 1) or take out (-1) one event's links, typed and counted as the
 * event `row` is (a rejected event counts none). `unless` as in addEvent.
 */
const moveLinks = (row: 'new' | 'old', sign: 1 | -1, unless = 'false') => `INSERT INTO network_counts (level, kind, source, target, type, n)
    SELECT l.level, l.kind, l.source, l.target, ${row}.eff_type, ${sign} * sum(l.n)
    FROM (${linkRows(`a.doc_id = ${row}.doc_id AND a.event_id = ${row}.id`)}) AS l
    WHERE ${row}.status ${ACTIVE} AND NOT ${unless} GROUP BY 1, 2, 3, 4
    ON CONFLICT (level, kind, source, target, type) DO UPDATE SET n = n + excluded.n`

export const NETWORK_LINKS_SQL = `
  -- (their triggers first: dropping the table must not take its rows out of the counts)
  DROP TRIGGER event_links_delete_counts;
  DROP TRIGGER event_links_update_counts;
  DROP TABLE event_links;

  DROP TRIGGER events_update_counts;
  CREATE TRIGGER events_update_counts AFTER UPDATE OF eff_type, status ON events
    WHEN new.eff_type IS NOT old.eff_type OR new.status IS NOT old.status BEGIN
    ${addEvent('old', -1, listed('old'))};
    ${addEvent('new', 1, listed('new'))};
    UPDATE event_actors SET status = new.status WHERE doc_id = new.doc_id AND event_id = new.id AND status IS NOT new.status;
    ${moveLinks('old', -1, listed('old'))};
    ${moveLinks('new', 1, listed('new'))};
  END;
  CREATE TRIGGER events_delete_links BEFORE DELETE ON events BEGIN ${moveLinks('old', -1)}; END;
`
