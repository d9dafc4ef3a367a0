/**
 * Rounds of talks, from the store: meetings between the parties (CONSULT
 * events that bring together at least two parties of the document's
 * profile) grouped into rounds by place and date across documents, each with
 * its participants, mediators and outcome. The outcome is what the same
 * reports say near the meeting (within a few sentences): AGREE events are
 * `agreed`, negated ones `notAgreed` ("have not agreed on the main issues"),
 * planned ones and the demands and proposals stated there `open`.
 *
 * A meeting whose report gives no date takes the document's publication date
 * (`approximate: true`).
 */
import type { EventRecord, PositionRecord } from '../core/doc.js'
import { issuesIn, shippedProfiles, type Profile } from '../negotiation/index.js'
import { listEvents, listPositions, type EventRow } from '../store/queries.js'
import type { SqliteStore } from '../store/sqlite.js'
import { knownAt } from './board.js'
import { correctedEvent, correctedPosition } from './corrections.js'

export interface RoundItem {
  readonly doc: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly issues: readonly string[]
}

export interface Round {
  readonly id: string
  readonly index: number
  readonly date: string | null
  readonly approximate: boolean
  readonly venue: string | null
  readonly mode: string | null
  readonly participants: readonly string[]
  readonly mediators: readonly string[]
  readonly documents: readonly string[]
  readonly evidence: readonly RoundItem[]
  readonly outcome: { readonly agreed: readonly RoundItem[]; readonly notAgreed: readonly RoundItem[]; readonly open: readonly RoundItem[] }
}

/** How close (in sentences) a statement must be to a meeting to count as its outcome. */
const NEAR = 3
const ALL = { limit: 1_000_000, offset: 0 }

interface Meeting {
  readonly row: EventRow
  readonly record: EventRecord
  readonly date: string | null
  readonly approximate: boolean
  readonly participants: readonly string[]
  readonly mediators: readonly string[]
}

interface DocInfo {
  readonly profile: Profile | undefined
  readonly language: string
}

function docInfos(store: SqliteStore): Map<string, DocInfo> {
  const shipped = new Map(shippedProfiles().map((p) => [p.data.id, p]))
  const rows = store.db.prepare('SELECT id, profile, language FROM documents').all() as { id: string; profile: string | null; language: string }[]
  return new Map(rows.map((r) => [r.id, { profile: r.profile ? shipped.get(r.profile) : undefined, language: r.language }]))
}

const unique = (xs: readonly string[]) => [...new Set(xs)]

/** A CONSULT event as a meeting between parties, or null when fewer than two parties meet. */
function meetingOf(row: EventRow, info: DocInfo | undefined): Meeting | null {
  const record = correctedEvent(row.record, row.correction)
  const present = unique([...record.source, ...record.target].map((r) => r.country))
  const profile = info?.profile
  const mediatorList = profile?.data.mediators ?? []
  const isParty = (c: string) => (profile && !profile.dynamicParties ? profile.data.parties.includes(c) : !mediatorList.includes(c))
  const eventMediators = record.mediators.map((r) => r.country)
  const participants = present.filter((c) => isParty(c) && !eventMediators.includes(c))
  if (participants.length < 2) return null
  const mediators = unique([...eventMediators, ...present.filter((c) => !participants.includes(c))])
  const date = record.date?.value ?? row.source.published
  return { row, record, date, approximate: !record.date, participants, mediators }
}

const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a)

function sameRound(a: Meeting, b: Meeting): boolean {
  const va = a.record.location?.name.toLowerCase() ?? null
  const vb = b.record.location?.name.toLowerCase() ?? null
  const venue = va !== null && vb !== null ? va === vb : a.row.doc === b.row.doc
  return venue && compatible(a.date, b.date) && a.participants.some((p) => b.participants.includes(p))
}

function group(meetings: readonly Meeting[]): Meeting[][] {
  const groups: Meeting[][] = []
  for (const m of meetings) {
    const g = groups.find((x) => x.some((y) => sameRound(y, m)))
    if (g) g.push(m)
    else groups.push([m])
  }
  return groups
}

function itemOf(doc: string, evidence: { start: number; end: number; text: string }, info: DocInfo | undefined, issues?: readonly string[]): RoundItem {
  const found = issues ?? (info?.profile ? issuesIn(info.profile, info.language, evidence.text) : [])
  return { doc, start: evidence.start, end: evidence.end, text: evidence.text, issues: found }
}

const near = (sentence: number, meetings: readonly Meeting[], doc: string) =>
  meetings.some((m) => m.row.doc === doc && Math.abs(m.record.sentence - sentence) <= NEAR)

const keyOf = (i: RoundItem) => `${i.doc}:${i.start}:${i.end}`

function dedupe(items: RoundItem[]): RoundItem[] {
  const seen = new Set<string>()
  return items.filter((i) => {
    const k = keyOf(i)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function outcomeOf(meetings: readonly Meeting[], agreements: readonly EventRow[], positions: readonly { doc: string; record: PositionRecord }[], infos: Map<string, DocInfo>): Round['outcome'] {
  const agreed: RoundItem[] = []
  const notAgreed: RoundItem[] = []
  const open: RoundItem[] = []
  const participants = new Set(meetings.flatMap((m) => m.participants))
  for (const row of agreements) {
    const e = correctedEvent(row.record, row.correction)
    // Note: a mediator "remaining committed" near the meeting is no outcome of it.
    if (!near(e.sentence, meetings, row.doc) || !e.source.some((r) => participants.has(r.country))) continue
    const item = itemOf(row.doc, e.evidence, infos.get(row.doc))
    ;(e.negated ? notAgreed : e.future ? open : agreed).push(item)
  }
  for (const p of positions) {
    if (p.record.stance === 'accept' || !participants.has(p.record.party.country) || !near(p.record.sentence, meetings, p.doc)) continue
    open.push(itemOf(p.doc, p.record.evidence, infos.get(p.doc), [p.record.issue]))
  }
  const settled = new Set([...agreed, ...notAgreed].map(keyOf))
  return { agreed: dedupe(agreed), notAgreed: dedupe(notAgreed), open: mergeIssues(open.filter((i) => !settled.has(keyOf(i)))) }
}

/** One open item per sentence, with every issue left open there. */
function mergeIssues(items: readonly RoundItem[]): RoundItem[] {
  const byKey = new Map<string, RoundItem>()
  for (const i of items) {
    const k = keyOf(i)
    const prev = byKey.get(k)
    byKey.set(k, prev ? { ...prev, issues: unique([...prev.issues, ...i.issues]) } : i)
  }
  return [...byKey.values()]
}

function roundOf(meetings: Meeting[], index: number, outcome: Round['outcome']): Round {
  const dated = meetings.filter((m) => !m.approximate)
  const pool = dated.length > 0 ? dated : meetings
  // Note: the most precise date any report gives is the round's date.
  const date = pool.map((m) => m.date).filter((d): d is string => d !== null).sort((a, b) => b.length - a.length)[0] ?? null
  const venue = meetings.map((m) => m.record.location?.name).find((v): v is string => Boolean(v)) ?? null
  const mode = meetings.map((m) => m.record.mode).find((v): v is string => Boolean(v)) ?? null
  return {
    id: `${date ?? 'undated'}@${(venue ?? 'unknown').toLowerCase().replace(/\s+/g, '-')}`,
    index,
    date,
    approximate: dated.length === 0,
    venue,
    mode,
    participants: unique(meetings.flatMap((m) => m.participants)).sort(),
    mediators: unique(meetings.flatMap((m) => m.mediators)).sort(),
    documents: unique(meetings.map((m) => m.row.doc)),
    evidence: dedupe(meetings.map((m) => itemOf(m.row.doc, m.record.evidence, undefined, []))),
    outcome,
  }
}

export function computeRounds(store: SqliteStore, options: { readonly at?: string | null } = {}): Round[] {
  const infos = docInfos(store)
  const meetings = listEvents(store.db, { types: ['CONSULT'] }, ALL).rows
    .map((row) => meetingOf(row, infos.get(row.doc)))
    .filter((m): m is Meeting => m !== null && knownAt(m.date, options.at))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.row.doc.localeCompare(b.row.doc) || a.record.sentence - b.record.sentence)
  const agreements = listEvents(store.db, { types: ['AGREE'] }, ALL).rows
  const positions = listPositions(store.db).map((r) => ({ doc: r.doc, record: correctedPosition(r.record, r.correction) }))
  return group(meetings).map((g, i) => {
    const docs = new Set(g.map((m) => m.row.doc))
    const outcome = outcomeOf(g, agreements.filter((a) => docs.has(a.doc)), positions.filter((p) => docs.has(p.doc)), infos)
    return roundOf(g, i + 1, outcome)
  })
}
