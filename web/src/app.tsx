/** The shell: header, navigation, and the current view (each view is its own lazily loaded chunk). */
import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react'
import type { Stats } from '../../src/api/contract.js'
import { useApi } from './api.js'
import { Loading } from './components/ui.js'
import { href, useRoute, type Route } from './router.js'
import { StatsContext } from './stats.js'

type View = LazyExoticComponent<ComponentType<{ route: Route }>>

const VIEWS: Record<string, { label: string; nav: boolean; component: View }> = {
  overview: { label: 'Overview', nav: true, component: lazy(() => import('./views/overview.js')) },
  timeline: { label: 'Timeline', nav: true, component: lazy(() => import('./views/timeline.js')) },
  issues: { label: 'Issues', nav: true, component: lazy(() => import('./views/issues.js')) },
  actors: { label: 'Actors', nav: true, component: lazy(() => import('./views/actors.js')) },
  map: { label: 'Map', nav: true, component: lazy(() => import('./views/map.js')) },
  documents: { label: 'Documents', nav: true, component: lazy(() => import('./views/documents.js')) },
  search: { label: 'Search', nav: true, component: lazy(() => import('./views/search.js')) },
  corrections: { label: 'Corrections', nav: true, component: lazy(() => import('./views/corrections.js')) },
  reader: { label: 'Reader', nav: false, component: lazy(() => import('./views/reader.js')) },
  event: { label: 'Event', nav: false, component: lazy(() => import('./views/event.js')) },
}

export function App() {
  const route = useRoute()
  const stats = useApi<Stats>('stats')
  const context = useMemo(() => ({ stats: stats.data, reload: stats.reload }), [stats.data, stats.reload])
  const current = VIEWS[route.view] ?? VIEWS['overview']!
  const active = route.view === 'reader' ? 'documents' : route.view
  const View = current.component
  return (
    <StatsContext.Provider value={context}>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>Skip to content</a>
      <header className="top">
        <a className="brand" href="#/overview" aria-label="Parley overview">
          <span className="logo" aria-hidden="true">P</span> Parley
        </a>
        <nav className="nav" aria-label="Views">
          {Object.entries(VIEWS).filter(([, v]) => v.nav).map(([id, v]) => (
            <a key={id} href={href(id)} aria-current={active === id ? 'page' : undefined}>{v.label}</a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <View route={route} />
        </Suspense>
      </main>
    </StatsContext.Provider>
  )
}
