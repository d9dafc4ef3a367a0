/**
 * The per-document view every pass reads: word tokens, and for each sentence
 * its cue matches, its clauses (segments) and its actor mentions grouped
 * into noun phrases ("Armenia and Azerbaijan", "US Secretary of State
 * Antony Blinken") with the slot cues around them ("mediated by X").
 */
import { firstEndingAfter } from '../core/overlap.js'
import { hasComma } from '../core/punctuation.js'
import type { ActorMention, PlaceMention, Sentence } from '../core/doc.js'
import type { CueKind, CuePayload, Language } from './lexicon.js'
import type { LexMatch } from './matcher.js'
import type { SlotKind } from './schema.js'
import { foldWords, tokenize, type Token } from './tokens.js'

export interface Group {
  readonly mentions: readonly ActorMention[]
  /** Token range [first, last). */
  readonly first: number
  readonly last: number
  readonly slots: ReadonlySet<SlotKind>
  /** Where the cue of each slot starts ("between" in "talks between X and Y"). */
  readonly slotAt: ReadonlyMap<SlotKind, number>
}

export interface Segment {
  readonly first: number
  readonly last: number
}

export interface SentenceView {
  readonly sentence: Sentence
  readonly first: number
  readonly last: number
  readonly cues: readonly LexMatch<CuePayload>[]
  /** Cue kinds by token index, for the simple (non-slot) cues. */
  readonly cueAt: ReadonlyMap<number, readonly CueKind[]>
  readonly segments: readonly Segment[]
  readonly groups: readonly Group[]
}

export interface DocView {
  readonly text: string
  readonly lang: Language
  readonly tokens: readonly Token[]
  readonly norms: readonly string[]
  readonly sentences: readonly SentenceView[]
  /** Start offsets of country places read as actors (see promoted). */
  readonly promoted: ReadonlySet<number>
}

/** Index of the first token ending after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstEndingAfter(tokens, offset)
}

function cueIndex(cues: readonly LexMatch<CuePayload>[]): Map<number, CueKind[]> {
  const at = new Map<number, CueKind[]>()
  for (const m of cues) {
    if (m.payload.kind === 'slot') continue
    for (const [a, b] of m.pieces) {
      for (let i = a; i < b; i++) {
        const kinds = at.get(i)
        if (kinds) kinds.push(m.payload.kind)
        else at.set(i, [m.payload.kind])
      }
    }
  }
  return at
}

export function gapText(doc: Pick<DocView, 'text' | 'tokens'>, before: number, after: number): string {
  const a = doc.tokens[before]
  const b = doc.tokens[after]
  if (!a || !b) return ''
  return doc.text.slice(a.end, b.start)
}

export function hasHardBreak(doc: Pick<DocView, 'lang'>, gap: string): boolean {
  // (asked for every pair of neighbouring words, most of them one space apart)
  if (gap === ' ') return doc.lang.spaceBreaks
  return doc.lang.hardBreaks.some((p) => gap.includes(p))
}

/** Clauses: split at hard punctuation, and at a comma followed by a clause-break word. */
function segmentsOf(doc: Omit<DocView, 'sentences' | 'promoted'>, first: number, last: number, cueAt: ReadonlyMap<number, readonly CueKind[]>): Segment[] {
  const cuts: number[] = [first]
  for (let i = first + 1; i < last; i++) {
    const gap = gapText(doc, i - 1, i)
    const kinds = cueAt.get(i) ?? []
    // "as well as" is a list, not a clause.
    const breakWord = kinds.includes('clause-break') && !kinds.includes('coordination') && !(cueAt.get(i - 1) ?? []).includes('clause-break')
    const bare = kinds.includes('bare-break') && !(cueAt.get(i - 1) ?? []).includes('bare-break')
    if (hasHardBreak(doc, gap) || (breakWord && hasComma(gap)) || bare) cuts.push(i)
  }
  cuts.push(last)
  const segments: Segment[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    const seg = { first: cuts[k] ?? first, last: cuts[k + 1] ?? last }
    const prev = segments.at(-1)
    if (prev && seg.last - seg.first < 3) segments[segments.length - 1] = { first: prev.first, last: seg.last }
    else if (prev && prev.last - prev.first < 3) segments[segments.length - 1] = { first: prev.first, last: seg.last }
    else if (seg.last > seg.first) segments.push(seg)
  }
  return segments
}

interface Placed {
  readonly m: ActorMention
  readonly first: number
  readonly last: number
}

/** Quotes and the like: a group never runs across them. */
const JOIN_BREAKERS = ['“', '”', '«', '»', '"', '„', '(', ')', '[', ']']

function joinable(doc: Omit<DocView, 'sentences' | 'promoted'>, a: Placed, b: Placed, cueAt: ReadonlyMap<number, readonly CueKind[]>): boolean {
  if (b.first < a.last) return true // nested or overlapping mentions
  const gap = doc.text.slice(a.m.end, b.m.start)
  // "the Organization for Security and Co-operation in Europe (OSCE)"
  if (a.m.actor.id === b.m.actor.id && /^\s*[(\[]\s*$/.test(gap)) return true
  if (hasHardBreak(doc, gap) || JOIN_BREAKERS.some((q) => gap.includes(q))) return false
  const between: number[] = []
  for (let i = a.last; i < b.first; i++) between.push(i)
  const glue = between.every((i) => cueKindsAt(cueAt, i).some((k) => k === 'glue' || k === 'coordination'))
  const sameState = a.m.actor.country === b.m.actor.country
  // "Armenian-Azerbaijani", "Armenia, Azerbaijan and Russia"; bare juxtaposition only within one state ("US Secretary Blinken").
  if (between.length === 0) return /[-‐‑–/]/.test(gap) || hasComma(gap) ? !(doc.lang.sov && hasComma(gap)) || sameState : sameState
  // Different states join only through a conjunction ("Armenia and Azerbaijan"), not through role words alone.
  const conjunction = between.some((i) => cueKindsAt(cueAt, i).includes('coordination'))
  if (glue && between.length <= 4 && (sameState || conjunction)) return true
  const unknown = between.filter((i) => cueKindsAt(cueAt, i).length === 0).length
  return sameState && between.length <= 3 && unknown <= 1 && between.every((i) => cueKindsAt(cueAt, i).length === 0 || cueKindsAt(cueAt, i).includes('glue'))
}

function cueKindsAt(cueAt: ReadonlyMap<number, readonly CueKind[]>, i: number): readonly CueKind[] {
  return cueAt.get(i) ?? []
}

/** Slots given by a case ending glued to the name ("Bakıya": dative → target). */
function tailSlots(doc: Omit<DocView, 'sentences' | 'promoted'>, g: { last: number; end?: number }): SlotKind[] {
  const token = doc.tokens[g.last - 1]
  if (g.end === undefined || !token || token.end <= g.end) return []
  const tail = foldWords(doc.text.slice(g.end, token.end), doc.lang.fold).join('')
  const out: SlotKind[] = []
  for (const [slot, endings] of doc.lang.caseTails) if (endings.includes(tail)) out.push(slot)
  return out
}

function slotsOf(
  doc: Omit<DocView, 'sentences' | 'promoted'>,
  g: { first: number; last: number; end?: number },
  cues: readonly LexMatch<CuePayload>[],
  cueAt: ReadonlyMap<number, readonly CueKind[]>,
): Map<SlotKind, number> {
  let before = g.first
  while (before > 0 && g.first - before < 6 && cueKindsAt(cueAt, before - 1).includes('glue')) before--
  const found = new Map<number, { slot: SlotKind; sides: Set<string>; paired: boolean; at: number }>()
  for (const c of cues) {
    if (c.payload.kind !== 'slot') continue
    const p = c.payload
    const adjacentBefore = p.side === 'before' && c.last >= before && c.last <= g.first
    const adjacentAfter = p.side === 'after' && c.first >= g.last && c.first <= g.last + 1 && (c.first === g.last || cueKindsAt(cueAt, g.last).includes('glue'))
    if (!adjacentBefore && !adjacentAfter) continue
    if (adjacentBefore && hasHardBreak(doc, gapText(doc, c.last - 1, g.first))) continue
    const entry = found.get(p.id) ?? { slot: p.slot, sides: new Set<string>(), paired: p.paired, at: c.first }
    entry.sides.add(p.side)
    entry.at = Math.min(entry.at, c.first)
    found.set(p.id, entry)
  }
  const slots = new Map<SlotKind, number>(tailSlots(doc, g).map((k) => [k, g.last - 1]))
  for (const e of found.values()) if ((!e.paired || e.sides.size === 2) && !slots.has(e.slot)) slots.set(e.slot, e.at)
  return slots
}

/** Join kinds between consecutive mentions of a run: a bare comma only counts in a list that ends with "and". */
type Link = 'comma' | 'join'

function splitLists(run: Placed[], links: Link[]): Placed[][] {
  const out: Placed[][] = [[run[0] as Placed]]
  links.forEach((link, i) => {
    const closed = links.slice(i + 1).includes('join')
    if (link === 'comma' && !closed) out.push([])
    out[out.length - 1]?.push(run[i + 1] as Placed)
  })
  return out
}

function groupsOf(doc: Omit<DocView, 'sentences' | 'promoted'>, mentions: readonly ActorMention[], cues: readonly LexMatch<CuePayload>[], cueAt: ReadonlyMap<number, readonly CueKind[]>): Group[] {
  const placed: Placed[] = mentions
    .map((m) => ({ m, first: tokenAt(doc.tokens, m.start), last: tokenAt(doc.tokens, Math.max(m.start, m.end - 1)) + 1 }))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end)
  const runs: { run: Placed[]; links: Link[] }[] = []
  for (const p of placed) {
    const current = runs.at(-1)
    const prev = current?.run.at(-1)
    if (current && prev && joinable(doc, prev, p, cueAt)) {
      const gap = doc.text.slice(prev.m.end, p.m.start)
      const bareComma = p.first >= prev.last && /^\s*,\s*$/.test(gap) && prev.m.actor.country !== p.m.actor.country
      current.run.push(p)
      current.links.push(bareComma ? 'comma' : 'join')
    } else runs.push({ run: [p], links: [] })
  }
  return runs.flatMap(({ run, links }) => splitLists(run, links)).map((run) => {
    const first = Math.min(...run.map((p) => p.first))
    const last = Math.max(...run.map((p) => p.last))
    const end = Math.max(...run.map((p) => p.m.end))
    const slotAt = slotsOf(doc, { first, last, end }, cues, cueAt)
    return { mentions: run.map((p) => p.m), first, last, slots: new Set(slotAt.keys()), slotAt }
  })
}

/** The slot cues ("in X", "mediated by X") around any token range of a sentence. */
export function slotsAround(doc: DocView, s: SentenceView, first: number, last: number, end?: number): ReadonlySet<SlotKind> {
  return new Set(slotsOf(doc, end === undefined ? { first, last } : { first, last, end }, s.cues, s.cueAt).keys())
}

/**
 * A country the place matcher took as a place, used where no venue cue
 * introduces it ("Azerbaycan, Ermenistan sınırında kontrol noktası kurdu"),
 * is the state acting.
 */
function promoted(base: Omit<DocView, 'sentences' | 'promoted'>, places: readonly PlaceMention[], first: number, last: number,
  cues: readonly LexMatch<CuePayload>[], cueAt: ReadonlyMap<number, readonly CueKind[]>, sentence: Sentence): ActorMention[] {
  return places
    .filter((p) => p.place.type === 'country' && p.place.country !== null && p.start >= sentence.start && p.end <= sentence.end)
    .filter((p) => {
      const f = tokenAt(base.tokens, p.start)
      const l = tokenAt(base.tokens, Math.max(p.start, p.end - 1)) + 1
      return f >= first && l <= last && !slotsOf(base, { first: f, last: l, end: p.end }, cues, cueAt).has('venue')
    })
    .map((p) => ({
      kind: 'actor' as const,
      start: p.start,
      end: p.end,
      text: p.text,
      actor: { id: p.place.country ?? p.place.id, country: p.place.country ?? p.place.id, sector: null, type: 'state' as const, name: p.place.name },
      via: 'name' as const,
      sentence: sentence.index,
    }))
}

export function buildView(text: string, lang: Language, sentences: readonly Sentence[], actors: readonly ActorMention[], places: readonly PlaceMention[] = []): DocView {
  const tokens = tokenize(text, lang.fold)
  const norms = tokens.map((t) => t.norm)
  const base = { text, lang, tokens, norms }
  const lifted = new Set<number>()
  const views = sentences.map((sentence) => {
    const first = tokenAt(tokens, sentence.start)
    const last = tokenAt(tokens, sentence.end)
    const cues = lang.cues.match(norms, first, last)
    const cueAt = cueIndex(cues)
    const own = actors.filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    const extra = promoted(base, places, first, last, cues, cueAt, sentence).filter((p) => !own.some((m) => m.start < p.end && p.start < m.end))
    extra.forEach((p) => lifted.add(p.start))
    return {
      sentence,
      first,
      last,
      cues,
      cueAt,
      segments: segmentsOf(base, first, last, cueAt),
      groups: groupsOf(base, [...own, ...extra], cues, cueAt),
    }
  })
  return { ...base, sentences: views, promoted: lifted }
}
