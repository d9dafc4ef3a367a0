/**
 * Modality pass: announced, planned, promised or possible events are
 * `future: true`. Per PLOVER, a future CONSULT, SUPPORT, COOPERATE or AID is
 * coded AGREE (a promised meeting is an agreement to meet); future RETREAT
 * and CONCEDE keep their type.
 */
import type { PloverType } from '../core/doc.js'
import type { DocView, SentenceView } from './context.js'
import { hasCueAfter, hasCueBefore, hasSuffix } from './cue-window.js'
import type { Trigger } from './triggers.js'

/** Words after a trigger that still belong to its verb in verb-final languages. */
const VERB_TAIL = 2

const BECOMES_AGREE: ReadonlySet<PloverType> = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID'])

export function isFuture(doc: DocView, s: SentenceView, t: Trigger, floor: number): boolean {
  if (t.payload.flags.has('future') || t.payload.prefixFuture) return true
  if (t.payload.flags.has('past')) return false
  const w = doc.lang.futureWindow
  if (hasCueBefore(s, t, 'past', w, floor)) return false
  const cue =
    hasCueBefore(s, t, 'future', w, floor) ||
    hasCueBefore(s, t, 'modal', w, floor) ||
    hasCueAfter(s, t, 'future-after', w) ||
    // Verb-final: "işbirliğine hazır", "imzalaya bilərik" — the modal follows.
    (doc.lang.sov && hasCueAfter(s, t, 'modal', VERB_TAIL))
  return cue || hasSuffix(doc, t, doc.lang.futureSuffixes)
}

export function futureType(type: PloverType, future: boolean): PloverType {
  return future && BECOMES_AGREE.has(type) ? 'AGREE' : type
}
