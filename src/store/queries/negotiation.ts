/**
 * The negotiation as far as the extracted records show it, until the
 * negotiation model stores its own tables:
 *  - positions (as corrected), and the issue board: per issue × party the
 *    position history, latest last;
 *  - rounds: CONSULT events grouped by day and place, with the AGREE, REJECT
 *    and SUPPORT events reported for the same day and place as outcomes.
 */
import type { Correction } from '../../app/corrections.js'
import type { PositionRecord } from '../../core/doc.js'
import type { Db } from '../sqlite.js'
import {
  CORRECTION_COLUMNS, LATEST_CORRECTIONS, POSITION_KEY_SQL, SOURCE_COLUMNS, correctionOf, effective, sourceOf,
  type RawRow, type SourceRow,
} from './common.js'
import { listEvents, type EventRow } from './events.js'

export interface PositionRow {
  readonly doc: string
  readonly idx: number
  readonly record: PositionRecord
  readonly correction: Correction | null
  readonly source: SourceRow
  /** Issue and date as corrected; the date falls back to the document's publication date. */
  readonly issue: string
  readonly when: string | null
}

export interface PositionFilter {
  readonly issue?: string
  /** A party's country code or actor id. */
  readonly party?: string
  readonly doc?: string
  readonly includeRejected?: boolean
}

const POSITIONS_CTE = `WITH ${LATEST_CORRECTIONS}, pos AS (
  SELECT p.doc_id, p.idx, p.record, p.party, json_extract(p.record, '$.party.id') AS party_id, ${SOURCE_COLUMNS}, ${CORRECTION_COLUMNS},
    coalesce(json_extract(c.patch, '$.issue'), p.issue) AS eff_issue,
    coalesce(CASE WHEN json_type(c.patch, '$.date') IS NOT NULL THEN json_extract(c.patch, '$.date.value') ELSE p.date_value END, d.published) AS eff_when,
    ${effective('p.stance', '$.stance')} AS eff_stance,
    coalesce(c.action, 'none') AS status
  FROM positions p JOIN documents d ON d.id = p.doc_id
  LEFT JOIN latest c ON c.record_kind = 'position' AND c.doc_id = p.doc_id AND c.record_key = ${POSITION_KEY_SQL}
)`

export function listPositions(db: Db, f: PositionFilter = {}): PositionRow[] {
  const where: string[] = f.includeRejected ? [] : [`pos.status <> 'reject'`]
  const params: unknown[] = []
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause)
    params.push(...values)
  }
  if (f.issue) add('pos.eff_issue = ?', f.issue)
  if (f.party) add('(pos.party = ? OR pos.party_id = ?)', f.party, f.party)
  if (f.doc) add('pos.doc_id = ?', f.doc)
  const sql = `${POSITIONS_CTE} SELECT pos.* FROM pos ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY pos.eff_issue, pos.party, (pos.eff_when IS NULL), pos.eff_when, pos.doc_id, pos.idx`
  return (db.prepare(sql).all(...params) as RawRow[]).map((row) => {
    const doc = String(row['doc_id'])
    return {
      doc,
      idx: Number(row['idx']),
      record: JSON.parse(String(row['record'])) as PositionRecord,
      correction: correctionOf(row, doc),
      source: sourceOf(row, doc),
      issue: String(row['eff_issue']),
      when: (row['eff_when'] as string | null) ?? null,
    }
  })
}

export interface BoardGroup {
  readonly issue: string
  readonly party: string
  /** Oldest first; undated positions first, since nothing says they are recent. */
  readonly history: readonly PositionRow[]
}

/** Group positions by issue × party (the party's state), history ordered by date. */
export function issueBoard(db: Db): BoardGroup[] {
  const groups = new Map<string, { issue: string; party: string; history: PositionRow[] }>()
  for (const row of listPositions(db)) {
    const key = `${row.issue}\u0000${row.record.party.country}`
    const g = groups.get(key) ?? { issue: row.issue, party: row.record.party.country, history: [] }
    g.history.push(row)
    groups.set(key, g)
  }
  for (const g of groups.values()) g.history.sort((a, b) => (a.when ?? '').localeCompare(b.when ?? ''))
  return [...groups.values()]
}

export interface RoundGroup {
  readonly date: string | null
  readonly location: string | null
  readonly meetings: readonly EventRow[]
  readonly outcomes: readonly EventRow[]
}

const OUTCOME_TYPES = ['AGREE', 'REJECT', 'SUPPORT'] as const
const ALL = { limit: 1_000_000, offset: 0 }

/** Rounds of talks, most recent first; meetings with no date are not rounds. */
export function rounds(db: Db): RoundGroup[] {
  const groups = new Map<string, { date: string; location: string | null; meetings: EventRow[]; outcomes: EventRow[] }>()
  const keyOf = (e: EventRow) => {
    const date = e.correction?.action === 'edit' ? dateOfPatch(e) : e.record.date?.value ?? null
    const location = e.correction?.action === 'edit' && e.correction.patch && 'location' in e.correction.patch
      ? (e.correction.patch['location'] as string | null) : e.record.location?.name ?? null
    return { date, location, key: `${date}|${(location ?? '').toLowerCase()}` }
  }
  for (const e of listEvents(db, { types: ['CONSULT'] }, ALL).rows) {
    const k = keyOf(e)
    if (!k.date) continue
    const g = groups.get(k.key) ?? { date: k.date, location: k.location, meetings: [], outcomes: [] }
    g.meetings.push(e)
    groups.set(k.key, g)
  }
  for (const e of listEvents(db, { types: [...OUTCOME_TYPES] }, ALL).rows) groups.get(keyOf(e).key)?.outcomes.push(e)
  return [...groups.values()].sort((a, b) => b.date.localeCompare(a.date))
}

function dateOfPatch(e: EventRow): string | null {
  const patch = e.correction?.patch
  if (patch && 'date' in patch) return (patch['date'] as { value: string } | null)?.value ?? null
  return e.record.date?.value ?? null
}
