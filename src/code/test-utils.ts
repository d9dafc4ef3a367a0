/**
 * Helpers for the events stage's tests: a document with hand-made actor,
 * place and date mentions, so the tests do not depend on the other stages.
 * Mentions are found by their surface (the n-th occurrence).
 */
import type { ActorMention, ActorType, DateMention, DocumentDate, EventRecord, PlaceMention, Precision, Sentence } from '../core/doc.js'
import type { TextUnit } from '../core/unit.js'
import { codeEvents } from './index.js'

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = []
  const re = /[^.!?\n]+(?:[.!?]+["”»]?|$)/gu
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length
    const start = m.index + lead
    const end = m.index + m[0].trimEnd().length
    if (end > start) out.push({ start, end, index: out.length })
  }
  return out
}

function find(text: string, surface: string, occurrence: number): number {
  let at = -1
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(surface, at + 1)
    if (at < 0) throw new Error(`"${surface}" (#${occurrence}) not in test text`)
  }
  return at
}

function sentenceAt(text: string, offset: number): number {
  return sentencesOf(text).find((s) => offset >= s.start && offset < s.end)?.index ?? 0
}

export interface ActorSpec {
  readonly surface: string
  readonly id: string
  readonly country?: string
  readonly type?: ActorType
  readonly sector?: string | null
  readonly occurrence?: number
  readonly via?: ActorMention['via']
}

export function actorsIn(text: string, specs: readonly ActorSpec[]): ActorMention[] {
  return specs.map((s) => {
    const start = find(text, s.surface, s.occurrence ?? 0)
    const isState = /^[A-Z]{2,5}$/.test(s.id)
    return {
      kind: 'actor',
      start,
      end: start + s.surface.length,
      text: s.surface,
      actor: {
        id: s.id,
        country: s.country ?? s.id,
        sector: s.sector ?? (isState ? null : 'GOV'),
        type: s.type ?? (isState ? 'state' : 'person'),
        name: s.surface,
      },
      via: s.via ?? 'name',
      sentence: sentenceAt(text, start),
    }
  })
}

/** Every occurrence (at a word start) of each surface as the same actor: "Armenia" twice, "Armenian" included. */
export function allActors(text: string, specs: readonly ActorSpec[]): ActorMention[] {
  const expanded: ActorSpec[] = []
  for (const s of specs) {
    let at = text.indexOf(s.surface)
    let n = 0
    while (at >= 0) {
      const before = text[at - 1]
      if (!before || !/\p{L}/u.test(before)) expanded.push({ ...s, occurrence: n })
      n++
      at = text.indexOf(s.surface, at + 1)
    }
  }
  return actorsIn(text, expanded)
}

export function placeIn(text: string, surface: string, name: string, country: string | null, occurrence = 0): PlaceMention {
  const start = find(text, surface, occurrence)
  return {
    kind: 'place',
    start,
    end: start + surface.length,
    text: surface,
    place: { id: name.toLowerCase().replace(/\s+/g, '-'), name, country, lat: null, lon: null, type: 'city' },
    sentence: sentenceAt(text, start),
  }
}

export function dateIn(text: string, surface: string, value: string, precision: Precision, occurrence = 0): DateMention {
  const start = find(text, surface, occurrence)
  return {
    kind: 'date',
    start,
    end: start + surface.length,
    text: surface,
    date: { value, precision },
    until: null,
    relative: false,
    flags: [],
    sentence: sentenceAt(text, start),
  }
}

export interface Doc {
  readonly text: string
  readonly language: string
  readonly actors?: readonly ActorMention[]
  readonly places?: readonly PlaceMention[]
  readonly dates?: readonly DateMention[]
  readonly published?: DocumentDate | null
}

export function code(doc: Doc): EventRecord[] {
  const unit: TextUnit = { text: doc.text, language: doc.language, sentences: sentencesOf(doc.text) }
  return codeEvents({
    unit,
    actors: doc.actors ?? [],
    places: doc.places ?? [],
    dates: doc.dates ?? [],
    published: doc.published ?? null,
  })
}

/** A compact view of an event for assertions: "TYPE SRC>TGT" plus flags. */
export function brief(e: EventRecord): string {
  const states = (refs: readonly { country: string }[]) => refs.map((r) => r.country).join(',')
  const flags = [e.negated ? 'neg' : '', e.future ? 'fut' : '', e.mediators.length ? `med=${states(e.mediators)}` : '', e.attributed_to ? `by=${e.attributed_to.country}` : '']
  return [`${e.type}${e.mode ? '/' + e.mode : ''}`, `${states(e.source)}>${states(e.target)}`, ...flags.filter(Boolean)].join(' ')
}
