/**
 * Storage. `openStore(path)` opens (creating and migrating) a SQLite file;
 * the default path is ./parley.db or $PARLEY_DB.
 */
import { SqliteStore } from './sqlite.js'

export { SqliteStore, type DocumentSummary, type SaveOutcome } from './sqlite.js'
export { SCHEMA_VERSION } from './migrations/index.js'

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['PARLEY_DB'] || 'parley.db'
}

export function openStore(path: string = defaultDbPath(), options: { readonly readonly?: boolean } = {}): SqliteStore {
  return new SqliteStore(path, options)
}
