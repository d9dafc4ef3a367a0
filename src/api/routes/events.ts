/** GET /api/events (filters, paging, total) and /api/events/:doc/:id (with other sources and correction history). */
import { Hono } from 'hono'
import { getCluster, getEvent, listCorrections, listEvents, type EventFilter } from '../../store/queries.js'
import type { EventDetail, EventView, Page } from '../contract.js'
import type { ApiContext } from '../context.js'
import { notFound } from '../errors.js'
import { EmptyQuery, EventQuery, docId, eventId, parseInput, typesOf, type EventFilterQuery } from '../schemas.js'
import { correctionView, eventView } from '../views.js'

const FILTER_KEYS = ['actor', 'role', 'issue', 'from', 'to', 'language', 'place', 'q', 'doc', 'cluster', 'located', 'status'] as const

/** Turn validated query values into a store filter, leaving out what was not given. */
export function eventFilterOf(q: EventFilterQuery): EventFilter {
  const filter: Record<string, unknown> = {}
  for (const key of FILTER_KEYS) if (q[key] !== undefined) filter[key] = q[key]
  const types = typesOf(q)
  if (types) filter['types'] = types
  // Note: the keys above are exactly EventFilter's, each already validated.
  return filter as EventFilter
}

export function eventRoutes(ctx: ApiContext): Hono {
  const app = new Hono()
  app.get('/events', (c) => {
    const q = parseInput(EventQuery, c.req.query())
    const { total, rows } = listEvents(ctx.db, eventFilterOf(q), q, q.sort === '-date')
    const labels = ctx.labels()
    return c.json({ total, limit: q.limit, offset: q.offset, items: rows.map((r) => eventView(r, labels)) } satisfies Page<EventView>)
  })
  app.get('/events/:doc/:id', (c) => {
    parseInput(EmptyQuery, c.req.query())
    const doc = parseInput(docId, c.req.param('doc'), 'document id')
    const id = parseInput(eventId, c.req.param('id'), 'event id')
    const row = getEvent(ctx.db, doc, id)
    if (!row) throw notFound(`event ${doc}/${id}`)
    const labels = ctx.labels()
    const view = eventView(row, labels)
    const sources = row.cluster
      ? listEvents(ctx.db, { cluster: row.cluster, status: 'all' }, { limit: 200, offset: 0 }).rows.filter((r) => r.doc !== doc || r.id !== id)
      : []
    const history = listCorrections(ctx.db, { doc, kind: 'event', key: view.key }, { limit: 100, offset: 0 }).rows
    const cluster = row.cluster ? getCluster(ctx.db, row.cluster) : null
    const clusterInfo = cluster ? { ...cluster, languages: [...cluster.languages] } : null
    const detail: EventDetail = { ...view, sources: sources.map((r) => eventView(r, labels)), clusterInfo, history: history.map(correctionView) }
    return c.json(detail)
  })
  return app
}
