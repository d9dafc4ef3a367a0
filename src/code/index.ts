/**
 * Events stage: PLOVER event coding.
 *
 * Takes the segmented text and the actor, place and date mentions of one
 * document; gives one EventRecord per event mention (one per sentence that
 * reports it, several when a sentence reports several), each with its
 * evidence clause and trigger words as offsets into the text.
 *
 * Passes, per sentence:
 *   triggers.ts     trigger phrases from src/languages/<iso>/events.yaml, overlaps and complements resolved
 *   arguments.ts    source / target / mediators from the actor groups and the cues of cues.yaml
 *   negation.ts     "did not", "chưa", "не", "ne…pas", "-madı"
 *   modality.ts     announced / promised / possible → future; future CONSULT, SUPPORT… → AGREE
 *   attribution.ts  "according to X", accusations, reported speech
 *   event-date.ts   the governing date, else one from the two sentences before, else the publication date
 *   location.ts     the venue place, else the document's conflict region for acts of force
 * over a per-document view (context.ts: tokens, clauses, actor groups and
 * their cues), the document's two main parties (dyad.ts) and what carries
 * over from sentence to sentence (discourse.ts: topic, quotations, sources).
 */
import type { ActorMention, DateMention, DocumentDate, EventDate, EventRecord, PlaceMention, PloverType } from '../core/doc.js'
import { quote } from '../core/span.js'
import type { TextUnit } from '../core/unit.js'
import { resolveArguments, type ArgContext, type SourceBasis } from './arguments.js'
import { attributionOf } from './attribution.js'
import { buildView, type DocView, type SentenceView } from './context.js'
import { Discourse, type Draft } from './discourse.js'
import { defaultTarget } from './default-target.js'
import { mainParties } from './dyad.js'
import { eventDate } from './event-date.js'
import { refsOf, roleOf } from './groups.js'
import { languageFor } from './lexicon.js'
import { eventLocation, theatre } from './location.js'
import { futureType, isFuture } from './modality.js'
import { isNegated } from './negation.js'
import { findTriggers, isGovernor, type Trigger } from './triggers.js'

export interface CodeInput {
  readonly unit: TextUnit
  readonly actors: readonly ActorMention[]
  readonly places: readonly PlaceMention[]
  readonly dates: readonly DateMention[]
  readonly published: DocumentDate | null
}

/** Future retreats are concessions (PLOVER): "Baku will free 32 prisoners". */
function codedType(type: PloverType, future: boolean): PloverType {
  if (future && type === 'RETREAT') return 'CONCEDE'
  return futureType(type, future)
}

function span(doc: DocView, first: number, last: number) {
  const start = doc.tokens[first]?.start ?? 0
  const end = doc.tokens[last - 1]?.end ?? start
  return quote(doc.text, { start, end })
}

/** A relative clause is quoted with what it is about ("the region, which Azerbaijan reclaimed"). */
function evidenceStart(s: SentenceView, t: Trigger): number {
  const opens = (s.cueAt.get(t.segment.first) ?? []).includes('relative')
  const before = [...s.segments].reverse().find((g) => g.last <= t.segment.first)
  return opens && before ? before.first : t.segment.first
}

/** Whether a trigger codes an event at all: weak triggers need an actor in their clause, "X must…" a speaker. */
function admissible(t: Trigger, type: PloverType, basis: SourceBasis): boolean {
  const fromText = basis === 'text' || basis === 'speaker' || basis === 'pronoun'
  if (t.payload.flags.has('weak') && !fromText) return false
  return !(type === 'REQUEST' && t.payload.flags.has('speaker') && basis !== 'speaker')
}

function codeOne(doc: DocView, s: SentenceView, t: Trigger, all: readonly Trigger[], ctx: ArgContext, input: CodeInput): CodedEvent | null {
  const baseType = t.payload.type
  if (baseType === null) return null
  const args = resolveArguments(doc, s, t, ctx, all)
  if (!admissible(t, baseType, args.basis)) return null
  const future = isFuture(doc, s, t, args.floor)
  const type = codedType(baseType, future)
  const recoded = type !== baseType
  // A promise reported in speech is the speaker's commitment ("Aliyev said they could sign").
  const source = recoded && type === 'AGREE' && args.speaker.length > 0 && args.basis === 'text' ? args.speaker : args.source
  const mode = recoded ? null : t.payload.mode ?? (type === 'CONSULT' && args.mediators.length > 0 ? 'third-party' : null)
  const draft: Draft = {
    type,
    mode,
    source,
    target: args.target.filter((r) => !source.some((x) => x.country === r.country) || t.payload.flags.has('mutual')),
    mediators: args.mediators,
    date: null, // dated last (codeEvents): coding does not read the dates, so redating does not code again
    location: eventLocation(doc, s, t, input.places),
    negated: isNegated(doc, s, t, args.floor),
    future,
    attributed_to: attributionOf({ ...args, source }, args.accuser),
    evidence: span(doc, evidenceStart(s, t), t.segment.last),
    sentence: s.sentence.index,
    trigger: span(doc, t.first, t.last),
    segmentKey: `${t.segment.first}`,
    triggerAt: t.first,
    fromText: args.basis === 'text' || args.basis === 'speaker' || args.basis === 'pronoun',
  }
  return { draft, s, t, all }
}

/** One event per type and stretch of clause, or per type, clause and actors: "a soldier was wounded in the shelling" is one ASSAULT. */
const SAME_EVENT = 6

const states = (refs: readonly { country: string }[]) => refs.map((r) => r.country).sort().join(',')

function duplicate(d: Draft, kept: readonly CodedEvent[]): boolean {
  // A clause often names its event twice ("müzakereleri çerçevesinde ... bir araya geldi", "agreed ... and reached an understanding").
  return kept.some(({ draft: k }) => {
    if (k.type !== d.type || k.segmentKey !== d.segmentKey || k.negated !== d.negated) return false
    return Math.abs(k.triggerAt - d.triggerAt) <= SAME_EVENT || (states(k.source) === states(d.source) && states(k.target) === states(d.target))
  })
}

/**
 * The events of one sentence. A governing trigger that codes nothing (a weak
 * "must" with no actor) governs nothing either: the sentence is then read
 * again without it.
 */
function codeSentence(doc: DocView, s: SentenceView, ctx: ArgContext, input: CodeInput): CodedEvent[] {
  const silent = new Set<number>()
  for (let pass = 0; ; pass++) {
    const triggers = findTriggers(doc, s, silent)
    // Within the sentence, a subjectless clause continues the clause before it.
    let local = ctx
    const coded = triggers.map((t) => {
      const c = codeOne(doc, s, t, triggers, local, input)
      if (c?.draft.fromText && c.draft.source.length > 0) local = { ...local, topic: c.draft.source }
      return { t, c }
    })
    const dropped = coded.filter(({ t, c }) => c === null && !silent.has(t.first) && isGovernor(t)).map(({ t }) => t.first)
    if (dropped.length === 0 || pass >= 2) return coded.map(({ c }) => c).filter((c): c is CodedEvent => c !== null)
    dropped.forEach((at) => silent.add(at))
  }
}

/** An event coded but not yet dated, with what dating it reads. */
interface CodedEvent {
  readonly draft: Draft
  readonly s: SentenceView
  readonly t: Trigger
  readonly all: readonly Trigger[]
}

/** Every event of a document, in text order, undated. */
function codeDocument(doc: DocView, input: CodeInput): CodedEvent[] {
  const dyad = mainParties(doc)
  const discourse = new Discourse(doc, theatre(input.places))
  const out: CodedEvent[] = []
  doc.sentences.forEach((s) => {
    discourse.enter(s)
    const ctx = { dyad, topic: discourse.topic, pair: discourse.pair, quoting: discourse.quotingFor(s) }
    const kept: CodedEvent[] = []
    for (const c of codeSentence(doc, s, ctx, input)) if (!duplicate(c.draft, kept)) kept.push(c)
    const according = s.groups.find((g) => roleOf(g) === 'attribution')
    const drafts = kept.map((c) => c.draft)
    for (const c of kept) {
      const done = discourse.complete(s, c.draft)
      out.push({ ...c, draft: { ...done, target: defaultTarget(done, dyad, input.places) } })
    }
    discourse.leave(s, drafts, according ? (refsOf(according.mentions)[0] ?? null) : null)
  })
  return out
}

/**
 * The last document coded, its view and its undated events: the pipeline
 * codes a document again when its dates change (known events), and neither
 * the view nor the coding depends on the dates; only dating is done again.
 */
let last: { readonly key: readonly unknown[]; readonly doc: DocView; readonly coded: readonly CodedEvent[] } | null = null

function coded(input: CodeInput, lang: NonNullable<ReturnType<typeof languageFor>>): { doc: DocView; coded: readonly CodedEvent[] } {
  const key = [input.unit.text, lang, input.unit.sentences, input.actors, input.places]
  if (last && last.key.every((k, i) => k === key[i])) return last
  const doc = buildView(input.unit.text, lang, input.unit.sentences, input.actors, input.places)
  last = { key, doc, coded: codeDocument(doc, input) }
  return last
}

export function codeEvents(input: CodeInput): EventRecord[] {
  const lang = languageFor(input.unit.language)
  if (!lang) return []
  const { doc, coded: events } = coded(input, lang)
  return events.map(({ draft, s, t, all }, i) => {
    const date = eventDate(doc, s, t, input.dates, doc.sentences.slice(0, s.sentence.index), input.published, all)
    return recordOf(`e${i + 1}`, draft, date)
  })
}

/** The record of a draft, in EventRecord's field order (the export's); named fields, not an object rest, for speed. */
function recordOf(id: string, d: Draft, date: EventDate | null): EventRecord {
  return {
    id, type: d.type, mode: d.mode, source: d.source, target: d.target, mediators: d.mediators, date, location: d.location,
    negated: d.negated, future: d.future, attributed_to: d.attributed_to, evidence: d.evidence, sentence: d.sentence, trigger: d.trigger,
  }
}
