/**
 * Runs the pipeline on raw documents, in this thread or on a pool of worker
 * threads (one per core by default). Workers each build their own context
 * (knowledge base, profiles) once, all at the same time as soon as the pool
 * is made; raw documents go in, analyses or one-line failures come out.
 * Backpressure: at most `IN_FLIGHT_PER_WORKER × workers` documents in flight.
 */
import { Worker } from 'node:worker_threads'
import type { RawDoc } from '../core/doc.js'
import { describeError, ParleyError, type ParleyErrorCode } from '../core/errors.js'
import { analyse, createContext, type PipelineOptions } from '../pipeline.js'
import { prepareDocument, type PreparedDocument } from '../store/prepared.js'

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

export function inlineAnalyser(options: PipelineOptions): Analyser {
  const ctx = createContext(options)
  return { analyse: async (raw) => analyseOne(raw, ctx), ready: async () => {}, close: async () => {} }
}

/** A context error as it crosses from a worker (classes do not survive cloning). */
export interface InitFailure {
  readonly code: ParleyErrorCode | null
  readonly message: string
  readonly ruleId: string | null
}

/** Messages from bin/analyse-worker.js. */
export type WorkerMessage =
  | { readonly type: 'init-failed'; readonly error: InitFailure }
  | { readonly type: 'result'; readonly id: number; readonly result: AnalysisResult }

function revive(failure: InitFailure): Error {
  return failure.code ? new ParleyError(failure.code, failure.message, failure.ruleId ?? undefined) : new Error(failure.message)
}

interface Pending {
  readonly resolve: (r: AnalysisResult) => void
  readonly raw: RawDoc
}

/**
 * Documents queued per worker. Enough that a worker never waits while the
 * main thread is busy committing a batch; raw documents are small.
 */
const IN_FLIGHT_PER_WORKER = 64

export function workerAnalyser(options: PipelineOptions, workers: number): Analyser {
  const entry = new URL('../../bin/analyse-worker.js', import.meta.url)
  // Only plain pipeline options cross into workers (callbacks cannot be cloned).
  const pipeline: PipelineOptions = { actorFiles: [...(options.actorFiles ?? [])], profile: options.profile ?? null }
  const pool = Array.from({ length: workers }, () => ({
    worker: new Worker(entry, { workerData: { options: pipeline } }),
    queue: new Map<number, Pending>(),
  }))
  const limit = workers * IN_FLIGHT_PER_WORKER
  let nextId = 0
  let failure: Error | null = null
  let waiters: { resolve: () => void; reject: (e: Error) => void }[] = []
  const inFlight = () => pool.reduce((n, p) => n + p.queue.size, 0)
  const release = () => {
    if (failure) waiters.splice(0).forEach((w) => w.reject(failure as Error))
    else if (inFlight() < limit) waiters.splice(0).forEach((w) => w.resolve())
  }
  for (const slot of pool) {
    const crash = (reason: string) => {
      // A worker that dies fails its own documents by name; the batch goes on in the others.
      for (const p of slot.queue.values()) p.resolve({ ok: false, source: p.raw.source, ruleId: 'analysis-crashed', reason })
      slot.queue.clear()
      release()
    }
    slot.worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'init-failed') {
        failure ??= revive(msg.error)
        return crash(failure.message)
      }
      slot.queue.get(msg.id)?.resolve(msg.result)
      slot.queue.delete(msg.id)
      release()
    })
    slot.worker.on('error', (error) => crash(describeError(error)))
  }
  return {
    analyse(raw) {
      const slot = pool.reduce((a, b) => (b.queue.size < a.queue.size ? b : a))
      const id = nextId++
      return new Promise((resolve) => {
        slot.queue.set(id, { resolve, raw })
        slot.worker.postMessage({ id, raw })
      })
    },
    ready: () => {
      if (failure) return Promise.reject(failure)
      return inFlight() < limit ? Promise.resolve() : new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }))
    },
    async close() {
      waiters = []
      await Promise.all(pool.map((p) => p.worker.terminate()))
    },
  }
}
