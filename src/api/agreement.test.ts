/**
 * The API and the library give the same answers: /api/issues and /api/rounds
 * against computeBoard / computeRounds (what `parley issues` and the board
 * export print), on the fixtures, after corrections, after documents stored
 * and meetings corrected (the rounds brought up to date by ./round-plans.ts),
 * and on the sample corpus ingested by the pipeline; and a correction changes
 * the API's events and the export in the same way, and still does after re-ingest.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { computeBoard } from '../app/board.js'
import { eventKey, positionKey } from '../app/corrections.js'
import { exportTo } from '../app/export.js'
import { ingest } from '../app/ingest.js'
import { computeRounds } from '../app/rounds.js'
import type { SqliteStore } from '../store/index.js'
import { addCorrection } from '../store/queries.js'
import { createApp } from './app.js'
import type { EventView, IssueBoard, Page, Round, Stats } from './contract.js'
import { ACTORS, DocBuilder, reextracted } from './fixtures.js'
import { planningCounts } from './round-plans.js'
import { FIXED_NOW, restore, tempStore } from './test-helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-agree-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function get<T>(store: SqliteStore, path: string): Promise<T> {
  const res = await createApp({ store, cache: false }).request(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

/** Every board cell the library gives, as the API gives it. */
async function expectBoardAgrees(store: SqliteStore): Promise<void> {
  const api = await get<IssueBoard>(store, '/api/issues')
  const library = computeBoard(store).profiles.flatMap((p) => p.issues.map((i) => ({ profile: p.id, ...i })))
  const cells = library.flatMap((i) => Object.values(i.parties).filter((c) => c !== null).map((c) => ({ i, c })))
  expect(api.issues.reduce((n, i) => n + i.cells.length, 0)).toBe(cells.length)
  for (const { i, c } of cells) {
    const issue = api.issues.find((x) => x.issue === i.id && x.profile === i.profile)!
    expect({ status: issue.status, label: issue.label }).toEqual({ status: i.status, label: i.label })
    const cell = issue.cells.find((x) => x.party.id === c.party)!
    expect({ doc: cell.latest.doc, start: cell.latest.evidence.start, end: cell.latest.evidence.end, stance: cell.latest.stance, summary: cell.latest.summary })
      .toEqual({ doc: c.evidence.doc, start: c.evidence.start, end: c.evidence.end, stance: c.stance, summary: c.summary })
    expect(cell.count).toBe(c.earlier + 1)
    expect(cell.history).toHaveLength(Math.min(20, c.earlier + 1))
  }
}

async function expectRoundsAgree(store: SqliteStore): Promise<number> {
  const api = await get<Page<Round>>(store, '/api/rounds?limit=500')
  const library = computeRounds(store)
  expect(api.total).toBe(library.length)
  for (const r of library) {
    const view = api.items.find((x) => x.index === r.index)!
    expect({
      id: view.id, date: view.date, approximate: view.approximate, venue: view.location, mode: view.mode, documents: view.documents,
      participants: view.participants.map((p) => p.id), mediators: view.mediators.map((m) => m.id), outcome: view.outcome,
    }).toEqual({
      id: r.id, date: r.date, approximate: r.approximate, venue: r.venue, mode: r.mode, documents: r.documents.length,
      participants: r.participants, mediators: r.mediators, outcome: r.outcome,
    })
    expect(view.meetings.map((m) => m.evidence.start).sort()).toEqual(expect.arrayContaining(r.evidence.map((e) => e.start)))
  }
  return library.length
}

describe('the API and the library agree', () => {
  it('on the fixtures, before and after corrections', async () => {
    const t = tempStore()
    try {
      await expectBoardAgrees(t.store)
      expect(await expectRoundsAgree(t.store)).toBe(3)
      const withPositions = t.analyses.filter((a) => a.positions.length > 0)
      const [a, b] = withPositions
      addCorrection(t.store.db, { kind: 'position', doc: a!.id, key: positionKey(a!.positions[0]!), action: 'edit', patch: { stance: 'accept' } }, FIXED_NOW)
      addCorrection(t.store.db, { kind: 'position', doc: b!.id, key: positionKey(b!.positions[0]!), action: 'reject' }, FIXED_NOW)
      const meeting = t.analyses.flatMap((x) => x.events.map((e) => ({ doc: x.id, e }))).find(({ e }) => e.type === 'CONSULT')!
      addCorrection(t.store.db, { kind: 'event', doc: meeting.doc, key: eventKey(meeting.e), action: 'edit', patch: { date: { value: '2022-01-10', precision: 'day' } } }, FIXED_NOW)
      await expectBoardAgrees(t.store)
      await expectRoundsAgree(t.store)
    } finally {
      t.dispose()
    }
  })

  it('after documents stored and meetings corrected, with the rounds regrouped only where the writes touched', async () => {
    const t = tempStore()
    try {
      const app = createApp({ store: t.store })
      const latest = async () => ((await (await app.request('/api/stats')).json()) as Stats).latestRound
      expect(await expectRoundsAgree(t.store)).toBe(3)
      const { ARM, AZE, USA, blinken } = ACTORS
      const followUp = new DocBuilder('Armenian and Azerbaijani delegations met again in Washington on 2 May 2023. Both sides agreed to exchange detainees.')
        .actor('Armenian', ARM).actor('Azerbaijani', AZE).place('Washington', 'washington').date('2 May 2023', '2023-05-02')
        .event('met again', 'CONSULT', { source: [ARM, AZE], mediators: [blinken] }, { at: 'washington', on: '2023-05' })
        .event('agreed', 'AGREE', { source: [ARM, AZE] }, { at: 'washington', on: '2023-05' })
        .build({ source: 'washington-follow-up.txt', title: 'Second day in Washington', language: 'en', published: '2023-05-03' })
      const geneva = new DocBuilder('Envoys of Armenia and Azerbaijan met in Geneva on 3 March 2026, with the United States present.')
        .actor('Armenia', ARM).actor('Azerbaijan', AZE).actor('United States', USA)
        .event('met', 'CONSULT', { source: [ARM, AZE], mediators: [USA] }, { at: { id: 'geneva', name: 'Geneva', country: 'CHE', lat: 46.2, lon: 6.15, type: 'city' }, on: '2026-03-03' })
        .build({ source: 'geneva.txt', title: 'Talks in Geneva', language: 'en', published: '2026-03-04' })
      t.store.saveBatch([followUp, geneva], FIXED_NOW)
      expect(await expectRoundsAgree(t.store)).toBe(4)
      expect((await latest())?.location).toBe('Geneva')
      const berlin = t.analyses.find((a) => a.source === 'berlin-talks.txt')!
      const meeting = { kind: 'event' as const, doc: berlin.id, key: eventKey(berlin.events[0]!) }
      addCorrection(t.store.db, { ...meeting, action: 'edit', patch: { location: 'Washington', date: { value: '2023-05-01', precision: 'day' } } }, FIXED_NOW)
      expect(await expectRoundsAgree(t.store)).toBe(3)
      addCorrection(t.store.db, { kind: 'event', doc: followUp.id, key: eventKey(followUp.events[1]!), action: 'edit', patch: { negated: true } }, FIXED_NOW)
      await expectRoundsAgree(t.store)
      addCorrection(t.store.db, { kind: 'event', doc: geneva.id, key: eventKey(geneva.events[0]!), action: 'reject' }, FIXED_NOW)
      await expectRoundsAgree(t.store)
      const library = computeRounds(t.store)
      const newest = library.reduce((a, b) => ((b.date ?? '') > (a.date ?? '') ? b : a))
      expect({ id: (await latest())?.id, outcome: (await latest())?.outcome }).toEqual({ id: newest.id, outcome: newest.outcome })
      expect(planningCounts(t.store.db)).toEqual({ full: 1, incremental: 4 })
    } finally {
      t.dispose()
    }
  })

  it('on the sample corpus, ingested by the pipeline', async () => {
    const t = tempStore([])
    try {
      const summary = await ingest([fileURLToPath(new URL('../../test/corpus/', import.meta.url))], { store: t.store, workers: 1 })
      expect(summary.new).toBeGreaterThan(10)
      await expectBoardAgrees(t.store)
      expect(await expectRoundsAgree(t.store)).toBeGreaterThan(0)
    } finally {
      t.dispose()
    }
  }, 120_000)
})

describe('a correction', () => {
  it('changes the API and the export alike, and still does after re-ingest', async () => {
    const t = tempStore()
    try {
      const a = t.analyses.find((x) => x.events.length >= 2)!
      const [edited, rejected] = a.events
      addCorrection(t.store.db, { kind: 'event', doc: a.id, key: eventKey(edited!), action: 'edit', patch: { type: 'MOBILIZE', date: { value: '2023-09', precision: 'month' } } }, FIXED_NOW)
      addCorrection(t.store.db, { kind: 'event', doc: a.id, key: eventKey(rejected!), action: 'reject' }, FIXED_NOW)
      const compare = async () => {
        const api = (await get<Page<EventView>>(t.store, `/api/events?doc=${a.id}&limit=500`)).items
        const out = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`)
        await exportTo({ store: t.store, format: 'jsonl', out })
        const exported = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
          .filter((l) => l['kind'] === 'event' && l['document'] === a.id)
        const summary = (e: { type: unknown; date: unknown; evidence: unknown }) => JSON.stringify([e.type, e.date, e.evidence])
        expect(api.map(summary).sort()).toEqual(exported.map((e) => summary(e as { type: unknown; date: unknown; evidence: unknown })).sort())
        expect(api.find((e) => e.key === eventKey(edited!))).toMatchObject({ type: 'MOBILIZE', date: { value: '2023-09' }, status: 'edited' })
        expect(api.some((e) => e.key === eventKey(rejected!))).toBe(false)
        expect((await get<Page<EventView>>(t.store, '/api/events?type=MOBILIZE&from=2023-09-01&to=2023-09-30')).total).toBe(1)
      }
      await compare()
      restore(t.store, reextracted(t.analyses))
      await compare()
    } finally {
      t.dispose()
    }
  })
})
