/**
 * Analyst corrections: confirm, reject or edit an extracted event or position.
 *
 * Corrections are stored apart from extracted data (the `corrections` table)
 * and point at a record by a *stable key* rather than its id, so they survive
 * re-extraction of the same document: event ids ('e1', 'e2'...) and position
 * indexes shift when a stage improves, but the type and the offsets of the
 * evidence and trigger in the (hash-identified) cleaned text do not.
 *
 *   eventKey(e)    → 'CONSULT@120-245#131-140'   type @ evidence # trigger
 *   positionKey(p) → 'guarantees/ARM@300-410'    issue / party @ evidence
 *
 * The latest correction of a record wins (the table keeps the full history).
 * `applyCorrections(analysis, corrections)` is what exports use: rejected
 * records are dropped, edits are applied, and the status of each kept record
 * is returned beside the corrected analysis. Pure: no store, no clock.
 */
import { z } from 'zod'
import { PLOVER_TYPES, type Analysis, type EventRecord, type PositionRecord } from '../core/doc.js'

export const CORRECTION_ACTIONS = ['confirm', 'reject', 'edit'] as const
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number]
export type RecordKind = 'event' | 'position'
/** What a record looks like to an analyst once corrections are applied. */
export type RecordStatus = 'extracted' | 'confirmed' | 'rejected' | 'edited'

const partialDate = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: z.enum(['day', 'month', 'year']),
})

/** Fields of an event an analyst may edit. */
export const EventPatch = z
  .object({
    type: z.enum(PLOVER_TYPES),
    mode: z.string().trim().max(40).nullable(),
    date: partialDate.nullable(),
    location: z.string().trim().min(1).max(200).nullable(),
    negated: z.boolean(),
    future: z.boolean(),
  })
  .partial()
  .strict()
export type EventPatch = z.infer<typeof EventPatch>

/** Fields of a position an analyst may edit. */
export const PositionPatch = z
  .object({
    issue: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'expected an issue id like border-delimitation'),
    stance: z.enum(['propose', 'demand', 'accept', 'reject']),
    summary: z.string().trim().max(500),
    date: partialDate.nullable(),
  })
  .partial()
  .strict()
export type PositionPatch = z.infer<typeof PositionPatch>

const common = {
  doc: z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-hex document id'),
  key: z.string().min(3).max(300),
  action: z.enum(CORRECTION_ACTIONS),
  note: z.string().trim().max(2000).optional(),
}

/** A correction as posted to the API. An edit must carry a non-empty patch; confirm and reject carry none. */
export const CorrectionInput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('event'), ...common, patch: EventPatch.optional() }).strict(),
    z.object({ kind: z.literal('position'), ...common, patch: PositionPatch.optional() }).strict(),
  ])
  .refine((c) => (c.action === 'edit') === (c.patch !== undefined && Object.keys(c.patch).length > 0), {
    message: 'an edit needs a non-empty patch; confirm and reject take no patch',
    path: ['patch'],
  })
export type CorrectionInput = z.infer<typeof CorrectionInput>

/** A stored correction. */
export interface Correction {
  readonly id: number
  readonly kind: RecordKind
  readonly doc: string
  readonly key: string
  readonly action: CorrectionAction
  readonly patch: EventPatch | PositionPatch | null
  readonly note: string | null
  readonly created_at: string
}

export function eventKey(e: Pick<EventRecord, 'type' | 'evidence' | 'trigger'>): string {
  return `${e.type}@${e.evidence.start}-${e.evidence.end}#${e.trigger.start}-${e.trigger.end}`
}

export function positionKey(p: Pick<PositionRecord, 'issue' | 'party' | 'evidence'>): string {
  return `${p.issue}/${p.party.id}@${p.evidence.start}-${p.evidence.end}`
}

export function statusOf(c: Pick<Correction, 'action'> | null | undefined): RecordStatus {
  if (!c) return 'extracted'
  return c.action === 'confirm' ? 'confirmed' : c.action === 'reject' ? 'rejected' : 'edited'
}

/** The latest correction per (kind, doc, key); later ids win. */
export function latestCorrections(corrections: Iterable<Correction>): Map<string, Correction> {
  const latest = new Map<string, Correction>()
  for (const c of corrections) {
    const id = `${c.kind}|${c.doc}|${c.key}`
    const seen = latest.get(id)
    if (!seen || seen.id < c.id) latest.set(id, c)
  }
  return latest
}

export function correctedEvent(e: EventRecord, c: Correction | null | undefined): EventRecord {
  if (!c || c.action !== 'edit' || !c.patch) return e
  const p = EventPatch.parse(c.patch)
  return {
    ...e,
    ...(p.type !== undefined ? { type: p.type } : {}),
    ...(p.mode !== undefined ? { mode: p.mode } : {}),
    ...(p.date !== undefined ? { date: p.date && { ...p.date, basis: e.date?.basis ?? 'sentence' } } : {}),
    ...(p.location !== undefined ? { location: editedLocation(e, p.location) } : {}),
    ...(p.negated !== undefined ? { negated: p.negated } : {}),
    ...(p.future !== undefined ? { future: p.future } : {}),
  }
}

function editedLocation(e: EventRecord, name: string | null): EventRecord['location'] {
  if (name === null) return null
  // Keep the coordinates when the analyst only re-spelled the same place.
  if (e.location && e.location.name.toLowerCase() === name.toLowerCase()) return { ...e.location, name }
  return { name, country: null, lat: null, lon: null }
}

export function correctedPosition(p: PositionRecord, c: Correction | null | undefined): PositionRecord {
  if (!c || c.action !== 'edit' || !c.patch) return p
  const patch = PositionPatch.parse(c.patch)
  return {
    ...p,
    ...(patch.issue !== undefined ? { issue: patch.issue } : {}),
    ...(patch.stance !== undefined ? { stance: patch.stance } : {}),
    ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
    ...(patch.date !== undefined ? { date: patch.date } : {}),
  }
}

export interface CorrectedAnalysis {
  /** The analysis with rejected records dropped and edits applied. */
  readonly analysis: Analysis
  /** Status of each kept event (by id) and position (by its index in the corrected list). */
  readonly status: { readonly events: Record<string, RecordStatus>; readonly positions: RecordStatus[] }
}

/** Apply the corrections that concern this document (others are ignored). */
export function applyCorrections(analysis: Analysis, corrections: Iterable<Correction>): CorrectedAnalysis {
  const latest = latestCorrections([...corrections].filter((c) => c.doc === analysis.id))
  const events: EventRecord[] = []
  const eventStatus: Record<string, RecordStatus> = {}
  for (const e of analysis.events) {
    const c = latest.get(`event|${analysis.id}|${eventKey(e)}`)
    if (c?.action === 'reject') continue
    events.push(correctedEvent(e, c))
    eventStatus[e.id] = statusOf(c)
  }
  const positions: PositionRecord[] = []
  const positionStatus: RecordStatus[] = []
  for (const p of analysis.positions) {
    const c = latest.get(`position|${analysis.id}|${positionKey(p)}`)
    if (c?.action === 'reject') continue
    positions.push(correctedPosition(p, c))
    positionStatus.push(statusOf(c))
  }
  return { analysis: { ...analysis, events, positions }, status: { events: eventStatus, positions: positionStatus } }
}
