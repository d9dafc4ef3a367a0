/** GET /api/issues (the board), /api/rounds (talks grouped by day and place), /api/places (mapped places). */
import { Hono } from 'hono'
import { issueBoard, placeSummary, rounds } from '../../store/queries.js'
import type { IssueBoard, Page, PlaceSummary, Round } from '../contract.js'
import type { ApiContext } from '../context.js'
import { boardOf, roundView } from '../negotiation.js'
import { EmptyQuery, PageQuery, parseInput } from '../schemas.js'

export function negotiationRoutes(ctx: ApiContext): Hono {
  const app = new Hono()
  app.get('/issues', (c) => {
    parseInput(EmptyQuery, c.req.query())
    return c.json(boardOf(issueBoard(ctx.db), ctx.labels()) satisfies IssueBoard)
  })
  app.get('/rounds', (c) => {
    const q = parseInput(PageQuery, c.req.query())
    const labels = ctx.labels()
    const all = rounds(ctx.db)
    const items = all.slice(q.offset, q.offset + q.limit).map((g) => roundView(g, labels))
    return c.json({ total: all.length, limit: q.limit, offset: q.offset, items } satisfies Page<Round>)
  })
  app.get('/places', (c) => {
    const q = parseInput(PageQuery, c.req.query())
    const all = placeSummary(ctx.db, 10_000)
    return c.json({ total: all.length, limit: q.limit, offset: q.offset, items: all.slice(q.offset, q.offset + q.limit) } satisfies Page<PlaceSummary>)
  })
  return app
}
