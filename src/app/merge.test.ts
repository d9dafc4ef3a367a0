import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Analysis } from '../core/doc.js'
import { report, type EventSpec } from '../merge/fixtures/reports.js'
import { MIGRATIONS } from '../store/migrations/index.js'
import { openStore, type SqliteStore } from '../store/index.js'
import { formatEvent, listEvents } from './events-list.js'
import { prepareDocument } from '../store/prepared.js'
import { clusterPending, outletOf, rebuildClusters, storeAndMerge, updateClusters } from './merge.js'

const dirs: string[] = []
function tempStore(): SqliteStore {
  const dir = mkdtempSync(join(tmpdir(), 'parley-merge-'))
  dirs.push(dir)
  return openStore(join(dir, 'test.db'))
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

/** Save one batch the way ingest does, then merge it. */
function ingest(store: SqliteStore, ...reports: Analysis[]) {
  store.saveBatch(reports)
  return updateClusters(store, reports.map((r) => r.id))
}

const clusterOf = (store: SqliteStore, a: Analysis, event = 'e1') => store.clusterOf(a.id, event)

const checkpoint = (sentence: string, over: Partial<EventSpec> = {}): EventSpec => ({
  sentence, type: 'COERCE', mode: 'restrict', source: ['AZE'], target: ['NKR'], date: '2023-04-23', place: 'Lachin corridor', ...over,
})
const round = (sentence: string, over: Partial<EventSpec> = {}): EventSpec => ({
  sentence, type: 'CONSULT', mode: 'third-party', source: ['ARM', 'AZE'], mediators: ['USA'], ...over,
})

// Reports written for these tests about public facts of the Armenia–Azerbaijan process.
const lachinA = report({ language: 'en', published: '2023-04-24', url: 'https://www.wire.example/lachin', events: [
  checkpoint('On 23 April Azerbaijan set up a checkpoint at the start of the Lachin corridor.'),
  checkpoint('The new checkpoint tightened the blockade of the road.', { date: '2023-04-23', basis: 'previous-sentence' }),
] })
const lachinB = report({ language: 'en', published: '2023-05-02', url: 'https://daily.example.org/caucasus/1', events: [
  checkpoint('Azerbaijani border guards installed a checkpoint on the Lachin road on April 23.', { place: 'Lachin checkpoint' }),
] })
const ceasefireEn = report({ language: 'en', published: '2023-09-20', url: 'https://wire.example/history', events: [
  { sentence: 'On the night of 10 November 2020 Armenia and Azerbaijan agreed, with Moscow mediating, to stop all fighting.', type: 'AGREE', source: ['ARM', 'AZE'], mediators: ['RUS'], date: '2020-11-10' },
] })
const ceasefireVi = report({ language: 'vi', published: '2023-09-21', url: 'https://bao.example.vn/lich-su', events: [
  { sentence: 'Ngày 10/11/2020, Armenia, Azerbaijan và Nga đã ký tuyên bố ngừng bắn hoàn toàn.', type: 'AGREE', source: ['ARM', 'AZE', 'RUS'], date: '2020-11-10' },
] })
const mayRound = report({ language: 'en', published: '2023-05-02', url: 'https://wire.example/washington-may', events: [
  round('Mirzoyan and Bayramov opened talks in Washington on 1 May, hosted by Blinken.', { date: '2023-05-01', place: 'Washington' }),
  round('The talks in Washington were expected to last the whole week.', { date: '2023-05', place: 'Washington' }),
] })
const laterRound = report({ language: 'vi', published: '2023-07', url: 'https://bao.example.vn/vong-hai', events: [
  round('Vòng đàm phán thứ hai giữa hai ngoại trưởng tại Washington đã kết thúc mà chưa có thỏa thuận.', { place: 'Washington' }),
] })
const berlinRound = report({ language: 'de', published: '2024-03-01', url: 'https://zeitung.example.de/berlin', events: [
  round('Die Außenminister Armeniens und Aserbaidschans verhandelten am 28. Februar in Berlin.', { date: '2024-02-28', place: 'Berlin', mediators: ['DEU'] }),
] })

describe('updateClusters on the store', () => {
  it('makes the Lachin checkpoint of 23 April 2023, reported by two outlets, one event', () => {
    const store = tempStore()
    expect(ingest(store, lachinA, lachinB)).toEqual({ assigned: 3, newClusters: 1, merged: 2, contested: 0 })
    const id = clusterOf(store, lachinA)
    expect(clusterOf(store, lachinB)).toBe(id)
    const [event] = [...listEvents(store)]
    expect(event).toMatchObject({ id, type: 'COERCE', date: { value: '2023-04-23' }, place: { name: 'Lachin corridor' }, reports: 2, mentions: 3, outlets: 2 })
    expect(event?.first_reported).toBe('2023-04-24')
    expect(event?.last_reported).toBe('2023-05-02')
    store.close()
  })

  it('makes the 10 November 2020 ceasefire, in English and Vietnamese, one event with both quotes', () => {
    const store = tempStore()
    ingest(store, ceasefireEn)
    ingest(store, ceasefireVi)
    expect(clusterOf(store, ceasefireVi)).toBe(clusterOf(store, ceasefireEn))
    const [event] = [...listEvents(store, { mentions: true })]
    expect(event?.languages).toEqual(['en', 'vi'])
    expect(event?.evidence?.map((m) => [m.language, m.quote])).toEqual([
      ['en', ceasefireEn.events[0]!.evidence.text],
      ['vi', ceasefireVi.events[0]!.evidence.text],
    ])
    expect(event?.evidence?.[1]?.merge?.rule).toBe('duplicate-event')
    store.close()
  })

  it('keeps the May 2023 Washington round, a later Washington round and the Berlin round apart', () => {
    const store = tempStore()
    ingest(store, mayRound, laterRound, berlinRound)
    const may = clusterOf(store, mayRound)
    expect(clusterOf(store, mayRound, 'e2')).toBe(may)
    expect(new Set([may, clusterOf(store, laterRound), clusterOf(store, berlinRound)]).size).toBe(3)
    expect([...listEvents(store, { type: 'consult' })].map((e) => e.date?.value ?? null)).toEqual(['2023-05-01', '2024-02-28', null])
    store.close()
  })

  it('adds a later report to the existing event without changing its id, and re-merging is a no-op', () => {
    const store = tempStore()
    ingest(store, lachinA)
    const id = clusterOf(store, lachinA)
    expect(ingest(store, lachinB)).toEqual({ assigned: 1, newClusters: 0, merged: 1, contested: 0 })
    expect(clusterOf(store, lachinB)).toBe(id)
    expect(updateClusters(store, [lachinA.id, lachinB.id])).toEqual({ assigned: 0, newClusters: 0, merged: 0, contested: 0 })
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM clusters').get()).toEqual({ n: 1 })
    store.close()
  })

  it('gives the same ids when re-run from scratch and when a fresh database ingests the same reports in the same order', () => {
    const reports = [lachinA, ceasefireEn, mayRound, lachinB, ceasefireVi, laterRound, berlinRound]
    const store = tempStore()
    for (const r of reports) ingest(store, r)
    const before = reports.flatMap((r) => r.events.map((e) => store.clusterOf(r.id, e.id)))
    rebuildClusters(store)
    expect(reports.flatMap((r) => r.events.map((e) => store.clusterOf(r.id, e.id)))).toEqual(before)
    // Ids name the first report of each event, so a fresh database that gets the reports in the same order agrees.
    const fresh = tempStore()
    for (const r of reports) ingest(fresh, r)
    expect(reports.flatMap((r) => r.events.map((e) => fresh.clusterOf(r.id, e.id)))).toEqual(before)
    store.close()
    fresh.close()
  })

  it('marks a denied attack contested and shows each side with its attribution', () => {
    const store = tempStore()
    const claim = report({ language: 'az', published: '2023-06-15', events: [
      { sentence: 'Müdafiə Nazirliyinin məlumatına görə, iyunun 15-də erməni bölmələri Teğ yaxınlığında atəş açıb.', type: 'ASSAULT', source: ['ARM'], target: ['AZE'], date: '2023-06-15', place: 'Tegh', attributedTo: 'AZE' },
    ] })
    const denial = report({ language: 'hy', published: '2023-06-15', events: [
      { sentence: 'ՀՀ պաշտպանության նախարարությունը հերքել է, որ հայկական ստորաբաժանումները կրակ են բացել Տեղի մոտ։', type: 'ASSAULT', source: ['ARM'], target: ['AZE'], place: 'Tegh', negated: true, attributedTo: 'ARM' },
    ] })
    expect(ingest(store, claim, denial)).toMatchObject({ merged: 1, contested: 1 })
    const [event] = [...listEvents(store)]
    expect(event?.contested).toEqual(['denial'])
    const lines = formatEvent(event!)
    expect(lines[0]).toMatch(/ASSAULT {2}2023-06-15 {2}Tegh {2}ARM → AZE {2}2 reports, 2 languages \(az, hy\) {2}CONTESTED \(denial\)$/)
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {4}version: ARM → AZE, according to AZE, 1 mention: \[az\] "Müdafiə/),
      expect.stringMatching(/^ {4}version: denies ARM → AZE, according to ARM, 1 mention: \[hy\] "ՀՀ/),
    ])
    store.close()
  })

  it('clusters documents stored before merging existed, and finds candidates through the key index', () => {
    const store = tempStore()
    store.saveBatch([lachinA, lachinB])
    expect(clusterPending(store)).toMatchObject({ assigned: 3, newClusters: 1 })
    const plan = store.db
      .prepare("EXPLAIN QUERY PLAN SELECT cluster_id FROM cluster_keys WHERE type IN ('COERCE') AND bucket IN ('2023-04') AND term IN ('AZE', 'NKR')")
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?(INDEX|PRIMARY KEY)/)
    store.close()
  })

  it('counts outlets by URL host (without www.), else by source', () => {
    expect(outletOf({ url: 'https://www.wire.example/a/b', source: 'x.html' })).toBe('wire.example')
    expect(outletOf({ url: null, source: 'corpus/report.txt' })).toBe('corpus/report.txt')
    expect(outletOf({ url: 'not a url', source: 'feed.xml#3' })).toBe('feed.xml#3')
  })
})

describe('storeAndMerge', () => {
  const tables = (store: SqliteStore) => ({
    events: store.db.prepare('SELECT doc_id, id, cluster FROM events ORDER BY doc_id, id').all(),
    clusters: store.db.prepare('SELECT id, seq, type, date_value, reports, mentions, outlets, languages, versions, profile FROM clusters ORDER BY id').all(),
    merges: store.db.prepare('SELECT * FROM event_merges ORDER BY doc_id, event_id').all(),
    keys: store.db.prepare('SELECT * FROM cluster_keys ORDER BY type, bucket, term, cluster_id').all(),
  })
  const batches = [[lachinA, ceasefireEn, mayRound], [lachinB, ceasefireVi, laterRound, berlinRound]]

  it('stores and merges a batch exactly as saveBatch then updateClusters do, in one transaction', () => {
    const twoSteps = tempStore()
    const combined = tempStore()
    batches.forEach((batch, i) => {
      const now = `2026-01-0${i + 1}T00:00:00.000Z`
      twoSteps.saveBatch(batch, now)
      updateClusters(twoSteps, batch.map((r) => r.id))
      const result = storeAndMerge(combined, batch.map(prepareDocument), now)
      expect(result.outcomes).toEqual(batch.map(() => 'new'))
    })
    expect(tables(combined)).toEqual(tables(twoSteps))
    expect(combined.db.prepare('SELECT COUNT(*) AS n FROM events WHERE cluster IS NULL').get()).toEqual({ n: 0 })
    twoSteps.close()
    combined.close()
  })

  it('sees clusters another connection changed between batches (its candidate index is reloaded)', () => {
    const alone = tempStore()
    const shared = tempStore()
    const [first, second] = batches as [Analysis[], Analysis[]]
    const [day1, day2] = ['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z']
    alone.saveBatch(first, day1)
    storeAndMerge(alone, second.map(prepareDocument), day2)
    storeAndMerge(shared, first.map(prepareDocument), day1)
    // Another connection drops every cluster (as a migration of derived data does): the next batch files them again.
    const other = openStore(shared.path)
    other.db.exec('DELETE FROM event_merges; DELETE FROM cluster_keys; DELETE FROM clusters; UPDATE events SET cluster = NULL')
    other.close()
    storeAndMerge(shared, second.map(prepareDocument), day2)
    expect(tables(shared)).toEqual(tables(alone))
    alone.close()
    shared.close()
  })

  it('merges documents left unclustered first, and skips a document already stored', () => {
    const store = tempStore()
    store.saveBatch([lachinA], '2026-01-01T00:00:00.000Z')
    const result = storeAndMerge(store, [lachinA, lachinB].map(prepareDocument), '2026-01-02T00:00:00.000Z')
    expect(result.outcomes).toEqual(['unchanged', 'new'])
    expect(result.merge).toEqual({ assigned: 3, newClusters: 1, merged: 2, contested: 0 })
    expect(clusterOf(store, lachinB)).toBe(clusterOf(store, lachinA))
    store.close()
  })
})

describe('schema migration 3', () => {
  it('re-files clusters made under the old key layout with the same ids', () => {
    const store = tempStore()
    ingest(store, lachinA, ceasefireEn)
    ingest(store, lachinB, ceasefireVi)
    const before = [lachinA, lachinB, ceasefireEn, ceasefireVi].map((r) => clusterOf(store, r))
    const migration = MIGRATIONS.find((m) => m.version === 3)!
    store.db.exec(migration.sql)
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM clusters').get()).toEqual({ n: 0 })
    // The next batch merges the reset documents first, in ingest order.
    ingest(store, berlinRound)
    expect([lachinA, lachinB, ceasefireEn, ceasefireVi].map((r) => clusterOf(store, r))).toEqual(before)
    store.close()
  })
})
