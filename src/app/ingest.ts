/**
 * The library's ingest: read inputs, run the pipeline on each, store the
 * results in batches. A failing input is reported by name with a one-line
 * reason and skipped; nothing already stored is touched.
 *
 *   const summary = await ingest(['corpus/'], { db: 'parley.db' })
 *   // { new: 12, unchanged: 0, failed: 1, failures: [{ source, ruleId, reason }], languages: { en: 5, vi: 3, ... } }
 */
import type { Analysis } from '../core/doc.js'
import { describeError, ParleyError } from '../core/errors.js'
import { readInputs, type ReadOptions } from '../ingest/index.js'
import { analyse, createContext, type PipelineOptions } from '../pipeline.js'
import { openStore, type SqliteStore } from '../store/index.js'

export interface IngestFailure {
  readonly source: string
  readonly ruleId: string
  readonly reason: string
}

export interface IngestSummary {
  new: number
  unchanged: number
  failed: number
  readonly failures: IngestFailure[]
  readonly languages: Record<string, number>
}

export interface IngestOptions extends PipelineOptions {
  readonly db?: string
  /** An open store to write to instead of `db`. */
  readonly store?: SqliteStore
  readonly read?: ReadOptions
  /** Documents per write transaction. */
  readonly batchSize?: number
  /** Called after each input with the running summary and the input's source. */
  readonly onProgress?: (summary: Readonly<IngestSummary>, source: string) => void
}

export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const store = options.store ?? openStore(options.db)
  const ctx = createContext(options)
  const summary: IngestSummary = { new: 0, unchanged: 0, failed: 0, failures: [], languages: {} }
  const batchSize = options.batchSize ?? 32
  let batch: Analysis[] = []
  const seen = new Set<string>()
  const flush = () => {
    if (batch.length === 0) return
    store.saveBatch(batch).forEach((outcome, i) => count(summary, outcome, batch[i]!.language))
    batch = []
  }
  try {
    for await (const item of readInputs(inputs, options.read)) {
      const source = item.ok ? item.raw.source : item.source
      if (!item.ok) fail(summary, item)
      else {
        const analysis = analyseSafely(item.raw, ctx, summary)
        if (analysis && (seen.has(analysis.id) || store.hasDocument(analysis.id))) count(summary, 'unchanged', analysis.language)
        else if (analysis) {
          seen.add(analysis.id)
          batch.push(analysis)
          if (batch.length >= batchSize) flush()
        }
      }
      options.onProgress?.(summary, source)
    }
    flush()
  } finally {
    if (!options.store) store.close()
  }
  return summary
}

function analyseSafely(raw: Parameters<typeof analyse>[0], ctx: ReturnType<typeof createContext>, summary: IngestSummary): Analysis | null {
  try {
    return analyse(raw, ctx)
  } catch (error) {
    const ruleId = error instanceof ParleyError ? error.ruleId : 'analysis-failed'
    fail(summary, { source: raw.source, ruleId, reason: describeError(error) })
    return null
  }
}

function fail(summary: IngestSummary, failure: IngestFailure): void {
  summary.failed++
  summary.failures.push({ source: failure.source, ruleId: failure.ruleId, reason: failure.reason })
}

function count(summary: IngestSummary, outcome: 'new' | 'unchanged', language: string): void {
  summary[outcome]++
  summary.languages[language] = (summary.languages[language] ?? 0) + 1
}
