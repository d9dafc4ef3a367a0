/**
 * The synthetic store bench/api.ts measures: documents of ten sentences, each
 * sentence one event between two of eight states at one of four places, with
 * its actor and place mentions; every other document belongs to the
 * Armenia–Azerbaijan profile and states one position. Built directly through
 * the store (extraction is measured by bench/run.ts).
 */
import type { ActorMention, ActorRef, Analysis, EventRecord, PlaceMention, PloverType, PositionRecord, Stance } from '../src/core/doc.js'
import { docIdFor } from '../src/core/ids.js'

export const PER_DOC = 10
export const TYPES: PloverType[] = ['CONSULT', 'AGREE', 'REQUEST', 'ACCUSE', 'ASSAULT', 'COERCE', 'SUPPORT', 'REJECT']
export const STATES = ['ARM', 'AZE', 'RUS', 'USA', 'FRA', 'DEU', 'TUR', 'IRN']
const NAMES = ['Armenia', 'Azerbaijan', 'Russia', 'United States', 'France', 'Germany', 'Turkey', 'Iran']
export const PLACES = [['Berlin', 52.52, 13.4], ['Washington', 38.9, -77.04], ['Lachin corridor', 39.6, 46.5], ['Almaty', 43.24, 76.89]] as const
const ISSUES = ['peace-treaty', 'border-delimitation', 'karabakh-armenians', 'lachin-corridor', 'prisoners']
const STANCES: Stance[] = ['propose', 'demand', 'accept', 'reject']
export const LANGUAGES = ['en', 'vi', 'ru']
const ref = (id: string): ActorRef => ({ id, country: id, sector: 'GOV' })

export function documentAt(i: number): Analysis {
  const state = (k: number) => (i + k) % 8
  const place = (k: number) => PLACES[(i + k) % 4]!
  const lines = Array.from({ length: PER_DOC }, (_, k) => `Report ${i} line ${k}: the ${STATES[state(k)]} delegation met its counterpart in ${place(k)[0]}.`)
  const text = lines.join('\n')
  let offset = 0
  const sentences = lines.map((line, index) => {
    const s = { start: offset, end: offset + line.length, index }
    offset += line.length + 1
    return s
  })
  const quote = (k: number, word: string) => {
    const start = sentences[k]!.start + lines[k]!.indexOf(word)
    return { start, end: start + word.length, text: word }
  }
  const events: EventRecord[] = sentences.map((s, k) => {
    const day = `2023-${String(1 + ((i + k) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
    const p = place(k)
    return {
      id: `e${k + 1}`, type: TYPES[(i + k) % TYPES.length]!, mode: null, source: [ref(STATES[state(k)]!)], target: [ref(STATES[(state(k) + 1) % 8]!)],
      mediators: [], date: { value: day, precision: 'day', basis: 'sentence' }, location: { name: p[0], country: null, lat: p[1], lon: p[2] },
      negated: false, future: false, attributed_to: null, evidence: { ...s, text: text.slice(s.start, s.end) }, sentence: k,
      trigger: { start: s.start, end: s.start + 6, text: text.slice(s.start, s.start + 6) },
    }
  })
  const actors: ActorMention[] = sentences.map((_, k) => ({
    kind: 'actor', ...quote(k, STATES[state(k)]!), actor: { ...ref(STATES[state(k)]!), sector: null, type: 'state', name: NAMES[state(k)]! }, via: 'name', sentence: k,
  }))
  const places: PlaceMention[] = sentences.map((_, k) => ({
    kind: 'place', ...quote(k, place(k)[0]), place: { id: place(k)[0].toLowerCase().replace(/ /g, '-'), name: place(k)[0], country: null, lat: place(k)[1], lon: place(k)[2], type: 'city' }, sentence: k,
  }))
  const profile = i % 2 === 0 ? 'armenia-azerbaijan' : null
  const positions: PositionRecord[] = profile
    ? [{ issue: ISSUES[(i / 2) % ISSUES.length]!, party: ref(i % 4 === 0 ? 'ARM' : 'AZE'), stance: STANCES[(i >> 2) % 4]!, summary: `position ${i}`,
        date: null, evidence: { ...sentences[0]!, text: lines[0]! }, sentence: 0 }]
    : []
  return {
    id: docIdFor(text), source: `bench/${i}.txt`, url: null, title: `Report ${i}`, language: LANGUAGES[i % 3]!,
    published: { value: `2023-${String(1 + (i % 12)).padStart(2, '0')}-28`, precision: 'day', inferred: false }, text, sentences, actors, places, dates: [],
    events, positions, profile, messages: [],
  }
}
