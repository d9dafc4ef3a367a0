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
  readonly positions: readonly PositionView[]
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
  readonly history: readonly PositionView[]
}

export interface BoardIssue {
  readonly issue: string
  readonly lastDate: string | null
  readonly positions: number
  readonly cells: readonly BoardCell[]
}

export interface IssueBoard {
  readonly parties: readonly ActorLabel[]
  readonly issues: readonly BoardIssue[]
}

export interface Round {
  /** `date|location`, stable for a given grouping. */
  readonly id: string
  readonly date: string | null
  readonly location: string | null
  readonly participants: readonly ActorLabel[]
  readonly mediators: readonly ActorLabel[]
  readonly meetings: readonly EventView[]
  /** AGREE / REJECT / SUPPORT events reported for the same day and place. */
  readonly outcomes: readonly EventView[]
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
