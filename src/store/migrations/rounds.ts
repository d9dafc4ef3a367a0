/**
 * Migration 6: which documents' meetings, agreements or positions changed,
 * in order, so that the API regroups only the rounds of talks they touch
 * (src/api/round-plans.ts) instead of every meeting of the store after each
 * write (0.3-1 s at 100,000 events).
 *
 * A row per document stored or deleted (its events and positions come and go
 * with it), per correction that changes what rounds read of a CONSULT or
 * AGREE event (src/store/queries/briefs.ts), and per change of a position.
 * A reader remembers the last `seq` it applied; old rows are pruned every
 * 1,000 rows, keeping the latest 20,000 (a reader further behind sees the gap
 * and plans from scratch).
 */
const ROUND_TYPES = `('CONSULT', 'AGREE')`
const log = (doc: string) => `INSERT INTO negotiation_changes (doc_id) VALUES (${doc});`

export const ROUNDS_CHANGES_SQL = `
  CREATE TABLE negotiation_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL);
  CREATE TRIGGER negotiation_changes_prune AFTER INSERT ON negotiation_changes WHEN new.seq % 1000 = 0 BEGIN
    DELETE FROM negotiation_changes WHERE seq <= new.seq - 20000;
  END;
  CREATE TRIGGER documents_insert_changes AFTER INSERT ON documents BEGIN ${log('new.id')} END;
  CREATE TRIGGER documents_delete_changes AFTER DELETE ON documents BEGIN ${log('old.id')} END;
  -- (UPDATE OF: the merger's cluster updates fire nothing)
  CREATE TRIGGER events_update_changes
    AFTER UPDATE OF eff_type, eff_date, eff_location, status, correction_id, brief, sentence, published, profile, language ON events
    WHEN old.eff_type IN ${ROUND_TYPES} OR new.eff_type IN ${ROUND_TYPES}
    BEGIN ${log('new.doc_id')} END;
  CREATE TRIGGER positions_update_changes AFTER UPDATE ON positions BEGIN ${log('new.doc_id')} END;
`
