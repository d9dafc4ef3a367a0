import { describe, expect, it } from 'vitest'
import { allActors, brief, code, type ActorSpec } from './test-utils.js'

// Ukrainian reports of the Russia–Ukraine talks and the Armenia–Azerbaijan process.
const ACTORS: ActorSpec[] = [
  { surface: 'Росі', id: 'RUS' },
  { surface: 'Україн', id: 'UKR' },
  { surface: 'Москв', id: 'RUS', via: 'metonym' },
  { surface: 'Київ', id: 'UKR', via: 'metonym' },
  { surface: 'Вірмені', id: 'ARM' },
  { surface: 'Азербайджан', id: 'AZE' },
  { surface: 'Туреччин', id: 'TUR' },
  { surface: 'Мединський', id: 'vladimir-medinsky', country: 'RUS' },
  { surface: 'Умєров', id: 'rustem-umerov', country: 'UKR' },
  { surface: 'Зеленський', id: 'volodymyr-zelensky', country: 'UKR' },
  { surface: 'Алієв', id: 'ilham-aliyev', country: 'AZE' },
  { surface: 'Баку', id: 'AZE', via: 'metonym' },
  { surface: 'Єреван', id: 'ARM', via: 'metonym' },
]

const uk = (text: string) => code({ text, language: 'uk', actors: allActors(text, ACTORS) })
const briefs = (text: string) => uk(text).map(brief)
const types = (text: string) => uk(text).map((e) => e.type)

describe('Ukrainian', () => {
  it('codes talks in Istanbul mediated by Turkey', () => {
    const [e] = uk('Переговори між Росією та Україною відбулися у Стамбулі за посередництва Туреччини.')
    expect(e?.type).toBe('CONSULT')
    expect(e?.mode).toBe('third-party')
    expect(e?.source.map((r) => r.country)).toEqual(['RUS', 'UKR'])
    expect(e?.mediators.map((r) => r.country)).toEqual(['TUR'])
  })

  it('codes an agreement on a prisoner exchange', () => {
    expect(briefs('Україна та Росія домовилися про обмін полоненими.')[0]).toBe('AGREE UKR,RUS>')
    expect(uk('Сторони досягли домовленості про перемир\'я.')[0]?.type).toBe('AGREE')
  })

  it('codes a mutual prisoner exchange as RETREAT release', () => {
    expect(briefs('Росія та Україна обмінялися полоненими.')).toEqual(['RETREAT/release RUS,UKR>RUS,UKR'])
  })

  it('sets negated for "не домовилися"', () => {
    const [e] = uk('Вірменія та Азербайджан не домовилися щодо кордону.')
    expect(e?.type).toBe('AGREE')
    expect(e?.negated).toBe(true)
  })

  it('codes an accusation and an attributed attack', () => {
    const acc = uk('Україна звинуватила Росію в обстрілах.')
    expect(acc[0]?.type).toBe('ACCUSE')
    expect(acc.map((e) => e.type)).not.toContain('RETREAT')
    const [e] = uk('За даними Москви, Україна атакувала позиції.')
    expect(e?.type).toBe('ASSAULT')
    expect(e?.attributed_to?.country).toBe('RUS')
  })

  it('codes a drone attack and a demand', () => {
    expect(briefs('Росія атакувала Україну безпілотниками.')[0]).toMatch(/^ASSAULT(\/drone)? RUS>UKR/)
    expect(briefs('Київ вимагає повного припинення вогню.')[0]).toMatch(/^REQUEST UKR>/)
  })

  it('codes a rejection and a released group of prisoners', () => {
    expect(types('Росія відхилила пропозицію про тридцятиденне перемир\'я.')[0]).toBe('REJECT')
    expect(briefs('Баку звільнив чотирьох вірменських військовополонених.')[0]).toMatch(/^RETREAT\/release AZE>/)
  })

  it('codes a promised meeting as future', () => {
    const [e] = uk('Мединський заявив, що наступна зустріч відбудеться найближчим часом.')
    expect(e?.future).toBe(true)
    expect(e?.source.map((r) => r.country)).toEqual(['RUS'])
  })

  it('reads the subject of a later clause, not the pronoun', () => {
    const ACT: ActorSpec[] = [{ surface: 'США', id: 'USA' }, { surface: 'Україна', id: 'UKR' }, { surface: 'Кремль', id: 'RUS', via: 'metonym' }]
    const t = 'США та Україна погодили пропозицію про перемир\'я, але Кремль її відхилив.'
    expect(code({ text: t, language: 'uk', actors: allActors(t, ACT) }).map(brief)).toEqual(['AGREE USA,UKR>', 'REJECT RUS>'])
  })

  it('codes a troop withdrawal in the feminine past', () => {
    expect(briefs('Росія відвела війська від Києва.')[0]).toMatch(/^RETREAT\/withdraw RUS>/)
  })

  it('has triggers for the other PLOVER types', () => {
    expect(types('Туреччина надала гуманітарну допомогу Україні.')[0]).toBe('AID')
    expect(types('Україна співпрацює з Туреччиною у сфері безпеки.')[0]).toBe('COOPERATE')
    expect(types('Росія погрожує Україні новими ударами.')[0]).toBe('THREATEN')
    expect(types('Україна запровадила санкції проти Росії.')[0]).toBe('SANCTION')
    expect(types('Росія розгорнула війська біля кордону України.')[0]).toBe('MOBILIZE')
    expect(types('Росія захопила село на Донеччині.')[0]).toBe('COERCE')
    expect(types('Протестувальники вийшли на вулиці Тбілісі.')[0]).toBe('PROTEST')
    expect(types('Україна та Росія підписали меморандум.')[0]).toBe('SUPPORT')
    expect(types('Вірменія визнала територіальну цілісність Азербайджану.')[0]).toBe('CONCEDE')
  })

  it('does not read "thanks to", "with help" and "next" as events', () => {
    expect(uk('Завдяки новим дорогам прибуток компаній у Вірменії зріс за допомогою інвестицій.')).toEqual([])
    expect(types('Наступного дня Єреван представив звіт про економіку.')).not.toContain('ASSAULT')
    expect(types('Координаційний штаб Україна створила у 2022 році.')).not.toContain('COOPERATE')
    expect(types('Зеленський подякував Туреччині за посередництво.')).not.toContain('AGREE')
  })
})
