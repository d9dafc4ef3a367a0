/** Test helpers: run the actors stage on one sentence-per-line text. */
import type { ActorMention } from '../../core/doc.js'
import { findActors, loadActorKb } from './index.js'

export function unitOf(text: string, language: string) {
  const sentences = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.trim()) sentences.push({ start, end: start + line.length, index: sentences.length })
    start += line.length + 1
  }
  return { text, language, sentences }
}

export function actorsIn(text: string, language: string, files: readonly string[] = []): ActorMention[] {
  return findActors(unitOf(text, language), loadActorKb(files))
}

/** "ID/SECTOR/via" for each mention, for compact expectations. */
export function ids(text: string, language: string, files: readonly string[] = []): string[] {
  return [...new Set(actorsIn(text, language, files).map((m) => m.actor.id))].sort()
}
