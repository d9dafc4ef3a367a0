/**
 * Synthetic reports for the tests of the kept rounds and board
 * (./round-plans.test.ts, ./issue-board.test.ts): seeded, so every run
 * stores the same ones; meetings and agreements between states at a few
 * venues and dates of every precision (and none), positions on a few issues
 * (some sentences with two). Our own made-up sentences.
 */
import type { ActorRef, Analysis, EventRecord, PloverType, PositionRecord, Stance } from '../core/doc.js'
import { docIdFor } from '../core/ids.js'
import { seededPick } from '../core/seeded-random.js'

/** Whole numbers below n, the same for the same seed (tests pick from it). */
export const random = seededPick

export const STATES = ['ARM', 'AZE', 'RUS', 'USA', 'FRA']
const VENUES = ['Geneva', 'Vienna', 'Prague', null]
const DATES = ['2023', '2023-04', '2023-04-02', '2023-04-03', '2023-05', '2023-05-01', '2024-01-10', null]
const ISSUES = ['peace-treaty', 'border-delimitation', 'prisoners']
const STANCES: Stance[] = ['propose', 'demand', 'accept', 'reject']
const TYPES: PloverType[] = ['CONSULT', 'CONSULT', 'CONSULT', 'AGREE', 'AGREE', 'ACCUSE', 'REQUEST']
const ref = (id: string): ActorRef => ({ id, country: id, sector: 'GOV' })

/** A report of some sentences, each an event (mostly meetings and agreements) between states, some with a position. */
function report(i: number, pick: (n: number) => number): Analysis {
  const lines = Array.from({ length: 3 + pick(5) }, (_, k) => `Dispatch ${i}, paragraph ${k}: envoys spoke about the talks.`)
  const text = lines.join('\n')
  let offset = 0
  const sentences = lines.map((line, index) => {
    const s = { start: offset, end: offset + line.length, index }
    offset += line.length + 1
    return s
  })
  const events: EventRecord[] = sentences.map((s, k) => {
    const a = pick(STATES.length)
    const b = (a + 1 + pick(STATES.length - 1)) % STATES.length
    const venue = VENUES[pick(VENUES.length)]!
    const date = DATES[pick(DATES.length)]!
    return {
      id: `e${k + 1}`, type: TYPES[pick(TYPES.length)]!, mode: null, source: [ref(STATES[a]!)], target: [ref(STATES[b]!)],
      mediators: pick(4) === 0 ? [ref('USA')] : [],
      date: date ? { value: date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', basis: 'sentence' } : null,
      location: venue ? { name: venue, country: null, lat: null, lon: null } : null,
      negated: pick(5) === 0, future: pick(6) === 0, attributed_to: null, evidence: { ...s, text: text.slice(s.start, s.end) }, sentence: k,
      trigger: { start: s.start, end: s.start + 8, text: text.slice(s.start, s.start + 8) },
    }
  })
  // (some sentences state two positions: both parties', or one party's on two issues)
  const positions: PositionRecord[] = sentences.filter(() => pick(3) === 0).flatMap((s) => Array.from({ length: 1 + pick(2) }, (_, n) => ({
    issue: ISSUES[pick(ISSUES.length)]!, party: ref(STATES[pick(2)]!), stance: STANCES[pick(4)]!, summary: `position ${n} of dispatch ${i}`,
    date: pick(4) === 0 ? { value: `2023-0${1 + pick(3)}`, precision: 'month' as const } : null, evidence: { ...s, text: text.slice(s.start, s.end) }, sentence: s.index,
  })))
  const month = String(1 + pick(12)).padStart(2, '0')
  return {
    id: docIdFor(text), source: `dispatch/${i}.txt`, url: null, title: `Dispatch ${i}`, language: 'en',
    published: pick(8) === 0 ? null : { value: `2023-${month}-20`, precision: 'day', inferred: false },
    text, sentences, actors: [], places: [], dates: [], events, positions, profile: pick(3) === 0 ? null : 'armenia-azerbaijan', messages: [],
  }
}

/** `n` reports numbered from `from`, the same for the same seed. */
export function reports(from: number, n: number, seed: number): Analysis[] {
  const pick = random(seed)
  return Array.from({ length: n }, (_, k) => report(from + k, pick))
}
