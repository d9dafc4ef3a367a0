/**
 * One sentence, looked at once: its tokens, clauses, stance cues (after the
 * small words that change them), issue cues, and the actor "slots" a stance
 * can belong to (actor mentions, "both sides", pronouns, "we").
 */
import type { ActorMention, Sentence, Stance } from '../core/doc.js'
import { hasSemicolon } from '../core/punctuation.js'
import { findIssueHits, type IssueHit } from './issue-matcher.js'
import type { Lexicon, MarkerKind, PositionsBase } from './lexicon.js'
import { longestFirst, type Hit } from './patterns.js'
import type { Profile } from './profiles.js'
import { foldWord, tokenize, tokenRange, type Folding, type Token } from './tokens.js'

export type SlotKind = 'party' | 'other' | 'collective' | 'plural' | 'pronoun' | 'first'

export interface Slot {
  readonly start: number
  readonly end: number
  readonly kind: SlotKind
  /** The party states of a 'party' slot. */
  readonly parties: readonly string[]
  /** Case-marked ("Ermənistanın", "Հայաստանի"): a possessor or an object, never the subject. */
  readonly oblique: boolean
}

export interface Cue {
  readonly start: number
  readonly end: number
  /** null: a cue that says nothing was settled ("have not agreed yet"). */
  readonly stance: Stance | null
  readonly kind: 'verb' | 'noun' | 'charge' | 'obligation'
  /** A noun that is also a verb: only a marked possessor ("of", "'s") is its holder. */
  readonly alsoVerb: boolean
}

export interface Span {
  readonly start: number
  readonly end: number
}

export interface SentenceScan {
  readonly sentence: Sentence
  readonly tokens: readonly Token[]
  readonly clauses: readonly Span[]
  readonly cues: readonly Cue[]
  readonly issues: readonly IssueHit[]
  readonly slots: readonly Slot[]
  /** Parties named (not by an adjective) in the sentence, with where. */
  readonly named: readonly Slot[]
  readonly markers: ReadonlyMap<MarkerKind, readonly Hit<MarkerKind>[]>
}

export interface ScanInput {
  readonly text: string
  readonly sentence: Sentence
  readonly mentions: readonly ActorMention[]
  readonly parties: readonly string[]
  readonly lexicon: Lexicon
  readonly profile: Profile
  readonly language: string
}

/** A hit not inside (or overlapping) any of `spans`. */
function outside(spans: readonly Span[], h: Span): boolean {
  return !spans.some((n) => n.start < h.end && h.start < n.end)
}

export function scanSentence(input: ScanInput): SentenceScan {
  const { text, sentence, lexicon } = input
  const tokens = tokenize(text, lexicon.folding, sentence.start, sentence.end)
  const markers = groupMarkers(lexicon.markers.matchAll(tokens))
  const clauses = splitClauses(text, tokens, markers.get('clause_breaks') ?? [])
  const neutral = markers.get('neutral') ?? []
  const stanceHits = lexicon.stances.match(tokens).filter((h) => outside(neutral, h))
  return {
    sentence,
    tokens,
    clauses,
    cues: effectiveCues(stanceHits, markers, clauses, lexicon.settings),
    issues: findIssueHits(input.profile, input.language, tokens).filter((h) => outside(neutral, h)),
    slots: slotsOf(input, tokens, markers),
    named: namedParties(input, tokens),
    markers,
  }
}

function groupMarkers(hits: readonly Hit<MarkerKind>[]): Map<MarkerKind, Hit<MarkerKind>[]> {
  const byKind = new Map<MarkerKind, Hit<MarkerKind>[]>()
  for (const h of hits) byKind.set(h.value, [...(byKind.get(h.value) ?? []), h])
  for (const [k, list] of byKind) byKind.set(k, longestFirst(list))
  return byKind
}

/** Clauses as token ranges: a new one after ';' and at every clause-break word. */
function splitClauses(text: string, tokens: readonly Token[], breaks: readonly Hit<MarkerKind>[]): Span[] {
  const starts = new Set<number>([0])
  for (let i = 1; i < tokens.length; i++) if (hasSemicolon(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) starts.add(i)
  for (const b of breaks) if (b.start > 0) starts.add(b.start)
  const sorted = [...starts].sort((a, b) => a - b)
  return sorted.map((s, i) => ({ start: s, end: sorted[i + 1] ?? tokens.length }))
}

export function clauseOf(clauses: readonly Span[], token: number): number {
  const i = clauses.findIndex((c) => c.start <= token && token < c.end)
  return i < 0 ? clauses.length - 1 : i
}

const near = (a: Span, b: Span, window: number) => a.end <= b.start && b.start - a.end < window

/** Stance cues as the small words around them leave them. */
function markersOf(markers: ReadonlyMap<MarkerKind, readonly Hit<MarkerKind>[]>, k: MarkerKind): readonly Hit<MarkerKind>[] {
  return markers.get(k) ?? []
}

function effectiveCues(hits: readonly Hit<{ stance: Stance; kind: Cue['kind']; alsoVerb: boolean }>[], markers: ReadonlyMap<MarkerKind, readonly Hit<MarkerKind>[]>, clauses: readonly Span[], s: PositionsBase): Cue[] {
  // (no named closures here: the TypeScript loader wraps each one it creates, per sentence and cue)
  // Note: "these preconditions" points back at a position stated before; it states none itself.
  const demonstratives = markersOf(markers, 'demonstratives')
  const cues: Cue[] = hits.filter((h) => h.value.kind !== 'noun' || !demonstratives.some((m) => near(m, h, 2))).map((h) => {
    const cue = { start: h.start, end: h.end, kind: h.value.kind, alsoVerb: h.value.alsoVerb }
    const open = markersOf(markers, 'open').some((m) => near(m, h, s.open_window + 1) || (m.start < h.end && h.start < m.end))
    // Note: a negator inside the cue ("không đồng ý", "will not agree") is the cue's own.
    const negated = markersOf(markers, 'negators').some((m) => near(m, h, s.negation_window)) || markersOf(markers, 'negators_after').some((m) => near(h, m, 2))
    const positive = h.value.stance === 'accept' || h.value.stance === 'propose'
    if (h.value.stance === 'accept' && open) return { ...cue, stance: null }
    if (negated) return { ...cue, stance: positive ? 'reject' : null }
    const possible = markersOf(markers, 'possible').some((m) => near(m, h, s.modal_window + 1) || near(h, m, s.modal_window + 1))
    return { ...cue, stance: h.value.stance === 'accept' && possible ? 'propose' : h.value.stance }
  })
  // "ready to X": the cue X decides; "ready" alone proposes.
  for (const r of markersOf(markers, 'ready')) {
    const clause = clauses[clauseOf(clauses, r.start)]
    const follows = cues.some((c) => c.start >= r.end && c.start - r.end <= 2 * s.modal_window && (!clause || c.start < clause.end))
    const inside = cues.some((c) => c.start < r.end && r.start < c.end)
    if (!follows && !inside) cues.push({ start: r.start, end: r.end, stance: 'propose', kind: 'verb', alsoVerb: false })
  }
  return cues.sort((a, b) => a.start - b.start)
}

const MARKER_SLOTS: readonly [MarkerKind, SlotKind][] = [
  ['collectives', 'collective'], ['plural_refs', 'plural'], ['pronouns', 'pronoun'], ['first_person', 'first'],
]

function slotsOf(input: ScanInput, tokens: readonly Token[], markers: ReadonlyMap<MarkerKind, readonly Hit<MarkerKind>[]>): Slot[] {
  const { sentence, parties } = input
  const slots: Slot[] = []
  for (const m of input.mentions) {
    if (m.start < sentence.start || m.end > sentence.end) continue
    const r = tokenRange(tokens, m.start, m.end)
    if (r.end <= r.start) continue
    // Note: a population ("the Armenians of Karabakh") holds no party's position.
    const state = m.actor.sector === 'CVL' ? null : m.actor.country
    const party = state && parties.includes(state) ? state : m.actor.sector !== 'CVL' && parties.includes(m.actor.id) ? m.actor.id : null
    const oblique = isOblique(m, input)
    slots.push({ start: r.start, end: r.end, kind: party ? 'party' : 'other', parties: party ? [party] : [], oblique })
  }
  const actorSlots = mergeOverlapping(slots)
  for (const [kind, slotKind] of MARKER_SLOTS) {
    for (const h of markers.get(kind) ?? []) {
      const clash = actorSlots.some((a) => a.start < h.end && h.start < a.end)
      // Note: "ông Peskov": a pronoun just before a name is a title.
      const title = slotKind === 'pronoun' && actorSlots.some((a) => a.start === h.end)
      if (!clash && !title) slots.push({ start: h.start, end: h.end, kind: slotKind, parties: slotKind === 'collective' ? parties : [], oblique: false })
    }
  }
  return mergeOverlapping(slots.filter((s) => s.kind !== 'party' && s.kind !== 'other')).concat(actorSlots).sort((a, b) => a.start - b.start)
}

/** Overlapping actor mentions ("Armenian" inside "Armenian Foreign Minister Mirzoyan") become one slot. */
function mergeOverlapping(slots: readonly Slot[]): Slot[] {
  const sorted = [...slots].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Slot[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start < last.end) {
      const parties = [...new Set([...last.parties, ...s.parties])]
      const kind: SlotKind = parties.length > 0 ? (last.kind === 'collective' ? 'collective' : 'party') : last.kind
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end), kind, parties, oblique: last.oblique && s.oblique }
    } else out.push(s)
  }
  return out
}

function namedParties(input: ScanInput, tokens: readonly Token[]): Slot[] {
  const { sentence, parties } = input
  return input.mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.via !== 'adjective' && m.actor.sector !== 'CVL')
    .filter((m) => parties.includes(m.actor.country))
    .map((m) => {
      const r = tokenRange(tokens, m.start, m.end)
      return { start: r.start, end: r.end, kind: 'party' as const, parties: [m.actor.country], oblique: false }
    })
}

const forms = new WeakMap<readonly ActorMention[], Map<string, Set<string>>>()

/** Every surface form of each actor in the document, folded. */
function formsOf(mentions: readonly ActorMention[], folding: Folding): Map<string, Set<string>> {
  const cached = forms.get(mentions)
  if (cached) return cached
  const out = new Map<string, Set<string>>()
  for (const m of mentions) {
    const set = out.get(m.actor.id) ?? new Set<string>()
    set.add(foldWord(m.text, folding).replace(/'/g, ''))
    out.set(m.actor.id, set)
  }
  forms.set(mentions, out)
  return out
}

/**
 * A case ending on a name ("Ermənistandan", "Հայաստանի"): some ending of the
 * language, after which what is left begins another form of the same actor
 * in the document ("Ermənistan", "Հայաստանն").
 */
function isOblique(m: ActorMention, input: ScanInput): boolean {
  const tails = input.lexicon.obliqueTails
  if (tails.size === 0) return false
  const form = foldWord(m.text, input.lexicon.folding).replace(/'/g, '')
  const others = [...(formsOf(input.mentions, input.lexicon.folding).get(m.actor.id) ?? [])].filter((f) => f !== form)
  for (const tail of tails) {
    const rest = form.slice(0, form.length - tail.length)
    if (form.endsWith(tail) && rest.length >= 4 && others.some((o) => o.startsWith(rest))) return true
  }
  return false
}
