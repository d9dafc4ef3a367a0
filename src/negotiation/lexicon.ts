/**
 * Stance language data: src/languages/<iso>/positions.yaml (cue words for
 * propose / demand / accept / reject, and the small words that change them:
 * negators, "not yet", "could", "ready to", reporting verbs, pronouns...),
 * plus the settings in src/languages/_base/positions.yaml. Compiled once per
 * language into two matchers.
 */
import { z } from 'zod'
import type { Stance } from '../core/doc.js'
import { allLanguageData, languageData } from '../languages/index.js'
import { CueMatcher } from './patterns.js'
import { foldModeFor, foldWord } from './tokens.js'

const List = z.array(z.string().min(1)).default([])
/**
 * verbs: the holder is the subject or speaker; nouns: the holder may be the possessor ("Armenia's proposal");
 * charges: words for what the other side did wrong ("illegal", "ethnic cleansing"): the holder is whoever
 * says it, never the actor it is said of ("Baku's illegal blockade").
 */
const StanceCues = z.object({ verbs: List, nouns: List, charges: List }).default({ verbs: [], nouns: [], charges: [] })

export const PositionsLanguageSchema = z.object({
  /** Subject-first (SOV) languages: a cue's subject is the first party of its clause, not the nearest. */
  subject_first: z.boolean().default(false),
  stances: z.object({ propose: StanceCues, demand: StanceCues, accept: StanceCues, reject: StanceCues }),
  /** "ready to", "willing to": defers to the next stance cue of the clause, else propose. */
  ready: List,
  /** "could", "may": an accept cue next to it becomes propose ("could sign"). */
  possible: List,
  /** Just before an accept or propose cue, it becomes reject ("will not agree"). */
  negators: List,
  /** Just after a cue, for languages that negate after the verb (az "razı deyil"). */
  negators_after: List,
  /** "not yet", "have not agreed": no position; the accept cue it governs is dropped. */
  open: List,
  /** Reporting verbs: the actor before them (or right after) is the speaker. */
  speech: List,
  /** "according to": the actor after it is the speaker. */
  attribution: List,
  /** Third-person pronouns: the party named just before, or in the previous sentence. */
  pronouns: List,
  /** "we", "our": the speaker. */
  first_person: List,
  /** "both sides", "the parties": every party. */
  collectives: List,
  /** "the ministers", "the two leaders": the parties just named (this or the previous sentence). */
  plural_refs: List,
  /** "these preconditions": a noun cue that points back at someone's earlier position states none. */
  demonstratives: List,
  /** Joins coordinated actors ("Armenia and Azerbaijan"). */
  conjunctions: List,
  /** A noun cue's possessor may follow after one of these ("proposal of Armenia"). */
  connectors: List,
  /** Words that start a new clause ("while", "but"); ';' always does. */
  clause_breaks: List,
  /** "unacceptable for Yerevan": the actor after it holds the charge before it. */
  evaluators: List,
  /** Case endings that make a name no subject ("Ermənistanın", "Հայաստանի"); subject-first languages. */
  oblique_tails: List,
  /** Phrases that contain a cue word but are no cue ("thư ký" secretary, "a sign of"): cues inside them are void. */
  neutral: List,
})
export type PositionsLanguage = z.infer<typeof PositionsLanguageSchema>

export const PositionsBaseSchema = z.object({
  gap: z.number().int().min(0).default(4),
  possessor_before: z.number().int().min(0).default(2),
  possessor_after: z.number().int().min(0).default(2),
  speaker_window: z.number().int().min(1).default(8),
  negation_window: z.number().int().min(1).default(2),
  open_window: z.number().int().min(0).default(3),
  modal_window: z.number().int().min(1).default(3),
  coordination_gap: z.number().int().min(0).default(3),
  max_evidence_tokens: z.number().int().min(10).default(80),
})
export type PositionsBase = z.infer<typeof PositionsBaseSchema>

export type MarkerKind = Exclude<keyof PositionsLanguage, 'stances' | 'subject_first' | 'oblique_tails'>
export const MARKER_KINDS: readonly MarkerKind[] = [
  'ready', 'possible', 'negators', 'negators_after', 'open', 'speech', 'attribution',
  'pronouns', 'first_person', 'collectives', 'plural_refs', 'demonstratives', 'conjunctions', 'connectors', 'clause_breaks', 'neutral', 'evaluators',
]
export const STANCES: readonly Stance[] = ['propose', 'demand', 'accept', 'reject']

export interface StanceTag {
  readonly stance: Stance
  readonly kind: 'verb' | 'noun' | 'charge'
}

export interface Lexicon {
  readonly settings: PositionsBase
  readonly subjectFirst: boolean
  /** Folded oblique case endings. */
  readonly obliqueTails: ReadonlySet<string>
  readonly stances: CueMatcher<StanceTag>
  readonly markers: CueMatcher<MarkerKind>
}

export function baseSettings(): PositionsBase {
  return languageData('positions', '_base', PositionsBaseSchema) ?? PositionsBaseSchema.parse({})
}

/** The language's own data, or every language's merged when it has none ('und', or a new language). */
function dataFor(language: string): PositionsLanguage[] {
  const own = /^[a-z]{2,3}$/.test(language) ? languageData('positions', language, PositionsLanguageSchema) : null
  return own ? [own] : [...allLanguageData('positions', PositionsLanguageSchema).values()]
}

const cache = new Map<string, Lexicon>()

export function lexiconFor(language: string): Lexicon {
  const cached = cache.get(language)
  if (cached) return cached
  const settings = baseSettings()
  const mode = foldModeFor(language)
  const data = dataFor(language)
  const stanceEntries: [string, StanceTag][] = []
  const markerEntries: [string, MarkerKind][] = []
  for (const d of data) {
    for (const stance of STANCES) {
      for (const term of d.stances[stance].verbs) stanceEntries.push([term, { stance, kind: 'verb' }])
      for (const term of d.stances[stance].nouns) stanceEntries.push([term, { stance, kind: 'noun' }])
      for (const term of d.stances[stance].charges) stanceEntries.push([term, { stance, kind: 'charge' }])
    }
    for (const kind of MARKER_KINDS) for (const term of d[kind]) markerEntries.push([term, kind])
  }
  const lexicon = {
    settings,
    subjectFirst: data.length === 1 && data[0]!.subject_first,
    obliqueTails: new Set(data.length === 1 ? data[0]!.oblique_tails.map((t) => foldWord(t, mode)) : []),
    stances: new CueMatcher(stanceEntries, mode, settings.gap),
    markers: new CueMatcher(markerEntries, mode, settings.gap),
  }
  cache.set(language, lexicon)
  return lexicon
}
