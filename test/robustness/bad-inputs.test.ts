/**
 * Bad input, end to end: the generated corpus of ./bad-corpus.ts (empty,
 * binary, 100 MB, deeply nested and unclosed HTML, invalid UTF-8, mixed
 * encodings, bidi controls, long lines and sentences, broken and
 * billion-laughs feeds, JSONL with bad lines, special files) next to good
 * reports, through the real `ingest()` and once through the spawned CLI.
 * Every bad input gets its own failure naming it, every good one is stored,
 * no document takes long, and what was stored before is left as it was.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest, type IngestSummary } from '../../src/app/ingest.js'
import { BIDI, writeBadCorpus, type BadCorpus } from './bad-corpus.js'
import { writeFigures } from './figures.js'

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url))
/** Most a single input may take, read and analysed (generous: the test machine is shared). */
const PER_INPUT_MS = 20_000

let dir: string
let corpus: BadCorpus
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-bad-'))
  corpus = writeBadCorpus(dir)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface DocRow {
  readonly id: string
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly text: string
}

function rows(db: string, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  const conn = new Database(db, { readonly: true })
  try {
    return conn.prepare(sql).all(...params) as Record<string, unknown>[]
  } finally {
    conn.close()
  }
}

function documents(db: string): DocRow[] {
  return rows(db, `SELECT id, source, url, title, text FROM documents ORDER BY id`) as unknown as DocRow[]
}

/** Everything stored about some documents: their rows and those of their sentences and events. */
function snapshot(db: string, ids: readonly string[]): unknown {
  const marks = ids.map(() => '?').join(',')
  return {
    documents: rows(db, `SELECT * FROM documents WHERE id IN (${marks}) ORDER BY id`, ...ids),
    sentences: rows(db, `SELECT * FROM sentences WHERE doc_id IN (${marks}) ORDER BY doc_id, idx`, ...ids),
    events: rows(db, `SELECT * FROM events WHERE doc_id IN (${marks}) ORDER BY doc_id, id`, ...ids),
  }
}

const short = (source: string) => (source.startsWith(dir) ? source.slice(dir.length + 1) : source)
const failuresExpected = () => corpus.expected.filter((e) => e.outcome !== 'stored')

describe('the bad-input corpus', () => {
  let summary: IngestSummary
  let db: string
  const times: { source: string; ms: number }[] = []
  let before: unknown
  let goodIds: string[] = []

  beforeAll(async () => {
    db = join(dir, 'bad.db')
    const first = await ingest(corpus.good, { db, workers: 0 })
    expect(first).toMatchObject({ new: corpus.good.length, failed: 0 })
    goodIds = documents(db).map((d) => d.id)
    before = snapshot(db, goodIds)
    let last = performance.now()
    summary = await ingest(corpus.inputs, {
      db,
      workers: 0,
      onProgress: (_s, source) => {
        const now = performance.now()
        times.push({ source, ms: now - last })
        last = now
      },
    })
  }, 300_000)

  it('names every bad input with its rule and a one-line reason', () => {
    for (const e of failuresExpected()) {
      const failure = summary.failures.find((f) => f.source === e.source)
      expect(failure?.ruleId, `${e.what}: ${JSON.stringify(failure)}`).toBe(e.outcome)
      expect(failure?.reason).toMatch(/^\S.{10,}$/)
    }
    // Nothing else failed: each failure is one of the expected ones, once.
    expect(summary.failures.map((f) => f.source).sort()).toEqual(failuresExpected().map((e) => e.source).sort())
  })

  it('stores every good input of the batch, the good files again only once', () => {
    const stored = new Set(documents(db).map((d) => d.source))
    for (const e of corpus.expected.filter((x) => x.outcome === 'stored')) expect(stored.has(e.source), e.what).toBe(true)
    expect(summary.unchanged).toBe(corpus.good.length)
    expect(summary.new + summary.unchanged).toBe(stored.size)
  })

  it('leaves what was stored before exactly as it was', () => {
    expect(snapshot(db, goodIds)).toEqual(before)
    const conn = new Database(db, { readonly: true })
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok')
    conn.close()
  })

  it('takes bounded time for each input', () => {
    const slowest = [...times].sort((a, b) => b.ms - a.ms)[0]
    writeFigures('bad-inputs', {
      inputs: times.length, stored: summary.new + summary.unchanged, failed: summary.failed,
      rules: Object.fromEntries([...new Set(summary.failures.map((f) => f.ruleId))].map((r) => [r, summary.failures.filter((f) => f.ruleId === r).length])),
      slowest: { source: short(slowest!.source), ms: Math.round(slowest!.ms) },
      failures: summary.failures.map((f) => `${short(f.source)}: ${f.reason} [${f.ruleId}]`),
    })
    expect(times.length).toBe(summary.new + summary.unchanged + summary.failed)
    expect(slowest!.ms, `slowest: ${slowest!.source}`).toBeLessThan(PER_INPUT_MS)
  })

  it('stores hostile and invisible characters harmlessly', () => {
    const docs = documents(db)
    const bySource = (name: string) => docs.find((d) => d.source.endsWith(name))
    // Bidi controls, zero-width characters and soft hyphens are gone from the stored text.
    expect(bySource('bidi.txt')!.text.split('\n')[0]).toBe(BIDI)
    for (const d of docs) expect(d.text, d.source).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\u00ad\ufeff\u0000-\u0008]/)
    // Only http(s) URLs are kept: javascript: links from a canonical tag, a feed item and a JSONL line are dropped.
    for (const name of ['hostile.html', 'good-feed.rss#2', 'lines.jsonl:10']) expect(bySource(name)?.url, name).toBeNull()
    expect(bySource('lines.jsonl:1')!.url).toBe('https://news.example/almaty')
    // Markup in a title or a body is text, never markup that was run: script bodies are not in the text.
    expect(bySource('lines.jsonl:10')!.title).toBe('<img src=x onerror=alert(1)>')
    expect(bySource('unclosed-script.html')!.text).not.toContain('pwned')
    expect(bySource('hostile.html')!.text).toContain('<svg onload=alert(1)>')
    // A JSON line with "__proto__" does not pollute the prototype of every object.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('the CLI on the bad inputs', () => {
  it('prints one line per bad input, stores the rest and exits 0', () => {
    const db = join(dir, 'cli.db')
    // The bad inputs by name (feed items and JSONL lines by their file), plus one good report.
    const files = [...new Set(failuresExpected().map((e) => e.source.replace(/(#\d+|:\d+)$/, '')))]
    const result = spawnSync(process.execPath, [BIN, 'ingest', '--db', db, corpus.good[0]!, ...files], { encoding: 'utf8', timeout: 240_000 })
    expect(result.signal, result.stderr).toBeNull()
    expect(result.status, result.stderr).toBe(0)
    const lines = result.stderr.split('\n').filter((l) => / \[[a-z-]+\]$/.test(l))
    for (const e of failuresExpected()) {
      expect(lines.filter((l) => l.startsWith(`${e.source}: `) && l.endsWith(`[${e.outcome}]`)), e.what).toHaveLength(1)
    }
    expect(lines).toHaveLength(failuresExpected().length)
    expect(result.stdout).toMatch(/documents: \d+ new, 0 unchanged, \d+ failed/)
    expect(result.stderr).not.toMatch(/at .*\.(ts|js):\d+/) // no stack trace
  }, 300_000)
})
