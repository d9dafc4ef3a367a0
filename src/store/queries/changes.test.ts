/**
 * The change log of migration 6 (../migrations/rounds.ts): what it records,
 * what it leaves out, and how a reader learns that rows it needed were pruned.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { eventKey, positionKey } from '../../app/corrections.js'
import { FIXED_NOW, tempStore, type TempStore } from '../../api/test-helpers.js'
import { addCorrection, briefOrder, changesSince, eventBriefs, eventBriefsIn, latestChange, positionBriefs, positionBriefsIn, positionOrder } from '../queries.js'

let t: TempStore | undefined
afterEach(() => t?.dispose())

describe('the negotiation change log', () => {
  it('records documents stored and deleted, and corrections of meetings, agreements and positions, not of other events', () => {
    t = tempStore()
    const { db } = t.store
    const start = latestChange(db)
    expect(start).toBeGreaterThanOrEqual(t.analyses.length)
    expect(changesSince(db, 0).docs).toEqual(expect.arrayContaining(t.analyses.map((a) => a.id)))
    const at = (type: string) => {
      const a = t!.analyses.find((x) => x.events.some((e) => e.type === type))!
      return { doc: a.id, key: eventKey(a.events.find((e) => e.type === type)!) }
    }
    addCorrection(db, { kind: 'event', ...at('ASSAULT'), action: 'reject' }, FIXED_NOW)
    db.prepare('UPDATE events SET cluster = NULL').run()
    expect(changesSince(db, start)).toEqual({ latest: start, docs: [] })
    const meeting = at('CONSULT')
    addCorrection(db, { kind: 'event', ...meeting, action: 'edit', patch: { location: 'Geneva' } }, FIXED_NOW)
    expect(changesSince(db, start).docs).toEqual([meeting.doc])
    const p = t.analyses.find((a) => a.positions.length > 0)!
    const later = latestChange(db)
    addCorrection(db, { kind: 'position', doc: p.id, key: positionKey(p.positions[0]!), action: 'reject' }, FIXED_NOW)
    const removed = t.analyses[0]!.id
    db.prepare('DELETE FROM documents WHERE id = ?').run(removed)
    expect(new Set(changesSince(db, later).docs)).toEqual(new Set([p.id, removed]))
  })

  it('keeps the latest rows, and tells a reader further behind that it cannot say', () => {
    t = tempStore([])
    const { db } = t.store
    const insert = db.prepare('INSERT INTO negotiation_changes (doc_id) VALUES (?)')
    db.transaction(() => {
      for (let i = 0; i < 21_000; i++) insert.run(`d${i % 7}`)
    })()
    expect(latestChange(db)).toBe(21_000)
    expect(changesSince(db, 0).docs).toBeNull()
    expect(changesSince(db, 20_990).docs?.length).toBe(7)
    expect((db.prepare('SELECT count(*) AS n FROM negotiation_changes').get() as { n: number }).n).toBeLessThanOrEqual(21_000 - 1000)
  })
})

describe('briefs of some documents', () => {
  it('are those of all documents, ordered as all are by briefOrder and positionOrder', () => {
    t = tempStore()
    const { db } = t.store
    const docs = t.analyses.map((a) => a.id)
    for (const type of ['CONSULT', 'AGREE']) expect(eventBriefsIn(db, type, docs).sort(briefOrder)).toEqual(eventBriefs(db, [type]))
    expect(positionBriefsIn(db, docs).sort(positionOrder)).toEqual(positionBriefs(db))
    expect(eventBriefsIn(db, 'CONSULT', [docs[0]!]).every((b) => b.doc === docs[0])).toBe(true)
  })

  it('follow a correction into and out of the types rounds read (each type has its own partial index)', () => {
    t = tempStore()
    const { db } = t.store
    const docs = t.analyses.map((a) => a.id)
    const first = (type: string) => {
      const a = t!.analyses.find((x) => x.events.some((e) => e.type === type))!
      const e = a.events.find((x) => x.type === type)!
      return { doc: a.id, id: e.id, key: eventKey(e) }
    }
    const [assault, meeting] = [first('ASSAULT'), first('CONSULT')]
    addCorrection(db, { kind: 'event', doc: assault.doc, key: assault.key, action: 'edit', patch: { type: 'CONSULT' } }, FIXED_NOW)
    addCorrection(db, { kind: 'event', doc: meeting.doc, key: meeting.key, action: 'edit', patch: { type: 'AGREE' } }, FIXED_NOW)
    const ids = (type: string) => eventBriefs(db, [type]).map((b) => `${b.doc}/${b.id}`)
    expect(ids('CONSULT')).toContain(`${assault.doc}/${assault.id}`)
    expect(ids('CONSULT')).not.toContain(`${meeting.doc}/${meeting.id}`)
    expect(ids('AGREE')).toContain(`${meeting.doc}/${meeting.id}`)
    // (the same as read from the table by document, not from the indexes)
    for (const type of ['CONSULT', 'AGREE']) expect(eventBriefsIn(db, type, docs).sort(briefOrder)).toEqual(eventBriefs(db, [type]))
    expect(() => eventBriefs(db, ['ASSAULT'])).toThrow(/No brief index/)
  })
})
