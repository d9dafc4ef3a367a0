/**
 * The merging pass of src/app/merge.ts over one transaction: the merge
 * stage's decisions (src/merge) applied to the store's tables, with
 * prepared statements and a profile cache that last as long as the
 * database handle, so a batch does not start cold.
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
import { candidateSql, clusterRow, statements, type MergeStatements } from './merge-sql.js'

export { MAX_CANDIDATES } from './merge-sql.js'

type Db = SqliteStore['db']
type Statement = ReturnType<Db['prepare']>

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

interface ProfileVersion {
  id: string
  seq: number
  mentions: number
}

/** What outlives one pass: statements and parsed profiles, per database handle. */
interface MergeState {
  readonly sql: MergeStatements
  readonly lookups: Map<string, Statement>
  /** Profiles as stored, least recently used first; checked against the row's (seq, mentions). */
  readonly cache: Map<string, ClusterProfile>
  /** Each cached profile's keys as strings (to tell whether a join changed them). */
  readonly keys: WeakMap<ClusterProfile, string[]>
}

const states = new WeakMap<Db, MergeState>()

function stateOf(db: Db): MergeState {
  let state = states.get(db)
  if (!state) states.set(db, (state = { sql: statements(db), lookups: new Map(), cache: new Map(), keys: new WeakMap() }))
  return state
}

/** Forget the parsed profiles of a database (after its clusters were dropped, or a pass failed). */
export function forgetProfiles(db: Db): void {
  states.get(db)?.cache.clear()
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

  constructor(private readonly db: Db) {
    this.state = stateOf(db)
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

  private candidates(l: Lookup, bound: DayInterval): ClusterProfile[] {
    const parts = l.parts.filter((q) => q.types.length > 0 && q.buckets.length > 0 && q.terms.length > 0)
    if (parts.length === 0) return []
    const shape = parts.map((q) => `${q.types.length},${q.buckets.length},${q.terms.length}`).join(';')
    let statement = this.state.lookups.get(shape)
    if (!statement) this.state.lookups.set(shape, (statement = this.db.prepare(candidateSql(parts))))
    const params = parts.flatMap((q) => [...q.types, ...q.buckets, ...q.terms, bound.hi, bound.lo])
    return (statement.all(params) as ProfileVersion[]).map((r) => this.profile(r))
  }

  /** A cluster's profile: this pass's own version, else parsed once per stored version (it changes only when a mention joins). */
  private profile(v: ProfileVersion): ClusterProfile {
    const own = this.dirty.get(v.id)
    if (own) return own
    const cached = this.state.cache.get(v.id)
    if (cached && cached.seq === v.seq && cached.mentions === v.mentions) return cached
    const profile = profileFromJson(this.state.sql.profile.get(v.id) as string)
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
      const version = this.state.sql.version.get(id) as ProfileVersion | undefined
      return version ? [{ profile: this.profile(version), sentences: list }] : []
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
    this.state.sql.dropKeys.run(p.id)
    this.fileKeys(p)
  }

  private fileKeys(p: ClusterProfile): void {
    const bound = p.hard ?? p.soft
    if (bound) for (const k of clusterKeys(p)) this.state.sql.addKey.run(k.type, k.bucket, k.term, p.id, bound.lo, bound.hi)
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

