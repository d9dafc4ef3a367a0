import { describe, expect, it } from 'vitest'
import { allActors, brief, code, type ActorSpec } from './test-utils.js'

const FR: ActorSpec[] = [
  { surface: 'Arménie', id: 'ARM' },
  { surface: 'Azerbaïdjan', id: 'AZE' },
  { surface: 'Erevan', id: 'ARM', via: 'metonym' },
  { surface: 'Bakou', id: 'AZE', via: 'metonym' },
  { surface: 'États-Unis', id: 'USA' },
  { surface: 'Russie', id: 'RUS' },
]
const DE: ActorSpec[] = [
  { surface: 'Armenien', id: 'ARM' },
  { surface: 'Aserbaidschan', id: 'AZE' },
  { surface: 'Eriwan', id: 'ARM', via: 'metonym' },
  { surface: 'Baku', id: 'AZE', via: 'metonym' },
  { surface: 'USA', id: 'USA' },
  { surface: 'Russland', id: 'RUS' },
]

const fr = (text: string) => code({ text, language: 'fr', actors: allActors(text, FR) })
const de = (text: string) => code({ text, language: 'de', actors: allActors(text, DE) })

describe('French', () => {
  it('codes mediation "sous l’égide de"', () => {
    const [e] = fr("L'Arménie et l'Azerbaïdjan ont négocié sous l'égide des États-Unis.")
    expect(e?.source.map((r) => r.country)).toEqual(['ARM', 'AZE'])
    expect(e?.mediators.map((r) => r.country)).toEqual(['USA'])
  })

  it('reads "ne ... pas" and a failed ceasefire', () => {
    expect(fr("Erevan et Bakou n'ont pas signé l'accord.")[0]?.negated).toBe(true)
    const [e] = fr('Plusieurs tentatives de cessez-le-feu ont échoué.')
    expect(e?.type).toBe('RETREAT')
    expect(e?.negated).toBe(true)
  })

  it('reads the future tense from the verb ending', () => {
    const [e] = fr('Erevan et Bakou renonceront à toute revendication territoriale.')
    expect(e?.type).toBe('CONCEDE')
    expect(e?.future).toBe(true)
  })

  it('codes an accusation and the act it claims', () => {
    const events = fr("L'Arménie accuse Bakou de bloquer le corridor.")
    expect(events.map(brief)).toEqual(['ACCUSE/allege ARM>AZE', 'COERCE/restrict AZE> by=ARM'])
  })

  it('sets attribution from "selon"', () => {
    const [e] = fr("Selon Bakou, l'Arménie a attaqué les positions.")
    expect(e?.type).toBe('ASSAULT')
    expect(e?.attributed_to?.country).toBe('AZE')
  })
})

describe('German', () => {
  it('codes mediation "unter Vermittlung der USA" and signing', () => {
    const [e] = de('Aserbaidschan und Armenien haben unter Vermittlung der USA einen Friedensvertrag unterschrieben.')
    expect(e?.type).toBe('SUPPORT')
    expect(e?.source.map((r) => r.country)).toEqual(['AZE', 'ARM'])
    expect(e?.mediators.map((r) => r.country)).toEqual(['USA'])
  })

  it('reads separable verbs and "nicht"', () => {
    expect(de('Baku lehnte den Vorschlag ab.').map(brief)).toEqual(['REJECT AZE>'])
    expect(de('Armenien und Aserbaidschan einigten sich nicht.')[0]?.negated).toBe(true)
  })

  it('reads the inverted subject of a verb-second clause', () => {
    expect(de('Dann eroberte Aserbaidschan die Region zurück.').map(brief)[0]).toMatch(/^COERCE\/seize AZE/)
  })

  it('codes "zwischen" talks as reflexive and a brokered ceasefire', () => {
    expect(de('Seit 1994 laufen Verhandlungen zwischen Armenien und Aserbaidschan.').map(brief)).toEqual(['CONSULT ARM,AZE>'])
    const [e] = de('Armenien und Aserbaidschan kämpften lange. Russland vermittelte einen Waffenstillstand.').filter((x) => x.type === 'AGREE')
    expect(e?.mediators.map((r) => r.country)).toEqual(['RUS'])
    expect(e?.source.map((r) => r.country).sort()).toEqual(['ARM', 'AZE'])
  })

  it('codes "soll" as future and a future meeting as AGREE', () => {
    const [e] = de('Morgen sollen Gespräche zwischen Baku und Eriwan beginnen.')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
  })
})
