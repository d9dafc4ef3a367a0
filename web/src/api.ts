/**
 * The dashboard's only way to the server: typed GETs against /api, a hook
 * that re-fetches when its URL changes, and the corrections POST with the
 * analyst's token (kept for the browser session only).
 */
import { useEffect, useState } from 'react'
import type { ApiError, CorrectionAction, RecordKind } from '../../src/api/contract.js'

export class RequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const message = (body as ApiError | null)?.error?.message ?? `HTTP ${res.status}`
    throw new RequestError(res.status, message)
  }
  return body as T
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(`api/${path}`, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) }))
}

export interface Loaded<T> {
  readonly data: T | null
  readonly error: RequestError | null
  readonly loading: boolean
  reload(): void
}

/** GET `path` (relative to /api) whenever it changes; null skips the request. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: RequestError | null; loading: boolean }>({ data: null, error: null, loading: path !== null })
  const [tick, setTick] = useState(0)
  useEffect(() => {
    if (path === null) return
    const abort = new AbortController()
    setState((s) => ({ ...s, loading: true, error: null }))
    get<T>(path, abort.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (abort.signal.aborted) return
        setState({ data: null, error: error instanceof RequestError ? error : new RequestError(0, String(error)), loading: false })
      },
    )
    return () => abort.abort()
  }, [path, tick])
  return { ...state, reload: () => setTick((n) => n + 1) }
}

const TOKEN_KEY = 'parley-token'

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY)
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token)
  else sessionStorage.removeItem(TOKEN_KEY)
  window.dispatchEvent(new Event('parley-token'))
}

/** Re-render when the token is set or cleared anywhere in the app. */
export function useToken(): string | null {
  const [token, set] = useState(getToken)
  useEffect(() => {
    const update = () => set(getToken())
    window.addEventListener('parley-token', update)
    return () => window.removeEventListener('parley-token', update)
  }, [])
  return token
}

export interface CorrectionRequest {
  readonly kind: RecordKind
  readonly doc: string
  readonly key: string
  readonly action: CorrectionAction
  readonly patch?: Record<string, unknown>
  readonly note?: string
}

export async function postCorrection(body: CorrectionRequest): Promise<void> {
  const token = getToken()
  await parse(await fetch('api/corrections', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  }))
}

/** Build a query string from the values that are set. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v))
  const s = search.toString()
  return s ? `?${s}` : ''
}
