/**
 * Looking for simple cues (negation, future, speech...) in a window of words
 * around a trigger, without crossing the trigger's clause.
 */
import type { DocView, SentenceView } from './context.js'
import type { CueKind } from './lexicon.js'
import type { Trigger } from './triggers.js'

/** Token indexes carrying `kind` in [from, to). */
export function cueTokens(s: SentenceView, kind: CueKind, from: number, to: number): number[] {
  const out: number[] = []
  for (let i = Math.max(from, s.first); i < Math.min(to, s.last); i++) {
    const kinds = s.cueAt.get(i) // (most words carry no cue)
    if (kinds !== undefined && kinds.includes(kind)) out.push(i)
  }
  return out
}

export function hasCueBefore(s: SentenceView, t: Trigger, kind: CueKind, window: number, floor: number): boolean {
  const from = Math.max(t.first - window, floor, t.segment.first)
  return cueTokens(s, kind, from, t.first).length > 0
}

export function hasCueAfter(s: SentenceView, t: Trigger, kind: CueKind, window: number): boolean {
  return cueTokens(s, kind, t.last, Math.min(t.last + window, t.segment.last)).length > 0
}

/** How many words after a trigger still belong to its verb in verb-final languages ("kabul etmedi"). */
const VERB_TAIL = 2

/**
 * Whether an inflectional suffix (Turkish "-madı", "-acak") marks the
 * trigger: on what follows its stem, inside its last word, or — in
 * verb-final languages — on the auxiliary words right after it.
 */
export function hasSuffix(doc: DocView, t: Trigger, suffixes: readonly string[]): boolean {
  if (suffixes.length === 0) return false
  const words = [t.tail]
  const lastWord = doc.norms[t.last - 1] ?? ''
  words.push(lastWord.slice(Math.min(3, lastWord.length)))
  if (doc.lang.sov) {
    for (let i = t.last; i < Math.min(t.last + VERB_TAIL, t.segment.last); i++) words.push(doc.norms[i] ?? '')
  }
  return words.some((w) => w !== '' && suffixes.some((x) => w.includes(x)))
}
