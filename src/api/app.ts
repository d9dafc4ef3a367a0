/**
 * The HTTP app as a value: `createApp({store, token})` returns a Hono app
 * that tests drive with `app.request()`; only `parley serve` puts it on a
 * socket. It serves the JSON API under /api (answers cached per data
 * version) and the built dashboard.
 */
import { Hono } from 'hono'
import type { SqliteStore } from '../store/index.js'
import { responseCache } from './cache.js'
import { apiContext } from './context.js'
import { errorBody, onError } from './errors.js'
import { OPENAPI } from './openapi.js'
import { actorRoutes } from './routes/actors.js'
import { correctionRoutes } from './routes/corrections.js'
import { documentRoutes } from './routes/documents.js'
import { eventRoutes } from './routes/events.js'
import { negotiationRoutes } from './routes/negotiation.js'
import { searchRoutes } from './routes/search.js'
import { statsRoutes } from './routes/stats.js'
import { hostGuard, securityHeaders } from './security.js'
import { staticFiles } from './static.js'

export interface AppOptions {
  readonly store: SqliteStore
  /** Bearer token for corrections; null or absent disables them. */
  readonly token?: string | null
  /** The built dashboard folder (web/dist); null serves the API only. */
  readonly webRoot?: string | null
  /** Host names to answer to (DNS-rebinding guard); absent answers any. `parley serve` sets it when bound to loopback. */
  readonly allowedHosts?: readonly string[]
  /** Clock for correction timestamps (tests pass a fixed one). */
  readonly now?: () => string
  /** Cache JSON answers per data version (./cache.ts); on by default. */
  readonly cache?: boolean
  /**
   * Answer the dashboard's costliest first queries once in the background
   * just after start (WARM_PATHS: rounds of talks, issue board, overview),
   * so the first visitor does not wait 0.5-1.6 s for them on a large store.
   * `parley serve` sets it; tests leave it off.
   */
  readonly warm?: boolean
}

/** What a dashboard opens with and is slowest to answer on a fresh process. */
export const WARM_PATHS = ['/api/stats', '/api/rounds', '/api/issues'] as const

export function createApp(options: AppOptions): Hono {
  const ctx = apiContext(options.store, options.token || null, options.now ?? (() => new Date().toISOString()))
  const api = new Hono()
  if (options.cache !== false) api.use('*', responseCache(options.store.db))
  for (const routes of [documentRoutes, eventRoutes, actorRoutes, negotiationRoutes, searchRoutes, statsRoutes, correctionRoutes]) {
    api.route('/', routes(ctx))
  }
  api.get('/openapi.json', (c) => c.json(OPENAPI))
  api.all('*', (c) => c.json(errorBody(404, `No such endpoint: ${c.req.method} ${c.req.path}`), 404))

  const app = new Hono()
  app.use('*', securityHeaders())
  if (options.allowedHosts) app.use('*', hostGuard(options.allowedHosts))
  app.onError(onError)
  app.route('/api', api)
  const web = staticFiles(options.webRoot ?? null)
  app.get('*', web)
  app.notFound((c) => c.text('Not found', 404))
  if (options.warm) warmUp(app, options.allowedHosts?.[0] ?? 'localhost')
  return app
}

/**
 * Asks WARM_PATHS once, one after the other, each from a timer: so the
 * server made right after createApp is listening first (binding an IP
 * address, as `parley serve` does by default, is done before timers run),
 * the process is never kept alive for it, and it is quiet (a store closed
 * meanwhile is no error). A request arriving meanwhile waits for the query
 * under way, as it would have without the warm-up.
 */
function warmUp(app: Hono, host: string): void {
  const next = (i: number) => {
    const path = WARM_PATHS[i]
    if (!path) return
    setTimeout(() => {
      Promise.resolve()
        .then(() => app.request(`http://${host}${path}`))
        .then((response) => response.arrayBuffer())
        .catch(() => undefined)
        .finally(() => next(i + 1))
    }, 0).unref()
  }
  next(0)
}
