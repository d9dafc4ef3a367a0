/**
 * Applies the merge stage (src/merge) to the store. `storeAndMerge(store,
 * batch)` (what ingest calls) stores a batch of documents with each event's
 * cluster decided first; `updateClusters(store, docIds)` files every
 * not-yet-clustered event of stored documents. Either reads only the
 * candidate clusters indexed under the mention's keys (src/merge/keys.ts),
 * never the whole table, and writes the mention's cluster, the cluster's row
 * and keys, and the merge message, all in one transaction (./merger.ts).
 *
 *   updateClusters(store, ['4f2a…', '9b1c…'])  // { assigned: 7, newClusters: 5, merged: 2, contested: 0 }
 *
 * Documents are taken in ingest order (ingested_at, source, id), events in
 * text order, so `rebuildClusters` reproduces the same cluster ids. Any
 * document whose events are still unclustered is taken along, in that order.
 */
import type { EventRecord, PartialDate, Precision } from '../core/doc.js'
import { mentionOf, type Mention, type MentionDoc } from '../merge/index.js'
import type { SaveOutcome, SqliteStore } from '../store/index.js'
import type { PreparedDocument } from '../store/prepared.js'
import { forgetProfiles, Merger, type MergeSummary } from './merger.js'

export { MAX_CANDIDATES, PROFILE_CACHE, type MergeSummary } from './merger.js'

type Db = SqliteStore['db']

interface DocRow {
  id: string
  source: string
  url: string | null
  language: string
  published: string | null
  published_precision: string | null
  ingested_at: string
}

export function updateClusters(store: SqliteStore, docIds: readonly string[]): MergeSummary {
  const db = store.db
  return inPass(db, (merger) => {
    // Note: documents left unclustered earlier (stored before merging, or reset by a migration) go
    // first, in ingest order, so incremental merging files events in the order a rebuild would.
    const pending = db.prepare('SELECT DISTINCT doc_id FROM events WHERE cluster IS NULL').pluck().all() as string[]
    for (const doc of orderedDocs(db, [...pending, ...docIds])) merger.document(mentionDoc(doc))
  })
}

export interface StoredBatch {
  /** Per document, in the order given. */
  readonly outcomes: readonly SaveOutcome[]
  readonly merge: MergeSummary
  /** How long storing the rows took, merging (deciding and writing clusters), and the commit, in ms. */
  readonly storeMs: number
  readonly mergeMs: number
  readonly commitMs: number
}

/**
 * Store a batch of documents and merge their events, in one transaction:
 * what `saveBatch` then `updateClusters` do, but each event is stored with
 * its cluster already decided, so no event row is written twice and the
 * batch commits once. The same clusters, ids and messages as the two steps:
 * documents left unclustered go first, then the batch's in ingest order
 * (they share one ingest time, so by source and id), events in text order.
 */
export function storeAndMerge(store: SqliteStore, docs: readonly PreparedDocument[], now = new Date().toISOString()): StoredBatch {
  const db = store.db
  const t0 = performance.now()
  try {
    let decided = 0
    const stored = db.transaction(() => {
      const merger = new Merger(db)
      const pending = db.prepare('SELECT DISTINCT doc_id FROM events WHERE cluster IS NULL').pluck().all() as string[]
      for (const doc of orderedDocs(db, pending)) merger.document(mentionDoc(doc))
      // (a text given twice is stored once: the first)
      const fresh = [...new Map(docs.filter((d) => !store.hasDocument(d.id)).reverse().map((d) => [d.id, d])).values()]
      fresh.sort((a, b) => cmp(a.source, b.source) || cmp(a.id, b.id))
      const clusters = new Map<string, string>()
      for (const d of fresh) merger.unsaved(mentionsOf(d), (event, cluster) => clusters.set(`${d.id}/${event}`, cluster))
      const t1 = performance.now()
      const outcomes = store.saveBatch(docs.map((d) => withClusters(d, clusters)), now)
      const t2 = performance.now()
      merger.finish()
      decided = performance.now()
      return { outcomes, merge: merger.summary, storeMs: t2 - t1, mergeMs: t1 - t0 + decided - t2 }
    })()
    return { ...stored, commitMs: performance.now() - decided }
  } catch (error) {
    forgetProfiles(db)
    throw error
  }
}

/** Index of the cluster and record columns in a prepared event row (src/store/prepared.ts). */
const CLUSTER_COLUMN = 10
const RECORD_COLUMN = 11

/** A prepared document's event mentions, in the order the events table would give them (sentence, id). */
function mentionsOf(d: PreparedDocument): Mention[] {
  const [, , , , language, published, precision] = d.document as (string | null)[]
  const doc = mentionDoc({ id: d.id, source: d.source, url: d.url, language: language ?? 'und', published: published ?? null, published_precision: precision ?? null })
  const records = d.events.map((row) => JSON.parse(String(row[RECORD_COLUMN])) as EventRecord)
  records.sort((a, b) => a.sentence - b.sentence || a.id.length - b.id.length || cmp(a.id, b.id))
  return records.map((r) => mentionOf(r, doc))
}

function withClusters(d: PreparedDocument, clusters: ReadonlyMap<string, string>): PreparedDocument {
  const events = d.events.map((row) => {
    const copy = row.slice()
    copy[CLUSTER_COLUMN] = clusters.get(`${d.id}/${row[1]}`) ?? row[CLUSTER_COLUMN] ?? null
    return copy
  })
  return { ...d, events }
}

/** Forget every cluster and file all events again, in ingest order (same ids as incremental merging). */
export function rebuildClusters(store: SqliteStore): MergeSummary {
  const db = store.db
  forgetProfiles(db)
  // (the inner pass is a savepoint of this transaction, and numbers clusters from 1 again)
  return db.transaction(() => {
    db.exec('DELETE FROM event_merges; DELETE FROM cluster_keys; DELETE FROM clusters; UPDATE events SET cluster = NULL WHERE cluster IS NOT NULL;')
    return inPass(db, (merger) => {
      for (const doc of allDocs(db)) merger.document(mentionDoc(doc))
    })
  })()
}

/** One merging pass in one transaction; on failure the cached profiles are dropped with it (the rows roll back). */
function inPass(db: Db, run: (merger: Merger) => void): MergeSummary {
  try {
    return db.transaction(() => {
      const merger = new Merger(db)
      run(merger)
      merger.finish()
      return merger.summary
    })()
  } catch (error) {
    forgetProfiles(db)
    throw error
  }
}

/** Cluster the events of any document stored without clusters (e.g. ingested before merging existed). */
export function clusterPending(store: SqliteStore): MergeSummary {
  return updateClusters(store, [])
}

const DOC_COLUMNS = 'id, source, url, language, published, published_precision, ingested_at'

function orderedDocs(db: Db, ids: readonly string[]): DocRow[] {
  const statement = db.prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = ?`)
  const rows = [...new Set(ids)].flatMap((id) => (statement.all(id) as DocRow[]))
  return rows.sort((a, b) => cmp(a.ingested_at, b.ingested_at) || cmp(a.source, b.source) || cmp(a.id, b.id))
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Every document in ingest order, a page at a time (keyset paging: memory stays flat). */
function* allDocs(db: Db): Generator<DocRow> {
  const first = db.prepare(`SELECT ${DOC_COLUMNS} FROM documents ORDER BY ingested_at, source, id LIMIT 200`)
  const next = db.prepare(
    `SELECT ${DOC_COLUMNS} FROM documents WHERE (ingested_at, source, id) > (?, ?, ?) ORDER BY ingested_at, source, id LIMIT 200`,
  )
  let page = first.all() as DocRow[]
  while (page.length > 0) {
    yield* page
    const last = page[page.length - 1]!
    page = next.all(last.ingested_at, last.source, last.id) as DocRow[]
  }
}

function mentionDoc(d: Omit<DocRow, 'ingested_at'>): MentionDoc {
  const published: PartialDate | null = d.published ? { value: d.published, precision: (d.published_precision ?? 'day') as Precision } : null
  return { id: d.id, language: d.language, published, outlet: outletOf(d) }
}

/** The outlet of a document: its URL's host without "www.", else its source. */
export function outletOf(d: { readonly url: string | null; readonly source: string }): string {
  if (d.url) {
    try {
      return new URL(d.url).hostname.replace(/^www\./, '')
    } catch {
      // Note: an unparsable URL still names the document; fall back to its source.
    }
  }
  return d.source
}
