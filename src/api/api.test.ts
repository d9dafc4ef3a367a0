import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app.js'
import type { ActorDetail, DocumentView, EventDetail, EventView, IssueBoard, NetworkGraph, Page, Round, SearchHitView, Stats } from './contract.js'
import { OPENAPI } from './openapi.js'
import { FIXED_NOW, tempStore, type TempStore } from './test-helpers.js'

let t: TempStore
let app: ReturnType<typeof createApp>
beforeAll(() => {
  t = tempStore()
  // Two reports of the Washington talks form one merge cluster (the merge stage will set this).
  t.store.db.prepare(`UPDATE events SET cluster = 'c-washington' WHERE type IN ('CONSULT', 'SUPPORT') AND location = 'Washington'`).run()
  app = createApp({ store: t.store, token: 'secret', now: () => FIXED_NOW })
})
afterAll(() => t.dispose())

async function json<T>(url: string, status = 200): Promise<T> {
  const res = await app.request(url)
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  expect(res.status, `${url}: ${await res.clone().text()}`).toBe(status)
  return (await res.json()) as T
}

const doc = (source: string) => t.analyses.find((a) => a.source === source)!

describe('documents', () => {
  it('lists documents newest first with paging and a total', async () => {
    const page = await json<Page<{ source: string; events: number }>>('/api/documents?limit=2&offset=1')
    expect(page.total).toBe(6)
    expect(page.items.map((d) => d.source)).toEqual(['berlin-talks.txt', 'karabakh-ru.txt'])
    expect((await json<Page<unknown>>('/api/documents?language=vi')).total).toBe(1)
    expect((await json<Page<unknown>>('/api/documents?q=berlin')).total).toBe(1)
    expect((await json<Page<unknown>>('/api/documents?q=%25')).total).toBe(0)
  })

  it('gives one document with its text, mentions and events', async () => {
    const a = doc('washington-talks.txt')
    const view = await json<DocumentView>(`/api/documents/${a.id}`)
    expect(view.text).toBe(a.text)
    expect(view.actors.map((m) => m.text)).toContain('Antony Blinken')
    expect(view.events.map((e) => e.type)).toEqual(['CONSULT', 'AGREE'])
    expect(view.events[0]!.source.map((s) => s.name)).toEqual(['Ararat Mirzoyan', 'Jeyhun Bayramov'])
    expect(view.positions[0]!.issue).toBe('border-delimitation')
  })

  it('answers an unknown or malformed id with JSON errors', async () => {
    expect((await json<{ error: { status: number } }>('/api/documents/0000000000000000', 404)).error.status).toBe(404)
    await json('/api/documents/..%2F..%2Fetc%2Fpasswd', 400)
    await json("/api/documents/1' OR '1'='1", 400)
  })
})

describe('events', () => {
  it('lists every event by date, undated last, with a total', async () => {
    const page = await json<Page<EventView>>('/api/events')
    expect(page.total).toBe(11)
    expect(page.items[0]!.date?.value).toBe('2023-05-01')
    expect(page.items.at(-1)!.date).toBeNull()
    expect(page.items.every((e) => e.family && e.key && e.document.language)).toBe(true)
  })

  it.each([
    ['type=CONSULT', 3],
    ['type=consult,agree', 4],
    ['family=material-conflict', 1],
    ['actor=ARM', 9],
    ['actor=ARM&role=target', 2],
    ['actor=nikol-pashinyan', 1],
    ['from=2023-07&to=2023-09-19', 3],
    ['from=2024', 4],
    ['language=ru', 2],
    ['place=washington', 3],
    ['place=DEU', 2],
    ['issue=karabakh-armenians', 1],
    ['q=talks', 1],
    ['q=gap nhau', 1],
    ['q=ОБВИНИЛА', 1],
    ['located=1', 7],
    ['cluster=c-washington', 2],
  ])('filters by %s', async (query, total) => {
    expect((await json<Page<EventView>>(`/api/events?${query}`)).total).toBe(total)
  })

  it('pages and sorts', async () => {
    const first = await json<Page<EventView>>('/api/events?limit=3&offset=0&sort=-date')
    expect(first.items).toHaveLength(3)
    expect(first.items[0]!.date?.value).toBe('2025-08-08')
    const next = await json<Page<EventView>>('/api/events?limit=3&offset=3&sort=-date')
    expect(next.items.map((e) => e.key)).not.toContain(first.items[0]!.key)
  })

  it.each([
    'type=FIGHTING', 'from=yesterday', 'limit=0', 'limit=501', 'offset=-1', 'role=boss', 'colour=red', 'status=deleted',
    "actor=ARM' OR 1=1 --", 'language=english', 'doc=../../etc',
  ])('rejects %s with a 400', async (query) => {
    const body = await json<{ error: { status: number; message: string } }>(`/api/events?${query}`, 400)
    expect(body.error.status).toBe(400)
    expect(body.error.message).not.toMatch(/at .*\.ts/)
  })

  it('treats injection-looking free text as plain words', async () => {
    for (const q of ['"); DROP TABLE events; --', 'talks" OR "1', 'NEAR(a b)', '*']) {
      const page = await json<Page<EventView>>(`/api/events?q=${encodeURIComponent(q)}`)
      expect(page.total).toBeLessThanOrEqual(1)
    }
    expect((await json<Page<EventView>>('/api/events')).total).toBe(11)
  })

  it('gives one event with its other sources in the same cluster', async () => {
    const a = doc('washington-talks.txt')
    const e = await json<EventDetail>(`/api/events/${a.id}/e1`)
    expect(e.type).toBe('CONSULT')
    expect(e.evidence.text).toContain('held talks in Washington')
    expect(e.sources.map((s) => s.document.language)).toEqual(['fr'])
    expect(e.history).toEqual([])
    await json(`/api/events/${a.id}/e99`, 404)
    await json(`/api/events/${a.id}/e1;DROP`, 400)
  })
})

describe('actors and network', () => {
  it('lists actors by activity with names', async () => {
    const page = await json<Page<{ id: string; name: string; events: number }>>('/api/actors?limit=2')
    expect(page.items.map((a) => a.id)).toEqual(['AZE', 'ARM'])
    expect(page.total).toBeGreaterThanOrEqual(10)
  })

  it('gives an actor with events, co-actors and positions', async () => {
    const arm = await json<ActorDetail>('/api/actors/ARM')
    expect(arm.name).toBe('Armenia')
    expect(arm.recent[0]!.date?.value).toBe('2025-08-08')
    expect(arm.coActors[0]!.actor.id).toBe('AZE')
    expect(arm.positions.map((p) => p.issue).sort()).toEqual(['border-delimitation', 'peace-treaty', 'territorial-integrity'])
    await json('/api/actors/nobody', 404)
    await json('/api/actors/%3Cscript%3E', 400)
  })

  it('builds a network of who did what to whom, by actor or by country', async () => {
    const g = await json<NetworkGraph>('/api/network')
    expect(g.edges).toContainEqual(expect.objectContaining({ source: 'ARM', target: 'AZE', type: 'ACCUSE', count: 2 }))
    expect(g.edges).toContainEqual(expect.objectContaining({ source: 'antony-blinken', target: 'ararat-mirzoyan', type: 'MEDIATE' }))
    const countries = await json<NetworkGraph>('/api/network?level=country&type=CONSULT')
    expect(countries.nodes.map((n) => n.id).sort()).toEqual(['ARM', 'AZE', 'DEU', 'EU', 'USA'])
    expect(countries.nodes.find((n) => n.id === 'DEU')!.name).toBe('Germany')
    await json('/api/network?level=planet', 400)
  })
})

describe('negotiation', () => {
  it('builds the issue board: latest position per issue and party, with history', async () => {
    const board = await json<IssueBoard>('/api/issues')
    expect(board.parties.map((p) => p.id)).toEqual(['ARM', 'AZE'])
    expect(board.issues[0]!.issue).toBe('peace-treaty')
    const karabakh = board.issues.find((i) => i.issue === 'karabakh-armenians')!
    expect(karabakh.cells[0]!.latest.stance).toBe('reject')
    expect(karabakh.cells[0]!.history[0]!.evidence.text).toContain('international mechanism')
  })

  it('groups meetings of the parties into rounds, latest first, with what was agreed and left open', async () => {
    const rounds = await json<Page<Round>>('/api/rounds')
    expect(rounds.items.map((r) => `${r.index} ${r.date} ${r.location}`)).toEqual(['3 2024-02-28 Berlin', '2 2023-07-15 Brussels', '1 2023-05-01 Washington'])
    const washington = rounds.items[2]!
    expect(washington.participants.map((p) => p.id)).toEqual(['ARM', 'AZE'])
    expect(washington.mediators.map((m) => m.name)).toEqual(['United States'])
    expect(washington.outcomes.map((o) => o.type)).toEqual(['AGREE'])
    expect(washington.outcome.agreed.map((i) => i.issues)).toEqual([['peace-treaty']])
    expect(rounds.items[0]!.outcome.open[0]!.text).toContain('international mechanism')
    expect((await json<Page<Round>>('/api/rounds?limit=1&offset=2')).items.map((r) => r.id)).toEqual(['2023-05-01@washington'])
  })

  it('gives an overview', async () => {
    const s = await json<Stats>('/api/stats')
    expect(s).toMatchObject({ documents: 6, events: 11, positions: 5, corrections: 0, correctionsEnabled: true })
    expect(s.languages).toEqual({ en: 3, vi: 1, ru: 1, fr: 1 })
    expect(s.eventsByFamily['verbal-cooperation']).toBe(6)
    expect(s.parties.map((p) => p.id)).toEqual(['ARM', 'AZE'])
    expect(s.mediators.map((m) => m.id)).toContain('antony-blinken')
    expect(s.latestRound?.location).toBe('Berlin')
    expect(s.recentIncidents.map((e) => e.type)).toEqual(['ASSAULT'])
    expect(s.dateRange).toEqual({ from: '2023-05-01', to: '2025-08-08' })
  })
})

describe('search', () => {
  it('finds sentences across languages, accents optional', async () => {
    const hits = await json<Page<SearchHitView>>('/api/search?q=gap%20nhau')
    expect(hits.items[0]!.language).toBe('vi')
    expect((await json<Page<SearchHitView>>('/api/search?q=azerbaidjan')).items[0]!.language).toBe('fr')
    expect((await json<Page<SearchHitView>>('/api/search?q=Armenia&language=en')).items.every((h) => h.language === 'en')).toBe(true)
    expect((await json<Page<SearchHitView>>('/api/search?q=%22%29%3B%20DROP%20TABLE%20documents')).total).toBe(0)
    await json('/api/search', 400)
    await json(`/api/search?q=${'x'.repeat(300)}`, 400)
  })
})

describe('the app', () => {
  it('sends security headers with every response', async () => {
    for (const url of ['/api/stats', '/api/nope', '/']) {
      const res = await app.request(url)
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
      expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('answers unknown endpoints and methods with JSON 404', async () => {
    await json('/api/nothing-here', 404)
    const res = await app.request('/api/events', { method: 'DELETE' })
    expect(res.status).toBe(404)
  })

  it('describes every route in its OpenAPI document', async () => {
    const spec = await json<typeof OPENAPI>('/api/openapi.json')
    expect(spec.openapi).toBe('3.1.0')
    const routes = app.routes.filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
    for (const r of routes) expect(Object.keys(spec.paths), r.path).toContain(r.path.replace(/:(\w+)/g, '{$1}'))
  })
})
