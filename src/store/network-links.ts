/**
 * The network's nodes and edges of one event, from its participant rows in
 * the order they are stored: the same rows, summed, as the SQL of
 * migrations/aggregates.ts linkRows gives (network-links.test.ts compares
 * the two). A write batch adds them to network_counts from the rows it
 * holds in memory (src/store/sqlite.ts); the grouped SQL over the batch's
 * stored participants cost more than storing them.
 */

export interface Participant {
  readonly role: string
  readonly actor: string
  readonly country: string
}

export interface LinkRow {
  readonly level: string
  readonly kind: string
  readonly source: string
  readonly target: string
  readonly n: number
}

const LEVELS = ['actor', 'country'] as const

/** One event's links, each (level, kind, source, target) once with its count. */
export function eventLinks(participants: readonly Participant[]): LinkRow[] {
  const out = new Map<string, { level: string; kind: string; source: string; target: string; n: number }>()
  const add = (level: string, kind: string, source: string, target: string, n = 1) => {
    const key = `${level}\u0000${kind}\u0000${source}\u0000${target}`
    const row = out.get(key)
    if (row) row.n += n
    else out.set(key, { level, kind, source, target, n })
  }
  for (const level of LEVELS) {
    const node = (p: Participant) => (level === 'actor' ? p.actor : p.country)
    // (each role's nodes in the order first named: the SQL orders by the first row's rowid)
    const inRole = (role: string) => [...new Set(participants.filter((p) => p.role === role).map(node))]
    for (const id of new Set(participants.map(node))) add(level, 'node', id, '')
    const [sources, targets, mediators] = [inRole('source'), inRole('target'), inRole('mediator')]
    for (const s of sources) for (const t of targets) if (s !== t) add(level, 'edge', s, t)
    if (targets.length === 0) sources.forEach((s, i) => sources.slice(i + 1).forEach((t) => add(level, 'edge', s, t)))
    for (const m of mediators) for (const t of [...sources, ...targets]) if (m !== t) add(level, 'mediate', m, t)
  }
  // Level 'co': every id or state taking part, with each other actor not of that id or state.
  const present = new Set(participants.flatMap((p) => [p.actor, p.country]))
  for (const k of present) {
    for (const actor of new Set(participants.filter((o) => o.actor !== k && o.country !== k).map((o) => o.actor))) add('co', 'co', k, actor)
  }
  return [...out.values()]
}
