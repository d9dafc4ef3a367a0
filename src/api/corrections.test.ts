import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reextracted } from './fixtures.js'
import { createApp } from './app.js'
import type { CorrectionView, DocumentView, EventView, IssueBoard, Page } from './contract.js'
import { FIXED_NOW, restore, tempStore, type TempStore } from './test-helpers.js'

let t: TempStore
let app: ReturnType<typeof createApp>
beforeEach(() => {
  t = tempStore()
  app = createApp({ store: t.store, token: 'secret', now: () => FIXED_NOW })
})
afterEach(() => t.dispose())

const docOf = (source: string) => t.analyses.find((a) => a.source === source)!.id

function post(body: unknown, headers: Record<string, string> = { authorization: 'Bearer secret' }) {
  return app.request('/api/corrections', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

async function firstEvent(source: string): Promise<EventView> {
  const page = (await (await app.request(`/api/events?doc=${docOf(source)}&status=all`)).json()) as Page<EventView>
  return page.items[0]!
}

describe('POST /api/corrections', () => {
  it('needs the bearer token: 401 without, 403 with a wrong one, 403 when disabled', async () => {
    const e = await firstEvent('karabakh-ru.txt')
    const body = { kind: 'event', doc: e.doc, key: e.key, action: 'confirm' }
    expect((await post(body, {})).status).toBe(401)
    expect((await post(body, { authorization: 'Basic c2VjcmV0' })).status).toBe(401)
    const wrong = await post(body, { authorization: 'Bearer guess' })
    expect(wrong.status).toBe(403)
    expect(await wrong.json()).toEqual({ error: { status: 403, message: 'Wrong token' } })
    const closed = createApp({ store: t.store })
    const res = await closed.request('/api/corrections', { method: 'POST', headers: { authorization: 'Bearer secret', 'content-type': 'application/json' }, body: JSON.stringify(body) })
    expect(res.status).toBe(403)
    expect(((await (await closed.request('/api/stats')).json()) as { correctionsEnabled: boolean }).correctionsEnabled).toBe(false)
    expect(t.store.db.prepare('SELECT count(*) AS n FROM corrections').get()).toEqual({ n: 0 })
  })

  it('validates the body: 400 for bad fields, 404 for a record that does not exist, 415/400 for non-JSON', async () => {
    const e = await firstEvent('karabakh-ru.txt')
    for (const bad of [
      { kind: 'event', doc: e.doc, key: e.key, action: 'delete' },
      { kind: 'event', doc: e.doc, key: e.key, action: 'edit' },
      { kind: 'event', doc: e.doc, key: e.key, action: 'edit', patch: { type: 'FIGHT' } },
      { kind: 'event', doc: e.doc, key: e.key, action: 'confirm', patch: { type: 'AGREE' } },
      { kind: 'event', doc: e.doc, key: e.key, action: 'edit', patch: { sql: 'DROP TABLE events' } },
      { kind: 'event', doc: '../../etc/passwd', key: e.key, action: 'confirm' },
      { kind: 'actor', doc: e.doc, key: e.key, action: 'confirm' },
    ]) expect((await post(bad)).status, JSON.stringify(bad)).toBe(400)
    expect((await post({ kind: 'event', doc: e.doc, key: 'CONSULT@1-2#1-2', action: 'confirm' })).status).toBe(404)
    const text = await app.request('/api/corrections', { method: 'POST', headers: { authorization: 'Bearer secret', 'content-type': 'text/plain' }, body: 'x' })
    expect(text.status).toBe(415)
    const broken = await app.request('/api/corrections', { method: 'POST', headers: { authorization: 'Bearer secret', 'content-type': 'application/json' }, body: '{"kind":' })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ error: { status: 400 } })
  })

  it('rejects an event: it leaves the default lists and counts but stays visible as rejected', async () => {
    const e = await firstEvent('karabakh-ru.txt')
    const res = await post({ kind: 'event', doc: e.doc, key: e.key, action: 'reject', note: 'not an attack' })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { correction: CorrectionView; record: EventView }
    expect(body.correction).toMatchObject({ action: 'reject', note: 'not an attack', created_at: FIXED_NOW })
    expect(body.record.status).toBe('rejected')
    expect(((await (await app.request('/api/events?type=ASSAULT')).json()) as Page<EventView>).total).toBe(0)
    expect(((await (await app.request('/api/events?status=rejected')).json()) as Page<EventView>).total).toBe(1)
    const stats = (await (await app.request('/api/stats')).json()) as { events: number; recentIncidents: unknown[]; corrections: number }
    expect(stats).toMatchObject({ events: 10, recentIncidents: [], corrections: 1 })
    const doc = (await (await app.request(`/api/documents/${e.doc}`)).json()) as DocumentView
    expect(doc.events.find((x) => x.key === e.key)!.status).toBe('rejected')
  })

  it('edits an event: filters see the new type and date; the extracted values are kept as original', async () => {
    const e = await firstEvent('karabakh-ru.txt')
    const patch = { type: 'MOBILIZE', date: { value: '2023-09', precision: 'month' }, location: 'Shusha' }
    expect((await post({ kind: 'event', doc: e.doc, key: e.key, action: 'edit', patch })).status).toBe(201)
    const page = (await (await app.request('/api/events?type=MOBILIZE&from=2023-09-01&to=2023-09-30')).json()) as Page<EventView>
    expect(page.total).toBe(1)
    expect(page.items[0]).toMatchObject({ type: 'MOBILIZE', family: 'material-conflict', status: 'edited', location: { name: 'Shusha', lat: null } })
    expect(page.items[0]!.original).toMatchObject({ type: 'ASSAULT', date: { value: '2023-09-19' } })
    expect(page.items[0]!.key).toBe(e.key)
  })

  it('keeps every correction as history; the latest wins', async () => {
    const e = await firstEvent('karabakh-ru.txt')
    await post({ kind: 'event', doc: e.doc, key: e.key, action: 'reject' })
    await post({ kind: 'event', doc: e.doc, key: e.key, action: 'confirm' })
    const detail = (await (await app.request(`/api/events/${e.doc}/${e.id}`)).json()) as { status: string; history: CorrectionView[] }
    expect(detail.status).toBe('confirmed')
    expect(detail.history.map((c) => c.action)).toEqual(['confirm', 'reject'])
    const list = (await (await app.request(`/api/corrections?doc=${e.doc}`)).json()) as Page<CorrectionView>
    expect(list.total).toBe(2)
  })

  it('corrects a position on the issue board', async () => {
    const board = (await (await app.request('/api/issues')).json()) as IssueBoard
    const p = board.issues.find((i) => i.issue === 'karabakh-armenians')!.cells[0]!.latest
    expect((await post({ kind: 'position', doc: p.doc, key: p.key, action: 'edit', patch: { stance: 'demand' } })).status).toBe(201)
    const after = (await (await app.request('/api/issues')).json()) as IssueBoard
    const cell = after.issues.find((i) => i.issue === 'karabakh-armenians')!.cells[0]!
    expect(cell.latest).toMatchObject({ stance: 'demand', status: 'edited' })
    expect((await post({ kind: 'position', doc: p.doc, key: p.key, action: 'reject' })).status).toBe(201)
    const gone = (await (await app.request('/api/issues')).json()) as IssueBoard
    expect(gone.issues.map((i) => i.issue)).not.toContain('karabakh-armenians')
  })

  it('survives re-extraction: ids change, the correction still applies by key', async () => {
    const e = await firstEvent('washington-talks.txt')
    expect(e.id).toBe('e1')
    await post({ kind: 'event', doc: e.doc, key: e.key, action: 'edit', patch: { negated: true } })
    restore(t.store, reextracted(t.analyses))
    const after = (await (await app.request(`/api/events?doc=${e.doc}&status=all`)).json()) as Page<EventView>
    const same = after.items.find((x) => x.key === e.key)!
    expect(same.id).toBe('e2')
    expect(same).toMatchObject({ status: 'edited', negated: true })
    expect(((await (await app.request('/api/search?q=held%20talks')).json()) as Page<unknown>).total).toBe(1)
  })
})
