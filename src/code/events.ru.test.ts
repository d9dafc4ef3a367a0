import { describe, expect, it } from 'vitest'
import { allActors, brief, code, type ActorSpec } from './test-utils.js'

const ACTORS: ActorSpec[] = [
  { surface: 'Росси', id: 'RUS' },
  { surface: 'Украин', id: 'UKR' },
  { surface: 'Москв', id: 'RUS', via: 'metonym' },
  { surface: 'Киев', id: 'UKR', via: 'metonym' },
  { surface: 'Армени', id: 'ARM' },
  { surface: 'Азербайджан', id: 'AZE' },
  { surface: 'Турци', id: 'TUR' },
  { surface: 'Мединский', id: 'vladimir-medinsky', country: 'RUS' },
]

const ru = (text: string) => code({ text, language: 'ru', actors: allActors(text, ACTORS) })
const briefs = (text: string) => ru(text).map(brief)

describe('Russian', () => {
  it('finds inflected forms of agreement', () => {
    expect(briefs('Россия и Украина договорились об обмене пленными.')).toEqual(['AGREE RUS,UKR>'])
    expect(ru('Была достигнута договорённость о перемирии.')[0]?.type).toBe('AGREE')
  })

  it('sets negated for "не договорились"', () => {
    const [e] = ru('Армения и Азербайджан не договорились о границе.')
    expect(e?.type).toBe('AGREE')
    expect(e?.negated).toBe(true)
  })

  it('codes talks mediated by a third country', () => {
    const [e] = ru('Переговоры между Россией и Украиной прошли при посредничестве Турции.')
    expect(e?.type).toBe('CONSULT')
    expect(e?.mode).toBe('third-party')
    expect(e?.source.map((r) => r.country)).toEqual(['RUS', 'UKR'])
    expect(e?.mediators.map((r) => r.country)).toEqual(['TUR'])
  })

  it('codes a mutual prisoner exchange as RETREAT release', () => {
    expect(briefs('Россия и Украина обменялись пленными.')).toEqual(['RETREAT/release RUS,UKR>RUS,UKR'])
  })

  it('reads an inverted subject', () => {
    expect(briefs('В понедельник в Стамбул прибыл министр Армении.')[0]).toMatch(/^CONSULT\/visit ARM>/)
  })

  it('codes a request and an attributed attack', () => {
    expect(briefs('Украина запросила прямые переговоры.')).toEqual(['REQUEST UKR>'])
    const [e] = ru('По данным Москвы, Украина атаковала позиции.')
    expect(e?.type).toBe('ASSAULT')
    expect(e?.attributed_to?.country).toBe('RUS')
  })

  it('codes a promised meeting as AGREE', () => {
    const [e] = ru('Мединский заявил, что встреча состоится на следующей неделе.')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
    expect(e?.source.map((r) => r.country)).toEqual(['RUS'])
  })
})
