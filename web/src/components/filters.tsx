/** The event filter bar: every value lives in the URL hash, so a filtered view can be shared. */
import { useEffect, useState, type FormEvent } from 'react'
import type { ActorSummary, Page, Stats } from '../../../src/api/contract.js'
import { useApi } from '../api.js'
import { FAMILY_LABEL, language, typeLabel } from '../format.js'
import { FAMILIES, PLOVER_TYPES_LIST } from '../plover.js'
import { go, type Route } from '../router.js'

export const FILTER_KEYS = ['type', 'family', 'actor', 'language', 'from', 'to', 'q', 'place', 'issue', 'status', 'doc'] as const

export function filtersOf(route: Route): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of FILTER_KEYS) {
    const v = route.params.get(k)
    if (v) out[k] = v
  }
  return out
}

export function FilterBar({ route, stats }: { route: Route; stats: Stats | null }) {
  const current = filtersOf(route)
  const [draft, setDraft] = useState(current)
  useEffect(() => setDraft(filtersOf(route)), [route])
  const actors = useApi<Page<ActorSummary>>('actors?limit=200')
  const set = (k: string, v: string) => setDraft((d) => ({ ...d, [k]: v }))
  const apply = (e?: FormEvent) => {
    e?.preventDefault()
    go(route.view, route.parts, draft)
  }
  const select = (k: string, v: string) => go(route.view, route.parts, { ...draft, [k]: v })
  return (
    <form className="filters" onSubmit={apply} aria-label="Filter events">
      <label>Family
        <select value={draft['family'] ?? ''} onChange={(e) => select('family', e.target.value)}>
          <option value="">All</option>
          {FAMILIES.map((f) => <option key={f} value={f}>{FAMILY_LABEL[f]}</option>)}
        </select>
      </label>
      <label>Type
        <select value={draft['type'] ?? ''} onChange={(e) => select('type', e.target.value)}>
          <option value="">All</option>
          {PLOVER_TYPES_LIST.map((t) => <option key={t} value={t}>{typeLabel(t)}</option>)}
        </select>
      </label>
      <label>Actor
        <select value={draft['actor'] ?? ''} onChange={(e) => select('actor', e.target.value)}>
          <option value="">Anyone</option>
          {(actors.data?.items ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </label>
      <label>Language
        <select value={draft['language'] ?? ''} onChange={(e) => select('language', e.target.value)}>
          <option value="">Any</option>
          {Object.keys(stats?.languages ?? {}).map((l) => <option key={l} value={l}>{language(l)}</option>)}
        </select>
      </label>
      <label>From <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" value={draft['from'] ?? ''} onChange={(e) => set('from', e.target.value)} size={10} /></label>
      <label>To <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" value={draft['to'] ?? ''} onChange={(e) => set('to', e.target.value)} size={10} /></label>
      <label className="grow">Words <input type="search" value={draft['q'] ?? ''} onChange={(e) => set('q', e.target.value)} placeholder="in the quote, any language" /></label>
      <div className="filter-buttons">
        <button type="submit">Apply</button>
        {Object.keys(current).length > 0 ? <button type="button" className="link" onClick={() => go(route.view, route.parts, {})}>Clear</button> : null}
      </div>
    </form>
  )
}
