import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ActorRef, DateMention, EventRecord, PartialDate, PlaceMention, PloverType } from '../core/doc.js'
import { ParleyError } from '../core/errors.js'
import { findKnownEvents, loadKnownEvents, type KnownEvent } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-chronology-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

writeFileSync(
  join(dir, 'test.yaml'),
  `process: test
events:
  - { id: berlin-2024, date: '2024-02-28', until: '2024-02-29', types: [CONSULT], parties: [ARM, AZE, DEU], at: [52.52, 13.405], in: DEU, what: talks in Berlin }
  - { id: munich-2024, date: '2024-02-17', types: [CONSULT], parties: [ARM, AZE, DEU], at: [48.1351, 11.582], in: DEU, what: talks in Munich }
  - { id: brussels-2022-08, date: '2022-08-31', types: [CONSULT], parties: [ARM, AZE, EU], at: [50.8503, 4.3517], what: Brussels meeting }
  - { id: brussels-2023-05, date: '2023-05-14', types: [CONSULT], parties: [ARM, AZE, EU], at: [50.8503, 4.3517], what: Brussels meeting }
  - { id: checkpoint-2023, date: '2023-04-23', types: [COERCE], parties: [AZE], at: [39.5567, 46.4553], radius_km: 30, what: checkpoint }
`,
)
const known: KnownEvent[] = loadKnownEvents(dir)

const state = (id: string): ActorRef => ({ id, country: id, sector: null })
const PLACES: Record<string, [number, number, string]> = {
  Berlin: [52.52, 13.405, 'DEU'], Brussels: [50.8503, 4.3517, 'BEL'], Germany: [51.1, 10.4, 'DEU'], Paris: [48.8566, 2.3522, 'FRA'], Lachin: [39.6, 46.5, 'AZE'],
}

function event(id: string, type: PloverType, parties: string[], place: string | null, sentence: number, extra: Partial<EventRecord> = {}): EventRecord {
  const p = place ? PLACES[place]! : null
  const quote = { start: sentence * 100, end: sentence * 100 + 50, text: 'x' }
  return {
    id, type, mode: null, source: parties.map(state), target: [], mediators: [], date: null,
    location: p ? { name: place!, country: p[2], lat: p[0], lon: p[1] } : null,
    negated: false, future: false, attributed_to: null, evidence: quote, sentence, trigger: quote, ...extra,
  }
}

function yearless(sentence: number, value: string | null, stated = false): DateMention {
  const date: PartialDate | null = value ? { value, precision: value.length === 10 ? 'day' : 'month' } : null
  return { kind: 'date', start: sentence * 100 + 60, end: sentence * 100 + 70, text: 'd', date, until: null, relative: !stated, flags: stated ? [] : ['year-from-document'], sentence }
}

const noDates = () => [] as DateMention[]
const ids = (r: ReturnType<typeof findKnownEvents>) => r.matches.map((m) => `${m.event}:${m.known.id}`)

describe('known events: the curated chronology', () => {
  it('ships files that validate, with unique ids and sensible dates', () => {
    const shipped = loadKnownEvents()
    expect(shipped.length).toBeGreaterThan(30)
    expect(new Set(shipped.map((k) => k.id)).size).toBe(shipped.length)
    for (const k of shipped) expect(k.last).toBeGreaterThanOrEqual(k.first)
    expect(shipped.find((k) => k.id === 'aa-trilateral-statement-2020')?.start).toEqual({ value: '2020-11-10', precision: 'day' })
  })

  it('names the file and the problem when an entry does not validate', () => {
    const bad = mkdtempSync(join(tmpdir(), 'parley-chronology-bad-'))
    writeFileSync(join(bad, 'x.yaml'), 'process: x\nevents:\n  - { id: Bad Id, date: 2024, types: [CONSULT], parties: [ARM], what: y }\n')
    expect(() => loadKnownEvents(bad)).toThrow(ParleyError)
    expect(() => loadKnownEvents(bad)).toThrow(/x\.yaml/)
    rmSync(bad, { recursive: true, force: true })
  })
})

describe('known events: matching a report', () => {
  it('matches a meeting by type, parties and venue, and gives its first day as evidence', () => {
    const r = findKnownEvents({ events: [event('e1', 'CONSULT', ['ARM', 'AZE'], 'Berlin', 0)], dates: [], places: [] }, known, noDates)
    expect(ids(r)).toEqual(['e1:berlin-2024'])
    expect(r.evidence).toEqual([{ value: '2024-02-28', precision: 'day' }])
  })

  it('counts a minister for the state (a person actor carries its country)', () => {
    const bayramov: ActorRef = { id: 'jeyhun-bayramov', country: 'AZE', sector: 'GOV' }
    const e = { ...event('e1', 'CONSULT', ['ARM'], 'Berlin', 0), source: [state('ARM'), bayramov] }
    expect(ids(findKnownEvents({ events: [e], dates: [], places: [] }, known, noDates))).toEqual(['e1:berlin-2024'])
  })

  it('does not match one party alone, another type, another venue, a denial or a plan', () => {
    const events = [
      event('e1', 'CONSULT', ['ARM'], 'Berlin', 0),
      event('e2', 'AGREE', ['ARM', 'AZE'], 'Berlin', 1),
      event('e3', 'CONSULT', ['ARM', 'AZE'], 'Paris', 2),
      event('e4', 'CONSULT', ['ARM', 'AZE'], 'Berlin', 3, { negated: true }),
      event('e5', 'CONSULT', ['ARM', 'AZE'], 'Berlin', 4, { future: true }),
    ]
    expect(ids(findKnownEvents({ events, dates: [], places: [] }, known, noDates))).toEqual([])
  })

  it('leaves alone an event that several known events fit equally', () => {
    const r = findKnownEvents({ events: [event('e1', 'CONSULT', ['ARM', 'AZE'], 'Brussels', 0)], dates: [], places: [] }, known, noDates)
    expect(ids(r)).toEqual([])
  })

  it('lets a day the sentence names pick among them ("31 August, in Brussels")', () => {
    // Under each candidate's test date, the sentence's "31 August" falls in that candidate's year.
    const datesUnder = (anchor: PartialDate) => [yearless(0, `${Number(anchor.value.slice(0, 4)) - (anchor.value.slice(5) < '08-31' ? 1 : 0)}-08-31`)]
    const r = findKnownEvents({ events: [event('e1', 'CONSULT', ['ARM', 'AZE'], 'Brussels', 0)], dates: [yearless(0, null)], places: [] }, known, datesUnder)
    expect(ids(r)).toEqual(['e1:brussels-2022-08'])
    expect(r.matches[0]?.support).toBe('dated')
  })

  it('lets a weekday of the sentence pick among them ("signed on Friday")', () => {
    // Two Brussels meetings: 31 August 2022 was a Wednesday, 14 May 2023 a Sunday.
    const weekday = (sentence: number, value: string): DateMention => ({ ...yearless(sentence, value), flags: ['weekday'] })
    const sunday = (anchor: PartialDate) => {
      // The latest Sunday up to the anchor day, as the dates stage reads "on Sunday".
      const d = new Date(`${anchor.value}T00:00:00Z`)
      d.setUTCDate(d.getUTCDate() - d.getUTCDay())
      return [weekday(0, d.toISOString().slice(0, 10))]
    }
    const r = findKnownEvents({ events: [event('e1', 'CONSULT', ['ARM', 'AZE'], 'Brussels', 0)], dates: [{ ...yearless(0, null), flags: [] }], places: [] }, known, sunday)
    expect(ids(r)).toEqual(['e1:brussels-2023-05'])
  })

  it('drops a candidate the sentence contradicts', () => {
    const r = findKnownEvents({ events: [event('e1', 'CONSULT', ['ARM', 'AZE'], 'Berlin', 0)], dates: [yearless(0, null)], places: [] }, known, () => [yearless(0, '2023-06-10')])
    expect(ids(r)).toEqual([])
  })

  it('skips events whose sentence states its own date', () => {
    const own = findKnownEvents({ events: [event('e1', 'CONSULT', ['ARM', 'AZE'], 'Berlin', 0)], dates: [yearless(0, '2024-02-28', true)], places: [] }, known, noDates)
    expect(ids(own)).toEqual([])
  })

  it('keeps older known events as candidates, so that a later one is not left alone by mistake', () => {
    // A report stating 3 June 2024 about "talks in Berlin": Berlin (February) is still the match.
    const r = findKnownEvents({ events: [event('e1', 'CONSULT', ['ARM', 'AZE'], 'Berlin', 0)], dates: [yearless(5, '2024-06-03', true)], places: [] }, known, noDates)
    expect(ids(r)).toEqual(['e1:berlin-2024'])
  })

  it('does not match an event placed nowhere to a known venue unless its sentence gives the day', () => {
    const nowhere = event('e1', 'CONSULT', ['ARM', 'AZE', 'DEU'], null, 0)
    expect(ids(findKnownEvents({ events: [nowhere], dates: [], places: [] }, known, noDates))).toEqual([])
    const onTheDay = findKnownEvents({ events: [nowhere], dates: [yearless(0, null)], places: [] }, known, () => [yearless(0, '2024-02-28')])
    expect(ids(onTheDay)).toEqual(['e1:berlin-2024'])
  })

  it('takes a country named as a whole as no contradiction of a venue inside it, but not a city elsewhere in it', () => {
    const germany: PlaceMention = { kind: 'place', start: 0, end: 7, text: 'Germany', sentence: 0, place: { id: 'DEU', name: 'Germany', country: 'DEU', lat: 51.1, lon: 10.4, type: 'country' } }
    const inCountry = event('e1', 'CONSULT', ['ARM', 'AZE'], 'Germany', 0)
    // Both German venues fit a report that only says "in Germany": it is left alone.
    expect(ids(findKnownEvents({ events: [inCountry], dates: [], places: [germany] }, known, noDates))).toEqual([])
    expect(ids(findKnownEvents({ events: [inCountry], dates: [], places: [] }, known, noDates))).toEqual([])
  })

  it('matches a single-party incident near its place', () => {
    const r = findKnownEvents({ events: [event('e1', 'COERCE', ['AZE'], 'Lachin', 0)], dates: [], places: [] }, known, noDates)
    expect(ids(r)).toEqual(['e1:checkpoint-2023'])
  })
})
