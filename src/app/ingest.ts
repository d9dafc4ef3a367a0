/**
 * The library's ingest: read inputs (streamed), run the pipeline on each
 * (inline for small batches, on worker threads for larger ones), store the
 * results in input order, in batches of one transaction each. A failing
 * input is reported by name with a one-line reason and skipped; nothing
 * already stored is touched.
 *
 *   const summary = await ingest(['corpus/'], { db: 'parley.db' })
 *   // { new: 12, unchanged: 0, failed: 1, failures: [{ source, ruleId, reason }], languages: { en: 5, vi: 3, ... } }
 */
import { availableParallelism } from 'node:os'
import { readInputs, type InputItem, type ReadOptions } from '../ingest/index.js'
import type { PipelineOptions } from '../pipeline.js'
import { openStore, type SqliteStore } from '../store/index.js'
import type { PreparedDocument } from '../store/prepared.js'
import { inlineAnalyser, workerAnalyser, type Analyser, type AnalysisResult } from './analyser.js'
import { storeAndMerge } from './merge.js'

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
  /** Documents per write transaction (default BATCH_SIZE). */
  readonly batchSize?: number
  /** Characters of text, analysis and records per write transaction, at most (default BATCH_CHARS; one document is always let through). */
  readonly batchChars?: number
  /** Worker threads once a batch is large; 0 keeps everything in this thread. Default: defaultWorkers(). */
  readonly workers?: number
  /** A batch of at most this many documents is analysed in this thread; a larger one on the worker pool (its start-up costs more than a few documents). */
  readonly inlineFirst?: number
  /** Time limit for analysing one document, in ms (default 20 s), plus `msPerChar` per character (default 0.05); over it, the document fails with 'analysis-timeout'. */
  readonly deadlineMs?: number
  readonly msPerChar?: number
  /** Called after each input with the running summary and the input's source. */
  readonly onProgress?: (summary: Readonly<IngestSummary>, source: string) => void
  /** Called after each committed batch with the ids of the documents it stored. */
  readonly onBatch?: (store: SqliteStore, docIds: readonly string[]) => void
  /** Called after each batch with how long storing it, merging its events and committing took (for the benchmark). */
  readonly onWriteTimes?: (times: { readonly documents: number; readonly storeMs: number; readonly mergeMs: number; readonly commitMs: number }) => void
}

/**
 * One worker per core but one, at least one, at most four: this thread
 * stores and merges every document (a third to a half of the work), and
 * on two cores two workers beside it ran slower than one (measured by the
 * benchmark: 91-110 against 120-127 documents per second).
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, 4))
}

/**
 * Documents per write transaction, at most. A commit writes every page the
 * batch touched, and a batch's rows land all over the store's indexes (keyed
 * by document hash, event date, cluster), so a larger batch shares more
 * pages, the more so the larger the store. Over 100,000 benchmark documents
 * (one run each): 148 documents per second at 256 per batch (peak memory
 * 708 MB), 166 at 512 (766 MB), 169 at 1,024 (870 MB). The workers are sent
 * twice as many documents, so that they go on working while this thread
 * stores one.
 */
export const BATCH_SIZE = 512

/**
 * Characters of stored text, analysis and records a batch holds, at most:
 * a batch of long articles is written sooner, so that the memory it holds
 * stays bounded whatever the documents' size (512 benchmark documents hold
 * some 3.9 million).
 */
export const BATCH_CHARS = 16_000_000

/** SQLite page cache of an ingest's own connection, in KB (128 MB did no better: 4.50 against 4.17 ms per document stored, merged and committed over 20,000 documents in one thread). */
const CACHE_KB = 64 * 1024

/**
 * Pages the write-ahead log of an ingest's own connection may reach before
 * it is copied into the database (SQLite's default is 1,000: every commit of
 * a batch copied its pages at once). Pages that consecutive batches dirty
 * again are then copied once. Over 20,000 benchmark documents (two runs
 * each) the commit took 1.0 ms per document at 1,000 pages, 0.7 at 16,000,
 * and 0.5 at 64,000 against 0.7-0.8 at 16,000 in a later pair of runs. The
 * log then takes up to 256 MB of disk while an ingest runs; the file is cut
 * back to WAL_KEEP_BYTES after each copy. A crashed process loses no
 * committed batch either way; a power cut may take back the batches not yet
 * copied (the store stays whole, and ingesting the same inputs again adds them).
 */
const WAL_PAGES = 64_000
const WAL_KEEP_BYTES = 64 * 1024 * 1024

/** Results held back waiting for an earlier document before the reading pauses (bounds memory). */
const MAX_HELD = 512

export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const store = options.store ?? openStore(options.db)
  // Note: a large store's indexes are read at random by every batch (merging above all); SQLite's
  // default page cache (2 MB) holds little of them. This connection only, for this ingest.
  if (!options.store) {
    store.db.pragma(`cache_size = -${CACHE_KB}`)
    store.db.pragma(`wal_autocheckpoint = ${WAL_PAGES}`)
    store.db.pragma(`journal_size_limit = ${WAL_KEEP_BYTES}`)
  }
  const summary: IngestSummary = { new: 0, unchanged: 0, failed: 0, failures: [], languages: {} }
  const writer = new BatchWriter(store, summary, options)
  const workers = options.workers ?? defaultWorkers()
  const items = readInputs(inputs, options.read)[Symbol.asyncIterator]()
  let analyser: Analyser | null = null
  try {
    // Read ahead: a batch that ends within `inlineFirst` documents is analysed in this thread (a pool
    // costs more to start than a few documents); a larger one goes to the pool alone, started at
    // once, so that this thread only reads and writes.
    const ahead: InputItem[] = []
    let docs = 0
    let done = false
    while (docs <= (options.inlineFirst ?? 24)) {
      const next = await items.next()
      if (next.done) {
        done = true
        break
      }
      ahead.push(next.value)
      if (next.value.ok) docs++
    }
    // The inline context also validates actor files and profiles before any work starts; the pool's
    // workers report a bad one through ready().
    const pool = {
      queuePerWorker: 2 * (options.batchSize ?? BATCH_SIZE),
      ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
      ...(options.msPerChar === undefined ? {} : { msPerChar: options.msPerChar }),
    }
    analyser = workers > 0 && !done ? workerAnalyser(options, workers, pool) : inlineAnalyser(options, pool)
    const feed = new OrderedFeed(analyser, writer, summary, options)
    for (const item of ahead) await feed.push(item)
    ahead.length = 0
    if (!done) for (let next = await items.next(); !next.done; next = await items.next()) await feed.push(next.value)
    await feed.drain()
    writer.flush()
  } finally {
    await items.return?.(undefined)
    await analyser?.close()
    if (!options.store) store.close()
  }
  return summary
}

/**
 * Sends documents to the analyser and hands the outcomes to the writer in
 * INPUT order, whatever order the workers finish in: the database, the
 * summary and which of two identical texts is kept are the same as when
 * everything runs in one thread.
 */
class OrderedFeed {
  private sent = 0
  private next = 0
  private readonly held = new Map<number, InputItem | AnalysisResult>()
  private readonly pending = new Set<Promise<void>>()
  private wake: (() => void) | null = null
  constructor(
    private readonly analyser: Analyser,
    private readonly writer: BatchWriter,
    private readonly summary: IngestSummary,
    private readonly options: IngestOptions,
  ) {}

  async push(item: InputItem): Promise<void> {
    const seq = this.sent++
    if (!item.ok) return this.settle(seq, item)
    while (this.held.size >= MAX_HELD) await new Promise<void>((resolve) => (this.wake = resolve))
    await this.analyser.ready()
    const job = this.analyser.analyse(item.raw).then((result) => this.settle(seq, result))
    this.pending.add(job)
    void job.finally(() => this.pending.delete(job))
  }

  /** Wait for every document sent; rejects when the analyser could not start. */
  async drain(): Promise<void> {
    await Promise.all(this.pending)
    await this.analyser.ready()
  }

  private settle(seq: number, outcome: InputItem | AnalysisResult): void {
    this.held.set(seq, outcome)
    for (let o = this.held.get(this.next); o !== undefined; o = this.held.get(this.next)) {
      this.held.delete(this.next++)
      this.apply(o)
    }
    this.wake?.()
    this.wake = null
  }

  private apply(outcome: InputItem | AnalysisResult): void {
    if ('raw' in outcome) return // (an ok input item never reaches here: its result does)
    if (outcome.ok) this.writer.accept(outcome)
    else this.writer.fail(outcome)
    this.options.onProgress?.(this.summary, outcome.ok ? outcome.doc.source : outcome.source)
  }
}

/** Collects analyses and writes them in batches; counts outcomes. */
class BatchWriter {
  private batch: PreparedDocument[] = []
  /** Characters of text, analysis and records the batch holds (PreparedDocument.chars). */
  private chars = 0
  private readonly seen = new Set<string>()
  constructor(
    private readonly store: SqliteStore,
    private readonly summary: IngestSummary,
    private readonly options: IngestOptions,
  ) {}

  accept(result: AnalysisResult): void {
    if (!result.ok) return this.fail(result)
    const a = result.doc
    if (this.seen.has(a.id) || this.store.hasDocument(a.id)) return this.count('unchanged', a.language)
    this.seen.add(a.id)
    this.batch.push(a)
    this.chars += a.chars
    if (this.batch.length >= (this.options.batchSize ?? BATCH_SIZE) || this.chars >= (this.options.batchChars ?? BATCH_CHARS)) this.flush()
  }

  flush(): void {
    if (this.batch.length === 0) return
    const batch = this.batch
    this.batch = []
    this.chars = 0
    // Stored and merged into events across documents in one transaction (each event row written once).
    const { outcomes, storeMs, mergeMs, commitMs } = storeAndMerge(this.store, batch)
    outcomes.forEach((outcome, i) => this.count(outcome, batch[i]!.language))
    const stored = batch.filter((_, i) => outcomes[i] === 'new').map((a) => a.id)
    this.options.onWriteTimes?.({ documents: batch.length, storeMs, mergeMs, commitMs })
    this.options.onBatch?.(this.store, stored)
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
