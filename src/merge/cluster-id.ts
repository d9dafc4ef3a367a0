/**
 * Stable cluster ids. A cluster is named after its first mention: its
 * document (the hash of the cleaned text), type and evidence offsets, which
 * survive re-ingestion and re-extraction of the same text, unlike event
 * numbers. Clusters are never renumbered or renamed when reports are added.
 */
import { createHash } from 'node:crypto'
import type { Mention } from './mention.js'

export function clusterIdFor(m: Pick<Mention, 'doc' | 'type' | 'start' | 'end'>): string {
  const hash = createHash('sha256').update(`${m.doc}|${m.type}|${m.start}-${m.end}`, 'utf8').digest('hex')
  return `c${hash.slice(0, 12)}`
}

/** The id for a mention when its natural id is taken (two events coded from one stretch of text). */
export function fallbackIdFor(m: Pick<Mention, 'doc' | 'type' | 'start' | 'end' | 'event'>): string {
  return `${clusterIdFor(m)}-${m.event}`
}
