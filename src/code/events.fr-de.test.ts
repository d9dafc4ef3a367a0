import { describe, expect, it } from 'vitest'
import { allActors, brief, code, type ActorSpec } from './test-utils.js'

const FR: ActorSpec[] = [
  { surface: 'Arménie', id: 'ARM' },
  { surface: 'Azerbaïdjan', id: 'AZE' },
  { surface: 'Erevan', id: 'ARM', via: 'metonym' },
  { surface: 'Bakou', id: 'AZE', via: 'metonym' },
  { surface: 'États-Unis', id: 'USA' },
  { surface: 'Russie', id: 'RUS' },
  { surface: 'France', id: 'FRA' },
  { surface: 'Aliev', id: 'ilham-aliyev', country: 'AZE' },
]
const DE: ActorSpec[] = [
  { surface: 'Armenien', id: 'ARM' },
  { surface: 'Aserbaidschan', id: 'AZE' },
  { surface: 'Eriwan', id: 'ARM', via: 'metonym' },
  { surface: 'Baku', id: 'AZE', via: 'metonym' },
  { surface: 'USA', id: 'USA' },
  { surface: 'Russland', id: 'RUS' },
  { surface: 'OVKS', id: 'CSTO', type: 'organisation' },
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

  it('reads seizing a court as a lawsuit and a prison sentence as SANCTION convict', () => {
    expect(fr("L'Arménie a saisi la Cour internationale de justice en 2021.").map((e) => `${e.type}/${e.mode}`)).toEqual(['ACCUSE/allege'])
    const types = fr('Bakou a condamné ces dirigeants à de lourdes peines de prison.').map((e) => `${e.type}/${e.mode}`)
    expect(types).toEqual(['SANCTION/convict'])
  })

  it('codes returned villages, a withdrawn bid and a summoned ambassador', () => {
    expect(fr("L'Arménie a rendu quatre villages à l'Azerbaïdjan.").map(brief)[0]).toMatch(/^RETREAT\/withdraw ARM>/)
    expect(fr("L'Arménie a retiré sa candidature à l'organisation de la COP29.").map((e) => e.type)).toContain('CONCEDE')
    expect(fr("L'Azerbaïdjan a convoqué l'ambassadeur de France.").map(brief)).toEqual(['ACCUSE/disapprove AZE>FRA'])
  })

  it('reads a quoted imperative as a demand and unestablished ties as negated SUPPORT', () => {
    expect(fr('« Retirez vos troupes », a déclaré Aliev.')[0]?.type).toBe('REQUEST')
    const [e] = fr("L'Arménie et l'Azerbaïdjan n'ont pas encore établi de relations diplomatiques.")
    expect(e?.type).toBe('SUPPORT')
    expect(e?.negated).toBe(true)
  })

  it('keeps a meeting after ", lors de" apart from the act it frames', () => {
    const types = fr("L'Arménie et l'Azerbaïdjan ont paraphé l'accord, lors d'une rencontre à Washington.").map((e) => e.type)
    expect(types).toEqual(['SUPPORT', 'CONSULT'])
  })

  it('does not read "à l\'aide de", finances or "saisir l\'occasion" as events', () => {
    expect(fr("Le ministre des Finances a présenté le budget à l'aide de graphiques.")).toEqual([])
    expect(fr("Erevan a saisi l'occasion de présenter son budget.")).toEqual([])
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

  it('reads a prison sentence as SANCTION convict, not as condemnation', () => {
    const types = de('Ein Gericht in Baku verurteilte ehemalige Führer Bergkarabachs zu langen Haftstrafen.').map((e) => `${e.type}/${e.mode}`)
    expect(types).toEqual(['SANCTION/convict'])
  })

  it('codes a summoned ambassador, handed-over villages and a frozen membership', () => {
    expect(de('Armenien bestellte den russischen Botschafter ein.').map(brief)[0]).toMatch(/^ACCUSE\/disapprove ARM>/)
    expect(de('Armenien hat vier Dörfer an Aserbaidschan übergeben.').map(brief)[0]).toMatch(/^RETREAT\/withdraw ARM>/)
    expect(de('Armenien fror seine Mitgliedschaft in der OVKS ein.').map(brief)[0]).toMatch(/^SANCTION\/withdraw ARM>/)
  })

  it('reads a declared end of the operation as CONCEDE and missing ties as negated SUPPORT', () => {
    expect(de('Baku erklärte den Militäreinsatz für beendet.').map((e) => e.type)).toEqual(['CONCEDE'])
    const [e] = de('Armenien und Aserbaidschan haben noch keine diplomatischen Beziehungen aufgenommen.')
    expect(e?.type).toBe('SUPPORT')
    expect(e?.negated).toBe(true)
  })

  it('does not read a looming catastrophe or a memorial as events', () => {
    expect(de('Bergkarabach droht eine humanitäre Katastrophe.').map((e) => e.type)).not.toContain('THREATEN')
    expect(de('Das Mahnmal in Eriwan erinnert an die Geschichte.')).toEqual([])
  })
})
