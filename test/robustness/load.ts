/**
 * Shared by the load test (short, in CI) and `npm run soak` (scripts/soak.ts,
 * 50 clients for 30 s): a store of synthetic reports, `parley serve` started
 * as its own process on 127.0.0.1, and autocannon cycling through the API's
 * main queries, counting every answer that is not a 200 with a JSON body.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import type { Analysis } from '../../src/core/doc.js'
import { docIdFor } from '../../src/core/ids.js'
import { sampleAnalyses } from '../../src/api/fixtures.js'
import { openStore } from '../../src/store/index.js'

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url))

/** A YYYY-MM-DD value moved by `days` (other precisions stay): copies fall on other days, so rounds do not pile up. */
function shifted<T extends { readonly value: string } | null>(date: T, days: number): T {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return date
  const [y, m, d] = date.value.split('-').map(Number) as [number, number, number]
  return { ...date, value: new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10) }
}

/**
 * `copies` × the six fixture reports, each copy its own document (a line
 * appended to the text, so every offset stays valid) with its own source,
 * and its dates moved by one day per copy.
 */
export function syntheticAnalyses(copies: number): Analysis[] {
  const out: Analysis[] = []
  for (let k = 0; k < copies; k++) {
    for (const a of sampleAnalyses()) {
      const text = `${a.text}\nCopy ${k + 1} of this report.`
      out.push({
        ...a, id: docIdFor(text), text, source: `copy-${k + 1}/${a.source}`, url: a.url ? `${a.url}?copy=${k + 1}` : null,
        published: shifted(a.published, k),
        dates: a.dates.map((m) => ({ ...m, date: shifted(m.date, k) })),
        events: a.events.map((e) => ({ ...e, date: shifted(e.date, k) })),
        positions: a.positions.map((p) => ({ ...p, date: shifted(p.date, k) })),
      })
    }
  }
  return out
}

/** A database file holding these analyses (closed again: the server opens it). */
export function writeStore(path: string, analyses: readonly Analysis[]): void {
  const store = openStore(path)
  try {
    store.saveBatch(analyses, '2025-09-01T12:00:00.000Z')
  } finally {
    store.close()
  }
}

export interface Served {
  readonly url: string
  readonly child: ChildProcess
  /** Everything the server wrote to stderr (errors it logged). */
  readonly stderr: () => string
  stop(): Promise<number | null>
}

/** `parley serve --port 0` on the database, resolved once it says where it listens. */
export function spawnServe(db: string, env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
  const stop = () => new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode)
    child.once('exit', (code) => resolve(code))
    child.kill('SIGTERM')
  })
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const url = /serving .* at (http:\/\/\S+)/.exec(out)?.[1]
      if (url) resolve({ url: url.replace(/\/$/, ''), child, stderr: () => err, stop })
    })
    child.once('exit', (code) => reject(new Error(`parley serve exited (${code}): ${err}`)))
  })
}

/**
 * The queries the dashboard makes, over these documents: the views' lists and
 * aggregates, and 20 different documents and events (each new to the cache).
 */
export function mainQueries(analyses: readonly Analysis[]): string[] {
  if (analyses.length === 0) throw new Error('mainQueries: no documents')
  const step = Math.max(1, Math.floor(analyses.length / 20))
  const some = analyses.filter((_, i) => i % step === 0).slice(0, 20)
  return [
    '/api/stats', '/api/events', '/api/events?sort=-date&limit=100', '/api/events?actor=ARM&role=target', '/api/events?type=CONSULT,AGREE&from=2023',
    '/api/events?q=talks', '/api/events?family=material-conflict', '/api/documents', '/api/documents?language=ru&offset=10',
    '/api/search?q=talks', '/api/search?q=gap%20nhau', '/api/actors', '/api/actors/ARM', '/api/issues', '/api/rounds',
    '/api/network', '/api/network?level=country', '/api/places', '/api/corrections',
    ...some.map((a) => `/api/documents/${a.id}`),
    ...some.filter((a) => a.events.length > 0).map((a) => `/api/events/${a.id}/e1`),
  ]
}

export interface LoadFigures {
  readonly connections: number
  readonly seconds: number
  readonly requests: number
  readonly perSecond: number
  readonly errors: number
  readonly timeouts: number
  readonly non2xx: number
  /** Answers that were 200 but not a JSON object or array. */
  readonly badBodies: number
  readonly latencyMs: { readonly p50: number; readonly p97_5: number; readonly p99: number; readonly max: number }
  /** The first few bad answers, for the message of a failing test. */
  readonly samples: readonly string[]
}

/** One pass over the queries first: a fresh server answers its first requests slowly (JIT, SQLite's page cache). */
async function warmUp(url: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) await (await fetch(`${url}${path}`)).arrayBuffer()
}

export async function runLoad(url: string, paths: readonly string[], options: { connections: number; seconds: number }): Promise<LoadFigures> {
  await warmUp(url, paths)
  let badBodies = 0
  const samples: string[] = []
  const requests = paths.map((path) => ({
    method: 'GET',
    path,
    onResponse: (status: number, body: string) => {
      if (status === 200 && /^[[{]/.test(body)) return
      if (status === 200) badBodies++
      if (samples.length < 5) samples.push(`${path}: ${status} ${body.slice(0, 120)}`)
    },
  }))
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, timeout: 10, requests })
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    badBodies,
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    samples,
  }
}
