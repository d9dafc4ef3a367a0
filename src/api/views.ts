/**
 * Rows from the store → the JSON shapes of ./contract.ts: actor references
 * get display names, document URLs are sent only when http(s), and each
 * record is shown as corrected, with its status and (when an edit changed
 * it) what was extracted.
 */
import { correctedEvent, correctedPosition, eventKey, positionKey, statusOf, type Correction } from '../app/corrections.js'
import { safeUrl } from '../clean/safe-url.js'
import type { ActorRef } from '../core/doc.js'
import type { ActorEntry, EventRow, PositionRow, SourceRow } from '../store/queries.js'
import { FAMILY_OF, type ActorLabel, type CorrectionView, type EventView, type PositionView, type SourceRef } from './contract.js'

export class Labels {
  constructor(private readonly directory: ReadonlyMap<string, ActorEntry>) {}

  /** The mention name, else the country's, else the id itself. */
  name(id: string): string {
    return this.directory.get(id)?.name ?? id
  }

  of(ref: Pick<ActorRef, 'id' | 'country'> & { sector?: string | null }): ActorLabel {
    const known = this.directory.get(ref.id)
    return { id: ref.id, name: known?.name ?? ref.id, country: ref.country, sector: ref.sector ?? known?.sector ?? null }
  }
}

export function correctionView(c: Correction): CorrectionView {
  return { id: c.id, kind: c.kind, doc: c.doc, key: c.key, action: c.action, patch: c.patch ? { ...c.patch } : null, note: c.note, created_at: c.created_at }
}

/** Note: a stored URL that is not http(s) (an older store, a hand-edited row) is never sent as a link. */
export const sourceRef = (s: SourceRow): SourceRef => ({ ...s, url: safeUrl(s.url) })

export function eventView(row: EventRow, labels: Labels): EventView {
  const extracted = row.record
  const e = correctedEvent(extracted, row.correction)
  const changed = e !== extracted
  return {
    doc: row.doc,
    id: row.id,
    key: eventKey(extracted),
    type: e.type,
    family: FAMILY_OF[e.type],
    mode: e.mode,
    date: e.date,
    location: e.location,
    negated: e.negated,
    future: e.future,
    source: e.source.map((r) => labels.of(r)),
    target: e.target.map((r) => labels.of(r)),
    mediators: e.mediators.map((r) => labels.of(r)),
    attributed_to: e.attributed_to ? labels.of(e.attributed_to) : null,
    evidence: e.evidence,
    trigger: e.trigger,
    sentence: e.sentence,
    cluster: row.cluster,
    status: statusOf(row.correction),
    correction: row.correction ? correctionView(row.correction) : null,
    original: changed ? { type: extracted.type, date: extracted.date, location: extracted.location } : null,
    document: sourceRef(row.source),
  }
}

export function positionView(row: PositionRow, labels: Labels): PositionView {
  const p = correctedPosition(row.record, row.correction)
  return {
    doc: row.doc,
    idx: row.idx,
    key: positionKey(row.record),
    issue: p.issue,
    party: labels.of(p.party),
    stance: p.stance,
    summary: p.summary,
    date: p.date,
    evidence: p.evidence,
    sentence: p.sentence,
    status: statusOf(row.correction),
    correction: row.correction ? correctionView(row.correction) : null,
    document: sourceRef(row.source),
  }
}
