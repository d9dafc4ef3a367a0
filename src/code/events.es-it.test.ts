import { describe, expect, it } from 'vitest'
import { allActors, brief, code, type ActorSpec } from './test-utils.js'

// Spanish and Italian are data only (src/languages/es, src/languages/it): no code knows them.
const ES: ActorSpec[] = [
  { surface: 'Armenia', id: 'ARM' },
  { surface: 'Azerbaiyán', id: 'AZE' },
  { surface: 'Ereván', id: 'ARM', via: 'metonym' },
  { surface: 'Bakú', id: 'AZE', via: 'metonym' },
  { surface: 'Estados Unidos', id: 'USA' },
  { surface: 'Rusia', id: 'RUS' },
  { surface: 'Ucrania', id: 'UKR' },
  { surface: 'Turquía', id: 'TUR' },
]
const IT: ActorSpec[] = [
  { surface: 'Armenia', id: 'ARM' },
  { surface: 'Azerbaigian', id: 'AZE' },
  { surface: 'Erevan', id: 'ARM', via: 'metonym' },
  { surface: 'Baku', id: 'AZE', via: 'metonym' },
  { surface: 'Stati Uniti', id: 'USA' },
  { surface: 'Russia', id: 'RUS' },
  { surface: 'Ucraina', id: 'UKR' },
  { surface: 'Turchia', id: 'TUR' },
  { surface: 'Mosca', id: 'RUS', via: 'metonym' },
  { surface: 'Kiev', id: 'UKR', via: 'metonym' },
]

const es = (text: string) => code({ text, language: 'es', actors: allActors(text, ES) })
const itl = (text: string) => code({ text, language: 'it', actors: allActors(text, IT) })

describe('Spanish', () => {
  it('codes talks with a mediator "con la mediación de"', () => {
    const [e] = es('Armenia y Azerbaiyán negociaron en Washington con la mediación de Estados Unidos.')
    expect(e?.type).toBe('CONSULT')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM', 'AZE'])
    expect(e?.mediators.map((r) => r.country)).toContain('USA')
  })

  it('codes a signed agreement, and "no" negates it', () => {
    expect(es('Armenia y Azerbaiyán firmaron un acuerdo de paz.').map(brief)).toEqual(['SUPPORT ARM,AZE>'])
    const [e] = es('Ereván y Bakú no firmaron el acuerdo.')
    expect(e?.type).toBe('SUPPORT')
    expect(e?.negated).toBe(true)
  })

  it('codes an accusation and the act it claims', () => {
    expect(es('Armenia acusa a Bakú de bloquear el corredor.').map(brief)).toEqual(['ACCUSE/allege ARM>AZE', 'COERCE/restrict AZE> by=ARM'])
  })

  it('codes an attack and sets attribution from "según"', () => {
    expect(es('Rusia atacó Ucrania con drones y misiles.').map(brief)).toEqual(['ASSAULT RUS>UKR'])
    const [e] = es('Según Bakú, Armenia atacó las posiciones azerbaiyanas.')
    expect(e?.type).toBe('ASSAULT')
    expect(e?.attributed_to?.country).toBe('AZE')
  })

  it('codes a prisoner exchange, returned villages, a demand, a rejection and sanctions', () => {
    expect(es('Rusia y Ucrania realizaron un canje de prisioneros en Estambul.').map(brief)).toEqual(['RETREAT/release RUS,UKR>RUS,UKR'])
    expect(es('Armenia devolvió cuatro aldeas a Azerbaiyán.').map(brief)).toEqual(['RETREAT/withdraw ARM>AZE'])
    expect(es('Turquía pidió a Rusia y Ucrania un alto el fuego.').map(brief)).toEqual(['REQUEST TUR>RUS,UKR'])
    expect(es('Azerbaiyán rechazó la propuesta de Armenia.').map(brief)).toEqual(['REJECT AZE>ARM'])
    expect(es('Estados Unidos impuso sanciones a Rusia.').map(brief)).toEqual(['SANCTION/discontinue USA>RUS'])
  })

  it('reads "va a" as future: a planned withdrawal is a concession', () => {
    const [e] = es('Rusia va a retirar sus tropas de la región.')
    expect(e?.type).toBe('CONCEDE')
    expect(e?.future).toBe(true)
  })

  it('codes nothing in unrelated news', () => {
    expect(es('El ministro de Finanzas de Armenia presentó el presupuesto, que incluye más dinero para la cultura.')).toEqual([])
    expect(es('Armenia celebró el partido de fútbol con sus aficionados en la plaza.')).toEqual([])
    expect(es('La libertad de prensa en Armenia mejoró, según los periodistas; el museo recibió miles de visitantes de Azerbaiyán.')).toEqual([])
  })
})

describe('Italian', () => {
  it('codes talks with a mediator "sotto l’egida di"', () => {
    const [e] = itl("L'Armenia e l'Azerbaigian hanno negoziato sotto l'egida degli Stati Uniti.")
    expect(e?.type).toBe('CONSULT')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM', 'AZE'])
    expect(e?.mediators.map((r) => r.country)).toContain('USA')
  })

  it('codes a signed agreement, and "non" negates it', () => {
    expect(itl("L'Armenia e l'Azerbaigian hanno firmato un accordo di pace.").map(brief)).toEqual(['SUPPORT ARM,AZE>'])
    const [e] = itl("Erevan e Baku non hanno firmato l'accordo.")
    expect(e?.type).toBe('SUPPORT')
    expect(e?.negated).toBe(true)
  })

  it('codes an accusation and the act it claims', () => {
    expect(itl("L'Armenia accusa Baku di bloccare il corridoio.").map(brief)).toEqual(['ACCUSE/allege ARM>AZE', 'COERCE/restrict AZE> by=ARM'])
  })

  it('codes an attack and sets attribution from "secondo"', () => {
    expect(itl("La Russia ha attaccato l'Ucraina con droni e missili.").map(brief)).toEqual(['ASSAULT RUS>UKR'])
    const [e] = itl("Secondo Baku, l'Armenia ha attaccato le posizioni azere.")
    expect(e?.type).toBe('ASSAULT')
    expect(e?.attributed_to?.country).toBe('AZE')
  })

  it('codes a prisoner exchange, returned villages, a rejection and sanctions', () => {
    expect(itl("La Russia e l'Ucraina hanno effettuato uno scambio di prigionieri.").map(brief)).toEqual(['RETREAT/release RUS,UKR>RUS,UKR'])
    expect(itl("L'Armenia ha restituito quattro villaggi all'Azerbaigian.").map(brief)).toEqual(['RETREAT/withdraw ARM>AZE'])
    expect(itl('Mosca ha respinto la proposta di Kiev.').map(brief)).toEqual(['REJECT RUS>UKR'])
    expect(itl('Gli Stati Uniti hanno imposto sanzioni alla Russia.').map(brief)).toEqual(['SANCTION/discontinue USA>RUS'])
  })

  it('reads "sta per" as future', () => {
    const [e] = itl('La Russia sta per ritirare le sue truppe.')
    expect(e?.type).toBe('CONCEDE')
    expect(e?.future).toBe(true)
  })

  it('codes nothing in unrelated news', () => {
    expect(itl("Il ministro della Cultura dell'Armenia ha presentato una mostra di pittura a Erevan.")).toEqual([])
    expect(itl("L'Armenia è nata come repubblica indipendente, disse lo storico, grazie a un referendum.")).toEqual([])
    expect(itl("Secondo il professore, la mostra ha colpito molti visitatori dell'Armenia.")).toEqual([])
  })
})
