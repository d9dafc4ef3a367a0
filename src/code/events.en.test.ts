import { describe, expect, it } from 'vitest'
import { allActors, brief, code, dateIn, placeIn, type ActorSpec } from './test-utils.js'

const ACTORS: ActorSpec[] = [
  { surface: 'Armenia', id: 'ARM' },
  { surface: 'Azerbaijan', id: 'AZE' },
  { surface: 'Yerevan', id: 'ARM', via: 'metonym' },
  { surface: 'Baku', id: 'AZE', via: 'metonym' },
  { surface: 'Russia', id: 'RUS' },
  { surface: 'Moscow', id: 'RUS', via: 'metonym' },
  { surface: 'the European Union', id: 'EU', type: 'organisation' },
  { surface: 'Pashinyan', id: 'nikol-pashinyan', country: 'ARM' },
  { surface: 'Aliyev', id: 'ilham-aliyev', country: 'AZE' },
  { surface: 'Mirzoyan', id: 'ararat-mirzoyan', country: 'ARM' },
  { surface: 'Bayramov', id: 'jeyhun-bayramov', country: 'AZE' },
  { surface: 'Blinken', id: 'antony-blinken', country: 'USA' },
  { surface: 'the United States', id: 'USA' },
  { surface: 'Kazakhstan', id: 'KAZ' },
]

const en = (text: string, extra: Partial<Parameters<typeof code>[0]> = {}) =>
  code({ text, language: 'en', actors: allActors(text, ACTORS), ...extra })
const briefs = (text: string) => en(text).map(brief)

describe('English: talks', () => {
  it('codes a meeting between two sides as a reflexive CONSULT', () => {
    expect(briefs('Mirzoyan and Bayramov met in Almaty on Friday.')).toEqual(['CONSULT ARM,AZE>'])
  })

  it('puts the host of mediated talks among the mediators', () => {
    const [e] = en('Talks between Armenia and Azerbaijan were hosted by Kazakhstan.')
    expect(e?.type).toBe('CONSULT')
    expect(e?.mode).toBe('third-party')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM', 'AZE'])
    expect(e?.mediators.map((r) => r.country)).toEqual(['KAZ'])
  })

  it('codes a phone call with its mode, visitor and recipient', () => {
    expect(briefs('Blinken held a phone call with Aliyev.')).toEqual(['CONSULT/phone USA>AZE'])
  })

  it('takes the venue and the date that govern the event', () => {
    const text = 'Pashinyan met Aliyev in Prague on 6 October 2022.'
    const [e] = en(text, {
      places: [placeIn(text, 'Prague', 'Prague', 'CZE')],
      dates: [dateIn(text, '6 October 2022', '2022-10-06', 'day')],
    })
    expect(e?.location?.name).toBe('Prague')
    expect(e?.date).toEqual({ value: '2022-10-06', precision: 'day', basis: 'sentence' })
  })

  it('codes talks no one is named for as the two parties’ talks', () => {
    const text = 'Armenia and Azerbaijan are neighbours. The negotiations resumed in Brussels.'
    expect(en(text).map(brief)).toEqual(['CONSULT ARM,AZE>'])
  })
})

describe('English: agreement, modality and negation', () => {
  it('codes an agreement and not its content', () => {
    expect(briefs('Armenia and Azerbaijan agreed to exchange prisoners.')).toEqual(['AGREE ARM,AZE>'])
  })

  it('codes a promised meeting as a future AGREE', () => {
    const [e] = en('Pashinyan and Aliyev will meet in Brussels next month.')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
  })

  it('keeps a future release a concession, not an agreement', () => {
    expect(briefs('Baku will free 32 prisoners.')).toEqual(['CONCEDE AZE> fut'])
  })

  it('sets negated for "have not agreed"', () => {
    const [e] = en('Yerevan and Baku have not agreed on the main issues.')
    expect(e?.type).toBe('AGREE')
    expect(e?.negated).toBe(true)
  })

  it('codes "no breakthrough" as a negated AGREE of the parties', () => {
    const [e] = en('Armenia and Azerbaijan held talks, but the talks brought no breakthrough.')
      .filter((x) => x.type === 'AGREE')
    expect(e?.negated).toBe(true)
    expect(e?.source.map((r) => r.country).sort()).toEqual(['ARM', 'AZE'])
  })

  it('codes signing as SUPPORT by every signatory', () => {
    expect(briefs('Pashinyan signed the declaration with Aliyev.')).toEqual(['SUPPORT ARM,AZE>'])
  })

  it('codes recognition of territorial integrity as CONCEDE', () => {
    expect(briefs('Armenia recognizes the territorial integrity of Azerbaijan.')[0]).toMatch(/^CONCEDE ARM>AZE/)
  })
})

describe('English: conflict', () => {
  it('codes a shelling with its perpetrator and victim', () => {
    expect(briefs('Azerbaijan shelled villages in Armenia.')[0]).toMatch(/^ASSAULT\/heavy-weapons AZE>/)
  })

  it('reads the passive voice', () => {
    expect(briefs('Armenian positions were attacked by Azerbaijan.')).toEqual(['ASSAULT AZE>ARM'])
  })

  it('codes clashes as two-sided violence', () => {
    expect(briefs('Clashes erupted on the border between Armenia and Azerbaijan.')).toEqual(['ASSAULT ARM,AZE>ARM,AZE'])
  })

  it('codes a checkpoint as COERCE restrict', () => {
    expect(briefs('Azerbaijan established a checkpoint at the entrance to the corridor.')).toEqual(['COERCE/restrict AZE>'])
  })

  it('codes a ceasefire violation as ASSAULT, not RETREAT', () => {
    expect(briefs('Baku accused Yerevan of a ceasefire violation.').map((b) => b.split(' ')[0])).toEqual(['ACCUSE/allege', 'ASSAULT'])
  })

  it('codes the accused act as the accused’s, claimed by the accuser', () => {
    const [accuse, act] = en('Armenia accused Azerbaijan of blocking the road.')
    expect(brief(accuse!)).toBe('ACCUSE/allege ARM>AZE')
    expect(brief(act!)).toBe('COERCE/restrict AZE> by=ARM')
  })
})

describe('English: reported speech and attribution', () => {
  it('sets attributed_to from "according to"', () => {
    const [e] = en('According to Azerbaijan, Armenia shelled the village.')
    expect(e?.attributed_to?.country).toBe('AZE')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM'])
  })

  it('attributes a claim reported by a third party to its speaker', () => {
    const [e] = en('Moscow said that Armenia had recognized the sovereignty of Azerbaijan.')
    expect(e?.type).toBe('CONCEDE')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM'])
    expect(e?.attributed_to?.country).toBe('RUS')
  })

  it('codes an evaluation as the speaker’s accusation', () => {
    const [e] = en('Pashinyan called the decision of Baku unacceptable.')
    expect(e?.type).toBe('ACCUSE')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM'])
  })

  it('resolves a pronoun to the earlier subject', () => {
    const [e] = en('Pashinyan spoke to reporters. He expressed readiness to hold talks with Aliyev.')
    expect(e?.type).toBe('AGREE')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM'])
  })

  it('codes several events of one sentence, each with its own clause', () => {
    const events = en('Mirzoyan met Bayramov in Almaty, but Baku later rejected the proposal.')
    expect(events.map((e) => e.type)).toEqual(['CONSULT', 'REJECT'])
    for (const e of events) expect(e.evidence.text.length).toBeLessThan(60)
  })
})
