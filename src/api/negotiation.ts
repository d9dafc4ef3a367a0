/**
 * The negotiation views: the issue board and rounds of talks exactly as
 * src/app/board.ts and src/app/rounds.ts compute them for `parley issues` and
 * the board export, with the positions and events behind them as the API's
 * views (so the dashboard can show their sources and correct them).
 *
 * Presentation only differs: the board leaves out issues nobody has stated a
 * position on and gives each cell its latest HISTORY_SHOWN positions (and the
 * count); rounds are listed most recent first, each with at most
 * ROUND_SAMPLE meetings, outcome events and quotes per list (and the counts).
 *
 * Both are kept between requests and brought up to date after a write
 * from what changed in the documents it touched: the board's positions
 * (./issue-board.ts) after a document stored or deleted or a position's
 * correction; the rounds that write touches, regrouped (./round-plans.ts),
 * after those and a meeting's or an agreement's correction. Computing them
 * afresh costs 0.15-0.3 s (board) and 0.3-1 s (rounds: grouping 12,000
 * meetings) at 100,000 events, too much on a request after each write.
 * (Should a store keep no change log, they are computed afresh once per
 * change of their version in the store instead.)
 */
import { computeBoardDetail } from '../app/board.js'
import { planRounds, roundOf, type RoundPlan } from '../app/rounds.js'
import { getEvent, negotiationVersion, type EventRow } from '../store/queries.js'
import type { Db } from '../store/sqlite.js'
import type { SqliteStore } from '../store/sqlite.js'
import type { ActorLabel, BoardCell, BoardIssue, IssueBoard, Round } from './contract.js'
import { keptBoardDetail } from './issue-board.js'
import { keptRoundPlans } from './round-plans.js'
import { eventView, positionView, type Labels } from './views.js'

/** How many positions a board cell carries (its latest). */
export const HISTORY_SHOWN = 20
/** How many meetings, outcome events and quotes per list a round carries. */
export const ROUND_SAMPLE = 10

/** `compute` once per negotiation version of the store's database (see migrations/aggregates.ts). */
function perVersion<T>(of: 'board' | 'rounds'): (db: Db, compute: () => T) => T {
  const memo = new WeakMap<Db, { version: number; value: T }>()
  return (db, compute) => {
    const version = negotiationVersion(db, of)
    const hit = memo.get(db)
    if (hit && hit.version === version) return hit.value
    const value = compute()
    memo.set(db, { version, value })
    return value
  }
}
const boards = perVersion<ReturnType<typeof computeBoardDetail>>('board')
const plans = perVersion<readonly RoundPlan[]>('rounds')
type Dated = { plan: RoundPlan; date: string | null }
const listed = new WeakMap<readonly RoundPlan[], readonly Dated[]>()

export function issueBoardOf(store: SqliteStore, labels: Labels): IssueBoard {
  const { board, history } = keptBoardDetail(store) ?? boards(store.db, () => computeBoardDetail(store))
  const parties = new Map<string, ActorLabel>()
  const issues: BoardIssue[] = []
  for (const profile of board.profiles) {
    for (const issue of profile.issues) {
      const cells: BoardCell[] = []
      let lastDate: string | null = null
      for (const party of profile.parties) {
        const rows = history(profile.id, issue.id, party)
        if (issue.parties[party] === null || issue.parties[party] === undefined || rows.length === 0) continue
        const views = rows.slice(-HISTORY_SHOWN).map((r) => positionView(r, labels))
        const label = labels.of({ id: party, country: party })
        parties.set(party, label)
        cells.push({ party: label, latest: views[views.length - 1]!, history: views, count: rows.length })
        for (const r of rows) if (r.when !== null && (lastDate === null || r.when > lastDate)) lastDate = r.when
      }
      if (cells.length === 0) continue
      issues.push({ issue: issue.id, label: issue.label, profile: profile.id, status: issue.status, lastDate, positions: cells.reduce((n, c) => n + c.count, 0), cells })
    }
  }
  return { parties: [...parties.values()], issues }
}

/** The rounds, most recent first (by the round's date, then its number), without their texts yet. */
export function roundPlans(store: SqliteStore): readonly Dated[] {
  const all = keptRoundPlans(store.db) ?? plans(store.db, () => planRounds(store))
  let out = listed.get(all)
  if (!out) {
    out = all.map((plan) => ({ plan, date: roundDate(plan) }))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.plan.index - a.plan.index)
    listed.set(all, out)
  }
  return out
}

/** The round's date as roundOf gives it: the most precise of its dated meetings (else of all). */
function roundDate(plan: RoundPlan): string | null {
  const dated = plan.meetings.filter((m) => !m.approximate)
  const pool = dated.length > 0 ? dated : plan.meetings
  return pool.map((m) => m.date).filter((d): d is string => d !== null).sort((a, b) => b.length - a.length)[0] ?? null
}

export function roundView(store: SqliteStore, plan: RoundPlan, labels: Labels): Round {
  const r = roundOf(store, plan, ROUND_SAMPLE)
  const row = (doc: string, id: string): EventRow[] => {
    const found = getEvent(store.db, doc, id)
    return found ? [found] : []
  }
  const meetings = plan.meetings.slice(0, ROUND_SAMPLE).flatMap((m) => row(m.brief.doc, m.brief.id))
  const agreements = [...plan.agreed, ...plan.notAgreed, ...plan.open.flat()].filter((i) => i.event !== undefined)
  const seen = new Set<string>()
  const outcomes = agreements.filter((i) => !seen.has(`${i.doc}/${i.event}`) && seen.add(`${i.doc}/${i.event}`))
    .slice(0, ROUND_SAMPLE).flatMap((i) => row(i.doc, i.event!))
  const actor = (c: string) => labels.of({ id: c, country: c })
  return {
    id: r.id, index: r.index, date: r.date, approximate: r.approximate, location: r.venue, mode: r.mode,
    participants: r.participants.map(actor), mediators: r.mediators.map(actor),
    meetings: meetings.map((e) => eventView(e, labels)), outcomes: outcomes.map((e) => eventView(e, labels)),
    outcome: { agreed: [...r.outcome.agreed], notAgreed: [...r.outcome.notAgreed], open: [...r.outcome.open] },
    documents: r.documents.length,
    counts: { meetings: plan.meetings.length, agreed: plan.agreed.length, notAgreed: plan.notAgreed.length, open: plan.open.length },
  }
}
