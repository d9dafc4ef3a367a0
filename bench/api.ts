/**
 * API latency on a large store: 100,000 events (10,000 documents × 10, see
 * ./api-data.ts), built through the store, then the dashboard's queries
 * through the app (createApp, in process: no sockets), p50 and p95 per query
 * in three ways:
 *
 *   warm        the same URL again: served by the response cache (src/api/cache.ts)
 *   cold        cache off, a different URL each time (other filters, pages,
 *               levels), as a user paging and filtering would; unparameterised
 *               queries are simply repeated with the cache off
 *   after-write a correction of some event is stored before each request (not
 *               timed), so the response cache and the actor-directory memo are
 *               stale and every answer is computed afresh, as after an analyst's
 *               edit (the issue board and rounds stay kept: see src/api/negotiation.ts)
 *   after-meeting-edit
 *               the same with a correction of a meeting (CONSULT event) each time:
 *               the rounds it touches are regrouped (src/api/round-plans.ts)
 *   after-ingest
 *               a new document (ten events, a meeting, a position every other one)
 *               is stored before each request, as while an ingest runs beside the
 *               server: the issue board is recomputed, rounds regrouped where it falls
 *
 * Before the queries, an app made as `parley serve` makes it (warm: true) warms
 * up in the background; how long that takes and the first answers after it are
 * printed (the `first` column is each query's first answer after that).
 *
 * Writes bench/api-results.json (with the load average: timings on a shared
 * machine are inflated by whatever else runs).
 *
 *   node --import tsx bench/api.ts [--events 100000] [--samples 20] [--only stats,network]
 *   node --import tsx bench/api.ts --db built.db   # a copy of a store built before with as many events
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createApp, WARM_PATHS } from '../src/api/app.js'
import { planningCounts } from '../src/api/round-plans.js'
import { openStore } from '../src/store/index.js'
import { addCorrection } from '../src/store/queries.js'
import { eventKey } from '../src/app/corrections.js'
import { LANGUAGES, PER_DOC, PLACES, STATES, TYPES, documentAt } from './api-data.js'

const { values } = parseArgs({
  options: { events: { type: 'string', default: '100000' }, samples: { type: 'string', default: '20' }, only: { type: 'string' }, db: { type: 'string' } },
})
const EVENTS = Number(values.events)
const SAMPLES = Number(values.samples)

const month = (v: number) => `2023-${String(1 + (v % 12)).padStart(2, '0')}`
/** Each dashboard query with the variants a user's paging and filtering would ask for. */
const QUERIES: [string, (v: number) => string][] = [
  ['/api/stats', () => '/api/stats'],
  ['/api/events?limit=50', (v) => `/api/events?limit=50&offset=${v * 50}`],
  ['/api/events?sort=-date&limit=50', (v) => `/api/events?sort=-date&limit=50&offset=${v * 50}`],
  ['/api/events?limit=500 (timeline chart)', (v) => `/api/events?limit=500&type=${TYPES[v % 8]},${TYPES[(v + 3) % 8]}`],
  ['/api/events?type=CONSULT&limit=50', (v) => `/api/events?type=${TYPES[v % 8]}&limit=50&offset=${(v >> 3) * 50}`],
  ['/api/events?actor=ARM&limit=50', (v) => `/api/events?actor=${STATES[v % 8]}&limit=50&offset=${(v >> 3) * 50}`],
  ['/api/events?from=2023-03-01&to=2023-03-31&limit=50', (v) => `/api/events?from=${month(v)}-01&to=${month(v)}-${v % 2 ? '15' : '31'}&limit=50`],
  ['/api/events?place=Berlin&limit=50', (v) => `/api/events?place=${encodeURIComponent(PLACES[v % 4]![0])}&limit=50&offset=${(v >> 2) * 50}`],
  ['/api/events?language=vi&type=ACCUSE&limit=50', (v) => `/api/events?language=${LANGUAGES[v % 3]}&type=${TYPES[v % 8]}&limit=50`],
  ['/api/events?located=1&limit=500 (map)', (v) => `/api/events?located=1&limit=500&type=${TYPES[v % 8]}`],
  ['/api/events?status=extracted&limit=20 (review queue)', (v) => `/api/events?status=extracted&limit=20&offset=${v * 20}`],
  ['/api/search?q=delegation%20Berlin', (v) => `/api/search?q=${encodeURIComponent(`delegation ${PLACES[v % 4]![0]}`)}&offset=${(v >> 2) * 50}`],
  ['/api/documents?limit=50', (v) => `/api/documents?limit=50&offset=${v * 50}${v % 2 ? `&language=${LANGUAGES[v % 3]}` : ''}`],
  ['/api/actors', (v) => `/api/actors?limit=200&offset=${v % 2}`],
  ['/api/actors/ARM (actor page)', (v) => `/api/actors/${STATES[v % 8]}`],
  ['/api/network', (v) => `/api/network?level=${v % 2 ? 'country' : 'actor'}${v % 4 > 1 ? `&type=${TYPES[v % 8]}` : ''}`],
  ['/api/places?limit=500', (v) => `/api/places?limit=500&offset=${v % 2}`],
  ['/api/issues', () => '/api/issues'],
  ['/api/rounds', (v) => `/api/rounds?limit=10&offset=${(v * 10) % 80}`],
]

const dir = mkdtempSync(join(tmpdir(), 'parley-api-bench-'))
if (values.db) copyFileSync(values.db, join(dir, 'api.db'))
const store = openStore(join(dir, 'api.db'))
const docs = Math.ceil(EVENTS / PER_DOC)
const built = performance.now()
for (let start = 0; start < docs && !values.db; start += 500) {
  store.saveBatch(Array.from({ length: Math.min(500, docs - start) }, (_, k) => documentAt(start + k)))
}
const buildSeconds = (performance.now() - built) / 1000

async function time(app: ReturnType<typeof createApp>, url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now()
  const response = await app.request(`http://127.0.0.1${url}`)
  await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  return { p50: pct(sorted, 0.5), p95: pct(sorted, 0.95) }
}

/** A correction on some event (or a meeting), so the data version moves (what an analyst's review does). */
let written = 0
const hash = (n: number) => Math.imul(n + 1, 2654435761) >>> 0
function writeCorrection(meeting = false): void {
  const a = documentAt(hash(written) % docs)
  const e = meeting ? a.events.find((x) => x.type === 'CONSULT') ?? a.events[0]! : a.events[hash(written + 7) % PER_DOC]!
  const at = new Date().toISOString()
  written++
  // A meeting is moved to another day (its round is regrouped); else some event is rejected, confirmed or retyped.
  if (meeting) return void addCorrection(store.db, { kind: 'event', doc: a.id, key: eventKey(e), action: 'edit', patch: { date: { value: `2023-06-${String(1 + (written % 28)).padStart(2, '0')}`, precision: 'day' } } }, at)
  const action = written % 3 === 0 ? 'reject' : written % 3 === 1 ? 'confirm' : 'edit'
  addCorrection(store.db, { kind: 'event', doc: a.id, key: eventKey(e), action, ...(action === 'edit' ? { patch: { type: TYPES[(written >> 2) % 8]! } } : {}) }, at)
}

/** A new document stored (not timed), numbered after the store's. */
let ingested = 0
const ingestOne = () => void store.saveBatch([documentAt(docs + ingested++)])

const load: { before: number[]; after?: number[] } = { before: loadavg() }
// Warm-up at start (what `parley serve` does), then the first answers after it.
const warmStarted = performance.now()
const warmed = createApp({ store, warm: true })
while (planningCounts(store.db).full === 0) await new Promise((resolve) => setTimeout(resolve, 5))
const warmUp = { roundsPlannedMs: performance.now() - warmStarted, first: {} as Record<string, number> }
await new Promise((resolve) => setTimeout(resolve, 500))
for (const path of WARM_PATHS) warmUp.first[path] = (await time(warmed, path)).ms
const cached = createApp({ store })
const uncached = createApp({ store, cache: false })
type Summary = { p50: number; p95: number }
const rows: { query: string; status: number; first: number; warm: Summary; cold: Summary; afterWrite: Summary; afterMeetingEdit: Summary; afterIngest: Summary }[] = []
const only = values.only?.split(',')
for (const [query, variant] of QUERIES.filter(([q]) => !only || only.some((o) => q.includes(o)))) {
  const first = await time(cached, variant(0))
  const warm: number[] = []
  for (let s = 0; s < SAMPLES; s++) warm.push((await time(cached, variant(0))).ms)
  const cold: number[] = []
  let status = first.status
  for (let s = 0; s < SAMPLES; s++) {
    const r = await time(uncached, variant(s + 1))
    cold.push(r.ms)
    if (r.status !== 200) status = r.status
  }
  const afterWrite: number[] = []
  for (let s = 0; s < Math.ceil(SAMPLES / 2); s++) {
    writeCorrection()
    afterWrite.push((await time(cached, variant(s))).ms)
  }
  const afterMeetingEdit: number[] = []
  for (let s = 0; s < Math.ceil(SAMPLES / 4); s++) {
    writeCorrection(true)
    afterMeetingEdit.push((await time(cached, variant(s))).ms)
  }
  const afterIngest: number[] = []
  for (let s = 0; s < Math.ceil(SAMPLES / 4); s++) {
    ingestOne()
    afterIngest.push((await time(cached, variant(s))).ms)
  }
  rows.push({
    query, status, first: first.ms, warm: summary(warm), cold: summary(cold), afterWrite: summary(afterWrite),
    afterMeetingEdit: summary(afterMeetingEdit), afterIngest: summary(afterIngest),
  })
}
load.after = loadavg()
store.close()
rmSync(dir, { recursive: true, force: true })

const ms = (n: number) => `${n.toFixed(1)} ms`
console.log(`API latency, ${docs * PER_DOC} events in ${docs} documents (store built in ${buildSeconds.toFixed(0)} s); ${SAMPLES} samples per query`)
console.log(`load average before ${load.before.map((n) => n.toFixed(2)).join(' ')}, after ${(load.after ?? []).map((n) => n.toFixed(2)).join(' ')} (${cpus().length} cores)`)
console.log(`warm-up at start: rounds planned in the background ${ms(warmUp.roundsPlannedMs)} after createApp; first answers then: ${Object.entries(warmUp.first).map(([p, t]) => `${p} ${ms(t)}`).join(', ')}`)
const counts = planningCounts(store.db)
console.table(rows.map((r) => ({
  query: r.query, status: r.status, 'first': ms(r.first), 'warm p50': ms(r.warm.p50), 'warm p95': ms(r.warm.p95),
  'cold p50': ms(r.cold.p50), 'cold p95': ms(r.cold.p95), 'after-write p50': ms(r.afterWrite.p50), 'after-write p95': ms(r.afterWrite.p95),
  'after-meeting-edit p95': ms(r.afterMeetingEdit.p95), 'after-ingest p95': ms(r.afterIngest.p95),
})))
console.log(`rounds planned from scratch ${counts.full} times, brought up to date ${counts.incremental} times`)
const over = rows.filter((r) => Math.max(r.cold.p95, r.afterWrite.p95, r.afterMeetingEdit.p95, r.afterIngest.p95) >= 100).map((r) => r.query)
console.log(`cold, after-write, after-meeting-edit and after-ingest p95 under 100 ms: ${rows.length - over.length} of ${rows.length} queries${over.length ? ` (not: ${over.join(', ')})` : ''}`)
writeFileSync(
  new URL('./api-results.json', import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), events: docs * PER_DOC, documents: docs, samples: SAMPLES, buildSeconds, load, warmUp, planning: counts, rows }, null, 2) + '\n',
)
