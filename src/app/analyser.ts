/**
 * Runs the pipeline on raw documents, in this thread or on a pool of worker
 * threads (by default one per core but one: defaultWorkers in ./ingest.ts;
 * the pool is ./worker-pool.ts). Workers each build their own context (knowledge base, profiles) once, all at the same time as
 * soon as the pool is made; raw documents go in, analyses or one-line
 * failures come out. Every document is analysed under a time limit
 * (`deadlineMs`, default 20 s, plus 1 s per 20,000 characters), reported as
 * 'analysis-timeout': in a
 * worker, which is stopped and replaced; a large document of an in-thread
 * batch, which cannot be stopped here, goes to a worker of its own.
 * Backpressure: at most 64 documents in flight per worker.
 */
import type { RawDoc } from '../core/doc.js'
import { describeError, ParleyError, type ParleyErrorCode } from '../core/errors.js'
import { analyse, createContext, type PipelineOptions } from '../pipeline.js'
import { prepareDocument, type PreparedDocument } from '../store/prepared.js'
import { workerAnalyser, type PoolOptions } from './worker-pool.js'

export { DEFAULT_DEADLINE_MS, DEFAULT_MS_PER_CHAR, WORKER_HEAP_MB, workerAnalyser, type PoolOptions } from './worker-pool.js'

/** A document analysed and turned into its database rows (in the thread that analysed it). */
export type AnalysisResult =
  | { readonly ok: true; readonly doc: PreparedDocument }
  | { readonly ok: false; readonly source: string; readonly ruleId: string; readonly reason: string }

export interface Analyser {
  /** Resolves when the document is analysed; call `ready()` before sending more when backpressure matters. */
  analyse(raw: RawDoc): Promise<AnalysisResult>
  /** Resolves when there is room for another document; rejects when the analyser could not start (bad actors file, profile). */
  ready(): Promise<void>
  close(): Promise<void>
}

export function analyseOne(raw: RawDoc, ctx: ReturnType<typeof createContext>): AnalysisResult {
  try {
    return { ok: true, doc: prepareDocument(analyse(raw, ctx)) }
  } catch (error) {
    const ruleId = error instanceof ParleyError ? error.ruleId : 'analysis-failed'
    return { ok: false, source: raw.source, ruleId, reason: describeError(error) }
  }
}

/**
 * Larger than this (raw characters), a document of an in-thread batch is
 * analysed in a worker, where the time limit can stop it. Smaller ones take
 * milliseconds: segmentation bounds every sentence, so the work grows with
 * the length of the text.
 */
export const INLINE_MAX_CHARS = 20_000

export function inlineAnalyser(options: PipelineOptions, pool: PoolOptions = {}): Analyser {
  const ctx = createContext(options)
  let delegate: Analyser | null = null
  return {
    analyse: async (raw) => {
      if (raw.body.length <= INLINE_MAX_CHARS) return analyseOne(raw, ctx)
      delegate ??= workerAnalyser(options, 1, pool)
      return delegate.analyse(raw)
    },
    ready: async () => {},
    close: async () => delegate?.close(),
  }
}

/** A context error as it crosses from a worker (classes do not survive cloning). */
export interface InitFailure {
  readonly code: ParleyErrorCode | null
  readonly message: string
  readonly ruleId: string | null
}

/** Messages from bin/analyse-worker.js: its context is built (or could not be), then one result per document. */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'init-failed'; readonly error: InitFailure }
  | { readonly type: 'result'; readonly id: number; readonly result: AnalysisResult }
