/**
 * The records that flow through the pipeline, stage by stage. Each stage is a
 * plain function from one of these to the next (see src/pipeline.ts); every
 * span points into `CleanedDoc.text`.
 */
import type { DocId } from './ids.js'
import type { ParleyMessage } from './message.js'
import type { Quote, Span } from './span.js'

/** ISO 639-1 code, or 'und' when the text is too short or mixed to tell. */
export type LanguageCode = string

export type Precision = 'day' | 'month' | 'year'

/** A date truncated to its precision: '2023-05-01' (day), '2023-05' (month), '2023' (year). */
export interface PartialDate {
  readonly value: string
  readonly precision: Precision
}

/** One input as read from a file, a feed item, a JSONL line or a URL, decoded to Unicode. */
export interface RawDoc {
  /** What the user gave: a path, a URL, or `feed.xml#3` / `file.jsonl:12` for items inside a container. */
  readonly source: string
  readonly format: 'text' | 'markdown' | 'html'
  /** The decoded body (HTML markup for 'html'). */
  readonly body: string
  readonly url: string | null
  readonly title: string | null
  /** Publication date as given by metadata (any common format), not yet normalised. */
  readonly published: string | null
  /** Language declared by metadata (`<html lang>`, feed `<language>`, JSONL field). */
  readonly language: string | null
  /** Encoding the bytes were decoded from, when they were bytes. */
  readonly encoding: string | null
}

/** After cleaning: the article text that is stored and that all offsets point into. */
export interface CleanedDoc {
  readonly raw: RawDoc
  /** NFC-normalised article text with furniture removed; paragraphs separated by '\n'. */
  readonly text: string
  readonly title: string | null
  readonly url: string | null
  readonly published: string | null
  /** Language declared by the page itself (`<html lang>`), overriding RawDoc.language when set. */
  readonly language: string | null
  /** For each paragraph of `text`, where it came from in the raw body (for display only). */
  readonly paragraphs: readonly { readonly span: Span; readonly rawStart: number }[]
  readonly messages: readonly ParleyMessage[]
}

export interface DocumentDate extends PartialDate {
  /** true when no metadata gave it and it was inferred from the text. */
  readonly inferred: boolean
}

export interface Sentence extends Span {
  readonly index: number
}

/** A reference to an actor as events carry it. */
export interface ActorRef {
  readonly id: string
  /** The state (or organisation / entity) the actor belongs to; its own id for states and organisations. */
  readonly country: string
  readonly sector: string | null
}

export type ActorType = 'state' | 'organisation' | 'entity' | 'person' | 'group'

export interface ActorMention extends Quote {
  readonly kind: 'actor'
  readonly actor: ActorRef & { readonly type: ActorType; readonly name: string }
  /** How it was recognised: by name, as a metonym (capital for government), by role, by coreference, by adjective. */
  readonly via: 'name' | 'metonym' | 'role' | 'coref' | 'adjective'
  readonly sentence: number
}

export interface Place {
  readonly id: string
  /** English name. */
  readonly name: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
  readonly type: 'country' | 'capital' | 'city' | 'region' | 'border' | 'corridor' | 'checkpoint' | 'village' | 'other'
  /** The side whose place it was in the conflict (its de facto authority, or the people it served), when curated. */
  readonly heldBy?: string
}

export interface PlaceMention extends Quote {
  readonly kind: 'place'
  readonly place: Place
  readonly sentence: number
}

export interface DateMention extends Quote {
  readonly kind: 'date'
  /** Normalised start (or the single date); null when nothing certain could be resolved. */
  readonly date: PartialDate | null
  /** End of a range ("từ năm 1992 đến 1994"), else null. */
  readonly until: PartialDate | null
  /** true for expressions resolved against an anchor ("last year", "ngày 29/2"). */
  readonly relative: boolean
  /** e.g. 'garbled-month', 'unresolved-relative', 'ambiguous-numeric'. */
  readonly flags: readonly string[]
  readonly sentence: number
}

export interface EventDate extends PartialDate {
  /**
   * Where the date came from: the event's own sentence, the previous one, a
   * known landmark event it reports (data/chronology), or the document date.
   */
  readonly basis: 'sentence' | 'previous-sentence' | 'known-event' | 'document'
}

export interface EventLocation {
  readonly name: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
}

export interface EventRecord {
  /** Unique within the document: 'e1', 'e2', ... */
  readonly id: string
  readonly type: PloverType
  readonly mode: string | null
  readonly source: readonly ActorRef[]
  readonly target: readonly ActorRef[]
  readonly mediators: readonly ActorRef[]
  readonly date: EventDate | null
  readonly location: EventLocation | null
  readonly negated: boolean
  /** Announced, planned or promised rather than done. */
  readonly future: boolean
  readonly attributed_to: ActorRef | null
  readonly evidence: Quote
  readonly sentence: number
  /** The trigger words that coded it (for the reader view). */
  readonly trigger: Quote
}

export type Stance = 'propose' | 'demand' | 'accept' | 'reject'

export interface PositionRecord {
  readonly issue: string
  readonly party: ActorRef
  readonly stance: Stance
  readonly summary: string
  readonly date: PartialDate | null
  readonly evidence: Quote
  readonly sentence: number
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const
export type PloverType = (typeof PLOVER_TYPES)[number]

/** Everything Parley knows about one document: what is stored and exported. */
export interface Analysis {
  readonly id: DocId
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly language: LanguageCode
  readonly published: DocumentDate | null
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly actors: readonly ActorMention[]
  readonly places: readonly PlaceMention[]
  readonly dates: readonly DateMention[]
  readonly events: readonly EventRecord[]
  readonly positions: readonly PositionRecord[]
  readonly profile: string | null
  readonly messages: readonly ParleyMessage[]
}
