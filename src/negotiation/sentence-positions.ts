/**
 * The positions one sentence states. Each clause's first stance cue is its
 * head; later cues in the clause are its complements ("calls on Azerbaijan to
 * respect the border" is one demand), except a noun cue with a possessor of
 * its own, which heads a position of that possessor ("Armenia rejected
 * Azerbaijan's proposal": Armenia rejects, Azerbaijan proposes). Issue cues
 * go to the nearest head before them in their clause (else after them, else
 * in the sentence); a head without any takes the issues of the previous
 * sentence's positions ("This contradicts Azerbaijan's view: they want..."),
 * and a sentence without any stance cue can still take its stance from an
 * event coded on it (AGREE, REQUEST, REJECT...).
 */
import type { EventRecord, PloverType, Stance } from '../core/doc.js'
import { preferStrong, type IssueHit } from './issue-matcher.js'
import { holderOfCue, possessorOf, speakersOf } from './cue-holder.js'
import { subjectOfSentence, type Holder, type PartyContext, type Topic } from './parties.js'
import { clauseOf, type Cue } from './scan.js'

export interface Draft {
  readonly issue: string
  readonly party: string
  readonly stance: Stance
  /** The token range of the head cue (or of the sentence, for event-based drafts). */
  readonly cue: { readonly start: number; readonly end: number }
  readonly clause: number
  /** The issue cues of this position, for its summary. */
  readonly hits: readonly IssueHit[]
}

interface Head {
  readonly cue: Cue
  readonly holder: Holder
  readonly clause: number
  hits: IssueHit[]
}

const sameParties = (a: Holder, b: Holder) =>
  Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((p) => b.includes(p))

function headsOf(ctx: PartyContext): Head[] {
  const { speakers = [] } = ctx
  const heads: Head[] = []
  for (const cue of ctx.scan.cues) {
    const clause = clauseOf(ctx.scan.clauses, cue.start)
    const head = heads[heads.length - 1]
    if (!head || head.clause !== clause || reported(ctx, head.cue, cue)) {
      heads.push({ cue, holder: holderOfCue(ctx, cue, speakers), clause, hits: [] })
      continue
    }
    const own = possessorOf(ctx, cue)
    if (Array.isArray(own) && !sameParties(own, head.holder)) heads.push({ cue, holder: own, clause, hits: [] })
    else if (head.holder === null) {
      // Note: a head nobody holds ("Agreement on the text ... Armenia and Azerbaijan initialled") gives way.
      const holder = holderOfCue(ctx, cue, speakers)
      if (holder !== null) heads[heads.length - 1] = { cue, holder, clause, hits: [] }
    } else if (head.cue.kind === 'charge' && cue.stance === 'demand' && (cue.kind === 'verb' || cue.kind === 'obligation')) {
      // Note: a charge that justifies a demand ("because of Armenia's misuse of the road, a checkpoint") is the demand.
      heads[heads.length - 1] = { ...head, cue: { ...head.cue, stance: 'demand' } }
    }
  }
  return heads
}

/** A reporting verb between two cues: the second is someone's reported words ("praised X and said both sides want..."). */
function reported(ctx: PartyContext, head: Cue, cue: Cue): boolean {
  return (ctx.scan.markers.get('speech') ?? []).some((m) => m.start >= head.end && m.end <= cue.start)
}

/** The last head before `at`, else the first after it. */
function nearestHead(list: readonly Head[], at: number): Head | undefined {
  return list.filter((h) => h.cue.start <= at).pop() ?? list.find((h) => h.cue.start > at)
}

/** Attach each issue cue to a head (see the header). */
function assignIssues(ctx: PartyContext, heads: Head[]): void {
  for (const hit of ctx.scan.issues) {
    const clause = clauseOf(ctx.scan.clauses, hit.start)
    const inClause = heads.filter((h) => h.clause === clause)
    const head = nearestHead(inClause, hit.start) ?? nearestHead(heads, hit.start)
    head?.hits.push(hit)
  }
  // "X rejects Y's proposal on Z": the rejecting head shares the object's issues;
  // "Y proposed Z, but X rejected it": the answering head shares the earlier one's.
  heads.forEach((h, i) => {
    const next = heads[i + 1]
    if (h.hits.length === 0 && next && next.clause === h.clause) h.hits = [...next.hits]
  })
  heads.forEach((h, i) => {
    const prev = heads[i - 1]
    if (h.hits.length === 0 && prev) h.hits = [...prev.hits]
  })
}

function draftsOfHead(h: Head, fallback: readonly IssueHit[]): Draft[] {
  if (!Array.isArray(h.holder) || h.cue.stance === null) return []
  const stance = h.cue.stance
  const hits = h.hits.length > 0 ? preferStrong(h.hits) : [...fallback]
  const issues = [...new Set(hits.map((x) => x.value.issue))]
  return issues.flatMap((issue) =>
    (h.holder as readonly string[]).map((party) => ({
      issue, party, stance, cue: h.cue, clause: h.clause, hits: hits.filter((x) => x.value.issue === issue),
    })),
  )
}

// Note: only the events that state a position; a RETREAT or an ACCUSE mentioned in passing states none.
const EVENT_STANCE: Partial<Record<PloverType, Stance>> = { AGREE: 'accept', REQUEST: 'demand', REJECT: 'reject' }

/** A sentence with issue cues but no stance cue: the stance of a PLOVER event coded on it. */
function draftsFromEvents(ctx: PartyContext, events: readonly EventRecord[], parties: readonly string[]): Draft[] {
  const hits = ctx.scan.issues.filter((h) => !h.value.weak)
  // Note: what a mediator says the parties do ("..., he said") is no statement of theirs.
  if (hits.length === 0 || (ctx.speakers ?? []).some((s) => s.holder === 'blocked')) return []
  const issues = [...new Set(hits.map((x) => x.value.issue))]
  const whole = { start: 0, end: ctx.scan.tokens.length }
  return events.flatMap((e) => {
    const stance = EVENT_STANCE[e.type]
    if (!stance || e.negated || e.sentence !== ctx.scan.sentence.index) return []
    const holders = [...new Set(e.source.map((r) => r.country).filter((c) => parties.includes(c)))]
    return issues.flatMap((issue) =>
      holders.map((party) => ({ issue, party, stance, cue: whole, clause: 0, hits: hits.filter((x) => x.value.issue === issue) })),
    )
  })
}

export interface SentenceResult {
  readonly drafts: readonly Draft[]
  readonly topic: Topic
}

/** The issues the previous sentence's positions were on, and whose they were. */
export interface Carried {
  readonly issues: readonly IssueHit[]
  readonly parties: readonly string[]
}

export function positionsOfSentence(bare: PartyContext, previous: Carried, events: readonly EventRecord[]): SentenceResult {
  const ctx = { ...bare, speakers: speakersOf(bare) }
  const heads = headsOf(ctx)
  assignIssues(ctx, heads)
  // Note: only a sentence that names neither party nor issue goes on about the previous one ("She stressed that...").
  const continues = ctx.scan.issues.length === 0 && ctx.scan.named.length === 0
  let drafts = heads.flatMap((h) =>
    draftsOfHead(h, continues && Array.isArray(h.holder) && h.holder.every((p) => previous.parties.includes(p)) ? previous.issues : []),
  )
  if (heads.length === 0) drafts = draftsFromEvents(ctx, events, ctx.parties)
  const seen = new Set<string>()
  drafts = drafts.filter((d) => {
    const key = `${d.issue}\u0000${d.party}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const subject = drafts.length > 0 ? [...new Set(drafts.map((d) => d.party))] : subjectOfSentence(ctx)
  const named = [...new Set(ctx.scan.named.flatMap((s) => s.parties))]
  return { drafts, topic: { subject, named } }
}
