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
  { surface: 'Алиев', id: 'ilham-aliyev', country: 'AZE' },
  { surface: 'Баку', id: 'AZE', via: 'metonym' },
  { surface: 'Ереван', id: 'ARM', via: 'metonym' },
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

  it('reads a conviction as SANCTION, not as recognition', () => {
    const types = ru('Военный суд в Баку признал виновными бывших руководителей Карабаха.').map((e) => e.type)
    expect(types).toContain('SANCTION')
    expect(types).not.toContain('CONCEDE')
    expect(ru('Суд в Баку приговорил их к длительным срокам заключения.')[0]?.mode).toBe('convict')
  })

  it('codes handed-over villages and released prisoners as RETREAT', () => {
    expect(briefs('Армения передала Азербайджану четыре села в Тавушской области.')[0]).toMatch(/^RETREAT\/withdraw ARM>/)
    expect(briefs('Баку освободил тридцать двух армянских военнопленных.')[0]).toMatch(/^RETREAT\/release AZE>/)
  })

  it('codes an exchange of accusations as one mutual ACCUSE', () => {
    const [e] = ru('Армения и Азербайджан обменялись обвинениями в обстрелах.')
    expect(e?.type).toBe('ACCUSE')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM', 'AZE'])
    expect(ru('Армения и Азербайджан обменялись обвинениями в обстрелах.').map((x) => x.type)).not.toContain('RETREAT')
  })

  it('codes a summoned ambassador as ACCUSE and a quoted imperative as a demand', () => {
    expect(briefs('МИД Армении вызвал посла России.')).toEqual(['ACCUSE/disapprove ARM>RUS'])
    const [e] = ru('«Выведите войска с нашей земли», — заявил Алиев.')
    expect(e?.type).toBe('REQUEST')
    expect(e?.source.map((r) => r.country)).toEqual(['AZE'])
  })

  it('reads a commitment to the ceasefire as AGREE and not-yet-established ties as negated SUPPORT', () => {
    expect(ru('Россия и Украина подтвердили приверженность режиму прекращения огня.')[0]?.type).toBe('AGREE')
    const [e] = ru('Армения и Азербайджан пока не установили дипломатические отношения.')
    expect(e?.type).toBe('SUPPORT')
    expect(e?.negated).toBe(true)
  })

  it('does not read prepositions and "tried" as events', () => {
    expect(ru('Благодаря новым дорогам прибыль компаний в Армении выросла с помощью инвестиций.')).toEqual([])
    expect(ru('Ереван пытался привлечь инвестиции в экономику.').map((e) => e.type)).not.toContain('ASSAULT')
  })
})
