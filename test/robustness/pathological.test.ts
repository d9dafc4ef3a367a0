/**
 * Bounded time on pathological text: inputs built to make a regular
 * expression backtrack or a tree builder go quadratic (runs of punctuation,
 * Markdown marks that never close, markup nested 200 000 deep, 40 000 table
 * cells). Cleaning must stay near-linear on every one of them (these once
 * took from seconds to minutes each).
 *
 * The whole pipeline on a few of them runs in a worker thread with a hard
 * deadline (about 40 s in all; PARLEY_PATHOLOGICAL=0 skips them; figures in
 * test-output/robustness/pathological.json). Segmentation cuts any sentence
 * longer than 2,000 characters (src/segment/bound.ts), so the 80 KB sentence
 * that took 46 s takes a few seconds; ingest stops any document past its
 * time limit (./deadline.test.ts).
 */
import { Worker } from 'node:worker_threads'
import { afterAll, describe, expect, it } from 'vitest'
import { clean } from '../../src/clean/index.js'
import type { RawDoc } from '../../src/core/doc.js'
import { rawDoc } from '../../src/ingest/items.js'
import { writeFigures } from './figures.js'

type Format = RawDoc['format']
const S = 'Armenia and Azerbaijan held talks in Brussels on 3 May 2024, and the ministers agreed to meet again.'

/** name → [format, body]; each about 100–800 KB. */
const CLEAN_CASES: Record<string, [Format, string]> = {
  'markdown: 100 000 unclosed **': ['markdown', '**a '.repeat(100_000)],
  'markdown: 100 000 unclosed __': ['markdown', '__a '.repeat(100_000)],
  'markdown: 100 000 unclosed [': ['markdown', '[a'.repeat(100_000)],
  'markdown: 50 000 unclosed links': ['markdown', '[a](b'.repeat(50_000)],
  'markdown: 100 000 unclosed images': ['markdown', '![a'.repeat(100_000)],
  'markdown: 100 000 unclosed tags': ['markdown', '<a '.repeat(100_000)],
  'markdown: 300 000 spaces inside a line': ['markdown', `x${' '.repeat(300_000)}y`],
  'text: 300 000 commas between two words': ['text', `a${','.repeat(300_000)}a`],
  'text: 300 000 dots between two words': ['text', `a${'.'.repeat(300_000)}a`],
  'text: 300 000 quotes after a full stop': ['text', `.${'"'.repeat(300_000)}a`],
  'text: 150 000 bidi controls': ['text', `Armenia ${'\u200b\u202e'.repeat(150_000)} and Azerbaijan met in Brussels.`],
  'text: 300 000 combining accents': ['text', `Armenia a${'\u0301'.repeat(300_000)} and Azerbaijan met.`],
  'html: 200 000 nested unclosed <a>': ['html', `<p>${S}</p>${'<a>'.repeat(200_000)}`],
  'html: 100 000 nested <div>': ['html', `${'<div>'.repeat(100_000)}<p>${S}</p>`],
  'html: 20 000 unclosed table rows': ['html', `<table>${'<tr><td>'.repeat(20_000)}<p>${S}</p>`],
  'html: 50 000 unclosed comments': ['html', `<p>${S}</p>${'<!--'.repeat(50_000)}`],
  'html: 100 000 "<a " without ">"': ['html', `<p>${S}</p>${'<a '.repeat(100_000)}`],
  'html: 100 000 unclosed <script>': ['html', `<p>${S}</p>${'<script>'.repeat(100_000)}`],
  'html: one attribute of 300 000 characters': ['html', `<p title="${'a'.repeat(300_000)}">${S}</p>`],
}

/** Most cleaning may take on one of these (generous: the test machine is shared; each took seconds to minutes before). */
const CLEAN_MS = 4000

const figures: Record<string, unknown> = {}
afterAll(() => writeFigures('pathological', figures))

describe('cleaning pathological text', () => {
  it.each(Object.entries(CLEAN_CASES))('%s', (name, [format, body]) => {
    const started = performance.now()
    let outcome = 'ok'
    try {
      const doc = clean(rawDoc({ source: name, format, body }))
      expect(doc.text.length).toBeLessThanOrEqual(body.length + 200)
    } catch (error) {
      outcome = (error as { ruleId?: string }).ruleId ?? 'threw'
      expect(outcome).toMatch(/^(empty-after-cleaning|text-too-long)$/)
    }
    const ms = Math.round(performance.now() - started)
    figures[`clean: ${name}`] = { chars: body.length, ms, outcome }
    expect(ms).toBeLessThan(CLEAN_MS)
  })
})

type Reply = { readonly id: number; readonly result: { readonly ok: boolean; readonly ruleId?: string } }

/** The full pipeline in a worker (the one ingest uses), so that a runaway document can be stopped. */
async function analyseWithDeadline(raw: RawDoc, deadlineMs: number): Promise<{ ms: number; outcome: string }> {
  const worker = new Worker(new URL('../../bin/analyse-worker.js', import.meta.url), { workerData: { options: {} } })
  const reply = (id: number) => new Promise<Reply['result']>((resolve) => {
    const on = (msg: Reply) => {
      if (msg.id !== id) return
      worker.off('message', on)
      resolve(msg.result)
    }
    worker.on('message', on)
  })
  try {
    // A first small document builds the worker's context, so that only the document itself is timed.
    worker.postMessage({ id: 0, raw: rawDoc({ source: 'warm-up', format: 'text', body: S }) })
    await reply(0)
    const started = performance.now()
    worker.postMessage({ id: 1, raw })
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), deadlineMs)))
    const result = await Promise.race([reply(1), deadline])
    clearTimeout(timer)
    const ms = Math.round(performance.now() - started)
    return { ms, outcome: result === null ? 'stopped at the deadline' : result.ok ? 'ok' : (result.ruleId ?? 'failed') }
  } finally {
    await worker.terminate()
  }
}

const PIPELINE_CASES: Record<string, [Format, string]> = {
  'one sentence of 40 KB (800 clauses)': ['text', `${'Armenia and Azerbaijan held talks in Brussels, '.repeat(800)}end.`],
  'one sentence of 80 KB (1600 clauses)': ['text', `${'Armenia and Azerbaijan held talks in Brussels, '.repeat(1600)}end.`],
  'one sentence of 370 KB of country names': ['text', 'Armenia Azerbaijan Russia Iran Turkey Georgia France '.repeat(7000)],
  '200 000 numbers in one line': ['text', '1 '.repeat(200_000)],
  'a line of 2000 ordinary sentences (200 KB)': ['text', `${S} `.repeat(2000)],
}
/** 5 s plus 1 s per 10 KB: linear at a pace any machine keeps. */
const pipelineBound = (chars: number) => 5000 + chars / 10

describe.runIf(process.env['PARLEY_PATHOLOGICAL'] !== '0')('the whole pipeline on pathological text (skip with PARLEY_PATHOLOGICAL=0)', () => {
  it.each(Object.entries(PIPELINE_CASES))('%s', async (name, [format, body]) => {
    const bound = pipelineBound(body.length)
    const result = await analyseWithDeadline(rawDoc({ source: name, format, body }), bound * 3)
    figures[`pipeline: ${name}`] = { chars: body.length, boundMs: bound, ...result }
    expect(result.ms, result.outcome).toBeLessThan(bound)
  }, 600_000)
})
