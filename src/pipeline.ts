/**
 * The ordered list of stages: one raw input in, one Analysis out. Order
 * matters and is stated only here; no stage imports another stage.
 */
import { findKnownEvents, loadKnownEvents, withKnownDays, type KnownEvent } from './chronology/index.js'
import { clean } from './clean/index.js'
import { docIdFor } from './core/ids.js'
import type { ActorMention, Analysis, DateMention, DocumentDate, EventRecord, PartialDate, PlaceMention, RawDoc } from './core/doc.js'
import type { TextUnit } from './core/unit.js'
import { codeEvents } from './code/index.js'
import { findActors, loadActorKb, type ActorKb } from './extract/actors/index.js'
import { analyseDates } from './extract/dates/index.js'
import { findPlaces } from './extract/places/index.js'
import { detectLanguage } from './language/index.js'
import { findPositions, loadProfiles, type ProfileSet } from './negotiation/index.js'
import { segment } from './segment/index.js'

export interface PipelineOptions {
  /** Extra actor YAML files (`parley ingest --actors FILE`). */
  readonly actorFiles?: readonly string[]
  /** A profile name or YAML path (`--profile`); by default each document picks the shipped profile it is about. */
  readonly profile?: string | null
}

/** What every document needs and is built once per process (or worker). */
export interface PipelineContext {
  readonly kb: ActorKb
  readonly profiles: ProfileSet
  /** Landmark events of the processes (data/chronology), for dating reports that give no year. */
  readonly known: readonly KnownEvent[]
}

export function createContext(options: PipelineOptions = {}): PipelineContext {
  const profiles = loadProfiles(options.profile ?? null)
  return { kb: loadActorKb([...(options.actorFiles ?? []), ...profiles.actorFiles]), profiles, known: loadKnownEvents() }
}

/** Run every stage on one input. Throws ParleyError('PARLEY_INPUT') for inputs that cannot be used. */
export function analyse(raw: RawDoc, ctx: PipelineContext): Analysis {
  const cleaned = clean(raw) // furniture out, NFC, paragraphs
  const language = detectLanguage(cleaned.text, cleaned.language ?? raw.language)
  const unit = { text: cleaned.text, language, sentences: segment(cleaned.text, language) }
  const actors = findActors(unit, ctx.kb) // states, organisations, persons, metonyms, roles, coreference
  const places = findPlaces(unit, actors) // gazetteer hits not taken as actors
  const { published, dates, events } = datedEvents(unit, actors, places, cleaned.published, ctx.known)
  const { profile, positions } = findPositions({ unit, actors, events, dates, published }, ctx.profiles)
  return {
    id: docIdFor(cleaned.text),
    source: raw.source,
    url: cleaned.url,
    title: cleaned.title,
    language,
    published,
    text: cleaned.text,
    sentences: unit.sentences,
    actors,
    places,
    dates,
    events,
    positions,
    profile,
    messages: cleaned.messages,
  }
}

interface Dated {
  readonly published: DocumentDate | null
  readonly dates: DateMention[]
  readonly events: EventRecord[]
}

/**
 * Dates, then events. Without a publication date in metadata, the known
 * events the report tells of are evidence of its date: when they move it,
 * dates and events are read again against the new date; an event that
 * reports a known event and has no date of its own takes that event's day.
 */
function datedEvents(unit: TextUnit, actors: ActorMention[], places: PlaceMention[], given: string | null, known: readonly KnownEvent[]): Dated {
  const first = analyseDates(unit, given) // document date, then every expression
  const events = codeEvents({ unit, actors, places, dates: first.dates, published: first.published })
  if (given !== null) return { ...first, events }
  const reread = new Map<string, DateMention[]>()
  const datesUnder = (anchor: PartialDate) => reread.get(anchor.value) ?? reread.set(anchor.value, analyseDates(unit, anchor.value).dates).get(anchor.value)!
  const found = findKnownEvents({ events, dates: first.dates, places }, known, datesUnder)
  if (found.evidence.length === 0) return { ...first, events }
  const second = analyseDates(unit, null, found.evidence)
  const moved = second.published?.value !== first.published?.value || second.published?.precision !== first.published?.precision
  const final = moved ? { ...second, events: codeEvents({ unit, actors, places, dates: second.dates, published: second.published }) } : { ...first, events }
  const matches = moved ? findKnownEvents({ events: final.events, dates: first.dates, places }, known, datesUnder).matches : found.matches
  return { ...final, events: withKnownDays(final.events, matches, final.published) }
}

