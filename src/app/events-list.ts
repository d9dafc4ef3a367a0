/**
 * The merged events (clusters) the store holds, streamed in date order
 * (undated last), each with its sides, best date and place, how many reports,
 * outlets and languages carry it, whether it is contested, and on request
 * every mention's document, language and quote (in the report's language).
 *
 *   for (const e of listEvents(store, { type: 'CONSULT', mentions: true })) console.log(formatEvent(e).join('\n'))
 *   // c1a2b3c4d5e6f  CONSULT  2023-05-01  Washington  ARM+AZE via USA  2 reports, 2 languages (en, vi)
 *   //     [en] talks.html 2023-05-02 e1: "The foreign ministers met in Washington on 1 May."
 */
import { PLOVER_TYPES, type EventRecord, type PartialDate } from '../core/doc.js'
import { ParleyError } from '../core/errors.js'
import type { Contest, Version } from '../merge/index.js'
import type { SqliteStore } from '../store/index.js'

export interface EventListOptions {
  readonly type?: string
  /** Include each mention's document, language and quote. */
  readonly mentions?: boolean
}

export interface MentionView {
  readonly document: string
  readonly source: string
  readonly url: string | null
  readonly language: string
  readonly published: string | null
  readonly event: string
  readonly type: string
  readonly negated: boolean
  readonly attributed_to: string | null
  readonly quote: string
  /** Why it joined the cluster (null for the mention that started it). */
  readonly merge: { readonly rule: string; readonly reason: string } | null
}

export interface EventView {
  readonly kind: 'cluster'
  readonly id: string
  readonly type: string
  readonly negated: boolean
  readonly date: PartialDate | null
  readonly place: { readonly name: string; readonly country: string | null; readonly lat: number | null; readonly lon: number | null } | null
  readonly source: readonly string[]
  readonly target: readonly string[]
  readonly mediators: readonly string[]
  readonly reports: number
  readonly mentions: number
  readonly outlets: number
  readonly languages: readonly string[]
  readonly first_reported: string | null
  readonly last_reported: string | null
  readonly contested: readonly Contest[]
  readonly versions: readonly Version[]
  readonly evidence?: readonly MentionView[]
}

interface ClusterRow {
  id: string; type: string; negated: number; date_value: string | null; date_precision: string | null
  place: string | null; place_country: string | null; lat: number | null; lon: number | null
  sources: string; targets: string; mediators: string; reports: number; mentions: number; outlets: number
  languages: string; first_reported: string | null; last_reported: string | null; contested: string | null; versions: string
}

const list = (s: string) => (s === '' ? [] : s.split(/[+,]/))

export function* listEvents(store: SqliteStore, options: EventListOptions = {}): Generator<EventView> {
  const type = options.type?.toUpperCase()
  if (type !== undefined && !(PLOVER_TYPES as readonly string[]).includes(type)) {
    throw new ParleyError('PARLEY_USAGE', `Unexpected type \`${options.type}\`, expected one of: ${PLOVER_TYPES.join(', ')}`)
  }
  const statement = store.db.prepare(
    `SELECT * FROM clusters ${type ? 'WHERE type = ?' : ''}
     ORDER BY date_value IS NULL, date_value, first_reported, seq`,
  )
  const mentions = store.db.prepare(MENTIONS_SQL)
  for (const row of statement.iterate(...(type ? [type] : [])) as IterableIterator<ClusterRow>) {
    const view = viewOf(row)
    yield options.mentions ? { ...view, evidence: (mentions.all(row.id) as MentionRow[]).map(mentionView) } : view
  }
}

function viewOf(row: ClusterRow): EventView {
  return {
    kind: 'cluster', id: row.id, type: row.type, negated: row.negated === 1,
    date: row.date_value && row.date_precision ? { value: row.date_value, precision: row.date_precision as PartialDate['precision'] } : null,
    place: row.place ? { name: row.place, country: row.place_country, lat: row.lat, lon: row.lon } : null,
    source: list(row.sources), target: list(row.targets), mediators: list(row.mediators),
    reports: row.reports, mentions: row.mentions, outlets: row.outlets, languages: list(row.languages),
    first_reported: row.first_reported, last_reported: row.last_reported,
    contested: row.contested ? (list(row.contested) as Contest[]) : [],
    versions: JSON.parse(row.versions) as Version[],
  }
}

const MENTIONS_SQL = `
  SELECT e.doc_id, e.id, e.record, d.source, d.url, d.language, d.published, m.rule_id, m.reason
  FROM events e JOIN documents d ON d.id = e.doc_id
  LEFT JOIN event_merges m ON m.doc_id = e.doc_id AND m.event_id = e.id
  WHERE e.cluster = ?
  ORDER BY d.published IS NULL, d.published, d.ingested_at, d.source, e.sentence, e.id`

interface MentionRow {
  doc_id: string; id: string; record: string; source: string; url: string | null; language: string
  published: string | null; rule_id: string | null; reason: string | null
}

function mentionView(r: MentionRow): MentionView {
  const e = JSON.parse(r.record) as EventRecord
  return {
    document: r.doc_id, source: r.source, url: r.url, language: r.language, published: r.published, event: r.id,
    type: e.type, negated: e.negated, attributed_to: e.attributed_to?.country ?? null, quote: e.evidence.text,
    merge: r.rule_id && r.reason ? { rule: r.rule_id, reason: r.reason } : null,
  }
}

const sides = (v: { source: readonly string[]; target?: readonly string[]; mediators?: readonly string[] }) =>
  [v.source.join('+') || '?', v.target?.length ? `→ ${v.target.join('+')}` : '', v.mediators?.length ? `via ${v.mediators.join('+')}` : '']
    .filter((x) => x !== '')
    .join(' ')

const oneLine = (quote: string, max = 200) => {
  const flat = quote.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Human-readable lines for one event: the summary line, then versions and mentions when present. */
export function formatEvent(e: EventView): string[] {
  const reports = `${e.reports} report${e.reports === 1 ? '' : 's'}, ${e.languages.length} language${e.languages.length === 1 ? '' : 's'} (${e.languages.join(', ')})`
  const head = [e.id, `${e.type}${e.negated ? ' (negated)' : ''}`, e.date?.value ?? 'undated', e.place?.name ?? '-', sides(e), reports]
  if (e.contested.length > 0) head.push(`CONTESTED (${e.contested.join(', ')})`)
  const lines = [head.join('  ')]
  if (e.contested.length > 0) {
    for (const v of e.versions) {
      const who = v.attributedTo.length ? `according to ${v.attributedTo.join(', ')}` : 'first-hand'
      lines.push(`    version: ${v.negated ? 'denies ' : ''}${sides(v)}, ${who}, ${v.mentions} mention${v.mentions === 1 ? '' : 's'}: [${v.example.language}] "${oneLine(v.example.quote)}"`)
    }
  }
  for (const m of e.evidence ?? []) {
    lines.push(`    [${m.language}] ${m.source}${m.published ? ` ${m.published}` : ''} ${m.event}: "${oneLine(m.quote)}"`)
  }
  return lines
}
