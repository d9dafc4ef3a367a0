import { describe, expect, it } from 'vitest'
import { brief, positionsOf, type ActorSpec } from './testing.js'

// Short reports written for these tests, about public facts of other peace processes.

const KOSOVO: Record<string, ActorSpec> = {
  Serbia: { id: 'SRB' },
  Belgrade: { id: 'SRB', via: 'metonym' },
  Kosovo: { id: 'KOS', type: 'entity' },
  Pristina: { id: 'KOS', type: 'entity', via: 'metonym' },
  'Aleksandar Vucic': { id: 'aleksandar-vucic', country: 'SRB' },
  'Albin Kurti': { id: 'albin-kurti', country: 'KOS' },
  'the European Union': { id: 'EU', type: 'organisation' },
  'Josep Borrell': { id: 'josep-borrell', country: 'EU' },
}

const TIGRAY: Record<string, ActorSpec> = {
  Ethiopia: { id: 'ETH' },
  'The Ethiopian government': { id: 'ETH' },
  'the Ethiopian government': { id: 'ETH' },
  TPLF: { id: 'TPLF', type: 'group', sector: 'REB' },
  'the African Union': { id: 'AU', type: 'organisation' },
  Tigrayans: { id: 'TPLF', type: 'group', sector: 'CVL' },
}

describe('the generic agenda on the Serbia–Kosovo dialogue', () => {
  const report = [
    'Kosovo and Serbia held talks in Brussels under the European Union on Monday.',
    'Albin Kurti demanded that Belgrade recognise the independence of Kosovo.',
    'Aleksandar Vucic rejected any recognition of Kosovo, but he accepted the plan on licence plates and freedom of movement.',
    'Josep Borrell urged both sides to implement the agreement.',
    'Pristina refused to create the association of Serb municipalities.',
  ].join(' ')
  const { profile, positions } = positionsOf(report, 'en', KOSOVO)
  const got = brief(positions)

  it('applies the generic profile with Serbia and Kosovo as parties', () => {
    expect(profile).toBe('generic')
    expect(new Set(positions.map((p) => p.party.country))).toEqual(new Set(['SRB', 'KOS']))
  })

  it('finds the status dispute', () => {
    expect(got).toContain('constitution-status/KOS/demand')
    expect(got).toContain('constitution-status/SRB/reject')
  })

  it('finds the clause with its own stance after "but"', () => {
    expect(got).toContain('humanitarian-access/SRB/accept')
  })

  it('leaves the mediator\'s call out', () => {
    expect(positions.some((p) => p.sentence === 3)).toBe(false)
  })

  it('finds the refusal', () => {
    expect(got).toContain('constitution-status/KOS/reject')
  })
})

describe('the generic agenda on the Ethiopia–Tigray talks', () => {
  const report = [
    'The Ethiopian government and the TPLF agreed to a permanent cessation of hostilities in Pretoria.',
    'The TPLF committed to disarm its fighters within thirty days.',
    'The Ethiopian government agreed to restore humanitarian access to Tigray.',
    'Tigrayans demanded the return of displaced people to western Tigray.',
    'The talks were mediated by the African Union.',
  ].join(' ')
  const { profile, positions } = positionsOf(report, 'en', TIGRAY)
  const got = brief(positions)

  it('applies the generic profile', () => {
    expect(profile).toBe('generic')
  })

  it('finds the ceasefire accepted by both', () => {
    expect(got).toContain('ceasefire/ETH/accept')
    expect(got).toContain('ceasefire/TPLF/accept')
  })

  it('finds disarmament and humanitarian access', () => {
    expect(got).toContain('security-withdrawal/TPLF/accept')
    expect(got).toContain('humanitarian-access/ETH/accept')
  })

  it('gives no position to a population', () => {
    expect(positions.some((p) => p.sentence === 3)).toBe(false)
  })
})

describe('the generic agenda in Russian', () => {
  const RU: Record<string, ActorSpec> = { Россия: { id: 'RUS' }, Украина: { id: 'UKR' }, 'российская сторона': { id: 'RUS', via: 'adjective' } }
  const report = 'Россия и Украина провели переговоры в Стамбуле. Стороны договорились об обмене пленными. Украина предложила прекращение огня на тридцать дней, но российская сторона отвергла это предложение.'
  const got = brief(positionsOf(report, 'ru', RU).positions)

  it('finds the exchange, the proposal and its rejection', () => {
    expect(got).toContain('detainees/RUS/accept')
    expect(got).toContain('detainees/UKR/accept')
    expect(got).toContain('ceasefire/UKR/propose')
    expect(got).toContain('ceasefire/RUS/reject')
  })
})
