import { describe, expect, it } from 'vitest'
import type { ActorMention } from '../core/doc.js'
import { actorsIn, brief, code, type ActorSpec } from './test-utils.js'

// Georgian is data only (src/languages/ka). Sentences written for this test about the
// Armenia–Azerbaijan process and the Russia–Ukraine talks. As in the pipeline, a name's
// mention covers its whole word, case ending included ("სომხეთმა", "ბაქოსთან").
const ACTORS: ActorSpec[] = [
  { surface: 'სომხეთ', id: 'ARM' },
  { surface: 'სომხურ', id: 'ARM', via: 'adjective' },
  { surface: 'აზერბაიჯან', id: 'AZE' },
  { surface: 'ერევან', id: 'ARM', via: 'metonym' },
  { surface: 'ბაქო', id: 'AZE', via: 'metonym' },
  { surface: 'რუსეთ', id: 'RUS' },
  { surface: 'კრემლ', id: 'RUS', via: 'metonym' },
  { surface: 'მოსკოვ', id: 'RUS', via: 'metonym' },
  { surface: 'უკრაინ', id: 'UKR' },
  { surface: 'კიევ', id: 'UKR', via: 'metonym' },
  { surface: 'თურქეთ', id: 'TUR' },
  { surface: 'ყაზახეთ', id: 'KAZ' },
  { surface: 'აშშ', id: 'USA' },
  { surface: 'ევროკავშირ', id: 'EU', type: 'organisation' },
  { surface: 'საფრანგეთ', id: 'FRA' },
  { surface: 'ფაშინიან', id: 'nikol-pashinyan', country: 'ARM' },
  { surface: 'ალიევ', id: 'ilham-aliyev', country: 'AZE' },
  { surface: 'ზელენსკ', id: 'volodymyr-zelensky', country: 'UKR' },
]

/** Every occurrence of each stem at a word start, as a mention of the whole word. */
function wholeWords(text: string, specs: readonly ActorSpec[]): ActorMention[] {
  const out: ActorMention[] = []
  for (const s of specs) {
    for (let at = text.indexOf(s.surface); at >= 0; at = text.indexOf(s.surface, at + 1)) {
      if (/[\p{L}]/u.test(text[at - 1] ?? '')) continue
      let end = at + s.surface.length
      while (end < text.length && /[\p{L}\p{M}]/u.test(text[end] ?? '')) end++
      const word = text.slice(at, end)
      const n = [...text.slice(0, at).matchAll(new RegExp(word, 'gu'))].length
      out.push(...actorsIn(text, [{ ...s, surface: word, occurrence: n }]))
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

const ka = (text: string) => code({ text, language: 'ka', actors: wholeWords(text, ACTORS) })
const briefs = (text: string) => ka(text).map(brief)
const types = (text: string) => ka(text).map((e) => e.type)

describe('Georgian events', () => {
  it('codes a meeting of both ministers hosted by a third state as third-party CONSULT', () => {
    const [e] = ka('სომხეთისა და აზერბაიჯანის საგარეო საქმეთა მინისტრები ალმათიში ყაზახეთის მასპინძლობით შეხვდნენ.')
    expect(e?.type).toBe('CONSULT')
    expect(e?.mode).toBe('third-party')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM', 'AZE'])
    expect(e?.mediators.map((r) => r.country)).toEqual(['KAZ'])
  })

  it('codes talks between two delegations with a mediator', () => {
    const [e] = ka('სტამბოლში რუსეთისა და უკრაინის დელეგაციებს შორის მოლაპარაკებები თურქეთის შუამავლობით გაიმართა.')
    expect(brief(e!)).toBe('CONSULT/third-party RUS,UKR> med=TUR')
  })

  it('codes an agreement of both parties and a reciprocal one on a preverbal complement', () => {
    expect(briefs('სომხეთი და აზერბაიჯანი სამშვიდობო ხელშეკრულების ტექსტზე შეთანხმდნენ.')).toEqual(['AGREE ARM,AZE>'])
    // one event, the verb's: the exchange is what was agreed
    expect(briefs('ერევანი და ბაქო ტყვეების გაცვლაზე შეთანხმდნენ.')).toEqual(['AGREE ARM,AZE>'])
    expect(briefs('მხარეები შეთანხმდნენ ტყვეების გაცვლაზე.')).toEqual(['AGREE >'])
  })

  it('codes signing as SUPPORT of every signatory, the document being its object', () => {
    expect(briefs('ფაშინიანმა და ალიევმა ვაშინგტონში ხელი მოაწერეს ერთობლივ დეკლარაციას.')).toEqual(['SUPPORT ARM,AZE>'])
    expect(briefs('სამშვიდობო შეთანხმებას ხელი მოაწერეს სომხეთმა და აზერბაიჯანმა.')[0]).toMatch(/^SUPPORT /)
  })

  it('reads the negation particle before the verb and inside the light verb', () => {
    const [a] = ka('სომხეთი და აზერბაიჯანი საზღვრის დელიმიტაციაზე ვერ შეთანხმდნენ.')
    expect(a?.type).toBe('AGREE')
    expect(a?.negated).toBe(true)
    const [s] = ka('სომხეთმა და აზერბაიჯანმა სამშვიდობო ხელშეკრულებას ხელი ჯერ არ მოაწერეს.')
    expect(s?.type).toBe('SUPPORT')
    expect(s?.negated).toBe(true)
    expect(ka('სომხეთი არ დაესწრო შეხვედრას.')[0]?.negated).toBe(true)
  })

  it('reads future verb forms: a meeting announced is an agreement to meet', () => {
    const [e] = ka('ფაშინიანი და ალიევი მომავალ თვეს კვლავ შეხვდებიან.')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
    expect(e?.source.map((r) => r.country)).toEqual(['ARM', 'AZE'])
    // a signing announced is coded AGREE too (PLOVER: future SUPPORT is AGREE)
    const [s] = ka('მხარეები სამშვიდობო ხელშეკრულებას წლის ბოლომდე ხელს მოაწერენ.')
    expect(s?.type).toBe('AGREE')
    expect(s?.future).toBe(true)
    expect(s?.trigger.text).toBe('ხელს მოაწერენ')
  })

  it('codes an attack reported by one side as that side’s claim', () => {
    const [e] = ka('აზერბაიჯანის თავდაცვის სამინისტროს ცნობით, სომხურმა ქვედანაყოფებმა ცეცხლი გახსნეს.')
    expect(e?.type).toBe('ASSAULT')
    expect(e?.mode).toBe('firearms')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM'])
    expect(e?.attributed_to?.country).toBe('AZE')
  })

  it('codes an accusation, a ceasefire violation and shelling', () => {
    expect(types('აზერბაიჯანმა სომხეთი ცეცხლის შეწყვეტის რეჟიმის დარღვევაში დაადანაშაულა.')).toContain('ACCUSE')
    expect(briefs('მოსკოვი ამბობს, რომ უკრაინამ ცეცხლის შეწყვეტის რეჟიმი დაარღვია.')).toEqual(['ASSAULT UKR> by=RUS'])
    expect(briefs('რუსეთმა ღამით ხარკოვი ნაღმტყორცნებიდან დაბომბა.')[0]).toMatch(/^ASSAULT\/heavy-weapons RUS>/)
    expect(briefs('რუსეთმა უკრაინის ქალაქებს დრონებით შეუტია.')[0]).toMatch(/^ASSAULT\/drone RUS>/)
  })

  it('codes a call for a ceasefire as one REQUEST and a rejected proposal as REJECT', () => {
    expect(briefs('ევროკავშირმა მხარეებს ცეცხლის შეწყვეტისკენ მოუწოდა.')).toEqual(['REQUEST EU>'])
    expect(briefs('კიევი მოითხოვს სრულ ცეცხლის შეწყვეტას.')).toEqual(['REQUEST UKR>'])
    expect(briefs('უკრაინამ ოცდაათდღიანი ცეცხლის შეწყვეტა შესთავაზა, თუმცა კრემლმა ეს წინადადება უარყო.').map((b) => b.split(' ')[0] + ' ' + b.split(' ')[1]?.split('>')[0])).toEqual([
      'AGREE UKR',
      'REJECT RUS',
    ])
    expect(types('სომხეთმა ეს ბრალდება კატეგორიულად უარყო.')).toEqual(['REJECT'])
  })

  it('codes prisoner exchanges and releases', () => {
    expect(briefs('ბაქომ და ერევანმა ტყვეები გაცვალეს.')).toEqual(['RETREAT/release AZE,ARM>AZE,ARM'])
    expect(briefs('აზერბაიჯანმა ოთხი სომეხი სამხედრო ტყვე გაათავისუფლა.')[0]).toMatch(/^RETREAT\/release AZE>/)
    expect(briefs('სომხეთმა ყაზახის რაიონის ოთხი სოფელი აზერბაიჯანს დაუბრუნა.')[0]).toMatch(/^RETREAT\/withdraw ARM>/)
  })

  it('has triggers for the other PLOVER types', () => {
    expect(types('თურქეთი უკრაინას ჰუმანიტარულ დახმარებას უწევს.')[0]).toBe('AID')
    expect(types('სომხეთი საფრანგეთთან თავდაცვის სფეროში თანამშრომლობს.')[0]).toBe('COOPERATE')
    expect(types('რუსეთი უკრაინას ახალი დარტყმებით ემუქრება.')).toEqual(['THREATEN'])
    expect(types('ევროკავშირმა რუსეთს ახალი სანქციები დაუწესა.')[0]).toBe('SANCTION')
    expect(types('რუსეთმა საზღვართან დამატებითი ჯარები გადაისროლა.')[0]).toBe('MOBILIZE')
    expect(types('აზერბაიჯანმა ლაჩინის გზაზე საგუშაგო დააყენა.')[0]).toBe('COERCE')
    expect(types('რუსეთმა დონეცკის ოლქში სოფელი დაიკავა.')[0]).toBe('COERCE')
    expect(types('ერევანში ათასობით მომიტინგე ქუჩაში გამოვიდა.')[0]).toBe('PROTEST')
    expect(types('სომხეთმა აზერბაიჯანის ტერიტორიული მთლიანობა აღიარა.')[0]).toBe('CONCEDE')
    expect(types('ევროკავშირი მიესალმა სომხეთისა და აზერბაიჯანის შეთანხმებას.')[0]).toBe('SUPPORT')
    expect(types('ზელენსკი ერდოღანს ტელეფონით დაუკავშირდა.')[0]).toBe('CONSULT')
  })

  it('codes nothing in sentences that only share words with triggers', () => {
    expect(ka('პრეზიდენტმა კანონს ხელი მოაწერა.')).toEqual([])
    expect(ka('მინისტრი თანამდებობიდან გაათავისუფლეს.')).toEqual([])
    expect(ka('ომის ვეტერანებმა ქალაქის ცენტრში ყვავილები დადეს.')).toEqual([])
    expect(ka('მთავრობამ მნიშვნელოვანი ნაბიჯი გადადგა განათლების სფეროში.')).toEqual([])
    expect(ka('ეს მარტივი კრიტიკული საკითხი არ არის.')).toEqual([])
    expect(ka('მინისტრმა ჟურნალისტებთან საუბრისას ამინდზე ილაპარაკა.')).toEqual([])
  })
})
