/**
 * PLOVER JSON records (codebook v2.0 "Data Fields"), one per line. Fields
 * the codebook names are reused with its meaning; Parley's extras
 * (negated, attributed_to, evidence offsets) sit beside them.
 */
import type { ActorRef, Analysis, EventRecord } from '../core/doc.js'
import { NO_CONTEXT, type ExportContext } from './jsonl.js'
import { eventScale, QUAD_CLASS } from './plover-scale.js'

const entity = (r: ActorRef, text: string) => ({ code: r.country, sector: r.sector, entity_text: text, identifier_text: r.id })

export function ploverRecord(a: Analysis, e: EventRecord, cluster: string | null = null): Record<string, unknown> {
  const surface = (r: ActorRef) => a.actors.find((m) => m.actor.id === r.id && m.sentence === e.sentence)?.text ?? r.id
  return {
    id: `${a.id}-${e.id}`,
    date: e.date?.value ?? null,
    date_precision: e.date?.precision ?? null,
    actor: e.source.map((r) => entity(r, surface(r))),
    recipient: e.target.map((r) => entity(r, surface(r))),
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    quad_code: QUAD_CLASS[e.type],
    event_scale: eventScale(e.type, e.mode),
    event_loc: e.location
      ? { extracted_place: e.location.name, resolved_place: e.location.name, lat: e.location.lat, lon: e.location.lon, country_code: e.location.country }
      : null,
    event_text: [e.trigger.text],
    text_info: { sequence: e.sentence, start: e.evidence.start, end: e.evidence.end, text_story: [e.evidence.text] },
    cite_info: { url: a.url, title: a.title, language: a.language, publication: a.published?.value ?? null, citation: a.source, codebook: 'plover-2.0' },
    link: cluster,
    coder: 'parley',
    negated: e.negated,
    future: e.future,
    mediators: e.mediators.map((r) => entity(r, surface(r))),
    attributed_to: e.attributed_to ? entity(e.attributed_to, e.attributed_to.id) : null,
  }
}

export function* ploverLines(analyses: Iterable<Analysis>, ctx: ExportContext = NO_CONTEXT): Generator<string> {
  for (const a of analyses) for (const e of a.events) yield JSON.stringify(ploverRecord(a, e, ctx.clusterOf(a.id, e.id)))
}
