import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Analysis } from '../core/doc.js'
import { analyse, createContext } from '../pipeline.js'
import { openStore, type SqliteStore } from './index.js'
import { getDocument } from './queries/documents.js'

const REPORTS = [
  [
    'Talks in Brussels.',
    'Armenia and Azerbaijan held talks in Brussels on 14 May 2023.',
    'The foreign ministers of both countries met again in Washington on 1 June 2023.',
    'Armenia rejected the proposal for an extraterritorial corridor.',
    'Azerbaijan accused Armenian forces of shelling its positions near Sotk.',
  ].join('\n'),
  'A short note without any event at all.',
]

let dir = ''
let store: SqliteStore
let analyses: Analysis[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-analysis-json-'))
  store = openStore(join(dir, 'test.db'))
  const ctx = createContext()
  analyses = REPORTS.map((body, i) => {
    const raw = { source: `r${i}.txt`, format: 'text' as const, body, url: null, title: null, published: null, language: null, encoding: null }
    return analyse(raw, ctx)
  })
  store.saveBatch(analyses)
})
afterAll(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the stored analysis JSON', () => {
  it('holds neither the text nor the events nor the positions, which other columns keep', () => {
    const [rich] = analyses
    expect(rich!.events.length).toBeGreaterThan(1)
    expect(rich!.positions.length).toBeGreaterThan(0)
    const json = store.db.prepare('SELECT analysis FROM documents WHERE id = ?').pluck().get(rich!.id) as string
    expect(json.length).toBeLessThan(JSON.stringify(rich).length / 2)
    const stored = JSON.parse(json) as Record<string, unknown>
    expect([stored.text, stored.events, stored.positions]).toEqual([null, null, null])
  })

  it('reads back exactly as analysed, key for key and in order, by every reader', () => {
    for (const a of analyses) {
      expect(JSON.stringify(store.analysis(a.id))).toBe(JSON.stringify(a))
      expect(JSON.stringify(getDocument(store.db, a.id)?.analysis)).toBe(JSON.stringify(a))
    }
    const streamed = [...store.analyses()].map((a) => JSON.stringify(a)).sort()
    expect(streamed).toEqual(analyses.map((a) => JSON.stringify(a)).sort())
  })

  it('reads a row written whole (before the parts were left out) as it is', () => {
    const [rich] = analyses
    const edited = { ...rich!, messages: [{ reason: 'kept whole', source: 'test', ruleId: 'test-only', severity: 'info' as const }] }
    store.db.prepare('UPDATE documents SET analysis = ? WHERE id = ?').run(JSON.stringify(edited), rich!.id)
    expect(JSON.stringify(store.analysis(rich!.id))).toBe(JSON.stringify(edited))
  })
})
