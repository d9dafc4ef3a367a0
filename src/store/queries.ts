/**
 * Read-only queries over the SQLite store for the HTTP API (plus the one
 * write the API makes: adding a correction). They take the better-sqlite3
 * handle (`store.db`) and return rows with their records parsed, their
 * latest correction attached and the document they came from; the API turns
 * these into the JSON shapes of src/api/contract.ts.
 *
 * Every filter value is a bound parameter and free text goes through the
 * quoted FTS5 expression of ./search.ts, so no input reaches SQL syntax.
 *
 *   listEvents(store.db, { types: ['CONSULT'], actor: 'ARM', from: '2023-05' }, { limit: 50, offset: 0 })
 *   // { total: 12, rows: [{ doc, id, record, cluster, correction, source }, ...] }
 */
export { actorActivity, actorDirectory, type ActorActivity, type ActorEntry } from './queries/actors.js'
export {
  briefOrder, eventBriefs, eventBriefsIn, eventRecord, positionBriefs, positionBriefsIn, positionOrder, positionRecord,
  type EventBrief, type PositionBrief,
} from './queries/briefs.js'
export { changesSince, keepsChanges, latestChange, type NegotiationChanges } from './queries/changes.js'
export { getCluster, type ClusterRow } from './queries/clusters.js'
export { dataVersion, negotiationVersion, type Paging, type SourceRow } from './queries/common.js'
export { addCorrection, allCorrections, listCorrections, type CorrectionFilter } from './queries/corrections.js'
export { getDocument, languageCounts, listDocuments, type DocumentFilter, type DocumentRow } from './queries/documents.js'
export {
  countByType, dateRange, firstEvents, getEvent, listEvents, participants,
  type EventFilter, type EventRow, type ParticipantRow, type StatusFilter,
} from './queries/events.js'
export { countPositions, listPositions, type PositionFilter, type PositionRow } from './queries/negotiation.js'
export { coActorCounts, networkCounts, type CoActorCount, type NetworkCounts } from './queries/network.js'
export { placeSummary, type PlaceRow } from './queries/places.js'
export { counts, type Counts } from './queries/stats.js'
export { searchSentences, type SearchHit } from './search.js'

import type { Db } from './sqlite.js'

/** Total number of search hits (for paging). */
export function searchCount(db: Db, match: string): number {
  return (db.prepare('SELECT count(*) AS n FROM sentence_search WHERE sentence_search MATCH ?').get(match) as { n: number }).n
}
