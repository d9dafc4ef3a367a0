/**
 * The single contract between the HTTP API and the dashboard: the JSON shapes
 * every endpoint returns. The dashboard imports only from this file (types and
 * the small PLOVER family table), never from the server code.
 */
import type {
  ActorMention, ActorType, DateMention, EventDate, EventLocation, PartialDate, PlaceMention, PloverType, Sentence, Stance,
} from '../core/doc.js'
import type { ParleyMessage } from '../core/message.js'
import type { Quote } from '../core/span.js'
import type { CorrectionAction, RecordKind, RecordStatus } from '../app/corrections.js'

export type { PloverType, Stance, RecordStatus, RecordKind, CorrectionAction }

/** PLOVER quad classes. */
export type Family = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict'

export const FAMILY_OF: Record<PloverType, Family> = {
  AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict', SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
}

export const FAMILIES: readonly Family[] = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict']

export interface Page<T> {
  readonly total: number
  readonly limit: number
  readonly offset: number
  readonly items: readonly T[]
}

/** An actor reference with a display name resolved from the mentions. */
export interface ActorLabel {
  readonly id: string
  readonly name: string
  readonly country: string
  readonly sector: string | null
}

export interface DocumentMeta {
  readonly id: string
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly language: string
  readonly published: string | null
  readonly published_precision: string | null
  readonly version: number
  readonly events: number
}

export interface CorrectionView {
  readonly id: number
  readonly kind: RecordKind
  readonly doc: string
  readonly key: string
  readonly action: CorrectionAction
  readonly patch: Record<string, unknown> | null
  readonly note: string | null
  readonly created_at: string
}

/** Where a record came from, to show beside its quote. */
export interface SourceRef {
  readonly doc: string
  readonly title: string | null
  readonly language: string
  readonly published: string | null
  readonly source: string
  readonly url: string | null
}

export interface EventView {
  readonly doc: string
  readonly id: string
  /** Stable key corrections use (type, evidence and trigger offsets). */
  readonly key: string
  readonly type: PloverType
  readonly family: Family
  readonly mode: string | null
  readonly date: EventDate | null
  readonly location: EventLocation | null
  readonly negated: boolean
  readonly future: boolean
  readonly source: readonly ActorLabel[]
  readonly target: readonly ActorLabel[]
  readonly mediators: readonly ActorLabel[]
  readonly attributed_to: ActorLabel | null
  readonly evidence: Quote
  readonly trigger: Quote
  readonly sentence: number
  readonly cluster: string | null
  /** extracted, or as an analyst marked it; `original` holds the extracted type when an edit changed it. */
  readonly status: RecordStatus
  readonly correction: CorrectionView | null
  readonly original: { readonly type: PloverType; readonly date: EventDate | null; readonly location: EventLocation | null } | null
  readonly document: SourceRef
}

/** The merged event a mention belongs to (src/merge). */
export interface ClusterInfo {
  readonly id: string
  readonly reports: number
  readonly mentions: number
  readonly outlets: number
  readonly languages: readonly string[]
  /** null, or 'denial' / 'perpetrator' (comma-separated) when reports disagree. */
  readonly contested: string | null
  readonly firstReported: string | null
  readonly lastReported: string | null
}

export interface EventDetail extends EventView {
  /** Other reports of the same event (same merge cluster), in any language. */
  readonly sources: readonly EventView[]
  readonly clusterInfo: ClusterInfo | null
  readonly history: readonly CorrectionView[]
}

export interface PositionView {
  readonly doc: string
  readonly idx: number
  readonly key: string
  readonly issue: string
  readonly party: ActorLabel
  readonly stance: Stance
  readonly summary: string
  readonly date: PartialDate | null
  readonly evidence: Quote
  readonly sentence: number
  readonly status: RecordStatus
  readonly correction: CorrectionView | null
  readonly document: SourceRef
}

export interface DocumentView extends Omit<DocumentMeta, 'events'> {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly actors: readonly ActorMention[]
  readonly places: readonly PlaceMention[]
  readonly dates: readonly DateMention[]
  readonly events: readonly EventView[]
  readonly positions: readonly PositionView[]
  readonly messages: readonly ParleyMessage[]
}

export interface ActorSummary {
  readonly id: string
  readonly name: string
  readonly type: ActorType | null
  readonly country: string
  readonly sector: string | null
  readonly mentions: number
  readonly documents: number
  readonly events: number
  readonly roles: { readonly source: number; readonly target: number; readonly mediator: number; readonly attributed: number }
}

export interface CoActor {
  readonly actor: ActorLabel
  readonly count: number
  readonly types: Readonly<Record<string, number>>
}

export interface ActorDetail extends ActorSummary {
  readonly recent: readonly EventView[]
  readonly coActors: readonly CoActor[]
  /** The first 100 positions (by issue, then date); positionCount has them all. */
  readonly positions: readonly PositionView[]
  readonly positionCount: number
}

export interface NetworkNode {
  readonly id: string
  readonly name: string
  readonly type: ActorType | null
  readonly country: string
  readonly activity: number
}

export interface NetworkEdge {
  readonly source: string
  readonly target: string
  /** A PLOVER type, or MEDIATE for mediator → party. */
  readonly type: PloverType | 'MEDIATE'
  readonly family: Family | 'mediation'
  readonly count: number
}

export interface NetworkGraph {
  readonly nodes: readonly NetworkNode[]
  readonly edges: readonly NetworkEdge[]
}

export interface BoardCell {
  readonly party: ActorLabel
  readonly latest: PositionView
  /** The latest positions (at most 20), oldest first; `count` is how many there are in all. */
  readonly history: readonly PositionView[]
  readonly count: number
}

/** The issue board of src/app/board.ts (what `parley issues` shows), with each cell's positions as views. */
export interface BoardIssue {
  readonly issue: string
  /** The agenda's label (English), or the id for an issue outside the profile's agenda. */
  readonly label: string
  /** The negotiation profile whose agenda it is on. */
  readonly profile: string
  readonly status: 'agreed' | 'narrowing' | 'disputed' | 'no-data'
  readonly lastDate: string | null
  readonly positions: number
  readonly cells: readonly BoardCell[]
}

export interface IssueBoard {
  readonly parties: readonly ActorLabel[]
  readonly issues: readonly BoardIssue[]
}

/** A quote of a round's outcome (src/app/rounds.ts RoundItem). */
export interface RoundItemView {
  readonly doc: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly issues: readonly string[]
}

/** A round of talks of src/app/rounds.ts (what `parley issues` and the board export show), with views. */
export interface Round {
  /** `date@venue`, as the library names it. */
  readonly id: string
  /** Its number in date order (1 = the first round). */
  readonly index: number
  readonly date: string | null
  /** True when no report dates a meeting (the publication date stands in). */
  readonly approximate: boolean
  readonly location: string | null
  readonly mode: string | null
  readonly participants: readonly ActorLabel[]
  readonly mediators: readonly ActorLabel[]
  /** The first meetings (at most 10; `counts` has them all). */
  readonly meetings: readonly EventView[]
  /** The AGREE events among its outcome (agreed, not agreed or planned; at most 10). */
  readonly outcomes: readonly EventView[]
  /** The outcome's quotes, at most 10 per list. */
  readonly outcome: { readonly agreed: readonly RoundItemView[]; readonly notAgreed: readonly RoundItemView[]; readonly open: readonly RoundItemView[] }
  readonly counts: { readonly meetings: number; readonly agreed: number; readonly notAgreed: number; readonly open: number }
  readonly documents: number
}

export interface PlaceSummary {
  readonly id: string
  readonly name: string
  readonly country: string | null
  readonly lat: number
  readonly lon: number
  readonly mentions: number
  readonly documents: number
}

export interface SearchHitView {
  readonly doc: string
  readonly idx: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly language: string
  readonly title: string | null
}

export interface Stats {
  readonly documents: number
  readonly languages: Readonly<Record<string, number>>
  readonly events: number
  readonly eventsByType: Readonly<Record<string, number>>
  readonly eventsByFamily: Readonly<Record<Family, number>>
  readonly actors: number
  readonly positions: number
  readonly issues: number
  readonly corrections: number
  readonly dateRange: { readonly from: string | null; readonly to: string | null }
  readonly parties: readonly ActorSummary[]
  readonly mediators: readonly ActorSummary[]
  readonly latestRound: Round | null
  readonly board: readonly { readonly issue: string; readonly stances: readonly { readonly party: string; readonly stance: Stance }[] }[]
  readonly recentIncidents: readonly EventView[]
  readonly correctionsEnabled: boolean
}

export interface ApiError {
  readonly error: { readonly status: number; readonly message: string }
}
