import { describe, expect, it } from 'vitest'
import { actorsIn, ids } from './testing.js'

// Spanish and Italian names come from data only: data/actors (es:, it: keys) and src/languages/{es,it}/actors.yaml.
function find(text: string, lang: string, id: string) {
  return actorsIn(text, lang).filter((m) => m.actor.id === id)
}

describe('Spanish and Italian names', () => {
  it.each([
    ['es', 'Armenia y Azerbaiyán acordaron continuar las negociaciones, dijo Estados Unidos.', ['ARM', 'AZE', 'USA']],
    ['es', 'Serguéi Lavrov y Volodímir Zelenski; la Unión Europea y la OTAN; la Corte Internacional de Justicia.',
      ['EU', 'ICJ', 'NATO', 'sergey-lavrov', 'volodymyr-zelensky']],
    ['it', "L'Armenia e l'Azerbaigian hanno concordato di proseguire i negoziati, hanno detto gli Stati Uniti.", ['ARM', 'AZE', 'USA']],
    ['it', "Sergej Lavrov e Volodymyr Zelensky; l'Unione europea e la NATO; la Corte internazionale di giustizia.",
      ['EU', 'ICJ', 'NATO', 'sergey-lavrov', 'volodymyr-zelensky']],
  ])('%s: %s', (lang, text, expected) => {
    expect(ids(text, lang)).toEqual(expected)
  })

  it('finds Spanish adjectives, persons and metonyms', () => {
    expect(ids('El primer ministro armenio, Nikol Pashinián, se reunió con el presidente azerí Ilham Alíyev.', 'es')).toEqual([
      'ARM', 'AZE', 'ilham-aliyev', 'nikol-pashinyan',
    ])
    expect(ids('Los diplomáticos estadounidenses, las tropas rusas, Bakú y Ereván, el Kremlin y la ONU.', 'es')).toEqual([
      'ARM', 'AZE', 'RUS', 'UN', 'USA',
    ])
  })

  it('finds Italian adjectives in all genders and numbers, persons and metonyms', () => {
    expect(ids('Il premier armeno Nikol Pashinyan ha incontrato il presidente azero Ilham Aliyev.', 'it')).toEqual([
      'ARM', 'AZE', 'ilham-aliyev', 'nikol-pashinyan',
    ])
    expect(ids("I diplomatici statunitensi, le truppe russe, Baku ed Erevan, il Cremlino e l'ONU.", 'it')).toEqual([
      'ARM', 'AZE', 'RUS', 'UN', 'USA',
    ])
  })

  it('gives an adjective after a military noun the sector MIL', () => {
    expect(find('Las fuerzas armadas azerbaiyanas tomaron la ciudad.', 'es', 'AZE')[0]?.actor.sector).toBe('MIL')
    expect(find("L'esercito azero ha preso la città.", 'it', 'AZE')[0]?.actor.sector).toBe('MIL')
  })

  it('does not read the Italian word "nato" (born) as NATO', () => {
    expect(ids("Il ministro è nato a Roma e ha studiato a Milano.", 'it')).not.toContain('NATO')
  })
})
