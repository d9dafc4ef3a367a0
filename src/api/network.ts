/**
 * The actor network from event participants: an edge source → target per
 * event type (actors named together as the source of a meeting are joined
 * too: "A and B met"), and mediator → party edges. Nodes are sized by the
 * number of events an actor took part in. At `country` level persons are
 * folded into their state.
 */
import type { PloverType } from '../core/doc.js'
import type { ActorActivity, CoActorCount, NetworkCounts, ParticipantRow } from '../store/queries.js'
import { FAMILY_OF, type CoActor, type NetworkEdge, type NetworkGraph, type NetworkNode } from './contract.js'
import type { Labels } from './views.js'

type Level = 'actor' | 'country'

export function buildNetwork(rows: readonly ParticipantRow[], level: Level, labels: Labels, activity: readonly ActorActivity[]): NetworkGraph {
  const byEvent = new Map<string, ParticipantRow[]>()
  for (const r of rows) byEvent.set(`${r.doc}/${r.id}`, [...(byEvent.get(`${r.doc}/${r.id}`) ?? []), r])
  const edges = new Map<string, { source: string; target: string; type: PloverType | 'MEDIATE'; count: number }>()
  const activityOf = new Map<string, number>()
  const addEdge = (source: string, target: string, type: PloverType | 'MEDIATE') => {
    if (source === target) return
    const key = `${source}\u0000${target}\u0000${type}`
    const e = edges.get(key) ?? { source, target, type, count: 0 }
    e.count++
    edges.set(key, e)
  }
  for (const group of byEvent.values()) {
    const node = (r: ParticipantRow) => (level === 'country' ? r.country : r.actor)
    const inRole = (role: ParticipantRow['role']) => [...new Set(group.filter((r) => r.role === role).map(node))]
    const type = group[0]!.type as PloverType
    const [sources, targets, mediators] = [inRole('source'), inRole('target'), inRole('mediator')]
    for (const id of new Set(group.map(node))) activityOf.set(id, (activityOf.get(id) ?? 0) + 1)
    for (const s of sources) for (const t of targets) addEdge(s, t, type)
    if (targets.length === 0) sources.forEach((s, i) => sources.slice(i + 1).forEach((t) => addEdge(s, t, type)))
    for (const m of mediators) for (const p of [...sources, ...targets]) addEdge(m, p, 'MEDIATE')
  }
  return graphOf({ nodes: [...activityOf].map(([id, activity]) => ({ id, activity })), edges: [...edges.values()] }, level, labels, activity)
}

/**
 * The graph from node activity and edge counts (the store's kept counts, or
 * those buildNetwork computed). Edges most frequent first, then by ids.
 */
export function graphOf(counts: NetworkCounts, level: Level, labels: Labels, activity: readonly ActorActivity[]): NetworkGraph {
  const meta = new Map(activity.map((a) => [a.id, a]))
  const nodes: NetworkNode[] = counts.nodes.map(({ id, activity: n }) => ({
    id,
    name: labels.name(id),
    type: meta.get(id)?.type ?? (level === 'country' ? 'state' : null),
    country: meta.get(id)?.country ?? id,
    activity: n,
  }))
  const edgeList: NetworkEdge[] = counts.edges
    .map((e) => ({ source: e.source, target: e.target, type: e.type as PloverType | 'MEDIATE', count: e.count }))
    .map((e): NetworkEdge => ({ ...e, family: e.type === 'MEDIATE' ? 'mediation' : FAMILY_OF[e.type] }))
    .sort((a, b) => b.count - a.count || cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.type, b.type))
  return { nodes: nodes.sort((a, b) => b.activity - a.activity || cmp(a.id, b.id)), edges: edgeList }
}

// Note: code-unit order, as SQLite sorts, so both paths give the same order.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Everyone who took part in the same events as `id` (its own people excluded for a state), most shared first. */
export function coActorsOf(id: string, rows: readonly ParticipantRow[], labels: Labels): CoActor[] {
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
    .sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name) || cmp(a.actor.id, b.actor.id))
}

/** The same from the store's kept counts (per co-actor and type), each co-actor with its state. */
export function coActorsFromCounts(rows: readonly CoActorCount[], labels: Labels, activity: readonly ActorActivity[]): CoActor[] {
  const country = new Map(activity.map((a) => [a.id, a.country]))
  const out = new Map<string, { count: number; types: Record<string, number> }>()
  for (const r of rows) {
    const entry = out.get(r.actor) ?? { count: 0, types: {} }
    entry.count += r.n
    entry.types[r.type] = r.n
    out.set(r.actor, entry)
  }
  return [...out]
    .map(([actor, v]) => ({ actor: labels.of({ id: actor, country: country.get(actor) ?? actor }), count: v.count, types: v.types }))
    .sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name) || cmp(a.actor.id, b.actor.id))
}
