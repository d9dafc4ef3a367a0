/**
 * The issue board of a store, kept between requests and brought up to date
 * after each write from the positions of the documents it touched (the
 * change log of migration 6, as ./round-plans.ts uses it): reading every
 * position again cost 150-300 ms at 100,000 events, after each document
 * stored. The answer is computeBoardDetail's (src/app/board.ts; the tests
 * compare them).
 *
 * The positions are kept in the board's order (oldest first; ties as
 * computeBoardDetail breaks them); those of changed documents are taken out
 * and their new ones put in place, then the board is assembled from them
 * (a pass over the positions, no query but the documents per profile).
 */
import { boardDetailOf, byDate, statedOf, type BoardDetail, type Stated } from '../app/board.js'
import { changesSince, latestChange, listPositions } from '../store/queries.js'
import type { Db } from '../store/sqlite.js'
import type { SqliteStore } from '../store/sqlite.js'

/** Beyond this many changed documents, reading every position at once is cheaper. */
const FULL_AT = 2000

interface State {
  readonly latest: number
  /** Documents per profile (the board counts them), as JSON. */
  readonly documents: string
  /** In the board's order. */
  readonly positions: readonly Stated[]
  readonly detail: BoardDetail
}

const states = new WeakMap<Db, State>()

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
/**
 * The board's order (computeBoardDetail's): by date, report, document,
 * sentence, then as listPositions lists one document's positions of a
 * date (issue, party, index) where computeBoardDetail uses that list's order.
 */
function boardOrder(a: Stated, b: Stated): number {
  return byDate(a.when, b.when) || a.source.localeCompare(b.source) || a.doc.localeCompare(b.doc) || a.record.sentence - b.record.sentence ||
    cmp(a.row.issue, b.row.issue) || cmp(a.row.record.party.country, b.row.record.party.country) || a.row.idx - b.row.idx
}

/** The board as computeBoardDetail gives it; `null` when the store keeps no change log. */
export function keptBoardDetail(store: SqliteStore): BoardDetail | null {
  const { db } = store
  const kept = states.get(db)
  // Note: one read transaction, so the log, the positions and the documents counted are of the same snapshot.
  const state = db.transaction((): State | null => {
    const latest = latestChange(db)
    if (latest < 0) return null
    if (kept && kept.latest === latest) return kept
    const docs = kept ? changesSince(db, kept.latest).docs : null
    const documents = JSON.stringify(db.prepare('SELECT profile, count(*) AS n FROM documents GROUP BY profile').raw().all())
    if (!kept || docs === null || docs.length > FULL_AT) {
      const positions = listPositions(db).map(statedOf).sort(boardOrder)
      return { latest, documents, positions, detail: boardDetailOf(store, null, positions) }
    }
    const changed = new Set(docs)
    const fresh = listPositions(db, { docs }).map(statedOf).sort(boardOrder)
    // (no position of theirs changed, nor the documents per profile: e.g. a meeting's correction; the board is as it was)
    if (documents === kept.documents && same(kept.positions.filter((p) => changed.has(p.doc)), fresh)) return { ...kept, latest }
    const positions = kept.positions.filter((p) => !changed.has(p.doc))
    for (const p of fresh) positions.splice(insertionPoint(positions, p), 0, p)
    return { latest, documents, positions, detail: boardDetailOf(store, null, positions) }
  })()
  if (state) states.set(db, state)
  return state?.detail ?? null
}

/** Whether two lists (in the board's order) hold the same positions, as read from the store with their corrections. */
function same(a: readonly Stated[], b: readonly Stated[]): boolean {
  return a.length === b.length && a.every((p, i) => JSON.stringify(p.row) === JSON.stringify(b[i]!.row))
}

/** Where `p` goes in `sorted` (binary search). */
function insertionPoint(sorted: readonly Stated[], p: Stated): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (boardOrder(sorted[mid]!, p) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}
