/**
 * Negation pass: an event the text says did not happen is kept with
 * `negated: true` ("have not agreed", "chưa thống nhất", "не договорились",
 * "ne ... pas", "nicht", Turkish "-madı"). Cues come from cues.yaml: words
 * before the trigger, words after it ("failed"), suffixes on the trigger's
 * own word (or its auxiliary in verb-final languages), negative prefixes
 * (matched as trigger variants), and triggers negative in themselves
 * ("no breakthrough").
 */
import type { DocView, SentenceView } from './context.js'
import { hasCueAfter, hasCueBefore, hasSuffix } from './cue-window.js'
import type { Trigger } from './triggers.js'

export function isNegated(doc: DocView, s: SentenceView, t: Trigger, floor: number): boolean {
  if (t.payload.flags.has('negated') || t.payload.prefixNegated) return true
  return (
    hasCueBefore(s, t, 'neg-before', doc.lang.negationWindow, floor) ||
    hasCueAfter(s, t, 'neg-after', doc.lang.negationWindow) ||
    hasSuffix(doc, t, doc.lang.negationSuffixes)
  )
}
