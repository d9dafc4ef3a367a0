/**
 * The rounds the API keeps and brings up to date after each write
 * (./round-plans.ts) are those a fresh planRounds gives, after every kind of
 * write that regroups meetings: documents stored and deleted, a meeting
 * redated (to a day, a month, a year alone, no date), moved, rejected, a
 * report retyped into a meeting, an agreement negated, a position corrected;
 * and when the change log cannot tell, everything is planned afresh.
 * Also: grouping region by region (./round-regions.ts) gives the groups of
 * the whole, on random meetings; and an app made with `warm` plans them
 * before its first request.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { eventKey, positionKey, type CorrectionInput } from '../app/corrections.js'
import { group, meetingOrder, planRounds, type Meeting } from '../app/rounds.js'
import type { PloverType } from '../core/doc.js'
import type { EventBrief } from '../store/queries.js'
import { openStore } from '../store/index.js'
import { addCorrection } from '../store/queries.js'
import { createApp } from './app.js'
import { keptRoundPlans, planningCounts } from './round-plans.js'
import { placed, regionsOf } from './round-regions.js'
import { random, reports, STATES } from './test-reports.js'
import { FIXED_NOW, tempStore, type TempStore } from './test-helpers.js'

let t: TempStore | null = null
afterEach(() => {
  t?.dispose()
  t = null
})

/** The kept rounds equal a fresh planRounds. */
function expectKeptEqualsFresh(store: TempStore['store']): void {
  expect(keptRoundPlans(store.db)).toEqual(planRounds(store))
}

describe('the kept rounds of talks', () => {
  it('equal a fresh planRounds after every kind of write, regrouping only what the write touched', () => {
    t = tempStore(reports(0, 60, 1))
    const { store } = t
    const all = [...t.analyses]
    expectKeptEqualsFresh(store)
    expect(planRounds(store).length).toBeGreaterThan(5)
    const pick = random(2)
    const eventOf = (type: PloverType) => {
      const docs = all.filter((a) => a.events.some((e) => e.type === type))
      const a = docs[pick(docs.length)]!
      return { doc: a.id, key: eventKey(a.events.find((e) => e.type === type)!) }
    }
    const correct = (c: CorrectionInput) => {
      addCorrection(store.db, c, FIXED_NOW)
      expectKeptEqualsFresh(store)
    }
    const more = reports(100, 10, 3)
    store.saveBatch(more, FIXED_NOW)
    all.push(...more)
    expectKeptEqualsFresh(store)
    for (const value of ['2023-04-02', '2023-04', '2023', '2024-01-10']) {
      correct({ kind: 'event', ...eventOf('CONSULT'), action: 'edit', patch: { date: { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' } } })
    }
    correct({ kind: 'event', ...eventOf('CONSULT'), action: 'edit', patch: { date: null } })
    correct({ kind: 'event', ...eventOf('CONSULT'), action: 'edit', patch: { location: 'Vienna' } })
    correct({ kind: 'event', ...eventOf('CONSULT'), action: 'edit', patch: { location: null } })
    correct({ kind: 'event', ...eventOf('CONSULT'), action: 'reject' })
    correct({ kind: 'event', ...eventOf('ACCUSE'), action: 'edit', patch: { type: 'CONSULT' } })
    correct({ kind: 'event', ...eventOf('AGREE'), action: 'edit', patch: { negated: true } })
    correct({ kind: 'event', ...eventOf('AGREE'), action: 'reject' })
    const withPosition = all.filter((a) => a.positions.length > 0)
    const p = withPosition[pick(withPosition.length)]!
    correct({ kind: 'position', doc: p.id, key: positionKey(p.positions[0]!), action: 'edit', patch: { stance: 'accept' } })
    correct({ kind: 'position', doc: p.id, key: positionKey(p.positions[0]!), action: 'reject' })
    // A document deleted (as re-ingest does before storing it again), then stored again.
    const gone = all[pick(all.length)]!
    store.db.prepare('DELETE FROM documents WHERE id = ?').run(gone.id)
    expectKeptEqualsFresh(store)
    store.saveBatch([gone], FIXED_NOW)
    expectKeptEqualsFresh(store)
    expect(planningCounts(store.db)).toEqual({ full: 1, incremental: 16 })
  })

  it('are planned afresh when the change log cannot tell what changed', () => {
    t = tempStore(reports(0, 30, 4))
    const { store } = t
    expectKeptEqualsFresh(store)
    store.saveBatch(reports(200, 3, 5), FIXED_NOW)
    // (rows pruned: the reader is further behind than the log keeps)
    store.db.exec('DELETE FROM negotiation_changes')
    store.saveBatch(reports(300, 3, 6), FIXED_NOW)
    expectKeptEqualsFresh(store)
    expect(planningCounts(store.db)).toEqual({ full: 2, incremental: 0 })
    expect(keptRoundPlans(store.db)).toBe(keptRoundPlans(store.db))
  })

  it('are brought up to date on a read-only connection after another one writes (as `parley serve` beside an ingest)', () => {
    t = tempStore(reports(0, 30, 10))
    const reader = openStore(t.path, { readonly: true })
    try {
      expect(keptRoundPlans(reader.db)).toEqual(planRounds(reader))
      t.store.saveBatch(reports(400, 5, 11), FIXED_NOW)
      const meeting = t.analyses.find((a) => a.events.some((e) => e.type === 'CONSULT'))!
      addCorrection(t.store.db, { kind: 'event', doc: meeting.id, key: eventKey(meeting.events.find((e) => e.type === 'CONSULT')!), action: 'edit', patch: { date: { value: '2023', precision: 'year' } } }, FIXED_NOW)
      expect(keptRoundPlans(reader.db)).toEqual(planRounds(t.store))
      expect(planningCounts(reader.db)).toEqual({ full: 1, incremental: 1 })
    } finally {
      reader.close()
    }
  })

  it('are not kept on a database without the change log (the API plans them per version instead)', () => {
    t = tempStore(reports(0, 5, 7))
    t.store.db.exec('DROP TABLE negotiation_changes')
    expect(keptRoundPlans(t.store.db)).toBeNull()
  })
})

describe('an app made to warm up', () => {
  it('plans the rounds once in the background, after it returns', async () => {
    t = tempStore(reports(0, 10, 8))
    const { db } = t.store
    createApp({ store: t.store, warm: true })
    expect(planningCounts(db).full).toBe(0)
    await vi.waitFor(() => expect(planningCounts(db).full).toBe(1))
  })

  it('says nothing when its store is closed before it warms up', async () => {
    const closed = tempStore(reports(0, 3, 9))
    createApp({ store: closed.store, warm: true })
    closed.dispose()
    await new Promise((resolve) => setTimeout(resolve, 20))
  })
})

describe('grouping by regions', () => {
  const brief = (doc: string, sentence: number, date: string | null): EventBrief => ({
    doc, id: `e${sentence}`, type: 'CONSULT', sentence, date, published: '2023-06-30', venue: null, profile: null, language: 'en',
    sources: [], targets: [], mediators: [], mode: null, negated: false, future: false, evidence: { start: 0, end: 1 }, patch: null,
  })
  const meeting = fc.record({
    doc: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6'),
    sentence: fc.nat(6),
    venueKey: fc.constantFrom('geneva', 'vienna', null),
    date: fc.constantFrom('2023', '2023-04', '2023-04-02', '2023-04-03', '2023-05', '2023-05-01', '2024', '2024-02-02', '', null),
    participants: fc.subarray(STATES, { minLength: 2, maxLength: 3 }),
  }).map(({ doc, sentence, venueKey, date, participants }): Meeting => ({
    brief: brief(doc, sentence, date), date, approximate: false, venueKey, mode: null, participants, mediators: [],
  }))

  it('gives the groups of the whole, in the same order', () => {
    fc.assert(fc.property(fc.array(meeting, { maxLength: 40 }), (list) => {
      const sorted = [...list].sort(meetingOrder)
      const byRegion = regionsOf(sorted.map(placed))
        .flatMap((region) => group(region.map((p) => p.meeting)))
        .sort((a, b) => meetingOrder(a[0]!, b[0]!))
      expect(byRegion).toEqual(group(sorted))
    }), { numRuns: 300, seed: 42 })
  })
})
