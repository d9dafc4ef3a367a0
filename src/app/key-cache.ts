/**
 * The candidate index (cluster_keys) of the keys a merging connection read
 * lately, in memory: per key, the clusters filed under it with their date
 * bounds. A mention reads some twenty keys; one SQL query over all of them
 * cost more than the rest of its merging, and the same keys (a type, a
 * month, a state) come back mention after mention.
 *
 * Bounded: past `limit` filed clusters in all, the keys read longest ago
 * are dropped (a dropped key is read from SQL again when needed), so memory
 * does not grow with the store. Oldest-read rather than least recently
 * used: moving a key to the end on every hit cost a fifth of the lookups. The merger (./merger.ts) tells it what it
 * files and drops, and clears it whenever anything else may have written
 * (./merger.ts writeMarks).
 */

/** The clusters filed under one key, as parallel lists (bounds as cluster_keys stores them). */
export interface KeyedClusters {
  readonly ids: string[]
  readonly lo: string[]
  readonly hi: string[]
}

/** Filed clusters held across all keys (their memory was not measured alone; the 100,000-document benchmark, which fills it, peaked at 785 MB in all). */
export const KEY_CACHE_ENTRIES = 250_000

export class KeyCache {
  private readonly keys = new Map<string, KeyedClusters>()
  private held = 0

  constructor(private readonly limit = KEY_CACHE_ENTRIES) {}

  /** The clusters under `key` if held, else undefined. */
  get(key: string): KeyedClusters | undefined {
    return this.keys.get(key)
  }

  /** Hold a key's clusters as read from the store. */
  hold(key: string, rows: readonly (readonly [string, string, string])[]): KeyedClusters {
    const entry: KeyedClusters = { ids: [], lo: [], hi: [] }
    for (const [id, lo, hi] of rows) push(entry, id, lo, hi)
    this.keys.set(key, entry)
    this.held += rows.length + 1
    this.evict()
    return entry
  }

  /** A cluster newly filed under `key` (the caller files each key of a cluster once). */
  filed(key: string, id: string, lo: string, hi: string): void {
    const entry = this.keys.get(key)
    if (entry === undefined) return
    push(entry, id, lo, hi)
    this.held++
    this.evict()
  }

  /** A cluster's row under `key` deleted. */
  dropped(key: string, id: string): void {
    const entry = this.keys.get(key)
    const at = entry?.ids.indexOf(id) ?? -1
    if (entry === undefined || at < 0) return
    entry.ids.splice(at, 1)
    entry.lo.splice(at, 1)
    entry.hi.splice(at, 1)
    this.held--
  }

  clear(): void {
    this.keys.clear()
    this.held = 0
  }

  /** Filed clusters held (for tests). */
  get size(): number {
    return this.held - this.keys.size
  }

  private evict(): void {
    // (a Map iterates in insertion order: the first key is the one read longest ago)
    for (const [key, entry] of this.keys) {
      if (this.held <= this.limit) return
      this.keys.delete(key)
      this.held -= entry.ids.length + 1
    }
  }
}

function push(entry: KeyedClusters, id: string, lo: string, hi: string): void {
  entry.ids.push(id)
  entry.lo.push(lo)
  entry.hi.push(hi)
}

/** The cache's key of a (type, bucket, term) index key. */
export const keyOf = (type: string, bucket: string, term: string) => `${type}\u0000${bucket}\u0000${term}`
