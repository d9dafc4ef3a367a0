/**
 * The worker thread side of workerAnalyser: one context ('ready' once it is
 * built), then documents in, results out, in order. A context that cannot be built (a bad actors file or profile)
 * is reported once as 'init-failed', and every document sent is answered with
 * that failure, so the main thread can stop the ingest with the real error.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { RawDoc } from '../core/doc.js'
import { describeError, ParleyError } from '../core/errors.js'
import { createContext, type PipelineContext, type PipelineOptions } from '../pipeline.js'
import { analyseOne, type WorkerMessage } from './analyser.js'

const { options } = workerData as { options: PipelineOptions }
let ctx: PipelineContext | null = null
let initError: unknown = null
try {
  ctx = createContext(options)
  // The pool times a document only once the context is built.
  parentPort?.postMessage({ type: 'ready' } satisfies WorkerMessage)
} catch (error) {
  initError = error
  const failure: WorkerMessage = {
    type: 'init-failed',
    error: error instanceof ParleyError
      ? { code: error.code, message: error.message, ruleId: error.ruleId }
      : { code: null, message: describeError(error), ruleId: null },
  }
  parentPort?.postMessage(failure)
}

parentPort?.on('message', (msg: { id: number; raw: RawDoc }) => {
  const result = ctx
    ? analyseOne(msg.raw, ctx)
    : { ok: false as const, source: msg.raw.source, ruleId: 'analysis-crashed', reason: describeError(initError) }
  const reply: WorkerMessage = { type: 'result', id: msg.id, result }
  parentPort?.postMessage(reply)
})
