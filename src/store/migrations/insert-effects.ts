/**
 * Migration 10: what storing a document sets off is done by the store's own
 * statements (STORED_EFFECTS_SQL, run by saveOne in src/store/sqlite.ts),
 * no longer by AFTER INSERT triggers on documents, events and positions.
 *
 * Why: SQLite must be able to undo part of a statement that fires a trigger,
 * so before such a statement changes a page it copies the page to a
 * statement journal. An event insert touches a page of each of the events
 * indexes, and a document has some 7 events: over 20,000 benchmark documents
 * storing took 1.0 instead of 1.5-2.0 ms per document without the triggers,
 * and the system time fell by half.
 *
 * The effects are the same, at the same point of the document's writes
 * (but for the versions' count):
 * - the negotiation versions move by the number of documents stored (once
 *   per batch: readers see only committed values, and an update per
 *   document cost 0.1 ms);
 * - the document is logged in negotiation_changes (migration 6);
 * - an event or position stored again (re-ingest) takes its latest correction
 *   back: the refresh of migration 5, for the records that have one. The
 *   events' refresh runs before their participants are stored, which read
 *   the event's status, as the trigger did.
 */
import { refreshEvents, refreshPositions } from './effective.js'

export const INSERT_EFFECTS_SQL = `
  DROP TRIGGER documents_insert_negotiation;
  DROP TRIGGER documents_insert_changes;
  DROP TRIGGER events_insert_effective;
  DROP TRIGGER positions_insert_effective;
`

/** What the store runs in their place; each takes the document's id, moveVersions the number of documents stored. */
export const STORED_EFFECTS_SQL = {
  moveVersions: 'UPDATE negotiation_versions SET n = n + ?',
  logChange: 'INSERT INTO negotiation_changes (doc_id) VALUES (?)',
  positionCorrected: `SELECT 1 FROM corrections WHERE record_kind = 'position' AND doc_id = ? LIMIT 1`,
  refreshEvents: refreshEvents(`e2.doc_id = ?
    AND EXISTS (SELECT 1 FROM corrections k WHERE k.record_kind = 'event' AND k.doc_id = e2.doc_id AND k.record_key = e2.record_key)`),
  refreshPositions: refreshPositions(`p2.doc_id = ?
    AND EXISTS (SELECT 1 FROM corrections k WHERE k.record_kind = 'position' AND k.doc_id = p2.doc_id AND k.record_key = p2.record_key)`),
} as const
