/**
 * Reported speech: where the trigger's own clause starts ("X said that |…")
 * and who speaks ("X said…", "…, said X", verb-final "X, '…' dedi").
 */
import type { DocView, Group, SentenceView } from './context.js'
import { cueTokens } from './cue-window.js'
import { roleOf } from './groups.js'
import type { Trigger } from './triggers.js'

/** Start of the trigger's own clause: after the last "said" / "that" before it in its segment. */
export function localFloor(s: SentenceView, t: Trigger): number {
  const cues = [...cueTokens(s, 'complementizer', t.segment.first, t.first), ...cueTokens(s, 'speech', t.segment.first, t.first)]
  return cues.length > 0 ? Math.max(...cues) + 1 : t.segment.first
}

const speaks = (g: Group) => roleOf(g) === 'plain' || roleOf(g) === 'attribution'

export function speakerGroup(doc: DocView, s: SentenceView, t: Trigger): Group | null {
  const before = [...cueTokens(s, 'speech', s.first, t.first), ...cueTokens(s, 'complementizer', s.first, t.first)]
  if (before.length > 0) {
    const cue = Math.max(...before)
    const g = s.groups.find((x) => x.last <= cue && speaks(x))
    if (g) return g
  }
  const later = cueTokens(s, 'speech', t.last, s.last)
  // Verb-final: "Baerbock, '...' dedi" — the speaker opens the sentence.
  if (doc.lang.sov && later.length > 0) return s.groups.find((x) => x.last <= t.first && speaks(x)) ?? null
  for (const cue of later) {
    const after = s.groups.find((x) => x.first > cue && x.first - cue <= 5 && speaks(x))
    if (after) return after
    const near = [...s.groups].reverse().find((x) => x.last <= cue && x.first >= t.last && cue - x.last <= 3 && speaks(x))
    if (near) return near
  }
  return null
}

/** "…, the statement said": speech with no actor next to its verb — the source named earlier still speaks. */
export function speechWithoutSpeaker(s: SentenceView): boolean {
  const cues = cueTokens(s, 'speech', s.first, s.last)
  if (cues.length === 0) return false
  return !cues.some((c) => s.groups.some((g) => speaks(g) && Math.min(Math.abs(g.first - c), Math.abs(c - g.last)) <= 4))
}
