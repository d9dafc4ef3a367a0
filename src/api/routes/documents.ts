/** GET /api/documents (paginated) and /api/documents/:id (text, mentions, events and positions as corrected). */
import { Hono } from 'hono'
import { safeUrl } from '../../clean/safe-url.js'
import { getDocument, listDocuments, listEvents, listPositions } from '../../store/queries.js'
import type { DocumentMeta, DocumentView, Page } from '../contract.js'
import type { ApiContext } from '../context.js'
import { notFound } from '../errors.js'
import { DocumentQuery, EmptyQuery, docId, parseInput } from '../schemas.js'
import { eventView, positionView } from '../views.js'

export function documentRoutes(ctx: ApiContext): Hono {
  const app = new Hono()
  app.get('/documents', (c) => {
    const q = parseInput(DocumentQuery, c.req.query())
    const { total, rows } = listDocuments(ctx.db, { ...(q.language ? { language: q.language } : {}), ...(q.q ? { q: q.q } : {}) }, q)
    const items = rows.map((r) => ({ ...r, url: safeUrl(r.url) }))
    return c.json({ total, limit: q.limit, offset: q.offset, items } satisfies Page<DocumentMeta>)
  })
  app.get('/documents/:id', (c) => {
    parseInput(EmptyQuery, c.req.query())
    const id = parseInput(docId, c.req.param('id'), 'document id')
    const found = getDocument(ctx.db, id)
    if (!found) throw notFound(`document ${id}`)
    const labels = ctx.labels()
    const { analysis: a, row } = found
    const events = listEvents(ctx.db, { doc: id, status: 'all' }, { limit: 100_000, offset: 0 }).rows
    const view: DocumentView = {
      id: row.id, source: row.source, url: safeUrl(row.url), title: row.title, language: row.language, published: row.published,
      published_precision: row.published_precision, version: row.version,
      text: a.text, sentences: a.sentences, actors: a.actors, places: a.places, dates: a.dates, messages: a.messages,
      events: events.map((e) => eventView(e, labels)).sort((x, y) => x.evidence.start - y.evidence.start),
      positions: listPositions(ctx.db, { doc: id, includeRejected: true }).map((p) => positionView(p, labels)),
    }
    return c.json(view)
  })
  return app
}
