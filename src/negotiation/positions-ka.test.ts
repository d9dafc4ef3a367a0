import { describe, expect, it } from 'vitest'
import { loadProfiles } from './index.js'
import { brief, positionsOf, type ActorSpec } from './testing.js'

// Georgian stance cues (src/languages/ka/positions.yaml) and the profiles' ka issue terms
// (profiles/armenia-azerbaijan.yaml, profiles/generic.yaml); sentences written for this test.
// Mentions cover the whole word, as in the pipeline: every case form of each name is listed.
const ENDINGS = ['', 'ი', 'ის', 'ს', 'მა', 'მ', 'ში', 'თან', 'ისა', 'სა', 'ა']
function forms(stems: Record<string, string>): Record<string, ActorSpec> {
  const out: Record<string, ActorSpec> = {}
  for (const [stem, id] of Object.entries(stems)) for (const e of ENDINGS) out[stem + e] = { id }
  return out
}
const AA = forms({ სომხეთ: 'ARM', აზერბაიჯან: 'AZE', ერევან: 'ARM', ერევნ: 'ARM', ბაქო: 'AZE', ალიევ: 'AZE', ფაშინიან: 'ARM', მოსკოვ: 'RUS' })
const RU_UA = forms({ რუსეთ: 'RUS', უკრაინ: 'UKR', კრემლ: 'RUS', კიევ: 'UKR' })

describe('Georgian stances on the Armenia–Azerbaijan agenda', () => {
  const profiles = loadProfiles('armenia-azerbaijan')
  const of = (text: string) => brief(positionsOf(text, 'ka', AA, { profiles }).positions)

  it('reads demand, propose and accept verbs', () => {
    expect(of('აზერბაიჯანი მოითხოვს სომხეთის კონსტიტუციის შეცვლას.')).toEqual(['constitution/AZE/demand'])
    expect(of('სომხეთმა შესთავაზა საზღვრის დელიმიტაცია საბჭოთა რუკების საფუძველზე.')).toEqual(['border-delimitation/ARM/propose'])
    expect(of('სომხეთი და აზერბაიჯანი შეთანხმდნენ ტყვეების გაცვლაზე.')).toEqual(['prisoners/ARM/accept', 'prisoners/AZE/accept'])
    expect(of('ერევანი აღიარებს აზერბაიჯანის ტერიტორიულ მთლიანობას.')).toEqual(['territorial-integrity/ARM/accept'])
  })

  it('gives a rejected proposal to both: the rejecting subject and the possessor of the proposal', () => {
    expect(of('ბაქომ უარყო ერევნის წინადადება საერთაშორისო მექანიზმის შესახებ.')).toEqual([
      'karabakh-armenians/AZE/reject',
      'karabakh-armenians/ARM/propose',
    ])
  })

  it('takes the speaker of an obligation as the one who demands, and a negated accept as reject', () => {
    expect(of('ალიევმა განაცხადა, რომ სომხეთმა უნდა შეცვალოს კონსტიტუცია.')).toEqual(['constitution/AZE/demand'])
    expect(of('ფაშინიანი არ დაეთანხმა კონსტიტუციის შეცვლის მოთხოვნას.')).toEqual(['constitution/ARM/reject'])
  })

  it('reads readiness as a proposal and "not yet agreed" as no position', () => {
    expect(of('სომხეთი მზადაა ხელი მოაწეროს სამშვიდობო ხელშეკრულებას.')).toEqual(['peace-treaty/ARM/propose'])
    expect(of('მხარეები ჯერ ვერ შეთანხმდნენ საზღვრის დელიმიტაციაზე.')).toEqual([])
  })

  it('does not make the object of a call a holder', () => {
    const r = brief(positionsOf('მოსკოვმა მხარეებს მოუწოდა, თავი შეიკავონ ძალის გამოყენებისგან.', 'ka', AA, { profiles }).positions)
    expect(r.filter((p) => p.endsWith('/demand'))).toEqual([])
  })
})

describe('Georgian stances on the generic agenda', () => {
  const profiles = loadProfiles('generic')
  const of = (text: string) => brief(positionsOf(text, 'ka', RU_UA, { profiles }).positions)

  it('reads demands, rejections and a future refusal', () => {
    expect(of('კიევი მოითხოვს სრულ ცეცხლის შეწყვეტას.')).toEqual(['ceasefire/UKR/demand'])
    expect(of('კრემლმა უარყო ოცდაათდღიანი ცეცხლის შეწყვეტის წინადადება.')).toEqual(['ceasefire/RUS/reject'])
    expect(of('უკრაინა ტერიტორიების დათმობაზე არასოდეს დათანხმდება.')).toEqual(['territory-borders/UKR/reject'])
  })
})
