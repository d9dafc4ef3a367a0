/**
 * An http(s) URL: fetched with a timeout over the whole exchange, a size limit
 * checked while the body streams in (and up front from Content-Length),
 * redirects followed by hand so that each hop is counted and only http(s)
 * targets are followed (never file:, data:, ...). Feed or page is decided from
 * the content type and a sniff of the first bytes.
 */
import { binaryReason } from '../binary.js'
import { failure, formatBytes, type InputItem, type Limits } from '../items.js'
import { kindOfResponse } from '../kinds.js'
import { itemsFromBytes } from './bytes.js'

interface Fetched {
  readonly bytes: Uint8Array
  readonly contentType: string
  /** The URL after redirects. */
  readonly url: string
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
  'user-agent': 'Parley/0.1 (news ingest)',
}

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input)
}

/** A string that names a URL scheme Parley does not fetch ("ftp://", "file://"...). */
export function isOtherScheme(input: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(input) && !isHttpUrl(input)
}

function charsetOf(contentType: string): string | null {
  return /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? null
}

/** Read the body, stopping as soon as it is larger than maxBytes. */
async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array | string> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    await response.body?.cancel()
    return `Unexpected response of ${formatBytes(declared)}, expected at most ${formatBytes(maxBytes)}`
  }
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body ?? []) {
    size += chunk.length
    if (size > maxBytes) {
      await response.body?.cancel().catch(() => undefined)
      return `Unexpected response over ${formatBytes(maxBytes)}, expected at most ${formatBytes(maxBytes)}`
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function networkReason(error: unknown, limits: Limits): string {
  const name = (error as Error | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError') return `Timed out after ${limits.timeoutMs} ms`
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
  return `Network error (${detail.split('\n')[0]})`
}

/** The next URL of a redirect, or a reason why it is not followed. */
function nextHop(response: Response, from: string, hop: number, limits: Limits): { url: string } | string {
  const location = response.headers.get('location')
  if (!location) return `HTTP ${response.status} redirect without a Location header`
  if (hop >= limits.maxRedirects) return `Too many redirects (more than ${limits.maxRedirects})`
  let next: URL
  try {
    next = new URL(location, from)
  } catch {
    return `Redirect to an invalid URL (${location.slice(0, 80)})`
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') return `Redirect to ${next.protocol} refused, only http(s) is followed`
  return { url: next.href }
}

async function fetchOnce(url: string, signal: AbortSignal): Promise<Response> {
  return fetch(url, { redirect: 'manual', signal, headers: HEADERS })
}

async function fetchBounded(start: string, limits: Limits): Promise<Fetched | string> {
  const signal = AbortSignal.timeout(limits.timeoutMs)
  let url = start
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetchOnce(url, signal)
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined)
        const next = nextHop(response, url, hop, limits)
        if (typeof next === 'string') return next
        url = next.url
        continue
      }
      if (response.status >= 400) {
        await response.body?.cancel().catch(() => undefined)
        return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      }
      const bytes = await readBounded(response, limits.maxBytes)
      if (typeof bytes === 'string') return bytes
      return { bytes, contentType: response.headers.get('content-type') ?? '', url }
    }
  } catch (error) {
    return networkReason(error, limits)
  }
}

export async function* readUrl(input: string, limits: Limits): AsyncGenerator<InputItem> {
  try {
    new URL(input)
  } catch {
    yield failure(input, 'fetch-failed', 'Unexpected malformed URL, expected http(s)://host/path')
    return
  }
  const fetched = await fetchBounded(input, limits)
  if (typeof fetched === 'string') {
    const rule = fetched.startsWith('Unexpected response') ? 'input-too-large' : 'fetch-failed'
    yield failure(input, rule, rule === 'fetch-failed' ? `Cannot fetch URL: ${fetched}` : fetched)
    return
  }
  const binary = binaryReason(fetched.bytes)
  const kind = kindOfResponse(fetched.contentType, fetched.url, fetched.bytes)
  if (binary === null && kind === null) {
    yield failure(input, 'unsupported-input', `Unexpected content type ${fetched.contentType || '(none)'}, expected HTML, a feed, text or JSONL`)
    return
  }
  const ctx = { source: input, kind: kind ?? 'text', url: fetched.url, transportCharset: charsetOf(fetched.contentType), maxBytes: limits.maxBytes }
  yield* itemsFromBytes(fetched.bytes, ctx)
}
