/**
 * The effective columns and the kept counts (migration 5) against what they
 * stand for: every event's columns equal correctedEvent() of its record and
 * latest correction, every count equals a recount from the base tables,
 * after corrections, withdrawn corrections, re-ingest and deletion, and a
 * store migrated from schema 4 equals one built fresh.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildNetwork, coActorsFromCounts, coActorsOf, graphOf } from '../api/network.js'
import { Labels } from '../api/views.js'
import { sampleAnalyses, reextracted } from '../api/fixtures.js'
import { restore, tempStore, type TempStore } from '../api/test-helpers.js'
import { correctedEvent, correctedPosition, eventKey, latestCorrections, positionKey, statusOf } from '../app/corrections.js'
import type { Analysis } from '../core/doc.js'
import { openStore } from './index.js'
import { MIGRATIONS } from './migrations/index.js'
import { actorActivity, actorDirectory, addCorrection, allCorrections, coActorCounts, negotiationVersion, networkCounts, participants } from './queries.js'
import { rowsOf } from './rows.js'
import type { Db } from './sqlite.js'

let t: TempStore | undefined
const dirs: string[] = []
afterEach(() => {
  t?.dispose()
  t = undefined
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})
const NOW = '2025-01-01T00:00:00.000Z'

/** Every event's effective columns as the corrections library computes them from its record. */
function expectedEvents(db: Db) {
  const latest = latestCorrections(allCorrections(db))
  const rows = db.prepare('SELECT doc_id, record FROM events').all() as { doc_id: string; record: string }[]
  return rows.map(({ doc_id, record }) => {
    const e = JSON.parse(record) as Analysis['events'][number]
    const c = latest.get(`event|${doc_id}|${eventKey(e)}`)
    const x = correctedEvent(e, c)
    const status = { extracted: 'none', confirmed: 'confirm', rejected: 'reject', edited: 'edit' }[statusOf(c)]
    return { doc_id, id: e.id, record_key: eventKey(e), eff_type: x.type, eff_date: x.date?.value ?? null, eff_date_precision: x.date?.precision ?? null, eff_location: x.location?.name ?? null, status }
  }).sort((a, b) => `${a.doc_id}${a.id}`.localeCompare(`${b.doc_id}${b.id}`))
}

function storedEvents(db: Db) {
  return db.prepare(`SELECT doc_id, id, record_key, eff_type, eff_date, eff_date_precision, eff_location, status FROM events ORDER BY doc_id || id`).all()
}

function expectPositionsConsistent(db: Db): void {
  const latest = latestCorrections(allCorrections(db))
  const rows = db.prepare('SELECT p.doc_id, p.record, p.eff_issue, p.eff_stance, p.eff_when, p.status, d.published FROM positions p JOIN documents d ON d.id = p.doc_id').all() as Record<string, string | null>[]
  for (const r of rows) {
    const p = JSON.parse(r['record']!) as Analysis['positions'][number]
    const c = latest.get(`position|${r['doc_id']}|${positionKey(p)}`)
    const x = correctedPosition(p, c)
    expect([r['eff_issue'], r['eff_stance'], r['eff_when'], r['status']]).toEqual([x.issue, x.stance, x.date?.value ?? r['published'], c?.action ?? 'none'])
  }
}

/** The kept counts against a recount from the base tables. */
function expectCountsConsistent(db: Db): void {
  const all = (sql: string) => db.prepare(sql).all()
  expect(all(`SELECT eff_type, status, n FROM event_counts WHERE n <> 0 ORDER BY 1, 2`)).toEqual(all(`SELECT eff_type, status, count(*) AS n FROM events GROUP BY 1, 2 ORDER BY 1, 2`))
  expect(all(`SELECT count(*) AS n FROM event_actors a JOIN events e ON e.doc_id = a.doc_id AND e.id = a.event_id WHERE a.status IS NOT e.status`)).toEqual([{ n: 0 }])
  expect(all(`SELECT actor_id, role, rows, active FROM actor_role_counts WHERE rows <> 0 ORDER BY 1, 2`)).toEqual(all(
    `SELECT a.actor_id, a.role, count(*) AS rows, sum(e.status <> 'reject') AS active FROM event_actors a JOIN events e ON e.doc_id = a.doc_id AND e.id = a.event_id GROUP BY 1, 2 ORDER BY 1, 2`))
  expect(all(`SELECT actor_id, active FROM actor_event_counts WHERE active <> 0 ORDER BY 1`)).toEqual(all(
    `SELECT a.actor_id, count(DISTINCT a.doc_id || ' ' || a.event_id) AS active FROM event_actors a JOIN events e ON e.doc_id = a.doc_id AND e.id = a.event_id WHERE e.status <> 'reject' GROUP BY 1 ORDER BY 1`))
  expect(all(`SELECT actor_id, mentions, documents FROM actor_mention_counts WHERE documents <> 0 ORDER BY 1`)).toEqual(all(
    `SELECT actor_id, sum(count) AS mentions, count(*) AS documents FROM actor_mentions GROUP BY 1 ORDER BY 1`))
  expect(all(`SELECT actor_id, name, n FROM actor_name_counts WHERE n <> 0 ORDER BY 1, 2`)).toEqual(all(
    `SELECT actor_id, name, sum(count) AS n FROM actor_names GROUP BY 1, 2 ORDER BY 1, 2`))
  // (the list of a write batch's documents is emptied in its transaction)
  expect(all(`SELECT count(*) AS n FROM counting_batch`)).toEqual([{ n: 0 }])
  const labels = new Labels(actorDirectory(db))
  const activity = actorActivity(db)
  for (const level of ['actor', 'country'] as const) {
    expect(graphOf(networkCounts(db, level), level, labels, activity)).toEqual(buildNetwork(participants(db, {}), level, labels, activity))
    const types = ['CONSULT', 'ACCUSE']
    expect(graphOf(networkCounts(db, level, types), level, labels, activity)).toEqual(buildNetwork(participants(db, { types }), level, labels, activity))
  }
  const ids = db.prepare('SELECT actor_id AS id FROM event_actors UNION SELECT country FROM event_actors').pluck().all() as string[]
  for (const id of ids) expect(coActorsFromCounts(coActorCounts(db, id), labels, activity), id).toEqual(coActorsOf(id, participants(db, { actor: id }), labels))
}

function expectConsistent(db: Db): void {
  expect(storedEvents(db)).toEqual(expectedEvents(db))
  expectPositionsConsistent(db)
  expectCountsConsistent(db)
}

/** Corrections of every kind on the fixtures: edits, a reject, one withdrawn by a later confirm. */
function correct(db: Db, analyses: readonly Analysis[]): void {
  const [a, b, c] = analyses
  const key = (x: Analysis, i: number) => eventKey(x.events[i]!)
  addCorrection(db, { kind: 'event', doc: a!.id, key: key(a!, 0), action: 'edit', patch: { type: 'AGREE', date: { value: '2023-09', precision: 'month' }, location: 'Shusha' } }, NOW)
  addCorrection(db, { kind: 'event', doc: b!.id, key: key(b!, 0), action: 'reject' }, NOW)
  addCorrection(db, { kind: 'event', doc: c!.id, key: key(c!, 0), action: 'reject' }, NOW)
  addCorrection(db, { kind: 'event', doc: c!.id, key: key(c!, 0), action: 'confirm' }, NOW)
  addCorrection(db, { kind: 'event', doc: a!.id, key: key(a!, 1), action: 'edit', patch: { date: null, location: null } }, NOW)
  const p = analyses.find((x) => x.positions.length > 0)!
  addCorrection(db, { kind: 'position', doc: p.id, key: positionKey(p.positions[0]!), action: 'edit', patch: { issue: 'guarantees', stance: 'reject', date: { value: '2024', precision: 'year' } } }, NOW)
}

describe('effective columns and kept counts', () => {
  it('follow corrections stored, withdrawn and deleted', () => {
    t = tempStore()
    expectConsistent(t.store.db)
    correct(t.store.db, t.analyses)
    expect(t.store.db.prepare(`SELECT count(*) AS n FROM events WHERE status = 'reject'`).get()).toEqual({ n: 1 })
    expectConsistent(t.store.db)
    // A correction deleted by hand (no API does it) is withdrawn too: the previous one applies again.
    t.store.db.prepare(`DELETE FROM corrections WHERE id = (SELECT max(id) FROM corrections WHERE action = 'confirm')`).run()
    expect(t.store.db.prepare(`SELECT count(*) AS n FROM events WHERE status = 'reject'`).get()).toEqual({ n: 2 })
    expectConsistent(t.store.db)
  })

  it('survive re-ingest (ids change, corrections apply again by key) and deleting documents', () => {
    t = tempStore()
    correct(t.store.db, t.analyses)
    const before = storedEvents(t.store.db).map((r) => ({ ...(r as object), id: undefined }))
    restore(t.store, reextracted(t.analyses))
    expect(storedEvents(t.store.db).map((r) => ({ ...(r as object), id: undefined })).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))))
      .toEqual(before.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))))
    expectConsistent(t.store.db)
    t.store.db.prepare('DELETE FROM documents WHERE id = ?').run(t.analyses[0]!.id)
    expectConsistent(t.store.db)
    t.store.db.exec('DELETE FROM documents')
    expect(t.store.db.prepare('SELECT count(*) AS n FROM network_counts WHERE n <> 0').get()).toEqual({ n: 0 })
    expectCountsConsistent(t.store.db)
  })

  it('are the same whether documents are stored one batch at a time or all at once', () => {
    t = tempStore()
    const single = openStore(':memory:')
    try {
      for (const a of t.analyses) single.saveBatch([a], NOW)
      const tables = ['event_counts', 'actor_role_counts', 'actor_event_counts', 'actor_mention_counts', 'actor_name_counts', 'network_counts']
      const read = (db: Db, table: string) => db.prepare(`SELECT * FROM ${table}`).all().map((r) => JSON.stringify(r)).sort()
      for (const table of tables) expect(read(single.db, table), table).toEqual(read(t.store.db, table))
      expectCountsConsistent(single.db)
    } finally {
      single.close()
    }
  })

  it('move the negotiation versions only when the board or rounds may change', () => {
    t = tempStore()
    const db = t.store.db
    const versions = () => [negotiationVersion(db, 'board'), negotiationVersion(db, 'rounds')]
    const [board, rounds] = versions()
    const at = (type: string) => t!.analyses.flatMap((a) => a.events.map((e) => ({ a, e }))).find(({ e }) => e.type === type)!
    const meeting = at('CONSULT')
    const other = at('ASSAULT')
    addCorrection(db, { kind: 'event', doc: meeting.a.id, key: eventKey(meeting.e), action: 'confirm' }, NOW)
    addCorrection(db, { kind: 'event', doc: other.a.id, key: eventKey(other.e), action: 'reject' }, NOW)
    expect(versions()).toEqual([board, rounds])
    addCorrection(db, { kind: 'event', doc: meeting.a.id, key: eventKey(meeting.e), action: 'reject' }, NOW)
    expect(versions()).toEqual([board, rounds! + 1])
    const p = t.analyses.find((a) => a.positions.length > 0)!
    addCorrection(db, { kind: 'position', doc: p.id, key: positionKey(p.positions[0]!), action: 'confirm' }, NOW)
    expect(versions()[0]).toBeGreaterThan(board!)
  })

  it('are filled by the migration from schema 4 as the store fills them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-migrate-'))
    dirs.push(dir)
    const analyses = sampleAnalyses()
    const old = new Database(join(dir, 'v4.db'))
    for (const m of MIGRATIONS.filter((x) => x.version <= 4)) old.exec(m.sql)
    old.pragma('user_version = 4')
    insertV4(old, analyses)
    correct(old, analyses)
    old.close()
    const migrated = openStore(join(dir, 'v4.db'))
    t = tempStore()
    correct(t.store.db, t.analyses)
    // (a count moved to zero by a correction keeps its row: rows of zero are left out of the comparison)
    const tables = ['event_counts WHERE n', 'actor_role_counts WHERE rows', 'actor_event_counts WHERE active', 'actor_mention_counts WHERE documents',
      'actor_name_counts WHERE n', 'network_counts WHERE n', 'place_mentions WHERE count']
    const read = (db: Db, table: string) => db.prepare(`SELECT * FROM ${table} <> 0`).all().map((r) => JSON.stringify(r)).sort()
    for (const table of tables) expect(read(migrated.db, table), table).toEqual(read(t.store.db, table))
    const columns = 'doc_id, id, record_key, language, published, location_country, located, actor_keys, issue_keys, profile, brief, eff_type, eff_date, eff_date_precision, eff_location, eff_place, status'
    expect(migrated.db.prepare(`SELECT ${columns} FROM events ORDER BY 1, 2`).all()).toEqual(t.store.db.prepare(`SELECT ${columns} FROM events ORDER BY 1, 2`).all())
    const positions = 'doc_id, idx, record_key, party_id, profile, sentence, eff_issue, eff_stance, eff_when, status'
    expect(migrated.db.prepare(`SELECT ${positions} FROM positions ORDER BY 1, 2`).all()).toEqual(t.store.db.prepare(`SELECT ${positions} FROM positions ORDER BY 1, 2`).all())
    expectConsistent(migrated.db)
    // (migration 9: rowid tables now, foreign keys back on and intact)
    const shape = (db: Db) => db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('events', 'positions') ORDER BY name`).all()
    expect(shape(migrated.db)).toEqual(shape(t.store.db))
    expect(migrated.db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE sql LIKE '%WITHOUT ROWID' AND name IN ('events', 'positions')`).get()).toEqual({ n: 0 })
    expect([migrated.db.pragma('foreign_keys', { simple: true }), migrated.db.pragma('foreign_key_check')]).toEqual([1, []])
    migrated.close()
  })
})

/** Rows as schema 4 stored them (its columns only). */
function insertV4(db: Database.Database, analyses: readonly Analysis[]): void {
  const doc = db.prepare(`INSERT INTO documents (id, source, url, title, language, published, published_precision, published_inferred, profile, text, analysis, version, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`)
  const event = db.prepare('INSERT INTO events (doc_id, id, type, mode, date_value, date_precision, location, negated, future, sentence, cluster, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const actor = db.prepare('INSERT INTO event_actors (doc_id, event_id, role, actor_id, country) VALUES (?, ?, ?, ?, ?)')
  const position = db.prepare('INSERT INTO positions (doc_id, idx, issue, party, stance, date_value, record) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const mention = db.prepare('INSERT INTO actor_mentions (doc_id, actor_id, country, count) VALUES (?, ?, ?, ?)')
  for (const a of analyses) {
    const r = rowsOf(a)
    const d = r.document
    doc.run(d.id, d.source, d.url, d.title, d.language, d.published, d.published_precision, d.published_inferred, d.profile, d.text, d.analysis, NOW)
    for (const e of r.events) event.run(e.doc_id, e.id, e.type, e.mode, e.date_value, e.date_precision, e.location, e.negated, e.future, e.sentence, e.cluster, e.record)
    for (const x of r.eventActors) actor.run(x.doc_id, x.event_id, x.role, x.actor_id, x.country)
    for (const p of r.positions) position.run(p.doc_id, p.idx, p.issue, p.party, p.stance, p.date_value, p.record)
    for (const m of r.actorMentions) mention.run(m.doc_id, m.actor_id, m.country, m.count)
  }
}
