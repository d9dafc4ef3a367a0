/** GET /api/issues (the issue board), /api/rounds (rounds of talks), /api/places (mapped places): see ../negotiation.ts. */
import { Hono } from 'hono'
import { placeSummary } from '../../store/queries.js'
import type { IssueBoard, Page, PlaceSummary, Round } from '../contract.js'
import type { ApiContext } from '../context.js'
import { issueBoardOf, roundPlans, roundView } from '../negotiation.js'
import { EmptyQuery, PageQuery, parseInput } from '../schemas.js'

export function negotiationRoutes(ctx: ApiContext): Hono {
  const app = new Hono()
  app.get('/issues', (c) => {
    parseInput(EmptyQuery, c.req.query())
    return c.json(issueBoardOf(ctx.store, ctx.labels()) satisfies IssueBoard)
  })
  app.get('/rounds', (c) => {
    const q = parseInput(PageQuery, c.req.query())
    const labels = ctx.labels()
    const all = roundPlans(ctx.store)
    // Note: only the page's rounds have their quotes and events read.
    const items = all.slice(q.offset, q.offset + q.limit).map((r) => roundView(ctx.store, r.plan, labels))
    return c.json({ total: all.length, limit: q.limit, offset: q.offset, items } satisfies Page<Round>)
  })
  app.get('/places', (c) => {
    const q = parseInput(PageQuery, c.req.query())
    const all = placeSummary(ctx.db, 10_000)
    return c.json({ total: all.length, limit: q.limit, offset: q.offset, items: all.slice(q.offset, q.offset + q.limit) } satisfies Page<PlaceSummary>)
  })
  return app
}
