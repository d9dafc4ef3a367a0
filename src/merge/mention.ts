/**
 * What the merger needs to know about one event mention, taken from its
 * EventRecord and its document. Actors are reduced to their states (the
 * `country` of each ActorRef): "Mirzoyan", "Yerevan" and "Armenia" are one
 * side, whatever language the report is in.
 */
import type { EventRecord, PartialDate, PloverType } from '../core/doc.js'
import { addDays, intervalOf, precisionOf, type DayInterval } from './dates.js'
import { placeOf, type PlaceInfo } from './places.js'

/** The document a mention comes from. */
export interface MentionDoc {
  readonly id: string
  readonly language: string
  readonly published: PartialDate | null
  /** The outlet: the URL's host, else the source the document was read from. */
  readonly outlet: string
}

/**
 * How firmly a mention is dated:
 * - `hard`: the text dates it (its sentence or the previous one);
 * - `soft`: only the publication date bounds it (no date, or a date copied
 *   from the document), so it happened in a window before publication;
 * - `none`: nothing bounds it.
 */
export type DateEvidence =
  | { readonly kind: 'hard'; readonly value: string; readonly precision: PartialDate['precision']; readonly interval: DayInterval }
  | { readonly kind: 'soft'; readonly interval: DayInterval }
  | { readonly kind: 'none' }

export interface Mention {
  readonly doc: string
  readonly event: string
  readonly sentence: number
  readonly type: PloverType
  readonly mode: string | null
  readonly negated: boolean
  readonly future: boolean
  /** Sorted, distinct state (or organisation / entity) codes per role. */
  readonly source: readonly string[]
  readonly target: readonly string[]
  readonly mediators: readonly string[]
  readonly attributedTo: string | null
  readonly date: DateEvidence
  readonly place: PlaceInfo | null
  readonly language: string
  readonly outlet: string
  readonly published: string | null
  readonly quote: string
  /** Evidence offsets: with the type, what a stable cluster id is derived from. */
  readonly start: number
  readonly end: number
}

/** News reports an undated event that happened shortly before publication; this is how long "shortly" is. */
export const UNDATED_LOOKBACK_DAYS = 14
/** A date the extractor copied from the document date is a day or two off at most. */
export const DOCUMENT_DATE_LOOKBACK_DAYS = 3

export function mentionOf(e: EventRecord, doc: MentionDoc): Mention {
  return {
    doc: doc.id,
    event: e.id,
    sentence: e.sentence,
    type: e.type,
    mode: e.mode,
    negated: e.negated,
    future: e.future,
    source: states(e.source),
    target: states(e.target),
    mediators: states(e.mediators),
    attributedTo: e.attributed_to?.country ?? null,
    date: dateEvidence(e, doc.published),
    place: e.location ? placeOf(e.location) : null,
    language: doc.language,
    outlet: doc.outlet,
    published: doc.published?.value ?? null,
    quote: e.evidence.text,
    start: e.evidence.start,
    end: e.evidence.end,
  }
}

function states(refs: readonly { readonly country: string }[]): string[] {
  return [...new Set(refs.map((r) => r.country).filter((c) => c !== ''))].sort()
}

function dateEvidence(e: EventRecord, published: PartialDate | null): DateEvidence {
  const own = e.date ? intervalOf(e.date) : null
  if (e.date && own && e.date.basis !== 'document') {
    return { kind: 'hard', value: e.date.value, precision: precisionOf(e.date.value), interval: own }
  }
  if (own) return { kind: 'soft', interval: { lo: addDays(own.lo, -DOCUMENT_DATE_LOOKBACK_DAYS), hi: own.hi } }
  const pub = published ? intervalOf(published) : null
  if (pub) return { kind: 'soft', interval: { lo: addDays(pub.lo, -UNDATED_LOOKBACK_DAYS), hi: pub.hi } }
  return { kind: 'none' }
}

/** Every state the mention involves, in any role. */
export function participants(m: Pick<Mention, 'source' | 'target' | 'mediators'>): string[] {
  return [...new Set([...m.source, ...m.target, ...m.mediators])].sort()
}

/** The interval that bounds a mention, hard or soft; null when nothing does. */
export function boundOf(m: Mention): DayInterval | null {
  return m.date.kind === 'none' ? null : m.date.interval
}
