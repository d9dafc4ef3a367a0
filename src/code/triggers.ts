/**
 * Trigger pass: the PLOVER trigger phrases of one sentence, after
 * - overlap resolution (the longest phrase wins: "ceasefire violation" is
 *   ASSAULT, not RETREAT; an ignore phrase such as "press release" blocks
 *   what it covers; words inside a mediator or attribution cue — "with the
 *   support of X" — are that cue, not a trigger);
 * - back-references ("before the meeting") dropped;
 * - complements: what an "agreed to…", "called on X to…" or "refused to…"
 *   governs is the content of that event, not an event of its own; what an
 *   accusation governs is kept, as a claim of the accuser;
 * - document nouns ("the agreement") dropped when a verb of their clause
 *   already takes them ("signed the agreement").
 */
import type { PloverType } from '../core/doc.js'
import type { DocView, Segment, SentenceView } from './context.js'
import { cueTokens } from './cue-window.js'
import type { TriggerPayload } from './lexicon.js'
import type { LexMatch } from './matcher.js'
import { HOSTILE } from './source.js'

export interface Trigger {
  readonly payload: TriggerPayload
  readonly first: number
  readonly last: number
  readonly pieces: readonly (readonly [number, number])[]
  readonly tail: string
  readonly segment: Segment
  /** The accusation this trigger is the content of, if any. */
  readonly accusedBy: Trigger | null
}

/** How far (in words) a governing trigger reaches into its complement. */
const GOVERN_REACH = 12
/** Types whose verbs take a document noun as their object ("signed / reached / rejected the agreement"). */
const TAKES_DOCUMENTS: ReadonlySet<PloverType> = new Set(['SUPPORT', 'AGREE', 'CONSULT', 'CONCEDE', 'REJECT'])

type Pieces = readonly (readonly [number, number])[]

// The tokens a match covers are walked piece by piece, without an array of them per match.
function coverSize(pieces: Pieces): number {
  let n = 0
  for (const [a, b] of pieces) n += b - a
  return n
}

function coversAny(pieces: Pieces, tokens: ReadonlySet<number>): boolean {
  for (const [a, b] of pieces) for (let i = a; i < b; i++) if (tokens.has(i)) return true
  return false
}

function addCovered(pieces: Pieces, tokens: Set<number>): void {
  for (const [a, b] of pieces) for (let i = a; i < b; i++) tokens.add(i)
}

function segmentOf(s: SentenceView, token: number): Segment {
  return s.segments.find((g) => token >= g.first && token < g.last) ?? { first: s.first, last: s.last }
}

const specificities = new Map<string, number>()

/** Longer phrases first; then ignore phrases; then the more specific spelling ("waffenstillstandsabkommen" over "waffenstillstand*"). */
function specificity(pattern: string): number {
  let v = specificities.get(pattern) // (a property of the lexicon's pattern: computed once)
  if (v === undefined) specificities.set(pattern, (v = pattern.replace(/[*.…\s]/g, '').length - (pattern.includes('*') ? 0.5 : 0)))
  return v
}

/** Tokens inside mediator and attribution cues that frame an actor ("with the support of X", "according to a statement from X"). */
function slotCueTokens(s: SentenceView): Set<number> {
  const out = new Set<number>()
  for (const c of s.cues) {
    if (c.payload.kind !== 'slot' || (c.payload.slot !== 'mediator' && c.payload.slot !== 'attribution')) continue
    const { slot, side } = c.payload
    const frames = s.groups.some(
      (g) => g.slots.has(slot) && (side === 'before' ? c.last <= g.first && g.first - c.last <= 6 : c.first >= g.last && c.first - g.last <= 1),
    )
    if (frames) addCovered(c.pieces, out)
  }
  return out
}

/** Per sentence view: the same sentence is read again with some triggers silent, or under other dates. */
const overlapsOf = new WeakMap<SentenceView, readonly LexMatch<TriggerPayload>[]>()

function resolveOverlaps(doc: DocView, s: SentenceView): LexMatch<TriggerPayload>[] {
  let kept = overlapsOf.get(s)
  if (!kept) overlapsOf.set(s, (kept = keptMatches(doc, s)))
  return [...kept]
}

const isIgnore = (p: TriggerPayload) => (p.type === null ? 1 : 0)

function keptMatches(doc: DocView, s: SentenceView): LexMatch<TriggerPayload>[] {
  const ranked = doc.lang.triggers
    .match(doc.norms, s.first, s.last)
    .map((m) => ({ m, cover: coverSize(m.pieces), specificity: specificity(m.payload.pattern) }))
    .sort(
      (a, b) =>
        b.cover - a.cover ||
        isIgnore(b.m.payload) - isIgnore(a.m.payload) ||
        b.specificity - a.specificity ||
        a.m.first - b.m.first,
    )
  const taken = slotCueTokens(s)
  const kept: LexMatch<TriggerPayload>[] = []
  for (const r of ranked) {
    if (coversAny(r.m.pieces, taken)) continue
    addCovered(r.m.pieces, taken)
    kept.push(r.m)
  }
  return kept.filter((m) => !refersBack(s, m)).sort((a, b) => a.first - b.first)
}

/** "before the meeting", "after the talks": a reference to an event reported elsewhere (violence excepted: "after the 2020 war"). */
function refersBack(s: SentenceView, m: LexMatch<TriggerPayload>): boolean {
  if (m.payload.type === null || m.payload.type === 'ASSAULT') return false
  return cueTokens(s, 'temporal', m.first - 3, m.first).length > 0
}

/**
 * Whether `governor` governs `m`: same clause, close enough, no new clause
 * ("…, and stated that…") or new coordinated predicate ("… and pledged") in
 * between, and `m` not a completed act of its own ("the agreements reached").
 */
function governs(doc: DocView, s: SentenceView, governor: Trigger, m: LexMatch<TriggerPayload>, segment: Segment): boolean {
  if (governor.segment !== segment || m.payload.flags.has('past') || m.payload.flags.has('negated')) return false
  const [from, to] = doc.lang.sov ? [m.last, governor.first] : [governor.last, m.first]
  if (to - from > GOVERN_REACH) return false
  if (cueTokens(s, 'speech', from, to).length > 0) return false
  // Talks govern their topic only ("talks on the withdrawal"), never an act of force they mention.
  if (governor.payload.type === 'CONSULT') {
    const hostile = m.payload.type !== null && HOSTILE.has(m.payload.type)
    return !hostile && cueTokens(s, 'topic', from, to).length > 0 && !isGovernor(m)
  }
  const coordinated = (s.cueAt.get(m.first - 1) ?? []).includes('coordination')
  return !(isGovernor(m) && coordinated && !doc.lang.sov)
}

/**
 * Governed triggers follow their governor ("agreed to cease fire"), or in
 * verb-final languages precede it ("ateşkes ... çağrısı yapıldı"): the scan
 * runs in the language's direction.
 */
export function isGovernor(t: { payload: TriggerPayload }): boolean {
  return t.payload.flags.has('governs') || t.payload.flags.has('accuses') || t.payload.type === 'CONSULT'
}

/** `silent`: start tokens of triggers that code nothing and so govern nothing. */
export function findTriggers(doc: DocView, s: SentenceView, silent: ReadonlySet<number> = new Set()): Trigger[] {
  const out: Trigger[] = []
  let governor: Trigger | null = null
  const ordered = resolveOverlaps(doc, s)
  if (doc.lang.sov) ordered.reverse()
  for (const m of ordered) {
    if (m.payload.type === null) continue
    const segment = segmentOf(s, m.first)
    const inReach = governor !== null && governs(doc, s, governor, m, segment)
    if (inReach && governor && !governor.payload.flags.has('accuses')) continue
    const trigger: Trigger = { payload: m.payload, first: m.first, last: m.last, pieces: m.pieces, tail: m.tail, segment, accusedBy: inReach ? governor : null }
    out.push(trigger)
    if (isGovernor(m) && !silent.has(m.first)) governor = trigger
  }
  return dropObjects(doc.lang.sov ? out.reverse() : out)
}

const takesDocuments = (o: Trigger) => !o.payload.flags.has('object') && o.payload.type !== null && TAKES_DOCUMENTS.has(o.payload.type)

/** "signed the agreement": the agreement is what was signed, not a second event. */
function dropObjects(triggers: Trigger[]): Trigger[] {
  return triggers.filter((t) => !t.payload.flags.has('object') || !triggers.some((o) => o !== t && o.segment === t.segment && takesDocuments(o)))
}
