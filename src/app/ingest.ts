/**
 * The library's ingest: read inputs (streamed), run the pipeline on each
 * (inline for small batches, on worker threads past the first few
 * documents), store the results in batches of one transaction each. A failing
 * input is reported by name with a one-line reason and skipped; nothing
 * already stored is touched.
 *
 *   const summary = await ingest(['corpus/'], { db: 'parley.db' })
 *   // { new: 12, unchanged: 0, failed: 1, failures: [{ source, ruleId, reason }], languages: { en: 5, vi: 3, ... } }
 */
import { availableParallelism } from 'node:os'
import type { Analysis } from '../core/doc.js'
import { readInputs, type ReadOptions } from '../ingest/index.js'
import type { PipelineOptions } from '../pipeline.js'
import { openStore, type SqliteStore } from '../store/index.js'
import { inlineAnalyser, workerAnalyser, type Analyser, type AnalysisResult } from './analyser.js'

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
  /** Worker threads once a batch is large; 0 or 1 keeps everything in this thread. Default: the number of cores. */
  readonly workers?: number
  /** Documents analysed inline before the worker pool starts (its start-up costs more than a few documents). */
  readonly inlineFirst?: number
  /** Called after each input with the running summary and the input's source. */
  readonly onProgress?: (summary: Readonly<IngestSummary>, source: string) => void
  /** Called after each committed batch with the ids of the documents it stored. */
  readonly onBatch?: (store: SqliteStore, docIds: readonly string[]) => void
}

export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const store = options.store ?? openStore(options.db)
  const summary: IngestSummary = { new: 0, unchanged: 0, failed: 0, failures: [], languages: {} }
  const writer = new BatchWriter(store, summary, options)
  const inline = inlineAnalyser(options) // also validates actor files and profiles before any work starts
  const workers = options.workers ?? Math.min(availableParallelism(), 4)
  let pool: Analyser | null = null
  let sent = 0
  const pending = new Set<Promise<void>>()
  try {
    for await (const item of readInputs(inputs, options.read)) {
      if (!item.ok) {
        writer.fail(item)
        options.onProgress?.(summary, item.source)
        continue
      }
      if (!pool && workers > 1 && sent >= (options.inlineFirst ?? 24)) pool = workerAnalyser(options, workers)
      const analyser = pool ?? inline
      await analyser.ready()
      sent++
      const job = analyser.analyse(item.raw).then((result) => {
        writer.accept(result)
        options.onProgress?.(summary, item.raw.source)
      })
      pending.add(job)
      void job.finally(() => pending.delete(job))
    }
    await Promise.all(pending)
    writer.flush()
  } finally {
    await pool?.close()
    if (!options.store) store.close()
  }
  return summary
}

/** Collects analyses and writes them in batches; counts outcomes. */
class BatchWriter {
  private batch: Analysis[] = []
  private readonly seen = new Set<string>()
  constructor(
    private readonly store: SqliteStore,
    private readonly summary: IngestSummary,
    private readonly options: IngestOptions,
  ) {}

  accept(result: AnalysisResult): void {
    if (!result.ok) return this.fail(result)
    const a = result.analysis
    if (this.seen.has(a.id) || this.store.hasDocument(a.id)) return this.count('unchanged', a.language)
    this.seen.add(a.id)
    this.batch.push(a)
    if (this.batch.length >= (this.options.batchSize ?? 64)) this.flush()
  }

  flush(): void {
    if (this.batch.length === 0) return
    const batch = this.batch
    this.batch = []
    const outcomes = this.store.saveBatch(batch)
    outcomes.forEach((outcome, i) => this.count(outcome, batch[i]!.language))
    this.options.onBatch?.(this.store, batch.filter((_, i) => outcomes[i] === 'new').map((a) => a.id))
  }

  fail(failure: IngestFailure): void {
    this.summary.failed++
    this.summary.failures.push({ source: failure.source, ruleId: failure.ruleId, reason: failure.reason })
  }

  private count(outcome: 'new' | 'unchanged', language: string): void {
    this.summary[outcome]++
    this.summary.languages[language] = (this.summary.languages[language] ?? 0) + 1
  }
}
