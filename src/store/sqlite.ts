/**
 * The SQLite store (better-sqlite3, WAL). The only module that talks to the
 * driver. One transaction per write batch: a document is either stored whole
 * (text, sentences, search rows, events, positions) or not at all, so a crash
 * mid-ingest loses nothing that was committed and leaves nothing half-stored.
 */
import Database from 'better-sqlite3'
import { ParleyError } from '../core/errors.js'
import type { Analysis } from '../core/doc.js'
import { readAnalysis } from './analysis-json.js'
import { BATCH_COUNTS_SQL } from './migrations/batch-counts.js'
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js'
import { STORED_EFFECTS_SQL } from './migrations/insert-effects.js'
import { eventLinks } from './network-links.js'
import { isPrepared, prepareDocument, type PreparedDocument } from './prepared.js'
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
    // (foreign keys can only be switched outside a transaction)
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF')
    try {
      db.transaction(() => {
        db.exec(m.sql)
        m.run?.(db)
        if (m.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new ParleyError('PARLEY_DB', `Database ${path}: migration ${m.version} (${m.name}) broke a foreign key; nothing was changed`)
        }
        db.pragma(`user_version = ${m.version}`)
      })()
    } finally {
      db.pragma(`foreign_keys = ${foreignKeys}`)
    }
  }
}

// Positional parameters, in the order of the values in PreparedDocument (see prepared.ts).
const INSERT_SQL = {
  document: `INSERT INTO documents (id, source, url, title, language, published, published_precision, published_inferred,
      profile, text, analysis, version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  sentence: 'INSERT INTO sentences (doc_id, idx, start, end) VALUES (?, ?, ?, ?)',
  search: 'INSERT INTO sentence_search (folded, original, doc_id, idx) VALUES (?, ?, ?, ?)',
  event: `INSERT INTO events (doc_id, id, type, mode, date_value, date_precision, location, negated, future, sentence, cluster, record,
      record_key, language, published, location_country, located, actor_keys, issue_keys, profile, brief,
      eff_type, eff_date, eff_date_precision, eff_location, eff_place)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, lower(?))`,
  // Note: the event's status is looked up only for a document that has corrections (re-ingest); else it is 'none'.
  eventActor: `INSERT INTO event_actors (doc_id, event_id, role, actor_id, country, status) VALUES (?, ?, ?, ?, ?, 'none')`,
  eventActorCorrected: `INSERT INTO event_actors (doc_id, event_id, role, actor_id, country, status) VALUES (?, ?, ?, ?, ?,
    (SELECT e.status FROM events e WHERE e.doc_id = ? AND e.id = ?))`,
  // The batch's documents (see migrations/batch-counts.ts): their counts are added once per batch.
  listForCounting: 'INSERT INTO counting_batch (id) VALUES (?)',
  unlistCounted: 'DELETE FROM counting_batch',
  addLinks: `INSERT INTO network_counts (level, kind, source, target, type, n) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (level, kind, source, target, type) DO UPDATE SET n = n + excluded.n`,
  eventCorrected: `SELECT 1 FROM corrections WHERE record_kind = 'event' AND doc_id = ? LIMIT 1`,
  eventStates: 'SELECT id, eff_type, status FROM events WHERE doc_id = ?',
  position: `INSERT INTO positions (doc_id, idx, issue, party, stance, date_value, record, record_key, party_id, profile, sentence, ev_start, ev_end,
      eff_issue, eff_stance, eff_when) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  actorMention: 'INSERT INTO actor_mentions (doc_id, actor_id, country, count) VALUES (?, ?, ?, ?)',
  actorName: 'INSERT INTO actor_names (doc_id, actor_id, name, type, country, sector, count) VALUES (?, ?, ?, ?, ?, ?, ?)',
  placeMention: 'INSERT INTO place_mentions (doc_id, place_id, name, country, lat, lon, count) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ...STORED_EFFECTS_SQL,
  has: 'SELECT 1 FROM documents WHERE id = ?',
  // (uses the index documents_by_version_key, so the count does not scan the table)
  earlier: 'SELECT COUNT(*) AS n FROM documents WHERE coalesce(url, source) = ?',
} as const

type Statement = Database.Statement<unknown[], unknown>

/** Positions of the event's id and effective type in a prepared event row (prepared.ts). */
const EVENT_ID = 1
const EVENT_EFF_TYPE = 21

export class SqliteStore {
  readonly db: Db
  readonly path: string
  /** The write statements, prepared once on first use (preparing per row cost more than the insert). */
  private statements: Record<keyof typeof INSERT_SQL, Statement> | null = null
  private counting: Statement[] | null = null
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

  /**
   * Store several analyses in one transaction; each is new or already there.
   * An analysis may come already prepared (prepareDocument, done in a worker thread).
   */
  saveBatch(analyses: readonly (Analysis | PreparedDocument)[], now = new Date().toISOString()): SaveOutcome[] {
    return this.db.transaction(() => {
      const prepared = analyses.map((a) => (isPrepared(a) ? a : prepareDocument(a)))
      const outcomes = prepared.map((p) => this.saveOne(p, now))
      const stored = prepared.filter((_, i) => outcomes[i] === 'new')
      if (stored.length > 0) {
        this.countBatch(stored)
        this.sql.moveVersions.run(stored.length)
      }
      return outcomes
    })()
  }

  /** The kept counts of the documents just stored (listed in counting_batch by saveOne). */
  private countBatch(stored: readonly PreparedDocument[]): void {
    this.counting ??= BATCH_COUNTS_SQL.map((sql) => this.db.prepare(sql))
    for (const statement of this.counting) statement.run()
    this.countLinks(stored)
    this.sql.unlistCounted.run()
  }

  /**
   * The network's counts of the stored documents' events, from their participant rows in memory
   * (summed per batch, one upsert each). An event counts as typed, and only if not rejected, as
   * the store has it: as extracted, unless its document has corrections that the insert applied.
   */
  private countLinks(stored: readonly PreparedDocument[]): void {
    const sum = new Map<string, (string | number)[]>()
    for (const p of stored) {
      const states = this.eventStates(p)
      const byEvent = new Map<string, { role: string; actor: string; country: string }[]>()
      for (const [, event, role, actor, country] of p.eventActors as string[][]) {
        const list = byEvent.get(event!) ?? []
        list.push({ role: role!, actor: actor!, country: country! })
        byEvent.set(event!, list)
      }
      for (const [event, participants] of byEvent) {
        const state = states.get(event)
        if (!state || state.status === 'reject') continue
        for (const l of eventLinks(participants)) {
          const key = `${l.level}\u0000${l.kind}\u0000${l.source}\u0000${l.target}\u0000${state.type}`
          const row = sum.get(key)
          if (row) (row[5] as number) += l.n
          else sum.set(key, [l.level, l.kind, l.source, l.target, state.type, l.n])
        }
      }
    }
    for (const row of sum.values()) this.sql.addLinks.run(row)
  }

  /** Each event's effective type and status as stored. */
  private eventStates(p: PreparedDocument): Map<string, { type: string; status: string }> {
    if (this.sql.eventCorrected.get(p.id) !== undefined) {
      const rows = this.sql.eventStates.all(p.id) as { id: string; eff_type: string; status: string }[]
      return new Map(rows.map((r) => [r.id, { type: r.eff_type, status: r.status }]))
    }
    return new Map(p.events.map((row) => [String(row[EVENT_ID]), { type: String(row[EVENT_EFF_TYPE]), status: 'none' }]))
  }

  private saveOne(p: PreparedDocument, now: string): SaveOutcome {
    if (this.hasDocument(p.id)) return 'unchanged'
    const sql = this.sql
    const earlier = sql.earlier.get(p.url ?? p.source) as { n: number }
    sql.listForCounting.run(p.id)
    // Note: a row is bound as the array it is (the driver takes an array as its values in order); spreading
    // it into arguments cost a copy per row.
    sql.document.run(p.document, earlier.n + 1, now)
    // (what insert triggers did before: see migrations/insert-effects.ts)
    sql.logChange.run(p.id)
    const s = p.sentences
    for (let i = 0; i < s.length; i += 3) sql.sentence.run(p.id, s[i], s[i + 1], s[i + 2])
    for (let i = 0, j = 0; i < s.length; i += 3, j += 2) sql.search.run(p.search[j], p.search[j + 1], p.id, s[i])
    for (const row of p.events) sql.event.run(row)
    const corrected = p.events.length > 0 && sql.eventCorrected.get(p.id) !== undefined
    if (corrected) {
      sql.refreshEvents.run(p.id)
      for (const row of p.eventActors) sql.eventActorCorrected.run(row, row[0], row[1])
    } else for (const row of p.eventActors) sql.eventActor.run(row)
    for (const row of p.positions) sql.position.run(row)
    if (p.positions.length > 0 && sql.positionCorrected.get(p.id) !== undefined) sql.refreshPositions.run(p.id)
    for (const row of p.actorMentions) sql.actorMention.run(row)
    for (const row of p.actorNames) sql.actorName.run(row)
    for (const row of p.placeMentions) sql.placeMention.run(row)
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
    const row = this.db.prepare('SELECT analysis, text FROM documents WHERE id = ?').get(id) as { analysis: string; text: string } | undefined
    return row ? readAnalysis(this.db, row.analysis, row.text) : null
  }

  /** Every stored analysis, streamed in ingest order (bounded memory for export). */
  *analyses(): Generator<Analysis> {
    const statement = this.db.prepare('SELECT analysis, text FROM documents ORDER BY ingested_at, source, id')
    for (const row of statement.iterate() as IterableIterator<{ analysis: string; text: string }>) yield readAnalysis(this.db, row.analysis, row.text)
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
