import { describe, expect, it } from 'vitest'
import { loadProfiles } from './index.js'
import { brief, positionsOf, type ActorSpec } from './testing.js'

// Sentences written for these tests, about public facts of the Armenia–Azerbaijan talks.
const profiles = loadProfiles('armenia-azerbaijan')

const FR: Record<string, ActorSpec> = {
  Azerbaïdjan: { id: 'AZE' },
  Arménie: { id: 'ARM' },
  Erevan: { id: 'ARM', via: 'metonym' },
  Bakou: { id: 'AZE', via: 'metonym' },
}
const fr = (text: string) => positionsOf(text, 'fr', FR, { profiles })

describe('French', () => {
  it('exige: demand', () => {
    expect(brief(fr("L'Azerbaïdjan exige que l'Arménie modifie sa constitution.").positions)).toEqual(['constitution/AZE/demand'])
  })

  it('rejette la proposition de X', () => {
    const got = brief(fr('Erevan rejette la proposition de Bakou sur le corridor de Latchine.').positions)
    expect(got).toEqual(['lachin-corridor/ARM/reject', 'lachin-corridor/AZE/propose'])
  })

  it('a charge made "pour Erevan" is Yerevan\'s', () => {
    const got = brief(fr("Bakou a installé un poste de contrôle dans le corridor de Latchine, une décision inacceptable pour Erevan.").positions)
    expect(got).toEqual(['lachin-corridor/ARM/reject'])
  })

  it('se sont mis d\'accord: both accept', () => {
    const got = brief(fr("L'Arménie et l'Azerbaïdjan se sont mis d'accord sur la délimitation de la frontière.").positions)
    expect(got).toEqual(['border-delimitation/ARM/accept', 'border-delimitation/AZE/accept'])
  })
})

const DE: Record<string, ActorSpec> = {
  Armenien: { id: 'ARM' },
  Aserbaidschan: { id: 'AZE' },
  Bakus: { id: 'AZE', via: 'metonym' },
  Eriwan: { id: 'ARM', via: 'metonym' },
}
const de = (text: string) => positionsOf(text, 'de', DE, { profiles })

describe('German', () => {
  it('geeinigt: both accept', () => {
    const got = brief(de('Armenien und Aserbaidschan haben sich auf die Freilassung der Gefangenen geeinigt.').positions)
    expect(got).toEqual(['prisoners/ARM/accept', 'prisoners/AZE/accept'])
  })

  it('a separable verb: lehnt … ab', () => {
    expect(brief(de('Aserbaidschan lehnt einen internationalen Mechanismus für Bergkarabach ab.').positions)).toEqual(['karabakh-armenians/AZE/reject'])
  })

  it('Eriwan akzeptierte die Forderung Bakus: accept and demand', () => {
    const got = brief(de('Eriwan akzeptierte die Forderung Bakus nach einem Abzug der Truppen.').positions)
    expect(got).toEqual(['troop-withdrawal/ARM/accept', 'troop-withdrawal/AZE/demand'])
  })
})
