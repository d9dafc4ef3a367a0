/** GET /api/actors, /api/actors/:id (events, co-actors, positions) and /api/network (who did what to whom). */
import { Hono } from 'hono'
import { actorActivity, listEvents, listPositions, participants, type ActorActivity, type ParticipantRow } from '../../store/queries.js'
import { type ActorDetail, type ActorSummary, type CoActor, type Page } from '../contract.js'
import type { ApiContext } from '../context.js'
import { notFound } from '../errors.js'
import { buildNetwork } from '../network.js'
import { EmptyQuery, NetworkQuery, PageQuery, actorId, parseInput } from '../schemas.js'
import { eventView, positionView, type Labels } from '../views.js'
import { eventFilterOf } from './events.js'

export const summaryOf = (a: ActorActivity): ActorSummary => ({ ...a, roles: { ...a.roles } })

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
      coActors: coActorsOf(id, participants(ctx.db, { actor: id }), labels),
      positions: listPositions(ctx.db, { party: id }).map((p) => positionView(p, labels)),
    }
    return c.json(detail)
  })
  app.get('/network', (c) => {
    const q = parseInput(NetworkQuery, c.req.query())
    return c.json(buildNetwork(participants(ctx.db, eventFilterOf(q)), q.level, ctx.labels(), actorActivity(ctx.db)))
  })
  return app
}

/** Everyone who took part in the same events as `id` (its own people excluded for a state), most shared first. */
function coActorsOf(id: string, rows: readonly ParticipantRow[], labels: Labels): CoActor[] {
  const events = new Map<string, ParticipantRow[]>()
  for (const r of rows) events.set(`${r.doc}/${r.id}`, [...(events.get(`${r.doc}/${r.id}`) ?? []), r])
  const out = new Map<string, { count: number; types: Record<string, number>; country: string }>()
  for (const group of events.values()) {
    const seen = new Set<string>()
    for (const r of group) {
      if (r.actor === id || r.country === id || seen.has(r.actor)) continue
      seen.add(r.actor)
      const entry = out.get(r.actor) ?? { count: 0, types: {}, country: r.country }
      entry.count++
      entry.types[r.type] = (entry.types[r.type] ?? 0) + 1
      out.set(r.actor, entry)
    }
  }
  return [...out]
    .map(([actor, v]) => ({ actor: labels.of({ id: actor, country: v.country }), count: v.count, types: v.types }))
    .sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name))
}

