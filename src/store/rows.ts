/** Flatten an Analysis into the rows of each table (pure; no driver here). */
import type { Analysis, EventRecord } from '../core/doc.js'

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
      analysis: JSON.stringify(a),
    },
    sentences: a.sentences.map((s) => ({ doc_id, idx: s.index, start: s.start, end: s.end })),
    events: a.events.map((e) => ({
      doc_id,
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
    })),
    eventActors: a.events.flatMap((e) => eventActorRows(doc_id, e)),
    positions: a.positions.map((p, idx) => ({
      doc_id,
      idx,
      issue: p.issue,
      party: p.party.country,
      stance: p.stance,
      date_value: p.date?.value ?? null,
      record: JSON.stringify(p),
    })),
    actorMentions: actorCounts(a).map(([actor_id, v]) => ({ doc_id, actor_id, country: v.country, count: v.count })),
  }
}

function eventActorRows(doc_id: string, e: EventRecord) {
  const roles = [
    ...e.source.map((r) => ['source', r] as const),
    ...e.target.map((r) => ['target', r] as const),
    ...e.mediators.map((r) => ['mediator', r] as const),
    ...(e.attributed_to ? [['attributed', e.attributed_to] as const] : []),
  ]
  return roles.map(([role, r]) => ({ doc_id, event_id: e.id, role, actor_id: r.id, country: r.country }))
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
