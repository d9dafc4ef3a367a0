/**
 * Concurrency: `parley ingest` (its own process) writes 100 reports into the
 * database that `parley serve` (another process, read-only) is serving,
 * while this test reads the API as fast as it answers. Readers must never
 * see a partial document: every listed document opens, with all its
 * sentences and events, each event's evidence a slice of the text, and every
 * view seen during the ingest is the view after it (but for the merge
 * clusters, which link documents as others arrive). Counts only grow.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, Page, SearchHitView, Stats } from '../../src/api/contract.js'
import { writeFigures } from './figures.js'
import { spawnServe, syntheticAnalyses, writeStore, type Served } from './load.js'

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url))
const REPORTS = 100
const PLACES = ['Almaty', 'Brussels', 'Washington', 'Berlin', 'Granada', 'Prague']
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November']

function writeCorpus(dir: string): void {
  mkdirSync(dir)
  for (let i = 0; i < REPORTS; i++) {
    const place = PLACES[i % PLACES.length]
    const month = MONTHS[i % MONTHS.length]
    const text = `Round ${i + 1} of the talks opened in ${place}.\n` +
      `The foreign ministers of Armenia and Azerbaijan met in ${place} on ${(i % 27) + 1} ${month} 2024 and discussed the peace treaty.\n` +
      `Azerbaijan accused Armenia of delaying the border commission, and Armenia rejected the claim in statement ${i + 1}.\n`
    writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.txt`), text)
  }
}

let dir: string
let db: string
let served: Served
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-concurrent-'))
  db = join(dir, 'shared.db')
  writeStore(db, syntheticAnalyses(1)) // the server starts on a store that already holds six reports
  writeCorpus(join(dir, 'corpus'))
  served = await spawnServe(db)
}, 60_000)
afterAll(async () => {
  await served?.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${served.url}${path}`)
  return { status: res.status, body: (await res.json()) as T }
}

/** What makes a document whole: its text, sentences, and events that point into both. */
function checkWhole(view: DocumentView): void {
  expect(view.text.length).toBeGreaterThan(0)
  expect(view.sentences.length).toBeGreaterThan(0)
  for (const e of view.events) {
    expect(e.evidence.text).toBe(view.text.slice(e.evidence.start, e.evidence.end))
    expect(e.sentence).toBeLessThan(view.sentences.length)
  }
  for (const m of view.actors) expect(m.text).toBe(view.text.slice(m.start, m.end))
}

/** A document's own content; merge clusters are links between documents, set as others arrive. */
function ownContent(view: DocumentView): unknown {
  return { ...view, events: view.events.map(({ cluster: _cluster, ...e }) => e) }
}

describe('ingest while serving', () => {
  it('never shows a partial document, and counts only grow', async () => {
    // (small write batches: several commits for the readers to see between)
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--batch', '16', join(dir, 'corpus')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    let done = false
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => ((done = true), resolve(code))))

    const seen = new Map<string, DocumentView>()
    const counts: number[] = []
    let requests = 0
    /** Repeats `poll` until the ingest has exited, then once more. */
    const untilDone = async (poll: () => Promise<void>) => {
      for (let last = false; ; ) {
        if (last) return
        last = done
        await poll()
      }
    }
    // Two readers at once: one only counts (fast, to catch every commit), one opens every new document.
    const counting = untilDone(async () => {
      const stats = await get<Stats>('/api/stats')
      const list = await get<Page<unknown>>('/api/documents?limit=1')
      requests += 2
      expect([stats.status, list.status]).toEqual([200, 200])
      counts.push(stats.body.documents, list.body.total)
    })
    const opening = untilDone(async () => {
      const list = await get<Page<{ id: string }>>('/api/documents?limit=500')
      const hits = await get<Page<SearchHitView>>('/api/search?q=ministers&limit=20')
      requests += 2
      expect([list.status, hits.status]).toEqual([200, 200])
      const fresh = [...list.body.items.map((d) => d.id), ...hits.body.items.map((h) => h.doc)].filter((id) => !seen.has(id))
      for (const id of new Set(fresh)) {
        const view = await get<DocumentView>(`/api/documents/${id}`)
        const events = await get<Page<unknown>>(`/api/events?doc=${id}&status=all&limit=500`)
        requests += 2
        expect(view.status, `listed document ${id}`).toBe(200)
        checkWhole(view.body)
        expect(events.body.total).toBe(view.body.events.length)
        seen.set(id, view.body)
      }
    })
    await Promise.all([counting, opening])
    expect(await exited, stderr).toBe(0)

    // Every view read during the ingest is the view now: nothing was shown half-written.
    const final = await get<Page<{ id: string }>>('/api/documents?limit=500')
    expect(final.body.total).toBe(6 + REPORTS)
    for (const { id } of final.body.items) {
      const view = await get<DocumentView>(`/api/documents/${id}`)
      requests++
      if (seen.has(id)) expect(ownContent(view.body), id).toEqual(ownContent(seen.get(id)!))
    }
    // Stats and the list are read one after the other: each pair may only grow (the list may be ahead).
    for (let i = 2; i < counts.length; i++) expect(counts[i]!, `read ${i}`).toBeGreaterThanOrEqual(counts[i - 2]!)
    const intermediate = [...new Set(counts)].filter((n) => n > 6 && n < 6 + REPORTS)
    writeFigures('concurrency', { reports: REPORTS, requests, polls: counts.length, documentsSeenDuringIngest: seen.size, countsObserved: [...new Set(counts)] })
    // The reads did overlap the writes: some state between the first and the last commit was seen.
    expect(intermediate.length, `counts seen: ${[...new Set(counts)].join(', ')}`).toBeGreaterThan(0)
    expect(served.stderr()).not.toMatch(/parley serve:/)
  }, 240_000)
})
