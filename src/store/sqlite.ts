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

const INSERT_SQL = {
  document: `INSERT INTO documents (id, source, url, title, language, published, published_precision, published_inferred,
      profile, version, text, ingested_at, analysis)
    VALUES (@id, @source, @url, @title, @language, @published, @published_precision, @published_inferred,
      @profile, @version, @text, @ingested_at, @analysis)`,
  sentence: 'INSERT INTO sentences (doc_id, idx, start, end) VALUES (@doc_id, @idx, @start, @end)',
  search: 'INSERT INTO sentence_search (folded, original, doc_id, idx) VALUES (@folded, @original, @doc_id, @idx)',
  event: `INSERT INTO events (doc_id, id, type, mode, date_value, date_precision, location, negated, future, sentence, cluster, record)
    VALUES (@doc_id, @id, @type, @mode, @date_value, @date_precision, @location, @negated, @future, @sentence, @cluster, @record)`,
  eventActor: 'INSERT INTO event_actors (doc_id, event_id, role, actor_id, country) VALUES (@doc_id, @event_id, @role, @actor_id, @country)',
  position: 'INSERT INTO positions (doc_id, idx, issue, party, stance, date_value, record) VALUES (@doc_id, @idx, @issue, @party, @stance, @date_value, @record)',
  actorMention: 'INSERT INTO actor_mentions (doc_id, actor_id, country, count) VALUES (@doc_id, @actor_id, @country, @count)',
  has: 'SELECT 1 FROM documents WHERE id = ?',
  // Same count as `WHERE coalesce(url, source) = ?`, but each half can use an index
  // (documents_by_url, documents_by_source) instead of scanning every document per insert.
  earlier: `SELECT (SELECT COUNT(*) FROM documents WHERE url = @key)
    + (SELECT COUNT(*) FROM documents WHERE url IS NULL AND source = @key) AS n`,
} as const

type Statement = Database.Statement<unknown[], unknown>

export class SqliteStore {
  readonly db: Db
  readonly path: string
  /** The write statements, prepared once on first use (preparing per row cost more than the insert). */
  private statements: Record<keyof typeof INSERT_SQL, Statement> | null = null
  constructor(path: string, options: { readonly readonly?: boolean } = {}) {
    this.path = path
    this.db = openDatabase(path, options)
  }

  private get sql(): Record<keyof typeof INSERT_SQL, Statement> {
    if (this.statements === null) {
      const entries = Object.entries(INSERT_SQL).map(([name, sql]) => [name, this.db.prepare(sql)])
      this.statements = Object.fromEntries(entries) as Record<keyof typeof INSERT_SQL, Statement>
    }
    return this.statements
  }

  hasDocument(id: string): boolean {
    return this.sql.has.get(id) !== undefined
  }

  /** Store several analyses in one transaction; each is new or already there. */
  saveBatch(analyses: readonly Analysis[], now = new Date().toISOString()): SaveOutcome[] {
    return this.db.transaction(() => analyses.map((a) => this.saveOne(a, now)))()
  }

  private saveOne(a: Analysis, now: string): SaveOutcome {
    if (this.hasDocument(a.id)) return 'unchanged'
    const sql = this.sql
    const earlier = sql.earlier.get({ key: a.url ?? a.source }) as { n: number }
    const rows = rowsOf(a)
    sql.document.run({ ...rows.document, version: earlier.n + 1, ingested_at: now })
    for (const s of rows.sentences) sql.sentence.run(s)
    for (const s of rows.sentences) {
      const original = a.text.slice(s.start, s.end)
      sql.search.run({ ...s, original, folded: fold(original) })
    }
    for (const row of rows.events) sql.event.run(row)
    for (const row of rows.eventActors) sql.eventActor.run(row)
    for (const row of rows.positions) sql.position.run(row)
    for (const row of rows.actorMentions) sql.actorMention.run(row)
    return 'new'
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
