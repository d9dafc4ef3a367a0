/**
 * What kind of input a file name or an HTTP response is: the extension decides
 * for files; for URLs the content type and a sniff of the first bytes decide.
 */
import { extname } from 'node:path'

export type InputKind = 'text' | 'markdown' | 'html' | 'feed' | 'jsonl'

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
}

export function kindOfPath(path: string): InputKind | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null
}

export const KNOWN_EXTENSIONS = Object.keys(BY_EXTENSION)

/** The start of a document as Latin-1, enough to see its first tags. */
function head(bytes: Uint8Array): string {
  let start = 0
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  return Buffer.from(bytes.subarray(start, start + 2048)).toString('latin1')
}

/** The first element is a feed root (after the XML prolog, comments and a DOCTYPE). */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  const text = head(bytes).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '')
  return /^\s*<(rss|feed|rdf:rdf|rdf)\b/i.test(text)
}

export function looksLikeHtml(bytes: Uint8Array): boolean {
  return /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<p[\s>]|<div[\s>]/i.test(head(bytes))
}

/** The kind of an HTTP response from its content type, its URL and its first bytes. */
export function kindOfResponse(contentType: string, url: string, bytes: Uint8Array): InputKind | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (/(rss|atom|rdf)\+xml$/.test(type)) return 'feed'
  if (/ndjson|jsonl|json-seq/.test(type)) return 'jsonl'
  if (looksLikeFeed(bytes)) return 'feed'
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
  if (type === 'text/markdown') return 'markdown'
  const byPath = kindOfPath(new URL(url).pathname)
  if (byPath !== null && byPath !== 'feed') return byPath
  if (looksLikeHtml(bytes)) return 'html'
  if (type === '' || type.startsWith('text/')) return 'text'
  return null
}
