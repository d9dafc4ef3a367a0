import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Hono } from 'hono'
import { openStore } from '../store/index.js'
import { createApp } from './app.js'
import { responseCache } from './cache.js'
import type { Page, Stats } from './contract.js'
import { sampleAnalyses } from './fixtures.js'
import { FIXED_NOW, tempStore, type TempStore } from './test-helpers.js'

let t: TempStore
beforeEach(() => {
  t = tempStore(sampleAnalyses().slice(0, 3))
})
afterEach(() => t.dispose())

const json = async <T>(app: Hono, url: string) => (await (await app.request(url)).json()) as T

describe('the response cache', () => {
  it('answers again from the cache until another process commits', async () => {
    const app = createApp({ store: t.store })
    expect((await json<Stats>(app, '/api/stats')).documents).toBe(3)
    // Another connection (as `parley ingest` beside `parley serve`) adds documents.
    const writer = openStore(t.path)
    writer.saveBatch(sampleAnalyses().slice(3), FIXED_NOW)
    writer.close()
    expect((await json<Stats>(app, '/api/stats')).documents).toBe(6)
    expect((await json<Page<unknown>>(app, '/api/documents')).total).toBe(6)
  })

  it('sees this connection’s own writes (corrections)', async () => {
    const app = createApp({ store: t.store, token: 'secret', now: () => FIXED_NOW })
    const events = await json<Page<{ doc: string; key: string; status: string }>>(app, '/api/events')
    const e = events.items[0]!
    const res = await app.request('/api/corrections', {
      method: 'POST', headers: { authorization: 'Bearer secret', 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'event', doc: e.doc, key: e.key, action: 'reject' }),
    })
    expect(res.status).toBe(201)
    const after = await json<Page<{ key: string; status: string }>>(app, '/api/events?status=all')
    expect(after.items.find((x) => x.key === e.key)?.status).toBe('rejected')
    expect((await json<Stats>(app, '/api/stats')).corrections).toBe(1)
  })

  it('keeps only 200 JSON answers, and runs the handler once per version', async () => {
    let runs = 0
    const app = new Hono()
    app.use('*', responseCache(t.store.db))
    app.get('/ok', (c) => (runs++, c.json({ runs })))
    app.get('/bad', (c) => (runs++, c.json({ error: 'no' }, 400)))
    app.get('/text', (c) => (runs++, c.text('plain')))
    for (let i = 0; i < 3; i++) for (const path of ['/ok', '/bad', '/text']) await app.request(path)
    expect(runs).toBe(1 + 3 + 3)
    expect(await (await app.request('/ok')).json()).toEqual({ runs: 1 })
    expect((await app.request('/ok')).headers.get('content-type')).toMatch(/application\/json/)
    t.store.db.prepare("UPDATE documents SET title = 'changed' WHERE rowid = 1").run()
    await app.request('/ok')
    expect(runs).toBe(8)
  })

  it('forgets the least recently used answers beyond its bounds', async () => {
    let runs = 0
    const app = new Hono()
    app.use('*', responseCache(t.store.db, { maxEntries: 2, maxChars: 1_000_000 }))
    app.get('/n/:n', (c) => (runs++, c.json({ n: c.req.param('n') })))
    for (const n of [1, 2, 1, 3, 1, 2]) await app.request(`/n/${n}`)
    // 1 miss, 2 miss, 1 hit, 3 miss (drops 2), 1 hit, 2 miss again
    expect(runs).toBe(4)
  })

  it('can be turned off', async () => {
    const app = createApp({ store: t.store, cache: false })
    expect((await app.request('/api/stats')).status).toBe(200)
  })
})
