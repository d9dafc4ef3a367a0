/**
 * Test helpers: a document as the negotiation stage receives it, built by
 * hand (sentences split on terminal punctuation, actor mentions found by
 * their surface forms), so tests depend on no other stage.
 */
import type { ActorMention, ActorType, EventRecord, PositionRecord, Sentence } from '../core/doc.js'
import type { TextUnit } from '../core/unit.js'
import { findPositions, loadProfiles, type ProfileSet } from './index.js'

export interface ActorSpec {
  readonly id: string
  readonly country?: string
  readonly type?: ActorType
  readonly sector?: string | null
  readonly via?: ActorMention['via']
}

/** Sentences: split after . ! ? and at line breaks. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = []
  const re = /[^.!?\n]+(?:[.!?]+["”»]?|$)/g
  for (const m of text.matchAll(re)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const start = (m.index ?? 0) + lead
    const end = (m.index ?? 0) + raw.trimEnd().length
    if (end > start) out.push({ start, end, index: out.length })
  }
  return out
}

const WORD = /[\p{L}\p{N}]/u

/** Every whole-word occurrence of each surface form, as an actor mention. */
export function mentionsOf(text: string, sentences: readonly Sentence[], actors: Readonly<Record<string, ActorSpec>>): ActorMention[] {
  const out: ActorMention[] = []
  const surfaces = Object.keys(actors).sort((a, b) => b.length - a.length)
  for (const surface of surfaces) {
    const spec = actors[surface]!
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length
      if (WORD.test(text[at - 1] ?? '') || out.some((m) => m.start < end && at < m.end)) continue
      const sentence = sentences.findIndex((s) => s.start <= at && end <= s.end)
      const type = spec.type ?? (spec.id === spec.id.toUpperCase() ? 'state' : 'person')
      out.push({
        kind: 'actor', start: at, end, text: surface, sentence, via: spec.via ?? 'name',
        actor: { id: spec.id, country: spec.country ?? spec.id, sector: spec.sector ?? 'GOV', type, name: surface },
      })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

export function unitOf(text: string, language: string): TextUnit {
  return { text, language, sentences: sentencesOf(text) }
}

let shipped: ProfileSet | null = null

/** Positions of a hand-made document under the shipped profiles (or a given set). */
export function positionsOf(
  text: string,
  language: string,
  actors: Readonly<Record<string, ActorSpec>>,
  options: { profiles?: ProfileSet; events?: EventRecord[] } = {},
): { profile: string | null; positions: PositionRecord[] } {
  const unit = unitOf(text, language)
  const profiles = options.profiles ?? (shipped ??= loadProfiles(null))
  return findPositions({ unit, actors: mentionsOf(text, unit.sentences, actors), events: options.events ?? [], dates: [], published: null }, profiles)
}

/** Compact view for assertions: 'issue/PARTY/stance'. */
export function brief(positions: readonly PositionRecord[]): string[] {
  return positions.map((p) => `${p.issue}/${p.party.country}/${p.stance}`)
}
