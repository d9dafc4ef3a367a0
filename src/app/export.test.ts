import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Analysis, EventRecord } from '../core/doc.js'
import { docIdFor } from '../core/ids.js'
import { openStore } from '../store/index.js'
import { addCorrection } from '../store/queries.js'
import { eventKey } from './corrections.js'
import { exportTo } from './export.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-export-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const text = 'Ministers met in Almaty. They signed nothing. Shelling was reported near Sotk.'
const ARM = { id: 'ARM', country: 'ARM', sector: null }
function event(id: string, type: EventRecord['type'], start: number, end: number): EventRecord {
  return {
    id, type, mode: null, source: [ARM], target: [], mediators: [], date: null, location: null, negated: false, future: false,
    attributed_to: null, evidence: { start, end, text: text.slice(start, end) }, sentence: 0, trigger: { start, end: start + 3, text: text.slice(start, start + 3) },
  }
}
const analysis: Analysis = {
  id: docIdFor(text), source: 'en.txt', url: null, title: null, language: 'en', published: null, text,
  sentences: [], actors: [], places: [], dates: [], positions: [], profile: null, messages: [],
  events: [event('e1', 'CONSULT', 0, 24), event('e2', 'ASSAULT', 46, 78)],
}

describe('exportTo', () => {
  it('applies analysts\' corrections: rejected events go, edits apply and are marked', async () => {
    const db = join(dir, 'c.db')
    const store = openStore(db)
    store.saveBatch([analysis])
    addCorrection(store.db, { kind: 'event', doc: analysis.id, key: eventKey(analysis.events[0]!), action: 'reject' }, '2024-01-01T00:00:00Z')
    addCorrection(store.db, { kind: 'event', doc: analysis.id, key: eventKey(analysis.events[1]!), action: 'edit', patch: { type: 'COERCE' } }, '2024-01-01T00:00:00Z')
    store.close()
    const out = join(dir, 'c.jsonl')
    await exportTo({ db, format: 'jsonl', out })
    const events = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['kind'] === 'event')
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ id: 'e2', type: 'COERCE', review: 'edited' })
  })

  it('rejects an unknown format as a usage error', async () => {
    await expect(exportTo({ db: join(dir, 'c.db'), format: 'xml' })).rejects.toMatchObject({ code: 'PARLEY_USAGE' })
  })
})
