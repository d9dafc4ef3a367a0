import { describe, expect, it } from 'vitest'
import { loadProfiles } from './index.js'
import { brief, positionsOf, type ActorSpec } from './testing.js'

// Sentences written for these tests, about public facts of the Armenia–Azerbaijan talks.
const AA: Record<string, ActorSpec> = {
  Armenia: { id: 'ARM' },
  Azerbaijan: { id: 'AZE' },
  Yerevan: { id: 'ARM', via: 'metonym' },
  Baku: { id: 'AZE', via: 'metonym' },
  'the Armenian side': { id: 'ARM', via: 'adjective' },
  'Nikol Pashinyan': { id: 'nikol-pashinyan', country: 'ARM' },
  'Ilham Aliyev': { id: 'ilham-aliyev', country: 'AZE' },
  Aliyev: { id: 'ilham-aliyev', country: 'AZE' },
  'Antony Blinken': { id: 'antony-blinken', country: 'USA' },
  Blinken: { id: 'antony-blinken', country: 'USA' },
  'Karabakh Armenians': { id: 'NKR', type: 'entity', sector: 'CVL', via: 'adjective' },
}

const profiles = loadProfiles('armenia-azerbaijan')
const en = (text: string) => positionsOf(text, 'en', AA, { profiles })

describe('English stances', () => {
  it('propose', () => {
    expect(brief(en('Armenia proposed a mirror withdrawal of troops from the border.').positions)).toEqual(['troop-withdrawal/ARM/propose'])
  })

  it('demand', () => {
    expect(brief(en('Azerbaijan demanded that Armenia amend its constitution.').positions)).toEqual(['constitution/AZE/demand'])
  })

  it('accept, for both coordinated parties', () => {
    expect(brief(en('Armenia and Azerbaijan agreed to exchange prisoners of war.').positions)).toEqual(['prisoners/ARM/accept', 'prisoners/AZE/accept'])
  })

  it('reject', () => {
    expect(brief(en('Baku rejected any international mechanism for the Karabakh Armenians.').positions)).toEqual(['karabakh-armenians/AZE/reject'])
  })

  it('"will not agree" is a rejection, not an acceptance', () => {
    expect(brief(en('Azerbaijan will not agree to an international mechanism in Karabakh.').positions)).toEqual(['karabakh-armenians/AZE/reject'])
  })

  it('a precondition is a demand', () => {
    expect(brief(en('Azerbaijan set two preconditions for signing the peace treaty.').positions)).toEqual(['peace-treaty/AZE/demand'])
  })

  it('"X rejects Y\'s proposal" gives X rejecting and Y proposing', () => {
    const got = brief(en("Azerbaijan rejected Armenia's proposal to draw the border on Soviet maps.").positions)
    expect(got).toContain('border-delimitation/AZE/reject')
    expect(got).toContain('border-delimitation/ARM/propose')
  })

  it('a proposal of the Armenian side belongs to Armenia', () => {
    const got = brief(en('Baku ignored the proposal of the Armenian side on a mirror withdrawal of troops.').positions)
    expect(got).toContain('troop-withdrawal/ARM/propose')
  })
})

describe('who holds the position', () => {
  it('a pronoun refers to the previous sentence\'s party', () => {
    const got = en('The Armenian side met the mediators in Brussels on Monday. They insisted on the delimitation of the border.')
    expect(brief(got.positions)).toEqual(['border-delimitation/ARM/demand'])
    expect(got.positions[0]!.sentence).toBe(1)
  })

  it('a mediator urging a party states no party position', () => {
    expect(en('Blinken urged Azerbaijan to reopen the Lachin corridor.').positions).toEqual([])
  })

  it('a party speaker holds what it says both could do', () => {
    expect(brief(en('Aliyev said that Armenia and Azerbaijan could sign a peace treaty this year.').positions)).toEqual(['peace-treaty/AZE/propose'])
  })

  it('a mediator reporting a party\'s step: the party holds it', () => {
    expect(brief(en("Blinken said that Armenia has recognised Azerbaijan's territorial integrity.").positions)).toEqual(['territorial-integrity/ARM/accept'])
  })

  it('a charge belongs to whoever makes it, not to the accused', () => {
    expect(brief(en('Yerevan called the checkpoint in the Lachin corridor illegal.').positions)).toEqual(['lachin-corridor/ARM/reject'])
  })

  it('"have not agreed" states no position', () => {
    expect(en('Armenia and Azerbaijan have not agreed on the guarantors of the peace treaty.').positions).toEqual([])
  })
})

describe('records', () => {
  const text = 'In Washington, Nikol Pashinyan wanted the border drawn on the Soviet maps of 1975. He also insisted on it.'
  const { profile, positions } = en(text)

  it('applies the Armenia–Azerbaijan profile', () => {
    expect(profile).toBe('armenia-azerbaijan')
  })

  it('maps persons to their state and summarises in English', () => {
    const p = positions[0]!
    expect(p.party.id).toBe('ARM')
    expect(p.summary).toMatch(/^border delimitation: .*Soviet maps.*1975/)
  })

  it('quotes its evidence exactly', () => {
    for (const p of positions) expect(text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text)
  })

  it('an issue named in the previous sentence carries over to a pronoun-only one', () => {
    expect(brief(positions)).toEqual(['border-delimitation/ARM/propose', 'border-delimitation/ARM/demand'])
  })
})
