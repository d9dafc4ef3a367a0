/**
 * Loads a language's events.yaml and cues.yaml (over the shared _base files)
 * and compiles them, once per process, into two matchers: one for PLOVER
 * triggers and one for every structural cue (negation, modality, speech,
 * coordination, mediators, attribution, venues...).
 */
import type { PloverType } from '../core/doc.js'
import { morphologyFor } from '../core/morphology.js'
import { languageData } from '../languages/index.js'
import { LexiconMatcher, parseEnding, parsePattern, type PatternParts } from './matcher.js'
import {
  cuesFileSchema,
  eventsFileSchema,
  SLOT_KINDS,
  type CuesFile,
  type EventsFile,
  type SlotKind,
  type TriggerFlag,
} from './schema.js'
import { foldWords, type FoldOptions } from './tokens.js'

export interface TriggerPayload {
  readonly type: PloverType | null // null: an ignore phrase that blocks overlapping triggers
  readonly mode: string | null
  readonly flags: ReadonlySet<TriggerFlag>
  /** Matched with a negative prefix from cues (Armenian "չ-"). */
  readonly prefixNegated: boolean
  /** Matched with a future prefix from cues (Armenian "կ-"). */
  readonly prefixFuture: boolean
  readonly pattern: string
}

export type CueKind =
  | 'neg-before' | 'neg-after' | 'future' | 'future-after' | 'modal' | 'past' | 'flashback' | 'speech' | 'complementizer'
  | 'coordination' | 'glue' | 'clause-break' | 'party' | 'pair' | 'pronoun' | 'hearsay' | 'passive' | 'temporal' | 'we' | 'relative' | 'bare-break' | 'topic'

export type CuePayload =
  | { readonly kind: CueKind }
  | { readonly kind: 'slot'; readonly slot: SlotKind; readonly id: number; readonly side: 'before' | 'after'; readonly paired: boolean }

export interface Language {
  readonly iso: string
  readonly fold: FoldOptions
  readonly triggers: LexiconMatcher<TriggerPayload>
  readonly cues: LexiconMatcher<CuePayload>
  readonly sov: boolean
  readonly inverted: boolean
  readonly negationWindow: number
  readonly futureWindow: number
  readonly negationSuffixes: readonly string[]
  readonly futureSuffixes: readonly string[]
  readonly hardBreaks: readonly string[]
  /** Whether a single space holds a hard break (only if one is ' ' or empty). */
  readonly spaceBreaks: boolean
  /** Folded case endings per slot kind. */
  readonly caseTails: ReadonlyMap<SlotKind, readonly string[]>
}

const compiled = new Map<string, Language | null>()

function mergeLists(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...(a ?? []), ...(b ?? [])]
}

function loadEvents(iso: string): EventsFile | null {
  const base = languageData('events', '_base', eventsFileSchema)
  const own = languageData('events', iso, eventsFileSchema)
  if (!own) return null
  return {
    fold: own.fold ?? morphologyFor(iso).fold,
    normalize: { ...(base?.normalize ?? {}), ...(own.normalize ?? {}) },
    gap: own.gap ?? base?.gap ?? 6,
    triggers: [...(base?.triggers ?? []), ...(own.triggers ?? [])],
    ignore: mergeLists(base?.ignore, own.ignore),
  }
}

function loadCues(iso: string): CuesFile {
  const base = languageData('cues', '_base', cuesFileSchema) ?? {}
  const own = languageData('cues', iso, cuesFileSchema) ?? {}
  const merged: Record<string, unknown> = { sov: own.sov ?? base.sov ?? false, inverted: own.inverted ?? base.inverted ?? false }
  for (const key of ['modal', 'past', 'flashback', 'speech', 'passive', 'complementizers', 'coordination', 'glue', 'clause_breaks', 'hard_breaks', 'party_phrases', 'pair_phrases', 'pronouns', 'temporal', 'first_person', 'relatives', 'hearsay', 'bare_breaks', 'topic'] as const) {
    merged[key] = mergeLists(base[key], own[key])
  }
  merged['negation'] = {
    before: mergeLists(base.negation?.before, own.negation?.before),
    after: mergeLists(base.negation?.after, own.negation?.after),
    suffixes: mergeLists(base.negation?.suffixes, own.negation?.suffixes),
    prefixes: mergeLists(base.negation?.prefixes, own.negation?.prefixes),
    window: own.negation?.window ?? base.negation?.window ?? 5,
  }
  merged['future'] = {
    prefixes: mergeLists(base.future?.prefixes, own.future?.prefixes),
    before: mergeLists(base.future?.before, own.future?.before),
    after: mergeLists(base.future?.after, own.future?.after),
    suffixes: mergeLists(base.future?.suffixes, own.future?.suffixes),
    window: own.future?.window ?? base.future?.window ?? 5,
  }
  merged['slots'] = Object.fromEntries(SLOT_KINDS.map((k) => [k, mergeLists(base.slots?.[k], own.slots?.[k])]))
  merged['tails'] = Object.fromEntries(SLOT_KINDS.map((k) => [k, mergeLists(base.tails?.[k], own.tails?.[k])]))
  return merged as CuesFile
}

type Entry<T> = { parts: PatternParts; payload: T; ending?: string }

function triggerEntries(events: EventsFile, cues: CuesFile, fold: FoldOptions) {
  const out: Entry<TriggerPayload>[] = []
  const negative = cues.negation?.prefixes ?? []
  const future = cues.future?.prefixes ?? []
  const plain = { prefixNegated: false, prefixFuture: false }
  for (const entry of events.triggers ?? []) {
    const flags = new Set(entry.flags ?? [])
    for (const word of entry.words) {
      const payload: TriggerPayload = { type: entry.type, mode: entry.mode ?? null, flags, ...plain, pattern: word }
      const ending = parseEnding(word, fold)
      if (ending) {
        out.push({ parts: [], payload, ending })
        continue
      }
      const parts = parsePattern(word, fold)
      out.push({ parts, payload })
      for (const p of negative) out.push({ parts: withPrefix(parts, p, fold), payload: { ...payload, prefixNegated: true } })
      for (const p of future) out.push({ parts: withPrefix(parts, p, fold), payload: { ...payload, prefixFuture: true } })
    }
  }
  for (const word of events.ignore ?? []) {
    out.push({ parts: parsePattern(word, fold), payload: { type: null, mode: null, flags: new Set(), ...plain, pattern: word } })
  }
  return out
}

/** The same phrase with a negative prefix glued to its first word ("համաձայն*" → "չհամաձայն*"). */
function withPrefix(parts: PatternParts, prefix: string, fold: FoldOptions): PatternParts {
  const [first, ...rest] = parts
  const [head, ...tail] = first ?? []
  if (!head) return parts
  const p = parsePattern(prefix + '*', fold)[0]?.[0]?.text ?? prefix
  return [[{ text: p + head.text, prefix: head.prefix }, ...tail], ...rest]
}

function cueEntries(cues: CuesFile, fold: FoldOptions) {
  const out: Entry<CuePayload>[] = []
  const add = (words: readonly string[] | undefined, kind: CueKind) => {
    for (const w of words ?? []) {
      const ending = parseEnding(w, fold)
      out.push(ending ? { parts: [], payload: { kind }, ending } : { parts: parsePattern(w, fold), payload: { kind } })
    }
  }
  add(cues.negation?.before, 'neg-before')
  add(cues.negation?.after, 'neg-after')
  add(cues.future?.before, 'future')
  add(cues.future?.after, 'future-after')
  const simple: [keyof CuesFile, CueKind][] = [
    ['modal', 'modal'], ['past', 'past'], ['flashback', 'flashback'], ['speech', 'speech'], ['complementizers', 'complementizer'],
    ['coordination', 'coordination'], ['glue', 'glue'], ['clause_breaks', 'clause-break'],
    ['party_phrases', 'party'], ['pair_phrases', 'pair'], ['pronouns', 'pronoun'], ['hearsay', 'hearsay'], ['passive', 'passive'],
    ['temporal', 'temporal'], ['first_person', 'we'], ['relatives', 'relative'], ['bare_breaks', 'bare-break'], ['topic', 'topic'],
  ]
  for (const [key, kind] of simple) add(cues[key] as string[] | undefined, kind)
  let id = 0
  for (const slot of SLOT_KINDS) {
    for (const phrase of cues.slots?.[slot] ?? []) {
      const [before = '', after = ''] = phrase.split(/(?<![\p{L}])X(?![\p{L}])/u)
      const b = parsePattern(before, fold)
      const a = parsePattern(after, fold)
      const paired = b.length > 0 && a.length > 0
      if (b.length > 0) out.push({ parts: b, payload: { kind: 'slot', slot, id, side: 'before', paired } })
      if (a.length > 0) out.push({ parts: a, payload: { kind: 'slot', slot, id, side: 'after', paired } })
      id++
    }
  }
  return out
}

function compile(iso: string): Language | null {
  const events = loadEvents(iso)
  if (!events) return null
  const cues = loadCues(iso)
  const fold: FoldOptions = { mode: events.fold ?? 'full', replacements: Object.entries(events.normalize ?? {}) }
  const gap = events.gap ?? 6
  return {
    iso,
    fold,
    triggers: new LexiconMatcher(triggerEntries(events, cues, fold), gap),
    cues: new LexiconMatcher(cueEntries(cues, fold), gap),
    sov: cues.sov ?? false,
    inverted: cues.inverted ?? false,
    negationWindow: cues.negation?.window ?? 5,
    futureWindow: cues.future?.window ?? 5,
    negationSuffixes: (cues.negation?.suffixes ?? []).flatMap((s) => parsePattern(s, fold).flat().map((t) => t.text)),
    futureSuffixes: (cues.future?.suffixes ?? []).flatMap((s) => parsePattern(s, fold).flat().map((t) => t.text)),
    hardBreaks: cues.hard_breaks ?? [],
    spaceBreaks: (cues.hard_breaks ?? []).some((p) => ' '.includes(p)),
    caseTails: new Map(SLOT_KINDS.map((k) => [k, (cues.tails?.[k] ?? []).map((t) => foldWords(t, fold).join(''))])),
  }
}

/**
 * The compiled data for a language; a language without events.yaml falls
 * back to English (most wire copy is English), and null if even that is missing.
 */
export function languageFor(iso: string): Language | null {
  const key = iso.toLowerCase().split(/[-_]/)[0] ?? iso
  if (!compiled.has(key)) compiled.set(key, compile(key))
  const lang = compiled.get(key) ?? null
  if (lang || key === 'en') return lang
  return languageFor('en')
}
