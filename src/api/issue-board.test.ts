/**
 * The issue board the API keeps and brings up to date after each write
 * (./issue-board.ts) is computeBoardDetail's: board and every cell's
 * positions, after documents stored and deleted and positions corrected
 * (stance, issue, date, rejected), on seeded synthetic reports whose
 * sentences sometimes state two positions (the board's tie-breaks).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { eventKey, positionKey, type CorrectionInput } from '../app/corrections.js'
import { computeBoardDetail } from '../app/board.js'
import type { SqliteStore } from '../store/index.js'
import { addCorrection } from '../store/queries.js'
import { keptBoardDetail } from './issue-board.js'
import { random, reports } from './test-reports.js'
import { FIXED_NOW, tempStore, type TempStore } from './test-helpers.js'

let t: TempStore | null = null
afterEach(() => {
  t?.dispose()
  t = null
})

function expectKeptEqualsFresh(store: SqliteStore): void {
  const kept = keptBoardDetail(store)!
  const fresh = computeBoardDetail(store)
  expect(kept.board).toEqual(fresh.board)
  for (const profile of fresh.board.profiles) {
    for (const issue of profile.issues) {
      for (const party of profile.parties) expect(kept.history(profile.id, issue.id, party)).toEqual(fresh.history(profile.id, issue.id, party))
    }
  }
}

describe('the kept issue board', () => {
  it('equals a fresh computeBoardDetail after documents stored and deleted and positions corrected', () => {
    t = tempStore(reports(0, 60, 11))
    const { store } = t
    const all = [...t.analyses]
    expectKeptEqualsFresh(store)
    expect(computeBoardDetail(store).board.profiles.flatMap((p) => p.issues).length).toBeGreaterThan(2)
    const more = reports(100, 8, 12)
    store.saveBatch(more, FIXED_NOW)
    all.push(...more)
    expectKeptEqualsFresh(store)
    const pick = random(13)
    const withPositions = all.filter((a) => a.positions.length > 0)
    const position = () => {
      const a = withPositions[pick(withPositions.length)]!
      return { kind: 'position' as const, doc: a.id, key: positionKey(a.positions[pick(a.positions.length)]!) }
    }
    const corrections: CorrectionInput[] = [
      { ...position(), action: 'edit', patch: { stance: 'reject' } },
      { ...position(), action: 'edit', patch: { issue: 'prisoners' } },
      { ...position(), action: 'edit', patch: { date: { value: '2022-12', precision: 'month' } } },
      { ...position(), action: 'reject' },
      { ...position(), action: 'confirm' },
    ]
    for (const c of corrections) {
      addCorrection(store.db, c, FIXED_NOW)
      expectKeptEqualsFresh(store)
    }
    // A meeting's correction changes no position: the board kept is the same one.
    const before = keptBoardDetail(store)
    const meeting = all.find((a) => a.events.some((e) => e.type === 'CONSULT'))!
    addCorrection(store.db, { kind: 'event', doc: meeting.id, key: eventKey(meeting.events.find((e) => e.type === 'CONSULT')!), action: 'reject' }, FIXED_NOW)
    expect(keptBoardDetail(store)).toBe(before)
    expectKeptEqualsFresh(store)
    const gone = withPositions[pick(withPositions.length)]!
    store.db.prepare('DELETE FROM documents WHERE id = ?').run(gone.id)
    expectKeptEqualsFresh(store)
    store.saveBatch([gone], FIXED_NOW)
    expectKeptEqualsFresh(store)
  })

  it('is computed afresh when the change log cannot tell, and not kept without one', () => {
    t = tempStore(reports(0, 20, 14))
    const { store } = t
    expectKeptEqualsFresh(store)
    store.db.exec('DELETE FROM negotiation_changes')
    store.saveBatch(reports(50, 3, 15), FIXED_NOW)
    expectKeptEqualsFresh(store)
    const other = tempStore(reports(0, 3, 16))
    try {
      other.store.db.exec('DROP TABLE negotiation_changes')
      expect(keptBoardDetail(other.store)).toBeNull()
    } finally {
      other.dispose()
    }
  })
})
