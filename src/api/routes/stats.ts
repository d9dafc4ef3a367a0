/** GET /api/stats: the overview (counts, parties, mediators, latest round, board summary, recent incidents). */
import { Hono } from 'hono'
import { PLOVER_TYPES } from '../../core/doc.js'
import { actorActivity, countByType, counts, dateRange, firstEvents, languageCounts, type ActorActivity } from '../../store/queries.js'
import { FAMILIES, FAMILY_OF, type Family, type Stats } from '../contract.js'
import type { ApiContext } from '../context.js'
import { issueBoardOf, roundPlans, roundView } from '../negotiation.js'
import { EmptyQuery, parseInput } from '../schemas.js'
import { eventView, type Labels } from '../views.js'
import { summaryOf } from './actors.js'

const INCIDENT_TYPES = PLOVER_TYPES.filter((t) => FAMILY_OF[t] === 'material-conflict')

export function statsRoutes(ctx: ApiContext): Hono {
  const app = new Hono()
  app.get('/stats', (c) => {
    parseInput(EmptyQuery, c.req.query())
    const labels = ctx.labels()
    const n = counts(ctx.db)
    const byType = countByType(ctx.db, {})
    const activity = actorActivity(ctx.db)
    const board = issueBoardOf(ctx.store, labels)
    const latest = roundPlans(ctx.store)[0]
    const stats: Stats = {
      ...n,
      languages: languageCounts(ctx.db),
      eventsByType: byType,
      eventsByFamily: familyCounts(byType),
      dateRange: dateRange(ctx.db, {}),
      parties: partiesOf(activity, board.parties.map((p) => p.id), labels).map(summaryOf),
      mediators: activity.filter((a) => a.roles.mediator > 0).sort((a, b) => b.roles.mediator - a.roles.mediator).slice(0, 8).map(summaryOf),
      latestRound: latest ? roundView(ctx.store, latest.plan, labels) : null,
      board: board.issues.map((i) => ({ issue: i.issue, stances: i.cells.map((cell) => ({ party: cell.party.id, stance: cell.latest.stance })) })),
      recentIncidents: firstEvents(ctx.db, { types: INCIDENT_TYPES }, 6, true).map((r) => eventView(r, labels)),
      correctionsEnabled: ctx.token !== null,
    }
    return c.json(stats)
  })
  return app
}

function familyCounts(byType: Record<string, number>): Record<Family, number> {
  const out = Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>
  for (const [type, n] of Object.entries(byType)) {
    const family = FAMILY_OF[type as keyof typeof FAMILY_OF]
    if (family) out[family] += n
  }
  return out
}

/**
 * The parties: the states that hold positions on the board, else the states
 * most often acting or acted upon (not as mediators), at most two.
 */
function partiesOf(activity: readonly ActorActivity[], boardParties: readonly string[], labels: Labels): ActorActivity[] {
  const byCountry = new Map<string, ActorActivity>()
  for (const a of activity) {
    const country = byCountry.get(a.country) ?? { ...(activity.find((x) => x.id === a.country) ?? a), id: a.country, name: labels.name(a.country), mentions: 0, documents: 0, events: 0, roles: { source: 0, target: 0, mediator: 0, attributed: 0 } }
    country.mentions += a.mentions
    country.events += a.events
    country.documents = Math.max(country.documents, a.documents)
    for (const role of ['source', 'target', 'mediator', 'attributed'] as const) country.roles[role] += a.roles[role]
    byCountry.set(a.country, country)
  }
  if (boardParties.length > 0) return boardParties.map((p) => byCountry.get(p)).filter((p): p is ActorActivity => p !== undefined)
  return [...byCountry.values()]
    .filter((c) => c.roles.source + c.roles.target > c.roles.mediator)
    .sort((a, b) => b.roles.source + b.roles.target - (a.roles.source + a.roles.target))
    .slice(0, 2)
}
