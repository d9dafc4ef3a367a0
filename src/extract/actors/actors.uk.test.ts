import { describe, expect, it } from 'vitest'
import { actorsIn, ids } from './testing.js'

// Ukrainian is data only: names from data/actors (uk keys), case forms from
// src/languages/uk/morphology.yaml, titles and sectors from src/languages/uk/actors.yaml.
function found(text: string): string[] {
  return [...new Set(actorsIn(text, 'uk').map((m) => m.actor.id))].sort()
}

describe('Ukrainian actors', () => {
  it('finds states in their case forms', () => {
    expect(ids('Україна та Росія домовилися про обмін полоненими.', 'uk')).toEqual(['RUS', 'UKR'])
    expect(found('Переговори між Україною та Росією пройшли за посередництва Туреччини.')).toEqual(['RUS', 'TUR', 'UKR'])
    expect(found('Вірменія та Азербайджан парафували мирну угоду, США привітали цей крок.')).toEqual(['ARM', 'AZE', 'USA'])
    expect(found('Президент Вірменії подякував Азербайджану.')).toEqual(['ARM', 'AZE'])
  })

  it('finds persons by full name and by inflected surname', () => {
    expect(found('Рустем Умєров і Володимир Мединський очолили делегації.')).toEqual(['rustem-umerov', 'vladimir-medinsky'])
    expect(found('Зеленський зустрівся з Ердоганом, а Віткофф поговорив з Путіним.')).toEqual(
      expect.arrayContaining(['recep-tayyip-erdogan', 'steve-witkoff', 'vladimir-putin', 'volodymyr-zelensky']),
    )
    expect(found('Сибіга провів розмову з Лавровим про обмін.')).toEqual(expect.arrayContaining(['andrii-sybiha', 'sergey-lavrov']))
    expect(found('Трамп подзвонив Зеленському.')).toEqual(['donald-trump', 'volodymyr-zelensky'])
  })

  it('reads adjectives and organisations', () => {
    expect(found('Українська делегація передала російській стороні списки.')).toEqual(['RUS', 'UKR'])
    expect(found('ЄС, ООН та НАТО закликали до перемир\'я.')).toEqual(['EU', 'NATO', 'UN'])
  })

  it('takes capitals acting as governments, not as venues', () => {
    const kremlin = actorsIn('Кремль відхилив пропозицію Києва.', 'uk')
    expect(kremlin.map((m) => [m.actor.id, m.via])).toEqual([
      ['RUS', 'metonym'],
      ['UKR', 'metonym'],
    ])
    expect(ids('Переговори пройшли в Стамбулі.', 'uk')).toEqual([])
  })
})
