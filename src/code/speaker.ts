/**
 * Reported speech: where the trigger's own clause starts ("X said that |…")
 * and who speaks ("X said…", "…, said X", verb-final "X, '…' dedi", or a
 * pronoun — "he stressed that…" — standing for the previous topic).
 */
import type { ActorRef } from '../core/doc.js'
import type { DocView, Group, SentenceView } from './context.js'
import { cueTokens } from './cue-window.js'
import { refsOf, roleOf } from './groups.js'
import type { Trigger } from './triggers.js'

export interface Speaker {
  readonly refs: ActorRef[]
  readonly group: Group | null
  /** The trigger is inside what is said (after "that", in a quote), not the act of saying. */
  readonly quoted: boolean
}

/** Start of the trigger's own clause: after the last "said" / "that" before it in its segment. */
export function localFloor(s: SentenceView, t: Trigger): number {
  const cues = [...cueTokens(s, 'complementizer', t.segment.first, t.first), ...cueTokens(s, 'speech', t.segment.first, t.first)]
  return cues.length > 0 ? Math.max(...cues) + 1 : t.segment.first
}

const speaks = (g: Group) => roleOf(g) === 'plain' || roleOf(g) === 'attribution'
const said = (group: Group, quoted: boolean): Speaker => ({ refs: refsOf(group.mentions), group, quoted })

function speakerBefore(s: SentenceView, t: Trigger, topic: readonly ActorRef[]): Speaker | null {
  const speech = cueTokens(s, 'speech', s.first, t.first)
  const that = cueTokens(s, 'complementizer', s.first, t.first)
  if (speech.length + that.length === 0) return null
  const cue = Math.max(...speech, ...that)
  const quoted = that.length > 0 || t.segment.first > cue
  const group = s.groups.find((x) => x.last <= cue && speaks(x))
  if (group) return said(group, quoted)
  if (cueTokens(s, 'pronoun', s.first, cue).length > 0 && topic.length > 0) return { refs: [...topic], group: null, quoted }
  return null
}

export function speakerOf(doc: DocView, s: SentenceView, t: Trigger, topic: readonly ActorRef[], quoting: readonly ActorRef[] = []): Speaker | null {
  const found = speakerIn(doc, s, t, topic)
  if (found) return found
  // The sentence goes on with a quotation opened earlier: its speaker still speaks.
  return quoting.length > 0 ? { refs: [...quoting], group: null, quoted: true } : null
}

function speakerIn(doc: DocView, s: SentenceView, t: Trigger, topic: readonly ActorRef[]): Speaker | null {
  const before = speakerBefore(s, t, topic)
  if (before) return before
  const later = cueTokens(s, 'speech', t.last, s.last)
  // Verb-final: "Baerbock, '...' dedi" — the speaker opens the sentence.
  if (doc.lang.sov && later.length > 0) {
    const opener = s.groups.find((x) => x.last <= t.first && speaks(x))
    return opener ? said(opener, true) : null
  }
  for (const cue of later) {
    const after = s.groups.find((x) => x.first > cue && x.first - cue <= 5 && speaks(x))
    if (after) return said(after, true)
    const near = [...s.groups].reverse().find((x) => x.last <= cue && x.first >= t.last && cue - x.last <= 3 && speaks(x))
    if (near) return said(near, true)
  }
  return null
}

/** The actor next to a speech verb of the sentence, if any. */
export function sentenceSpeaker(s: SentenceView): ActorRef[] {
  for (const c of cueTokens(s, 'speech', s.first, s.last)) {
    const g = s.groups.find((x) => speaks(x) && Math.min(Math.abs(x.first - c), Math.abs(c - x.last)) <= 5)
    if (g) return refsOf(g.mentions)
  }
  return []
}

/** "…, the statement said": speech with no actor next to its verb — the source named earlier still speaks. */
export function speechWithoutSpeaker(s: SentenceView): boolean {
  const cues = cueTokens(s, 'speech', s.first, s.last)
  if (cues.length === 0) return false
  return !cues.some((c) => s.groups.some((g) => speaks(g) && Math.min(Math.abs(g.first - c), Math.abs(c - g.last)) <= 4))
}
