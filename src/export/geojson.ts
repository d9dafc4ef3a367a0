/** Events with a located place as a GeoJSON FeatureCollection (streamed, one feature a line inside the array). */
import type { Analysis } from '../core/doc.js'
import { NO_CONTEXT, type ExportContext } from './jsonl.js'

export function* geojsonLines(analyses: Iterable<Analysis>, ctx: ExportContext = NO_CONTEXT): Generator<string> {
  yield '{"type":"FeatureCollection","features":['
  let first = true
  for (const a of analyses) {
    for (const e of a.events) {
      const loc = e.location
      if (!loc || loc.lat === null || loc.lon === null) continue
      const feature = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
        properties: {
          document: a.id, event: e.id, type: e.type, mode: e.mode, date: e.date?.value ?? null, place: loc.name,
          source: e.source.map((r) => r.id), target: e.target.map((r) => r.id), negated: e.negated,
          language: a.language, evidence: e.evidence.text, cluster: ctx.clusterOf(a.id, e.id),
        },
      }
      yield (first ? '' : ',') + JSON.stringify(feature)
      first = false
    }
  }
  yield ']}'
}
