import { describe, expect, it } from 'vitest'
import { loadProfiles } from './index.js'
import { brief, positionsOf, type ActorSpec } from './testing.js'

// Ukrainian stance cues (src/languages/uk/positions.yaml) and the generic agenda's uk terms
// (profiles/generic.yaml); sentences written for this test.
const UK: Record<string, ActorSpec> = {
  Росія: { id: 'RUS' },
  Україна: { id: 'UKR' },
  Україною: { id: 'UKR' },
  Росією: { id: 'RUS' },
  'російська сторона': { id: 'RUS', via: 'adjective' },
}

describe('Ukrainian stances', () => {
  const report =
    'Переговори між Україною та Росією пройшли у Стамбулі. Сторони домовилися про обмін полоненими. ' +
    'Україна запропонувала припинення вогню на тридцять днів, але російська сторона відхилила цю пропозицію.'
  const got = brief(positionsOf(report, 'uk', UK).positions)

  it('reads domovylysia as both accepting, zaproponuvala as propose and vidkhylyla as reject', () => {
    expect(got).toEqual(['detainees/UKR/accept', 'detainees/RUS/accept', 'ceasefire/UKR/propose', 'ceasefire/RUS/reject'])
  })

  it('takes "ne pohodytsia" as a rejection', () => {
    const r = brief(positionsOf('Україна не погодиться на передачу територій.', 'uk', UK).positions)
    expect(r).toEqual(['territory-borders/UKR/reject'])
  })
})

describe('Ukrainian on the Armenia–Azerbaijan agenda', () => {
  const AA: Record<string, ActorSpec> = { Азербайджан: { id: 'AZE' }, Вірменія: { id: 'ARM' }, Вірменії: { id: 'ARM' } }
  it('vymahaie: demand; zaproponuvala: propose', () => {
    const profiles = loadProfiles('armenia-azerbaijan')
    expect(brief(positionsOf('Азербайджан вимагає змінити конституцію Вірменії.', 'uk', AA, { profiles }).positions)).toEqual(['constitution/AZE/demand'])
    expect(brief(positionsOf('Вірменія запропонувала провести делімітацію кордону за радянськими картами.', 'uk', AA, { profiles }).positions)[0]).toMatch(
      /^border-delimitation\/ARM\/propose|^maps\/ARM\/propose/,
    )
  })
})
