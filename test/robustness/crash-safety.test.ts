/**
 * Crash safety: the ingest process is killed (SIGKILL) at several points of a
 * large batch, restarted, and the database must stay consistent — no
 * document half-stored or duplicated — and a final re-run completes the batch.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'))
const corpus = join(dir, 'corpus')
const db = join(dir, 'crash.db')
const TOTAL = 300
afterAll(() => rmSync(dir, { recursive: true, force: true }))

mkdirSync(corpus)
for (let i = 0; i < TOTAL; i++) {
  const text = `Report ${i}. The foreign ministers of Armenia and Azerbaijan met in Almaty for round ${i} of talks.\n` +
    `They did not agree on the border, according to a statement issued on day ${i}.\n`
  writeFileSync(join(corpus, `r${String(i).padStart(4, '0')}.txt`), text)
}

function runAndKill(afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, corpus], { stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

function checkConsistent(): number {
  const conn = new Database(db, { readonly: true })
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok')
    const docs = conn.prepare('SELECT id, analysis FROM documents').all() as { id: string; analysis: string }[]
    const sentences = conn.prepare('SELECT COUNT(*) AS n FROM sentences WHERE doc_id = ?')
    const events = conn.prepare('SELECT COUNT(*) AS n FROM events WHERE doc_id = ?')
    for (const d of docs) {
      const a = JSON.parse(d.analysis) as { sentences: unknown[]; events: unknown[] }
      expect((sentences.get(d.id) as { n: number }).n).toBe(a.sentences.length)
      expect((events.get(d.id) as { n: number }).n).toBe(a.events.length)
    }
    const sources = conn.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT source) AS distinct_sources FROM documents').get() as { n: number; distinct_sources: number }
    expect(sources.n).toBe(sources.distinct_sources)
    const orphans = conn.prepare('SELECT COUNT(*) AS n FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)').get() as { n: number }
    expect(orphans.n).toBe(0)
    return docs.length
  } finally {
    conn.close()
  }
}

describe('crash safety', () => {
  it('survives SIGKILL at several points and completes on re-run', async () => {
    const stored: number[] = []
    // Fixed delays (not random) keep the test deterministic while landing before, during and late in the batch.
    for (const delay of [300, 900, 1600, 2600]) {
      await runAndKill(delay)
      stored.push(checkConsistent())
    }
    const final = spawnSync(process.execPath, [BIN, 'ingest', '--db', db, corpus], { encoding: 'utf8' })
    expect(final.status).toBe(0)
    expect(checkConsistent()).toBe(TOTAL)
    expect(final.stdout).toMatch(/failed/)
    expect(stored.every((n, i) => i === 0 || n >= stored[i - 1]!)).toBe(true)
  }, 120_000)
})
