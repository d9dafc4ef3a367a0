/**
 * What the readers yield: one item per input (or per feed item / JSONL line),
 * either a decoded RawDoc or a failure that names what was wrong. Failures are
 * values, never exceptions, so one bad input never stops a batch.
 */
import type { RawDoc } from '../core/doc.js'

export type InputItem =
  | { readonly ok: true; readonly raw: RawDoc }
  | { readonly ok: false; readonly source: string; readonly ruleId: string; readonly reason: string }

export interface ReadOptions {
  /** Per-request timeout for URLs, in ms (default 15 000). */
  readonly timeoutMs?: number
  /** Largest page, text file, feed or JSONL line accepted, in bytes (default 20 MB). */
  readonly maxBytes?: number
  /** Redirects followed for one URL (default 5). */
  readonly maxRedirects?: number
}

export interface Limits {
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
}

export const DEFAULT_LIMITS: Limits = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 }

export function limitsFrom(options: ReadOptions): Limits {
  return {
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULT_LIMITS.maxRedirects,
  }
}

/** Stable rule ids of ingest failures (listed in docs/messages.md). */
export type IngestRule =
  | 'empty-input'
  | 'binary-input'
  | 'input-too-large'
  | 'unreadable-input'
  | 'malformed-feed'
  | 'malformed-jsonl-line'
  | 'unsupported-input'
  | 'fetch-failed'

export function failure(source: string, ruleId: IngestRule, reason: string): InputItem {
  return { ok: false, source, ruleId, reason }
}

export function success(raw: RawDoc): InputItem {
  return { ok: true, raw }
}

/** A RawDoc with every optional field null unless given. */
export function rawDoc(fields: Pick<RawDoc, 'source' | 'format' | 'body'> & Partial<RawDoc>): RawDoc {
  return {
    source: fields.source,
    format: fields.format,
    body: fields.body,
    url: fields.url ?? null,
    title: fields.title ?? null,
    published: fields.published ?? null,
    language: fields.language ?? null,
    encoding: fields.encoding ?? null,
  }
}

/** Human size for messages: 20 MB, 512 KB, 12 bytes. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`
  if (n >= 1024) return `${Math.round(n / 1024)} KB`
  return `${n} bytes`
}
