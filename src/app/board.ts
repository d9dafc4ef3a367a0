/**
 * The issue board, from the store: per process profile and agenda issue, each
 * party's latest position (stance, summary, date, and the sentence it came
 * from, in the original language), the issue's status now and over time.
 *
 *   agreed     every party's latest position accepts
 *   narrowing  some accept while others still propose or demand, or the parties state one joint position
 *   disputed   a party rejects, or the parties hold different proposals and demands
 *   no-data    nothing said on it yet
 *
 * Positions are read as analysts corrected them (rejected ones are left out).
 * `at` ('2023', '2023-07', '2023-07-15') keeps only what was known by then.
 */
import type { PositionRecord, Stance } from '../core/doc.js'
import { shippedProfiles, type Profile } from '../negotiation/index.js'
import { listPositions, type PositionRow } from '../store/queries.js'
import type { SqliteStore } from '../store/sqlite.js'
import { correctedPosition } from './corrections.js'

export type IssueStatus = 'agreed' | 'narrowing' | 'disputed' | 'no-data'

export interface BoardEvidence {
  readonly doc: string
  readonly source: string
  readonly language: string
  readonly start: number
  readonly end: number
  /** The sentence, in the document's own language. */
  readonly text: string
}

export interface BoardCell {
  readonly party: string
  readonly stance: Stance
  readonly summary: string
  /** When it was stated: the date the sentence gives, else the document's publication date. */
  readonly date: string | null
  readonly evidence: BoardEvidence
  /** How many earlier positions of this party on this issue there are. */
  readonly earlier: number
}

export interface BoardIssue {
  readonly id: string
  readonly label: string
  readonly status: IssueStatus
  /** Status after each date a position was stated, oldest first; repeats collapsed. */
  readonly timeline: readonly { readonly date: string | null; readonly status: IssueStatus }[]
  /** Latest position per party; null where the party has said nothing on it. */
  readonly parties: Readonly<Record<string, BoardCell | null>>
}

export interface BoardProfile {
  readonly id: string
  readonly label: string
  readonly parties: readonly string[]
  readonly documents: number
  readonly issues: readonly BoardIssue[]
}

export interface Board {
  readonly at: string | null
  readonly profiles: readonly BoardProfile[]
}

/** A position as the board reads it: corrected, with its date and report. */
export interface Stated {
  readonly row: PositionRow
  readonly doc: string
  readonly profile: string | null
  readonly record: PositionRecord
  readonly when: string | null
  readonly source: string
  readonly language: string
  readonly order: number
}

/** True when a position stated at `when` was known at `at` (partial dates compare as prefixes). */
export function knownAt(when: string | null, at: string | null | undefined): boolean {
  if (!at) return true
  if (!when) return false
  return when.slice(0, at.length) <= at
}

let shipped: Map<string, Profile> | null = null

/** The shipped profiles by id, read once per process (they are files of the release). */
export function profilesById(): Map<string, Profile> {
  shipped ??= new Map(shippedProfiles().map((p) => [p.data.id, p]))
  return shipped
}

/** A stored position as the board reads it; `order` is its place in listPositions' order (the last tie-break). */
export function statedOf(row: PositionRow, order: number): Stated {
  const record = correctedPosition(row.record, row.correction)
  const when = record.date?.value ?? row.source.published
  return { doc: row.doc, profile: row.profile, record, when, source: row.source.source, language: row.source.language, order, row }
}

function statedPositions(store: SqliteStore, at: string | null | undefined): Stated[] {
  return listPositions(store.db)
    .map(statedOf)
    .filter((p) => knownAt(p.when, at))
    // Note: reports of one date keep the order of their names (often numbered or dated), then of their sentences.
    .sort((a, b) => byDate(a.when, b.when) || a.source.localeCompare(b.source) || a.doc.localeCompare(b.doc) || a.record.sentence - b.record.sentence || a.order - b.order)
}

/**
 * Oldest first. Note: a position whose report gives no date at all sorts last,
 * as possibly the newest: nothing says it is old, and the board marks it undated.
 */
export function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a.localeCompare(b)
}

function cellOf(p: Stated, earlier: number): BoardCell {
  const e = p.record.evidence
  return {
    party: p.record.party.country,
    stance: p.record.stance,
    summary: p.record.summary,
    date: p.when,
    evidence: { doc: p.doc, source: p.source, language: p.language, start: e.start, end: e.end, text: e.text },
    earlier,
  }
}

/** The status of an issue given each party's latest position. */
export function issueStatus(latest: readonly Pick<BoardCell, 'stance' | 'evidence'>[]): IssueStatus {
  if (latest.length === 0) return 'no-data'
  if (latest.some((c) => c.stance === 'reject')) return 'disputed'
  const accepting = latest.filter((c) => c.stance === 'accept').length
  if (accepting === latest.length) return latest.length >= 2 ? 'agreed' : 'narrowing'
  if (accepting > 0) return 'narrowing'
  // Note: one sentence stating both sides' wish ("both want to keep negotiating") is a joint position.
  const where = new Set(latest.map((c) => `${c.evidence.doc}:${c.evidence.start}`))
  return latest.length >= 2 && where.size === 1 ? 'narrowing' : 'disputed'
}

function latestByParty(positions: readonly Stated[]): Map<string, BoardCell> {
  const counts = new Map<string, number>()
  const latest = new Map<string, BoardCell>()
  for (const p of positions) {
    const party = p.record.party.country
    const n = counts.get(party) ?? 0
    latest.set(party, cellOf(p, n))
    counts.set(party, n + 1)
  }
  return latest
}

function timelineOf(positions: readonly Stated[]): BoardIssue['timeline'] {
  const out: { date: string | null; status: IssueStatus }[] = []
  // Note: each party's latest so far, kept as the positions go by (recounting from the start each time was quadratic).
  const latest = new Map<string, Pick<BoardCell, 'stance' | 'evidence'>>()
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!
    latest.set(p.record.party.country, cellOf(p, 0))
    if (positions[i + 1]?.when === p.when) continue
    const status = issueStatus([...latest.values()])
    if (out[out.length - 1]?.status !== status) out.push({ date: p.when, status })
  }
  return out
}

function issueOf(id: string, label: string, parties: readonly string[], positions: readonly Stated[]): BoardIssue {
  const latest = latestByParty(positions)
  return {
    id,
    label,
    status: issueStatus([...latest.values()]),
    timeline: timelineOf(positions),
    parties: Object.fromEntries(parties.map((p) => [p, latest.get(p) ?? null])),
  }
}

/** Parties of a profile on the board: its own, or (generic agenda) those that stated positions, most active first. */
function partiesOf(profile: Profile | undefined, positions: readonly Stated[]): string[] {
  if (profile && !profile.dynamicParties) return [...profile.data.parties]
  const counts = new Map<string, number>()
  for (const p of positions) counts.set(p.record.party.country, (counts.get(p.record.party.country) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c)
}

function profileBoard(id: string, profile: Profile | undefined, positions: readonly Stated[], documents: number): BoardProfile {
  const parties = partiesOf(profile, positions)
  const known = profile?.data.issues ?? []
  const extra = [...new Set(positions.map((p) => p.record.issue))].filter((i) => !known.some((k) => k.id === i))
  const issues = [
    ...known.map((i) => issueOf(i.id, i.label['en'] ?? i.id, parties, positions.filter((p) => p.record.issue === i.id))),
    ...extra.map((i) => issueOf(i, i, parties, positions.filter((p) => p.record.issue === i))),
  ]
  return { id, label: profile?.data.label['en'] ?? id, parties, documents, issues }
}

export function computeBoard(store: SqliteStore, options: { readonly at?: string | null } = {}): Board {
  return computeBoardDetail(store, options).board
}

/** The board, and each cell's positions (oldest first, the latest last) as the store's rows, for the API. */
export interface BoardDetail {
  readonly board: Board
  history(profile: string, issue: string, party: string): readonly PositionRow[]
}

export function computeBoardDetail(store: SqliteStore, options: { readonly at?: string | null } = {}): BoardDetail {
  const at = options.at ?? null
  return boardDetailOf(store, at, statedPositions(store, at))
}

/** The board of these positions (in the board's order: oldest first), with each cell's positions. */
export function boardDetailOf(store: SqliteStore, at: string | null, positions: readonly Stated[]): BoardDetail {
  const history = new Map<string, PositionRow[]>()
  for (const p of positions) {
    const key = `${p.profile}\u0000${p.record.issue}\u0000${p.record.party.country}`
    const list = history.get(key)
    if (list) list.push(p.row)
    else history.set(key, [p.row])
  }
  return { board: boardOf(store, at, positions), history: (profile, issue, party) => history.get(`${profile}\u0000${issue}\u0000${party}`) ?? [] }
}

function boardOf(store: SqliteStore, at: string | null, positions: readonly Stated[]): Board {
  const shipped = profilesById()
  const docs = store.db.prepare('SELECT profile, count(*) AS n FROM documents GROUP BY profile').all() as { profile: string | null; n: number }[]
  const profiles = docs
    .filter((d): d is { profile: string; n: number } => d.profile !== null)
    .sort((a, b) => b.n - a.n || a.profile.localeCompare(b.profile))
    .map((d) => profileBoard(d.profile, shipped.get(d.profile), positions.filter((p) => p.profile === d.profile), d.n))
  return { at, profiles }
}
