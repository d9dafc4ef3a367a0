/** The worker thread side of workerAnalyser: one context, then documents in, results out. */
import { parentPort, workerData } from 'node:worker_threads'
import type { RawDoc } from '../core/doc.js'
import { createContext, type PipelineOptions } from '../pipeline.js'
import { analyseOne } from './analyser.js'

const { options } = workerData as { options: PipelineOptions }
const ctx = createContext(options)

parentPort?.on('message', (msg: { id: number; raw: RawDoc }) => {
  parentPort?.postMessage({ id: msg.id, result: analyseOne(msg.raw, ctx) })
})
