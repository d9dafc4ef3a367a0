/**
 * Flatten an Analysis into the rows of each table (pure; no driver here).
 * The effective columns start as extracted; a stored correction is applied
 * by the store's triggers (migrations/effective.ts).
 */
import { eventKey, positionKey } from '../app/corrections.js'
import type { Analysis, EventRecord, PositionRecord } from '../core/doc.js'
import { storedAnalysisJson } from './analysis-json.js'

export function rowsOf(a: Analysis) {
  const doc_id = a.id
  return {
    document: {
      id: a.id,
      source: a.source,
      url: a.url,
      title: a.title,
      language: a.language,
      published: a.published?.value ?? null,
      published_precision: a.published?.precision ?? null,
      published_inferred: a.published?.inferred ? 1 : 0,
      profile: a.profile,
      text: a.text,
      analysis: storedAnalysisJson(a),
    },
    sentences: a.sentences.map((s) => ({ doc_id, idx: s.index, start: s.start, end: s.end })),
    events: a.events.map((e) => eventRow(a, e)),
    eventActors: a.events.flatMap((e) => eventActorRows(doc_id, e)),
    positions: a.positions.map((p, idx) => positionRow(a, p, idx)),
    actorMentions: actorCounts(a).map(([actor_id, v]) => ({ doc_id, actor_id, country: v.country, count: v.count })),
    actorNames: actorNames(a),
    placeMentions: placeMentions(a),
  }
}

function eventRow(a: Analysis, e: EventRecord) {
  return {
    doc_id: a.id,
    id: e.id,
    type: e.type,
    mode: e.mode,
    date_value: e.date?.value ?? null,
    date_precision: e.date?.precision ?? null,
    location: e.location?.name ?? null,
    negated: e.negated ? 1 : 0,
    future: e.future ? 1 : 0,
    sentence: e.sentence,
    cluster: null,
    record: JSON.stringify(e),
    record_key: eventKey(e),
    language: a.language,
    published: a.published?.value ?? null,
    location_country: e.location?.country ?? null,
    located: e.location?.lat !== null && e.location?.lat !== undefined ? 1 : 0,
    actor_keys: actorKeys(e),
    profile: a.profile,
    // What rounds of talks need of the record (src/store/queries/briefs.ts reads it).
    brief: JSON.stringify([
      e.source.map((r) => r.country), e.target.map((r) => r.country), e.mediators.map((r) => r.country),
      e.mode, e.negated ? 1 : 0, e.future ? 1 : 0, e.evidence.start, e.evidence.end,
    ]),
    issue_keys: keyList(a.positions.filter((p) => p.sentence === e.sentence).map((p) => p.issue)),
  }
}

function positionRow(a: Analysis, p: PositionRecord, idx: number) {
  return {
    doc_id: a.id,
    idx,
    issue: p.issue,
    party: p.party.country,
    stance: p.stance,
    date_value: p.date?.value ?? null,
    record: JSON.stringify(p),
    record_key: positionKey(p),
    party_id: p.party.id,
    profile: a.profile,
    ev_start: p.evidence.start,
    ev_end: p.evidence.end,
    sentence: p.sentence,
    eff_when: p.date?.value ?? a.published?.value ?? null,
  }
}

/** Mentions per actor and name (the directory names an actor by its most frequent one). */
function actorNames(a: Analysis) {
  const out = new Map<string, { doc_id: string; actor_id: string; name: string; type: string | null; country: string | null; sector: string | null; count: number }>()
  const max = (x: string | null, y: string | null | undefined) => (y === null || y === undefined ? x : x === null || y > x ? y : x)
  for (const m of a.actors) {
    const name = m.actor.name ?? m.actor.id
    const key = `${m.actor.id}\u0000${name}`
    const row = out.get(key) ?? { doc_id: a.id, actor_id: m.actor.id, name, type: null, country: null, sector: null, count: 0 }
    row.type = max(row.type, m.actor.type)
    row.country = max(row.country, m.actor.country)
    row.sector = max(row.sector, m.actor.sector)
    row.count++
    out.set(key, row)
  }
  return [...out.values()]
}

/** Mentions per mapped place (those with coordinates), for the map. */
function placeMentions(a: Analysis) {
  const out = new Map<string, { doc_id: string; place_id: string; name: string | null; country: string | null; lat: number; lon: number; count: number }>()
  for (const m of a.places) {
    const p = m.place
    if (p.lat === null || p.lon === null || p.lat === undefined || p.lon === undefined) continue
    const row = out.get(p.id)
    if (!row) {
      out.set(p.id, { doc_id: a.id, place_id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, count: 1 })
      continue
    }
    row.count++
    if (p.name > (row.name ?? '')) row.name = p.name
    if (p.country !== null && (row.country === null || p.country > row.country)) row.country = p.country
    row.lat = Math.max(row.lat, p.lat)
    row.lon = Math.max(row.lon, p.lon)
  }
  return [...out.values()]
}

/** ' a b c ' (each once, in code-unit order as SQLite sorts), or null for none: what the actor and issue filters look up. */
function keyList(keys: readonly string[]): string | null {
  return keys.length > 0 ? ` ${[...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(' ')} ` : null
}

/** Every participant's id and state, alone and with its role ('ARM', 'ARM@source'). */
function actorKeys(e: EventRecord): string | null {
  return keyList(eventActorRows('', e).flatMap((r) => [r.actor_id, r.country, `${r.actor_id}@${r.role}`, `${r.country}@${r.role}`]))
}

function eventActorRows(doc_id: string, e: EventRecord) {
  const roles = [
    ...e.source.map((r) => ['source', r] as const),
    ...e.target.map((r) => ['target', r] as const),
    ...e.mediators.map((r) => ['mediator', r] as const),
    ...(e.attributed_to ? [['attributed', e.attributed_to] as const] : []),
  ]
  // Note: an actor named twice in one role is one participant (every reader counted it once).
  const seen = new Set<string>()
  return roles
    .filter(([role, r]) => !seen.has(`${role} ${r.id}`) && seen.add(`${role} ${r.id}`))
    .map(([role, r]) => ({ doc_id, event_id: e.id, role, actor_id: r.id, country: r.country }))
}

function actorCounts(a: Analysis): [string, { country: string; count: number }][] {
  const counts = new Map<string, { country: string; count: number }>()
  for (const m of a.actors) {
    const entry = counts.get(m.actor.id) ?? { country: m.actor.country, count: 0 }
    entry.count++
    counts.set(m.actor.id, entry)
  }
  return [...counts]
}
