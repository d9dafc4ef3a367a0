import { describe, expect, it } from 'vitest'
import type { RawDoc } from '../core/doc.js'
import { INLINE_MAX_CHARS, inlineAnalyser, workerAnalyser, type AnalysisResult } from './analyser.js'

const STAND_IN = new URL('./fixtures/stand-in-worker.js', import.meta.url)
const raw = (source: string, body = source): RawDoc => ({ source, format: 'text', body, url: null, title: null, published: null, language: null, encoding: null })
const outcome = (r: AnalysisResult) => (r.ok ? `${r.doc.source} ok` : `${r.source} ${r.ruleId}`)

describe('the worker analyser', () => {
  it('fails a document over the time limit with analysis-timeout, replaces the worker and answers the others', async () => {
    const analyser = workerAnalyser({}, 1, { entry: STAND_IN, deadlineMs: 250, msPerChar: 0 })
    try {
      const results = await Promise.all(['a', 'hang', 'b', 'c'].map((s) => analyser.analyse(raw(s))))
      expect(results.map(outcome)).toEqual(['a ok', 'hang analysis-timeout', 'b ok', 'c ok'])
      const timeout = results[1]!
      expect(!timeout.ok && timeout.reason).toMatch(/^Analysis took longer than 250 ms; the document was skipped/)
      // the replacement worker takes new documents too
      expect(outcome(await analyser.analyse(raw('d')))).toBe('d ok')
    } finally {
      await analyser.close()
    }
  })

  it('fails only the document a worker died on', async () => {
    // 'crash' is the second worker's first document: its death can reach this thread before its 'ready' did,
    // which once made it look like a worker that cannot start. Repeated, since that order is up to the threads.
    for (let round = 0; round < 12; round++) {
      const analyser = workerAnalyser({}, 2, { entry: STAND_IN, deadlineMs: 5000, msPerChar: 0 })
      try {
        const results = await Promise.all(['a', 'crash', 'b', 'c', 'd'].map((s) => analyser.analyse(raw(s))))
        expect(results.map(outcome)).toEqual(['a ok', 'crash analysis-crashed', 'b ok', 'c ok', 'd ok'])
      } finally {
        await analyser.close()
      }
    }
  })

  it('queues at most so many documents, and so many characters, per pool', async () => {
    const room = (analyser: ReturnType<typeof workerAnalyser>) =>
      Promise.race([analyser.ready().then(() => 'room'), new Promise((resolve) => setTimeout(() => resolve('full'), 100))])
    // (documents that start with 'hang' never finish: the queue stays as it is)
    const byCount = workerAnalyser({}, 1, { entry: STAND_IN, deadlineMs: 60_000, queuePerWorker: 2, queueChars: 1000 })
    const byChars = workerAnalyser({}, 1, { entry: STAND_IN, deadlineMs: 60_000, queuePerWorker: 100, queueChars: 20 })
    try {
      expect(await room(byCount)).toBe('room')
      void byCount.analyse(raw('a', 'hang a'))
      expect(await room(byCount)).toBe('room')
      void byCount.analyse(raw('b', 'hang b'))
      expect(await room(byCount)).toBe('full')
      // the characters queued count too
      void byChars.analyse(raw('long', `hang ${'x'.repeat(50)}`))
      expect(await room(byChars)).toBe('full')
    } finally {
      await Promise.all([byCount.close(), byChars.close()])
    }
  })

  it('does not count a worker\'s start-up against the limit', async () => {
    const analyser = workerAnalyser({ profile: 'slow-start' }, 1, { entry: STAND_IN, deadlineMs: 250, msPerChar: 0 })
    try {
      expect((await Promise.all(['a', 'b'].map((s) => analyser.analyse(raw(s))))).map(outcome)).toEqual(['a ok', 'b ok'])
    } finally {
      await analyser.close()
    }
  })
})

describe('the in-thread analyser', () => {
  it('sends a large document to a worker, where the time limit applies', async () => {
    const analyser = inlineAnalyser({}, { entry: STAND_IN, deadlineMs: 250, msPerChar: 0 })
    try {
      const big = raw('big', `hang ${'x'.repeat(INLINE_MAX_CHARS)}`)
      expect(outcome(await analyser.analyse(big))).toBe('big analysis-timeout')
      const small = await analyser.analyse(raw('small.txt', 'Armenia and Azerbaijan held talks in Brussels on 3 May 2024.'))
      expect(small.ok && small.doc.events.length).toBe(1)
    } finally {
      await analyser.close()
    }
  })
})
