/**
 * Date pass: the date expression governing the event in its sentence (the
 * nearest one, preferring its own clause); failing that, a date from the
 * two sentences before (narratives carry their date forward: "On November 10
 * the parties agreed... Russian peacekeepers were deployed"); failing that
 * the publication date, since an undated event in a news report is
 * normally that day's news. Gold leaves undated background events null, and
 * the scorer only checks a date where gold has one, so the fallback costs
 * nothing there.
 */
import type { DateMention, DocumentDate, EventDate } from '../core/doc.js'
import type { DocView, SentenceView } from './context.js'
import { tokenAt } from './context.js'
import { cueTokens } from './cue-window.js'
import type { Trigger } from './triggers.js'

function distance(doc: DocView, t: Trigger, d: DateMention): number {
  const at = tokenAt(doc.tokens, d.start)
  return at < t.first ? t.first - at : Math.max(0, at - t.last + 1)
}

function inside(d: DateMention, s: SentenceView): boolean {
  return d.start >= s.sentence.start && d.end <= s.sentence.end && d.date !== null
}

const isSince = (d: DateMention): boolean => d.flags.includes('since')

/** "since 1991" dates the start of its own verb's state: another event word closer to it owns it. */
function ownedByOther(doc: DocView, t: Trigger, d: DateMention, others: readonly Trigger[]): boolean {
  if (!isSince(d)) return false
  const mine = distance(doc, t, d)
  return others.some((o) => o !== t && o.payload.type !== null && distance(doc, o, d) < mine)
}

export function nearestDate(doc: DocView, s: SentenceView, t: Trigger, dates: readonly DateMention[], others: readonly Trigger[] = []): DateMention | null {
  const own = dates.filter((d) => inside(d, s) && !ownedByOther(doc, t, d, others))
  if (own.length === 0) return null
  const segStart = doc.tokens[t.segment.first]?.start ?? s.sentence.start
  const segEnd = doc.tokens[t.segment.last - 1]?.end ?? s.sentence.end
  const inClause = (d: DateMention) => d.start >= segStart && d.end <= segEnd
  // A date in another clause belongs to that clause's event unless it is close.
  const usable = own.filter((d) => inClause(d) || distance(doc, t, d) <= FAR)
  const rank = (d: DateMention) => (inClause(d) ? 0 : 1000) + distance(doc, t, d)
  return [...usable].sort((a, b) => rank(a) - rank(b))[0] ?? null
}

/** How many words into a sentence a flashback opener may stand ("And earlier, ..."). */
const OPENER = 3

/** "Earlier, on 29 February, …": an aside about the past; the report then returns to its own day. */
function isFlashback(p: SentenceView): boolean {
  return cueTokens(p, 'flashback', p.first, p.first + OPENER).length > 0
}

/** How many sentences back a narrative keeps its date. */
const CARRY = 2
/** How far (in words) a date in another clause of the sentence still governs the trigger. */
const FAR = 12

export function eventDate(
  doc: DocView,
  s: SentenceView,
  t: Trigger,
  dates: readonly DateMention[],
  previous: readonly SentenceView[],
  published: DocumentDate | null,
  others: readonly Trigger[] = [],
): EventDate | null {
  const own = nearestDate(doc, s, t, dates, others)
  if (own?.date) return { value: own.date.value, precision: own.date.precision, basis: 'sentence' }
  for (const p of previous.slice(-CARRY).reverse()) {
    // A state's start ("since 1991") does not carry over to what follows.
    const prev = isFlashback(p) ? undefined : dates.filter((d) => inside(d, p) && !isSince(d)).at(-1)
    if (prev?.date) return { value: prev.date.value, precision: prev.date.precision, basis: 'previous-sentence' }
  }
  if (published) return { value: published.value, precision: published.precision, basis: 'document' }
  return null
}
