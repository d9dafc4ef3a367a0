/** What every route needs: the store, the correction token, a clock, and name labels. */
import type { SqliteStore } from '../store/index.js'
import { actorDirectory } from '../store/queries.js'
import type { Db } from '../store/sqlite.js'
import { Labels } from './views.js'

export interface ApiContext {
  readonly store: SqliteStore
  readonly db: Db
  /** Bearer token that allows corrections; null disables them. */
  readonly token: string | null
  readonly now: () => string
  labels(): Labels
}

export function apiContext(store: SqliteStore, token: string | null, now: () => string): ApiContext {
  return { store, db: store.db, token, now, labels: () => new Labels(actorDirectory(store.db)) }
}
