/**
 * From a draft to a PositionRecord: its evidence (the sentence, or the
 * clause when the sentence is too long to be a quote), its date (a date the
 * sentence states, else the date of an event coded on it) and a few English
 * words of summary (the issue's label and the glosses of the issue cues in
 * the clause, with the years it names: "border delimitation: Soviet maps, 1975").
 */
import type { ActorMention, DateMention, EventRecord, PartialDate, PloverType, PositionRecord } from '../core/doc.js'
import { quote, type Quote } from '../core/span.js'
import type { Profile } from './profiles.js'
import type { SentenceScan } from './scan.js'
import type { Draft } from './sentence-positions.js'

export interface RecordContext {
  readonly text: string
  readonly scan: SentenceScan
  readonly profile: Profile
  readonly mentions: readonly ActorMention[]
  readonly dates: readonly DateMention[]
  readonly events: readonly EventRecord[]
  readonly maxTokens: number
}

/** Trim white space (and a stray leading bullet or dash) off a span. */
function trimmed(text: string, start: number, end: number): Quote {
  let s = start
  let e = end
  while (s < e && /[\s\-–—•*·]/u.test(text[s] ?? '')) s++
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--
  return quote(text, { start: s, end: e })
}

function evidenceOf(ctx: RecordContext, d: Draft): Quote {
  const { scan, text, maxTokens } = ctx
  const { tokens, sentence } = scan
  if (tokens.length <= maxTokens) return trimmed(text, sentence.start, sentence.end)
  const clause = scan.clauses[d.clause] ?? { start: 0, end: tokens.length }
  let from = clause.start
  let to = clause.end
  if (to - from > maxTokens) {
    const half = Math.floor(maxTokens / 2)
    from = Math.max(clause.start, d.cue.start - half)
    to = Math.min(clause.end, from + maxTokens)
  }
  return trimmed(text, tokens[from]?.start ?? sentence.start, tokens[to - 1]?.end ?? sentence.end)
}

/**
 * When the position was stated: the date of an event coded in the same clause
 * (the events stage ties dates to what happened), else a date written right
 * next to the cue ("on Monday Baku demanded"). A year inside what is wanted
 * ("the 1975 maps") is no date of the position.
 */
function dateOf(ctx: RecordContext, d: Draft): PartialDate | null {
  const { sentence, tokens, clauses } = ctx.scan
  const clause = clauses[d.clause] ?? { start: 0, end: tokens.length }
  const from = tokens[clause.start]?.start ?? sentence.start
  const to = tokens[clause.end - 1]?.end ?? sentence.end
  const event = ctx.events.find(
    (e) => STATING.has(e.type) && e.sentence === sentence.index && e.date?.basis === 'sentence' && e.trigger.start >= from && e.trigger.end <= to,
  )
  if (event?.date) return { value: event.date.value, precision: event.date.precision }
  const cueStart = tokens[d.cue.start]?.start ?? sentence.start
  const cueEnd = tokens[d.cue.end - 1]?.end ?? sentence.end
  const close = (m: DateMention) => {
    const gap = m.end <= cueStart ? tokensBetween(ctx, m.end, cueStart) : tokensBetween(ctx, cueEnd, m.start)
    return gap <= DATE_WINDOW
  }
  const mention = ctx.dates.find((m) => m.date && m.start >= from && m.end <= to && close(m))
  return mention?.date ? { value: mention.date.value, precision: mention.date.precision } : null
}

/** Events that state something: their date is when a position was stated (a war's date is not). */
const STATING = new Set<PloverType>(['AGREE', 'SUPPORT', 'CONCEDE', 'REQUEST', 'REJECT', 'ACCUSE', 'PROTEST', 'THREATEN', 'CONSULT'])

/** How many words a date may be from the cue it dates. */
const DATE_WINDOW = 3

function tokensBetween(ctx: RecordContext, start: number, end: number): number {
  return ctx.scan.tokens.filter((t) => t.start >= start && t.end <= end).length
}

const YEAR = /^(1[89]\d\d|20\d\d)$/

function summaryOf(ctx: RecordContext, d: Draft): string {
  const issue = ctx.profile.data.issues.find((i) => i.id === d.issue)
  const label = issue?.label['en'] ?? d.issue
  const glosses: string[] = []
  for (const h of [...d.hits].sort((a, b) => a.start - b.start)) {
    const g = h.value.gloss
    if (g && !label.toLowerCase().includes(g.toLowerCase()) && !glosses.includes(g)) glosses.push(g)
  }
  const clause = ctx.scan.clauses[d.clause]
  const years = ctx.scan.tokens
    .slice(clause?.start ?? 0, clause?.end ?? ctx.scan.tokens.length)
    .map((t) => ctx.text.slice(t.start, t.end))
    .filter((w, i, all) => YEAR.test(w) && all.indexOf(w) === i)
  const details = [...glosses.slice(0, 3), ...years.slice(0, 2)]
  return details.length > 0 ? `${label}: ${details.join(', ')}` : label
}

function sectorOf(ctx: RecordContext, party: string): string | null {
  const { sentence } = ctx.scan
  const m = ctx.mentions.find((x) => x.actor.country === party && x.start >= sentence.start && x.end <= sentence.end)
  return m?.actor.sector ?? null
}

export function toRecord(ctx: RecordContext, d: Draft): PositionRecord {
  const evidence = evidenceOf(ctx, d)
  return {
    issue: d.issue,
    party: { id: d.party, country: d.party, sector: sectorOf(ctx, d.party) },
    stance: d.stance,
    summary: summaryOf(ctx, d),
    date: dateOf(ctx, d),
    evidence,
    sentence: ctx.scan.sentence.index,
  }
}
