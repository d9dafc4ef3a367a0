import Database from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { linkRows } from './migrations/aggregates.js'
import { eventLinks, type Participant } from './network-links.js'

// What the triggers compute from stored participants (linkRows), for one event's rows inserted in order.
function sqlLinks(participants: readonly Participant[]) {
  const db = new Database(':memory:')
  db.exec('CREATE TABLE event_actors (doc_id TEXT, event_id TEXT, role TEXT, actor_id TEXT, country TEXT)')
  const insert = db.prepare('INSERT INTO event_actors VALUES (?, ?, ?, ?, ?)')
  for (const p of participants) insert.run('d', 'e1', p.role, p.actor, p.country)
  const rows = db
    .prepare(`SELECT level, kind, source, target, sum(n) AS n FROM (${linkRows("a.doc_id = 'd'")}) GROUP BY 1, 2, 3, 4`)
    .all() as { level: string; kind: string; source: string; target: string; n: number }[]
  db.close()
  return sorted(rows)
}

const sorted = <T extends { level: string; kind: string; source: string; target: string }>(rows: T[]) =>
  [...rows].sort((a, b) => key(a).localeCompare(key(b)))
const key = (r: { level: string; kind: string; source: string; target: string }) => `${r.level} ${r.kind} ${r.source} ${r.target}`

describe('eventLinks', () => {
  it('gives a meeting of two states their nodes, one edge in naming order, and co-actors', () => {
    const links = eventLinks([
      { role: 'source', actor: 'ARM', country: 'ARM' },
      { role: 'source', actor: 'AZE', country: 'AZE' },
      { role: 'mediator', actor: 'USA', country: 'USA' },
    ])
    expect(links.filter((l) => l.level === 'country' && l.kind !== 'node')).toEqual([
      { level: 'country', kind: 'edge', source: 'ARM', target: 'AZE', n: 1 },
      { level: 'country', kind: 'mediate', source: 'USA', target: 'ARM', n: 1 },
      { level: 'country', kind: 'mediate', source: 'USA', target: 'AZE', n: 1 },
    ])
    expect(links.filter((l) => l.kind === 'co' && l.source === 'ARM').map((l) => l.target)).toEqual(['AZE', 'USA'])
  })

  it('counts a mediator twice towards a party named on both sides, and folds persons into their state', () => {
    const links = eventLinks([
      { role: 'source', actor: 'ARM_PM', country: 'ARM' },
      { role: 'target', actor: 'ARM', country: 'ARM' },
      { role: 'mediator', actor: 'EU', country: 'EUR' },
    ])
    expect(links).toContainEqual({ level: 'country', kind: 'mediate', source: 'EUR', target: 'ARM', n: 2 })
    expect(links.some((l) => l.level === 'country' && l.kind === 'edge')).toBe(false)
    expect(links).toContainEqual({ level: 'actor', kind: 'edge', source: 'ARM_PM', target: 'ARM', n: 1 })
  })

  it('gives exactly the rows of the SQL the triggers use, for any participants', () => {
    const participant = fc.record({
      role: fc.constantFrom('source', 'target', 'mediator', 'attributed'),
      actor: fc.constantFrom('ARM', 'AZE', 'RUS', 'ARM_PM', 'AZE_FM', 'EU'),
      country: fc.constantFrom('ARM', 'AZE', 'RUS', 'EUR'),
    })
    // (one row per role and actor, as the store keeps them)
    const event = fc.uniqueArray(participant, { maxLength: 7, selector: (p) => `${p.role} ${p.actor}` })
    fc.assert(fc.property(event, (participants) => {
      expect(sorted(eventLinks(participants))).toEqual(sqlLinks(participants))
    }), { numRuns: 300 })
  })
})
