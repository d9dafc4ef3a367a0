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
 *
 * Two steps, so that the API can answer one page at 100,000 events: planRounds
 * groups the meetings and picks their outcomes from the store's compact
 * briefs (no record is parsed); roundOf reads the evidence text of one
 * round's items. computeRounds does both for every round (CLI, exports).
 */
import { issuesIn, type Profile } from '../negotiation/index.js'
import { briefOrder, eventBriefs, eventRecord, positionBriefs, positionRecord, type EventBrief, type PositionBrief } from '../store/queries.js'
import type { SqliteStore } from '../store/sqlite.js'
import { knownAt, profilesById } from './board.js'
import { EventPatch } from './corrections.js'

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

export interface Meeting {
  readonly brief: EventBrief
  readonly date: string | null
  readonly approximate: boolean
  readonly venueKey: string | null
  readonly mode: string | null
  readonly participants: readonly string[]
  readonly mediators: readonly string[]
}

/** An outcome item before its text is read: the event or position it quotes. */
export interface ItemRef {
  readonly doc: string
  readonly start: number
  readonly end: number
  readonly event?: string
  readonly position?: number
  /** Issues given (a position's own); absent: found in the quote's text. */
  readonly issues?: readonly string[]
}

/** A round as planned: its meetings (in order) and outcome items, without texts. */
export interface RoundPlan {
  readonly index: number
  readonly meetings: readonly Meeting[]
  readonly agreed: readonly ItemRef[]
  readonly notAgreed: readonly ItemRef[]
  /** One entry per quoted sentence, with every item that leaves an issue open there. */
  readonly open: readonly (readonly ItemRef[])[]
}

const unique = (xs: readonly string[]) => [...new Set(xs)]
// Note: code-unit order; for dates (YYYY[-MM[-DD]]) and hex document ids it is localeCompare's order, at a fraction of the cost.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The fields of an event an edit may change that rounds use (as correctedEvent applies them). */
function corrected(b: EventBrief): { mode: string | null; negated: boolean; future: boolean } {
  const p = b.patch ? EventPatch.parse(b.patch) : {}
  return { mode: p.mode !== undefined ? p.mode : b.mode, negated: p.negated ?? b.negated, future: p.future ?? b.future }
}

/** A CONSULT event as a meeting between parties, or null when fewer than two parties meet. */
export function meetingOf(b: EventBrief, profile: Profile | undefined): Meeting | null {
  const present = unique([...b.sources, ...b.targets])
  const mediatorList = profile?.data.mediators ?? []
  const isParty = (c: string) => (profile && !profile.dynamicParties ? profile.data.parties.includes(c) : !mediatorList.includes(c))
  const participants = present.filter((c) => isParty(c) && !b.mediators.includes(c))
  if (participants.length < 2) return null
  const mediators = unique([...b.mediators, ...present.filter((c) => !participants.includes(c))])
  const date = b.date ?? b.published
  return { brief: b, date, approximate: b.date === null, venueKey: b.venue?.toLowerCase() ?? null, mode: corrected(b).mode, participants, mediators }
}

const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a)

function sameRound(a: Meeting, b: Meeting): boolean {
  const venue = a.venueKey !== null && b.venueKey !== null ? a.venueKey === b.venueKey : a.brief.doc === b.brief.doc
  return venue && compatible(a.date, b.date) && a.participants.some((p) => b.participants.includes(p))
}

/**
 * Each meeting joins the first (oldest) group holding a meeting of the same
 * round, else starts one. Note: the candidates are looked up by venue and
 * date (or document, for meetings without a venue) instead of testing every
 * group, which took seconds at 12,000 meetings; the groups are the same.
 */
export function group(meetings: readonly Meeting[]): Meeting[][] {
  const groups: Meeting[][] = []
  const index = new Map<string, { g: number; m: Meeting }[]>()
  const file = (key: string, entry: { g: number; m: Meeting }) => {
    const list = index.get(key)
    if (list) list.push(entry)
    else index.set(key, [entry])
  }
  const prefixes = (d: string) => [d.slice(0, 4), d.slice(0, 7), d].filter((p, i, all) => all.indexOf(p) === i)
  for (const m of meetings) {
    const keys = candidateKeys(m, prefixes)
    let best = -1
    for (const key of keys) for (const c of index.get(key) ?? []) if ((best < 0 || c.g < best) && sameRound(c.m, m)) best = c.g
    const g = best >= 0 ? best : groups.push([]) - 1
    groups[g]!.push(m)
    for (const key of fileKeys(m, prefixes)) file(key, { g, m })
  }
  return groups
}

/** Where a meeting is filed: by document, and by venue with its date, each prefix of it, or 'any'. */
function fileKeys(m: Meeting, prefixes: (d: string) => string[]): string[] {
  const keys = [`doc|${m.brief.doc}`, ...(m.venueKey === null ? [`doc-novenue|${m.brief.doc}`] : [])]
  if (m.venueKey === null) return keys
  const v = `venue|${m.venueKey}`
  keys.push(`${v}|all`)
  if (m.date === null) return [...keys, `${v}|undated`]
  return [...keys, `${v}|date|${m.date}`, ...prefixes(m.date).filter((p) => p !== m.date).map((p) => `${v}|ext|${p}`)]
}

/** The files that hold every meeting that may share a round with `m` (sameRound decides). */
function candidateKeys(m: Meeting, prefixes: (d: string) => string[]): string[] {
  if (m.venueKey === null) return [`doc|${m.brief.doc}`]
  const v = `venue|${m.venueKey}`
  const own = [`doc-novenue|${m.brief.doc}`]
  if (m.date === null) return [...own, `${v}|all`]
  return [...own, `${v}|undated`, ...prefixes(m.date).map((p) => `${v}|date|${p}`), ...(m.date.length < 10 ? [`${v}|ext|${m.date}`] : [])]
}

/** Whether a sentence of `doc` is within NEAR sentences of one of the round's meetings there. */
function nearness(meetings: readonly Meeting[]): (sentence: number, doc: string) => boolean {
  const sentences = new Map<string, number[]>()
  for (const m of meetings) {
    const list = sentences.get(m.brief.doc)
    if (list) list.push(m.brief.sentence)
    else sentences.set(m.brief.doc, [m.brief.sentence])
  }
  return (sentence, doc) => sentences.get(doc)?.some((s) => Math.abs(s - sentence) <= NEAR) ?? false
}

const keyOf = (i: Pick<ItemRef, 'doc' | 'start' | 'end'>) => `${i.doc}:${i.start}:${i.end}`

function dedupe(items: readonly ItemRef[]): ItemRef[] {
  const seen = new Set<string>()
  return items.filter((i) => !seen.has(keyOf(i)) && seen.add(keyOf(i)))
}

interface Ordered<T> { readonly order: number; readonly item: T }

/**
 * A group's outcome, from the agreements and positions of its meetings'
 * documents, in the order eventBriefs and positionBriefs give them.
 */
export function outcomeOf(meetings: readonly Meeting[], agreements: readonly EventBrief[], positions: readonly PositionBrief[]): Omit<RoundPlan, 'index' | 'meetings'> {
  const agreed: ItemRef[] = []
  const notAgreed: ItemRef[] = []
  const open: ItemRef[] = []
  const participants = new Set(meetings.flatMap((m) => m.participants))
  const near = nearness(meetings)
  for (const a of agreements) {
    // Note: a mediator "remaining committed" near the meeting is no outcome of it.
    if (!near(a.sentence, a.doc) || !a.sources.some((c) => participants.has(c))) continue
    const e = corrected(a)
    ;(e.negated ? notAgreed : e.future ? open : agreed).push({ doc: a.doc, ...a.evidence, event: a.id })
  }
  for (const p of positions) {
    if (p.stance === 'accept' || !participants.has(p.party) || !near(p.sentence, p.doc)) continue
    open.push({ doc: p.doc, ...p.evidence, position: p.idx, issues: [p.issue] })
  }
  const settled = new Set([...agreed, ...notAgreed].map(keyOf))
  const byKey = new Map<string, ItemRef[]>()
  for (const i of open.filter((x) => !settled.has(keyOf(x)))) byKey.set(keyOf(i), [...(byKey.get(keyOf(i)) ?? []), i])
  return { agreed: dedupe(agreed), notAgreed: dedupe(notAgreed), open: [...byKey.values()] }
}

/** Per document, in the global order (the order listEvents / listPositions give). */
function byDoc<T extends { readonly doc: string }>(items: readonly T[]): Map<string, Ordered<T>[]> {
  const out = new Map<string, Ordered<T>[]>()
  items.forEach((item, order) => {
    const list = out.get(item.doc)
    if (list) list.push({ order, item })
    else out.set(item.doc, [{ order, item }])
  })
  return out
}

function inDocs<T>(index: Map<string, Ordered<T>[]>, docs: Iterable<string>): T[] {
  return [...new Set(docs)].flatMap((d) => index.get(d) ?? []).sort((a, b) => a.order - b.order).map((o) => o.item)
}

/** The order planRounds groups meetings in: by date, document, sentence, then as eventBriefs lists them. */
export function meetingOrder(a: Meeting, b: Meeting): number {
  return cmp(a.date ?? '', b.date ?? '') || cmp(a.brief.doc, b.brief.doc) || a.brief.sentence - b.brief.sentence || briefOrder(a.brief, b.brief)
}

/** The rounds, oldest first, without their texts. */
export function planRounds(store: SqliteStore, options: { readonly at?: string | null } = {}): RoundPlan[] {
  const profiles = profilesById()
  const meetings = eventBriefs(store.db, ['CONSULT'])
    .map((b) => meetingOf(b, b.profile ? profiles.get(b.profile) : undefined))
    .filter((m): m is Meeting => m !== null && knownAt(m.date, options.at))
    .sort((a, b) => cmp(a.date ?? '', b.date ?? '') || cmp(a.brief.doc, b.brief.doc) || a.brief.sentence - b.brief.sentence)
  const agreements = byDoc(eventBriefs(store.db, ['AGREE']))
  const positions = byDoc(positionBriefs(store.db))
  return group(meetings).map((g, i) => {
    const docs = g.map((m) => m.brief.doc)
    return { index: i + 1, meetings: g, ...outcomeOf(g, inDocs(agreements, docs), inDocs(positions, docs)) }
  })
}

/**
 * A planned round with the quotes of its meetings and outcomes read from the
 * store; `limit` keeps only the first quotes of each list (the API's pages).
 */
export function roundOf(store: SqliteStore, plan: RoundPlan, limit = Infinity): Round {
  const profiles = profilesById()
  const meetings = plan.meetings
  const infoOf = new Map(meetings.map((m) => [m.brief.doc, m.brief]))
  const text = (ref: ItemRef): string => {
    const record = ref.event !== undefined ? eventRecord(store.db, ref.doc, ref.event) : positionRecord(store.db, ref.doc, ref.position ?? -1)
    return record?.evidence.text ?? ''
  }
  const item = (ref: ItemRef): RoundItem => {
    const t = text(ref)
    const info = infoOf.get(ref.doc)
    const profile = info?.profile ? profiles.get(info.profile) : undefined
    return { doc: ref.doc, start: ref.start, end: ref.end, text: t, issues: ref.issues ?? (profile ? issuesIn(profile, info?.language ?? 'und', t) : []) }
  }
  const openItem = (refs: readonly ItemRef[]): RoundItem => {
    const items = refs.map(item)
    return { ...items[0]!, issues: unique(items.flatMap((i) => i.issues)) }
  }
  const dated = meetings.filter((m) => !m.approximate)
  const pool = dated.length > 0 ? dated : meetings
  // Note: the most precise date any report gives is the round's date.
  const date = pool.map((m) => m.date).filter((d): d is string => d !== null).sort((a, b) => b.length - a.length)[0] ?? null
  const venue = meetings.map((m) => m.brief.venue).find((v): v is string => Boolean(v)) ?? null
  const mode = meetings.map((m) => m.mode).find((v): v is string => Boolean(v)) ?? null
  const evidence = dedupe(meetings.map((m) => ({ doc: m.brief.doc, ...m.brief.evidence, event: m.brief.id, issues: [] })))
  return {
    id: `${date ?? 'undated'}@${(venue ?? 'unknown').toLowerCase().replace(/\s+/g, '-')}`,
    index: plan.index,
    date,
    approximate: dated.length === 0,
    venue,
    mode,
    participants: unique(meetings.flatMap((m) => m.participants)).sort(),
    mediators: unique(meetings.flatMap((m) => m.mediators)).sort(),
    documents: unique(meetings.map((m) => m.brief.doc)),
    evidence: evidence.slice(0, limit).map(item),
    outcome: { agreed: plan.agreed.slice(0, limit).map(item), notAgreed: plan.notAgreed.slice(0, limit).map(item), open: plan.open.slice(0, limit).map(openItem) },
  }
}

export function computeRounds(store: SqliteStore, options: { readonly at?: string | null } = {}): Round[] {
  return planRounds(store, options).map((plan) => roundOf(store, plan))
}
