import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ParleyError } from '../../core/errors.js'
import { loadActorKb } from './index.js'
import { actorsIn, ids } from './testing.js'

const FIX = join(import.meta.dirname, 'fixtures')

function find(text: string, lang: string, id: string) {
  return actorsIn(text, lang).filter((m) => m.actor.id === id)
}

describe('names in each language', () => {
  it.each([
    ['en', 'Armenia and Azerbaijan agreed to continue talks, the United States said.', ['ARM', 'AZE', 'USA']],
    ['vi', 'Mỹ và Liên minh châu Âu hoan nghênh thỏa thuận giữa Armenia và Azerbaijan.', ['ARM', 'AZE', 'EU', 'USA']],
    ['ru', 'Россия и ОБСЕ призвали Армению и Азербайджан продолжить диалог.', ['ARM', 'AZE', 'OSCE', 'RUS']],
    ['fr', "L'Arménie et l'Azerbaïdjan ont saisi la Cour internationale de justice.", ['ARM', 'AZE', 'ICJ']],
    ['de', 'Armenien und Aserbaidschan unterzeichneten unter Vermittlung der USA ein Abkommen.', ['ARM', 'AZE', 'USA']],
    ['tr', "Ermenistan'ın ve Azerbaycan'ın heyetleri AB'nin arabuluculuğunda görüştü.", ['ARM', 'AZE', 'EU']],
    ['az', 'Azərbaycan Ermənistanla ATƏT-in Minsk qrupunun buraxılmasını razılaşdırıb.', ['ARM', 'AZE', 'OSCE']],
    ['hy', 'Հայաստանը և Ադրբեջանը ԵՄ-ի միջնորդությամբ հանդիպում են անցկացրել։', ['ARM', 'AZE', 'EU']],
  ])('%s', (lang, text, expected) => {
    expect(ids(text, lang)).toEqual(expected)
  })
})

describe('inflected forms', () => {
  it('finds Russian case forms of states and persons', () => {
    const found = actorsIn('Лавров встретился с Пашиняном в Ереване, а затем позвонил Алиеву.', 'ru').map((m) => m.actor.id)
    expect(found).toEqual(expect.arrayContaining(['sergey-lavrov', 'nikol-pashinyan', 'ilham-aliyev']))
    expect(ids('Премьер-министр Армении заявил о поддержке Арменией мирного договора.', 'ru')).toContain('ARM')
  })
  it('finds Turkish, Azerbaijani and Armenian suffixed forms', () => {
    expect(ids("Paşinyan'ın açıklaması Ermenistan'dan geldi.", 'tr')).toEqual(['ARM', 'nikol-pashinyan'])
    expect(ids('Əliyevin bəyanatı Azərbaycanın mövqeyini ifadə edir.', 'az')).toEqual(['AZE', 'ilham-aliyev'])
    expect(ids('Փաշինյանի խոսքով՝ Ադրբեջանի ԱԳՆ-ն հայտարարություն է տարածել։', 'hy')).toEqual(['AZE', 'nikol-pashinyan'])
  })
})

describe('metonym or venue', () => {
  it('takes a capital acting as its government', () => {
    const [baku] = find('Baku rejected the proposal.', 'en', 'AZE')
    expect(baku).toMatchObject({ via: 'metonym', actor: { sector: 'GOV' } })
    expect(find('Điện Kremlin kêu gọi hai bên kiềm chế.', 'vi', 'RUS')[0]?.via).toBe('metonym')
    expect(ids('Yerevan insists on the 1975 maps.', 'en')).toEqual(['ARM'])
  })
  it('leaves a capital used as a venue to the places stage', () => {
    expect(ids('The ministers met in Washington on Monday.', 'en')).toEqual([])
    expect(ids('Hai ngoại trưởng gặp nhau tại Berlin.', 'vi')).toEqual([])
    expect(ids('Переговоры прошли в Москве.', 'ru')).toEqual([])
    expect(ids('Les ministres se sont retrouvés à Bruxelles.', 'fr')).toEqual([])
    expect(ids("Bakanlar Berlin'de bir araya geldi.", 'tr')).toEqual([])
    expect(ids('Բանակցությունները Վաշինգտոնում են։', 'hy')).toEqual([])
    expect(ids('WASHINGTON (Reuters) — Talks resumed.', 'en')).toEqual([])
    expect(ids('The Prague summit ended late.', 'en')).toEqual([])
  })
  it('treats Brussels as the EU when it acts', () => {
    expect(ids('Brussels warned both sides.', 'en')).toEqual(['EU'])
  })
  it('reads a state name qualifying a city as a place', () => {
    expect(ids("Görüşme İsviçre'nin Cenevre şehrinde yapıldı.", 'tr')).toEqual([])
  })
})

describe('adjectives with sector', () => {
  it.each([
    ['en', 'The Armenian Foreign Ministry issued a statement.', 'ARM', 'GOV'],
    ['en', 'The Azerbaijani army shelled the positions.', 'AZE', 'MIL'],
    ['vi', 'Quân đội Azerbaijan đã nổ súng.', 'AZE', 'MIL'],
    ['vi', 'Bộ Ngoại giao Đức thông báo kết quả.', 'DEU', 'GOV'],
    ['ru', 'Армянская сторона отвергла обвинения.', 'ARM', 'GOV'],
    ['ru', 'Российские миротворцы остаются в регионе.', 'RUS', 'MIL'],
    ['de', 'Aserbaidschanische Streitkräfte griffen an.', 'AZE', 'MIL'],
    ['fr', "L'armée azerbaïdjanaise a pris la ville.", 'AZE', 'MIL'],
    ['tr', 'Azerbaycan Devlet Sınır Hizmeti açıklama yaptı.', 'AZE', 'MIL'],
    ['az', 'Azərbaycan Xarici İşlər Nazirliyi bəyanat yayıb.', 'AZE', 'GOV'],
    ['hy', 'Ռուսական խաղաղապահ զորախմբի հրամանատարությունը տեղեկացվել է։', 'RUS', 'MIL'],
  ])('%s: %s', (lang, text, id, sector) => {
    expect(find(text, lang, id)[0]?.actor.sector).toBe(sector)
  })
})

describe('unknown persons by role', () => {
  it('finds a person after a title, with state and sector', () => {
    const [p] = actorsIn('Deputy Speaker of the Armenian Parliament Vardan Testoyan said talks continue.', 'en').filter((m) => m.actor.type === 'person')
    expect(p).toMatchObject({ via: 'role', actor: { id: 'vardan-testoyan', country: 'ARM', sector: 'LEG' } })
    const [q] = actorsIn('Phó Chủ tịch Quốc hội Armenia Vardan Testoyan cho biết.', 'vi').filter((m) => m.actor.type === 'person')
    expect(q?.actor).toMatchObject({ id: 'vardan-testoyan', country: 'ARM', sector: 'LEG' })
  })
  it('finds a person before a titled apposition', () => {
    const [p] = actorsIn("Lilit Sampleyan, spokesperson for Armenia's Foreign Ministry, denied the claims.", 'en').filter((m) => m.actor.type === 'person')
    expect(p?.actor).toMatchObject({ id: 'lilit-sampleyan', country: 'ARM', sector: 'GOV' })
  })
  it('romanises Cyrillic and Armenian names for the slug', () => {
    expect(ids('глава МИД Казахстана Ержан Примеров заявил о готовности.', 'ru')).toContain('erzhan-primerov')
    expect(ids('Հայաստանի ԱԳ նախարար Արամ Փորձյան հայտարարեց։', 'hy')).toContain('aram-pordzyan')
  })
  it('finds known persons by role phrase too', () => {
    expect(ids('глава МИД Азербайджана Джейхун Байрамов прибыл в Алматы.', 'ru')).toEqual(['AZE', 'jeyhun-bayramov'])
  })
})

describe('coreference in a document', () => {
  it('resolves surnames, honorifics and titles to the person named before', () => {
    const text = 'US Secretary of State Antony Blinken called Prime Minister Nikol Pashinyan.\nLater ông Blinken said the Armenian prime minister agreed.'
    const later = actorsIn(text, 'en').filter((m) => m.sentence === 1)
    expect(later.map((m) => [m.actor.id, m.via])).toEqual(
      expect.arrayContaining([['antony-blinken', 'coref'], ['nikol-pashinyan', 'coref']]),
    )
  })
  it('resolves the surname of a person found by role', () => {
    const text = 'Deputy Speaker of the Armenian Parliament Vardan Testoyan spoke first.\nTestoyan added that the border must be delimited.'
    const later = actorsIn(text, 'en').filter((m) => m.sentence === 1 && m.actor.type === 'person')
    expect(later[0]).toMatchObject({ via: 'coref', actor: { id: 'vardan-testoyan' } })
  })
  it('resolves "người đồng cấp Azerbaijan" to the named counterpart', () => {
    const text = 'Ngoại trưởng Armenia Ararat Mirzoyan và người đồng cấp Azerbaijan Jeyhun Bayramov đã hội đàm.'
    expect(ids(text, 'vi')).toEqual(['ARM', 'AZE', 'ararat-mirzoyan', 'jeyhun-bayramov'])
  })
  it('maps a title without a name to its state when no holder is named', () => {
    expect(find('Ngoại trưởng Hoa Kỳ nhấn mạnh tầm quan trọng của đối thoại.', 'vi', 'USA')[0]?.actor.sector).toBe('GOV')
  })
})

describe('de facto entities', () => {
  it('counts Karabakh as the entity unless it is a venue or a region', () => {
    expect(ids('Baku established full control over Nagorno-Karabakh.', 'en')).toEqual(['AZE', 'NKR'])
    expect(ids('Thousands of people live in Nagorno-Karabakh.', 'en')).toEqual([])
    expect(ids('Tình hình ở khu vực Karabakh vẫn căng thẳng.', 'vi')).toEqual([])
    expect(ids('The unrecognized Nagorno-Karabakh Republic announced its dissolution.', 'en')).toEqual(['NKR'])
  })
})

describe('user YAML files', () => {
  it('adds persons, aliases and organisations end to end', () => {
    const files = [join(FIX, 'user-actors.yaml')]
    const found = actorsIn('Special envoy Tigran Examplyan met the CMG.\nRepublic Square insists on talks. Экзамплян прибыл.', 'en', files)
    expect(found.map((m) => m.actor.id)).toEqual(['tigran-example', 'CAUCMON', 'ARM', 'tigran-example'])
    expect(loadActorKb(files).actors.get('tigran-example')?.country).toBe('ARM')
  })
  it('rejects a bad file naming it', () => {
    expect(() => loadActorKb([join(FIX, 'bad-actors.yaml')])).toThrow(ParleyError)
    expect(() => loadActorKb([join(FIX, 'bad-actors.yaml')])).toThrow(/bad-actors\.yaml/)
    expect(() => loadActorKb([join(FIX, 'missing.yaml')])).toThrow(/missing\.yaml/)
  })
})

describe('speed', () => {
  it('matches a long document quickly once the KB is built', () => {
    loadActorKb([]).matcher('full')
    const text = Array.from({ length: 400 }, () => 'Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Brussels.').join('\n')
    const t0 = performance.now()
    const found = actorsIn(text, 'en')
    expect(found.length).toBeGreaterThanOrEqual(1600)
    expect(performance.now() - t0).toBeLessThan(3000)
  })
})
