import { describe, expect, it } from 'vitest'
import { actorsIn, ids } from './testing.js'

// Arabic is data only: names from data/actors (ar keys, with the attached "و" and "ل"
// listed), endings from src/languages/ar/morphology.yaml, titles and sectors from
// src/languages/ar/actors.yaml. Sentences written for this test.
function found(text: string): string[] {
  return [...new Set(actorsIn(text, 'ar').map((m) => m.actor.id))].sort()
}

const views = (text: string) => actorsIn(text, 'ar').map((m) => `${m.actor.id}/${m.actor.sector ?? ''}/${m.via}`)

describe('Arabic actors', () => {
  it('finds states with the conjunction written onto their name', () => {
    expect(ids('اتفقت أرمينيا وأذربيجان على تبادل الأسرى.', 'ar')).toEqual(['ARM', 'AZE'])
    expect(found('وشارك في الاجتماع ممثلو الولايات المتحدة وفرنسا وروسيا.')).toEqual(['FRA', 'RUS', 'USA'])
    expect(found('قدمت الولايات المتحدة مساعدات لأرمينيا.')).toEqual(['ARM', 'USA'])
  })

  it('reads the nationality adjective after a title, in its feminine and plural forms', () => {
    expect(views('التقى رئيس الوزراء الأرميني نيكول باشينيان والرئيس الأذربيجاني إلهام علييف.')).toEqual([
      'ARM/GOV/adjective', 'nikol-pashinyan/GOV/name', 'AZE/GOV/adjective', 'ilham-aliyev/GOV/name',
    ])
    expect(views('ونفت وزارة الدفاع الأذربيجانية ذلك.')).toEqual(['AZE/MIL/adjective'])
    expect(found('وقال الجنود الأرمينيون إنهم انسحبوا.')).toEqual(['ARM'])
  })

  it('finds persons by full name and by surname, also with "و"', () => {
    expect(found('وأعلن الكرملين أن بوتين وأردوغان سيلتقيان في إسطنبول.')).toEqual(['RUS', 'recep-tayyip-erdogan', 'vladimir-putin'])
    expect(found('وصرح نظيره الأذربيجاني جيهون بيراموف للصحفيين.')).toEqual(['AZE', 'jeyhun-bayramov'])
    expect(found('وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الحوار ضروري.')).toEqual(['UN', 'antonio-guterres'])
  })

  it('finds organisations and de facto authorities', () => {
    expect(found('رحب الاتحاد الأوروبي والأمم المتحدة ومنظمة الأمن والتعاون في أوروبا بالخطوة.')).toEqual(['EU', 'OSCE', 'UN'])
    expect(found('وأدان حلف الناتو الهجوم.')).toEqual(['NATO'])
    expect(found('وأعلنت السلطات الانفصالية في قره باغ حل نفسها.')).toEqual(['NKR'])
  })

  it('takes capitals acting as governments, not as venues', () => {
    expect(views('وقالت يريفان إن باكو ترفض الحوار.')).toEqual(['ARM/GOV/metonym', 'AZE/GOV/metonym'])
    expect(ids('ووصل الوفد إلى باكو.', 'ar')).toEqual([])
    expect(ids('وعقدت المحادثات في العاصمة الأذربيجانية باكو.', 'ar')).toEqual(['AZE'])
  })

  it('does not take a region, a charter or a place as an actor', () => {
    expect(ids('وعقدت المحادثات في إقليم قره باغ.', 'ar')).toEqual([])
    expect(ids('ميثاق الأمم المتحدة ينص على ذلك.', 'ar')).toEqual([])
    expect(ids('سافر الوفد إلى جنيف.', 'ar')).toEqual([])
  })
})
