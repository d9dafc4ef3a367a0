/**
 * Network fetches, end to end through `ingest()`, against a hostile server on
 * 127.0.0.1: responses that never come or never end, bodies of 50 MB (plain,
 * declared, gzip-compressed), redirect chains and redirects to file:, data:
 * and javascript:, broken HTTP, reset connections, entity bombs. Each URL
 * fails by name with fetch-failed or input-too-large within the limits; good
 * URLs of the same batch are stored; nothing outside the server is read.
 */
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest, type IngestSummary } from '../../src/app/ingest.js'
import { DEFAULT_LIMITS } from '../../src/ingest/items.js'
import { writeFigures } from './figures.js'

const PAGE = '<html lang="en"><head><title>Talks in Almaty</title></head><body><p>The foreign ministers of Armenia and Azerbaijan met in Almaty on 10 May 2024 and agreed to meet again.</p></body></html>'
const HOPS_PAGE = '<p>Azerbaijan and Armenia exchanged draft texts of the peace treaty several times during 2024.</p>'
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Border section agreed</title><link>javascript:alert(document.cookie)</link><description>Armenia and Azerbaijan agreed on a first section of their border in April 2024.</description></item></channel></rss>`
const BOMB = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>x</title><item><title>&c;</title><description>&c;</description></item></channel></rss>`
const LIMITS = { timeoutMs: 1500, maxBytes: 1024 * 1024, maxRedirects: 5 }
const BIG = 50 * 1024 * 1024

/** Bytes each streaming route actually wrote: the client must stop reading early. */
const written: Record<string, number> = {}
const sockets = new Set<Socket>()

function stream(res: ServerResponse, name: string, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 0x61)
  written[name] = 0
  const pump = (): void => {
    while ((written[name] ?? 0) < total && !res.destroyed) {
      written[name] = (written[name] ?? 0) + chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
    res.end()
  }
  res.on('error', () => undefined)
  pump()
}

const redirect = (res: ServerResponse, location: string) => res.writeHead(302, { location }).end()

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const ROUTES: Record<string, Handler> = {
  '/page': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/feed': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED),
  '/bomb': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(BOMB),
  '/no-answer': () => undefined, // headers never come
  '/drip': (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('a')), 50)
    res.on('close', () => clearInterval(timer))
  },
  '/huge': (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    stream(res, 'huge', BIG)
  },
  '/declared-huge': (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(BIG) })
    stream(res, 'declared-huge', BIG)
  },
  '/gzip-bomb': (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
    res.end(gzipSync(Buffer.alloc(BIG, 0x61)))
  },
  '/reset': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100000' })
    res.write('Armenia and Azerbaijan')
    setTimeout(() => req.socket.destroy(), 20)
  },
  '/huge-header': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain', 'x-padding': 'a'.repeat(200_000) }).end('hello'),
  '/to-file': (_q, res) => redirect(res, 'file:///etc/passwd'),
  '/to-data': (_q, res) => redirect(res, 'data:text/html,<script>alert(1)</script>'),
  '/to-javascript': (_q, res) => redirect(res, 'javascript:alert(1)'),
  '/to-ftp': (_q, res) => redirect(res, 'ftp://127.0.0.1/etc/passwd'),
  '/loop': (_q, res) => redirect(res, '/loop'),
}

let server: Server
let garbage: TcpServer
let base = ''
let garbageUrl = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/'
    const hops = /^\/hops\/(\d+)$/.exec(url)
    if (hops) return Number(hops[1]) === 0 ? res.writeHead(200, { 'content-type': 'text/html' }).end(HOPS_PAGE) : redirect(res, `/hops/${Number(hops[1]) - 1}`)
    const route = ROUTES[url]
    if (route) return route(req, res)
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page')
  })
  server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // Not HTTP at all: a line of text, then the connection closes.
  garbage = createTcpServer((s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
    s.end('HELLO, THIS IS NOT HTTP\r\n\r\n')
  })
  await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve))
  garbageUrl = `http://127.0.0.1:${(garbage.address() as AddressInfo).port}/`
})
afterAll(async () => {
  for (const s of sockets) s.destroy()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await new Promise((resolve) => garbage.close(resolve))
})

/** Input → expected ruleId (or 'stored') and a pattern its reason must match. */
function cases(): [string, string, RegExp][] {
  return [
    [`${base}/page`, 'stored', /./],
    [`${base}/feed`, 'stored', /./],
    [`${base}/hops/5`, 'stored', /./],
    [`${base}/hops/6`, 'fetch-failed', /Too many redirects \(more than 5\)/],
    [`${base}/loop`, 'fetch-failed', /Too many redirects/],
    [`${base}/no-answer`, 'fetch-failed', /Timed out after 1500 ms/],
    [`${base}/drip`, 'fetch-failed', /Timed out after 1500 ms/],
    [`${base}/huge`, 'input-too-large', /over 1 MB/],
    [`${base}/declared-huge`, 'input-too-large', /of 50 MB/],
    [`${base}/gzip-bomb`, 'input-too-large', /over 1 MB/],
    [`${base}/reset`, 'fetch-failed', /Network error|terminated|closed/i],
    [`${base}/huge-header`, 'fetch-failed', /Network error/],
    [`${base}/to-file`, 'fetch-failed', /file: refused/],
    [`${base}/to-data`, 'fetch-failed', /data: refused/],
    [`${base}/to-javascript`, 'fetch-failed', /javascript: refused/],
    [`${base}/to-ftp`, 'fetch-failed', /ftp: refused/],
    [`${base}/bomb`, 'malformed-feed', /ENTITY/],
    [`${base}/missing`, 'fetch-failed', /HTTP 404/],
    [garbageUrl, 'fetch-failed', /Network error/],
    ['http://', 'fetch-failed', /malformed URL/],
    ['file:///etc/passwd', 'unsupported-input', /scheme/],
    ['FILE:///etc/hostname', 'unsupported-input', /scheme/],
    ['ftp://127.0.0.1/etc/passwd', 'unsupported-input', /scheme/],
  ]
}

describe('network fetches', () => {
  let summary: IngestSummary
  let dir: string
  let db: string
  let elapsed = 0
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-net-'))
    db = join(dir, 'net.db')
    const started = performance.now()
    summary = await ingest(cases().map((c) => c[0]), { db, workers: 0, read: LIMITS })
    elapsed = performance.now() - started
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('fails each hostile URL by name with the right rule, and stores the good ones', () => {
    const conn = new Database(db, { readonly: true })
    const stored = conn.prepare('SELECT source, url, text FROM documents').all() as { source: string; url: string | null; text: string }[]
    conn.close()
    for (const [input, rule, reason] of cases()) {
      if (rule === 'stored') {
        expect(stored.some((d) => d.source === input || d.source.startsWith(`${input}#`)), input).toBe(true)
        continue
      }
      const failure = summary.failures.find((f) => f.source === input)
      expect(failure?.ruleId, `${input}: ${JSON.stringify(failure)}`).toBe(rule)
      expect(failure?.reason, input).toMatch(reason)
    }
    expect(summary.failed).toBe(cases().filter((c) => c[1] !== 'stored').length)
    // The feed item's javascript: link is not kept; nothing from /etc was read.
    expect(stored.find((d) => d.source === `${base}/feed#1`)?.url).toBeNull()
    expect(stored.find((d) => d.source === `${base}/hops/5`)?.url).toBe(`${base}/hops/0`)
    for (const d of stored) expect(d.text).not.toMatch(/root:|daemon:/)
  })

  it('stops reading a large body early and keeps within the time limit', () => {
    // The server could write at most what fits in socket buffers after the client stopped.
    for (const name of ['huge', 'declared-huge']) expect(written[name] ?? 0, name).toBeLessThan(BIG / 4)
    // Three URLs wait for the 1.5 s timeout; everything else is immediate.
    expect(elapsed).toBeLessThan(3 * LIMITS.timeoutMs + 15_000)
    writeFigures('network', {
      urls: cases().length, stored: summary.new, failed: summary.failed, elapsedMs: Math.round(elapsed),
      bytesWrittenBeforeStop: written, failures: summary.failures.map((f) => `${f.source.replace(base, '')}: ${f.reason} [${f.ruleId}]`),
    })
  })

  it('has sane limits by default (what the CLI uses)', () => {
    expect(DEFAULT_LIMITS.timeoutMs).toBeGreaterThan(0)
    expect(DEFAULT_LIMITS.timeoutMs).toBeLessThanOrEqual(30_000)
    expect(DEFAULT_LIMITS.maxBytes).toBeLessThanOrEqual(50 * 1024 * 1024)
    expect(DEFAULT_LIMITS.maxRedirects).toBeGreaterThan(0)
    expect(DEFAULT_LIMITS.maxRedirects).toBeLessThanOrEqual(10)
  })
})
