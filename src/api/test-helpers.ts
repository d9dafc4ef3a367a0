/** Shared set-up for the API and browser tests: a temporary store filled with the fixtures. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Analysis } from '../core/doc.js'
import { openStore, type SqliteStore } from '../store/index.js'
import { sampleAnalyses } from './fixtures.js'

export const FIXED_NOW = '2025-09-01T12:00:00.000Z'

export interface TempStore {
  readonly store: SqliteStore
  readonly path: string
  readonly analyses: Analysis[]
  dispose(): void
}

export function tempStore(analyses: Analysis[] = sampleAnalyses()): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-'))
  const path = join(dir, 'test.db')
  const store = openStore(path)
  store.saveBatch(analyses, FIXED_NOW)
  return {
    store, path, analyses,
    dispose: () => {
      store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Re-ingest after an extraction change: the documents are deleted and stored again (corrections stay). */
export function restore(store: SqliteStore, analyses: Analysis[]): void {
  const remove = store.db.prepare('DELETE FROM documents WHERE id = ?')
  // Note: the FTS table has no foreign key, so its rows go separately.
  const unindex = store.db.prepare('DELETE FROM sentence_search WHERE doc_id = ?')
  store.db.transaction(() => analyses.forEach((a) => (unindex.run(a.id), remove.run(a.id))))()
  store.saveBatch(analyses, FIXED_NOW)
}
