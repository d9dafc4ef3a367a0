import { describe, expect, it } from 'vitest'
import { loadProfiles } from './index.js'
import { brief, positionsOf, type ActorSpec } from './testing.js'

// Arabic stance cues (src/languages/ar/positions.yaml) and the ar issue terms of the
// shipped profiles; sentences written for this test. Arabic puts the verb first: the
// actor after a stance or reporting verb holds the clause's cues.
const AA: Record<string, ActorSpec> = {
  أرمينيا: { id: 'ARM' },
  وأرمينيا: { id: 'ARM' },
  أذربيجان: { id: 'AZE' },
  وأذربيجان: { id: 'AZE' },
  يريفان: { id: 'ARM', via: 'metonym' },
  باكو: { id: 'AZE', via: 'metonym' },
  الأذربيجاني: { id: 'AZE', via: 'adjective' },
  باشينيان: { id: 'nikol-pashinyan', country: 'ARM' },
  بلينكن: { id: 'antony-blinken', country: 'USA' },
}

const RU: Record<string, ActorSpec> = {
  روسيا: { id: 'RUS' },
  أوكرانيا: { id: 'UKR' },
  موسكو: { id: 'RUS', via: 'metonym' },
  كييف: { id: 'UKR', via: 'metonym' },
}

describe('Arabic stances on the Armenia–Azerbaijan agenda', () => {
  const profiles = loadProfiles('armenia-azerbaijan')
  const got = (text: string) => brief(positionsOf(text, 'ar', AA, { profiles }).positions)

  it('reads demands and proposals with a verb-first subject', () => {
    expect(got('تطالب أذربيجان أرمينيا بتعديل دستورها.')).toEqual(['constitution/AZE/demand'])
    expect(got('اقترحت يريفان ترسيم الحدود على أساس الخرائط السوفيتية.')).toEqual(['border-delimitation/ARM/propose'])
  })

  it('reads rejections, also "لن توافق" in reported speech', () => {
    expect(got('رفضت أرمينيا المقترح الأذربيجاني بشأن ممر زنغزور.')).toEqual(['transport-links/ARM/reject'])
    expect(got('وترفض باكو أي آلية دولية لحماية أرمن قره باغ.')).toEqual(['karabakh-armenians/AZE/reject'])
    expect(got('أعلنت أرمينيا أنها لن توافق على أي ممر خارج سيادتها.')).toEqual(['transport-links/ARM/reject'])
  })

  it('takes "ready to sign" as a proposal of the party in the reported clause', () => {
    expect(got('وقال باشينيان إن أرمينيا مستعدة لتوقيع معاهدة السلام.')).toEqual(['peace-treaty/ARM/propose'])
  })

  it('reads acceptance, and no position where the parties have not agreed yet', () => {
    expect(got('وأكدت أذربيجان التزامها بفتح طرق النقل.')).toEqual(['transport-links/AZE/accept'])
    expect(got('لم يتفق الطرفان بعد على ترسيم الحدود.')).toEqual([])
  })

  it('gives a mediator no position', () => {
    expect(got('ودعا بلينكن الطرفين إلى إعادة فتح ممر لاتشين.')).toEqual([])
  })
})

describe('Arabic stances on the generic agenda', () => {
  const got = (text: string) => brief(positionsOf(text, 'ar', RU, { profiles: loadProfiles('generic') }).positions)

  it('splits a proposal and its rejection at "لكن"', () => {
    expect(got('اقترحت أوكرانيا وقفا لإطلاق النار لمدة ثلاثين يوما، لكن روسيا رفضت المقترح.')).toEqual([
      'ceasefire/UKR/propose',
      'ceasefire/RUS/reject',
    ])
  })

  it('reads demands and acceptances of withdrawal, prisoners and territory', () => {
    expect(got('تطالب موسكو كييف بالانسحاب من المناطق الأربع.')).toEqual(['security-withdrawal/RUS/demand'])
    expect(got('وافقت روسيا على تبادل ألف أسير.')).toEqual(['detainees/RUS/accept'])
    expect(got('ترفض كييف أي تنازل عن أراضيها.')).toEqual(['territory-borders/UKR/reject'])
  })
})
