import { describe, expect, it } from 'vitest'
import { clusterInMemory } from './fixtures/memory-index.js'
import { report, type EventSpec } from './fixtures/reports.js'
import { summarize } from './index.js'

const talks = (over: Partial<EventSpec> & Pick<EventSpec, 'sentence'>): EventSpec => ({
  type: 'CONSULT', mode: 'third-party', source: ['ARM', 'AZE'], mediators: ['USA'], ...over,
})

/** Cluster ids of every event, in report order. */
function ids(...reports: ReturnType<typeof report>[]): string[] {
  const r = clusterInMemory(reports)
  return reports.flatMap((a) => a.events.map((e) => r.clusterOf.get(`${a.id}/${e.id}`)!))
}

describe('merging reports of one event', () => {
  it('merges the same round reported in English and Vietnamese', () => {
    const en = report({ language: 'en', published: '2023-05-02', url: 'https://news.example.com/a', events: [
      talks({ sentence: 'The foreign ministers of Armenia and Azerbaijan met in Washington on 1 May for US-hosted talks.', date: '2023-05-01', place: 'Washington' }),
    ] })
    const vi = report({ language: 'vi', published: '2023-05-03', url: 'https://bao.example.vn/b', events: [
      talks({ sentence: 'Ngoại trưởng Armenia và Azerbaijan đã hội đàm tại Washington ngày 1/5 dưới sự chủ trì của Mỹ.', date: '2023-05-01', place: 'Washington, D.C.' }),
    ] })
    const [a, b] = ids(en, vi)
    expect(a).toBe(b)
    const r = clusterInMemory([en, vi])
    const s = summarize(r.clusters.get(a!)!)
    expect(s).toMatchObject({ reports: 2, outlets: 2, languages: ['en', 'vi'], date: { value: '2023-05-01', precision: 'day' } })
    expect(r.messages[0]?.reason).toMatch(/^Duplicate of event .*\/e1 \(same type CONSULT, .*day 2023-05-01, place Washington, D\.C\..*\), merged into c/)
  })

  it('lets a month-precision date join any day of that month, and nothing outside it', () => {
    const day = report({ language: 'en', published: '2023-05-02', events: [talks({ sentence: 'Talks opened in Washington on 1 May.', date: '2023-05-01', place: 'Washington' })] })
    const month = report({ language: 'ru', published: '2023-05-20', events: [talks({ sentence: 'В мае министры провели переговоры в Вашингтоне.', date: '2023-05', place: 'Washington' })] })
    const june = report({ language: 'fr', published: '2023-06-30', events: [talks({ sentence: 'Les ministres se sont retrouvés à Washington le 28 juin.', date: '2023-06-28', place: 'Washington' })] })
    const [d, m, j] = ids(day, month, june)
    expect(m).toBe(d)
    expect(j).not.toBe(d)
  })

  it('keeps two meetings of the same ministers a month apart apart', () => {
    const may = report({ language: 'en', published: '2023-05-05', events: [talks({ sentence: 'Mirzoyan and Bayramov held talks in Washington on 4 May.', date: '2023-05-04', place: 'Washington' })] })
    const june = report({ language: 'en', published: '2023-06-05', events: [talks({ sentence: 'Mirzoyan and Bayramov held talks in Washington on 4 June.', date: '2023-06-04', place: 'Washington' })] })
    const [a, b] = ids(may, june)
    expect(a).not.toBe(b)
  })

  it('keeps the same ministers in the same month in different cities apart', () => {
    const brussels = report({ language: 'de', published: '2023-05-15', events: [
      talks({ sentence: 'Die Außenminister trafen sich im Mai in Brüssel.', date: '2023-05', place: 'Brussels', mediators: ['EU'] }),
    ] })
    const washington = report({ language: 'en', published: '2023-05-20', events: [
      talks({ sentence: 'The ministers met again in Washington in May.', date: '2023-05', place: 'Washington', mediators: [] }),
    ] })
    const [a, b] = ids(brussels, washington)
    expect(a).not.toBe(b)
  })

  it('keeps a Berlin round with a German host apart from a US-hosted round of the same days', () => {
    const berlin = report({ language: 'vi', published: '2024-03-01', events: [
      talks({ sentence: 'Hai ngoại trưởng đàm phán tại Berlin ngày 28/2 với sự trung gian của Đức.', date: '2024-02-28', place: 'Berlin', mediators: ['DEU'] }),
    ] })
    const usHosted = report({ language: 'en', published: '2024-03-01', events: [
      talks({ sentence: 'The two ministers also spoke with US officials in late February.', date: '2024-02', mediators: ['USA'] }),
    ] })
    const [a, b] = ids(berlin, usHosted)
    expect(a).not.toBe(b)
  })

  it('does not merge an undated later round with a dated earlier one', () => {
    const may = report({ language: 'en', published: '2023-05-02', events: [talks({ sentence: 'The first round was held in Washington on 1 May.', date: '2023-05-01', place: 'Washington' })] })
    const later = report({ language: 'vi', published: '2023-07', events: [talks({ sentence: 'Vòng đàm phán thứ hai tại Washington đã kết thúc.', place: 'Washington' })] })
    const [a, b] = ids(may, later)
    expect(a).not.toBe(b)
  })

  it('merges an undated report with a dated one only when the publication window, the states and the place or mode agree', () => {
    const dated = report({ language: 'en', published: '2023-06-30', events: [talks({ sentence: 'The ministers met in Washington on 28 June.', date: '2023-06-28', place: 'Washington' })] })
    const undated = report({ language: 'ru', published: '2023-07-01', events: [talks({ sentence: 'Министры завершили раунд переговоров в Вашингтоне.', place: 'Washington' })] })
    const sameMode = report({ language: 'tr', published: '2023-07-01', events: [talks({ sentence: 'Bakanlar ABD arabuluculuğunda yeni bir tur görüşme yaptı.' })] })
    const bare = report({ language: 'fr', published: '2023-07-01', events: [
      { sentence: 'Les deux ministres se sont parlé.', type: 'CONSULT', source: ['ARM', 'AZE'], mediators: ['USA'] },
    ] })
    const [a, b, c, d] = ids(dated, undated, sameMode, bare)
    expect(b).toBe(a)
    expect(c).toBe(a)
    expect(d).not.toBe(a)
  })

  it('treats AGREE and SUPPORT of the same parties on the same day as one event, not on different days', () => {
    const agreed = report({ language: 'en', published: '2020-11-10', events: [
      { sentence: 'Armenia and Azerbaijan agreed to a complete ceasefire on 10 November, with Russia mediating.', type: 'AGREE', source: ['ARM', 'AZE'], mediators: ['RUS'], date: '2020-11-10' },
    ] })
    const signed = report({ language: 'ru', published: '2020-11-10', events: [
      { sentence: 'Лидеры России, Армении и Азербайджана подписали заявление 10 ноября.', type: 'SUPPORT', source: ['ARM', 'AZE', 'RUS'], date: '2020-11-10' },
    ] })
    const later = report({ language: 'en', published: '2020-12', events: [
      { sentence: 'The leaders signed a further statement in December.', type: 'SUPPORT', source: ['ARM', 'AZE', 'RUS'], date: '2020-12' },
    ] })
    const [a, b, c] = ids(agreed, signed, later)
    expect(b).toBe(a)
    expect(c).not.toBe(a)
  })

  it('keeps "did not agree" apart from "agreed" in the same round', () => {
    const r = report({ language: 'en', published: '2023-05-05', events: [
      { sentence: 'The ministers agreed on several articles of the treaty on 4 May.', type: 'AGREE', source: ['ARM', 'AZE'], date: '2023-05-04' },
      { sentence: 'They did not agree on the main issues on 4 May.', type: 'AGREE', source: ['ARM', 'AZE'], date: '2023-05-04', negated: true },
    ] })
    const [a, b] = ids(r)
    expect(a).not.toBe(b)
  })

  it('keeps a phone call apart from a meeting of the same day (modes differ)', () => {
    const r = report({ language: 'en', published: '2023-04-30', events: [
      talks({ sentence: 'The ministers met in Washington on 29 April.', date: '2023-04-29', place: 'Washington' }),
      { sentence: 'Blinken spoke by phone with Pashinyan on 29 April.', type: 'CONSULT', mode: 'phone', source: ['USA'], target: ['ARM'], date: '2023-04-29' },
    ] })
    const [a, b] = ids(r)
    expect(a).not.toBe(b)
  })
})

describe('a much-reported event', () => {
  it('counts every report and outlet while its stored profile stays the same size', () => {
    const checkpoint = (i: number) => report({ language: 'en', published: '2023-04-24', source: `wire-${String(i).padStart(4, '0')}.txt`, events: [
      { sentence: `Azerbaijan set up a checkpoint on the Lachin road on 23 April (report ${i}).`, type: 'COERCE', source: ['AZE'], target: ['NKR'], date: '2023-04-23', place: 'Lachin corridor' },
    ] })
    const sizeAfter = (n: number) => {
      const r = clusterInMemory(Array.from({ length: n }, (_, i) => checkpoint(i)))
      expect(r.clusters.size).toBe(1)
      const p = [...r.clusters.values()][0]!
      expect(summarize(p)).toMatchObject({ reports: n, outlets: n, mentions: n })
      return JSON.stringify(p).length
    }
    const [small, large] = [sizeAfter(150), sizeAfter(400)]
    // Note: only the counts' digits grow; the documents are not listed.
    expect(large - small).toBeLessThan(20)
  })
})

describe('merging within one document', () => {
  it('merges the same meeting told in three sentences, the last undated', () => {
    const r = report({ language: 'en', published: '2023-05-02', events: [
      talks({ sentence: 'Armenian and Azerbaijani ministers met in Washington on 1 May.', date: '2023-05-01', place: 'Washington' }),
      talks({ sentence: 'The Washington talks on 1 May lasted four hours.', date: '2023-05-01', place: 'Washington' }),
      talks({ sentence: 'The talks focused on the text of the treaty.', source: ['ARM', 'AZE'] }),
    ] })
    expect(new Set(ids(r)).size).toBe(1)
  })

  it('does not attach an undated sentence to a background event far away in the text', () => {
    const r = report({ language: 'en', published: '2023-09-01', events: [
      { sentence: 'In 1994 Armenia and Azerbaijan agreed to a ceasefire.', type: 'AGREE', source: ['ARM', 'AZE'], date: '1994' },
      { sentence: 'Years of clashes followed along the line of contact.', type: 'ASSAULT', source: ['ARM', 'AZE'], target: ['ARM', 'AZE'] },
      { sentence: 'Refugees waited for decades to return home.', type: 'AID', source: ['ARM'] },
      { sentence: 'Both sides now say they are ready to agree a treaty.', type: 'AGREE', source: ['ARM', 'AZE'], future: true },
    ] })
    const [ceasefire, , , ready] = ids(r)
    expect(ready).not.toBe(ceasefire)
  })
})

describe('merging within one document, when it is unclear', () => {
  it('joins none of several earlier events the undated sentence could continue', () => {
    const r = report({ language: 'en', published: '2023-09-01', events: [
      { sentence: 'The parties agreed in Prague on 6 October 2022.', type: 'AGREE', source: ['ARM', 'AZE'], date: '2022-10-06', place: 'Prague' },
      { sentence: 'They agreed again in Brussels on 14 May 2023.', type: 'AGREE', source: ['ARM', 'AZE'], date: '2023-05-14', place: 'Brussels' },
      { sentence: 'Those agreements are still the basis of the talks.', type: 'AGREE', source: ['ARM', 'AZE'] },
    ] })
    const [prague, brussels, those] = ids(r)
    expect(new Set([prague, brussels, those]).size).toBe(3)
  })
})

describe('contested claims', () => {
  it('merges reports blaming different perpetrators for the same incident and marks it contested', () => {
    const az = report({ language: 'az', published: '2023-05-11', events: [
      { sentence: 'Ermənistan silahlı qüvvələri mayın 11-də Laçın keçid məntəqəsində Azərbaycan mövqelərini atəşə tutub.', type: 'ASSAULT', source: ['ARM'], target: ['AZE'], date: '2023-05-11', place: 'Lachin checkpoint', attributedTo: 'AZE' },
    ] })
    const hy = report({ language: 'en', published: '2023-05-11', events: [
      { sentence: 'Armenia said Azerbaijani troops opened fire on its positions near the Lachin checkpoint on 11 May.', type: 'ASSAULT', source: ['AZE'], target: ['ARM'], date: '2023-05-11', place: 'Lachin checkpoint', attributedTo: 'ARM' },
    ] })
    const [a, b] = ids(az, hy)
    expect(b).toBe(a)
    const r = clusterInMemory([az, hy])
    const s = summarize(r.clusters.get(a!)!)
    expect(s.contested).toEqual(['perpetrator'])
    expect(s.versions.map((v) => [v.source, v.attributedTo, v.example.language])).toEqual([[['ARM'], ['AZE'], 'az'], [['AZE'], ['ARM'], 'en']])
    expect(r.messages[0]).toMatchObject({ ruleId: 'contested-event' })
  })

  it('does not merge different perpetrators on different days', () => {
    const a = report({ language: 'en', published: '2023-05-11', events: [
      { sentence: 'Armenian forces fired on Azerbaijani posts near Sotk on 11 May, Baku said.', type: 'ASSAULT', source: ['ARM'], target: ['AZE'], date: '2023-05-11', place: 'Sotk', attributedTo: 'AZE' },
    ] })
    const b = report({ language: 'en', published: '2023-05-13', events: [
      { sentence: 'Azerbaijani forces shelled Armenian positions near Sotk on 12 May, Yerevan said.', type: 'ASSAULT', source: ['AZE'], target: ['ARM'], date: '2023-05-12', place: 'Sotk', attributedTo: 'ARM' },
    ] })
    const [x, y] = ids(a, b)
    expect(x).not.toBe(y)
  })

  it('merges a denial with the claim it denies, keeping both versions and their attribution', () => {
    const claim = report({ language: 'tr', published: '2023-06-15', events: [
      { sentence: 'Azerbaycan Savunma Bakanlığına göre Ermeni birlikleri 15 Haziranda Tegh yakınlarında ateş açtı.', type: 'ASSAULT', source: ['ARM'], target: ['AZE'], date: '2023-06-15', place: 'Tegh', attributedTo: 'AZE' },
    ] })
    const denial = report({ language: 'ru', published: '2023-06-15', events: [
      { sentence: 'Минобороны Армении опровергло сообщения о том, что армянские подразделения открыли огонь у Тега.', type: 'ASSAULT', source: ['ARM'], target: ['AZE'], place: 'Tegh', negated: true, attributedTo: 'ARM' },
    ] })
    const [a, b] = ids(claim, denial)
    expect(b).toBe(a)
    const s = summarize(clusterInMemory([claim, denial]).clusters.get(a!)!)
    expect(s.contested).toEqual(['denial'])
    expect(s.versions.map((v) => [v.negated, v.attributedTo])).toEqual([[false, ['AZE']], [true, ['ARM']]])
    expect(s.negated).toBe(false)
  })

  it('does not treat a negated meeting as a denial of a meeting (not an incident)', () => {
    const met = report({ language: 'en', published: '2023-06-15', events: [
      talks({ sentence: 'The ministers met in Washington, the US said.', place: 'Washington', attributedTo: 'USA' }),
    ] })
    const denied = report({ language: 'en', published: '2023-06-15', events: [
      talks({ sentence: 'Baku said the ministers did not meet in Washington.', place: 'Washington', negated: true, attributedTo: 'AZE' }),
    ] })
    const [a, b] = ids(met, denied)
    expect(a).not.toBe(b)
  })
})
