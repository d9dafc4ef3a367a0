/** firstEvents: the first page of listEvents, without its count (the overview's latest incidents). */
import { afterEach, describe, expect, it } from 'vitest'
import { tempStore, type TempStore } from '../../api/test-helpers.js'
import { firstEvents, listEvents } from '../queries.js'

let t: TempStore | undefined
afterEach(() => t?.dispose())

describe('firstEvents', () => {
  it('gives the rows of listEvents at offset 0, dated first, either way', () => {
    t = tempStore()
    const filters = [{}, { types: ['ASSAULT', 'ACCUSE', 'REQUEST'] }, { types: ['CONSULT'] }, { actor: 'ARM' }]
    for (const filter of filters) {
      for (const limit of [1, 3, 6, 50]) {
        for (const desc of [false, true]) {
          const rows = firstEvents(t.store.db, filter, limit, desc)
          expect(rows, JSON.stringify({ filter, limit, desc })).toEqual(listEvents(t.store.db, filter, { limit, offset: 0 }, desc).rows)
        }
      }
    }
    // (the fixtures hold an undated event: a page longer than the dated ones reaches it)
    expect(firstEvents(t.store.db, {}, 50).some((r) => r.record.date === null)).toBe(true)
  })
})
