/**
 * Migration 11: the index rounds of talks read meetings and agreements from
 * (src/store/queries/briefs.ts) holds only those: one partial index per type
 * instead of events_by_type over every event. Rounds read CONSULT and AGREE
 * events alone, about a third of all events, and every event stored wrote an
 * entry of events_by_type at its own place in the index (by type and date):
 * one more page written per event and batch.
 */

/** The types rounds of talks read, and the index of each. */
export const ROUND_TYPE_INDEX: Readonly<Record<string, string>> = { CONSULT: 'events_consult', AGREE: 'events_agree' }

// The columns of events_by_type but the type itself, in its order (eff_date first: the list order).
const COLUMNS = 'eff_date, published, doc_id, sentence, id, status, eff_location, profile, language, correction_id, brief'

export const ROUND_INDEXES_SQL = `
  DROP INDEX events_by_type;
  ${Object.entries(ROUND_TYPE_INDEX).map(([type, index]) => `CREATE INDEX ${index} ON events(${COLUMNS}) WHERE eff_type = '${type}';`).join('\n  ')}
`
