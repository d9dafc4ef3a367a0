/**
 * The rounds of talks of a store, kept between requests and brought up to
 * date after each write by regrouping only the regions of meetings it touched
 * (./round-regions.ts): grouping every meeting again costs 0.3-1 s at
 * 100,000 events, regrouping a region a few milliseconds. The answer is the
 * same as planRounds' (src/app/rounds.ts; ./round-plans.test.ts and ./agreement.test.ts compare them).
 *
 * Which documents changed comes from the store's change log (migration 6,
 * src/store/migrations/rounds.ts): their meetings, agreements and positions
 * are read again, every region holding one of their meetings (before or
 * after) is regrouped, and the other regions keep their groups and outcomes
 * (a group's outcome comes from its own documents only). When the log cannot
 * tell (rows this process had not read yet were pruned), or too many
 * documents changed, everything is planned afresh; a store without the log
 * gets null (the caller plans afresh per version).
 */
import { group, meetingOf, meetingOrder, outcomeOf, type Meeting, type RoundPlan } from '../app/rounds.js'
import { profilesById } from '../app/board.js'
import {
  briefOrder, changesSince, eventBriefs, eventBriefsIn, latestChange, positionBriefs, positionBriefsIn, positionOrder,
  type EventBrief, type PositionBrief,
} from '../store/queries.js'
import type { Db } from '../store/sqlite.js'
import { placed, regionsOf, type Placed } from './round-regions.js'

/** Beyond this many changed documents, reading everything at once is cheaper than one by one. */
const FULL_AT = 2000

/** A round before it is numbered: the numbers follow the order of the groups' first meetings. */
interface Part { readonly meetings: readonly Meeting[]; readonly outcome: Omit<RoundPlan, 'index' | 'meetings'> }

/** What is kept of a database between requests (changed in place by each update). */
interface State {
  /** The last change of the log applied. */
  latest: number
  readonly meetings: Map<string, Placed[]>
  readonly agreements: Map<string, EventBrief[]>
  readonly positions: Map<string, PositionBrief[]>
  /** The regions, as each meeting's `region` indexes them, with their rounds. */
  regions: readonly { readonly size: number; readonly parts: readonly Part[] }[]
  plans: readonly RoundPlan[]
}

const states = new WeakMap<Db, State>()
const counts = new WeakMap<Db, PlanningCounts>()

/** How often the rounds of a database were planned from scratch, and brought up to date (for tests and the benchmark). */
export interface PlanningCounts { full: number; incremental: number }
export function planningCounts(db: Db): PlanningCounts {
  let c = counts.get(db)
  if (!c) counts.set(db, (c = { full: 0, incremental: 0 }))
  return c
}

/** The rounds, oldest first, as planRounds gives them; `null` when the store keeps no change log. */
export function keptRoundPlans(db: Db): readonly RoundPlan[] | null {
  const kept = states.get(db)
  // Note: one read transaction, so the log and the briefs read are of the same snapshot.
  const read = db.transaction(() => {
    const latest = latestChange(db)
    if (latest < 0 || (kept && kept.latest === latest)) return { latest, changes: null, briefs: null }
    const changes = kept ? changesSince(db, kept.latest) : null
    const docs = changes?.docs && changes.docs.length <= FULL_AT ? changes.docs : null
    return { latest, changes: docs, briefs: briefsOf(db, docs) }
  })()
  if (read.latest < 0) return null
  if (kept && !read.briefs) return kept.plans
  const c = planningCounts(db)
  if (kept && read.changes) {
    c.incremental++
    // Note: a failure half-way leaves no half-updated state behind: the next request plans afresh.
    states.delete(db)
    update(kept, read.briefs!, read.changes)
    kept.latest = read.latest
    states.set(db, kept)
    return kept.plans
  }
  c.full++
  const b = read.briefs!
  const state: State = { latest: read.latest, meetings: b.meetings, agreements: b.agreements, positions: b.positions, regions: [], plans: [] }
  update(state, null, [])
  states.set(db, state)
  return state.plans
}

interface Briefs {
  readonly meetings: Map<string, Placed[]>
  readonly agreements: Map<string, EventBrief[]>
  readonly positions: Map<string, PositionBrief[]>
}

function byDoc<T>(items: readonly T[], doc: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const list = out.get(doc(item))
    if (list) list.push(item)
    else out.set(doc(item), [item])
  }
  return out
}

/** The meetings, agreements and positions of these documents (null: of all), by document. */
function briefsOf(db: Db, docs: readonly string[] | null): Briefs {
  const profiles = profilesById()
  const consults = docs ? eventBriefsIn(db, 'CONSULT', docs) : eventBriefs(db, ['CONSULT'])
  const meetings = consults.map((b) => meetingOf(b, b.profile ? profiles.get(b.profile) : undefined)).filter((m): m is Meeting => m !== null)
  return {
    meetings: byDoc(meetings.map(placed), (p) => p.meeting.brief.doc),
    agreements: byDoc(docs ? eventBriefsIn(db, 'AGREE', docs) : eventBriefs(db, ['AGREE']), (a) => a.doc),
    positions: byDoc(docs ? positionBriefsIn(db, docs) : positionBriefs(db), (p) => p.doc),
  }
}

function replace<T>(into: Map<string, T[]>, fresh: Map<string, T[]>, docs: readonly string[]): void {
  for (const doc of docs) {
    const list = fresh.get(doc)
    if (list) into.set(doc, list)
    else into.delete(doc)
  }
}

/**
 * The state with the `changed` documents' briefs replaced by `fresh` ones
 * (`fresh` null: the state's own are new), regrouping the regions that
 * are not exactly one of before with none of its meetings changed.
 */
function update(state: State, fresh: Briefs | null, changed: readonly string[]): void {
  if (fresh) {
    replace(state.meetings, fresh.meetings, changed)
    replace(state.agreements, fresh.agreements, changed)
    replace(state.positions, fresh.positions, changed)
  }
  const before = state.regions
  const all: Placed[] = []
  for (const list of state.meetings.values()) for (const p of list) all.push(p)
  state.regions = regionsOf(all).map((list, r) => {
    const parts = reusable(before, list) ?? regroup(list.map((p) => p.meeting), state.agreements, state.positions)
    for (const p of list) p.region = r
    return { size: list.length, parts }
  })
  const parts = state.regions.flatMap((r) => r.parts).sort((a, b) => meetingOrder(a.meetings[0]!, b.meetings[0]!))
  state.plans = parts.map((p, i) => ({ index: i + 1, meetings: p.meetings, ...p.outcome }))
}

/** The rounds of a region that is exactly one of before (new meetings have none). */
function reusable(before: State['regions'], list: readonly Placed[]): readonly Part[] | null {
  const r = list[0]!.region
  if (r < 0 || before[r]?.size !== list.length) return null
  return list.every((p) => p.region === r) ? before[r]!.parts : null
}

/** A region's rounds, grouped as planRounds groups all meetings, each with its outcome. */
function regroup(list: readonly Meeting[], agreements: ReadonlyMap<string, readonly EventBrief[]>, positions: ReadonlyMap<string, readonly PositionBrief[]>): Part[] {
  return group([...list].sort(meetingOrder)).map((meetings) => {
    const docs = [...new Set(meetings.map((m) => m.brief.doc))]
    const a = docs.flatMap((d) => agreements.get(d) ?? []).sort(briefOrder)
    const p = docs.flatMap((d) => positions.get(d) ?? []).sort(positionOrder)
    return { meetings, outcome: outcomeOf(meetings, a, p) }
  })
}
