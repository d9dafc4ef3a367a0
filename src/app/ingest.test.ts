import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../store/index.js'
import { defaultWorkers, ingest } from './ingest.js'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

// Sentences written for these tests about public facts of the Armenia–Azerbaijan process.
const SENTENCES = [
  'The foreign ministers of Armenia and Azerbaijan met in Washington for talks on the peace treaty.',
  'Azerbaijan and Armenia agreed to continue the work of the border commissions.',
  'The European Union deployed a civilian mission along the Armenian side of the border.',
  'Yerevan accused Baku of firing at positions near the village of Sotk.',
]

/** A JSONL file of `n` short reports (one duplicate and one malformed line among them). */
function corpus(dir: string, n: number): string {
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ text: `Report ${i}\n${SENTENCES[i % SENTENCES.length]} (${i})` }))
  lines.splice(5, 0, lines[2]!, '{not json')
  const file = join(dir, 'reports.jsonl')
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}

function storedOrder(db: string): string[] {
  const store = openStore(db)
  try {
    return store.listDocuments().map((d) => `${d.source} ${d.id}`)
  } finally {
    store.close()
  }
}

describe('ingest', () => {
  it('stores the same documents in the same order on the worker pool as in one thread', async () => {
    const dir = tempDir()
    const file = corpus(dir, 30)
    const inline = await ingest([file], { db: join(dir, 'inline.db'), workers: 0 })
    const pooled = await ingest([file], { db: join(dir, 'pool.db'), workers: 2, inlineFirst: 4 })
    expect(pooled).toEqual(inline)
    expect(inline).toMatchObject({ new: 30, unchanged: 1, failed: 1 })
    expect(storedOrder(join(dir, 'pool.db'))).toEqual(storedOrder(join(dir, 'inline.db')))
  }, 60_000)

  it('writes a batch sooner when its documents hold more characters than allowed, and stores the same', async () => {
    const dir = tempDir()
    const file = corpus(dir, 12)
    const sizes: number[] = []
    const whole = await ingest([file], { db: join(dir, 'whole.db'), workers: 0 })
    // (each short report holds 1,200-1,700 characters of text, analysis and records: a batch is written at its second)
    const small = await ingest([file], { db: join(dir, 'small.db'), workers: 0, batchChars: 2_000, onWriteTimes: (t) => sizes.push(t.documents) })
    expect(small).toEqual(whole)
    expect(sizes.length, String(sizes)).toBeGreaterThan(2)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(12)
    expect(Math.max(...sizes)).toBeLessThan(12)
    // (the same documents; each batch has its own ingest time, so the listing order may differ)
    expect(storedOrder(join(dir, 'small.db')).sort()).toEqual(storedOrder(join(dir, 'whole.db')).sort())
  }, 60_000)

  it('leaves a core to this thread by default, with at least one worker and at most four', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultWorkers(cores))).toEqual([1, 1, 2, 3, 4, 4])
  })

  it('stops with the configuration error when the workers cannot load an actors file', async () => {
    const dir = tempDir()
    const bad = join(dir, 'bad-actors.yaml')
    writeFileSync(bad, 'actors:\n  - type: person\n    name: No Id\n')
    const options = { db: join(dir, 'x.db'), actorFiles: [bad], workers: 2, inlineFirst: 4 }
    await expect(ingest([corpus(dir, 12)], options)).rejects.toMatchObject({ code: 'PARLEY_CONFIG' })
  }, 60_000)
})
