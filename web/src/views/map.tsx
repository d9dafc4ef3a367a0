/**
 * The map: events placed on an offline world map. The basemap is the
 * world-atlas 50m countries bundled with the app (no tile server, no
 * network); points are sized by the number of events at a place and coloured
 * by their most frequent PLOVER family. A point or a place in the list opens
 * the events reported there.
 */
import { lazy, Suspense, useMemo } from 'react'
import type { EventView, Page, PlaceSummary } from '../../../src/api/contract.js'
import { qs, useApi } from '../api.js'
import { FilterBar, filtersOf } from '../components/filters.js'
import { Empty, ErrorBox, EventLine, Loading, Panel } from '../components/ui.js'
import { plural } from '../format.js'
import type { Family } from '../plover.js'
import { go, type Route } from '../router.js'
import { useStats } from '../stats.js'

const WorldMap = lazy(() => import('../components/world-map.js'))

export interface MapPoint {
  readonly name: string
  readonly lat: number
  readonly lon: number
  readonly count: number
  readonly family: Family | 'place'
  readonly events: readonly EventView[]
}

function pointsOf(events: readonly EventView[]): MapPoint[] {
  const byPlace = new Map<string, { name: string; lat: number; lon: number; events: EventView[] }>()
  for (const e of events) {
    const l = e.location
    if (!l || l.lat === null || l.lon === null) continue
    const key = `${l.name.toLowerCase()}|${l.lat.toFixed(2)}|${l.lon.toFixed(2)}`
    const p = byPlace.get(key) ?? { name: l.name, lat: l.lat, lon: l.lon, events: [] }
    p.events.push(e)
    byPlace.set(key, p)
  }
  return [...byPlace.values()].map((p) => {
    const counts = new Map<Family, number>()
    for (const e of p.events) counts.set(e.family, (counts.get(e.family) ?? 0) + 1)
    const family = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'verbal-cooperation'
    return { ...p, count: p.events.length, family }
  }).sort((a, b) => b.count - a.count)
}

export default function MapView({ route }: { route: Route }) {
  const filters = filtersOf(route)
  const { place, ...eventFilters } = filters
  const events = useApi<Page<EventView>>(`events${qs({ ...eventFilters, located: 1, limit: 500 })}`)
  const places = useApi<Page<PlaceSummary>>('places?limit=500')
  const stats = useStats()
  const points = useMemo(() => pointsOf(events.data?.items ?? []), [events.data])
  const mentioned = useMemo<MapPoint[]>(
    () => (places.data?.items ?? []).filter((p) => !points.some((x) => x.name.toLowerCase() === p.name.toLowerCase()))
      .map((p) => ({ name: p.name, lat: p.lat, lon: p.lon, count: 0, family: 'place', events: [] })),
    [places.data, points],
  )
  const selected = place ? points.find((p) => p.name.toLowerCase() === place.toLowerCase()) ?? null : null
  const select = (name: string | null) => go('map', [], { ...filters, place: name })
  return (
    <div>
      <h1 className="page-title">Map {events.data ? <span className="muted small">{plural(events.data.total, 'located event')} · {plural(points.length, 'place')}</span> : null}</h1>
      <FilterBar route={route} stats={stats} />
      {events.error ? <ErrorBox error={events.error} /> : null}
      <div className={`split${selected ? ' with-panel' : ''}`}>
        <section className="panel">
          <Suspense fallback={<div className="map-box"><Loading /></div>}>
            <WorldMap points={points} mentioned={mentioned} selected={selected?.name ?? null} onSelect={select} />
          </Suspense>
          {events.data && points.length === 0 ? <Empty><p>No event with a known place{Object.keys(eventFilters).length ? ' matches these filters' : ' yet'}; grey dots are places the reports mention.</p></Empty> : null}
          <ul className="place-list" aria-label="Places">
            {points.map((p) => (
              <li key={`${p.name}${p.lat}`}>
                <button type="button" aria-pressed={selected?.name === p.name} onClick={() => select(p.name)}>
                  <span className={`swatch fam-bg-${p.family}`} /> {p.name} <span className="muted">{p.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        {selected ? (
          <aside className="panel side" aria-label={`Events in ${selected.name}`}>
            <header className="event-panel-head">
              <h3>{selected.name} <span className="muted small">{plural(selected.count, 'event')}</span></h3>
              <button type="button" className="close" aria-label="Close place" onClick={() => select(null)}>×</button>
            </header>
            <ul className="event-list compact">
              {selected.events.map((e) => <EventLine key={`${e.doc}/${e.id}`} e={e} onOpen={(x) => go('event', [x.doc, x.id])} />)}
            </ul>
          </aside>
        ) : null}
      </div>
    </div>
  )
}
