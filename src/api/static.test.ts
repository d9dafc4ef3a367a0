import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../app/ingest.js'
import { createApp } from './app.js'
import type { Page, Stats } from './contract.js'
import { tempStore, type TempStore } from './test-helpers.js'

let dir: string
let t: TempStore
let app: ReturnType<typeof createApp>
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-web-'))
  const root = join(dir, 'dist')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Parley</title>')
  writeFileSync(join(root, 'assets', 'worker-abc.mjs'), 'self.onmessage = () => {}')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(dir, 'secret.txt'), 'outside the web root')
  t = tempStore([])
  app = createApp({ store: t.store, webRoot: root })
})
afterAll(() => {
  t.dispose()
  rmSync(dir, { recursive: true, force: true })
})

describe('static files', () => {
  it('serves the dashboard, with .mjs as JavaScript and fingerprinted assets cached', async () => {
    const index = await app.request('/')
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toMatch(/text\/html/)
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'")
    const worker = await app.request('/assets/worker-abc.mjs')
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(worker.headers.get('cache-control')).toContain('immutable')
    expect(worker.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    '/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt',
    '//etc/passwd', '/assets/../index.html/../../secret.txt', '/index.html%00.js',
  ])('never serves anything outside the web root: %s', async (path) => {
    const res = await app.request(path)
    expect(await res.text()).not.toContain('outside the web root')
    expect([200, 404]).toContain(res.status)
  })

  it('says how to build the dashboard when it is missing', async () => {
    const bare = createApp({ store: t.store, webRoot: join(dir, 'nowhere') })
    const res = await bare.request('/')
    expect(await res.text()).toContain('npm run build:web')
  })
})

describe('an empty store', () => {
  it('answers every resource with an empty, well-formed result', async () => {
    const stats = (await (await app.request('/api/stats')).json()) as Stats
    expect(stats).toMatchObject({ documents: 0, events: 0, latestRound: null, parties: [], mediators: [], recentIncidents: [], dateRange: { from: null, to: null } })
    for (const path of ['/api/documents', '/api/events', '/api/actors', '/api/rounds', '/api/places', '/api/corrections', '/api/search?q=talks']) {
      const page = (await (await app.request(path)).json()) as Page<unknown>
      expect(page, path).toMatchObject({ total: 0, items: [] })
    }
    expect(await (await app.request('/api/issues')).json()).toEqual({ parties: [], issues: [] })
    expect(await (await app.request('/api/network')).json()).toEqual({ nodes: [], edges: [] })
  })
})

describe('a store filled by the pipeline', () => {
  it('serves documents ingested with ingest()', async () => {
    const files = ['Armenia and Azerbaijan held talks in Washington on 1 May 2023.', 'Переговоры продолжились в Берлине 28 февраля 2024 года.'].map((text, i) => {
      const path = join(dir, `report-${i}.txt`)
      writeFileSync(path, text)
      return path
    })
    const own = tempStore([])
    try {
      const summary = await ingest(files, { store: own.store })
      expect(summary.new).toBe(2)
      const ingested = createApp({ store: own.store })
      const docs = (await (await ingested.request('/api/documents')).json()) as Page<{ id: string }>
      expect(docs.total).toBe(2)
      for (const d of docs.items) expect((await ingested.request(`/api/documents/${d.id}`)).status).toBe(200)
      for (const path of ['/api/stats', '/api/events', '/api/actors', '/api/issues', '/api/rounds', '/api/network']) {
        expect((await ingested.request(path)).status, path).toBe(200)
      }
    } finally {
      own.dispose()
    }
  })
})
