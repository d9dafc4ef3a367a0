/**
 * API latency on a large store: 100,000 events (10,000 documents × 10),
 * built directly through the store (extraction is measured by bench/run.ts),
 * then the dashboard's main queries through the app, p50 and p95 per query.
 * Writes bench/api-results.json.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createApp } from '../src/api/app.js'
import type { ActorRef, Analysis, EventRecord, PloverType } from '../src/core/doc.js'
import { docIdFor } from '../src/core/ids.js'
import { openStore } from '../src/store/index.js'

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' } } })
const EVENTS = Number(values.events)
const PER_DOC = 10
const TYPES: PloverType[] = ['CONSULT', 'AGREE', 'REQUEST', 'ACCUSE', 'ASSAULT', 'COERCE', 'SUPPORT', 'REJECT']
const STATES = ['ARM', 'AZE', 'RUS', 'USA', 'FRA', 'DEU', 'TUR', 'IRN']
const PLACES = [['Berlin', 52.52, 13.4], ['Washington', 38.9, -77.04], ['Lachin corridor', 39.6, 46.5], ['Almaty', 43.24, 76.89]] as const
const ref = (id: string): ActorRef => ({ id, country: id, sector: 'GOV' })

function documentAt(i: number): Analysis {
  const sentence = (k: number) => `Report ${i} line ${k}: the ${STATES[(i + k) % 8]} delegation met its counterpart in ${PLACES[(i + k) % 4]![0]}.`
  const lines = Array.from({ length: PER_DOC }, (_, k) => sentence(k))
  const text = lines.join('\n')
  let offset = 0
  const sentences = lines.map((line, index) => {
    const s = { start: offset, end: offset + line.length, index }
    offset += line.length + 1
    return s
  })
  const events: EventRecord[] = sentences.map((s, k) => {
    const place = PLACES[(i + k) % 4]!
    const day = `2023-${String(1 + ((i + k) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
    return {
      id: `e${k + 1}`, type: TYPES[(i + k) % TYPES.length]!, mode: null, source: [ref(STATES[(i + k) % 8]!)], target: [ref(STATES[(i + k + 1) % 8]!)],
      mediators: [], date: { value: day, precision: 'day', basis: 'sentence' }, location: { name: place[0], country: null, lat: place[1], lon: place[2] },
      negated: false, future: false, attributed_to: null, evidence: { ...s, text: text.slice(s.start, s.end) }, sentence: k,
      trigger: { start: s.start, end: s.start + 6, text: text.slice(s.start, s.start + 6) },
    }
  })
  return {
    id: docIdFor(text), source: `bench/${i}.txt`, url: null, title: `Report ${i}`, language: ['en', 'vi', 'ru'][i % 3]!,
    published: { value: '2023-12-31', precision: 'day', inferred: false }, text, sentences, actors: [], places: [], dates: [],
    events, positions: [], profile: null, messages: [],
  }
}

const QUERIES = [
  '/api/stats', '/api/events?limit=50', '/api/events?type=CONSULT&limit=50', '/api/events?actor=ARM&limit=50',
  '/api/events?from=2023-03-01&to=2023-03-31&limit=50', '/api/events?place=Berlin&limit=50', '/api/search?q=delegation%20Berlin',
  '/api/documents?limit=50', '/api/actors', '/api/network', '/api/issues', '/api/rounds',
]

const dir = mkdtempSync(join(tmpdir(), 'parley-api-bench-'))
const store = openStore(join(dir, 'api.db'))
const docs = Math.ceil(EVENTS / PER_DOC)
for (let start = 0; start < docs; start += 500) {
  store.saveBatch(Array.from({ length: Math.min(500, docs - start) }, (_, k) => documentAt(start + k)))
}
const app = createApp({ store })
const rows: { query: string; status: number; cold: number; p50: number; p95: number }[] = []
for (const query of QUERIES) {
  const times: number[] = []
  let status = 0
  for (let run = 0; run < 11; run++) {
    const started = performance.now()
    const response = await app.request(`http://127.0.0.1${query}`)
    await response.arrayBuffer()
    times.push(performance.now() - started)
    status = response.status
  }
  // Note: the first request is cold (no response cache, statements unprepared); the rest may be
  // served by the API's response cache (src/api/cache.ts), so both figures are reported.
  const cold = times.shift()!
  times.sort((a, b) => a - b)
  rows.push({ query, status, cold, p50: times[Math.floor(times.length * 0.5)]!, p95: times[Math.floor(times.length * 0.95)]! })
}
store.close()
rmSync(dir, { recursive: true, force: true })
console.table(rows.map((r) => ({ ...r, cold: r.cold.toFixed(1) + ' ms', p50: r.p50.toFixed(1) + ' ms', p95: r.p95.toFixed(1) + ' ms' })))
writeFileSync(new URL('./api-results.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), events: docs * PER_DOC, rows }, null, 2) + '\n')
