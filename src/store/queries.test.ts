import { afterEach, describe, expect, it } from 'vitest'
import { eventKey, positionKey } from '../app/corrections.js'
import { sampleAnalyses } from '../api/fixtures.js'
import { tempStore, type TempStore } from '../api/test-helpers.js'
import { EVENT_KEY_SQL, POSITION_KEY_SQL } from './queries/common.js'
import { actorDirectory, eventBriefs, listEvents, listPositions } from './queries.js'

let t: TempStore | undefined
afterEach(() => t?.dispose())
const ALL = { limit: 1000, offset: 0 }

describe('queries', () => {
  it('computes the same record keys in SQL as the corrections library', () => {
    t = tempStore()
    const sqlEvents = t.store.db.prepare(`SELECT ${EVENT_KEY_SQL} AS k FROM events e ORDER BY k`).all() as { k: string }[]
    const tsEvents = t.analyses.flatMap((a) => a.events.map(eventKey)).sort()
    expect(sqlEvents.map((r) => r.k)).toEqual(tsEvents)
    const sqlPositions = t.store.db.prepare(`SELECT ${POSITION_KEY_SQL} AS k FROM positions p ORDER BY k`).all() as { k: string }[]
    expect(sqlPositions.map((r) => r.k)).toEqual(t.analyses.flatMap((a) => a.positions.map(positionKey)).sort())
  })

  it('compares partial dates at their own precision', () => {
    const [first] = sampleAnalyses()
    const monthOnly = { ...first!, events: first!.events.map((e) => ({ ...e, date: { value: '2023-05', precision: 'month' as const, basis: 'document' as const } })) }
    t = tempStore([monthOnly])
    expect(listEvents(t.store.db, { from: '2023-05-20' }, ALL).total).toBe(2)
    expect(listEvents(t.store.db, { to: '2023-04-30' }, ALL).total).toBe(0)
    expect(listEvents(t.store.db, { from: '2023-06' }, ALL).total).toBe(0)
  })

  it('refreshes the cached actor directory when documents are added', () => {
    const [a, b] = sampleAnalyses()
    t = tempStore([a!])
    expect(actorDirectory(t.store.db).has('nikol-pashinyan')).toBe(false)
    t.store.saveBatch([b!])
    expect(actorDirectory(t.store.db).get('nikol-pashinyan')?.name).toBe('Nikol Pashinyan')
  })

  it('gives sensible empty answers for an empty store', () => {
    t = tempStore([])
    expect(listEvents(t.store.db, {}, ALL)).toEqual({ total: 0, rows: [] })
    expect(listPositions(t.store.db)).toEqual([])
    expect(eventBriefs(t.store.db, ['CONSULT'])).toEqual([])
    expect(actorDirectory(t.store.db).size).toBe(0)
  })
})
