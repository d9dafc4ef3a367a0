/**
 * maplibre-gl over a local GeoJSON basemap. The three things that make it
 * work offline: v6 has no default export (import * as), the worker is a
 * separate file whose URL must be set, and the server sends .mjs as
 * text/javascript (src/api/static.ts).
 */
import * as maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import countriesUrl from 'world-atlas/countries-50m.json?url'
import { useEffect, useRef, useState } from 'react'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { MapPoint } from '../views/map.js'

maplibregl.setWorkerUrl(workerUrl)

const COLOURS = ['match', ['get', 'family'],
  'verbal-cooperation', '#2f9e44', 'material-cooperation', '#1971c2', 'verbal-conflict', '#e8590c', 'material-conflict', '#c92a2a', '#adb5bd']

let basemap: Promise<GeoJSON.FeatureCollection> | null = null
function loadBasemap(): Promise<GeoJSON.FeatureCollection> {
  basemap ??= fetch(countriesUrl).then(async (r) => {
    const topology = (await r.json()) as Topology
    return feature(topology, topology.objects['countries']!) as unknown as GeoJSON.FeatureCollection
  })
  return basemap
}

function pointsGeoJson(points: readonly MapPoint[], selected: string | null): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { name: p.name, count: p.count, family: p.family, selected: p.name === selected ? 1 : 0 },
    })),
  }
}

export default function WorldMap({ points, mentioned, selected, onSelect }: { points: readonly MapPoint[]; mentioned: readonly MapPoint[]; selected: string | null; onSelect: (name: string) => void }) {
  const box = useRef<HTMLDivElement>(null)
  const map = useRef<maplibregl.Map | null>(null)
  const [ready, setReady] = useState(false)
  const fitted = useRef(false)
  const selectRef = useRef(onSelect)
  selectRef.current = onSelect
  useEffect(() => {
    let cancelled = false
    void loadBasemap().then((countries) => {
      if (cancelled || !box.current) return
      const m = new maplibregl.Map({
        container: box.current,
        style: {
          version: 8,
          sources: { countries: { type: 'geojson', data: countries }, events: { type: 'geojson', data: pointsGeoJson([], null) }, places: { type: 'geojson', data: pointsGeoJson([], null) } },
          layers: [
            { id: 'sea', type: 'background', paint: { 'background-color': '#dbe7f3' } },
            { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f8f9fa' } },
            { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#adb5bd', 'line-width': 0.6 } },
            { id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 3.5, 'circle-color': '#868e96', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
            {
              id: 'events', type: 'circle', source: 'events',
              paint: {
                'circle-radius': ['+', 5, ['*', 3, ['sqrt', ['get', 'count']]]],
                'circle-color': COLOURS as never,
                'circle-opacity': 0.85,
                'circle-stroke-color': ['case', ['==', ['get', 'selected'], 1], '#1f2a44', '#ffffff'],
                'circle-stroke-width': ['case', ['==', ['get', 'selected'], 1], 3, 1.5],
              },
            },
          ],
        },
        center: [40, 40],
        zoom: 3,
        attributionControl: false,
      })
      m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right')
      m.on('click', 'events', (e) => {
        const name = e.features?.[0]?.properties?.['name']
        if (typeof name === 'string') selectRef.current(name)
      })
      m.on('mouseenter', 'events', () => (m.getCanvas().style.cursor = 'pointer'))
      m.on('mouseleave', 'events', () => (m.getCanvas().style.cursor = ''))
      m.on('load', () => setReady(true))
      map.current = m
    })
    return () => {
      cancelled = true
      map.current?.remove()
      map.current = null
    }
  }, [])
  useEffect(() => {
    const m = map.current
    if (!m || !ready) return
    ;(m.getSource('events') as maplibregl.GeoJSONSource).setData(pointsGeoJson(points, selected))
    ;(m.getSource('places') as maplibregl.GeoJSONSource).setData(pointsGeoJson(mentioned, null))
    const all = [...points, ...mentioned]
    const chosen = points.find((p) => p.name === selected)
    if (chosen) m.easeTo({ center: [chosen.lon, chosen.lat], zoom: Math.max(m.getZoom(), 3), duration: 0 })
    else if (all.length > 0 && !fitted.current) {
      // Frame every place once; after that the analyst's pan and zoom are kept.
      const bounds = new maplibregl.LngLatBounds()
      for (const p of all) bounds.extend([p.lon, p.lat])
      m.fitBounds(bounds, { padding: 60, maxZoom: 5, animate: false })
      fitted.current = true
    }
  }, [points, mentioned, selected, ready])
  return <div ref={box} className="map-box" role="img" aria-label={`Map of ${points.length} places with events`} data-ready={ready ? '1' : '0'} />
}
