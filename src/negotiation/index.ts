/**
 * The negotiation stage: negotiation positions, under a process profile.
 *
 * Takes a segmented document with its actor mentions, dates and PLOVER
 * events; gives the profile it applied and its positions: who (a party
 * state) wants what (propose / demand / accept / reject) on which agenda
 * issue, with a few English words of summary, the date stated, and the
 * sentence as evidence (evidence.text === text.slice(start, end)).
 *
 *   profiles/*.yaml                        parties, mediators, issues and their multilingual cue terms
 *   src/languages/<iso>/positions.yaml     stance cues and the words around them, per language
 *
 * Passes, per sentence: scan (./scan.ts: tokens, clauses, cues, actor slots)
 * → heads and their holders (./sentence-positions.ts, ./parties.ts) →
 * records (./record.ts). Example: "Phía Armenia muốn sử dụng bản đồ của Liên
 * Xô từ năm 1975 để xác định biên giới" with an ARM mention gives
 * { issue: 'border-delimitation', party: ARM, stance: 'propose',
 *   summary: 'border delimitation: Soviet maps, 1975' }.
 * Emits no messages.
 */
import type { ActorMention, DateMention, DocumentDate, EventRecord, PositionRecord } from '../core/doc.js'
import type { TextUnit } from '../core/unit.js'
import { lexiconFor } from './lexicon.js'
import { NO_TOPIC, type Topic } from './parties.js'
import { loadProfileSet } from './profiles.js'
import type { ProfileSet } from './profiles.js'
import { toRecord } from './record.js'
import { scanSentence } from './scan.js'
import { chooseProfile } from './select-profile.js'
import { positionsOfSentence, type Carried } from './sentence-positions.js'
import { issuesOfText } from './issue-matcher.js'
import type { Profile } from './profiles.js'
import { tokenize } from './tokens.js'

export type { ProfileSet } from './profiles.js'
export type { Profile }
export { PROFILES_DIR, readProfile, shippedProfiles } from './profiles.js'
export { chooseProfile } from './select-profile.js'

export interface PositionInput {
  readonly unit: TextUnit
  readonly actors: readonly ActorMention[]
  readonly events: readonly EventRecord[]
  readonly dates: readonly DateMention[]
  readonly published: DocumentDate | null
}

/** null = all shipped profiles, chosen per document; a name = a shipped profile; a path = a YAML file. */
export function loadProfiles(nameOrFile: string | null): ProfileSet {
  return loadProfileSet(nameOrFile)
}

const NOTHING: Carried = { issues: [], parties: [] }

export function findPositions(input: PositionInput, profiles: ProfileSet): { profile: string | null; positions: PositionRecord[] } {
  const choice = chooseProfile(profiles, input.actors, input.events)
  if (!choice) return { profile: null, positions: [] }
  const { profile, parties } = choice
  const { text, language, sentences } = input.unit
  const lexicon = lexiconFor(language)
  const positions: PositionRecord[] = []
  let topic: Topic = NO_TOPIC
  let previous: Carried = NOTHING
  let lastEnd = 0
  for (const sentence of sentences) {
    // Note: a new paragraph (a heading, a teaser) continues nothing.
    if (text.slice(lastEnd, sentence.start).includes('\n')) [topic, previous] = [NO_TOPIC, NOTHING]
    lastEnd = sentence.end
    const scan = scanSentence({ text, sentence, mentions: input.actors, parties, lexicon, profile, language })
    const ctx = { scan, text, settings: lexicon.settings, topic, parties, subjectFirst: lexicon.subjectFirst }
    const result = positionsOfSentence(ctx, previous, input.events)
    const rctx = { text, scan, profile, mentions: input.actors, dates: input.dates, events: input.events, maxTokens: lexicon.settings.max_evidence_tokens }
    positions.push(...result.drafts.map((d) => toRecord(rctx, d)))
    topic = result.topic
    // Carried issues keep no glosses: the next sentence's summary is its own.
    previous = {
      issues: [...new Set(result.drafts.map((d) => d.issue))].map((issue) => ({ start: 0, end: 0, value: { issue, gloss: '', weak: false } })),
      parties: [...new Set(result.drafts.map((d) => d.party))],
    }
  }
  return { profile: profile.data.id, positions }
}

/** The agenda issues a text names under a profile (for round outcomes and the reader). */
export function issuesIn(profile: Profile, language: string, text: string): string[] {
  return issuesOfText(profile, language, tokenize(text, lexiconFor(language).folding))
}
