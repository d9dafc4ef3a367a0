/** GET /api/actors, /api/actors/:id (events, co-actors, positions) and /api/network (who did what to whom). */
import { Hono } from 'hono'
import { actorActivity, coActorCounts, countPositions, listEvents, listPositions, networkCounts, participants, type ActorActivity } from '../../store/queries.js'
import { type ActorDetail, type ActorSummary, type Page } from '../contract.js'
import type { ApiContext } from '../context.js'
import { notFound } from '../errors.js'
import { buildNetwork, coActorsFromCounts, graphOf } from '../network.js'
import { EmptyQuery, NetworkQuery, PageQuery, actorId, parseInput } from '../schemas.js'
import { eventView, positionView } from '../views.js'
import { eventFilterOf } from './events.js'

export const summaryOf = (a: ActorActivity): ActorSummary => ({ ...a, roles: { ...a.roles } })

/** How many of an actor's positions its page lists (positionCount has them all). */
const POSITIONS_SHOWN = 100

export function actorRoutes(ctx: ApiContext): Hono {
  const app = new Hono()
  app.get('/actors', (c) => {
    const q = parseInput(PageQuery, c.req.query())
    const all = actorActivity(ctx.db)
    return c.json({ total: all.length, limit: q.limit, offset: q.offset, items: all.slice(q.offset, q.offset + q.limit).map(summaryOf) } satisfies Page<ActorSummary>)
  })
  app.get('/actors/:id', (c) => {
    parseInput(EmptyQuery, c.req.query())
    const id = parseInput(actorId, c.req.param('id'), 'actor id')
    const actor = actorActivity(ctx.db).find((a) => a.id === id)
    if (!actor) throw notFound(`actor ${id}`)
    const labels = ctx.labels()
    const detail: ActorDetail = {
      ...summaryOf(actor),
      recent: listEvents(ctx.db, { actor: id }, { limit: 50, offset: 0 }, true).rows.map((r) => eventView(r, labels)),
      // Note: from the store's kept counts (network_counts, level 'co'), as coActorsOf counts the participants.
      coActors: coActorsFromCounts(coActorCounts(ctx.db, id), labels, actorActivity(ctx.db)),
      positions: listPositions(ctx.db, { party: id, limit: POSITIONS_SHOWN }).map((p) => positionView(p, labels)),
      positionCount: countPositions(ctx.db, { party: id }),
    }
    return c.json(detail)
  })
  app.get('/network', (c) => {
    const q = parseInput(NetworkQuery, c.req.query())
    const filter = eventFilterOf(q)
    const activity = actorActivity(ctx.db)
    // Note: by types alone (the dashboard's network), the store's kept counts answer; other filters count the participants.
    const typesOnly = Object.keys(filter).every((k) => k === 'types')
    if (typesOnly) return c.json(graphOf(networkCounts(ctx.db, q.level, filter.types), q.level, ctx.labels(), activity))
    return c.json(buildNetwork(participants(ctx.db, filter), q.level, ctx.labels(), activity))
  })
  return app
}
