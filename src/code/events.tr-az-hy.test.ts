import { describe, expect, it } from 'vitest'
import { allActors, brief, code, type ActorSpec } from './test-utils.js'

const TR: ActorSpec[] = [
  { surface: 'Azerbaycan', id: 'AZE' },
  { surface: 'Ermenistan', id: 'ARM' },
  { surface: 'Bakü', id: 'AZE', via: 'metonym' },
  { surface: 'Erivan', id: 'ARM', via: 'metonym' },
  { surface: 'Kazakistan', id: 'KAZ' },
]
const AZ: ActorSpec[] = [
  { surface: 'Azərbaycan', id: 'AZE' },
  { surface: 'Ermənistan', id: 'ARM' },
  { surface: 'Bakı', id: 'AZE', via: 'metonym' },
]
const HY: ActorSpec[] = [
  { surface: 'Հայաստան', id: 'ARM' },
  { surface: 'Ադրբեջան', id: 'AZE' },
  { surface: 'Երևան', id: 'ARM', via: 'metonym' },
  { surface: 'Բաքու', id: 'AZE', via: 'metonym' },
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
})
