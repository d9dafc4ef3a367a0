import { describe, expect, it } from 'vitest'
import { actorsIn, ids } from './testing.js'

// Georgian is data only: names from data/actors (ka keys; the state names of
// data/actors/countries.json), case forms from src/languages/ka/morphology.yaml,
// titles and sectors from src/languages/ka/actors.yaml. Georgian has no capitals,
// so names are found by the knowledge base and the titles before them.
function found(text: string): string[] {
  return [...new Set(actorsIn(text, 'ka').map((m) => m.actor.id))].sort()
}

describe('Georgian actors', () => {
  it('finds states in their case forms', () => {
    expect(ids('სომხეთი და აზერბაიჯანი ტყვეებს გაცვლიან.', 'ka')).toEqual(['ARM', 'AZE'])
    expect(found('სომხეთმა და აზერბაიჯანმა ხელი მოაწერეს დეკლარაციას.')).toEqual(['ARM', 'AZE'])
    expect(found('რუსეთისა და უკრაინის დელეგაციებს შორის მოლაპარაკებები თურქეთის შუამავლობით გაიმართა.')).toEqual(['RUS', 'TUR', 'UKR'])
    expect(found('ევროკავშირი მოუწოდებს სომხეთსა და აზერბაიჯანს, განაგრძონ დიალოგი.')).toEqual(['ARM', 'AZE', 'EU'])
    expect(found('უკრაინამ და საქართველომ განცხადება გაავრცელეს.')).toEqual(['GEO', 'UKR'])
    expect(found('აშშ-ის სახელმწიფო მდივანი მოსკოვიდან ვაშინგტონისკენ გაემგზავრა.')).toContain('USA')
  })

  it('finds persons by full name, by inflected surname and after their title', () => {
    const m = actorsIn('სომხეთის პრემიერ-მინისტრი ნიკოლ ფაშინიანი და აზერბაიჯანის პრეზიდენტი ილჰამ ალიევი შეხვდნენ.', 'ka')
    expect(m.map((x) => x.actor.id)).toEqual(['ARM', 'nikol-pashinyan', 'AZE', 'ilham-aliyev'])
    expect(found('ფაშინიანმა ალიევთან ისაუბრა.')).toEqual(['ilham-aliyev', 'nikol-pashinyan'])
    expect(found('ზელენსკიმ და ერდოღანმა სტამბოლში ისაუბრეს, ლავროვი კი ბლინკენს შეხვდა.')).toEqual([
      'antony-blinken', 'recep-tayyip-erdogan', 'sergey-lavrov', 'volodymyr-zelensky',
    ])
    expect(found('საქართველოს პრემიერ-მინისტრმა ირაკლი კობახიძემ თბილისში უმასპინძლა დელეგაციებს.')).toEqual(['GEO', 'irakli-kobakhidze'])
    expect(found('კობახიძის განცხადებით, ქვეყანა მზადაა.')).toEqual(['irakli-kobakhidze'])
  })

  it('reads adjectives, sector words and organisations', () => {
    const side = actorsIn('სომხურმა მხარემ უარყო ბრალდებები.', 'ka')
    expect(side.map((x) => [x.actor.id, x.actor.sector, x.via])).toEqual([['ARM', 'GOV', 'adjective']])
    const army = actorsIn('აზერბაიჯანის შეიარაღებულმა ძალებმა განაცხადეს.', 'ka')
    expect(army.map((x) => [x.actor.id, x.actor.sector])).toEqual([['AZE', 'MIL']])
    expect(found('ევროკავშირმა, გაერომ და ეუთომ მოუწოდეს ცეცხლის შეწყვეტისკენ.')).toEqual(['EU', 'OSCE', 'UN'])
    expect(found('ყარაბაღელმა სომხებმა რეგიონი დატოვეს.')).toEqual(['NKR'])
  })

  it('takes capitals acting as governments, not as venues', () => {
    const m = actorsIn('კრემლმა კიევის წინადადება უარყო.', 'ka')
    expect(m.map((x) => [x.actor.id, x.via])).toEqual([
      ['RUS', 'metonym'],
      ['UKR', 'metonym'],
    ])
    expect(ids('მოლაპარაკებები ბაქოში გაიმართა.', 'ka')).toEqual([])
    expect(ids('შეხვედრა აშშ-ში გაიმართა.', 'ka')).toEqual([])
    expect(ids('შვეიცარიის ქალაქ ჟენევაში შეხვედრა გაიმართა.', 'ka')).toEqual([])
  })

  it('does not read membership, the Soviet republics or "that" as actors', () => {
    expect(ids('ნატოს წევრი ქვეყნები შეიკრიბნენ.', 'ka')).toEqual([])
    expect(ids('სომხეთის სსრ საბჭოთა კავშირის შემადგენლობაში იყო.', 'ka')).toEqual([])
    expect(ids('მან განაცხადა, რომ მზადაა.', 'ka')).toEqual([])
  })
})
