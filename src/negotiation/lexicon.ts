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
import { foldingOf, foldWord, type Folding } from './tokens.js'

const List = z.array(z.string().min(1)).default([])
/**
 * verbs: the holder is the subject or speaker; nouns: the holder may be the possessor ("Armenia's proposal");
 * charges: words for what the other side did wrong ("illegal", "ethnic cleansing"): the holder is whoever
 * says it, never the actor it is said of ("Baku's illegal blockade");
 * obligations: "must", "phải", "должен": the speaker demands, the obliged subject does not.
 */
const StanceCues = z
  .object({ verbs: List, nouns: List, charges: List, obligations: List })
  .default({ verbs: [], nouns: [], charges: [], obligations: [] })

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
  /** A noun of saying's author may follow after one of these ("proposal of Armenia"). */
  connectors: List,
  /** Any noun cue's author may follow after one of these ("opposition from Yerevan", "sự phản đối của Armenia"). */
  agent_connectors: List,
  /** Postpositions of attribution: the source is named before ("Bakının nəzərincə", "Ankara'ya göre"). */
  attribution_before: List,
  /** Words that start a new clause ("while", "but"); ';' always does. */
  clause_breaks: List,
  /** "unacceptable for Yerevan": the actor after it holds the charge before it. */
  evaluators: List,
  /** Case endings that make a name no subject ("Ermənistanın", "Հայաստանի"); subject-first languages. */
  oblique_tails: List,
  /** Spelling variants matched as one: variant → form ("oà" → "òa" in Vietnamese). */
  spellings: z.record(z.string().min(1), z.string().min(1)).default({}),
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

export type MarkerKind = Exclude<keyof PositionsLanguage, 'stances' | 'subject_first' | 'oblique_tails' | 'spellings'>
export const MARKER_KINDS: readonly MarkerKind[] = [
  'ready', 'possible', 'negators', 'negators_after', 'open', 'speech', 'attribution',
  'pronouns', 'first_person', 'collectives', 'plural_refs', 'demonstratives', 'conjunctions', 'connectors', 'agent_connectors',
  'attribution_before', 'clause_breaks', 'neutral', 'evaluators',
]
export const STANCES: readonly Stance[] = ['propose', 'demand', 'accept', 'reject']

export interface StanceTag {
  readonly stance: Stance
  readonly kind: 'verb' | 'noun' | 'charge' | 'obligation'
  /** A noun that is also listed as a verb ("demand", "yêu cầu"): its possessor must be marked. */
  readonly alsoVerb: boolean
}

export interface Lexicon {
  readonly settings: PositionsBase
  readonly folding: Folding
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

const KIND = { verbs: 'verb', nouns: 'noun', charges: 'charge', obligations: 'obligation' } as const

const cache = new Map<string, Lexicon>()

export function lexiconFor(language: string): Lexicon {
  const cached = cache.get(language)
  if (cached) return cached
  const settings = baseSettings()
  const data = dataFor(language)
  const folding = foldingOf(language, data.length === 1 ? data[0]!.spellings : {})
  // Note: a term listed as verb and noun ("đề xuất", "proposal" and "propose") is a noun: it may have a possessor.
  const stanceEntries = new Map<string, StanceTag>()
  const markerEntries: [string, MarkerKind][] = []
  for (const d of data) {
    for (const stance of STANCES) {
      const verbs = new Set(d.stances[stance].verbs)
      for (const kind of ['verbs', 'charges', 'obligations', 'nouns'] as const) {
        const k = KIND[kind]
        for (const term of d.stances[stance][kind]) stanceEntries.set(`${stance}\u0000${term}`, { stance, kind: k, alsoVerb: k === 'noun' && verbs.has(term) })
      }
    }
    for (const kind of MARKER_KINDS) for (const term of d[kind]) markerEntries.push([term, kind])
  }
  const lexicon = {
    settings,
    folding,
    subjectFirst: data.length === 1 && data[0]!.subject_first,
    obliqueTails: new Set(data.length === 1 ? data[0]!.oblique_tails.map((t) => foldWord(t, folding)) : []),
    stances: new CueMatcher([...stanceEntries].map(([key, tag]) => [key.split('\u0000')[1]!, tag] as const), folding, settings.gap),
    markers: new CueMatcher(markerEntries, folding, settings.gap),
  }
  cache.set(language, lexicon)
  return lexicon
}
