/**
 * The analysis JSON a document row keeps, without what the row's other
 * columns and tables already hold: its text (documents.text), its events
 * (events.record) and its positions (positions.record). Each of those was
 * stored twice before, and they were three quarters of the JSON: some 7 of
 * 10 KB per benchmark document, serialised in the worker and written again
 * by the store. The three keys stay, as null, so that the parts put back
 * land where they were and an analysis reads back key for key as analysed.
 * A row written before (keys filled in) reads as it is.
 */
import type { Analysis, EventRecord, PositionRecord } from '../core/doc.js'
import type { Statement } from 'better-sqlite3'
import type { Db } from './sqlite.js'

/** The JSON stored in documents.analysis. */
export function storedAnalysisJson(a: Analysis): string {
  return JSON.stringify({ ...a, text: null, events: null, positions: null })
}

interface Readers {
  readonly events: Statement<[string], string>
  readonly positions: Statement<[string], string>
}

const readers = new WeakMap<Db, Readers>()

function readersOf(db: Db): Readers {
  let r = readers.get(db)
  if (!r) {
    // A document's rows are written together, in the analysis's order (store saveOne), so rowid order is theirs.
    r = {
      events: db.prepare<[string], string>('SELECT record FROM events WHERE doc_id = ? ORDER BY rowid').pluck(),
      positions: db.prepare<[string], string>('SELECT record FROM positions WHERE doc_id = ? ORDER BY idx').pluck(),
    }
    readers.set(db, r)
  }
  return r
}

/** A stored analysis whole again: `text` is the row's documents.text. */
export function readAnalysis(db: Db, json: string, text: string): Analysis {
  const a = JSON.parse(json) as Omit<Analysis, 'text' | 'events' | 'positions'> & {
    text: string | null
    events: EventRecord[] | null
    positions: PositionRecord[] | null
  }
  if (a.text === null) a.text = text
  if (a.events === null) a.events = readersOf(db).events.all(a.id).map((r) => JSON.parse(r) as EventRecord)
  if (a.positions === null) a.positions = readersOf(db).positions.all(a.id).map((r) => JSON.parse(r) as PositionRecord)
  return a as Analysis
}
