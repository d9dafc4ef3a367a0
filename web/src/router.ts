/**
 * Hash routing: `#/timeline?actor=ARM` → { view: 'timeline', parts: [], params }.
 * Links are plain `href="#/..."` so every view is reachable by keyboard and
 * shareable; `go()` updates the hash from code.
 */
import { useEffect, useState } from 'react'

export interface Route {
  readonly view: string
  readonly parts: readonly string[]
  readonly params: URLSearchParams
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  const [path = '', query = ''] = raw.split('?', 2)
  const [view = 'overview', ...parts] = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p))
  return { view, parts, params: new URLSearchParams(query) }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash))
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }, [])
  return route
}

/** `#/view/part?k=v` with empty values left out. */
export function href(view: string, parts: readonly string[] = [], params: Record<string, string | number | null | undefined> = {}): string {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v))
  const path = [view, ...parts].map(encodeURIComponent).join('/')
  const q = search.toString()
  return `#/${path}${q ? `?${q}` : ''}`
}

export function go(view: string, parts: readonly string[] = [], params: Record<string, string | number | null | undefined> = {}): void {
  window.location.hash = href(view, parts, params)
}
