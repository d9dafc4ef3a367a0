import { describe, expect, it } from 'vitest'
import { allActors, brief, code, type ActorSpec } from './test-utils.js'

const TR: ActorSpec[] = [
  { surface: 'Azerbaycan', id: 'AZE' },
  { surface: 'Ermenistan', id: 'ARM' },
  { surface: 'Bakü', id: 'AZE', via: 'metonym' },
  { surface: 'Erivan', id: 'ARM', via: 'metonym' },
  { surface: 'Kazakistan', id: 'KAZ' },
  { surface: 'Fransa', id: 'FRA' },
  { surface: 'Bayramov', id: 'jeyhun-bayramov', country: 'AZE' },
  { surface: 'Aliyev', id: 'ilham-aliyev', country: 'AZE' },
]
const AZ: ActorSpec[] = [
  { surface: 'Azərbaycan', id: 'AZE' },
  { surface: 'Ermənistan', id: 'ARM' },
  { surface: 'Bakı', id: 'AZE', via: 'metonym' },
  { surface: 'Fransa', id: 'FRA' },
  { surface: 'ATƏT', id: 'OSCE', type: 'organisation' },
  { surface: 'Əliyev', id: 'ilham-aliyev', country: 'AZE' },
]
const HY: ActorSpec[] = [
  { surface: 'Հայաստան', id: 'ARM' },
  { surface: 'Ադրբեջան', id: 'AZE' },
  { surface: 'Երևան', id: 'ARM', via: 'metonym' },
  { surface: 'Բաքու', id: 'AZE', via: 'metonym' },
  { surface: 'Ռուսաստան', id: 'RUS' },
  { surface: 'ՀԱՊԿ', id: 'CSTO', type: 'organisation' },
]

const run = (language: string, specs: ActorSpec[]) => (text: string) => code({ text, language, actors: allActors(text, specs) })
const tr = run('tr', TR)
const az = run('az', AZ)
const hy = run('hy', HY)

describe('Turkish', () => {
  it('codes a meeting of both ministers, hosted by a third country', () => {
    const [e] = tr("Azerbaycan ile Ermenistan dışişleri bakanları Kazakistan'ın ev sahipliğinde görüştü.")
    expect(e?.type).toBe('CONSULT')
    expect(e?.source.map((r) => r.country)).toEqual(['AZE', 'ARM'])
    expect(e?.mediators.map((r) => r.country)).toEqual(['KAZ'])
  })

  it('reads negative and future suffixes', () => {
    expect(tr('Azerbaycan ve Ermenistan anlaşmayı imzalamadı.')[0]?.negated).toBe(true)
    const [e] = tr('Azerbaycan ve Ermenistan yarın görüşecek.')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
  })

  it('codes a checkpoint with its agent', () => {
    expect(tr('Ermenistan tarafından kurulan kontrol noktası kapatıldı.').map(brief)[0]).toMatch(/^COERCE\/restrict ARM/)
  })

  it('codes thanks for hosting as SUPPORT of the host', () => {
    const thanks = tr("Bayramov, görüşmelere ev sahipliği yaptığı için Kazakistan'a teşekkür etti.").find((e) => e.type === 'SUPPORT')
    expect(thanks?.source.map((r) => r.country)).toEqual(['AZE'])
    expect(thanks?.target.map((r) => r.country)).toEqual(['KAZ'])
  })

  it('reads a quoted imperative as a demand and a failed agreement as negated', () => {
    expect(tr('Aliyev, "Topraklarımızdan çekilin" dedi.').map(brief)).toEqual(['REQUEST AZE>'])
    const [e] = tr('Taraflar sınır konusunda anlaşamadı.')
    expect(e?.type).toBe('AGREE')
    expect(e?.negated).toBe(true)
  })

  it('codes returned villages, a summoned ambassador and a prison sentence', () => {
    expect(tr("Ermenistan, Gazah bölgesindeki dört köyü Azerbaycan'a iade etti.").map(brief)[0]).toMatch(/^RETREAT\/withdraw ARM>/)
    expect(tr("Azerbaycan, Fransa'nın büyükelçisini Dışişleri Bakanlığı'na çağırdı.").map(brief)).toEqual(['ACCUSE/disapprove AZE>FRA'])
    expect(tr("Bakü'deki askeri mahkeme, eski Karabağ liderlerini hapis cezasına çarptırdı.")[0]?.mode).toBe('convict')
  })

  it('does not read deputies, tenders or the line of contact as events', () => {
    expect(tr('Dışişleri Bakan Yardımcısı ihale sonuçlarını açıkladı.')).toEqual([])
    expect(tr('Temas hattında çatışma yaşandı.').map((e) => e.type)).toEqual(['ASSAULT'])
  })
})

describe('Azerbaijani', () => {
  it('codes signing between the two states', () => {
    expect(az('Azərbaycan və Ermənistan arasında protokol imzalanıb.').map(brief)).toEqual(['SUPPORT AZE,ARM>'])
  })

  it('reads "-malıdır" as a demand of the speaker', () => {
    const [e] = az('Bakı bildirib ki, Ermənistan konstitusiyasını dəyişməlidir.')
    expect(e?.type).toBe('REQUEST')
    expect(e?.source.map((r) => r.country)).toEqual(['AZE'])
  })

  it('codes "razı deyil" as a refusal', () => {
    expect(az('Ermənistan bu şərtlərlə razı deyil.').map((x) => x.type)).toContain('REJECT')
  })

  it('reads "liberated from occupation" as COERCE seize and freed soldiers as RETREAT release', () => {
    expect(az('Azərbaycan 2020-ci ildə torpaqlarını işğaldan azad edib.').map(brief)[0]).toMatch(/^COERCE\/seize AZE/)
    expect(az('Azərbaycan 32 erməni hərbi qulluqçusunu azad edib.').map(brief)[0]).toMatch(/^RETREAT\/release AZE>/)
  })

  it('codes a commission session, returned villages and a summoned ambassador', () => {
    expect(az('Azərbaycan və Ermənistan delimitasiya komissiyalarının növbəti iclası keçirilib.').map((e) => e.type)).toEqual(['CONSULT'])
    expect(az('Ermənistan Qazax rayonunun dörd kəndini Azərbaycana qaytarıb.').map(brief)[0]).toMatch(/^RETREAT\/withdraw ARM>/)
    expect(az('Azərbaycan Fransanın səfirini nazirliyə çağırıb.').map(brief)).toEqual(['ACCUSE/disapprove AZE>FRA'])
  })

  it('reads a "-malıdır" demand to dissolve a group as REQUEST and a life sentence as SANCTION convict', () => {
    const [e] = az('Əliyev bildirib ki, ATƏT-in Minsk qrupu buraxılmalıdır.')
    expect(e?.type).toBe('REQUEST')
    expect(e?.source.map((r) => r.country)).toEqual(['AZE'])
    expect(az('Bakı məhkəməsi keçmiş separatçı liderlərə ömürlük həbs cəzası kəsib.')[0]?.mode).toBe('convict')
  })

  it('sets negated for "razılaşmayıb"', () => {
    const [e] = az('Azərbaycan və Ermənistan sərhəd xəritəsi barədə hələ razılaşmayıb.')
    expect(e?.type).toBe('AGREE')
    expect(e?.negated).toBe(true)
  })

  it('does not read assistants, connectivity, posted news or targets as events', () => {
    expect(az('Prezidentin köməkçisi nəqliyyat bağlantısı ilə bağlı saytında məlumat yerləşdirib.')).toEqual([])
    expect(az('Bu hədəflər Azərbaycan üçün vacibdir.').map((e) => e.type)).not.toContain('THREATEN')
  })
})

describe('Armenian', () => {
  it('codes initialling as SUPPORT of both states', () => {
    expect(hy('Հայաստանն ու Ադրբեջանը նախաստորագրեցին համաձայնագիրը։').map(brief)).toEqual(['SUPPORT ARM,AZE>'])
  })

  it('reads the negative prefix չ- and the future prefix կ-', () => {
    expect(hy('Երևանն ու Բաքուն չհամաձայնեցին։')[0]?.negated).toBe(true)
    const [e] = hy('Երևանն ու Բաքուն կհանդիպեն։')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
  })

  it('codes a checkpoint as COERCE restrict', () => {
    expect(hy('Ադրբեջանը անցակետ է տեղադրել։').map(brief)[0]).toMatch(/^COERCE\/restrict AZE/)
  })

  it('codes released prisoners, a prison sentence and a frozen membership', () => {
    expect(hy('Ադրբեջանը ազատ արձակեց երեսուներկու հայ ռազմագերիների։').map(brief)[0]).toMatch(/^RETREAT\/release AZE>/)
    expect(hy('Բաքվի դատարանը Արցախի նախկին ղեկավարներին դատապարտել է երկարաժամկետ ազատազրկման։')[0]?.mode).toBe('convict')
    expect(hy('Հայաստանը սառեցրել է ՀԱՊԿ-ին անդամակցությունը։').map(brief)[0]).toMatch(/^SANCTION\/withdraw ARM/)
  })

  it('codes a summoned ambassador as ACCUSE and an unsigned treaty as negated SUPPORT', () => {
    expect(hy('Ռուսաստանի դեսպանը կանչվել է Հայաստանի ԱԳՆ։').map((e) => e.type)).toEqual(['ACCUSE'])
    const [e] = hy('Հայաստանն ու Ադրբեջանը դեռ չեն ստորագրել խաղաղության պայմանագիրը։')
    expect(e?.type).toBe('SUPPORT')
    expect(e?.negated).toBe(true)
  })

  it('does not read the treaty formula "threat of force", "so-called", "written" or "usual" as events', () => {
    expect(hy('Կողմերը ձեռնպահ կմնան ուժի կիրառումից կամ ուժի կիրառման սպառնալիքից։').map((e) => e.type)).not.toContain('THREATEN')
    expect(hy('Այսպես կոչված էկոակտիվիստները գրավոր նամակ ուղարկեցին։')).toEqual([])
    expect(hy('Երևանում սովորական օր էր։')).toEqual([])
  })
})
