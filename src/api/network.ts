/**
 * The actor network from event participants: an edge source → target per
 * event type (actors named together as the source of a meeting are joined
 * too: "A and B met"), and mediator → party edges. Nodes are sized by the
 * number of events an actor took part in. At `country` level persons are
 * folded into their state.
 */
import type { PloverType } from '../core/doc.js'
import type { ActorActivity, ParticipantRow } from '../store/queries.js'
import { FAMILY_OF, type NetworkEdge, type NetworkGraph, type NetworkNode } from './contract.js'
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
  const meta = new Map(activity.map((a) => [a.id, a]))
  const nodes: NetworkNode[] = [...activityOf].map(([id, n]) => ({
    id,
    name: labels.name(id),
    type: meta.get(id)?.type ?? (level === 'country' ? 'state' : null),
    country: meta.get(id)?.country ?? id,
    activity: n,
  }))
  const edgeList: NetworkEdge[] = [...edges.values()].map((e) => ({ ...e, family: e.type === 'MEDIATE' ? 'mediation' : FAMILY_OF[e.type] }))
  return { nodes: nodes.sort((a, b) => b.activity - a.activity || a.id.localeCompare(b.id)), edges: edgeList }
}
