import { describe, expect, it } from 'vitest'
import { loadProfiles } from './index.js'
import { chooseProfile } from './select-profile.js'
import { mentionsOf, sentencesOf, type ActorSpec } from './testing.js'

const set = loadProfiles(null)
const choose = (text: string, actors: Record<string, ActorSpec>) => {
  const m = mentionsOf(text, sentencesOf(text), actors)
  const c = chooseProfile(set, m, [])!
  return { id: c.profile.data.id, parties: c.parties }
}

describe('profile selection', () => {
  it('a report on both parties gets their profile', () => {
    expect(choose('Armenia and Azerbaijan met in Brussels.', { Armenia: { id: 'ARM' }, Azerbaijan: { id: 'AZE' } })).toEqual({
      id: 'armenia-azerbaijan', parties: ['ARM', 'AZE'],
    })
  })

  it('a report mostly about one of its parties gets it too', () => {
    const actors = { Baku: { id: 'AZE' }, Washington: { id: 'USA' } }
    expect(choose('Baku said it is ready. Baku also thanked Washington.', actors).id).toBe('armenia-azerbaijan')
  })

  it('a passing mention does not make a report about the process', () => {
    const actors = { Serbia: { id: 'SRB' }, Kosovo: { id: 'KOS', type: 'entity' as const }, Armenia: { id: 'ARM' } }
    const got = choose('Serbia and Kosovo met. Serbia rejected the plan. Kosovo insisted. Armenia was not there.', actors)
    expect(got.id).toBe('generic')
    expect(got.parties).toEqual(['SRB', 'KOS'])
  })

  it('generic parties leave out mediators, organisations and populations', () => {
    const actors = {
      Ethiopia: { id: 'ETH' }, TPLF: { id: 'TPLF', type: 'group' as const }, 'African Union': { id: 'AU', type: 'organisation' as const },
      Kenya: { id: 'KEN' }, Tigrayans: { id: 'TPLF', sector: 'CVL' },
    }
    const text = 'Ethiopia and the TPLF met under the African Union in Kenya. The African Union praised Ethiopia and the TPLF. Tigrayans and Tigrayans waited.'
    expect(choose(text, actors).parties).toEqual(['ETH', 'TPLF'])
  })

  it('a named profile applies to every document', () => {
    const forced = loadProfiles('generic')
    const m = mentionsOf('Armenia and Azerbaijan met.', sentencesOf('Armenia and Azerbaijan met.'), { Armenia: { id: 'ARM' }, Azerbaijan: { id: 'AZE' } })
    expect(chooseProfile(forced, m, [])!.profile.data.id).toBe('generic')
  })
})
