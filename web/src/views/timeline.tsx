/**
 * Timeline: events over time in four lanes, one per PLOVER family, with the
 * filter bar; clicking a dot or a line opens the event with its quotes.
 */
import { useMemo } from 'react'
import type { EventView, Page } from '../../../src/api/contract.js'
import { qs, useApi } from '../api.js'
import { EventPanel } from '../components/event-panel.js'
import { FilterBar, filtersOf } from '../components/filters.js'
import { Empty, ErrorBox, EventLine, Loading, Pager } from '../components/ui.js'
import { FAMILY_LABEL, formatDate, plural, typeLabel } from '../format.js'
import { FAMILIES } from '../plover.js'
import { go, type Route } from '../router.js'
import { useReloadStats, useStats } from '../stats.js'

const LIMIT = 100

export default function Timeline({ route }: { route: Route }) {
  const filters = filtersOf(route)
  const offset = Number(route.params.get('offset') ?? 0) || 0
  const selected = route.params.get('event')
  const chart = useApi<Page<EventView>>(`events${qs({ ...filters, limit: 500 })}`)
  const list = useApi<Page<EventView>>(`events${qs({ ...filters, limit: LIMIT, offset })}`)
  const stats = useStats()
  const reloadStats = useReloadStats()
  const open = (e: EventView) => go('timeline', [], { ...filters, offset: offset || null, event: `${e.doc}/${e.id}` })
  const [doc, id] = selected?.split('/') ?? []
  return (
    <div className="timeline-view">
      <h1 className="page-title">Timeline {list.data ? <span className="muted small">{plural(list.data.total, 'event')}</span> : null}</h1>
      <FilterBar route={route} stats={stats} />
      {chart.error ? <ErrorBox error={chart.error} /> : null}
      {chart.data ? <Chart events={chart.data.items} onOpen={open} selected={selected} /> : <Loading />}
      <div className={`split${doc && id ? ' with-panel' : ''}`}>
        <section className="panel" aria-label="Events">
          {list.data?.total === 0 ? (
            <Empty><p>No events match these filters{Object.keys(filters).length ? '' : ' yet: the store holds no coded events'}.</p></Empty>
          ) : null}
          <ul className="event-list">
            {(list.data?.items ?? []).map((e) => (
              <EventLine key={`${e.doc}/${e.id}`} e={e} onOpen={open} selected={selected === `${e.doc}/${e.id}`} />
            ))}
          </ul>
          {list.data ? <Pager total={list.data.total} limit={LIMIT} offset={offset} onPage={(o) => go('timeline', [], { ...filters, offset: o })} /> : null}
        </section>
        {doc && id ? (
          <aside className="panel side" aria-label="Selected event">
            <EventPanel doc={doc} id={id} onClose={() => go('timeline', [], { ...filters, offset: offset || null })} onChanged={() => (list.reload(), chart.reload(), reloadStats())} />
          </aside>
        ) : null}
      </div>
    </div>
  )
}

const W = 1000
const LANE = 34
const TOP = 8
const LEFT = 150

/** Months from the first to the last dated event; an SVG dot per event, jittered within its lane. */
function Chart({ events, onOpen, selected }: { events: readonly EventView[]; onOpen: (e: EventView) => void; selected: string | null }) {
  const dated = useMemo(() => events.filter((e) => e.date), [events])
  if (dated.length === 0) return <p className="muted chart-empty">No dated events to place on the timeline.</p>
  const toMonths = (v: string) => Number(v.slice(0, 4)) * 12 + (Number(v.slice(5, 7) || 1) - 1) + (Number(v.slice(8, 10) || 15) - 1) / 31
  const values = dated.map((e) => toMonths(e.date!.value))
  const lo = Math.floor(Math.min(...values)) - 1
  const hi = Math.ceil(Math.max(...values)) + 1
  const x = (m: number) => LEFT + ((m - lo) / (hi - lo)) * (W - LEFT - 10)
  const height = TOP + LANE * FAMILIES.length + 24
  const step = Math.max(1, Math.ceil((hi - lo) / 12))
  const ticks = Array.from({ length: Math.floor((hi - lo) / step) + 1 }, (_, i) => lo + i * step).filter((t) => x(t) <= W - 40)
  const seen = new Map<string, number>()
  const undated = events.length - dated.length
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label="Events over time by PLOVER family">
        {FAMILIES.map((f, i) => (
          <g key={f}>
            <rect x={LEFT} y={TOP + i * LANE} width={W - LEFT - 10} height={LANE - 4} className={`lane fam-lane-${f}`} />
            <text x={LEFT - 8} y={TOP + i * LANE + LANE / 2 + 2} textAnchor="end" className="lane-label">{FAMILY_LABEL[f]}</text>
          </g>
        ))}
        {ticks.map((t) => (
          <text key={t} x={x(t)} y={height - 6} textAnchor="middle" className="tick">{formatDate(`${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`)}</text>
        ))}
        {dated.map((e) => {
          const lane = FAMILIES.indexOf(e.family)
          const cx = x(toMonths(e.date!.value))
          const bucket = `${lane}:${Math.round(cx / 6)}`
          const k = seen.get(bucket) ?? 0
          seen.set(bucket, k + 1)
          const cy = TOP + lane * LANE + (LANE - 4) / 2 + ((k % 3) - 1) * 8
          const label = `${typeLabel(e.type)}, ${formatDate(e.date?.value)}${e.location ? `, ${e.location.name}` : ''}`
          const isSelected = selected === `${e.doc}/${e.id}`
          return (
            <circle key={`${e.doc}/${e.id}`} cx={cx} cy={cy} r={isSelected ? 8 : 6} className={`dot fam-dot-${e.family}${isSelected ? ' selected' : ''}`}
              tabIndex={0} role="button" aria-label={label} onClick={() => onOpen(e)}
              onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && (k.preventDefault(), onOpen(e))}>
              <title>{label}</title>
            </circle>
          )
        })}
      </svg>
      <figcaption className="legend">
        {FAMILIES.map((f) => <span key={f}><span className={`swatch fam-bg-${f}`} /> {FAMILY_LABEL[f]}</span>)}
        {undated > 0 ? <span className="muted">{plural(undated, 'undated event')} listed below</span> : null}
      </figcaption>
    </figure>
  )
}
