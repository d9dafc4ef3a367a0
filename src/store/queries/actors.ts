/**
 * Actor queries: a directory of names (from the mentions), per-actor
 * activity (mentions, documents, events by role), for lists and the network.
 */
import type { ActorType } from '../../core/doc.js'
import type { Db } from '../sqlite.js'
import { dataVersion, type RawRow } from './common.js'

export interface ActorEntry {
  readonly id: string
  readonly name: string
  readonly type: ActorType | null
  readonly country: string
  readonly sector: string | null
}

/** Mutable so callers can fold persons into their state. */
export interface ActorActivity extends ActorEntry {
  mentions: number
  documents: number
  events: number
  readonly roles: { source: number; target: number; mediator: number; attributed: number }
}

const cache = new WeakMap<Db, { version: string; directory: Map<string, ActorEntry> }>()

/**
 * Every actor mentioned anywhere, under its most frequent name (from the
 * counts kept by the store, migrations/aggregates.ts); cached until the data changes.
 */
export function actorDirectory(db: Db): Map<string, ActorEntry> {
  const version = dataVersion(db)
  const hit = cache.get(db)
  if (hit && hit.version === version) return hit.directory
  const rows = db
    .prepare(
      `SELECT actor_id AS id, name, type, country, sector, n FROM actor_name_counts WHERE n > 0 ORDER BY n DESC, name`,
    )
    .all() as RawRow[]
  const directory = new Map<string, ActorEntry>()
  for (const r of rows) {
    const id = String(r['id'])
    if (directory.has(id)) continue
    directory.set(id, {
      id,
      name: String(r['name'] ?? id),
      type: (r['type'] as ActorType | null) ?? null,
      country: String(r['country'] ?? id),
      sector: (r['sector'] as string | null) ?? null,
    })
  }
  cache.set(db, { version, directory })
  return directory
}

/** Activity of every actor that is mentioned or takes part in a (not rejected) event, from the kept counts. */
export function actorActivity(db: Db): ActorActivity[] {
  const directory = actorDirectory(db)
  const mentions = db
    .prepare('SELECT actor_id, country, mentions AS n, documents AS docs FROM actor_mention_counts WHERE documents > 0 ORDER BY actor_id')
    .all() as { actor_id: string; country: string; n: number; docs: number }[]
  const roles = db
    .prepare('SELECT actor_id, country, role, active AS n FROM actor_role_counts WHERE active > 0 ORDER BY actor_id, role')
    .all() as { actor_id: string; country: string; role: string; n: number }[]
  const events = db
    .prepare('SELECT actor_id, active AS n FROM actor_event_counts WHERE active > 0 ORDER BY actor_id')
    .all() as { actor_id: string; n: number }[]
  const out = new Map<string, ActorActivity>()
  const entry = (id: string, country: string): ActorActivity => {
    let a = out.get(id)
    if (!a) {
      const known = directory.get(id) ?? { id, name: id, type: null, country, sector: null }
      a = { ...known, mentions: 0, documents: 0, events: 0, roles: { source: 0, target: 0, mediator: 0, attributed: 0 } }
      out.set(id, a)
    }
    return a
  }
  for (const m of mentions) Object.assign(entry(m.actor_id, m.country), { mentions: m.n, documents: m.docs })
  for (const r of roles) {
    const a = entry(r.actor_id, r.country)
    if (r.role === 'source' || r.role === 'target' || r.role === 'mediator' || r.role === 'attributed') a.roles[r.role] = r.n
  }
  for (const e of events) Object.assign(entry(e.actor_id, e.actor_id), { events: e.n })
  return [...out.values()].sort((a, b) => b.events - a.events || b.mentions - a.mentions || a.name.localeCompare(b.name))
}
