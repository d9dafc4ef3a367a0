/**
 * Applies the merge stage (src/merge) to the store. After each saved batch,
 * `updateClusters(store, docIds)` files every not-yet-clustered event of those
 * documents into a cluster: it reads only the candidate clusters indexed under
 * the mention's keys (src/merge/keys.ts), never the whole table, and
 * writes the mention's cluster, the cluster's row and keys, and the merge
 * message, all in one transaction.
 *
 *   updateClusters(store, ['4f2a…', '9b1c…'])  // { assigned: 7, newClusters: 5, merged: 2, contested: 0 }
 *
 * Documents are taken in ingest order (ingested_at, source, id), events in
 * text order, so `rebuildClusters` reproduces the same cluster ids. Any
 * document whose events are still unclustered is taken along, in that order.
 */
import type { EventRecord, PartialDate, Precision } from '../core/doc.js'
import {
  boundOf, clusterKeys, decide, lookupOf, mentionOf, summarize,
  type ClusterProfile, type DayInterval, type Decision, type KeyQuery, type Lookup, type MentionDoc, type SameDocumentCandidate,
} from '../merge/index.js'
import type { SqliteStore } from '../store/index.js'

type Db = SqliteStore['db']

export interface MergeSummary {
  /** Mentions given a cluster. */
  assigned: number
  newClusters: number
  /** Mentions that joined an existing cluster. */
  merged: number
  /** Mentions that joined as a disputed version. */
  contested: number
}

/** At most this many candidate clusters are compared per mention (the oldest first). */
export const MAX_CANDIDATES = 500
/** Parsed profiles kept per merging pass (bounded memory; a miss costs one row read). */
export const PROFILE_CACHE = 5000

interface ProfileVersion {
  id: string
  seq: number
  mentions: number
}

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
  return db.transaction(() => {
    const merger = new Merger(db)
    // Note: documents left unclustered earlier (stored before merging, or reset by a migration) go
    // first, in ingest order, so incremental merging files events in the order a rebuild would.
    const pending = db.prepare('SELECT DISTINCT doc_id FROM events WHERE cluster IS NULL').pluck().all() as string[]
    for (const doc of orderedDocs(db, [...pending, ...docIds])) merger.document(doc)
    return merger.summary
  })()
}

/** Forget every cluster and file all events again, in ingest order (same ids as incremental merging). */
export function rebuildClusters(store: SqliteStore): MergeSummary {
  const db = store.db
  return db.transaction(() => {
    db.exec('DELETE FROM event_merges; DELETE FROM cluster_keys; DELETE FROM clusters; UPDATE events SET cluster = NULL WHERE cluster IS NOT NULL;')
    const merger = new Merger(db)
    for (const doc of allDocs(db)) merger.document(doc)
    return merger.summary
  })()
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

function mentionDoc(d: DocRow): MentionDoc {
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

/** One merging pass over a transaction: prepared statements and running counts. */
class Merger {
  readonly summary: MergeSummary = { assigned: 0, newClusters: 0, merged: 0, contested: 0 }
  private seq: number
  private readonly lookups = new Map<string, ReturnType<Db['prepare']>>()
  private readonly cache = new Map<string, ClusterProfile>()
  private readonly sql

  constructor(private readonly db: Db) {
    this.seq = (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM clusters').get() as { n: number }).n
    this.sql = {
      events: db.prepare('SELECT record FROM events WHERE doc_id = ? AND cluster IS NULL ORDER BY sentence, length(id), id').pluck(),
      profile: db.prepare('SELECT profile FROM clusters WHERE id = ?').pluck(),
      taken: db.prepare('SELECT 1 FROM clusters WHERE id = ?').pluck(),
      version: db.prepare('SELECT id, seq, mentions FROM clusters WHERE id = ?'),
      sameDoc: db.prepare('SELECT cluster, sentence FROM events WHERE doc_id = ? AND cluster IS NOT NULL ORDER BY sentence'),
      setCluster: db.prepare('UPDATE events SET cluster = ? WHERE doc_id = ? AND id = ?'),
      dropKeys: db.prepare('DELETE FROM cluster_keys WHERE cluster_id = ?'),
      addKey: db.prepare('INSERT OR IGNORE INTO cluster_keys (type, bucket, term, cluster_id, date_lo, date_hi) VALUES (?, ?, ?, ?, ?, ?)'),
      message: db.prepare(
        `INSERT OR REPLACE INTO event_merges (doc_id, event_id, cluster_id, rule_id, reason, cause_doc, cause_event)
         VALUES (@doc, @event, @cluster, @ruleId, @reason, @causeDoc, @causeEvent)`,
      ),
      save: db.prepare(SAVE_CLUSTER),
    }
  }

  document(d: DocRow): void {
    const doc = mentionDoc(d)
    const records = (this.sql.events.all(d.id) as string[]).map((r) => JSON.parse(r) as EventRecord)
    for (const record of records) this.mention(mentionOf(record, doc))
  }

  private mention(m: ReturnType<typeof mentionOf>): void {
    const lookup = lookupOf(m)
    const bound = boundOf(m)
    const decision = decide(m, {
      indexed: lookup && bound ? this.candidates(lookup, bound) : [],
      sameDocument: () => this.sameDocument(m.doc),
      taken: (id) => this.sql.taken.get(id) !== undefined,
      nextSeq: this.seq + 1,
    })
    this.apply(decision, m.doc, m.event)
  }

  private candidates(l: Lookup, bound: DayInterval): ClusterProfile[] {
    const parts = [l.fine, l.coarse].filter((q): q is KeyQuery => q !== null)
    const shape = parts.map((q) => `${q.types.length},${q.buckets.length},${q.terms.length}`).join(';')
    let statement = this.lookups.get(shape)
    if (!statement) {
      statement = this.db.prepare(candidateSql(parts))
      this.lookups.set(shape, statement)
    }
    const params = parts.flatMap((q) => [...q.types, ...q.buckets, ...q.terms, bound.hi, bound.lo])
    const rows = statement.all(params) as ProfileVersion[]
    return rows.map((r) => this.profile(r))
  }

  /** A cluster's profile, parsed once per version (a profile changes only when a mention joins). */
  private profile(v: ProfileVersion): ClusterProfile {
    const cached = this.cache.get(v.id)
    if (cached && cached.seq === v.seq && cached.mentions === v.mentions) return cached
    const profile = JSON.parse(this.sql.profile.get(v.id) as string) as ClusterProfile
    this.remember(profile)
    return profile
  }

  private remember(p: ClusterProfile): void {
    this.cache.delete(p.id)
    this.cache.set(p.id, p)
    // Note: a Map iterates in insertion order, so the first key is the least recently stored.
    if (this.cache.size > PROFILE_CACHE) this.cache.delete(this.cache.keys().next().value!)
  }

  private sameDocument(doc: string): SameDocumentCandidate[] {
    const sentences = new Map<string, number[]>()
    for (const row of this.sql.sameDoc.all(doc) as { cluster: string; sentence: number }[]) {
      sentences.set(row.cluster, [...(sentences.get(row.cluster) ?? []), row.sentence])
    }
    return [...sentences].flatMap(([id, list]) => {
      const version = this.sql.version.get(id) as ProfileVersion | undefined
      return version ? [{ profile: this.profile(version), sentences: list }] : []
    })
  }

  private apply(decision: Decision, doc: string, event: string): void {
    const p = decision.profile
    const before = decision.kind === 'join' ? this.cache.get(p.id) : undefined
    this.save(p, before)
    this.sql.setCluster.run(p.id, doc, event)
    this.summary.assigned++
    if (decision.kind === 'new') {
      this.seq = p.seq
      this.summary.newClusters++
      return
    }
    const msg = decision.message
    this.sql.message.run({ ...msg, causeDoc: msg.cause.doc, causeEvent: msg.cause.event })
    this.summary.merged++
    if (msg.ruleId === 'contested-event') this.summary.contested++
  }

  private save(p: ClusterProfile, before: ClusterProfile | undefined): void {
    this.sql.save.run(clusterRow(p))
    this.remember(p)
    const keys = keyStrings(p)
    // Note: most mentions only confirm what the cluster already had; its keys then stay as they are.
    if (before && sameSet(keys, keyStrings(before))) return
    this.sql.dropKeys.run(p.id)
    const bound = p.hard ?? p.soft
    if (bound) for (const k of clusterKeys(p)) this.sql.addKey.run(k.type, k.bucket, k.term, p.id, bound.lo, bound.hi)
  }
}

/** A cluster's keys with its bounds, to tell whether anything filed changed. */
function keyStrings(p: ClusterProfile): string[] {
  const bound = p.hard ?? p.soft
  return clusterKeys(p).map((k) => `${k.type}|${k.bucket}|${k.term}|${bound?.lo}|${bound?.hi}`)
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ')

/**
 * Clusters under any of the key products whose date bounds meet the mention's.
 * Note: the date test is the merger's own first test, done here, inside the
 * index range, so that clusters of other days are never read.
 */
function candidateSql(parts: readonly KeyQuery[]): string {
  const keyed = parts
    .map((q) => `SELECT cluster_id FROM cluster_keys WHERE type IN (${marks(q.types.length)})
       AND bucket IN (${marks(q.buckets.length)}) AND term IN (${marks(q.terms.length)}) AND date_lo <= ? AND date_hi >= ?`)
    .join(' UNION ')
  return `SELECT id, seq, mentions FROM clusters WHERE id IN (${keyed}) ORDER BY seq LIMIT ${MAX_CANDIDATES}`
}

const CLUSTER_COLUMNS = [
  'id', 'seq', 'type', 'negated', 'date_value', 'date_precision', 'date_lo', 'date_hi', 'place', 'place_country', 'lat', 'lon',
  'sources', 'targets', 'mediators', 'first_reported', 'last_reported', 'reports', 'mentions', 'outlets', 'languages',
  'contested', 'versions', 'profile',
] as const

const SAVE_CLUSTER = `INSERT INTO clusters (${CLUSTER_COLUMNS.join(', ')}) VALUES (${CLUSTER_COLUMNS.map((c) => `@${c}`).join(', ')})
  ON CONFLICT(id) DO UPDATE SET ${CLUSTER_COLUMNS.filter((c) => c !== 'id' && c !== 'seq').map((c) => `${c} = excluded.${c}`).join(', ')}`

function clusterRow(p: ClusterProfile): Record<(typeof CLUSTER_COLUMNS)[number], string | number | null> {
  const s = summarize(p)
  const bound = p.hard ?? p.soft
  return {
    id: p.id, seq: p.seq, type: s.type, negated: s.negated ? 1 : 0,
    date_value: s.date?.value ?? null, date_precision: s.date?.precision ?? null, date_lo: bound?.lo ?? null, date_hi: bound?.hi ?? null,
    place: s.place?.name ?? null, place_country: s.place?.country ?? null, lat: s.place?.lat ?? null, lon: s.place?.lon ?? null,
    sources: s.actors.source.join('+'), targets: s.actors.target.join('+'), mediators: s.actors.mediators.join('+'),
    first_reported: s.firstReported, last_reported: s.lastReported,
    reports: s.reports, mentions: s.mentions, outlets: s.outlets, languages: s.languages.join(','),
    contested: s.contested.length > 0 ? s.contested.join(',') : null,
    versions: JSON.stringify(s.versions), profile: JSON.stringify(p),
  }
}
