/**
 * A per-document deadline, end to end: a batch with one pathological
 * document (a single 200 KB "sentence" of trigger words and actor names,
 * no full stop) among ordinary reports, through the real `ingest()` on the
 * worker pool and on the in-thread path. The ordinary reports are stored;
 * the pathological one is either analysed quickly (segmentation bounds its
 * sentences) or fails alone with 'analysis-timeout'; what was stored before
 * is left as it was; and the whole batch takes seconds, not minutes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../src/app/ingest.js'
import { writeFigures } from './figures.js'

/** Clauses written for this test; one of them repeated 1,600 times makes the endless sentence. */
const CLAUSE = 'Pashinyan met Aliyev and signed the agreement while Baku accused Yerevan of shelling its positions and Mirzoyan called Bayramov for talks, '
const ENDLESS = CLAUSE.repeat(Math.ceil(200_000 / CLAUSE.length))
const REPORTS = [
  'Armenia and Azerbaijan held talks in Brussels on 3 May 2024, and the ministers agreed to meet again.',
  'The foreign ministers of Armenia and Azerbaijan met in Almaty on 10 May 2024.',
  'Azerbaijan accused Armenian forces of firing on its positions near Kalbajar on 12 February 2024.',
  'Pashinyan said on 1 March 2024 that Armenia was ready to sign a peace treaty within months.',
]
/** Generous (the test machine is shared); the pathological document alone once took minutes. */
const DEADLINE_MS = 10_000
const BATCH_MS = 60_000

let dir: string
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'parley-deadline-'))))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const figures: Record<string, unknown> = {}
afterAll(() => writeFigures('deadline', figures))

/** `count` ordinary reports (each made unique by a number), with the endless sentence in the middle. */
function batchFile(name: string, count: number, endless: boolean): string {
  const lines = Array.from({ length: count }, (_, i) => ({ text: `${REPORTS[i % REPORTS.length]} (${name} ${i})` }))
  if (endless) lines.splice(Math.floor(count / 2), 0, { text: ENDLESS })
  const path = join(dir, `${name}.jsonl`)
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
  return path
}

function snapshot(db: string): unknown {
  const conn = new Database(db, { readonly: true })
  try {
    const all = (sql: string) => conn.prepare(sql).all()
    return { documents: all('SELECT * FROM documents ORDER BY id'), events: all('SELECT * FROM events ORDER BY doc_id, id') }
  } finally {
    conn.close()
  }
}

describe.each([
  ['on the worker pool', 40, 2],
  ['in this thread (a large document goes to a worker of its own)', 6, 1],
] as const)('a pathological document %s', (name, count, workers) => {
  it('fails alone or passes quickly; the others are stored and the earlier store is untouched', async () => {
    const db = join(dir, `${workers}.db`)
    await ingest([batchFile(`before-${workers}`, 3, false)], { db, workers, deadlineMs: DEADLINE_MS, msPerChar: 0 })
    const before = snapshot(db)
    const started = performance.now()
    const summary = await ingest([batchFile(`batch-${workers}`, count, true)], { db, workers, deadlineMs: DEADLINE_MS, msPerChar: 0 })
    const ms = Math.round(performance.now() - started)
    const endless = summary.failures.find((f) => f.source.endsWith(`:${Math.floor(count / 2) + 1}`))
    figures[name] = { documents: count + 1, ms, endless: endless?.ruleId ?? 'stored', reason: endless?.reason ?? null }
    expect(summary.failures.every((f) => f === endless), JSON.stringify(summary.failures)).toBe(true)
    if (endless) {
      expect(endless.ruleId).toBe('analysis-timeout')
      expect(summary.new).toBe(count)
    } else {
      expect(summary.new).toBe(count + 1)
    }
    expect(ms).toBeLessThan(BATCH_MS)
    // What the first ingest stored is still there, byte for byte.
    const after = snapshot(db) as { documents: { id: string }[]; events: { doc_id: string }[] }
    const earlier = new Set((before as { documents: { id: string }[] }).documents.map((d) => d.id))
    expect({
      documents: after.documents.filter((d) => earlier.has(d.id)),
      events: after.events.filter((e) => earlier.has(e.doc_id)),
    }).toEqual(before)
  }, 120_000)
})
