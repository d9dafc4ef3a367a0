/**
 * A cache of the API's JSON answers, keyed by path and query and valid for
 * one version of the data (src/store's dataVersion: it moves on every commit,
 * this connection's or another process's, e.g. an ingest running beside the
 * server). Why: the overview, network, map and issue board scan the whole
 * store; a dashboard left open by several people asks for them again and
 * again, and 50 clients on a store of 1 200 reports timed out without it.
 * Only 200 answers are kept; least recently used go first past the bounds.
 */
import type { MiddlewareHandler } from 'hono'
import { dataVersion } from '../store/queries.js'
import type { Db } from '../store/sqlite.js'

interface Entry {
  readonly version: string
  readonly body: string
  readonly type: string
}

export interface CacheLimits {
  readonly maxEntries: number
  /** Total size of the cached bodies, in UTF-16 units. */
  readonly maxChars: number
}

const DEFAULT_LIMITS: CacheLimits = { maxEntries: 500, maxChars: 32 * 1024 * 1024 }

export function responseCache(db: Db, limits: CacheLimits = DEFAULT_LIMITS): MiddlewareHandler {
  const entries = new Map<string, Entry>()
  let chars = 0
  const drop = (key: string) => {
    chars -= entries.get(key)?.body.length ?? 0
    entries.delete(key)
  }
  return async (c, next) => {
    if (c.req.method !== 'GET') return next()
    const url = new URL(c.req.url)
    const key = `${url.pathname}${url.search}`
    const version = dataVersion(db)
    const hit = entries.get(key)
    if (hit?.version === version) {
      entries.delete(key) // re-inserted: the Map's order is the recency order
      entries.set(key, hit)
      return c.body(hit.body, 200, { 'content-type': hit.type })
    }
    if (hit) drop(key)
    await next()
    const type = c.res.headers.get('content-type') ?? ''
    if (c.res.status !== 200 || !type.startsWith('application/json')) return
    const body = await c.res.clone().text()
    if (body.length > limits.maxChars / 4) return
    entries.set(key, { version, body, type })
    chars += body.length
    for (const oldest of entries.keys()) {
      if (entries.size <= limits.maxEntries && chars <= limits.maxChars) break
      drop(oldest)
    }
  }
}
