/**
 * The JSONL export of ../shared/spec/export.md: per document a `document`
 * line, then its `actor`, `event` and `position` lines. Pure: takes analyses,
 * yields lines, so it streams whatever the store holds.
 */
import type { ActorMention, ActorRef, Analysis, EventRecord, PositionRecord } from '../core/doc.js'

export type ExportLine = Record<string, unknown> & { readonly kind: string }

/** What the store knows about an event beyond its document: its cluster and its analyst review. */
export interface ExportContext {
  clusterOf(doc: string, eventId: string): string | null
  /** 'extracted' unless an analyst confirmed or edited it. */
  reviewOf(doc: string, eventId: string): string
}

export const NO_CONTEXT: ExportContext = { clusterOf: () => null, reviewOf: () => 'extracted' }

export function* jsonlLines(analyses: Iterable<Analysis>, ctx: ExportContext = NO_CONTEXT): Generator<string> {
  for (const a of analyses) for (const line of documentLines(a, ctx)) yield JSON.stringify(line)
}

export function documentLines(a: Analysis, ctx: ExportContext = NO_CONTEXT): ExportLine[] {
  return [
    {
      kind: 'document',
      id: a.id,
      source: a.source,
      url: a.url,
      language: a.language,
      published: a.published?.value ?? null,
      published_precision: a.published?.precision ?? null,
      published_inferred: a.published?.inferred ?? false,
      title: a.title,
      profile: a.profile,
      text: a.text,
    },
    ...actorLines(a),
    ...a.events.map((e) => ({ ...eventLine(a.id, e, ctx.clusterOf(a.id, e.id)), review: ctx.reviewOf(a.id, e.id) })),
    ...a.positions.map((p) => positionLine(a.id, p)),
  ]
}

function actorLines(a: Analysis): ExportLine[] {
  const byId = new Map<string, ActorMention[]>()
  for (const m of a.actors) byId.set(m.actor.id, [...(byId.get(m.actor.id) ?? []), m])
  return [...byId].map(([id, mentions]) => {
    const actor = mentions[0]!.actor
    return {
      kind: 'actor',
      document: a.id,
      id,
      type: actor.type,
      name: actor.name,
      country: actor.country,
      sector: actor.sector,
      mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, via: m.via })),
    }
  })
}

const ref = (r: ActorRef) => ({ id: r.id, country: r.country, sector: r.sector })

export function eventLine(document: string, e: EventRecord, cluster: string | null = null): ExportLine {
  return {
    kind: 'event',
    document,
    id: e.id,
    type: e.type,
    mode: e.mode,
    source: e.source.map(ref),
    target: e.target.map(ref),
    mediators: e.mediators.map(ref),
    date: e.date,
    location: e.location,
    negated: e.negated,
    future: e.future,
    attributed_to: e.attributed_to ? ref(e.attributed_to) : null,
    evidence: e.evidence,
    trigger: e.trigger,
    cluster,
  }
}

export function positionLine(document: string, p: PositionRecord): ExportLine {
  return {
    kind: 'position',
    document,
    issue: p.issue,
    party: ref(p.party),
    stance: p.stance,
    summary: p.summary,
    date: p.date,
    evidence: p.evidence,
  }
}
