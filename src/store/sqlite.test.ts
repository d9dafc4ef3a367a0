import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Analysis } from '../core/doc.js'
import { docIdFor } from '../core/ids.js'
import { openStore, SCHEMA_VERSION } from './index.js'

const dirs: string[] = []
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-store-'))
  dirs.push(dir)
  return join(dir, 'test.db')
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function analysis(text: string, source = 'a.txt', url: string | null = null): Analysis {
  const actor = { id: 'ARM', country: 'ARM', sector: null }
  return {
    id: docIdFor(text), source, url, title: null, language: 'vi', published: { value: '2024-02', precision: 'month', inferred: true },
    text, sentences: [{ start: 0, end: text.length, index: 0 }], actors: [], places: [], dates: [], positions: [], profile: null, messages: [],
    events: [{
      id: 'e1', type: 'CONSULT', mode: null, source: [actor], target: [], mediators: [], date: null, location: null,
      negated: false, future: false, attributed_to: null, evidence: { start: 0, end: text.length, text }, sentence: 0,
      trigger: { start: 0, end: 3, text: text.slice(0, 3) },
    }],
  }
}

describe('SqliteStore', () => {
  it('migrates a new file to the current schema in WAL mode', () => {
    const store = openStore(tempDb())
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    store.close()
  })

  it('fires no trigger when a document, its events or its positions are inserted (see migrations/insert-effects.ts)', () => {
    const store = openStore(tempDb())
    const triggers = store.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('documents', 'events', 'positions') AND sql LIKE '%INSERT ON%'`)
      .pluck()
      .all()
    expect(triggers).toEqual([])
    store.close()
  })

  it('stores a document once: the same cleaned text again is unchanged and adds no rows', () => {
    const store = openStore(tempDb())
    const a = analysis('Đàm phán tại Berlin kết thúc.')
    expect(store.saveBatch([a])).toEqual(['new'])
    expect(store.saveBatch([a])).toEqual(['unchanged'])
    expect(store.documentCount()).toBe(1)
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 1 })
    store.close()
  })

  it('gives the same URL with new content a new version', () => {
    const store = openStore(tempDb())
    store.saveBatch([analysis('Bản tin thứ nhất.', 'x.html', 'https://example.org/a')])
    store.saveBatch([analysis('Bản tin đã sửa.', 'x.html', 'https://example.org/a')])
    expect(store.listDocuments().map((d) => d.version)).toEqual([1, 2])
    store.close()
  })

  it('finds accented text with an unaccented query, đ included', () => {
    const store = openStore(tempDb())
    store.saveBatch([analysis('Vòng đàm phán mới giữa hai bên.'), analysis('Переговоры в Берлине.', 'b.txt')])
    expect(store.search('dam phan').map((h) => h.text)).toEqual(['Vòng đàm phán mới giữa hai bên.'])
    expect(store.search('ПЕРЕГОВОРЫ')).toHaveLength(1)
    expect(store.search('"); DROP TABLE documents; --')).toEqual([])
    expect(store.documentCount()).toBe(2)
    store.close()
  })

  it('rolls back a whole batch when one document fails to store', () => {
    const store = openStore(tempDb())
    const good = analysis('Một văn bản tốt.')
    const bad = { ...analysis('Văn bản hỏng.'), events: [{ ...analysis('x').events[0]!, type: null }] } as unknown as Analysis
    expect(() => store.saveBatch([good, bad])).toThrow()
    expect(store.documentCount()).toBe(0)
    store.close()
  })

  it('refuses a database with a newer schema', () => {
    const path = tempDb()
    const store = openStore(path)
    store.db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    store.close()
    expect(() => openStore(path)).toThrow(/newer than this Parley/)
  })
})
