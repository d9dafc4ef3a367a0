/**
 * The analyser on a pool of worker threads (bin/analyse-worker.js), with a
 * time limit per document. Each worker builds its context once (reported by
 * 'ready'), then answers documents in the order they were sent; the oldest
 * document of a worker is the one it is analysing, and only that one is
 * timed (start-up is not). A document still unanswered after its limit
 * (`deadlineMs`, plus a little per character) is failed with
 * 'analysis-timeout': its worker is stopped and a
 * new one started, which gets the worker's other documents again. A worker
 * that dies fails the document it was on ('analysis-crashed') the same way.
 * The rest of the batch goes on; nothing stored is touched (storing is the
 * caller's, after the results).
 */
import { Worker } from 'node:worker_threads'
import type { RawDoc } from '../core/doc.js'
import { describeError, ParleyError } from '../core/errors.js'
import type { PipelineOptions } from '../pipeline.js'
import type { Analyser, AnalysisResult, InitFailure, WorkerMessage } from './analyser.js'

/** Per document, unless the caller says otherwise: far above any real article (a long one takes well under a second). */
export const DEFAULT_DEADLINE_MS = 20_000
/**
 * And per character on top: the work grows with the text, and the largest
 * document allowed (500,000 characters of ordinary sentences) takes some
 * 10-20 s on a busy machine; it gets 45 s in all.
 */
export const DEFAULT_MS_PER_CHAR = 0.05

export interface PoolOptions {
  /** Time limit per document, plus `msPerChar` for each character of it. */
  readonly deadlineMs?: number
  readonly msPerChar?: number
  /** Old-generation heap of each worker, in MB (default WORKER_HEAP_MB). */
  readonly heapMb?: number
  /** The worker script (tests give a stand-in); by default bin/analyse-worker.js. */
  readonly entry?: URL
  /** Documents sent to each worker and not answered yet, at most (default IN_FLIGHT_PER_WORKER). */
  readonly queuePerWorker?: number
  /** Characters of those documents across the pool, at most (default IN_FLIGHT_CHARS); one document is always let through. */
  readonly queueChars?: number
}

/**
 * A worker's old-generation heap. Its context (dictionaries, automata) takes
 * about 100 MB and the largest document allowed (500,000 characters) well
 * under 100 MB more; without a bound V8 lets garbage pile up to gigabytes on
 * a machine with memory to spare, and the whole ingest must stay under 1 GB.
 * A document that needs more fails alone ('analysis-crashed') and the worker
 * is started again.
 */
export const WORKER_HEAP_MB = 256

/**
 * Documents queued per worker, unless the caller says otherwise. The caller
 * should queue more than one write batch: while its thread stores a batch, a
 * worker goes on only with what it was sent before.
 */
export const IN_FLIGHT_PER_WORKER = 64
/** Characters queued across the pool: bounds memory when the documents are large pages (about 2 bytes each). */
export const IN_FLIGHT_CHARS = 16_000_000
/** A worker that dies this many times in a row, each time on its first document, is not started again. */
const MAX_CRASHES = 3

interface Pending {
  readonly resolve: (r: AnalysisResult) => void
  readonly raw: RawDoc
}

interface Slot {
  worker: Worker | null
  /** Its context is built: the oldest document is being analysed. */
  ready: boolean
  /** Crashed too often: no longer sent anything. */
  dead: boolean
  timer: NodeJS.Timeout | null
  crashes: number
  /** Documents sent and not answered, oldest first (a Map keeps insertion order). */
  readonly queue: Map<number, Pending>
}

function revive(failure: InitFailure): Error {
  return failure.code ? new ParleyError(failure.code, failure.message, failure.ruleId ?? undefined) : new Error(failure.message)
}

const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`)

export function workerAnalyser(options: PipelineOptions, workers: number, pool: PoolOptions = {}): Analyser {
  return new WorkerPool(options, workers, pool)
}

class WorkerPool implements Analyser {
  private readonly entry: URL
  private readonly deadlineMs: number
  private readonly msPerChar: number
  private readonly heapMb: number
  /** Only plain pipeline options cross into workers (callbacks cannot be cloned). */
  private readonly pipeline: PipelineOptions
  private readonly limit: number
  private readonly charLimit: number
  /** Characters of the documents in flight. */
  private chars = 0
  private readonly slots: Slot[] = []
  private nextId = 0
  private failure: Error | null = null
  private closed = false
  private waiters: { resolve: () => void; reject: (e: Error) => void }[] = []

  constructor(options: PipelineOptions, workers: number, pool: PoolOptions) {
    this.entry = pool.entry ?? new URL('../../bin/analyse-worker.js', import.meta.url)
    this.deadlineMs = pool.deadlineMs ?? DEFAULT_DEADLINE_MS
    this.msPerChar = pool.msPerChar ?? DEFAULT_MS_PER_CHAR
    this.heapMb = pool.heapMb ?? WORKER_HEAP_MB
    this.pipeline = { actorFiles: [...(options.actorFiles ?? [])], profile: options.profile ?? null }
    this.limit = workers * (pool.queuePerWorker ?? IN_FLIGHT_PER_WORKER)
    this.charLimit = pool.queueChars ?? IN_FLIGHT_CHARS
    for (let i = 0; i < workers; i++) {
      const slot: Slot = { worker: null, ready: false, dead: false, timer: null, crashes: 0, queue: new Map() }
      this.start(slot)
      this.slots.push(slot)
    }
  }

  analyse(raw: RawDoc): Promise<AnalysisResult> {
    const slot = this.slots.filter((s) => !s.dead && s.worker).reduce<Slot | undefined>((a, b) => (!a || b.queue.size < a.queue.size ? b : a), undefined)
    const id = this.nextId++
    return new Promise((resolve) => {
      if (this.failure || !slot?.worker) {
        const reason = this.failure?.message ?? 'Every analysing worker stopped; see the failures before this one'
        return resolve({ ok: false, source: raw.source, ruleId: 'analysis-crashed', reason })
      }
      slot.queue.set(id, { resolve, raw })
      this.chars += raw.body.length
      slot.worker.postMessage({ id, raw })
      this.arm(slot)
    })
  }

  ready(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure)
    if (this.hasRoom()) return Promise.resolve()
    return new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
  }

  async close(): Promise<void> {
    this.closed = true
    this.waiters = []
    this.slots.forEach((s) => this.stopTimer(s))
    await Promise.all(this.slots.map((s) => s.worker?.terminate()))
  }

  private inFlight(): number {
    return this.slots.reduce((n, s) => n + s.queue.size, 0)
  }

  private hasRoom(): boolean {
    const n = this.inFlight()
    return n === 0 || (n < this.limit && this.chars < this.charLimit)
  }

  /** A document answered (or failed): out of its worker's queue. */
  private take(slot: Slot, id: number): Pending | undefined {
    const pending = slot.queue.get(id)
    if (pending) {
      slot.queue.delete(id)
      this.chars -= pending.raw.body.length
    }
    return pending
  }

  private release(): void {
    const failure = this.failure
    if (failure) this.waiters.splice(0).forEach((w) => w.reject(failure))
    else if (this.hasRoom()) this.waiters.splice(0).forEach((w) => w.resolve())
  }

  private start(slot: Slot): Worker {
    const resourceLimits = { maxOldGenerationSizeMb: this.heapMb }
    const worker = new Worker(this.entry, { workerData: { options: this.pipeline }, resourceLimits })
    slot.worker = worker
    slot.ready = false
    // Events of a worker already replaced (or of a closed pool) are ignored.
    const current = () => slot.worker === worker && !this.closed
    worker.on('message', (msg: WorkerMessage) => current() && this.received(slot, msg))
    // A worker that dies (an uncaught error, out of memory) fails the document it was on; the others go to a new one.
    // Acted on at 'exit', not 'error': only 'exit' comes after every message the worker sent (its 'ready', its
    // answers), so the document it died on, and whether it died building its context, are known by then.
    let error: string | null = null
    worker.on('error', (e: Error) => {
      error ??= describeError(e)
    })
    worker.on('exit', (code: number) => current() && this.died(slot, error ?? `exit code ${code}`))
    return worker
  }

  private received(slot: Slot, msg: WorkerMessage): void {
    if (msg.type === 'ready') {
      slot.ready = true
      return this.arm(slot)
    }
    if (msg.type === 'init-failed') {
      this.failure ??= revive(msg.error)
      return this.failAll(slot, 'analysis-crashed', this.failure.message)
    }
    const pending = this.take(slot, msg.id)
    if (!pending) return
    slot.crashes = 0
    this.stopTimer(slot)
    pending.resolve(msg.result)
    this.arm(slot)
    this.release()
  }

  private died(slot: Slot, reason: string): void {
    if (!slot.ready) slot.crashes = MAX_CRASHES // dying while building its context is not a document's fault
    slot.crashes++
    this.restart(slot, 'analysis-crashed', `The analysing worker stopped: ${reason}`)
  }

  /** Time the oldest document, if the worker is ready and is not timing one already. */
  private arm(slot: Slot): void {
    if (!slot.ready || slot.timer || this.closed) return
    const oldest = slot.queue.entries().next()
    if (oldest.done) return
    const [id, pending] = oldest.value
    const limit = Math.round(this.deadlineMs + pending.raw.body.length * this.msPerChar)
    const timer: NodeJS.Timeout = setTimeout(() => {
      // Note: the answer may already be waiting in the message queue (this thread was busy); let it in first.
      setImmediate(() => {
        if (slot.timer !== timer || this.closed) return // answered (and the next document timed) meanwhile
        slot.timer = null
        if (slot.queue.keys().next().value !== id) return this.arm(slot)
        const reason = `Analysis took longer than ${seconds(limit)}; the document was skipped (split it, or check it for an endless sentence or list)`
        this.restart(slot, 'analysis-timeout', reason)
      })
    }, limit)
    slot.timer = timer
  }

  private stopTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
  }

  /** Answer the oldest document with a failure, and start the slot's worker again for the others. */
  private restart(slot: Slot, ruleId: string, reason: string): void {
    const oldest = slot.queue.entries().next().value
    if (oldest) {
      this.take(slot, oldest[0])
      oldest[1].resolve({ ok: false, source: oldest[1].raw.source, ruleId, reason })
    }
    this.stopTimer(slot)
    void slot.worker?.terminate()
    slot.worker = null
    if (slot.crashes >= MAX_CRASHES) {
      slot.dead = true
      return this.failAll(slot, ruleId, reason)
    }
    const worker = this.start(slot)
    for (const [id, p] of slot.queue) worker.postMessage({ id, raw: p.raw })
    this.release()
  }

  private failAll(slot: Slot, ruleId: string, reason: string): void {
    for (const [id, p] of [...slot.queue]) {
      this.take(slot, id)
      p.resolve({ ok: false, source: p.raw.source, ruleId, reason })
    }
    this.release()
  }
}
