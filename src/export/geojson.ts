/** Events with a located place as a GeoJSON FeatureCollection (streamed, one feature a line inside the array). */
import type { Analysis } from '../core/doc.js'

export function* geojsonLines(analyses: Iterable<Analysis>, clusterOf: (doc: string, id: string) => string | null = () => null): Generator<string> {
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
          language: a.language, evidence: e.evidence.text, cluster: clusterOf(a.id, e.id),
        },
      }
      yield (first ? '' : ',') + JSON.stringify(feature)
      first = false
    }
  }
  yield ']}'
}
