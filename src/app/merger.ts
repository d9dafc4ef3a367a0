/**
 * The merging pass of src/app/merge.ts over one transaction: the merge
 * stage's decisions (src/merge) applied to the store's tables, with
 * prepared statements, a profile cache and the candidate index's keys read
 * lately (./key-cache.ts) that last as long as the database handle, so a
 * batch does not start cold. The caches are dropped whenever anything else
 * may have written to the store (writeMarks).
 *
 * Writes per mention: the event's cluster and, for a join, the merge
 * message. A new cluster's row and keys are written at once (later
 * mentions look it up through them); a cluster that mentions join is kept
 * in memory and its row written once, when the pass ends (`finish`), and
 * its keys only when they changed.
 */
import type { EventRecord } from '../core/doc.js'
import {
  boundOf, clusterKeys, decide, lookupOf, mentionOf, profileFromJson,
  type ClusterProfile, type DayInterval, type Decision, type Lookup, type Mention, type MentionDoc, type SameDocumentCandidate,
} from '../merge/index.js'
import type { SqliteStore } from '../store/index.js'
import { KeyCache, keyOf, type KeyedClusters } from './key-cache.js'
import { clusterRow, MAX_CANDIDATES, statements, type MergeStatements } from './merge-sql.js'

export { MAX_CANDIDATES } from './merge-sql.js'

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

/** Parsed profiles kept per database handle (bounded memory; a miss costs one row read). */
export const PROFILE_CACHE = 5000

interface SentenceRow {
  readonly cluster: string
  readonly sentence: number
}

/** What outlives one pass: statements, parsed profiles and read keys, per database handle. */
interface MergeState {
  readonly sql: MergeStatements
  /** Profiles as stored, least recently stored first. */
  readonly cache: Map<string, ClusterProfile>
  /** Each cached profile's keys as strings (to tell whether a join changed them). */
  readonly keys: WeakMap<ClusterProfile, string[]>
  /** The candidate index's keys read lately. */
  readonly filed: KeyCache
  /** The database's write marks when the last pass ended (see writeMarks), or null. */
  marks: string | null
}

const states = new WeakMap<Db, MergeState>()

function stateOf(db: Db): MergeState {
  let state = states.get(db)
  if (!state) states.set(db, (state = { sql: statements(db), cache: new Map(), keys: new WeakMap(), filed: new KeyCache(), marks: null }))
  return state
}

/** Forget the parsed profiles and read keys of a database (after its clusters were dropped, or a pass failed). */
export function forgetProfiles(db: Db): void {
  const state = states.get(db)
  state?.cache.clear()
  state?.filed.clear()
  if (state) state.marks = null
}

/**
 * What moves when anything but the last pass wrote: commits of other
 * connections (data_version) and any write of this one (total_changes).
 * While they stand still, the cached profiles and keys are the store's.
 */
function writeMarks(sql: MergeStatements): string {
  return `${sql.dataVersion.get() as number} ${sql.totalChanges.get() as number}`
}

/** One merging pass inside a transaction; call `finish` before it commits. */
export class Merger {
  readonly summary: MergeSummary = { assigned: 0, newClusters: 0, merged: 0, contested: 0 }
  private seq: number
  private readonly state: MergeState
  /** Clusters joined in this pass whose rows are not written yet. */
  private readonly dirty = new Map<string, ClusterProfile>()
  /** Clusters the document being merged has a mention in (so that its reports are counted once). */
  private contributed = new Set<string>()
  /** Merge messages, written when the pass ends (their events may not be stored yet). */
  private readonly messages: Record<string, string>[] = []

  constructor(db: Db) {
    this.state = stateOf(db)
    if (this.state.marks !== writeMarks(this.state.sql)) forgetProfiles(db)
    this.seq = this.state.sql.maxSeq.get() as number
  }

  /** A stored document: its unclustered events, in text order, each given its cluster in the events table. */
  document(doc: MentionDoc): void {
    const sql = this.state.sql
    this.contributed = new Set(sql.clustersOf.all(doc.id) as string[])
    const records = (sql.events.all(doc.id) as string[]).map((r) => JSON.parse(r) as EventRecord)
    for (const record of records) {
      const cluster = this.mention(mentionOf(record, doc), () => this.sameDocument(sql.sameDoc.all(doc.id) as SentenceRow[]))
      sql.setCluster.run(cluster, doc.id, record.id)
    }
  }

  /**
   * A document about to be stored (in this transaction, before `finish`):
   * its mentions in text order; `assign` learns each event's cluster, to
   * store with the event.
   */
  unsaved(mentions: readonly Mention[], assign: (event: string, cluster: string) => void): void {
    this.contributed = new Set()
    const rows: SentenceRow[] = []
    for (const m of mentions) {
      const cluster = this.mention(m, () => this.sameDocument(rows))
      assign(m.event, cluster)
      rows.push({ cluster, sentence: m.sentence })
    }
  }

  /** Write the merge messages and the rows of the clusters joined in this pass. */
  finish(): void {
    for (const msg of this.messages.splice(0)) this.state.sql.message.run(msg)
    for (const p of this.dirty.values()) this.state.sql.save.run(clusterRow(p))
    this.dirty.clear()
    this.state.marks = writeMarks(this.state.sql)
  }

  private mention(m: Mention, sameDocument: () => SameDocumentCandidate[]): string {
    const lookup = lookupOf(m)
    const bound = boundOf(m)
    const decision = decide(m, {
      indexed: lookup && bound ? this.candidates(lookup, bound) : [],
      sameDocument,
      taken: (id) => this.state.sql.taken.get(id) !== undefined,
      nextSeq: this.seq + 1,
      contributed: (id) => this.contributed.has(id),
    })
    this.apply(decision)
    return decision.profile.id
  }

  /** The clusters under any key of the lookup whose bounds meet the mention's, oldest first (at most MAX_CANDIDATES). */
  private candidates(l: Lookup, bound: DayInterval): ClusterProfile[] {
    const ids = new Set<string>()
    for (const q of l.parts) {
      for (const type of q.types) {
        for (const bucket of q.buckets) {
          for (const term of q.terms) {
            const filed = this.filedUnder(type, bucket, term)
            for (let i = 0; i < filed.ids.length; i++) if (filed.lo[i]! <= bound.hi && filed.hi[i]! >= bound.lo) ids.add(filed.ids[i]!)
          }
        }
      }
    }
    const found: ClusterProfile[] = []
    for (const id of ids) {
      const profile = this.current(id)
      if (profile) found.push(profile)
    }
    return found.sort((a, b) => a.seq - b.seq).slice(0, MAX_CANDIDATES)
  }

  private filedUnder(type: string, bucket: string, term: string): KeyedClusters {
    const key = keyOf(type, bucket, term)
    return this.state.filed.get(key) ?? this.state.filed.hold(key, this.state.sql.filed.all(type, bucket, term) as [string, string, string][])
  }

  /** A cluster's profile as it stands: this pass's own, else the cached one (the write marks vouch for it), else read and cached. */
  private current(id: string): ClusterProfile | null {
    const own = this.dirty.get(id) ?? this.state.cache.get(id)
    if (own) return own
    const json = this.state.sql.profile.get(id) as string | undefined
    if (json === undefined) return null
    const profile = profileFromJson(json)
    this.remember(profile)
    return profile
  }

  private remember(p: ClusterProfile): void {
    const cache = this.state.cache
    cache.delete(p.id)
    cache.set(p.id, p)
    // Note: a Map iterates in insertion order, so the first key is the least recently stored.
    if (cache.size > PROFILE_CACHE) cache.delete(cache.keys().next().value!)
  }

  /** The clusters the document's earlier mentions went to (rows in sentence order), with those sentences. */
  private sameDocument(rows: readonly SentenceRow[]): SameDocumentCandidate[] {
    const sentences = new Map<string, number[]>()
    for (const row of rows) {
      sentences.set(row.cluster, [...(sentences.get(row.cluster) ?? []), row.sentence])
    }
    return [...sentences].flatMap(([id, list]) => {
      const profile = this.current(id)
      return profile ? [{ profile, sentences: list }] : []
    })
  }

  private apply(decision: Decision): void {
    const p = decision.profile
    if (decision.kind === 'new') this.create(p)
    else this.join(p)
    this.contributed.add(p.id)
    this.summary.assigned++
    if (decision.kind === 'new') return
    const { cause, ...msg } = decision.message
    this.messages.push({ ...msg, causeDoc: cause.doc, causeEvent: cause.event })
    this.summary.merged++
    if (msg.ruleId === 'contested-event') this.summary.contested++
  }

  private create(p: ClusterProfile): void {
    this.seq = p.seq
    this.summary.newClusters++
    this.state.sql.save.run(clusterRow(p))
    this.remember(p)
    this.fileKeys(p)
  }

  private join(p: ClusterProfile): void {
    const before = this.dirty.get(p.id) ?? this.state.cache.get(p.id)
    this.dirty.set(p.id, p)
    this.remember(p)
    // Note: most mentions only confirm what the cluster already had; its keys then stay as they are.
    if (before && (sameKeyInputs(p, before) || sameSet(this.keyStrings(p), this.keyStrings(before)))) return
    for (const [type, bucket, term] of this.state.sql.dropKeys.all(p.id) as [string, string, string][]) this.state.filed.dropped(keyOf(type, bucket, term), p.id)
    this.fileKeys(p)
  }

  private fileKeys(p: ClusterProfile): void {
    const bound = p.hard ?? p.soft
    if (!bound) return
    const filed = new Set<string>()
    for (const k of clusterKeys(p)) {
      const key = keyOf(k.type, k.bucket, k.term)
      // (the table ignores a key filed twice; so does the cache)
      if (filed.has(key)) continue
      filed.add(key)
      this.state.sql.addKey.run(k.type, k.bucket, k.term, p.id, bound.lo, bound.hi)
      this.state.filed.filed(key, p.id, bound.lo, bound.hi)
    }
  }

  /** A cluster's keys with its bounds, to tell whether anything filed changed (computed once per profile). */
  private keyStrings(p: ClusterProfile): string[] {
    let keys = this.state.keys.get(p)
    if (!keys) {
      const bound = p.hard ?? p.soft
      keys = clusterKeys(p).map((k) => `${k.type}|${k.bucket}|${k.term}|${bound?.lo}|${bound?.hi}`)
      this.state.keys.set(p, keys)
    }
    return keys
  }
}

/**
 * Whether a join left everything a cluster's keys are made of as it was: its
 * bound, types, places and their coordinates, modes and role patterns (a
 * join that only counts again keeps the very same pattern arrays; see
 * clusterKeys in src/merge/keys.ts). Cheap; false only means "look".
 */
function sameKeyInputs(a: ClusterProfile, b: ClusterProfile): boolean {
  const [x, y] = [a.hard ?? a.soft, b.hard ?? b.soft]
  if ((a.hard === null) !== (b.hard === null) || x?.lo !== y?.lo || x?.hi !== y?.hi) return false
  if (!sameKeys(a.types, b.types) || !sameKeys(a.modes, b.modes) || !samePlaces(a.places, b.places)) return false
  const [s, t] = [a.signatures, b.signatures]
  return s.length === t.length && s.every((sig, i) => {
    const other = t[i]
    return other !== undefined && sig.source === other.source && sig.target === other.target && sig.mediators === other.mediators && sig.negated === other.negated
  })
}

/** The same places at the same coordinates (a later report may give the coordinates the first did not). */
function samePlaces(a: ClusterProfile['places'], b: ClusterProfile['places']): boolean {
  return sameKeys(a, b) && Object.entries(a).every(([k, p]) => b[k]?.lat === p.lat && b[k]?.lon === p.lon)
}

function sameKeys(a: object, b: object): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k))
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length

