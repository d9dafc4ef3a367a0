/**
 * Runs the pipeline on raw documents, in this thread or on a pool of worker
 * threads (one per core by default). Workers each build their own context
 * (knowledge base, profiles) once; raw documents go in, analyses or one-line
 * failures come out. Backpressure: at most `2 × workers` documents in flight.
 */
import { Worker } from 'node:worker_threads'
import type { Analysis, RawDoc } from '../core/doc.js'
import { describeError, ParleyError } from '../core/errors.js'
import { analyse, createContext, type PipelineOptions } from '../pipeline.js'

export type AnalysisResult =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly source: string; readonly ruleId: string; readonly reason: string }

export interface Analyser {
  /** Resolves when the document is analysed; call `ready()` before sending more when backpressure matters. */
  analyse(raw: RawDoc): Promise<AnalysisResult>
  /** Resolves when there is room for another document. */
  ready(): Promise<void>
  close(): Promise<void>
}

export function analyseOne(raw: RawDoc, ctx: ReturnType<typeof createContext>): AnalysisResult {
  try {
    return { ok: true, analysis: analyse(raw, ctx) }
  } catch (error) {
    const ruleId = error instanceof ParleyError ? error.ruleId : 'analysis-failed'
    return { ok: false, source: raw.source, ruleId, reason: describeError(error) }
  }
}

export function inlineAnalyser(options: PipelineOptions): Analyser {
  const ctx = createContext(options)
  return { analyse: async (raw) => analyseOne(raw, ctx), ready: async () => {}, close: async () => {} }
}

interface Pending {
  readonly resolve: (r: AnalysisResult) => void
  readonly raw: RawDoc
}

export function workerAnalyser(options: PipelineOptions, workers: number): Analyser {
  const entry = new URL('../../bin/analyse-worker.js', import.meta.url)
  // Only plain pipeline options cross into workers (callbacks cannot be cloned).
  const pipeline: PipelineOptions = { actorFiles: [...(options.actorFiles ?? [])], profile: options.profile ?? null }
  const pool = Array.from({ length: workers }, () => ({
    worker: new Worker(entry, { workerData: { options: pipeline } }),
    queue: new Map<number, Pending>(),
  }))
  let nextId = 0
  let waiters: (() => void)[] = []
  const inFlight = () => pool.reduce((n, p) => n + p.queue.size, 0)
  const release = () => {
    if (inFlight() < workers * 2) waiters.splice(0).forEach((w) => w())
  }
  for (const slot of pool) {
    slot.worker.on('message', (msg: { id: number; result: AnalysisResult }) => {
      slot.queue.get(msg.id)?.resolve(msg.result)
      slot.queue.delete(msg.id)
      release()
    })
    slot.worker.on('error', (error) => {
      // A worker that dies fails its own documents by name; the batch goes on in the others.
      for (const [id, p] of slot.queue) p.resolve({ ok: false, source: p.raw.source, ruleId: 'analysis-crashed', reason: describeError(error) })
      slot.queue.clear()
      release()
    })
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
    ready: () => (inFlight() < workers * 2 ? Promise.resolve() : new Promise<void>((r) => waiters.push(r))),
    async close() {
      waiters = []
      await Promise.all(pool.map((p) => p.worker.terminate()))
    },
  }
}
