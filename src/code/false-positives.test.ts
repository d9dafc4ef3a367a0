import { describe, expect, it } from 'vitest'
import { allActors, code, type ActorSpec } from './test-utils.js'

const ACTORS: ActorSpec[] = [
  { surface: 'Armenia', id: 'ARM' },
  { surface: 'Azerbaijan', id: 'AZE' },
  { surface: 'Pashinyan', id: 'nikol-pashinyan', country: 'ARM' },
  { surface: 'Hoa Kỳ', id: 'USA' },
  { surface: 'Россия', id: 'RUS' },
  { surface: 'Deutschland', id: 'DEU' },
]

const none = (text: string, language: string) => {
  const events = code({ text, language, actors: allActors(text, ACTORS) })
  expect(events.map((e) => `${e.type} [${e.trigger.text}]`)).toEqual([])
}

describe('sentences that report no event', () => {
  it.each([
    ['The peace process has a long history in the region.', 'en'],
    ['Armenia is a country in the South Caucasus with about three million inhabitants.', 'en'],
    ['The minister gave a press conference about the economy of Azerbaijan.', 'en'],
    ['Prisoners of war are protected by the Geneva Conventions.', 'en'],
    ['Pashinyan is the leader of the Civil Contract party.', 'en'],
    ['Hoa Kỳ là một quốc gia lớn ở Bắc Mỹ.', 'vi'],
    ['Thư ký báo chí đã trả lời phỏng vấn.', 'vi'],
    ['Россия — крупнейшая по площади страна мира.', 'ru'],
    ['Согласно переписи, в городе живёт миллион человек.', 'ru'],
    ["L'Arménie est un pays du Caucase.", 'fr'],
    ['Deutschland hat einige neue Brücken gebaut.', 'de'],
  ])('%s', (text, language) => none(text, language))

  it('needs an actor for weak triggers ("support", "help")', () => {
    none('Support for the measure is growing, and help is on the way.', 'en')
  })

  it('codes nothing for a language without data other than through English', () => {
    const text = 'Armenia and Azerbaijan agreed to talks.'
    expect(code({ text, language: 'xx', actors: allActors(text, ACTORS) }).map((e) => e.type)).toEqual(['AGREE'])
  })
})
