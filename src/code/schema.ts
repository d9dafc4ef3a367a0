/**
 * The shape of the events stage's language data, validated with zod:
 *   src/languages/<iso>/events.yaml   PLOVER triggers
 *   src/languages/<iso>/cues.yaml     negation, modality, attribution and structure cues
 * `_base` files hold what all languages share and are merged under each language.
 */
import { z } from 'zod'
import { PLOVER_TYPES } from '../core/doc.js'

/**
 * Flags on a trigger entry:
 *  governs   takes a complement ("agreed to…", "called on X to…"): triggers inside it are its content, not events
 *  accuses   like governs, but the accused act is still coded, with source = the accused, attributed to the accuser
 *  mutual    two-sided (clashes, war): every party is source and target
 *  negated   the phrase itself says it did not happen ("no breakthrough")
 *  future    the phrase itself promises or plans ("pledged to", "ready to")
 *  speaker   an evaluation: the source is whoever speaks, the actors inside are targets ("unacceptable")
 *  host      the subject hosts, the object visits ("received X")
 *  weak      needs an actor in its own clause (no fallback to context)
 *  past      the phrase is a completed act even when a future cue is near ("has been signed")
 *  passive   the phrase is passive in itself (Vietnamese "bị thương"): its subject is the target
 *  brokered  the subject brokers it ("Russia brokered a ceasefire"): a mediator; the parties are the object or the document's two parties
 *  object    a document noun ("agreement", "Abkommen") usually the object of another trigger: coded only when its clause has none
 *  joint     an agreement between parties ("the agreements reached"): the source is every party named, else the document's two parties
 *  reciprocal  agreeing takes two ("we agreed", "договорились"): a lone party agreed with the other of the document's two parties
 */
export const TRIGGER_FLAGS = [
  'governs', 'accuses', 'mutual', 'negated', 'future', 'speaker', 'host', 'weak', 'past', 'passive', 'brokered', 'object', 'joint', 'reciprocal',
] as const
export type TriggerFlag = (typeof TRIGGER_FLAGS)[number]

export const triggerEntrySchema = z.object({
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable().optional(),
  flags: z.array(z.enum(TRIGGER_FLAGS)).optional(),
  words: z.array(z.string().min(1)).min(1),
})
export type TriggerEntry = z.infer<typeof triggerEntrySchema>

export const eventsFileSchema = z.object({
  fold: z.enum(['full', 'case']).optional(),
  /** Equal-length spelling replacements applied to folded text and phrases. */
  normalize: z
    .record(z.string(), z.string())
    .refine((r) => Object.entries(r).every(([a, b]) => a.length === b.length), 'normalize pairs must have equal length')
    .optional(),
  gap: z.number().int().min(0).max(20).optional(),
  triggers: z.array(triggerEntrySchema).optional(),
  /** Phrases that contain trigger words but report no event ("peace treaty", "peacekeepers"). */
  ignore: z.array(z.string().min(1)).optional(),
})
export type EventsFile = z.infer<typeof eventsFileSchema>

const list = z.array(z.string().min(1)).optional()

/** Slot cues: phrases around an actor group, written with X for the group ("mediated by X", "X tarafından"). */
export const SLOT_KINDS = ['between', 'mediator', 'host', 'agent', 'target', 'attribution', 'venue', 'possessor'] as const
export type SlotKind = (typeof SLOT_KINDS)[number]

export const cuesFileSchema = z.object({
  /** Verb-final languages: objects come before the verb, so actors before a trigger may be targets. */
  sov: z.boolean().optional(),
  /** Subjects often follow the verb ("Dann eroberte Aserbaidschan", "В Стамбуле завершились переговоры"). */
  inverted: z.boolean().optional(),
  negation: z
    .object({ before: list, after: list, suffixes: list, prefixes: list, window: z.number().int().min(1).max(12).optional() })
    .optional(),
  future: z
    .object({ before: list, after: list, suffixes: list, prefixes: list, window: z.number().int().min(1).max(12).optional() })
    .optional(),
  /** "could", "may", "ready to": the event is possible, not done. Coded like future. */
  modal: list,
  /** Cues that an event is past whatever the future cues say ("already", "had"). */
  past: list,
  /** Sentence openers that step back in time ("Earlier,", "Trước đó,"): their date is not carried to what follows. */
  flashback: list,
  speech: list,
  /** Passive auxiliaries right before a trigger ("was attacked", "bị tấn công", "wurde angegriffen"). */
  passive: list,
  complementizers: list,
  coordination: list,
  glue: list,
  /** Words that start a new clause after a comma ("but", "while", "which"). */
  clause_breaks: list,
  /** Clause-break words strong enough to start a clause without a comma ("but"). */
  bare_breaks: list,
  /** Punctuation that always ends a clause. */
  hard_breaks: list,
  /** "talks on X", "переговоры по X": what follows is the topic of the talks, not an event. */
  topic: list,
  /** "both sides", "the two countries": the document's two main parties. */
  party_phrases: list,
  /** "the two leaders", "both ministers": the two states the previous sentence named first. */
  pair_phrases: list,
  /** Subject and possessive pronouns ("he", "their", "his country"): the actor comes from context. */
  pronouns: list,
  /** "before the", "after the": a trigger right after refers back to an event, it does not report one. */
  temporal: list,
  /** "we", "chúng tôi", "мы": the speaker of the quote. */
  first_person: list,
  /** Relative pronouns ("who", "qui", "который"): a clause they open is about the group just before. */
  relatives: list,
  /** Reported-speech without a speaker-verb frame ("reportedly"): marks the event second-hand. */
  hearsay: list,
  slots: z.object(Object.fromEntries(SLOT_KINDS.map((k) => [k, list])) as Record<SlotKind, typeof list>).optional(),
  /** Case endings glued to an actor's name that give it a slot (Azerbaijani "Bakıya" → target, Armenian "-ում" → venue). */
  tails: z.object(Object.fromEntries(SLOT_KINDS.map((k) => [k, list])) as Record<SlotKind, typeof list>).optional(),
})
export type CuesFile = z.infer<typeof cuesFileSchema>
