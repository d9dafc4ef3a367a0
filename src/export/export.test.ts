import { describe, expect, it } from 'vitest'
import type { Analysis, EventRecord } from '../core/doc.js'
import { csvCell, csvLines } from './csv.js'
import { geojsonLines } from './geojson.js'
import { jsonlLines } from './jsonl.js'
import { ploverLines } from './plover.js'

const text = 'Армения и Азербайджан провели переговоры в Берлине.\n=HYPERLINK("x") said, "quoted"'
const ARM = { id: 'ARM', country: 'ARM', sector: 'GOV' }
const AZE = { id: 'AZE', country: 'AZE', sector: 'GOV' }
const event: EventRecord = {
  id: 'e1', type: 'CONSULT', mode: 'third-party', source: [ARM, AZE], target: [], mediators: [{ id: 'DEU', country: 'DEU', sector: 'GOV' }],
  date: { value: '2024-02-28', precision: 'day', basis: 'sentence' }, location: { name: 'Berlin', country: 'DEU', lat: 52.52, lon: 13.405 },
  negated: false, future: false, attributed_to: null, evidence: { start: 0, end: 51, text: text.slice(0, 51) }, sentence: 0,
  trigger: { start: 30, end: 40, text: text.slice(30, 40) },
}
const analysis: Analysis = {
  id: 'd1' as Analysis['id'], source: 'corpus/ru-berlin.txt', url: null, title: 'Переговоры', language: 'ru',
  published: { value: '2024-02-29', precision: 'day', inferred: false }, text,
  sentences: [{ start: 0, end: 51, index: 0 }, { start: 52, end: text.length, index: 1 }],
  actors: [
    { kind: 'actor', start: 0, end: 7, text: 'Армения', actor: { ...ARM, sector: null, type: 'state', name: 'Armenia' }, via: 'name', sentence: 0 },
    { kind: 'actor', start: 10, end: 21, text: 'Азербайджан', actor: { ...AZE, sector: null, type: 'state', name: 'Azerbaijan' }, via: 'name', sentence: 0 },
  ],
  places: [], dates: [], events: [event], positions: [], profile: null, messages: [],
}

describe('jsonl export', () => {
  it('writes document, actor and event lines whose evidence is a slice of the text', () => {
    const lines = [...jsonlLines([analysis], { clusterOf: () => 'c1', reviewOf: () => 'extracted' })].map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => l['kind'])).toEqual(['document', 'actor', 'actor', 'event'])
    const doc = lines[0]!
    const ev = lines[3] as { evidence: { start: number; end: number; text: string }; cluster: string }
    expect((doc['text'] as string).slice(ev.evidence.start, ev.evidence.end)).toBe(ev.evidence.text)
    expect(ev.cluster).toBe('c1')
    expect(lines[1]).toMatchObject({ id: 'ARM', country: 'ARM', mentions: [{ start: 0, end: 7, text: 'Армения' }] })
  })
})

describe('csv export', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell(null)).toBe('')
  })
  it('writes a header and one row per event', () => {
    const rows = [...csvLines([analysis])]
    expect(rows).toHaveLength(2)
    expect(rows[0]!.split(',')).toContain('event_type')
    expect(rows[1]).toContain('CONSULT')
    expect(rows[1]).toContain('ARM;AZE')
  })
})

describe('plover export', () => {
  it('writes PLOVER fields with quad class and intensity of the mode', () => {
    const record = JSON.parse([...ploverLines([analysis])][0]!) as Record<string, unknown>
    expect(record).toMatchObject({ event: ['CONSULT'], mode: ['third-party'], quad_code: 1, event_scale: 1, date: '2024-02-28' })
    expect(record['actor']).toEqual([
      { code: 'ARM', sector: 'GOV', entity_text: 'Армения', identifier_text: 'ARM' },
      { code: 'AZE', sector: 'GOV', entity_text: 'Азербайджан', identifier_text: 'AZE' },
    ])
  })
})

describe('geojson export', () => {
  it('is one valid FeatureCollection with lon/lat points', () => {
    const collection = JSON.parse([...geojsonLines([analysis])].join('')) as { features: { geometry: { coordinates: number[] } }[] }
    expect(collection.features).toHaveLength(1)
    expect(collection.features[0]!.geometry.coordinates).toEqual([13.405, 52.52])
  })
})
