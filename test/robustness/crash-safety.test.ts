/**
 * Crash safety: the ingest process is killed (SIGKILL) at several points of a
 * large batch, restarted, and the database must stay consistent — no
 * document half-stored or duplicated — and a final re-run completes the batch.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { analyse, createContext } from '../../src/pipeline.js'

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'))
const corpus = join(dir, 'corpus')
const db = join(dir, 'crash.db')
const TOTAL = 300
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// The events each report has, from analysing it here: a document is stored whole only if all of them are
// (the stored analysis JSON does not repeat the events, which are rows of their own).
const ctx = createContext()
const expectedEvents = new Map<string, number>()
mkdirSync(corpus)
for (let i = 0; i < TOTAL; i++) {
  const text = `Report ${i}. The foreign ministers of Armenia and Azerbaijan met in Almaty for round ${i} of talks.\n` +
    `They did not agree on the border, according to a statement issued on day ${i}.\n`
  const name = `r${String(i).padStart(4, '0')}.txt`
  writeFileSync(join(corpus, name), text)
  const raw = { source: name, format: 'text' as const, body: text, url: null, title: null, published: null, language: null, encoding: null }
  expectedEvents.set(name, analyse(raw, ctx).events.length)
}

function storedCount(): number {
  if (!existsSync(db)) return 0
  try {
    const conn = new Database(db, { readonly: true })
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n
    } finally {
      conn.close()
    }
  } catch {
    return 0 // not migrated yet
  }
}

/** Start an ingest and SIGKILL it once `killAt` more documents are stored than before (or at once when 0). */
function runAndKill(killAt: number): Promise<void> {
  const before = storedCount()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, corpus], { stdio: 'ignore' })
    const poll = setInterval(() => {
      if (killAt === 0 || storedCount() - before >= killAt) child.kill('SIGKILL')
    }, killAt === 0 ? 150 : 20)
    child.on('exit', () => {
      clearInterval(poll)
      resolve()
    })
  })
}

function checkConsistent(): number {
  if (!existsSync(db)) return 0
  const conn = new Database(db, { readonly: true })
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok')
    const docs = conn.prepare('SELECT id, source, analysis FROM documents').all() as { id: string; source: string; analysis: string }[]
    const sentences = conn.prepare('SELECT COUNT(*) AS n FROM sentences WHERE doc_id = ?')
    const events = conn.prepare('SELECT COUNT(*) AS n FROM events WHERE doc_id = ?')
    for (const d of docs) {
      const a = JSON.parse(d.analysis) as { sentences: unknown[] }
      expect((sentences.get(d.id) as { n: number }).n).toBe(a.sentences.length)
      const expected = expectedEvents.get(basename(d.source))
      expect(expected).toBeGreaterThan(0)
      expect((events.get(d.id) as { n: number }).n).toBe(expected)
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
    // Kill points: during start-up, right after the first commit, and further into the batch.
    for (const killAt of [0, 1, 40, 100]) {
      await runAndKill(killAt)
      stored.push(checkConsistent())
    }
    const final = spawnSync(process.execPath, [BIN, 'ingest', '--db', db, corpus], { encoding: 'utf8' })
    expect(final.status).toBe(0)
    expect(checkConsistent()).toBe(TOTAL)
    expect(final.stdout).toMatch(/failed/)
    expect(stored.every((n, i) => i === 0 || n >= stored[i - 1]!)).toBe(true)
  }, 300_000)
})
