/**
 * The SQLite store (better-sqlite3, WAL). The only module that talks to the
 * driver. One transaction per write batch: a document is either stored whole
 * (text, sentences, search rows, events, positions) or not at all, so a crash
 * mid-ingest loses nothing that was committed and leaves nothing half-stored.
 */
import Database from 'better-sqlite3'
import { ParleyError } from '../core/errors.js'
import type { Analysis } from '../core/doc.js'
import { fold } from '../core/fold.js'
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js'
import { rowsOf } from './rows.js'
import { searchSentences, type SearchHit } from './search.js'

export type SaveOutcome = 'new' | 'unchanged'

export interface DocumentSummary {
  readonly id: string
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly language: string
  readonly published: string | null
  readonly version: number
  readonly events: number
}

export type Db = Database.Database

export function openDatabase(path: string, options: { readonly readonly?: boolean } = {}): Db {
  let db: Db
  try {
    db = new Database(path, options.readonly ? { readonly: true, fileMustExist: true } : {})
  } catch (error) {
    throw new ParleyError('PARLEY_DB', `Cannot open database ${path}: ${(error as Error).message}`)
  }
  db.pragma('busy_timeout = 5000')
  if (!options.readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
  }
  db.pragma('foreign_keys = ON')
  migrate(db, path, options.readonly ?? false)
  return db
}

function migrate(db: Db, path: string, readonly: boolean): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > SCHEMA_VERSION) {
    throw new ParleyError('PARLEY_DB', `Database ${path} has schema ${current}, newer than this Parley (${SCHEMA_VERSION}); upgrade Parley`)
  }
  if (current === SCHEMA_VERSION) return
  if (readonly) throw new ParleyError('PARLEY_DB', `Database ${path} needs migrating; open it once for writing (parley ingest)`)
  for (const m of MIGRATIONS.filter((x) => x.version > current)) {
    db.transaction(() => {
      db.exec(m.sql)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
}

export class SqliteStore {
  readonly db: Db
  readonly path: string
  constructor(path: string, options: { readonly readonly?: boolean } = {}) {
    this.path = path
    this.db = openDatabase(path, options)
  }

  hasDocument(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined
  }

  /** Store several analyses in one transaction; each is new or already there. */
  saveBatch(analyses: readonly Analysis[], now = new Date().toISOString()): SaveOutcome[] {
    return this.db.transaction(() => analyses.map((a) => this.saveOne(a, now)))()
  }

  private saveOne(a: Analysis, now: string): SaveOutcome {
    if (this.hasDocument(a.id)) return 'unchanged'
    const key = a.url ?? a.source
    const earlier = this.db.prepare('SELECT COUNT(*) AS n FROM documents WHERE coalesce(url, source) = ?').get(key) as { n: number }
    const rows = rowsOf(a)
    this.db
      .prepare(
        `INSERT INTO documents (id, source, url, title, language, published, published_precision, published_inferred,
           profile, version, text, ingested_at, analysis)
         VALUES (@id, @source, @url, @title, @language, @published, @published_precision, @published_inferred,
           @profile, @version, @text, @ingested_at, @analysis)`,
      )
      .run({ ...rows.document, version: earlier.n + 1, ingested_at: now })
    this.insertAll('INSERT INTO sentences (doc_id, idx, start, end) VALUES (@doc_id, @idx, @start, @end)', rows.sentences)
    this.insertAll('INSERT INTO sentence_search (folded, original, doc_id, idx) VALUES (@folded, @original, @doc_id, @idx)', rows.sentences.map((s) => {
      const original = a.text.slice(s.start, s.end)
      return { ...s, original, folded: fold(original) }
    }))
    this.insertAll(
      `INSERT INTO events (doc_id, id, type, mode, date_value, date_precision, location, negated, future, sentence, cluster, record)
       VALUES (@doc_id, @id, @type, @mode, @date_value, @date_precision, @location, @negated, @future, @sentence, @cluster, @record)`,
      rows.events,
    )
    this.insertAll('INSERT INTO event_actors (doc_id, event_id, role, actor_id, country) VALUES (@doc_id, @event_id, @role, @actor_id, @country)', rows.eventActors)
    this.insertAll('INSERT INTO positions (doc_id, idx, issue, party, stance, date_value, record) VALUES (@doc_id, @idx, @issue, @party, @stance, @date_value, @record)', rows.positions)
    this.insertAll('INSERT INTO actor_mentions (doc_id, actor_id, country, count) VALUES (@doc_id, @actor_id, @country, @count)', rows.actorMentions)
    return 'new'
  }

  private insertAll(sql: string, rows: readonly Record<string, unknown>[]): void {
    if (rows.length === 0) return
    const statement = this.db.prepare(sql)
    for (const row of rows) statement.run(row)
  }

  documentCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n
  }

  listDocuments(limit = 1000, offset = 0): DocumentSummary[] {
    return this.db
      .prepare(
        `SELECT d.id, d.source, d.url, d.title, d.language, d.published, d.version,
           (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) AS events
         FROM documents d ORDER BY d.ingested_at, d.source LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as DocumentSummary[]
  }

  /** The stored analysis of one document, or null. */
  analysis(id: string): Analysis | null {
    const row = this.db.prepare('SELECT analysis FROM documents WHERE id = ?').get(id) as { analysis: string } | undefined
    return row ? (JSON.parse(row.analysis) as Analysis) : null
  }

  /** Every stored analysis, streamed in ingest order (bounded memory for export). */
  *analyses(): Generator<Analysis> {
    const statement = this.db.prepare('SELECT analysis FROM documents ORDER BY ingested_at, source, id')
    for (const row of statement.iterate() as IterableIterator<{ analysis: string }>) yield JSON.parse(row.analysis) as Analysis
  }

  /** The cluster an event mention was merged into, or null. */
  clusterOf(docId: string, eventId: string): string | null {
    const row = this.db.prepare('SELECT cluster FROM events WHERE doc_id = ? AND id = ?').get(docId, eventId) as { cluster: string | null } | undefined
    return row?.cluster ?? null
  }

  search(query: string, limit = 50, offset = 0): SearchHit[] {
    return searchSentences(this.db, query, limit, offset)
  }

  close(): void {
    this.db.close()
  }
}
